"""The library surface: `import shadowline as sl` and what each name does, on stores the tests write."""

from __future__ import annotations

import doctest
import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from world_store import write_world

import shadowline as sl
from shadowline.cli import cli

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_world(tmp_path_factory.mktemp("api") / "world.duckdb")


def test_the_surface_is_listed_and_importing_it_is_light() -> None:
    for name in ("code", "read", "Store", "resolve", "analysis", "Event", "IngestReport", "InvalidParameter"):
        assert name in sl.__all__ and name in dir(sl)
        assert getattr(sl, name) is not None
    for name in ("dyads", "network", "blocs", "shadow", "domino", "warn"):
        assert callable(getattr(sl.analysis, name)), name
    loaded = subprocess.run([sys.executable, "-c", "import sys, shadowline; print(' '.join(sys.modules))"],
                            capture_output=True, text=True, check=True).stdout.split()
    assert not {"duckdb", "spacy", "fastapi", "networkx"} & set(loaded)


def test_events_filter_order_and_page(world: Path) -> None:
    with sl.Store(world, read_only=True) as store:
        everything = store.events()
        assert len(everything) == 37
        assert [e.date for e in everything] == sorted(e.date for e in everything)
        assert store.events(newest_first=True)[0].date == everything[-1].date
        assert store.events(limit=3, offset=2) == everything[2:5]
        threats = store.events(type="threaten", actor="arm")
        assert {(e.source.country, e.target.country) for e in threats} == {("AZE", "ARM")}
        window = store.events(since="2024-01-01", until="2024-03-31")
        assert window and all("2024-01-01" <= e.date <= "2024-03-31" for e in window)


@pytest.mark.parametrize(("filters", "parameter"), [
    ({"type": "INVADE"}, "type"), ({"since": "yesterday"}, "since"), ({"limit": -1}, "limit"),
    ({"offset": -5}, "offset"), ({"modality": "rumoured"}, "modality"),
])
def test_bad_filters_name_the_parameter(world: Path, filters: dict, parameter: str) -> None:
    with sl.Store(world, read_only=True) as store, pytest.raises(sl.InvalidParameter) as error:
        store.events(**filters)
    assert error.value.parameter == parameter


def test_export_formats(world: Path, tmp_path: Path) -> None:
    with sl.Store(world, read_only=True) as store:
        out = io.StringIO()
        assert store.export(out, "jsonl", actor="TUR") == 7
        assert {json.loads(line)["source"]["country"] for line in out.getvalue().splitlines()} == {"TUR"}
        assert store.export(tmp_path / "all.parquet") == 37
        assert store.export(tmp_path / "all.csv") == 37
        with pytest.raises(sl.InvalidParameter, match="format"):
            store.export(tmp_path / "all.xlsx", "xlsx")
    assert pq.read_table(tmp_path / "all.parquet").num_rows == 37
    assert (tmp_path / "all.csv").read_text().count("\n") == 38


@pytest.mark.parametrize("args", [
    ["dyad", "AZE", "FRA", "--events", "3", "--freq", "week"], ["blocs"], ["shadow", "--top", "3"], ["warn"],
    ["domino", "FRA", "AZE", "--runs", "300", "--seed", "2", "--top", "4"], ["network"],
])
def test_to_dict_is_what_the_cli_prints(world: Path, args: list[str]) -> None:
    printed = CliRunner().invoke(cli, [*args, "--format", "json", "--db", str(world)])
    assert printed.exit_code == 0, printed.output
    with sl.Store(world, read_only=True) as store:
        result = {
            "dyad": lambda: sl.analysis.dyads(store, "AZE", "FRA", events=3, freq="week"),
            "blocs": lambda: sl.analysis.blocs(store),
            "shadow": lambda: sl.analysis.shadow(store, top=3),
            "warn": lambda: sl.analysis.warn(store),
            "domino": lambda: sl.analysis.domino(store, "FRA", "AZE", runs=300, seed=2, top=4),
            "network": lambda: sl.analysis.network(store),
        }[args[0]]()
    assert result.to_dict() == json.loads(printed.output)


def test_resolve_to_dict_is_what_the_cli_prints() -> None:
    printed = CliRunner().invoke(cli, ["resolve", "the Kremlin", "Wagner", "--format", "jsonl"])
    lines = [json.loads(line) for line in printed.output.splitlines()]
    assert [sl.resolve(t).to_dict() for t in ("the Kremlin", "Wagner")] == lines
    assert sl.resolve("Mr Nobody of Nowhere").to_dict()["country"] is None


def test_analysis_of_an_empty_store_says_so(tmp_path: Path) -> None:
    with sl.Store(tmp_path / "empty.duckdb") as store:
        with pytest.raises(sl.NoData, match="no events"):
            sl.analysis.blocs(store)
        assert sl.analysis.shadow(store).to_dict() == []
        with pytest.raises(sl.InvalidParameter) as error:
            sl.analysis.domino(store, "FRA", "FRA")
        assert error.value.parameter == "target"


def test_read_paths_documents_and_dicts(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Russia criticised France.", encoding="utf-8")
    problems: list[str] = []
    docs = sl.read([tmp_path / "a.txt", tmp_path / "missing.txt", {"id": "d1", "text": "Baku accused Paris."}],
                   date="2024-03-01", on_problem=problems.append)
    assert [d.doc_id for d in docs] == [sl.Document.content_id("Russia criticised France."), "d1"]
    assert all(d.date == "2024-03-01" for d in docs)
    assert len(problems) == 1 and "missing.txt" in problems[0]
    with pytest.raises(sl.InvalidParameter) as error:
        sl.read([{"id": "d2"}])
    assert error.value.parameter == "text"


@pytest.mark.model
def test_guide_examples_run() -> None:
    failures, tried = doctest.testfile(str(ROOT / "docs" / "api.md"), module_relative=False,
                                       optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert tried > 20 and failures == 0
