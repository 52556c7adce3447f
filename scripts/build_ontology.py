"""Build shadowline's ontology package data from the PLOVER, CAMEO and PETRARCH2 source files.

    python scripts/build_ontology.py [--knowledge ../shared/data/knowledge] [--out DIR]

Reads ``plover/*.csv``, ``cameo/cameo_event_codes.csv`` and ``petrarch2/dictionaries/CAMEO.2.0.txt``
under the knowledge folder and writes the CSV files that :mod:`shadowline.ontology` and
:mod:`shadowline.coding.verbpatterns` load. The output is sorted and deterministic: running it twice
gives byte-identical files. The choices it makes (which Goldstein weights, how the CAMEO->PLOVER
table is repaired) are explained in docs/ontology.md and docs/decisions/.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
PACKAGE_DATA = REPO / "src" / "shadowline" / "ontology" / "data"
sys.path.insert(0, str(REPO / "src"))

from shadowline.dictionaries.tabari_verbs import NULL_CODE, read_verb_dictionary  # noqa: E402
from shadowline.records import PLOVER_TYPES  # noqa: E402

QUAD_NAMES = {"Verbal Cooperation": 1, "Material Cooperation": 2,
              "Verbal Conflict": 3, "Material Conflict": 4}

# PLOVER sector -> CAMEO role. The trap: PLOVER MED is health (CAMEO HLH), PLOVER JRN is CAMEO MED.
SECTOR_CAMEO_ROLE = {
    "COP": "COP", "GOV": "GOV", "JUD": "JUD", "LEG": "LEG", "MIL": "MIL", "PRM": "MIL", "PTY": "PTY",
    "REB": "REB", "SPY": "SPY", "UAF": "UAF", "UNK": "", "AGR": "AGR", "BUS": "BUS", "CRM": "CRM",
    "CVL": "CVL", "EDU": "EDU", "ELI": "ELI", "JRN": "MED", "LAB": "LAB", "MED": "HLH", "REF": "REF",
    "OPP": "OPP", "PRE": "SEP", "REL": "", "SOC": "NGO",
}

# Modes and contexts in the 2021 CAMEO->PLOVER table that the current PLOVER lists do not have.
MODE_RENAMES = {
    "return": "release", "ease": "", "ban": "restrict", "political": "restrict", "assassinate": "targeted",
    "massacre": "targeted", "cleansing": "", "pro_autocracy": "",
}
CONTEXT_RENAMES = {"humanitarian": "human_security", "democracy": "pro_democracy"}

# Rows of that table replaced outright: (type, mode, contexts). See docs/decisions/0006-ontology-crosswalk.md.
CROSSWALK_FIXES = {
    "163": ("SANCTION", "discontinue", "economic"),  # table: COERCE; PLOVER puts sanctions under SANCTION
    "116": ("SANCTION", "convict", "legal"),  # "find guilty" is PLOVER's SANCTION/convict mode
    "1712": ("ASSAULT", "destroy", "human_security"),  # destroy property; "seize" is not an ASSAULT mode
    "175": ("ASSAULT", "", "repression"),  # violent repression; the table put a context in the mode slot
}

# The CAMEO code a PLOVER type (mode "") or (type, mode) stands for when no verb pattern names one.
TYPE_DEFAULTS = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "CONCEDE": "080", "COOPERATE": "060", "AID": "070",
    "RETREAT": "084", "REQUEST": "100", "ACCUSE": "112", "REJECT": "120", "THREATEN": "130",
    "PROTEST": "140", "SANCTION": "160", "MOBILIZE": "150", "COERCE": "170", "ASSAULT": "190",
}
MODE_DEFAULTS = {
    ("ACCUSE", "disapprove"): "111", ("ACCUSE", "allege"): "112", ("PROTEST", "strike"): "143",
    ("ASSAULT", "aerial"): "195", ("ASSAULT", "drone"): "195", ("ASSAULT", "crowd-control"): "175",
    ("COERCE", "censor"): "1721", ("MOBILIZE", "militia"): "154", ("MOBILIZE", "weapons"): "152",
    ("CONSULT", "multilateral"): "040", ("SANCTION", "discontinue"): "163", ("RETREAT", "withdraw"): "0874",
    ("ASSAULT", "targeted"): "186", ("MOBILIZE", "troops"): "154",
}

# A PLOVER table slip: ACCUSE's type-level score is +3 while all its modes are negative.
SCORE_FIXES = {("ACCUSE", ""): -3.0}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv(path: Path, header: list[str], rows: Iterable[Iterable[object]]) -> int:
    """Write rows (sorted by the caller) with a header; every value is written as a string."""
    rows = [[("" if v is None else v) for v in row] for row in rows]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    return len(rows)


def build_plover(plover: Path, out: Path, definitions: dict) -> dict[str, set[str]]:
    """PLOVER types, modes, scores, contexts and sectors; returns type -> modes for validation."""
    types = {r["event"]: r for r in read_csv(plover / "plover_event_types.csv")}
    if tuple(types) != PLOVER_TYPES:
        raise SystemExit(f"PLOVER types differ from records.PLOVER_TYPES: {list(types)}")
    scores = {(r["event"], r["mode"]): float(r["score"]) for r in read_csv(plover / "plover_scores.csv")}
    scores.update(SCORE_FIXES)
    modes: dict[str, set[str]] = {t: set() for t in PLOVER_TYPES}
    for row in read_csv(plover / "plover_modes.csv"):
        modes[row["event"]].add(row["mode"])
    for name in PLOVER_TYPES:
        written = set(definitions["modes"].get(name, {}))
        if name not in definitions["types"] or written != modes[name]:
            raise SystemExit(f"definitions.yaml does not cover {name}: {sorted(modes[name] ^ written)}")
    write_csv(out / "plover_types.csv", ["type", "quad_class", "requires_recipient", "score"],
              [(t, QUAD_NAMES[types[t]["quad_category"]], int(types[t]["requires_recipient"] == "Yes"),
                scores[(t, "")]) for t in PLOVER_TYPES])
    write_csv(out / "plover_modes.csv", ["type", "mode", "score"],
              [(t, m, scores.get((t, m), scores[(t, "")])) for t in PLOVER_TYPES for m in sorted(modes[t])])
    write_csv(out / "plover_contexts.csv", ["context", "definition"],
              [(r["context"], r["description"]) for r in read_csv(plover / "plover_contexts.csv")])
    write_csv(out / "plover_sectors.csv", ["code", "description", "cameo_role"],
              [(r["code"], r["description"], SECTOR_CAMEO_ROLE[r["code"]])
               for r in read_csv(plover / "plover_sector_codes.csv")])
    return modes


def build_cameo(cameo: Path, out: Path) -> dict[str, dict[str, str]]:
    """The 311 CAMEO event codes with GDELT Goldstein weights and quad classes (codes kept as strings)."""
    rows = {r["code"]: r for r in read_csv(cameo / "cameo_event_codes.csv")}
    write_csv(out / "cameo_events.csv", ["code", "name", "root", "parent", "goldstein", "quad_class"],
              [(c, r["name"], r["root_code"], r["parent_code"], float(r["goldstein"]), int(r["quad_class"]))
               for c, r in sorted(rows.items())])
    return rows


def _clean_mapping(row: dict[str, str], modes: dict[str, set[str]],
                   contexts: set[str]) -> tuple[str, str, str]:
    kind = row["plover_event"].strip()
    mode = row["plover_mode"].strip()
    mode = MODE_RENAMES.get(mode, mode)
    if mode and mode not in modes.get(kind, set()):
        raise SystemExit(f"crosswalk {row['cameo_code']}: unknown mode {mode!r} for {kind}")
    found = [CONTEXT_RENAMES.get(c.strip(), c.strip()) for c in row["plover_context"].split(";") if c.strip()]
    unknown = [c for c in found if c not in contexts]
    if unknown:
        raise SystemExit(f"crosswalk {row['cameo_code']}: unknown contexts {unknown}")
    return kind, mode, ";".join(found)


def build_crosswalk(plover: Path, out: Path, cameo: dict[str, dict[str, str]],
                    modes: dict[str, set[str]]) -> dict[str, str]:
    """CAMEO->PLOVER for every CAMEO code, and PLOVER (type, mode)->default CAMEO code."""
    contexts = {r["context"] for r in read_csv(plover / "plover_contexts.csv")}
    table: dict[str, tuple[str, str, str]] = {}
    for row in read_csv(plover / "cameo_to_plover.csv"):
        code = row["cameo_code"].strip()
        # The first row wins: root 08 -> CONCEDE; 175 is listed twice.
        if code in cameo and code not in table and code not in CROSSWALK_FIXES:
            table[code] = _clean_mapping(row, modes, contexts)
    for code, fix in CROSSWALK_FIXES.items():
        table[code] = fix
    rows = []
    for code in sorted(cameo):
        source, parent = "table", code
        while parent not in table and parent:
            parent = cameo[parent]["parent_code"] if parent in cameo else ""
            source = "inherited"
        mapped = table.get(parent, ("", "", ""))
        rows.append((code, *mapped, source if parent else "dropped", parent if source == "inherited" else ""))
    header = ["cameo_code", "plover_type", "plover_mode", "plover_context", "source", "inherited_from"]
    write_csv(out / "cameo_plover.csv", header, rows)
    defaults = [(t, "", TYPE_DEFAULTS[t]) for t in PLOVER_TYPES]
    for kind in PLOVER_TYPES:
        for mode in sorted(modes[kind]):
            direct = sorted((len(c) != 3, c) for c, m in table.items() if m[:2] == (kind, mode))
            code = MODE_DEFAULTS.get((kind, mode)) or (direct[0][1] if direct else TYPE_DEFAULTS[kind])
            defaults.append((kind, mode, code))
    bad = [d for d in defaults if d[2] not in cameo]
    if bad:
        raise SystemExit(f"default CAMEO codes not in the CAMEO list: {bad}")
    write_csv(out / "plover_cameo_defaults.csv", ["plover_type", "plover_mode", "cameo_code"], defaults)
    return {code: row[1] for code, *row in rows}


def known_code(code: str, cameo: dict[str, dict[str, str]]) -> str | None:
    """A dictionary code as a CAMEO code in the list: itself, its 3-digit parent, or None."""
    if code in cameo:
        return code
    return code[:3] if code[:3] in cameo else None


def build_verb_patterns(dictionary: Path, out: Path, cameo: dict[str, dict[str, str]]) -> dict[str, int]:
    """PETRARCH2 verb dictionary -> verbs, patterns and synsets CSVs; returns counts for the log."""
    parsed = read_verb_dictionary(dictionary)
    counts = dict(parsed.skipped)
    verbs = set()
    for verb in parsed.verbs:
        code = known_code(verb.code, cameo) if verb.code else ""
        if code is None:
            counts["verb code not in CAMEO"] = counts.get("verb code not in CAMEO", 0) + 1
            code = ""
        verbs.add((verb.lemma, verb.block, code, verb.before, verb.after))
    patterns: dict[tuple[str, str, str], tuple[str, str, int]] = {}
    for order, pattern in enumerate(parsed.patterns):
        code = pattern.code if pattern.code == NULL_CODE else known_code(pattern.code, cameo)
        key = (pattern.block, pattern.before, pattern.after)
        if code is None:
            counts["pattern code not in CAMEO"] = counts.get("pattern code not in CAMEO", 0) + 1
        elif key in patterns:
            counts["duplicate pattern (first kept)"] = counts.get("duplicate pattern (first kept)", 0) + 1
        else:
            patterns[key] = (code, pattern.found_with, order)
    counts["verbs"] = write_csv(out / "cameo_verbs.csv", ["lemma", "block", "cameo_code", "before", "after"],
                                sorted(verbs))
    counts["patterns"] = write_csv(
        out / "cameo_verb_patterns.csv", ["block", "before", "after", "cameo_code", "found_with", "order"],
        sorted((*key, *value) for key, value in patterns.items()))
    counts["synset phrases"] = write_csv(
        out / "cameo_verb_synsets.csv", ["synset", "phrase"],
        sorted((name, phrase) for name, phrases in parsed.synsets.items() for phrase in phrases))
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--knowledge", type=Path, default=REPO / ".." / "shared" / "data" / "knowledge",
                        help="folder with plover/, cameo/ and petrarch2/ (default: ../shared/data/knowledge)")
    parser.add_argument("--out", type=Path, default=PACKAGE_DATA,
                        help="package data folder to write")
    args = parser.parse_args(argv)
    knowledge, out = args.knowledge, args.out
    if not (knowledge / "plover").is_dir():
        parser.error(f"{knowledge} has no plover/ folder; pass --knowledge PATH")
    definitions = yaml.safe_load((PACKAGE_DATA / "definitions.yaml").read_text(encoding="utf-8"))
    modes = build_plover(knowledge / "plover", out, definitions)
    cameo = build_cameo(knowledge / "cameo", out)
    build_crosswalk(knowledge / "plover", out, cameo, modes)
    counts = build_verb_patterns(knowledge / "petrarch2" / "dictionaries" / "CAMEO.2.0.txt", out, cameo)
    print(f"wrote {len(cameo)} CAMEO codes, {sum(map(len, modes.values()))} PLOVER modes to {out.name}/")
    for name, count in sorted(counts.items()):
        print(f"  {name}: {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
