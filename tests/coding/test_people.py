"""A person's state from how the document described them (``coding/people.py``)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def all_coder(coder):
    """The default coder keeping every typed pair (selection ``all``)."""
    from shadowline.coding.pipeline import Coder

    return Coder(nlp=coder.nlp, typer=coder.typer, events="all")


#: A story about one state, Saudi Arabia: names nothing else places take its state.
STORY = ("Saudi officials rejected the report on Monday. Saudi prosecutors charged eleven men with the murder. "
         "The Saudi king thanked the prosecutors. ")


def _countries_of(events, name):
    return {e.source.country for e in events if e.source.text == name}


def test_a_bare_name_keeps_the_nationality_a_copula_gave_it(all_coder):
    text = (STORY +
            "Leyla Korkmaz is a Turkish national who lives in Berlin. "
            "Korkmaz criticised the Saudi government on Tuesday.")
    events = all_coder.code_text(text, date="2019-09-30")
    assert _countries_of(events, "Korkmaz") == {"TUR"}


def test_a_bare_name_keeps_the_body_its_apposition_named(all_coder):
    text = (STORY +
            "Ana Ruiz, a UN rapporteur, visited the city in June. "
            "Ruiz urged the Saudi government to release the files.")
    events = all_coder.code_text(text, date="2019-09-30")
    assert _countries_of(events, "Ruiz") == {"UNO"}


def _described(coder, text, name):
    from shadowline.actors import resolve_actor
    from shadowline.coding.people import described_state

    head = next(t for t in coder.nlp(text) if t.text == name)
    return described_state(head, lambda phrase: resolve_actor(phrase, kb=coder.kb))


def test_a_description_that_makes_the_name_a_building_places_nobody(coder):
    text = "The president vowed to turn Santa Irene, formerly a Greek Orthodox church, into a mosque."
    assert _described(coder, text, "Irene") is None


def test_a_hyphenated_name_is_read_whole(coder):
    actor = _described(coder, "ABS-CBN chief executive Jose Ramos said the network would appeal.", "Ramos")
    assert actor is not None and actor.country == "PHL"
