"""The code stays ruff-clean and mypy-clean on coding/, store/, analysis/ and scale/ (STYLE.md)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is installed with the [test] extra")
def test_ruff_clean():
    result = subprocess.run(["ruff", "check", "src", "tests", "benchmarks", "scripts", "training"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_mypy_clean():
    pytest.importorskip("mypy", reason="mypy is installed with the [test] extra")
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
