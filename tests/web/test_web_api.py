"""The REST API over real HTTP: a uvicorn server on 127.0.0.1 and a store the tests write."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from live_server import LiveServer, free_port, start_server

from shadowline import analysis
from shadowline.api import Store
from shadowline.cli import cli


def test_events_filter_and_page(live: LiveServer) -> None:
    everything = live.get("/api/events", params={"limit": 1000}).json()
    accusations = live.get("/api/events", params={"type": "accuse", "actor": "AZE"}).json()
    assert len(everything) == 37
    assert {(e["source"]["country"], e["target"]["country"]) for e in accusations} == {("AZE", "FRA"), ("FRA", "AZE")}
    assert all(e["plover_type"] == "ACCUSE" for e in accusations)
    first, second = (live.get("/api/events", params={"limit": 5, "offset": o}).json() for o in (0, 5))
    assert [e["event_id"] for e in first + second] == [e["event_id"] for e in everything[:10]]
    newest = live.get("/api/events", params={"limit": 1, "newest_first": True}).json()[0]
    assert newest["date"] == max(e["date"] for e in everything)


def test_following_the_next_link_walks_every_event_once(live: LiveServer) -> None:
    everything = live.get("/api/events", params={"actor": "AZE", "newest_first": True, "limit": 1000}).json()
    walked: list[str] = []
    response = live.get("/api/events", params={"actor": "AZE", "newest_first": True, "limit": 4, "offset": 4})
    while True:
        walked += [e["event_id"] for e in response.json()]
        link = response.headers.get("Link")
        if link is None:
            break
        assert link.startswith("</api/events?") and link.endswith('>; rel="next"') and "offset" not in link
        response = live.get(link[1:link.index(">")])
        assert response.status_code == 200
    assert len(everything) > 8 and walked == [e["event_id"] for e in everything[4:]]
    last = live.get("/api/events", params={"limit": 1000})
    assert "Link" not in last.headers  # a short page is the last one


def test_events_are_the_event_contract_of_the_library(live: LiveServer) -> None:
    served = live.get("/api/events", params={"actor": "TUR", "since": "2024-01-01"}).json()
    with Store(live.db, read_only=True) as store:
        assert served == [e.to_dict() for e in store.events(actor="TUR", since="2024-01-01")]
    assert served and all(e["date"] >= "2024-01-01" for e in served)


@pytest.mark.parametrize(("path", "params", "parameter"), [
    ("/api/events", {"since": "last week"}, "since"),
    ("/api/events", {"type": "INVADE"}, "type"),
    ("/api/events", {"limit": -1}, "limit"),
    ("/api/events", {"limit": "many"}, "limit"),
    ("/api/events", {"after": "no-such-event"}, "after"),
    ("/api/events", {"after": "x" * 201}, "after"),
    ("/api/events", {"after": "some-event", "offset": 2}, "after"),
    ("/api/domino", {"source": "FRA"}, "target"),
    ("/api/domino", {"source": "FRA", "target": "AZE", "runs": 10**9}, "runs"),
    ("/api/domino", {"source": "FRA", "target": "FRA"}, "target"),
    ("/api/dyads/AZE/FRA", {"freq": "fortnight"}, "freq"),
    ("/api/actors/resolve", {}, "text"),
])
def test_bad_requests_name_the_parameter(live: LiveServer, path: str, params: dict, parameter: str) -> None:
    response = live.get(path, params=params)
    assert 400 <= response.status_code < 500
    body = response.json()
    assert body["parameter"] == parameter
    assert parameter in body["error"]
    assert "Traceback" not in response.text


def test_a_misspelt_parameter_is_refused(live: LiveServer) -> None:
    response = live.get("/api/events", params={"acter": "AZE"})
    assert response.status_code == 400
    assert response.json()["parameter"] == "acter" and "actor" in response.json()["error"]


def test_unknown_actor_in_domino_is_not_found(live: LiveServer) -> None:
    response = live.get("/api/domino", params={"source": "FRA", "target": "XYZ", "runs": 10})
    assert response.status_code == 404
    assert response.json()["parameter"] == "target" and "XYZ" in response.json()["error"]


def test_analyses_answer_what_the_cli_prints(live: LiveServer) -> None:
    db = str(live.db)
    runner = CliRunner()
    for path, params, args in [
        ("/api/dyads/AZE/FRA", {"events": 3}, ["dyad", "AZE", "FRA", "--events", "3"]),
        ("/api/blocs", {}, ["blocs"]),
        ("/api/shadow", {}, ["shadow"]),
        ("/api/warn", {"window": 8}, ["warn", "--window", "8"]),
        ("/api/domino", {"source": "FRA", "target": "AZE", "runs": 500, "seed": 3},
         ["domino", "FRA", "AZE", "--runs", "500", "--seed", "3"]),
        ("/api/network", {}, ["network", "--format", "json"]),
    ]:
        if "--format" not in args:
            args = [*args, "--format", "json"]
        printed = runner.invoke(cli, [*args, "--db", db])
        assert printed.exit_code == 0, printed.output
        assert live.get(path, params=params).json() == json.loads(printed.output), path


def test_domino_finds_the_allies(live: LiveServer) -> None:
    result = live.get("/api/domino", params={"source": "FRA", "target": "AZE", "runs": 2000}).json()
    sides = {a["actor"]: a["side"] for a in result["actors"] if a["p_join"] > 0.05}
    assert sides.get("ARM") == "FRA" and sides.get("TUR") == "AZE"
    assert all(a["paths"] for a in result["actors"] if a["actor"] in ("ARM", "TUR"))


def test_places_and_resolve(live: LiveServer) -> None:
    places = {p["name"]: p for p in live.get("/api/places").json()}
    assert set(places) == {"Paris", "Baku"} and places["Paris"]["n_events"] == 11
    actor = live.get("/api/actors/resolve", params={"text": "the Kremlin"}).json()
    assert (actor["country"], actor["text"]) == ("RUS", "the Kremlin")


def test_dashboard_and_docs_are_served_offline(live: LiveServer) -> None:
    page = live.get("/")
    assert page.status_code == 200 and "shadowline" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "http" not in page.text.replace('href="/docs"', "")  # nothing from another origin
    for asset in ("dashboard.js", "network.js", "charts.js", "dom.js", "dashboard.css"):
        assert live.get(f"/static/{asset}").status_code == 200
    docs = live.get("/docs")
    assert docs.status_code == 200 and "cdn" not in docs.text
    assert live.get("/docs/assets/swagger-ui-bundle.js").status_code == 200
    schema = live.get("/openapi.json").json()
    assert {"/api/events", "/api/domino", "/api/code", "/api/ingest", "/api/actors/resolve"} <= set(schema["paths"])


def test_writes_need_a_token(live: LiveServer) -> None:
    response = live.post("/api/ingest", json={"documents": [{"text": "Baku accused Paris."}]})
    assert response.status_code == 403 and "--token" in response.json()["error"]


def test_request_size_is_bounded(live: LiveServer) -> None:
    too_long = live.post("/api/code", json={"text": "x" * 20_001})
    assert too_long.status_code == 422 and too_long.json()["parameter"] == "text"
    too_big = live.post("/api/code", content=b"{" + b" " * 2_000_001 + b"}",
                        headers={"content-type": "application/json"})
    assert too_big.status_code == 413


def test_foreign_host_header_is_refused(live: LiveServer) -> None:
    refused = live.get("/api/events", headers={"Host": "attacker.example"})
    assert refused.status_code == 400 and refused.json()["parameter"] == "Host"
    assert live.get("/api/dyads", headers={"Host": "localhost:8000"}).status_code == 200


def test_reads_answer_503_while_another_process_writes(live: LiveServer, tmp_path: Path) -> None:
    db = tmp_path / "locked.duckdb"
    shutil.copy(live.db, db)
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('locked', flush=True); time.sleep(60)", str(db)], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        server = start_server(db)
        busy = next(server)
        response = busy.get("/api/events")
        assert response.status_code == 503
        assert int(response.headers["retry-after"]) > 0 and "locked" in response.json()["error"]
        server.close()
    finally:
        holder.kill()
        holder.wait()


def test_an_idle_server_lets_another_process_write(tmp_path: Path) -> None:
    from shadowline.web.access import StoreGate

    db = tmp_path / "shared.duckdb"
    with Store(db):
        pass
    gate = StoreGate(db, idle_release_s=0.5)
    writer = [sys.executable, "-c", "import duckdb, sys; duckdb.connect(sys.argv[1]).close()", str(db)]
    with gate.reading() as store:
        assert store.events() == []
        assert subprocess.run(writer, capture_output=True).returncode != 0  # held while reading
    time.sleep(2.0)
    assert subprocess.run(writer, capture_output=True).returncode == 0  # released once idle


def test_token_guards_every_api_call(world_store: Path) -> None:
    server = start_server(world_store, token="s3cret-token")
    guarded = next(server)
    try:
        assert guarded.get("/api/events").status_code == 401
        assert guarded.get("/api/events", headers={"Authorization": "Bearer wrong-token"}).status_code == 401
        ok = guarded.get("/api/events", params={"limit": 1}, headers={"Authorization": "Bearer s3cret-token"})
        assert ok.status_code == 200 and len(ok.json()) == 1
        assert guarded.get("/").status_code == 200  # the page itself holds no data
    finally:
        server.close()


@pytest.mark.model
def test_code_and_ingest_over_http(tmp_path: Path) -> None:
    db = tmp_path / "new.duckdb"
    server = start_server(db, token="s3cret-token", coder_options={"coder": "patterns"})
    live = next(server)
    auth = {"Authorization": "Bearer s3cret-token"}
    try:
        coded = live.post("/api/code", json={"text": "Russia criticised France.", "date": "2024-03-01"},
                          headers=auth).json()
        assert [(e["source"]["country"], e["target"]["country"]) for e in coded] == [("RUS", "FRA")]
        assert live.get("/api/events", headers=auth).status_code == 404  # nothing stored by coding
        doc = {"id": "a1", "date": "2024-03-01", "text": "Russia criticised France."}
        report = live.post("/api/ingest", json={"documents": [doc]}, headers=auth).json()
        assert (report["documents_written"], report["events_written"]) == (1, 1)
        again = live.post("/api/ingest", json={"documents": [doc]}, headers=auth).json()
        assert (again["documents_written"], again["documents_skipped"]) == (0, 1)
        stored = live.get("/api/events", headers=auth).json()
        assert [e["doc_id"] for e in stored] == ["a1"]
    finally:
        server.close()


def test_serve_refuses_an_exposed_host_without_a_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SHADOWLINE_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "--host" in result.output and "token" in result.output


def test_serve_command_starts_a_server(world_store: Path) -> None:
    port = free_port()
    command = [sys.executable, "-c", "from shadowline.cli import main; main()", "serve", "--db", str(world_store),
               "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/dyads", params={"limit": 1}, timeout=5)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.2)
        assert response.status_code == 200 and response.json()[0]["source"] == "AZE"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_results_of_the_library_have_to_dict(world_store: Path) -> None:
    with Store(world_store, read_only=True) as store:
        assert analysis.network(store).to_dict()["nodes"]


def test_the_server_uses_only_the_library_surface() -> None:
    import ast

    allowed = {"shadowline", "shadowline.api", "shadowline.analysis", "shadowline.errors"}
    web = Path(__file__).resolve().parents[2] / "src" / "shadowline" / "web"
    for source in web.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("shadowline"):
                assert node.module in allowed or node.module.startswith("shadowline.web"), (source.name, node.module)

