"""The report tests reuse the analysis fixtures (the mini-world store)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "analysis"))

from analysis_world import make_store, world, world_db, world_template  # noqa: E402,F401
