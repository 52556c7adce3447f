"""Training corpus of the pair classifier: PLV pairs plus the team-written pairs, one label space.

PLV's YIELD is split into the current PLOVER types by `yield_to_current` (a written rule; see
docs/decisions/0004-classifier-labels.md); every row keeps its original label in ``gold_source_label``
so that evaluation against PLV can map back (CONCEDE/RETREAT -> YIELD).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from shadowline.coding.classifier import PairInput, pair_input
from shadowline.evaluation.classifier import plv_dev_split, read_pairs
from shadowline.records import HYBRID_CONTEXTS, PLOVER_TYPES

PLV_FILE = "plover_pairs_train.jsonl"
TEAM_GLOB = "team_part_*.jsonl"
# Material acts of giving way (PLOVER RETREAT modes: withdraw, release, disarm, ceasefire implemented,
# access allowed, resign); everything else PLV calls YIELD is a verbal/administrative concession.
_RETREAT_CUES = re.compile(
    r"\b(withdr[ae]w\w*|pull(s|ed|ing)? (out|back)|leav(e|es|ing)|left|retreat\w*|releas\w+|"
    r"free[ds]?\b|freeing|"
    r"let free|set free|disarm\w*|surrender\w*|hand(s|ed)? over|return(s|ed)?|resign\w*|step(s|ped)? down|"
    r"ceased|evacuat\w+|allow(s|ed)? (humanitarian|access)|pardon\w*)",
    re.IGNORECASE,
)


def yield_to_current(sentence: str) -> str:
    """Split a PLV YIELD row: material giving-way -> RETREAT, other concessions -> CONCEDE."""
    return "RETREAT" if _RETREAT_CUES.search(sentence) else "CONCEDE"


@dataclass
class PairExample:
    """One labelled pair in the classifier's label space (16 PLOVER types + NONE)."""

    pair: PairInput
    label: str
    origin: str  # "plv", "team_part_a", ...
    split: str  # "train" | "dev"
    gold_source_label: str  # the label as written in the source file (YIELD for PLV)
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    style: str | None = None
    soft: list[float] | None = None  # a teacher's probabilities over the labels (distillation rows)


_SNAPSHOTS: dict[Path, bytes] = {}


def _snapshot(path: Path) -> str:
    """The file's text, read once: team files grow while we train, and the digest must match what was read."""
    if path not in _SNAPSHOTS:
        _SNAPSHOTS[path] = path.read_bytes()
    return _SNAPSHOTS[path].decode("utf-8", errors="replace")


def _pair_of(row: dict) -> PairInput | None:
    try:
        return pair_input(row["sentence"], row["source"], row["target"])
    except (ValueError, TypeError, KeyError):
        return None


def load_plv(path: Path) -> tuple[list[PairExample], int]:
    """PLV rows as examples, dev split by `plv_dev_split`; also the count of unusable rows."""
    rows, skipped = read_pairs(path, _snapshot(path))
    out: list[PairExample] = []
    for row, split in zip(rows, plv_dev_split(rows)):
        pair = _pair_of(row)
        if pair is None:
            skipped += 1
            continue
        label = yield_to_current(row["sentence"]) if row["plover"] == "YIELD" else row["plover"]
        out.append(PairExample(pair, label, "plv", split, row["plover"]))
    return out, skipped


def load_team(path: Path, valid_modes: set[str]) -> tuple[list[PairExample], int]:
    """Team-written rows (TRAINDATA format); unknown labels, bad spans or half-written lines are skipped."""
    rows, skipped = read_pairs(path, _snapshot(path))
    labels = {*PLOVER_TYPES, "NONE"}
    out = []
    for row in rows:
        pair = _pair_of(row)
        if pair is None or row["plover"] not in labels:
            skipped += 1
            continue
        mode = row.get("mode")
        mode = mode if isinstance(mode, str) and f"{row['plover']}:{mode}" in valid_modes else None
        contexts = [c for c in row.get("context") or [] if isinstance(c, str)]
        split = "dev" if row.get("split") == "dev" else "train"
        out.append(PairExample(pair, row["plover"], path.stem, split, row["plover"], mode, contexts,
                               row.get("style")))
    return out, skipped


def load_modes(knowledge_dir: Path) -> set[str]:
    """The "TYPE:mode" names from PLOVER's mode table, or an empty set if the table is absent."""
    path = knowledge_dir / "plover" / "plover_modes.csv"
    if not path.exists():
        return set()
    import csv

    with path.open(encoding="utf-8") as fh:
        return {f"{r['event']}:{r['mode']}" for r in csv.DictReader(fh)}


def file_digest(paths: list[Path]) -> dict[str, str]:
    """sha256 of each file's bytes, plus ``combined`` over the sorted (name, digest) list."""
    digests = {p.name: hashlib.sha256(_SNAPSHOTS.get(p) or p.read_bytes()).hexdigest() for p in sorted(paths)}
    combined = hashlib.sha256("\n".join(f"{k} {v}" for k, v in sorted(digests.items())).encode()).hexdigest()
    return {**digests, "combined": combined}


def load_corpus(data_dir: Path, team_dir: Path, knowledge_dir: Path) -> tuple[list[PairExample], dict]:
    """All examples, plus provenance: files, digests, skipped counts, YIELD split counts."""
    valid_modes = load_modes(knowledge_dir)
    examples, skipped = load_plv(data_dir / PLV_FILE)
    files = [data_dir / PLV_FILE]
    skips = {PLV_FILE: skipped}
    for path in sorted(team_dir.glob(TEAM_GLOB)):
        team, bad = load_team(path, valid_modes)
        examples.extend(team)
        files.append(path)
        skips[path.name] = bad
    yields = [ex.label for ex in examples if ex.gold_source_label == "YIELD"]
    info = {"files": [p.name for p in files], "sha256": file_digest(files), "skipped": skips,
            "plv_yield_split": {lab: yields.count(lab) for lab in ("CONCEDE", "RETREAT")},
            "modes_known": len(valid_modes), "hybrid_contexts": list(HYBRID_CONTEXTS)}
    return examples, info
