"""The learned PLOVER pair classifier: sentence + marked (source, target) pair -> PLOVER type or NONE.

The model is a fine-tuned MiniLM-L6 exported to ONNX and quantised to int8 (per channel). The pair is
marked in the text with four reserved word pieces of the base vocabulary (``[unused0]`` ... ``[unused3]``
stand for ``[S] … [/S]`` and ``[T] … [/T]``), so "Russia criticised France's ..." is read as
``[S] Russia [/S] criticised [T] France [/T]'s ...``. Run time needs only onnxruntime, tokenizers
and numpy. The artifact (``models/``) carries the tokenizer, the label sets, the calibration temperature
and the model card; ``training/train_classifier.py`` rebuilds it. Each pair runs through the model on
its own (``onnx_session.run_alone``), so its label and confidence never depend on the other pairs.

Example::

    >>> clf = PairClassifier.load()
    >>> s = "Russia criticised France's weapons transfer to Armenia"
    >>> clf.predict([pair_input(s, "Russia", "France")])[0].plover
    'ACCUSE'
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from shadowline.coding.onnx_session import LazySession, run_alone

#: Where the shipped model lives (package data).
MODELS_DIR = Path(__file__).resolve().parent / "models"
#: The label that means "no event between this source and this target".
NO_EVENT = "NONE"
#: Reserved base-vocabulary pieces used as pair markers: source start/end, target start/end.
PAIR_MARKERS: tuple[str, str, str, str] = ("[unused0]", "[unused1]", "[unused2]", "[unused3]")


@dataclass(frozen=True)
class PairInput:
    """A sentence with the character spans ``(start, end)`` of the source and target actor."""

    sentence: str
    source: tuple[int, int]
    target: tuple[int, int]

    def __post_init__(self) -> None:
        for role, (start, end) in (("source", self.source), ("target", self.target)):
            if not 0 <= start < end <= len(self.sentence):
                raise ValueError(f"{role} span {(start, end)} is not inside the sentence "
                                 f"(length {len(self.sentence)}); give (start, end) character offsets")
        if self.source[0] < self.target[1] and self.target[0] < self.source[1]:
            raise ValueError(f"source span {self.source} and target span {self.target} overlap; "
                             "an event needs two distinct actor mentions")


@dataclass
class PairPrediction:
    """The classifier's decision for one pair; ``probabilities`` covers the 16 types and NONE."""

    plover: str
    confidence: float
    probabilities: dict[str, float]
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)


def find_span(sentence: str, text: str, *, after: int = 0, avoid: tuple[int, int] | None = None
              ) -> tuple[int, int]:
    """Span of the first occurrence of `text` in `sentence` (from `after`) that does not overlap `avoid`."""
    start = sentence.find(text, after) if text else -1
    while start >= 0:
        end = start + len(text)
        if avoid is None or end <= avoid[0] or start >= avoid[1]:
            return start, end
        start = sentence.find(text, start + 1)
    raise ValueError(f"actor text {text!r} was not found in the sentence {sentence[:80]!r}"
                     + (" apart from the other actor" if avoid else "")
                     + "; pass the exact substring as written in the sentence")


def pair_input(sentence: str, source_text: str, target_text: str) -> PairInput:
    """Build a `PairInput` by finding the actor texts in the sentence.

    An actor the sentence does not hold (PLOVER data writes implicit actors such as "a recipient" or
    "An actor"), or holds only inside the other actor's words, is written before the sentence
    ("a recipient: ...") and marked there, so that every pair gets an answer; training does the same.

    >>> pair_input("Russia criticised France", "Russia", "France").target
    (18, 24)
    >>> item = pair_input("Egypt has lifted a state of emergency", "Egypt", "a recipient")
    >>> item.sentence[item.target[0]:item.target[1]], item.sentence[item.source[0]:item.source[1]]
    ('a recipient', 'Egypt')
    """
    for role, text in (("source", source_text), ("target", target_text)):
        if not text.strip():
            raise ValueError(f"the {role} actor text is empty; pass the actor as written in the sentence")
    source = _span_or_none(sentence, source_text)
    target = _span_or_none(sentence, target_text, avoid=source)
    if source is not None and target is not None:
        return PairInput(sentence, source, target)
    missing = [text for text, span in ((source_text, source), (target_text, target)) if span is None]
    prefix = "; ".join(missing) + ": "
    spans, cursor = [], 0
    for text, span in ((source_text, source), (target_text, target)):
        if span is None:
            spans.append((cursor, cursor + len(text)))
            cursor += len(text) + 2
        else:
            spans.append((span[0] + len(prefix), span[1] + len(prefix)))
    return PairInput(prefix + sentence, spans[0], spans[1])


