"""Selection: one event per sentence, dyad and type."""

from __future__ import annotations

import pytest

from shadowline.coding.selection import one_event_per_dyad
from shadowline.records import Actor, Event

SENTENCE = "The United States blamed Iran for the attacks, saying Tehran and Iranian troops were behind them."


def _event(source: Actor, target: Actor, confidence: float, plover_type: str = "ACCUSE",
           modality: str = "asserted", sentence_index: int = 0) -> Event:
    return Event("d1", sentence_index, SENTENCE, 0, len(SENTENCE), source, target, plover_type,
                 confidence=confidence, modality=modality, date="2019-09-16")


def test_one_sentence_gives_one_event_per_dyad_and_type_the_most_confident() -> None:
    usa, iran = Actor("The United States", "USA", "GOV"), Actor("Iran", "IRN", "GOV")
    tehran, troops = Actor("Tehran", "IRN", "GOV"), Actor("Iranian troops", "IRN", "MIL")
    first, second, third = _event(usa, iran, 0.9), _event(usa, tehran, 0.8), _event(usa, troops, 0.7)
    assert one_event_per_dyad([second, first, third]) == [first, third]


def test_other_types_modalities_sentences_and_unknown_countries_stay() -> None:
    usa, iran = Actor("The United States", "USA", "GOV"), Actor("Iran", "IRN", "GOV")
    unknown = Actor("the group", None)
    events = [_event(usa, iran, 0.9), _event(usa, iran, 0.8, plover_type="THREATEN"),
              _event(usa, iran, 0.8, modality="denied"), _event(usa, iran, 0.8, sentence_index=1),
              _event(unknown, iran, 0.9), _event(Actor("they", None), iran, 0.8), _event(iran, usa, 0.7)]
    assert one_event_per_dyad(events) == events


def test_named_organisations_or_leaders_of_one_state_and_sector_are_different_actors() -> None:
    iran = Actor("Iran", "IRN", "GOV")
    siemens = Actor("Siemens", "DEU", "BUS", name="Siemens", kind="organisation")
    daimler = Actor("Daimler", "DEU", "BUS", name="Daimler", kind="organisation")
    firms = Actor("German firms", "DEU", "BUS", kind="agent")
    events = [_event(siemens, iran, 0.9, "SANCTION"), _event(daimler, iran, 0.8, "SANCTION"),
              _event(firms, iran, 0.7, "SANCTION")]
    assert one_event_per_dyad(events) == events[:2]  # "German firms" restates the two
    engel = Actor("Eliot Engel", "USA", "LEG", name="Eliot Engel", kind="leader")
    schiff = Actor("Adam Schiff", "USA", "LEG", name="Adam Schiff", kind="leader")
    again = Actor("Engel", "USA", "LEG", name="Eliot Engel", kind="leader")
    events = [_event(engel, iran, 0.9), _event(schiff, iran, 0.8), _event(again, iran, 0.7)]
    assert one_event_per_dyad(events) == events[:2]


@pytest.mark.model
def test_a_resignation_is_from_ones_own_office_not_from_another_state(coder):
    events = coder.code_text("US envoy Kurt Volker resigned from his post on Ukraine on Friday.", date="2019-09-28")
    assert not [e for e in events if e.plover_type == "RETREAT" and e.target.country == "UKR"]
