"""The ``actors`` command group."""

from __future__ import annotations

import json

import click
from click.testing import CliRunner


def _cli() -> click.Group:
    """The real command line (its context settings are those users get)."""
    from shadowline.cli import cli

    return cli


def test_search_prints_a_table():
    result = CliRunner().invoke(_cli(), ["actors", "search", "Kremlin"])
    assert result.exit_code == 0
    assert "RUS" in result.output


def test_show_json():
    result = CliRunner().invoke(_cli(), ["actors", "show", "TIKTOK", "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data[0]["country"] == "CHN" and data[0]["sector"] == "BUS"
