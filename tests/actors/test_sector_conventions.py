"""PLOVER sector conventions on people and bodies: former office holders, legislators, religion, civil society."""

from __future__ import annotations

import pytest

from shadowline.actors import explain_actor, resolve_actor


@pytest.mark.parametrize(
    ("text", "date", "country", "sector", "cameo"),
    [
        ("Keir Starmer", "2022-06-01", "GBR", "LEG", "OPP"),  # Leader of the Opposition, an MP
        ("The Senate Minority Leader, Chuck Schumer", "2019-11-01", "USA", "LEG", "OPP"),
        ("Yair Lapid", "2024-03-01", "ISR", "LEG", "OPP"),
        ("Alexei Navalny", "2020-08-20", "RUS", "OPP", "OPP"),  # opposition outside parliament
    ],
)
def test_a_leader_of_the_opposition_in_parliament_is_a_legislator(text, date, country, sector, cameo):
    actor = resolve_actor(text, date=date)
    assert (actor.country, actor.sector, actor.cameo_role) == (country, sector, cameo)


def test_a_title_in_the_phrase_says_what_someone_was_before_their_office():
    # Kash Patel's first office in the tables is the FBI (2025): before it the title says what he was
    assert resolve_actor("Kash Patel", date="2022-06-01").sector == "COP"
    assert resolve_actor("Congressman Kash Patel", date="2022-06-01").sector == "LEG"
    # Pompeo's first office is his House seat (2011): before it, a title of his later office gives its sector
    assert resolve_actor("Mike Pompeo", date="2016-06-01").sector == "LEG"
    assert resolve_actor("CIA Director Mike Pompeo", date="2010-06-01").sector == "SPY"


@pytest.mark.parametrize(
    ("text", "date", "sector"),
    [("JD Vance", "2023-11-01", "LEG"), ("JD Vance", "2025-11-01", "GOV"), ("Marco Rubio", "2023-06-01", "LEG"),
     ("Mitch McConnell", "2025-06-01", "LEG"), ("Nancy Pelosi", "2024-01-01", "LEG")],
)
def test_a_sitting_legislator_is_legislature(text, date, sector):
    assert resolve_actor(text, date=date).sector == sector


@pytest.mark.parametrize(
    ("text", "date", "sector"),
    [("Joe Biden", "2019-06-01", "ELI"), ("Joe Biden", "2015-06-01", "GOV"), ("Joe Biden", "2026-03-01", "ELI"),
     ("Rick Scott", "2017-06-01", "GOV"), ("Rick Scott", "2023-06-01", "LEG")],
)
def test_an_office_holder_is_elite_between_and_after_terms(text, date, sector):
    assert resolve_actor(text, date=date).sector == sector


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [("the Dalai Lama", "CHN", "REL"), ("Patriarch Bartholomew", "TUR", "REL"), ("Patriarch Kirill", "RUS", "REL"),
     ("B'Tselem", "ISR", "SOC"), ("Save the Children", "NGO", "SOC"), ("Amnesty International", "NGO", "SOC"),
     ("Azertag", "AZE", "JRN"), ("Russia's Black Sea Fleet", "RUS", "MIL"), ("Eastern Theater Command", "CHN", "MIL"),
     ("Deutsche Telekom", "DEU", "BUS"), ("JAXA", "JPN", "GOV")],
)
def test_religious_leaders_civil_society_agencies_and_formations(text, country, sector):
    actor = resolve_actor(text, date="2024-06-01")
    assert (actor.country, actor.sector) == (country, sector)


def test_former_before_a_name_makes_the_person_elite_whatever_the_date():
    assert resolve_actor("Barack Obama", date="2015-06-01").sector == "GOV"
    assert resolve_actor("former US President Barack Obama", date="2015-06-01").sector == "ELI"
    assert resolve_actor("former US President Barack Obama").sector == "ELI"


def test_then_before_a_title_is_the_office_at_the_time_told():
    assert resolve_actor("Thaksin Shinawatra", date="2019-09-01").sector == "ELI"
    assert resolve_actor("then-prime-minister Thaksin Shinawatra", date="2019-09-01").sector == "GOV"
    assert resolve_actor("the then president", country="USA").sector == "GOV"


@pytest.mark.parametrize(
    ("text", "date", "country"),
    [("NATO Secretary-General Jens Stoltenberg", "2020-01-01", "NATO"), ("Guterres", "2024-06-01", "UNO"),
     ("Martin Griffiths", "2022-06-01", "UNO")],
)
def test_the_head_of_an_intergovernmental_body_is_coded_as_the_body(text, date, country):
    actor = resolve_actor(text, date=date)
    assert (actor.country, actor.sector) == (country, "IGO")


def test_the_us_house_by_its_full_name_is_the_legislature():
    assert resolve_actor("the United States House of Representatives").sector == "LEG"


def test_an_apposition_naming_an_office_gives_the_sector_our_dates_lack():
    assert resolve_actor("Zalmay Khalilzad", date="2023-03-01").sector == "ELI"
    assert resolve_actor("Zalmay Khalilzad, a US peace envoy", date="2023-03-01").sector == "GOV"
    assert resolve_actor("Zalmay Khalilzad, a former US envoy", date="2023-03-01").sector == "ELI"
    assert "the apposition 'a US peace envoy' gives the office" in "\n".join(
        explain_actor("Zalmay Khalilzad, a US peace envoy", date="2023-03-01"))
