"""What `pip install .` gives a user: every reader's imports are declared, and the metadata builds cleanly."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _requirement_names(requirements: list[str]) -> set[str]:
    return {re.split(r"[\s<>=!~;\[]", r, maxsplit=1)[0].lower().replace("-", "_") for r in requirements}


def test_the_html_cleaner_that_trafilatura_imports_is_a_declared_dependency():
    # lxml >= 5.2 ships lxml.html.clean as a separate project; without it every HTML input fails.
    import lxml.html.clean  # noqa: F401 - the import itself is the check

    declared = _requirement_names(metadata.requires("shadowline") or [])
    assert "lxml_html_clean" in declared


def test_html_reader_extracts_a_page_through_trafilatura(tmp_path):
    from shadowline.readers import read_documents

    page = tmp_path / "page.html"
    page.write_text("<html><body><article><p>" + "Paris accused Baku of interference. " * 8
                    + "</p></article></body></html>", encoding="utf-8")
    problems: list[object] = []
    [document] = read_documents([page], report=problems.append)
    assert not problems and "Paris accused Baku" in document.text


def test_licence_is_an_spdx_expression_with_its_files():
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "Apache-2.0"
    assert all((ROOT / name).is_file() for name in project["license-files"])
    assert not any(c.startswith("License ::") for c in project.get("classifiers", []))
