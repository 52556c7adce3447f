"""docs/cli.md holds the real --help of every command."""

from __future__ import annotations

import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_cli_reference_is_current():
    module = runpy.run_path(str(ROOT / "scripts" / "build_cli_docs.py"), run_name="cli_docs")
    expected = module["render"]()
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == expected, "docs/cli.md is out of date: run python scripts/build_cli_docs.py"
