"""Coding on a Dask cluster gives the local engine's events: same ids, same order, same store rows."""

from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner

from shadowline.coding.parallel import usable_cores
from shadowline.records import Document

ARTICLES = [
    ("wire-1", "2024-05-17", "Russia criticised France's arms deliveries to Armenia. Azerbaijan accused France of "
                             "supporting separatists in New Caledonia."),
    ("wire-2", "2024-06-02", "Turkey signed a defence pact with Azerbaijan. Greece protested against Turkish "
                             "military flights over its islands."),
    ("wire-3", "2024-07-09", "The Kremlin praised Baku's mediation. France said it would send more howitzers "
                             "to Armenia next year."),
    ("wire-4", "2024-08-21", "Wagner fighters attacked villages in Mali. The junta expelled the French "
                             "ambassador."),
    ("wire-1", "2024-05-17", "Russia criticised France's arms deliveries to Armenia. Azerbaijan accused France of "
                             "supporting separatists in New Caledonia."),  # the same document twice
]


def _documents() -> list[Document]:
    return [Document(doc_id, text, date) for doc_id, date, text in ARTICLES]


def _events(coded) -> list[list[dict]]:
    return [[event.to_dict() for event in item.events] for item in coded]


@pytest.fixture(scope="module")
def dask_coder(tmp_path_factory):
    pytest.importorskip("distributed")
    from shadowline.scale.engine import DaskCoder

    parquet = tmp_path_factory.mktemp("partitions")
    # Worker threads in this process (processes=False) start in a second; each worker still codes
    # through the cached per-process coder and returns Arrow partitions as a remote worker does.
    with DaskCoder(workers=2, processes=False, parquet_dir=parquet, partition_chars=200) as engine:
        yield engine


@pytest.mark.model
def test_a_local_cluster_codes_the_events_of_the_local_engine(coder, dask_coder):
    here = list(coder.code_documents(_documents()))
    there = list(dask_coder.code_documents(_documents()))
    assert sum(len(item.events) for item in here) >= 4
    assert [item.document for item in there] == [item.document for item in here]
    assert [item.sentences for item in there] == [item.sentences for item in here]
    assert _events(there) == _events(here)
    assert len(dask_coder.client.nthreads()) == min(2, usable_cores())


@pytest.mark.model
def test_a_local_cluster_fills_the_store_as_the_local_engine_and_keeps_parquet_partitions(coder, dask_coder,
                                                                                          tmp_path):
    import duckdb

    from shadowline.ingest import ingest_documents
    from shadowline.store import Store

    summaries, stores = [], []
    for name, engine in (("local", coder), ("dask", dask_coder)):
        with Store(tmp_path / f"{name}.duckdb") as store:
            summaries.append(ingest_documents(store, engine, _documents(), batch_size=3).line())
            stores.append(([e.to_dict() for e in store.events()],
                           store.con.execute("SELECT * FROM sentences ORDER BY ALL").fetchall(),
                           store.con.execute("SELECT doc_id, text, n_sentences FROM documents ORDER BY 1").fetchall()))
    assert summaries[0] == summaries[1]
    assert "4 documents coded, 1 already stored" in summaries[1]
    assert stores[0] == stores[1]
    kept = duckdb.sql(f"SELECT DISTINCT event_id FROM read_parquet('{dask_coder.parquet_dir}/events/*.parquet')")
    assert {row[0] for row in kept.fetchall()} == {e["event_id"] for e in stores[1][0]}


def test_the_dask_engine_names_the_extra_when_dask_is_missing(monkeypatch, tmp_path):
    from shadowline.cli import cli

    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now raises ImportError
    article = tmp_path / "a.txt"
    article.write_text("Russia criticised France.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["code", str(article), "--engine", "dask"])
    assert result.exit_code == 2
    assert "pip install 'shadowline[dask]'" in result.output


@pytest.mark.parametrize("option", [["--scheduler", "tcp://127.0.0.1:8786"], ["--parquet-dir", "parts"]])
def test_dask_options_need_the_dask_engine(tmp_path, option):
    from shadowline.cli import cli

    article = tmp_path / "a.txt"
    article.write_text("Russia criticised France.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(article), "--db", str(tmp_path / "s.duckdb"), *option])
    assert result.exit_code == 2 and f"{option[0]} is for the dask engine: add --engine dask" in result.output
