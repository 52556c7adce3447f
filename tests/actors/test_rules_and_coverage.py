"""Resolution rules for group members, bare states, sub-national authorities and goods, and a
sample of the leaders, organisations and armed groups in the team-written tables."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from shadowline.actors import resolve_actor


@pytest.mark.parametrize(
    ("text", "country", "sector", "name"),
    [
        ("Hamas fighters", "PSE", "REB", "Hamas"),
        ("Hezbollah commanders", "LBN", "REB", "Hezbollah"),
        ("ISIS members", "IMG", "REB", "Islamic State"),
        ("members of the PKK", "TUR", "REB", "PKK"),
        ("TTP militants", "PAK", "REB", "Tehrik-i-Taliban Pakistan"),
        ("CJNG gunmen", "MEX", "CRM", "Jalisco New Generation Cartel"),
        ("Mossad agents", "ISR", "SPY", "Mossad"),
        ("AKP members", "TUR", "PTY", "Justice and Development Party"),
    ],
)
def test_members_of_a_group_are_the_group(text, country, sector, name):
    actor = resolve_actor(text, date="2024")
    assert (actor.country, actor.sector, actor.name) == (country, sector, name)
    assert actor.via.endswith("+members")


def test_members_of_a_state_stay_an_agent_of_the_state():
    actor = resolve_actor("Russian commanders", date="2024")
    assert (actor.country, actor.sector, actor.name) == ("RUS", "MIL", None)


@pytest.mark.parametrize(("text", "country"), [("France", "FRA"), ("Kosovo", "XKX"), ("Greenland", "DNK"),
                                               ("Taiwan", "TWN"), ("New Caledonia", "FRA")])
def test_a_bare_state_or_territory_is_its_government(text, country):
    actor = resolve_actor(text)
    assert (actor.country, actor.sector, actor.cameo_role) == (country, "GOV", "GOV")


def test_an_agent_after_a_state_decides_the_sector():
    assert resolve_actor("France's army").sector == "MIL"
    assert resolve_actor("Greenland's police").sector == "COP"
    assert resolve_actor("the French").sector == "GOV"  # a demonym alone is the state acting (decision 0037)


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("the Catalan regional government", "ESP", "GOV"),
        ("the Scottish government", "GBR", "GOV"),
        ("the Kurdistan Regional Government", "IRQ", "GOV"),
        ("South Ossetian authorities", "GEO", "PRE"),
        ("Abkhaz leaders", "GEO", "PRE"),
        ("Transnistrian authorities", "MDA", "PRE"),
        ("Turkish Cypriot authorities", "CYP", "PRE"),
        ("Crimean authorities", "UKR", "PRE"),
        ("Russian-installed authorities in Zaporizhzhia", "UKR", "PRE"),
    ],
)
def test_sub_national_authorities(text, country, sector):
    actor = resolve_actor(text, date="2024")
    assert (actor.country, actor.sector) == (country, sector)


def test_kurdish_alone_names_no_state():
    actor = resolve_actor("Kurdish authorities")
    assert actor is None or actor.country is None


@pytest.mark.parametrize("text", ["Chinese-made drones", "Russian gas", "Iranian oil", "Russian drones",
                                  "Turkish-built drones", "US-supplied missiles", "Russian oil exports"])
def test_goods_are_not_actors(text):
    assert resolve_actor(text) is None


@pytest.mark.parametrize(
    ("text", "date", "country", "sector"),
    [
        ("Tiani", "2024", "NER", "GOV"),
        ("Goita", "2024", "MLI", "GOV"),
        ("Traoré", "2024", "BFA", "GOV"),
        ("Doumbouya", "2023", "GIN", "GOV"),
        ("Burhan", "2024", "SDN", "GOV"),
        ("Min Aung Hlaing", "2022", "MMR", "GOV"),
        ("Tusk", "2017", "EUR", "IGO"),
        ("Tusk", "2024", "POL", "GOV"),
        ("Kallas", "2022", "EST", "GOV"),
        ("Kallas", "2025", "EUR", "IGO"),
        ("Sikorski", "2024", "POL", "GOV"),
        ("Pistorius", "2024", "DEU", "GOV"),
        ("Gallant", "2024-03", "ISR", "GOV"),
        ("Ruto", "2024", "KEN", "GOV"),
        ("Tinubu", "2024", "NGA", "GOV"),
        ("Sheinbaum", "2025", "MEX", "GOV"),
        ("Tokayev", "2024", "KAZ", "GOV"),
        ("Mirziyoyev", "2024", "UZB", "GOV"),
        ("Rouhani", "2018", "IRN", "GOV"),
        ("Rouhani", "2023", "IRN", "ELI"),
        ("Kenyatta", "2023", "KEN", "ELI"),
        ("Nasrallah", "2023", "LBN", "REB"),
    ],
)
def test_leaders_of_all_states_by_date(text, date, country, sector):
    actor = resolve_actor(text, date=date)
    assert (actor.country, actor.sector) == (country, sector)


def test_defence_ministers_carry_the_military_role():
    actor = resolve_actor("Gallant", date="2024-03")
    assert actor.cameo_role == "MIL"


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Verkhovna Rada", "UKR", "LEG"), ("the Knesset", "ISR", "LEG"), ("Lok Sabha", "IND", "LEG"),
        ("Sejm", "POL", "LEG"), ("SBU", "UKR", "SPY"), ("ISI", "PAK", "SPY"), ("China Coast Guard", "CHN", "COP"),
        ("UNRWA", "UNO", "IGO"), ("the Fed", "USA", "GOV"), ("Yonhap", "KOR", "JRN"), ("Fars", "IRN", "JRN"),
        ("Rheinmetall", "DEU", "BUS"), ("TSMC", "TWN", "BUS"), ("Pemex", "MEX", "BUS"), ("COSATU", "ZAF", "LAB"),
        ("Al-Azhar", "EGY", "REL"), ("Likud", "ISR", "PTY"), ("CHP", "TUR", "OPP"),
        ("ELN", "COL", "REB"), ("FARC dissidents", "COL", "REB"), ("Sinaloa Cartel", "MEX", "CRM"),
        ("Fano", "ETH", "REB"), ("Kachin Independence Army", "MMR", "REB"), ("Ambazonian separatists", "CMR", "REB"),
        ("ADF", "COD", "REB"), ("Tren de Aragua", "VEN", "CRM"),
    ],
)
def test_organisations_and_armed_groups(text, country, sector):
    actor = resolve_actor(text, date="2024")
    assert (actor.country, actor.sector) == (country, sector)


def test_backers_of_armed_groups():
    assert resolve_actor("Asa'ib Ahl al-Haq").backer == "IRN"
    assert resolve_actor("Syrian National Army").backer == "TUR"


def test_common_words_are_not_organisations():
    for text in ("an economist", "forced labour", "at dawn", "the map", "US intel"):
        actor = resolve_actor(text)
        assert actor is None or actor.sector not in ("JRN", "PTY", "OPP", "BUS"), text
    assert resolve_actor("Muscat").country == "OMN"


def _rows(name):
    text = resources.files("shadowline.actors").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def test_team_tables_are_well_formed():
    for row in _rows("leaders.csv"):
        assert row["country"] and row["start"], row
        assert not row["end"] or row["end"] > row["start"], row
    codes = [row["code"] for row in _rows("organisations.csv")]
    assert len(codes) == len(set(codes))
    states = {row["country"] for row in _rows("leaders.csv")}
    assert len(states) >= 170

