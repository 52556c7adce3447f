"""Loading of the ontology's package data (CSV and YAML under ``shadowline/ontology/data``).

Each table is read once per process and cached; every CAMEO code stays a string ("010", "0311").
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources
from typing import Any

import yaml

DATA_PACKAGE = "shadowline.ontology"


def data_text(name: str) -> str:
    """The text of one package data file, e.g. ``data_text("cameo_events.csv")``."""
    return resources.files(DATA_PACKAGE).joinpath("data", name).read_text(encoding="utf-8")


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a package CSV as dicts of strings (never numbers: codes keep their leading zeros)."""
    return tuple(csv.DictReader(io.StringIO(data_text(name))))


@cache
def definitions() -> dict[str, Any]:
    """Our own written definitions: ``types``, ``modes`` and ``hybrid_contexts``."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(data_text("definitions.yaml"), Loader=loader)  # noqa: S506 - a safe loader
