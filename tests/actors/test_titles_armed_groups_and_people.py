"""A title decides the sector, armed groups by their words and dates, peoples as people (docs/decisions/0034)."""

from __future__ import annotations

import pytest

from shadowline.actors import resolve_actor


@pytest.mark.parametrize(
    ("text", "cameo"),
    [("the Zambian information minister", "MED"), ("Minister for Communications Daniel Okoro", "MED")],
)
def test_a_minister_is_in_government_whatever_the_portfolio(text, cameo):
    actor = resolve_actor(text, country="ZMB")
    assert (actor.sector, actor.cameo_role) == ("GOV", cameo)
