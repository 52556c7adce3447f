"""The shipped ontology data are exactly what scripts/build_ontology.py makes from the sources."""

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
KNOWLEDGE = REPO.parent / "shared" / "data" / "knowledge"
DATA = REPO / "src" / "shadowline" / "ontology" / "data"


@pytest.mark.skipif(not (KNOWLEDGE / "plover").is_dir(), reason="source data (../shared) not present")
def test_build_reproduces_shipped_csvs(tmp_path):
    script = REPO / "scripts" / "build_ontology.py"
    subprocess.run([sys.executable, str(script), "--knowledge", str(KNOWLEDGE), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    built = sorted(p.name for p in tmp_path.glob("*.csv"))
    assert "cameo_events.csv" in built and "cameo_verb_patterns.csv" in built
    for name in built:
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name
