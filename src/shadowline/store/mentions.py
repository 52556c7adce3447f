"""The actors table and the event_mentions table, kept for coded and imported events alike.

Both are written from a SQL relation of newly stored events (the same columns as the events table, plus
``url`` and ``publisher``: where the event was reported), so a batch of coded documents and a million
imported GDELT rows go through the same two statements:

* ``actors``: each side of each event counted under (country, sector, name, text); an empty side (the other
  side of a one-actor event) is not an actor and is not counted.
* ``event_mentions``: one row per stored event, as GDELT's mentions table has one per report: its key
  (:data:`MENTION_KEY_SQL`: same dyad, PLOVER type and day), the document (for an imported event the
  dataset's article or story id), the date, the article's URL and its publisher.
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
