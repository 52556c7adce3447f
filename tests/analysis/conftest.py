"""Fixtures: stores built by the tests (see analysis_world.py)."""

from analysis_world import make_store, world, world_db, world_template  # noqa: F401
