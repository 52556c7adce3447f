"""An actor of an intergovernmental body has the body's code and sector IGO; its forces stay MIL
(docs/decisions/0031)."""

import pytest

from shadowline.actors import resolve_actor
from shadowline.records import Actor, same_government


@pytest.mark.parametrize(("text", "country"), [
    ("the European Commission", "EUR"),
    ("EU trade negotiators", "EUR"),
    ("a United Nations prosecutor", "UNO"),
    ("UN aid workers", "UNO"),
    ("the European Parliament", "EUR"),
])
def test_an_intergovernmental_body_is_igo(text, country):
    actor = resolve_actor(text)
    assert (actor.country, actor.sector) == (country, "IGO")


def test_peacekeepers_stay_military():
    actor = resolve_actor("UN peacekeepers")
    assert (actor.country, actor.sector) == ("UNO", "MIL")


def test_the_cameo_role_keeps_the_role_inside_the_body():
    assert resolve_actor("the European Parliament").cameo_role == "LEG"


def test_a_state_is_untouched():
    assert resolve_actor("the Belgian government").sector == "GOV"


def test_a_body_and_its_seat_are_one():
    seat, head = Actor("Brussels", "EUR", "IGO", kind="seat"), Actor("the EU president", "EUR", "IGO", kind="leader")
    assert same_government(seat, head)
