"""Training data and dev scoring of the actor-span tagger.

Three sources, one shape (a sentence + character spans with a role):

- ``actor_spans_train.jsonl``: tokens + BIO tags over S/T/R; the sentence is the tokens joined by
  spaces. A fixed, seeded 20% (by sentence) is the DEV split used for every reported number.
- ``plover_pairs_train.jsonl`` (PLV): source/target texts -> one S and one T span.
- ``training/data/team_part_a.jsonl`` and ``team_part_b.jsonl``: as PLV, only event rows
  (plover != NONE), first row per sentence.

For the pair rows an actor text is located at its first whole-word occurrence (else its first
occurrence); rows where a text is missing or the two overlap are skipped and counted.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from shadowline.coding.spans import ROLES, SPAN_LABELS, TaggedSpan, encode_sentences, span_pairs
from shadowline.evaluation.actors import score_pairs
from shadowline.evaluation.spans import bio_spans, gold_pairs

SPANS_FILE = "actor_spans_train.jsonl"
PLV_FILE = "plover_pairs_train.jsonl"
TEAM_FILES = ("team_part_a.jsonl", "team_part_b.jsonl")
DEV_SHARE = 0.2
IGNORE = -100

CharSpan = tuple[int, int, str]
TokenSpan = tuple[int, int]


@dataclass
class SpanExample:
    """A sentence with its actor spans; ``tokens``/``tags`` are kept for the BIO-annotated rows."""

    text: str
    spans: list[CharSpan]
    origin: str
    tokens: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def _read_lines(path: Path, snapshots: dict[str, bytes]) -> list[dict]:
    """JSON rows of `path`; a half-written line (files grow by appending) is dropped."""
    data = path.read_bytes()
    snapshots[path.name] = data
    rows = []
    for line in data.decode("utf-8", errors="replace").splitlines():
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(row, dict):
            rows.append(row)
    return rows


def token_offsets(tokens: list[str]) -> list[tuple[int, int]]:
    """Character offsets of each token in ``" ".join(tokens)``."""
    offsets, pos = [], 0
    for tok in tokens:
        offsets.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    return offsets


def from_bio(tokens: list[str], tags: list[str], origin: str) -> SpanExample:
    """A BIO-tagged row as a sentence with character spans."""
    offsets = token_offsets(tokens)
    spans = [(offsets[a][0], offsets[b - 1][1], role)
             for role, found in bio_spans(tags).items() if role in ROLES for a, b in found]
    return SpanExample(" ".join(tokens), sorted(spans), origin, tokens, tags)


def locate(sentence: str, text: str, avoid: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """First whole-word occurrence of `text` not overlapping `avoid`, else first plain one, else None."""
    if not text.strip():
        return None
    for pattern in (rf"(?<!\w){re.escape(text)}(?!\w)", re.escape(text)):
        for m in re.finditer(pattern, sentence):
            if avoid is None or m.end() <= avoid[0] or m.start() >= avoid[1]:
                return m.start(), m.end()
    return None


def from_pair_row(row: dict, origin: str) -> SpanExample | None:
    """A (sentence, source, target) row as one S and one T span, or None when unusable."""
    sentence, source, target = row.get("sentence"), row.get("source"), row.get("target")
    if not all(isinstance(v, str) for v in (sentence, source, target)):
        return None
    s = locate(sentence, source)
    t = locate(sentence, target, avoid=s) if s else None
    if s is None or t is None:
        return None
    return SpanExample(sentence, sorted([(*s, "S"), (*t, "T")]), origin)


def sentence_key(text: str) -> str:
    """Spacing- and case-blind key, so a pair row repeating a dev sentence is recognised."""
    return re.sub(r"\W+", "", text.lower())


def split_indices(n: int, seed: int, tune_share: float) -> tuple[set[int], set[int]]:
    """The fixed, seeded dev rows of the BIO file (by sentence), and the tuning rows after them."""
    order = list(range(n))
    random.Random(seed).shuffle(order)
    n_dev, n_tune = round(n * DEV_SHARE), round(n * tune_share)
    return set(order[:n_dev]), set(order[n_dev:n_dev + n_tune])


@dataclass
class SpanCorpus:
    """Train rows, tuning rows (pick the decoding threshold), dev rows (report), and provenance."""

    train: list[SpanExample]
    tune: list[SpanExample]
    dev: list[SpanExample]
    provenance: dict


def load_span_corpus(data_dir: Path, team_dir: Path, seed: int, tune_share: float = 0.0,
                     team_files: tuple[str, ...] = TEAM_FILES) -> SpanCorpus:
    """Split the BIO rows into dev / tune / train and add the pair rows to train.

    Pair rows whose sentence is a dev or tune sentence are dropped, so neither is seen in training.
    """
    snapshots: dict[str, bytes] = {}
    bio_rows = _read_lines(data_dir / SPANS_FILE, snapshots)
    bio = [from_bio(r["tokens"], r["tags"], "actor_spans") for r in bio_rows
           if isinstance(r.get("tokens"), list) and len(r["tokens"]) == len(r.get("tags", []))]
    dev_idx, tune_idx = split_indices(len(bio), seed, tune_share)
    dev = [ex for i, ex in enumerate(bio) if i in dev_idx]
    tune = [ex for i, ex in enumerate(bio) if i in tune_idx]
    train = [ex for i, ex in enumerate(bio) if i not in dev_idx and i not in tune_idx]
    dev_keys = {sentence_key(ex.text) for ex in dev + tune}
    counts: dict[str, dict[str, int]] = {SPANS_FILE: {"rows": len(bio_rows), "train": len(train),
                                                      "tune": len(tune), "dev": len(dev)}}
    seen = {sentence_key(ex.text) for ex in train}
    files = [(data_dir / PLV_FILE, False)] + [(team_dir / name, True) for name in team_files]
    for path, events_only in files:
        rows = _read_lines(path, snapshots)
        stat = {"rows": len(rows), "used": 0, "no_event": 0, "repeated_sentence": 0, "unlocatable": 0,
                "dev_or_tune_overlap": 0}
        for row in rows:
            if events_only and row.get("plover") == "NONE":
                stat["no_event"] += 1
                continue
            key = sentence_key(str(row.get("sentence", "")))
            if key in dev_keys:
                stat["dev_or_tune_overlap"] += 1
                continue
            if key in seen:
                stat["repeated_sentence"] += 1
                continue
            ex = from_pair_row(row, path.stem)
            if ex is None:
                stat["unlocatable"] += 1
                continue
            seen.add(key)
            train.append(ex)
            stat["used"] += 1
        counts[path.name] = stat
    digests = {name: hashlib.sha256(data).hexdigest() for name, data in sorted(snapshots.items())}
    listing = "\n".join(f"{k} {v}" for k, v in digests.items())
    digests["combined"] = hashlib.sha256(listing.encode()).hexdigest()
    rule = (f"shuffle {SPANS_FILE} rows with random.Random({seed}); first {DEV_SHARE:.0%} = dev, "
            f"next {tune_share:.0%} = tune (decoding threshold), rest = train")
    return SpanCorpus(train, tune, dev, {"files": list(snapshots), "sha256": digests, "counts": counts,
                                         "split_rule": rule})


def piece_rows(tokenizer: object, examples: list[SpanExample], max_length: int
               ) -> tuple[list[list[int]], list[list[int]]]:
    """Model windows (ids with [CLS]/[SEP]) and their piece labels; all pieces of a word are labelled.

    A word is in a span when its characters overlap it; the first word's first piece is ``B-``,
    every other piece of the span ``I-``. Special tokens are ignored by the loss.
    """
    cls_id = tokenizer.token_to_id("[CLS]")  # type: ignore[attr-defined]
    sep_id = tokenizer.token_to_id("[SEP]")  # type: ignore[attr-defined]
    ids_out, labels_out = [], []
    for ex, enc in zip(examples, encode_sentences(tokenizer, [ex.text for ex in examples], max_length)):
        words: dict[int, list[int]] = {}
        for k, w in enumerate(enc.word_ids):
            if w is not None:
                words.setdefault(w, []).append(k)
        labels = [SPAN_LABELS.index("O")] * len(enc.word_ids)
        for start, end, role in ex.spans:
            inside = [w for w, ks in words.items()
                      if enc.offsets[ks[0]][0] < end and start < enc.offsets[ks[-1]][1]]
            for n, w in enumerate(sorted(inside)):
                for m, k in enumerate(words[w]):
                    labels[k] = SPAN_LABELS.index(f"{'B' if n == 0 and m == 0 else 'I'}-{role}")
        pos = 0
        for window in enc.windows:
            ids_out.append([cls_id, *window, sep_id])
            labels_out.append([IGNORE, *labels[pos:pos + len(window)], IGNORE])
            pos += len(window)
    return ids_out, labels_out


def token_span(offsets: list[tuple[int, int]], span: TaggedSpan) -> TokenSpan | None:
    """The token-index span covered by a predicted character span (None if it covers no token)."""
    inside = [i for i, (a, b) in enumerate(offsets) if a < span.end and span.start < b]
    return (inside[0], inside[-1] + 1) if inside else None


def _prf(hits: int, predicted: int, gold: int) -> dict[str, float | int]:
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
            "matched": hits, "predicted": predicted, "gold": gold}


def _overlaps(a: TokenSpan, b: TokenSpan) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_dev(dev: list[SpanExample], predicted: list[list[TaggedSpan]]) -> dict:
    """Span P/R/F1 per role (exact and overlap match) and pair P/R/F1 on the dev rows."""
    span_counts = {(role, kind): [0, 0, 0] for role in ROLES for kind in ("exact", "overlap")}
    pair_hits = pair_pred = pair_gold = 0
    for ex, spans in zip(dev, predicted):
        gold = bio_spans(ex.tags)
        offsets = token_offsets(ex.tokens)
        located = {sp: token_span(offsets, sp) for sp in spans}
        pred = {role: [located[sp] for sp in spans if sp.role == role and located[sp]] for role in ROLES}
        for role in ROLES:
            g, p = gold.get(role, []), pred[role]
            for kind in ("exact", "overlap"):
                c = span_counts[(role, kind)]
                used: set[int] = set()
                for sp in p:
                    for j, gs in enumerate(g):
                        same = sp == gs if kind == "exact" else _overlaps(sp, gs)
                        if j not in used and same:
                            used.add(j)
                            c[0] += 1
                            break
                c[1] += len(p)
                c[2] += len(g)
        pairs = [(located[a], located[b]) for a, b in span_pairs(spans) if located[a] and located[b]]
        gpairs = gold_pairs(ex.tags)
        if len(gold["R"]) >= 2:  # a reciprocal pair counts in either direction
            r1, r2 = gold["R"][0], gold["R"][1]
            pairs = [(r1, r2) if _overlaps(s, r2) and _overlaps(t, r1) else (s, t) for s, t in pairs]
        score = score_pairs(gpairs, pairs)
        pair_hits += score.true_positives
        pair_pred += len(pairs)
        pair_gold += len(gpairs)
    spans_out: dict = {kind: {role: _prf(*span_counts[(role, kind)]) for role in ROLES}
                       for kind in ("exact", "overlap")}
    for kind in ("exact", "overlap"):
        total = [sum(span_counts[(r, kind)][i] for r in ROLES) for i in range(3)]
        spans_out[kind]["all"] = _prf(*total)
    return {"sentences": len(dev), "spans": spans_out, "pairs": _prf(pair_hits, pair_pred, pair_gold)}
