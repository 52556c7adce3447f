"""The actors table and the event_mentions table, kept for coded and imported events alike.

Both are written from a SQL relation of newly stored events (the same columns as the events table, plus
``url`` and ``publisher``: where the event was reported), so a batch of coded documents and a million
imported GDELT rows go through the same two statements:

* ``actors``: each side of each event counted under (country, sector, name, text); an empty side (the other
  side of a one-actor event) is not an actor and is not counted.
* ``event_mentions``: one row per stored event, as GDELT's mentions table has one per report: its key
  (:data:`MENTION_KEY_SQL`: same dyad, PLOVER type and day), the document (for an imported event the
  dataset's article or story id), the date, the article's URL and its publisher.

A store written before imported events had their actors and mention rows gains them once, when it is first
opened for writing (:func:`backfill_imported`, recorded under the meta key :data:`IMPORTED_FIRST_CLASS`).
"""

from __future__ import annotations

from typing import Any

import duckdb

#: The key under which reports of one event by different articles are counted (GDELT NumMentions): the
#: same source and target (country, else the text as written), the same PLOVER type, the same day.
MENTION_KEY_SQL = ("left(sha256(concat_ws('|', coalesce(nullif(source_country, ''), source_text, ''), "
                   "coalesce(nullif(target_country, ''), target_text, ''), coalesce(plover_type, ''), "
                   "coalesce(CAST(date AS VARCHAR), ''))), 20)")

_SIDES = " UNION ALL ".join(
    f"SELECT {side}_country AS country, {side}_sector AS sector, {side}_cameo_role AS cameo_role, "
    f"{side}_name AS name, {side}_text AS text, {side}_via AS via, {side}_backer AS backer FROM {{relation}}"
    for side in ("source", "target"))


def record_mentions(con: duckdb.DuckDBPyConnection, relation: str, params: list[Any] | None = None) -> None:
    """Count the actors of the events in `relation` (SQL: a table name or a parenthesised SELECT, with
    `params` for each of its two uses) and give each event its row in event_mentions.

    Runs inside the caller's transaction; the events must be new to the store (their actors are counted).
    """
    both_sides = _SIDES.format(relation=relation)
    con.execute(f"""
        INSERT INTO actors
        SELECT coalesce(country, ''), coalesce(sector, ''), any_value(cameo_role), coalesce(name, ''),
               coalesce(text, ''), any_value(via), any_value(backer), count(*)
        FROM ({both_sides}) WHERE coalesce(text, '') <> '' OR country IS NOT NULL
        GROUP BY 1, 2, 4, 5
        ON CONFLICT (country, sector, name, text) DO UPDATE SET n_mentions = actors.n_mentions + excluded.n_mentions
        """, (params or []) * 2).fetchall()
    con.execute(f"""
        INSERT OR IGNORE INTO event_mentions (event_key, event_id, doc_id, date, url, publisher)
        SELECT {MENTION_KEY_SQL}, event_id, doc_id, date, url, publisher FROM {relation}""",
                params or []).fetchall()


#: The site of an article URL (``https://www.lemonde.fr/...`` -> ``lemonde.fr``), as GDELT's MentionSourceName.
SITE_SQL = "nullif(regexp_extract(source_url, '^[A-Za-z]+://(www\\.)?([^/:?#]+)', 2), '')"

#: The meta key saying that every imported event has its actors counted and its mention row.
IMPORTED_FIRST_CLASS = "imported_first_class"

# The publisher an importer records, read back from the source row kept in `original`: GDELT's is the URL's
# site; ICEWS's Publisher, POLECAT's Source (or a PLOVER record's publication), ACLED's source list, whose
# names each count as one report.
_NAMED_PUBLISHER = ("nullif(trim(json_extract_string(original, '$.\"' || list_filter(json_keys(original), "
                    "lambda k: lower(replace(replace(k, ' ', ''), '_', '')) "
                    "IN ('publisher', 'source', 'publication'))[1]"
                    " || '\"')), '')")
_ACLED_SOURCES = (f"list_filter(list_transform(string_split({_NAMED_PUBLISHER}, ';'), lambda s: trim(s)), "
                  "lambda s: s <> '')")
_WITHOUT_MENTIONS = f"""(SELECT e.*, e.source_url AS url,
        CASE WHEN source_dataset = 'gdelt' THEN {SITE_SQL}
             WHEN source_dataset = 'acled' THEN nullif(array_to_string({_ACLED_SOURCES}, '; '), '')
             ELSE {_NAMED_PUBLISHER} END AS publisher,
        CASE WHEN source_dataset = 'acled' THEN greatest(len(coalesce({_ACLED_SOURCES}, [])), 1) ELSE 1 END AS reports
    FROM events e WHERE source_dataset IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.event_id))"""


def backfill_imported(con: duckdb.DuckDBPyConnection) -> int:
    """Give imported events of a store written before they were first-class what an import now writes: their
    actors counted, their mention rows (URL, publisher) and, for ICEWS, POLECAT and ACLED, their report
    counts. Runs once per store (then records :data:`IMPORTED_FIRST_CLASS` in ``meta``), inside the
    caller's transaction, and only for imported events without a mention row; returns how many it gave them.
    """
    if con.execute("SELECT 1 FROM meta WHERE key = ?", [IMPORTED_FIRST_CLASS]).fetchall():
        return 0
    count = int(con.execute(f"SELECT count(*) FROM {_WITHOUT_MENTIONS}").fetchall()[0][0])
    if count:
        con.execute(f"""UPDATE events SET num_mentions = o.reports, num_sources = o.reports, num_articles = o.reports
                        FROM {_WITHOUT_MENTIONS} o
                        WHERE events.event_id = o.event_id AND o.source_dataset <> 'gdelt'
                          AND events.num_mentions IS NULL""").fetchall()
        record_mentions(con, _WITHOUT_MENTIONS)
    con.execute("INSERT INTO meta VALUES (?, '1')", [IMPORTED_FIRST_CLASS]).fetchall()
    return count
