"""Cross-article deduplication: an event many articles report is counted once, with its mentions listed.

The rule (docs/interop.md, "Deduplication"): two coded events are mentions of one event when they have

1. the same directed dyad — the same source and target country, both known;
2. the same PLOVER type (modes may differ) and the same modality ("denied attacking" is not "attacked");
3. dates within ``window_days`` of the first mention of the event (default 1: the same or the next day);
4. places that agree — the same location country, or none given on one side.

The earliest mention (by date, document, sentence, offset) stands for the event: its row gets
``num_mentions`` (mentions), ``num_articles`` (distinct documents) and ``num_sources`` (distinct publishers;
a document without one counts as its own), as GDELT's events do. The other mentions keep their rows, with
their sentence and offsets, and ``mention_of`` set to the event they report; every analysis leaves them
out (:data:`COUNTED_EVENTS`), and :func:`event_mentions` lists them, as GDELT's mentions table does.

Events imported from other datasets are not merged with coded ones: a coded event and an imported one of
the same day, dyad and quad class are *linked* (table ``event_links``), so the two sources can be compared.
Running the deduplication again recomputes everything (it is idempotent).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import duckdb
import pyarrow as pa

#: The events table with one row per event, not per mention. The natural join with an empty relation
#: gives stores made before the ``mention_of`` column existed that column (NULL), so analysis reads them too.
COUNTED_EVENTS = ("(SELECT * FROM events NATURAL LEFT JOIN "
                  "(SELECT NULL::VARCHAR AS event_id, NULL::VARCHAR AS mention_of WHERE false) "
                  "WHERE mention_of IS NULL)")


@dataclass(frozen=True)
class DedupSummary:
    """What a deduplication found: coded events read, events they are reports of, links to other datasets."""

    mentions: int
    events: int
    links: int

    def line(self) -> str:
        return (f"{self.mentions:,} coded mentions are {self.events:,} events "
                f"({self.mentions - self.events:,} repeated reports); {self.links:,} links to imported events")

    def to_dict(self) -> dict[str, Any]:
        return {"mentions": self.mentions, "events": self.events, "links": self.links}


@dataclass(frozen=True)
class Mention:
    """One report of an event: the document, sentence and trigger offsets, its date, and the article's URL
    and publisher where the store knows them (GDELT's MentionIdentifier and MentionSourceName)."""

    event_id: str
    doc_id: str
    sentence_index: int
    char_start: int | None
    char_end: int | None
    date: str | None
    sentence: str
    url: str | None = None
    publisher: str | None = None


def _clusters(rows: list[tuple[Any, ...]], window: timedelta) -> dict[str, str]:
    """event id -> the event id of its cluster's first mention, for rows sorted by key, date, position."""
    head: dict[str, str] = {}
    open_clusters: list[tuple[date, str | None, str]] = []  # first date, place, first event id
    last_key: tuple[Any, ...] | None = None
    for event_id, source, target, kind, modality, day, place in rows:
        key = (source, target, kind, modality)
        if key != last_key:
            open_clusters, last_key = [], key
        open_clusters = [c for c in open_clusters if day is None or c[0] is None or day - c[0] <= window]
        found = next((c for c in open_clusters
                      if (c[0] is None) == (day is None) and (c[1] is None or place is None or c[1] == place)), None)
        if found is None:
            found = (day, place, event_id)
            open_clusters.append(found)
        head[event_id] = found[2]
    return head


def deduplicate(con: duckdb.DuckDBPyConnection, window_days: int = 1) -> DedupSummary:
    """Group the store's coded events into events and their mentions, and link them to imported events."""
    if window_days < 0:
        raise ValueError("window_days must be 0 or more")
    rows = con.execute("""
        SELECT event_id, source_country, target_country, plover_type, coalesce(modality, 'asserted'), date,
               location_iso3
        FROM events
        WHERE source_dataset IS NULL AND source_country IS NOT NULL AND target_country IS NOT NULL
        ORDER BY source_country, target_country, plover_type, 5, date NULLS LAST, doc_id, sentence_index,
                 char_start, event_id""").fetchall()
    head = _clusters(rows, timedelta(days=window_days))
    con.execute("BEGIN TRANSACTION").fetchall()
    try:
        con.execute("UPDATE events SET mention_of = NULL, num_mentions = NULL, num_sources = NULL, "
                    "num_articles = NULL WHERE source_dataset IS NULL").fetchall()
        con.register("dedup_heads", pa.table({"event_id": list(head), "head": list(head.values())}))
        con.execute("""
            UPDATE events SET mention_of = CASE WHEN h.head <> events.event_id THEN h.head END
            FROM dedup_heads h WHERE events.event_id = h.event_id""").fetchall()
        con.execute("""
            UPDATE events SET num_mentions = c.mentions, num_articles = c.articles, num_sources = c.sources
            FROM (SELECT coalesce(e.mention_of, e.event_id) AS head, count(*) AS mentions,
                         count(DISTINCT e.doc_id) AS articles,
                         count(DISTINCT coalesce(d.source, 'document:' || e.doc_id)) AS sources
                  FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id
                  WHERE e.source_dataset IS NULL GROUP BY 1) c
            WHERE events.event_id = c.head""").fetchall()
        con.execute("CREATE TABLE IF NOT EXISTS event_links (event_id VARCHAR, linked_event_id VARCHAR, "
                    "PRIMARY KEY (event_id, linked_event_id))").fetchall()
        con.execute("DELETE FROM event_links").fetchall()
        con.execute("""
            INSERT INTO event_links
            SELECT c.event_id, i.event_id FROM events c JOIN events i
              ON c.source_country = i.source_country AND c.target_country = i.target_country
             AND c.date = i.date AND c.quad_class = i.quad_class
            WHERE c.source_dataset IS NULL AND c.mention_of IS NULL AND i.source_dataset IS NOT NULL""").fetchall()
        con.execute("COMMIT").fetchall()
    except BaseException:
        con.execute("ROLLBACK").fetchall()
        raise
    finally:
        con.unregister("dedup_heads")
    links = int(con.execute("SELECT count(*) FROM event_links").fetchall()[0][0])
    return DedupSummary(len(head), len(set(head.values())), links)


def event_mentions(con: duckdb.DuckDBPyConnection, event_id: str) -> list[Mention]:
    """The mentions of an event (itself first, then the reports deduplication grouped with it)."""
    columns = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                         "WHERE table_name = 'event_mentions'").fetchall()}
    url, publisher = ("m.url", "m.publisher") if {"url", "publisher"} <= columns else ("NULL", "NULL")
    rows = con.execute(f"""
        SELECT e.event_id, e.doc_id, e.sentence_index, e.char_start, e.char_end, CAST(e.date AS VARCHAR),
               e.sentence, {url}, {publisher}
        FROM events e LEFT JOIN event_mentions m ON m.event_id = e.event_id
        WHERE e.event_id = ? OR e.mention_of = ?
        ORDER BY e.event_id <> ?, e.date NULLS LAST, e.doc_id, e.sentence_index, e.char_start""",
                       [event_id, event_id, event_id]).fetchall()
    return [Mention(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7], r[8]) for r in rows]



def linked_events(con: duckdb.DuckDBPyConnection, event_id: str) -> list[str]:
    """Ids of the imported events linked to a coded event (same day, dyad and quad class)."""
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "event_links" not in tables:
        return []
    return [r[0] for r in con.execute("SELECT linked_event_id FROM event_links WHERE event_id = ? ORDER BY 1",
                                      [event_id]).fetchall()]
