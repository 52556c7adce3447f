"""DuckDB schema of the shadowline store.

Tables: meta (the schema version, written when a store is created: how shadowline knows a store is its
own), documents, sentences, actors, events, event_mentions, ties (alliances and rivalries the user loads).
Events store actors flattened (`source_country`, `target_sector`, ...) so that analysis queries need no joins.
"""

#: 2: documents.text_hash (SHA-256 of the text), so that the same text under another id is not stored twice.
SCHEMA_VERSION = 2

#: Columns of the events table for events imported from other datasets (NULL for coded events, except the
#: counts, which deduplication sets), and ``mention_of``: the event a row reports again, NULL for an event.
EXCHANGE_COLUMNS: dict[str, str] = {
    "source_dataset": "VARCHAR",
    "source_event_id": "VARCHAR",
    "source_url": "VARCHAR",
    "num_mentions": "INTEGER",
    "num_sources": "INTEGER",
    "num_articles": "INTEGER",
    "fatalities": "INTEGER",
    "original": "JSON",
    "mention_of": "VARCHAR",
}

#: Structural ties (alliances, rivalries) loaded from the user's files (store/importers/ties.py).
TIES_DDL = """CREATE TABLE IF NOT EXISTS ties (
    actor_a VARCHAR NOT NULL,
    actor_b VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    start_year INTEGER,
    end_year INTEGER,
    name VARCHAR,
    source VARCHAR,
    line INTEGER
)"""

DDL: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS documents (
        doc_id VARCHAR PRIMARY KEY,
        date DATE,
        title VARCHAR,
        url VARCHAR,
        source VARCHAR,
        path VARCHAR,
        text VARCHAR,
        n_sentences INTEGER,
        ingested_at TIMESTAMP DEFAULT current_timestamp,
        text_hash VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS sentences (
        doc_id VARCHAR,
        sentence_index INTEGER,
        text VARCHAR,
        char_start INTEGER,
        char_end INTEGER,
        PRIMARY KEY (doc_id, sentence_index)
    )""",
    """CREATE TABLE IF NOT EXISTS actors (
        country VARCHAR,
        sector VARCHAR,
        cameo_role VARCHAR,
        name VARCHAR,
        text VARCHAR,
        via VARCHAR,
        backer VARCHAR,
        n_mentions BIGINT,
        PRIMARY KEY (country, sector, name, text)
    )""",
    """CREATE TABLE IF NOT EXISTS events (
        event_id VARCHAR PRIMARY KEY,
        doc_id VARCHAR,
        sentence_index INTEGER,
        sentence VARCHAR,
        char_start INTEGER,
        char_end INTEGER,
        date DATE,
        date_precision VARCHAR,
        source_text VARCHAR, source_country VARCHAR, source_sector VARCHAR,
        source_cameo_role VARCHAR, source_name VARCHAR, source_via VARCHAR, source_backer VARCHAR,
        target_text VARCHAR, target_country VARCHAR, target_sector VARCHAR,
        target_cameo_role VARCHAR, target_name VARCHAR, target_via VARCHAR, target_backer VARCHAR,
        plover_type VARCHAR,
        plover_mode VARCHAR,
        plover_context VARCHAR[],
        cameo_code VARCHAR,
        quad_class INTEGER,
        goldstein DOUBLE,
        plover_score DOUBLE,
        modality VARCHAR,
        location_name VARCHAR, location_iso3 VARCHAR, location_lat DOUBLE, location_lon DOUBLE,
        location_feature VARCHAR,
        confidence DOUBLE,
        coder_version VARCHAR,
        origin VARCHAR DEFAULT 'shadowline'
    )""",
    """CREATE TABLE IF NOT EXISTS event_mentions (
        event_key VARCHAR,
        event_id VARCHAR,
        doc_id VARCHAR,
        date DATE,
        PRIMARY KEY (event_key, event_id)
    )""",
    # what each actor phrase names (Actor.kind); added after the first release, so stores made before get it here
    "ALTER TABLE events ADD COLUMN IF NOT EXISTS source_kind VARCHAR",
    "ALTER TABLE events ADD COLUMN IF NOT EXISTS target_kind VARCHAR",
    # events imported from other datasets, and deduplication (store/imported.py, store/dedup.py)
    *(f"ALTER TABLE events ADD COLUMN IF NOT EXISTS {name} {kind}" for name, kind in EXCHANGE_COLUMNS.items()),
    TIES_DDL,
    # where each mention was reported: the article's URL and its publisher (store/mentions.py)
    "ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS url VARCHAR",
    "ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS publisher VARCHAR",
)


def upgrade_statements(version: int) -> list[str]:
    """The statements that bring a store of schema `version` to :data:`SCHEMA_VERSION`."""
    if version >= SCHEMA_VERSION:
        return []
    statements: list[str] = []
    if version < 2:
        statements += ["ALTER TABLE documents ADD COLUMN text_hash VARCHAR",
                       "UPDATE documents SET text_hash = sha256(text)"]
    statements.append(f"UPDATE meta SET value = '{SCHEMA_VERSION}' WHERE key = 'schema_version'")
    return statements
