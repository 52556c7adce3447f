"""A bare surname in a story about a state is that state's namesake; IGO phrases; counts of a people."""

from __future__ import annotations

import pytest

from shadowline.actors import resolve_actor


def test_bare_surname_is_the_namesake_of_the_story_state() -> None:
    # "Vázquez told reporters in San Juan ..." in autumn 2019: Puerto Rico's governor, coded USA
    actor = resolve_actor("Vázquez", date="2019-10-01", country="USA")
    assert (actor.country, actor.sector, actor.name) == ("USA", "GOV", "Wanda Vázquez Garced")


def test_bare_surname_without_context_keeps_the_surname_index() -> None:
    actor = resolve_actor("Vázquez", date="2019-10-01")
    assert (actor.country, actor.name) == ("URY", "Tabaré Vázquez")


@pytest.mark.parametrize(("text", "date", "context", "country"), [
    ("Erdogan", "2019-10-09", "SYR", "TUR"),  # another state's leader with no namesake in the story's state
    ("Trump", "2019-10-01", "UKR", "USA"),
])
def test_surname_without_a_namesake_in_the_story_state_stays(text: str, date: str, context: str,
                                                             country: str) -> None:
    assert resolve_actor(text, date=date, country=context).country == country


@pytest.mark.parametrize(("text", "country", "sector"), [
    ("a UN weapons expert", "UNO", "IGO"),
    ("the EU's trade chief", "EUR", "IGO"),
    ("UN special rapporteur Maria Lindqvist", "UNO", "IGO"),
    ("The U.N. Fact-Finding Commission", "UNO", "IGO"),
    ("the UN's stabilisation force in Haiti", "UNO", "MIL"),
    ("the Africa Union", "AU", "IGO"),
])
def test_unknown_head_after_an_intergovernmental_body_is_the_body(text: str, country: str, sector: str) -> None:
    actor = resolve_actor(text)
    assert (actor.country, actor.sector) == (country, sector)
