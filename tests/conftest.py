"""Shared fixtures: one spaCy-backed coder per test session (the models load once)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def pattern_coder():
    """The dictionary coder (CAMEO verb patterns): deterministic, no learned model."""
    from shadowline.coding.pipeline import Coder

    return Coder(coder="patterns")


@pytest.fixture(scope="session")
def coder():
    """The default coder (the shipped classifier where it is present)."""
    from shadowline.coding.pipeline import Coder

    return Coder()
