"""An owned thing or act stands for its owner ("a U.S. Supreme Court decision" is the court)."""

import pytest

from shadowline.actors import resolve_actor


@pytest.mark.parametrize(("text", "country", "sector"), [
    ("a French Constitutional Council ruling", "FRA", "JUD"),
    ("Turkey's refusal", "TUR", "GOV"),
    ("the Egyptian foreign minister's proposal", "EGY", "GOV"),
    ("the Iraqi government's request for help", "IRQ", "GOV"),
    ("Israeli military airstrikes", "ISR", "MIL"),
    ("Russian government shelling", "RUS", "MIL"),
    ("the drones launched by the Russian army", "RUS", "MIL"),
    ("Pakistan Air Force fighter jets", "PAK", "MIL"),
    ("Russian President Vladimir Putin's offer", "RUS", "GOV"),
    ("Mexico's restrictive immigration policy", "MEX", "GOV"),
    ("an Afghan army base", "AFG", "MIL"),
    ("a police headquarters in eastern Afghanistan", "AFG", "COP"),
    ("the stance of the Ukrainian government", "UKR", "GOV"),
    ("an ammunition depot of the Sudanese army", "SDN", "MIL"),
    ("the Kenyan president's remarks", "KEN", "GOV"),
    ("Greek ships", "GRC", "BUS"),
    ("a Colombian police helicopter", "COL", "COP"),
    ("Philippine boats", "PHL", "BUS"),
    ("a Philippine coast guard boat", "PHL", "COP"),
    ("a Houthi drone", "YEM", "REB"),
    ("militias loyal to the Libyan government", "LBY", "PRM"),
    ("militants linked to al-Qaeda", "IMG", "REB"),
    ("hackers tied to the Russian military", "RUS", "SPY"),
])
def test_an_owned_act_is_its_owner(text, country, sector):
    actor = resolve_actor(text)
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize("text", ["Russian missiles", "a Russian drone", "the decision", "Iranian oil exports",
                                  "Russia's economy", "the violation of Iraqi sovereignty", "judicial reform",
                                  "the attacks of Hamas' enemies"])
def test_a_state_weapon_or_an_ownerless_act_is_no_actor(text):
    assert resolve_actor(text) is None


@pytest.mark.parametrize(("text", "country", "sector"), [
    ("some parts of North Sinai", "EGY", None),
    ("the Deraa countryside", "SYR", None),
    ("in some parts of west Darfur", "SDN", None),
    ("the Aleppo suburbs", "SYR", None),
    ("a captivity in Iran", "IRN", "GOV"),
    ("several areas near the capital Damascus", "SYR", None),
    ("the mosque in Mosul", "IRQ", "REL"),
])
def test_a_part_of_a_states_ground_is_a_place_in_it(text, country, sector):
    actor = resolve_actor(text)
    assert (actor.country, actor.sector, actor.kind) == (country, sector, "place")


@pytest.mark.parametrize("text", ["the region", "some parts", "North District", "the border"])
def test_a_part_without_a_named_place_is_no_place(text):
    actor = resolve_actor(text)
    assert actor is None or actor.kind != "place"


def test_the_zionist_regime_is_israels_government():
    actor = resolve_actor("the Zionist regime's brutal attacks")
    assert (actor.country, actor.sector) == ("ISR", "GOV")


@pytest.mark.parametrize(("text", "country", "sector"), [("Palestinian factions", "PSE", "UNK"),
                                                         ("Tory MPs", "GBR", "LEG"),
                                                         ("a U.S. congressional report", "USA", "LEG"),
                                                         ("Iranian judicial officials", "IRN", "JUD")])
def test_factions_and_tory_members_have_their_state(text, country, sector):
    actor = resolve_actor(text, date="2025-01-01")
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize("text", ["anti-Israel protesters", "anti-Taliban forces",
                                  "an anti-Houthi, pro-government coalition"])
def test_what_a_phrase_is_against_is_not_what_it_is(text):
    actor = resolve_actor(text)
    assert actor is None or (actor.country is None and actor.name is None)


def test_a_person_opposed_still_places_the_phrase():
    assert resolve_actor("anti-Assad rebels").country == "SYR"
