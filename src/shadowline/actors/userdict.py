"""User dictionaries: YAML files that add or override actors and agent words.

The format is documented in docs/actors.md. User entries form tier 0 and win over every bundled
table for the phrases they name; dated entries apply only inside their dates.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from shadowline.actors.codes import CAMEO_ROLES, PLOVER_SECTORS, plover_to_cameo
from shadowline.actors.knowledge import Entry, KnowledgeBase
from shadowline.records import iso_date

_ACTOR_KEYS = {"name", "aliases", "country", "sector", "cameo_role", "backer", "kind", "start", "end", "code"}
_AGENT_KEYS = {"phrase", "sector", "cameo_role"}
_COUNTRY = re.compile(r"^[A-Z]{2,6}$")


class _TextDateLoader(yaml.SafeLoader):
    """YAML's safe loader, with dates left as text: YAML's own date parsing fails on ``2024-02-30``
    before we know the entry, so dates are checked per entry, where the error can name it."""


_TextDateLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_user_dictionary(kb: KnowledgeBase, path: Path) -> int:
    """Add the entries of one YAML user dictionary to `kb`; return how many were added.

    Raises ValueError naming the file, the entry and what was expected when the file is wrong.
    """
    entries = read_user_dictionary(path)
    for entry, phrases, plurals in entries:
        kb.add(entry, phrases, plurals=plurals)
    return len(entries)


def read_user_dictionary(path: Path) -> list[tuple[Entry, list[str], bool]]:
    """The entries of one YAML user dictionary with their phrases and whether plurals are added.

    Raises ValueError naming the file, the entry and what was expected when the file is wrong.
    """
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_TextDateLoader)  # noqa: S506 - a safe loader
    except OSError as exc:
        raise ValueError(f"{path}: cannot read user dictionary ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: user dictionary is not valid UTF-8 (byte {exc.start + 1}); "
                         "save it as UTF-8") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ValueError(f"{path}: not valid YAML{where}: {getattr(exc, 'problem', exc)}") from exc
    if data is None:
        return []
    if not isinstance(data, dict) or not set(data) <= {"actors", "agents"}:
        raise ValueError(f"{path}: expected a mapping with 'actors' and/or 'agents' lists at the top level")
    added: list[tuple[Entry, list[str], bool]] = []
    for number, item in enumerate(_items(path, data, "actors")):
        where = f"{path}: actors[{number}]" + (f" ({item['name']})" if isinstance(item.get("name"), str) else "")
        _check_keys(where, item, _ACTOR_KEYS, required={"name"})
        if not item.get("country") and not item.get("sector"):
            raise ValueError(f"{where}: give at least one of 'country' or 'sector'")
        entry = Entry(code=str(item.get("code") or item["name"]), kind=str(item.get("kind") or "user"),
                      name=str(item["name"]), country=_country(where, item, "country"),
                      sector=_sector(where, item), cameo_role=_cameo(where, item),
                      backer=_country(where, item, "backer"), start=_date(where, item, "start"),
                      end=_date(where, item, "end"), aliases=tuple(_aliases(where, item)),
                      source=path.name, tier=0)
        added.append((entry, [entry.name, *entry.aliases], False))
    for number, item in enumerate(_items(path, data, "agents")):
        where = f"{path}: agents[{number}]" + (f" ({item['phrase']})" if isinstance(item.get("phrase"), str) else "")
        _check_keys(where, item, _AGENT_KEYS, required={"phrase", "sector"})
        phrase = str(item["phrase"])
        added.append((Entry(code=phrase, kind="agent", name=phrase, sector=_sector(where, item),
                            cameo_role=_cameo(where, item), source=path.name, tier=0), [phrase], True))
    return added


def _items(path: Path, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = data.get(key) or []
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ValueError(f"{path}: '{key}' must be a list of mappings (one '- name: ...' block per entry)")
    return items


def _check_keys(where: str, item: dict[str, Any], allowed: set[str], required: set[str]) -> None:
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise ValueError(f"{where}: unknown field(s) {', '.join(unknown)}; "
                         f"allowed: {', '.join(sorted(allowed))}")
    missing = sorted(k for k in required if not item.get(k))
    if missing:
        raise ValueError(f"{where}: missing required field(s) {', '.join(missing)}")


def _country(where: str, item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not _COUNTRY.match(value):
        raise ValueError(f"{where}: '{key}' must be an ISO3 or organisation code in capitals, got {value!r}")
    return value


def _sector(where: str, item: dict[str, Any]) -> str | None:
    value = item.get("sector")
    if value in (None, ""):
        return None
    if value not in PLOVER_SECTORS:
        raise ValueError(f"{where}: 'sector' must be a PLOVER sector code such as GOV, MIL, JRN, "
                         f"got {value!r}")
    return str(value)


def _cameo(where: str, item: dict[str, Any]) -> str | None:
    value = item.get("cameo_role")
    if value in (None, ""):
        sector = item.get("sector")
        return plover_to_cameo(sector) if sector else None
    if value not in CAMEO_ROLES:
        raise ValueError(f"{where}: 'cameo_role' must be a CAMEO role code such as GOV, MED, REB, "
                         f"got {value!r}")
    return str(value)


def _date(where: str, item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2]))?", text):  # a year or a month: the resolver dates its middle
            return text
        return iso_date(text)
    except ValueError:
        raise ValueError(f"{where}: '{key}' must be a date like 2023-07-06 (or 2023, or 2023-07), "
                         f"got {value!r}") from None


def _aliases(where: str, item: dict[str, Any]) -> list[str]:
    value = item.get("aliases") or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: 'aliases' must be a list of strings")
    return list(value)
