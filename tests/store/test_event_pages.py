"""Pages of stored events: every offset, and every page after an event, is the slice of the full order."""

from __future__ import annotations

import pytest

from shadowline.coding.pipeline import CodedDocument
from shadowline.errors import InvalidParameter
from shadowline.records import Actor, Document, Event
from shadowline.store import Store

DATES = ["2024-05-02", None, "2024-04-30", "2024-05-02", "2024-05-01", None, "2024-04-30"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """21 events on three days and none, stored out of date order, alternating two types."""
    path = tmp_path_factory.mktemp("pages") / "pages.duckdb"
    with Store(path) as store:
        for d in range(3):
            events = [Event(doc_id=f"d{d}", sentence_index=i, sentence="Russia criticised France.",
                            char_start=7, char_end=17,
                            source=Actor("Russia", "RUS"), target=Actor("France", "FRA"),
                            plover_type="ACCUSE" if (d + i) % 2 else "AID", date=day)
                      for i, day in enumerate(DATES)]
            store.write_batch([CodedDocument(Document(f"d{d}", "Russia criticised France."), [], events)])
    with Store(path, read_only=True) as store:
        yield store


def _in_order(store, newest_first=False, **filters):
    """The reference order, sorted here: by date, unknown dates last, then in the order stored."""
    chosen = {e.event_id for e in store.events(**filters)}
    rows = [r for r in store.con.execute("SELECT event_id, date, rowid FROM events").fetchall() if r[0] in chosen]
    sign = -1 if newest_first else 1
    dated = sorted((r for r in rows if r[1]), key=lambda r: (sign * r[1].toordinal(), sign * r[2]))
    undated = sorted((r for r in rows if not r[1]), key=lambda r: sign * r[2])
    return [event_id for event_id, _, _ in dated + undated]


@pytest.mark.parametrize("newest_first", [False, True])
@pytest.mark.parametrize("filters", [{}, {"type": "AID"}, {"since": "2024-05-01"}])
def test_every_offset_is_a_slice_of_the_order(store, newest_first, filters):
    order = _in_order(store, newest_first, **filters)
    assert len(order) >= 9
    for offset in range(len(order) + 2):
        page = store.events(offset=offset, limit=4, newest_first=newest_first, **filters)
        assert [e.event_id for e in page] == order[offset:offset + 4], offset


@pytest.mark.parametrize("newest_first", [False, True])
def test_pages_after_an_event_walk_the_order_once(store, newest_first):
    order = _in_order(store, newest_first, type="ACCUSE")
    walked, after = [], None
    while True:
        page = store.events(type="ACCUSE", limit=3, after=after, newest_first=newest_first)
        if not page:
            break
        walked += [e.event_id for e in page]
        after = page[-1].event_id
    assert walked == order


def test_after_names_a_stored_event_and_excludes_offset(store):
    with pytest.raises(InvalidParameter, match="no stored event") as error:
        store.events(after="no-such-event")
    assert error.value.parameter == "after"
    first = store.events(limit=1)[0].event_id
    with pytest.raises(InvalidParameter, match="not both") as error:
        store.events(after=first, offset=2)
    assert error.value.parameter == "after"