def _span_or_none(sentence: str, text: str, avoid: tuple[int, int] | None = None) -> tuple[int, int] | None:
    try:
        return find_span(sentence, text, avoid=avoid)
    except ValueError:
        return None


def marked_text(item: PairInput) -> str:
    """The sentence with the pair markers around the source and target spans."""
    s0, s1 = item.source
    t0, t1 = item.target
    # at one position a closing marker goes before an opening one ("[/S] [T]" for adjacent actors)
    inserts = sorted([(s0, 1, PAIR_MARKERS[0]), (s1, 0, PAIR_MARKERS[1]),
                      (t0, 1, PAIR_MARKERS[2]), (t1, 0, PAIR_MARKERS[3])])
    out, last = [], 0
    for pos, _, marker in inserts:
        out.append(item.sentence[last:pos])
        out.append(f" {marker} ")
        last = pos
    out.append(item.sentence[last:])
    return "".join(out)


def _ends(tokenizer: object) -> tuple[int, int]:
    """The ids that open and close a sequence: ``<s>``/``</s>`` (MPNet, whose vocabulary also holds BERT's
    unused ``[CLS]``/``[SEP]``) or ``[CLS]``/``[SEP]`` (BERT vocabularies: MiniLM)."""
    for first, last in (("<s>", "</s>"), ("[CLS]", "[SEP]")):
        ids = tokenizer.token_to_id(first), tokenizer.token_to_id(last)  # type: ignore[attr-defined]
        if None not in ids:
            return ids  # type: ignore[return-value]
    raise ValueError("the tokenizer has neither [CLS]/[SEP] nor <s>/</s>")


