"""Transnational groups placed by the phrase or the context, bare demonyms acting as a state, and titles
of office holders without a date (docs/decisions/0037)."""

from __future__ import annotations

import pytest

from shadowline.actors import resolve_actor


@pytest.mark.parametrize(
    ("text", "country"),
    [("Islamic State fighters in Iraq's Anbar province", "IRQ"),
     ("IS leaders in eastern Afghanistan", "AFG"),
     ("IS commanders in Mosul", "IRQ"),
     ("Daesh fighters near Raqqa", "SYR")],
)
def test_a_transnational_group_takes_the_state_the_phrase_places_it_in(text, country):
    actor = resolve_actor(text)
    assert (actor.country, actor.sector) == (country, "REB")


def test_a_word_of_no_sector_after_a_named_group_stands_for_the_group():
    actor = resolve_actor("Islamic State targets in Iraq's Nineveh province")
    assert (actor.country, actor.sector) == ("IRQ", "REB")


def test_an_unplaced_transnational_group_takes_the_context_state():
    assert resolve_actor("Daesh", country="IRQ").country == "IRQ"
    assert resolve_actor("al-Qaeda fighters", country="YEM").country == "YEM"
    assert resolve_actor("Daesh").country == "IMG"  # no context: the group's own code


@pytest.mark.parametrize(("text", "country"), [("Kenyan", "KEN"), ("the French", "FRA"), ("[the Egyptian]", "EGY")])
def test_a_singular_demonym_alone_is_the_state_acting(text, country):
    actor = resolve_actor(text)
    assert (actor.country, actor.sector, actor.kind) == (country, "GOV", "people")


@pytest.mark.parametrize(("text", "country"), [("the Rohingya", "MMR"), ("Uyghurs", "CHN"), ("Tibetan", "CHN"),
                                               ("Navajo", "USA")])
def test_the_people_of_a_region_are_civilians_however_named(text, country):
    actor = resolve_actor(text)
    assert (actor.country, actor.sector) == (country, "CVL")
    assert resolve_actor(f"{text.removeprefix('the ')} refugees").country == country


def test_a_demonym_with_other_words_keeps_its_reading():
    assert resolve_actor("Kenyan police").sector == "COP"
    assert resolve_actor("Egyptians").sector == "CVL"  # a people in the plural (decision 0034)
    assert resolve_actor("the Egyptians").sector == "GOV"  # "the" and the plural alone (decision 0042)


@pytest.mark.parametrize("text", ["President Reagan", "the Reagan administration"])
def test_an_office_word_without_a_date_is_the_office_held(text):
    actor = resolve_actor(text)
    assert (actor.country, actor.sector) == ("USA", "GOV")


def test_a_date_after_the_term_or_former_keeps_the_elite_reading():
    assert resolve_actor("President Reagan", date="1996-03-01").sector == "ELI"
    assert resolve_actor("President Reagan", date="1984-03-01").sector == "GOV"
    assert resolve_actor("Reagan Administration", date="2001-05-01").sector == "ELI"
