"""The command line is a thin layer over the library: it imports the library surface, nothing else of the core."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CLI = Path(__file__).resolve().parents[2] / "src" / "shadowline" / "cli"

#: What a command may import from shadowline: the surface, its errors and records, the CLI's own helpers, and
#: the other faces it starts (the web server) or the release tools behind ``shadowline eval``.
ALLOWED_MODULES = {"shadowline.api", "shadowline.analysis", "shadowline.errors", "shadowline.records",
                   "shadowline.web", "shadowline.web.server", "shadowline.evaluation"}
ALLOWED_NAMES = {"api", "analysis", "errors", "records", "__version__"}


def _imports(source: Path) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = []
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("shadowline"):
            found += [(node.module, alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(alias.name, None) for alias in node.names if alias.name.startswith("shadowline")]
    return found


def test_the_cli_imports_only_the_library_surface() -> None:
    sources = sorted(CLI.glob("*.py"))
    assert len(sources) >= 8
    for source in sources:
        for module, name in _imports(source):
            if module.startswith("shadowline.cli"):
                continue
            if module == "shadowline":
                assert name in ALLOWED_NAMES, (source.name, module, name)
            else:
                assert module in ALLOWED_MODULES, (source.name, module, name)


def test_every_command_opens_the_store_through_one_opener() -> None:
    for source in sorted(CLI.glob("*.py")):
        text = source.read_text(encoding="utf-8")
        if source.name != "options.py":
            assert "Store(" not in text and "DEFAULT_DB" not in text and "shadowline.duckdb" not in text, source.name


def test_the_surface_the_code_command_uses_loads_no_store() -> None:
    code = ("import sys\nfrom shadowline import api\nfrom shadowline.cli.options import library_errors\n"
            "import shadowline.cli.coding\nwith library_errors():\n    api.read([{'text': 'Baku accused Paris.'}])\n"
            "print(' '.join(sys.modules))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(run.stdout.split())
    assert not {"duckdb", "pyarrow", "networkx"} & loaded
