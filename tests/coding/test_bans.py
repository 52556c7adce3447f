"""Bans and sanctions told without who imposed them (``bans.ban_pairs``)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _triples(events):
    return {(e.source.country, e.plover_type, e.target.country) for e in events}


def test_a_group_banned_in_a_state_is_that_states_coercion(coder):
    events = coder.code_text("The Muslim Brotherhood is banned in Egypt.", date="2020-03-02")
    assert ("EGY", "COERCE", "EGY") in _triples(events)


def test_a_banned_organisation_in_a_state_is_that_states_coercion(coder):
    events = coder.code_text("Hamas is a banned militant group in Egypt, officials said on Monday.",
                             date="2020-03-02")
    assert ("EGY", "COERCE", "PSE") in _triples(events)


def test_a_later_sanction_is_by_the_state_that_imposed_the_first(coder):
    text = ("In 2018 the United States imposed sanctions on Venezuelan Vice President Tareck El Aissami. "
            "El Aissami was sanctioned again in 2020 over drug trafficking charges.")
    events = [e for e in coder.code_text(text, date="2021-01-10") if e.sentence_index == 1]
    assert ("USA", "SANCTION", "VEN") in _triples(events)


def test_a_relative_clause_or_a_named_agent_adds_no_unnamed_state(coder):
    for text in ("The court heard the appeal of a Canadian activist who was barred from entering Israel.",
                 "The party was banned by the military junta in Myanmar."):
        events = coder.code_text(text, date="2020-03-02")
        assert not [e for e in events if e.source.text == "government"], text
