"""People killed in an attack the sentence names by its noun (``implicit.attack_victim_pairs``)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def all_coder(coder):
    """The default coder keeping every typed pair (selection ``all``)."""
    from shadowline.coding.pipeline import Coder

    return Coder(nlp=coder.nlp, typer=coder.typer, events="all")


def _assaults(events):
    return {(e.source.country, e.target.country) for e in events if e.plover_type == "ASSAULT"}


#: An attack told with its author, before the sentences that name it by its noun.
ATTACK_TOLD = "Israeli jets struck a compound in Gaza on Sunday. The Israeli army carried out the airstrike at dawn. "


def test_killed_in_the_attack_told_before_is_its_authors_assault(coder):
    text = ATTACK_TOLD + "Hamas commander Omar Saleh, who was also killed in the airstrike, had led the brigade."
    events = [e for e in coder.code_text(text, date="2021-05-20") if e.sentence_index == 2]
    assert ("ISR", "ASSAULT", "PSE") in {(e.source.country, e.plover_type, e.target.country) for e in events}


def test_died_in_an_attack_whose_author_the_sentence_names(coder):
    events = coder.code_text("Forty people died in the bombing, reportedly carried out by the Taliban.",
                             date="2019-01-24")
    assert [e for e in events if e.plover_type == "ASSAULT" and "Taliban" in e.source.text]


def test_a_new_attack_or_a_restrictive_relative_clause_takes_no_earlier_author(all_coder):
    for last in ("Two Hamas fighters were killed in an airstrike near Rafah on Monday.",
                 "The families of the Hamas fighters who were killed in the airstrike gathered outside the hospital."):
        events = [e for e in all_coder.code_text(ATTACK_TOLD + last, date="2021-05-20") if e.sentence_index == 2]
        assert not _assaults(events), last
