"""Analysis reads the store through the one view the store declares, and shows events with the contract's dates."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from world_store import write_world

import shadowline as sl
from shadowline.store.view import VIEW_COLUMNS

ANALYSIS = Path(__file__).resolve().parents[2] / "src" / "shadowline" / "analysis"


def test_analysis_names_no_column_of_the_events_table() -> None:
    table_only = {expression for name, expression in VIEW_COLUMNS.items() if expression != name}
    table_only |= {"plover_context", "COUNTED_EVENTS", "FROM events"}
    for source in sorted(ANALYSIS.glob("*.py")):
        code = re.sub(r'"""[\s\S]*?"""', "", source.read_text(encoding="utf-8"))  # docstrings may explain
        for name in table_only:
            assert name not in code, (source.name, name)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_world(tmp_path_factory.mktemp("view") / "world.duckdb")


def test_events_behind_a_result_have_the_dates_of_stored_events(world: Path) -> None:
    with sl.Store(world, read_only=True) as store:
        stored = {e.event_id: e.date for e in store.events()}
        shown = [*sl.analysis.dyads(store, "AZE", "FRA", events=5).events,
                 *(e for dyad in sl.analysis.shadow(store).dyads for e in dyad.evidence),
                 *(e for alert in sl.analysis.warn(store).alerts for e in alert.evidence)]
    assert shown
    for event in shown:
        assert isinstance(event.date, str) and event.date == stored[event.event_id]