def pair_token_ids(tokenizer: object, items: Sequence[PairInput], max_length: int) -> list[list[int]]:
    """Token ids ``[CLS] … [SEP]`` of each marked sentence, cut to a window that keeps both actors.

    `tokenizer` is a ``tokenizers.Tokenizer`` whose added tokens include `PAIR_MARKERS`; the
    training script uses this same function, so training and run time see identical inputs.
    """
    cls_id, sep_id = _ends(tokenizer)
    marker_ids = {tokenizer.token_to_id(m) for m in PAIR_MARKERS}  # type: ignore[attr-defined]
    encodings = tokenizer.encode_batch([marked_text(it) for it in items],  # type: ignore[attr-defined]
                                       add_special_tokens=False)
    room = max_length - 2
    rows = []
    for enc in encodings:
        ids = enc.ids
        if len(ids) > room:
            marks = [i for i, tok in enumerate(ids) if tok in marker_ids]
            lo, hi = min(marks), max(marks) + 1
            # centre the window on the pair; if the pair alone is too long, keep its start markers
            start = max(0, min(lo - (room - (hi - lo)) // 2, len(ids) - room))
            if hi - lo > room:
                start = lo
            ids = ids[start:start + room]
        rows.append([cls_id, *ids, sep_id])
    return rows


def softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise softmax, numerically stable."""
    z = logits - logits.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


class PairClassifier:
    """Run-time PLOVER pair classifier over the ONNX artifact. Safe to share between threads."""

    def __init__(self, session: LazySession, tokenizer: object, card: dict, model_dir: Path | None = None) -> None:
        self.model_dir = model_dir or MODELS_DIR
        self._session = session
        self._tokenizer = tokenizer
        self.card = card
        self.labels: list[str] = list(card["labels"])
        self.modes: list[str] = list(card.get("modes", []))
        self.contexts: list[str] = list(card.get("contexts", []))
        self.temperature = float(card.get("temperature", 1.0))
        self.max_length = int(card.get("max_length", 128))
        self.context_threshold = float(card.get("context_threshold", 0.5))
        self.version: str = card.get("version", "unknown")

    @classmethod
    def load(cls, path: str | Path | None = None, *, threads: int | None = None) -> PairClassifier:
        """Load a model directory (or its ``.onnx`` file); default: the shipped model.

        The onnxruntime session opens on first use (call :meth:`prefetch` to open it in the background).
        `threads` sets onnxruntime's intra-op threads (default 1; see ``onnx_session.DEFAULT_THREADS``).
        """
        from tokenizers import Tokenizer

        path = Path(path) if path is not None else MODELS_DIR
        model_dir = path.parent if path.suffix == ".onnx" else path
        card_path = model_dir / "model_card.json"
        if not card_path.exists():
            raise FileNotFoundError(f"no model_card.json in {model_dir}; point to a directory written by "
                                    "training/train_classifier.py")
        card = json.loads(card_path.read_text(encoding="utf-8"))
        onnx_path = path if path.suffix == ".onnx" else model_dir / card["onnx_file"]
        session = LazySession(onnx_path, threads)
        tokenizer = Tokenizer.from_file(str(model_dir / card.get("tokenizer_file", "tokenizer.json")))
        return cls(session, tokenizer, card, model_dir)

    def prefetch(self) -> None:
        """Start opening the model in a background thread, so that it is ready by the first pair."""
        self._session.prefetch()

    def logits(self, items: Sequence[PairInput], batch_size: int = 32) -> dict[str, np.ndarray]:
        """Raw (uncalibrated) output arrays per head, in input order: ``type``, and ``mode``/``context``.

        Pairs are tokenised `batch_size` at a time, but each runs through the model alone: the result
        of a pair is the same whatever other pairs are passed, in whatever order.
        """
        names = [name.removesuffix("_logits") for name in self._session.output_names()]
        heads: dict[str, list[np.ndarray]] = {name: [] for name in names}
        for b in range(0, len(items), max(1, batch_size)):
            rows = pair_token_ids(self._tokenizer, items[b:b + max(1, batch_size)], self.max_length)
            for outputs in run_alone(self._session, rows):
                for name, arr in zip(names, outputs):
                    heads[name].append(arr)
        return {name: np.stack(parts) if parts else np.zeros((0, 0)) for name, parts in heads.items()}

    def predict(self, items: Sequence[PairInput], batch_size: int = 32) -> list[PairPrediction]:
        """Classify each pair; probabilities are temperature-calibrated and sum to 1."""
        if not items:
            return []
        out = self.logits(items, batch_size)
        probs = softmax(out["type"] / self.temperature)
        modes = out.get("mode")
        contexts = out.get("context")
        preds = []
        for i, p in enumerate(probs):
            k = int(p.argmax())
            label = self.labels[k]
            pred = PairPrediction(label, float(p[k]), {lab: float(v) for lab, v in zip(self.labels, p)})
            if label != NO_EVENT:
                pred.mode = self._mode_of(label, modes[i]) if modes is not None else None
                if contexts is not None:
                    on = 1.0 / (1.0 + np.exp(-contexts[i])) >= self.context_threshold
                    pred.contexts = [c for c, flag in zip(self.contexts, on) if flag]
            preds.append(pred)
        return preds

    def _mode_of(self, label: str, mode_logits: np.ndarray) -> str | None:
        """The best mode of `label` ("TYPE:mode" entries), or None when "no mode" scores higher."""
        best, best_score = None, float(mode_logits[self.modes.index("")]) if "" in self.modes else -np.inf
        prefix = label + ":"
        for j, name in enumerate(self.modes):
            if name.startswith(prefix) and mode_logits[j] > best_score:
                best, best_score = name[len(prefix):], float(mode_logits[j])
        return best
