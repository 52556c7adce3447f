"""The torch model behind the shipped classifier, its ONNX export and int8 quantisation.

MiniLM-L6 reads the marked sentence; the features are the [CLS] vector and the vectors at the
source-start and target-start markers (entity-start pooling), concatenated. Three heads share them:
PLOVER type (16 + NONE), mode ("TYPE:mode" names plus "" for none) and contexts (multi-label).
"""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn

from shadowline.coding.classifier import PAIR_MARKERS

# Marker embeddings start from punctuation the base model already knows (typed-marker practice).
MARKER_INIT = {PAIR_MARKERS[0]: "@", PAIR_MARKERS[1]: "@", PAIR_MARKERS[2]: "#", PAIR_MARKERS[3]: "#"}


class PairModel(nn.Module):
    """Encoder + type/mode/context heads over [CLS] ⊕ source-start ⊕ target-start."""

    def __init__(self, encoder: nn.Module, source_id: int, target_id: int, n_types: int, n_modes: int,
                 n_contexts: int, dropout: float = 0.1) -> None:
        super().__init__()
        self.encoder = encoder
        self.source_id = source_id
        self.target_id = target_id
        width = encoder.config.hidden_size * 3
        self.dropout = nn.Dropout(dropout)
        self.type_head = nn.Linear(width, n_types)
        self.mode_head = nn.Linear(width, max(n_modes, 1))
        self.context_head = nn.Linear(width, max(n_contexts, 1))

    def features(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        typed = getattr(self.encoder.config, "type_vocab_size", 0)  # BERT (MiniLM) has token types, MPNet not
        types = {"token_type_ids": torch.zeros_like(input_ids)} if typed else {}
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask, **types).last_hidden_state
        rows = torch.arange(input_ids.shape[0], device=input_ids.device)
        src = (input_ids == self.source_id).to(torch.int64).argmax(dim=1)
        tgt = (input_ids == self.target_id).to(torch.int64).argmax(dim=1)
        return torch.cat([hidden[:, 0], hidden[rows, src], hidden[rows, tgt]], dim=-1)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor
                ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        feats = self.dropout(self.features(input_ids, attention_mask))
        return self.type_head(feats), self.mode_head(feats), self.context_head(feats)


def build_model(base_dir: Path, tokenizer: object, n_types: int, n_modes: int, n_contexts: int) -> PairModel:
    """MiniLM from `base_dir` with heads; marker embeddings initialised from punctuation."""
    from transformers import AutoModel

    encoder = AutoModel.from_pretrained(str(base_dir)).float()  # a half-precision copy trains in fp32
    emb = encoder.get_input_embeddings().weight
    with torch.no_grad():
        for marker, like in MARKER_INIT.items():
            emb[tokenizer.token_to_id(marker)] = emb[tokenizer.token_to_id(like)]  # type: ignore[attr-defined]
    return PairModel(encoder, tokenizer.token_to_id(PAIR_MARKERS[0]),  # type: ignore[attr-defined]
                     tokenizer.token_to_id(PAIR_MARKERS[2]), n_types, n_modes, n_contexts)  # type: ignore[attr-defined]


def export_onnx(model: PairModel, path: Path, example_ids: torch.Tensor) -> None:
    """Export to ONNX (opset 17) with dynamic batch and sequence axes; outputs are raw logits."""
    model = model.to("cpu").eval()
    mask = torch.ones_like(example_ids)
    kwargs = dict(input_names=["input_ids", "attention_mask"],
                  output_names=["type_logits", "mode_logits", "context_logits"],
                  dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                                "type_logits": {0: "batch"}, "mode_logits": {0: "batch"},
                                "context_logits": {0: "batch"}},
                  opset_version=17)
    try:
        torch.onnx.export(model, (example_ids, mask), str(path), dynamo=False, **kwargs)
    except TypeError:  # torch versions without the dynamo switch
        torch.onnx.export(model, (example_ids, mask), str(path), **kwargs)


def quantize_int8(fp32_path: Path, int8_path: Path) -> None:
    """Dynamic int8 quantisation, per channel, of the exported model's MatMul weights."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(fp32_path), str(int8_path), per_channel=True, weight_type=QuantType.QInt8)
