"""The learned actor-span tagger: which words of a news sentence are the SOURCE and TARGET actors.

A MiniLM-L6 token classifier tags every word piece with BIO labels over three roles: ``S`` (the
source actor of an event), ``T`` (its target) and ``R`` (reciprocal actors, as in "Armenia and
Azerbaijan signed a treaty"). Spans are read off the first piece of each word, so they always start
and end on word boundaries of the original sentence, and come back as character offsets. The model
is shipped as an int8 ONNX file; run time needs only onnxruntime, tokenizers and numpy.
``training/train_spans.py`` rebuilds it. Each window runs through the model alone
(``onnx_session.run_alone``), so a sentence's spans never depend on the other sentences tagged with it.

Example::

    >>> tagger = ActorSpanTagger.load()
    >>> s = "Russia criticised France over its arms deliveries to Armenia."
    >>> [(s[x.start:x.end], x.role) for x in tagger.tag([s])[0]]
    [('Russia', 'S'), ('France', 'T')]
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from shadowline.coding.onnx_session import LazySession, run_alone

#: Where the shipped span model lives (package data).
SPAN_MODEL_DIR = Path(__file__).resolve().parent / "models" / "spans"
#: The tag set, in the model's output order.
SPAN_LABELS: tuple[str, ...] = ("O", "B-S", "I-S", "B-T", "I-T", "B-R", "I-R")
ROLES: tuple[str, ...] = ("S", "T", "R")


@dataclass(frozen=True)
class TaggedSpan:
    """An actor mention: character offsets ``[start, end)`` in the sentence, its role and a 0–1 score."""

    start: int
    end: int
    role: str
    score: float


@dataclass
class EncodedSentence:
    """Word pieces of one sentence in model windows, with the word each piece belongs to."""

    windows: list[list[int]]  # token ids per window, without [CLS]/[SEP]
    word_ids: list[int | None]  # per piece, over all windows in order
    offsets: list[tuple[int, int]]  # per piece, character offsets in the sentence


def encode_sentences(tokenizer: object, sentences: Sequence[str], max_length: int) -> list[EncodedSentence]:
    """Split each sentence into word pieces and cut them into windows of at most ``max_length - 2``.

    Long sentences are cut into consecutive windows rather than truncated, so every word gets a
    tag. The training script uses this same function, so both sides see identical pieces.
    """
    room = max_length - 2
    out = []
    for enc in tokenizer.encode_batch(list(sentences), add_special_tokens=False):  # type: ignore[attr-defined]
        ids = list(enc.ids)
        windows = [ids[i:i + room] for i in range(0, len(ids), room)] or [[]]
        out.append(EncodedSentence(windows, list(enc.word_ids), [tuple(o) for o in enc.offsets]))
    return out


def decode_spans(sentence: EncodedSentence, probs: np.ndarray, labels: Sequence[str] = SPAN_LABELS
                 ) -> list[TaggedSpan]:
    """BIO-decode piece probabilities (pieces × labels) into word-aligned character spans.

    A word takes the tag of its first piece. Repair: an ``I-X`` that does not continue an ``X`` span
    starts one, as if it were ``B-X``. A span's score is the mean probability of its words' tags.
    """
    words: list[tuple[int, int, str, float]] = []  # (char start, char end, tag, prob) per word
    last_word = None
    for k, word in enumerate(sentence.word_ids):
        if word is None:
            continue
        start, end = sentence.offsets[k]
        if word != last_word:
            j = int(probs[k].argmax())
            words.append((start, end, labels[j], float(probs[k, j])))
            last_word = word
        else:  # later pieces of the same word only extend its end
            s0, _, tag, p = words[-1]
            words[-1] = (s0, end, tag, p)
    spans: list[TaggedSpan] = []
    current: list[tuple[int, int, str, float]] = []

    def close() -> None:
        if current:
            role = current[0][2][2:]
            score = sum(w[3] for w in current) / len(current)
            spans.append(TaggedSpan(current[0][0], current[-1][1], role, round(score, 4)))
            current.clear()

    for tagged in words:
        tag = tagged[2]
        if tag == "O":
            close()
        elif tag.startswith("I-") and current and current[0][2][2:] == tag[2:]:
            current.append(tagged)
        else:
            close()
            current.append(tagged)
    close()
    return spans


class ActorSpanTagger:
    """Run-time actor-span tagger over the ONNX artifact. Safe to share between threads."""

    def __init__(self, session: LazySession, tokenizer: object, card: dict, model_dir: Path) -> None:
        self.model_dir = model_dir
        self.card = card
        self.labels: list[str] = list(card.get("labels", SPAN_LABELS))
        self.max_length = int(card.get("max_length", 96))
        self.version: str = card.get("version", "unknown")
        #: spans scoring below this are dropped; chosen on held-out tuning rows at training time
        self.min_score = float(card.get("min_score", 0.0))
        self._session = session
        self._tokenizer = tokenizer
        self._cls = tokenizer.token_to_id("[CLS]")  # type: ignore[attr-defined]
        self._sep = tokenizer.token_to_id("[SEP]")  # type: ignore[attr-defined]

    @classmethod
    def load(cls, path: str | Path | None = None, *, threads: int | None = None) -> ActorSpanTagger:
        """Load a model directory (default: the shipped span model).

        The onnxruntime session opens on first use (call :meth:`prefetch` to open it in the background).
        `threads` sets onnxruntime's intra-op threads (default 1; see ``onnx_session.DEFAULT_THREADS``).
        """
        from tokenizers import Tokenizer

        model_dir = Path(path) if path is not None else SPAN_MODEL_DIR
        if model_dir.suffix == ".onnx":
            model_dir = model_dir.parent
        card_path = model_dir / "model_card.json"
        if not card_path.exists():
            raise FileNotFoundError(f"no span model in {model_dir} (model_card.json is missing); "
                                    "rebuild it with `python training/train_spans.py` or pass the "
                                    "directory it wrote")
        card = json.loads(card_path.read_text(encoding="utf-8"))
        onnx_path = model_dir / card.get("onnx_file", "model.onnx")
        tokenizer_path = model_dir / card.get("tokenizer_file", "tokenizer.json")
        for needed in (onnx_path, tokenizer_path):
            if not needed.exists():
                raise FileNotFoundError(f"the span model in {model_dir} lacks {needed.name}; "
                                        "rebuild it with `python training/train_spans.py`")
        session = LazySession(onnx_path, threads)
        tokenizer = Tokenizer.from_file(str(tokenizer_path))
        tokenizer.no_padding()
        tokenizer.no_truncation()
        return cls(session, tokenizer, card, model_dir)

    def prefetch(self) -> None:
        """Start opening the model in a background thread, so that it is ready by the first sentence."""
        self._session.prefetch()

    def piece_probabilities(self, encoded: Sequence[EncodedSentence], batch_size: int = 32
                            ) -> list[np.ndarray]:
        """Tag probabilities (pieces × labels) for each encoded sentence, windows joined back.

        Every window runs alone (`batch_size` is kept for callers; it changes nothing in the result).
        """
        per_sentence: list[list[np.ndarray]] = []
        for enc in encoded:
            rows = [[self._cls, *window, self._sep] for window in enc.windows]
            parts = []
            for (logits, *_), window in zip(run_alone(self._session, rows), enc.windows):
                z = logits - logits.max(axis=-1, keepdims=True)
                p = np.exp(z)
                p /= p.sum(axis=-1, keepdims=True)
                parts.append(p[1:len(window) + 1])
            per_sentence.append(parts)
        return [np.concatenate(parts) for parts in per_sentence]

    def tag(self, sentences: Sequence[str], batch_size: int = 32, *, min_score: float | None = None
            ) -> list[list[TaggedSpan]]:
        """The source (S), target (T) and reciprocal (R) actor spans of each sentence, in text order.

        Spans scoring below `min_score` (default: the model card's ``min_score``) are left out;
        pass ``min_score=0`` to get every decoded span.
        """
        if not sentences:
            return []
        floor = self.min_score if min_score is None else min_score
        encoded = encode_sentences(self._tokenizer, sentences, self.max_length)
        probs = self.piece_probabilities(encoded, batch_size)
        return [[s for s in decode_spans(enc, p, self.labels) if s.score >= floor]
                for enc, p in zip(encoded, probs)]


def span_pairs(spans: Sequence[TaggedSpan]) -> list[tuple[TaggedSpan, TaggedSpan]]:
    """Candidate (source, target) pairs: every S × T combination, plus the first two R spans.

    >>> a, b = TaggedSpan(0, 6, "S", 0.9), TaggedSpan(18, 24, "T", 0.8)
    >>> len(span_pairs([a, b]))
    1
    """
    sources = [s for s in spans if s.role == "S"]
    targets = [s for s in spans if s.role == "T"]
    pairs = [(s, t) for s in sources for t in targets]
    reciprocal = [s for s in spans if s.role == "R"]
    if len(reciprocal) >= 2:
        pairs.append((reciprocal[0], reciprocal[1]))
    return pairs
