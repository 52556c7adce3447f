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


def test_a_title_before_a_name_decides_the_sector_whatever_words_the_name_holds():
    actor = resolve_actor("Nigerian Attorney-General Christian Okafor")  # not REL from "Christian"
    assert (actor.country, actor.sector) == ("NGA", "GOV")


@pytest.mark.parametrize(
    ("text", "name"),
    [("Minister of Foreign Affairs of Jordan Ayman Safadi", "Ayman Safadi"),
     ("Secretary of State of the United States Antony Blinken", "Antony Blinken")],
)
def test_a_phrase_opened_by_a_title_and_closed_by_a_known_person_is_the_person(text, name):
    actor = resolve_actor(text, date="2022-03-01")
    assert (actor.name, actor.sector) == (name, "GOV")


def test_an_adviser_is_an_official():
    actor = resolve_actor("Downing Street senior adviser Tom Ashworth")
    assert (actor.country, actor.sector) == ("GBR", "GOV")


def test_counterparts_are_officials_of_the_state_their_modifier_names():
    actor = resolve_actor("their Kenyan counterparts")
    assert (actor.country, actor.sector) == ("KEN", "GOV")
    assert resolve_actor("Uganda's counterparts") is None  # whose counterparts, not who they are


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [("a senior Sudanese rebel official", "SDN", "REB"), ("Kenyan intelligence police", "KEN", "SPY")],
)
def test_an_armed_group_or_intelligence_word_says_which_body_an_official_serves(text, country, sector):
    actor = resolve_actor(text)
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize("text", ["Taliban fighters", "the Taliban gunmen", "Taliban insurgents"])
def test_the_armed_men_of_a_ruling_armed_group_are_rebels(text):
    assert resolve_actor(text, date="2023-05-01").sector == "REB"


def test_the_taliban_are_placed_by_date_and_undated_take_the_present_reading():
    assert resolve_actor("the Taliban", date="2019-05-01").sector == "REB"
    assert resolve_actor("the Taliban", date="2023-05-01").sector == "GOV"
    assert resolve_actor("the Taliban").sector == "GOV"


@pytest.mark.parametrize(("text", "country"), [("Kenyans", "KEN"), ("Ukrainians", "UKR"),
                                               ("Lebanese and Syrians", "SYR")])
def test_a_people_in_the_plural_are_civilians(text, country):
    actor = resolve_actor(text)
    assert (actor.country, actor.sector) == (country, "CVL")


def test_a_demonym_in_the_singular_is_no_people():
    assert resolve_actor("Kenyan").sector == "GOV"  # alone it is the state acting (decision 0037)


@pytest.mark.parametrize("text", ["Kremlin critics", "critics of the Kremlin", "a prominent Kremlin critic"])
def test_critics_of_a_government_are_its_opposition(text):
    actor = resolve_actor(text)
    assert (actor.country, actor.sector) == ("RUS", "OPP")
