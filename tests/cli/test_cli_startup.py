"""The command line starts light: `shadowline code` does not pay for the analysis, server or store imports."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from shadowline.cli import COMMAND_MODULES, cli

HEAVY = {"networkx", "matplotlib", "fastapi", "uvicorn", "dask", "distributed", "pyarrow", "duckdb", "spacy"}


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", f"import sys\n{code}\nprint(' '.join(sys.modules))"],
                         capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_importing_the_cli_leaves_the_heavy_libraries_alone() -> None:
    assert not HEAVY & _modules_after("import shadowline.cli")


def test_looking_up_the_code_command_imports_only_the_coding_commands() -> None:
    loaded = _modules_after("from shadowline.cli import cli\nimport click\n"
                            "assert cli.get_command(click.Context(cli), 'code') is not None")
    assert not HEAVY & loaded
    assert "shadowline.cli.coding" in loaded
    assert not {"shadowline.cli.analysis", "shadowline.cli.serve", "shadowline.cli.interop"} & loaded


def test_every_command_is_still_listed_and_runs_its_help() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    listed = {line.split()[0] for line in result.output.split("Commands:")[1].splitlines() if line.startswith("  ")
              and not line.startswith("    ")}
    assert set(COMMAND_MODULES) <= listed
    for name in ("dyad", "serve", "export", "actors", "eval"):
        help_result = CliRunner().invoke(cli, [name, "--help"])
        assert help_result.exit_code == 0 and "Usage: " in help_result.output, name
    unknown = CliRunner().invoke(cli, ["nosuchcommand"])
    assert unknown.exit_code == 2 and "No such command" in unknown.output
