"""Fuzz the REST API from its own OpenAPI schema (schemathesis): valid and invalid inputs to every
operation; none may give a 5xx, every answer must be one the schema declares, invalid input must be
refused, and a refusal's JSON body says what was wrong."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is in the [test] extra")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from live_server import LiveServer, start_server  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    negative_data_rejection,
    status_code_conformance,
)

from shadowline.web.app import create_app  # noqa: E402

TOKEN = "fuzz-token-123"
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, negative_data_rejection]
# The schema is the app's own; ingest is left out because it writes (its validation is the same code).
SCHEMA = schemathesis.openapi.from_dict(create_app("unused.duckdb").openapi())
OPERATIONS = [op for op in (r.ok() for r in SCHEMA.get_all_operations()) if op.path != "/api/ingest"]


@pytest.fixture(scope="module")
def fuzzed_server(world_store: Path) -> Iterator[LiveServer]:
    # the dictionary coder keeps POST /api/code fast and deterministic
    yield from start_server(world_store, token=TOKEN, coder_options={"coder": "patterns"})


@pytest.mark.model
@pytest.mark.parametrize("mode", list(GenerationMode), ids=lambda m: m.value)
@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.label)
def test_api_answers_every_input_properly(fuzzed_server: LiveServer, operation, mode) -> None:  # type: ignore[no-untyped-def]
    @given(case=operation.as_strategy(mode))
    @settings(max_examples=15, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case) -> None:  # type: ignore[no-untyped-def]
        response = case.call(base_url=fuzzed_server.url, headers={"Authorization": f"Bearer {TOKEN}"})
        case.validate_response(response, checks=CHECKS)
        if response.status_code >= 400:
            assert response.json()["error"]

    check()
