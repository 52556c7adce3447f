"""`shadowline eval` finds its development data from any folder, or says which option to pass."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from shadowline import evaluation
from shadowline.cli import cli

ROOT = Path(__file__).resolve().parents[2]


def test_the_default_data_is_found_from_another_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(evaluation, "CHECKOUT", ROOT)  # the package runs from this checkout (editable install)
    found = evaluation.development_files(*evaluation.CLASSIFY_DATA)
    assert ROOT / "benchmarks" / "data" / "events_heldout.jsonl" in found
    assert all(path.is_file() and path.is_relative_to(ROOT.parent) for path in found)


def test_an_installed_package_finds_the_data_from_a_folder_inside_the_checkout(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evaluation, "CHECKOUT", tmp_path / "site-packages")
    monkeypatch.chdir(ROOT / "docs")
    found = evaluation.development_files(*evaluation.CLASSIFY_DATA)
    assert ROOT / "benchmarks" / "data" / "events_heldout.jsonl" in found


def test_without_data_the_error_names_the_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(evaluation, "CHECKOUT", tmp_path / "installed")
    result = CliRunner().invoke(cli, ["eval", "classify"])
    assert result.exit_code == 4, result.output
    assert "pass --data FILE" in result.output and "events_heldout.jsonl" in result.output
    assert "Traceback" not in result.output
