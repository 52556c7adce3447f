"""Resolution of the phrases a user meets in news about the France-Azerbaijan shadow conflict."""

from __future__ import annotations

import pytest

from shadowline.actors import explain_actor, resolve_actor


@pytest.mark.parametrize(
    ("text", "date", "context", "country", "sector"),
    [
        ("Azerbaijan's state media", None, None, "AZE", "JRN"),
        ("the Kremlin", None, None, "RUS", "GOV"),
        ("Baku's top defense partner in Ankara", None, None, "TUR", "GOV"),
        ("French President Macron", "2024-05-01", None, "FRA", "GOV"),
        ("his defense cabinet", None, "FRA", "FRA", "GOV"),
        ("officials", None, "AZE", "AZE", "GOV"),
        ("TikTok", None, None, "CHN", "BUS"),
        ("Paris", None, None, "FRA", "GOV"),
        ("the Élysée", None, None, "FRA", "GOV"),
        ("Elysee", None, None, "FRA", "GOV"),
        ("Quai d'Orsay", None, None, "FRA", "GOV"),
        ("Downing Street", None, None, "GBR", "GOV"),
        ("the Pentagon", None, None, "USA", "GOV"),
        ("Zhongnanhai", None, None, "CHN", "GOV"),
        ("Azeri troops", None, None, "AZE", "MIL"),
        ("French troops in Mali", "2021", None, "FRA", "MIL"),
        ("the president of France", None, None, "FRA", "GOV"),
        ("Kanak nationalists", None, None, "FRA", "OPP"),
        ("Brussels", None, None, "EUR", "IGO"),
        ("Hezbollah", None, None, "LBN", "REB"),
        ("Gazprom", None, None, "RUS", "BUS"),
        ("Al Jazeera", None, None, "QAT", "JRN"),
    ],
)
def test_phrase_resolves_to_country_and_sector(text, date, context, country, sector):
    actor = resolve_actor(text, date=date, country=context)
    assert actor is not None
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize("text", ["the protests", "the growing diplomatic conflict", "Azerbaijani flags",
                                  "French soft power", "told us", ""])
def test_non_actors_resolve_to_none(text):
    assert resolve_actor(text) is None


def test_state_media_carries_cameo_media_role():
    actor = resolve_actor("Azerbaijan's state media")
    assert actor.cameo_role == "MED"
    assert actor.via.endswith("+agent")


def test_kremlin_is_a_metonym():
    assert resolve_actor("the Kremlin").via == "metonym"


def test_capital_metonym_for_paris():
    assert resolve_actor("Paris").via in ("metonym", "capital metonym")


def test_relational_head_is_not_the_possessor():
    actor = resolve_actor("Baku's top defense partner in Ankara")
    assert actor.country == "TUR"
    assert actor.via.startswith("relational")


def test_russia_funded_wagner_group():
    actor = resolve_actor("The Russian-funded Wagner Group")
    assert (actor.country, actor.sector, actor.name, actor.backer) == ("RUS", "PRM", "Wagner Group", "RUS")


def test_backed_juntas_take_country_from_context_only():
    without = resolve_actor("the Russian-backed juntas")
    assert (without.country, without.sector, without.cameo_role) == (None, "GOV", "MIL")
    assert without.backer == "RUS"
    with_context = resolve_actor("the Russian-backed juntas", country="MLI")
    assert (with_context.country, with_context.backer, with_context.via) == ("MLI", "RUS", "context+agent")


def test_kanak_nationalists_are_a_named_separatist_movement():
    actor = resolve_actor("Kanak nationalists")
    assert (actor.name, actor.cameo_role) == ("Kanak nationalists", "SEP")


@pytest.mark.parametrize("text", ["Erdogan", "Tayyip Erdogan", "Recep Tayyip Erdoğan",
                                  "Turkish President Tayyip Erdogan"])
def test_erdogan_by_any_name(text):
    actor = resolve_actor(text, date="2024")
    assert (actor.country, actor.sector, actor.via) == ("TUR", "GOV", "leader")
    assert actor.name == "Recep Tayyip Erdoğan"


def test_leaders_resolve_by_document_date():
    assert resolve_actor("President Biden", date="2024").country == "USA"
    assert resolve_actor("Biden", date="2024").sector == "GOV"
    assert resolve_actor("Biden", date="2025-06-01").sector == "ELI"
    assert resolve_actor("Trump", date="2019").sector == "GOV"
    assert resolve_actor("Trump", date="2023").sector == "ELI"
    assert resolve_actor("Trump", date="2025-03-01").sector == "GOV"


def test_the_president_is_an_office_not_a_person():
    actor = resolve_actor("the president")
    assert actor.name is None and actor.sector == "GOV" and actor.country is None
    assert resolve_actor("the president", country="FRA").country == "FRA"


def test_territories_and_breakaway_regions_belong_to_their_state():
    assert resolve_actor("New Caledonia").country == "FRA"
    assert resolve_actor("Abkhazia").country == "GEO"
    assert resolve_actor("Transnistria").country == "MDA"
    assert resolve_actor("Nagorno-Karabakh").country == "AZE"


def test_a_territory_with_its_own_cameo_code_keeps_it():
    # CAMEO codes Hong Kong HKG, not CHN; Puerto Rico is CAMEO USAPRI, the United States
    assert resolve_actor("Hong Kong police").country == "HKG"
    assert resolve_actor("Hongkongers").country == "HKG"
    assert resolve_actor("Bermuda").country == "BMU"
    assert resolve_actor("Puerto Rico").country == "USA"
    assert resolve_actor("Beijing").country == "CHN"


def test_explain_lists_the_steps_and_result():
    steps = explain_actor("Azerbaijan's state media")
    assert any("agent word" in s for s in steps)
    assert steps[-1].startswith("result: AZEMED")
    assert explain_actor("the protests")[-1] == "result: not an actor"


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("the Serbian rights group Vrabac", "SRB", "SOC"),  # unknown name: the descriptor names the actor
        ("the Moldovan state broadcaster Teleradio", "MDA", "JRN"),
        ("Portugal's CGT", "PRT", "LAB"),  # a union name shared across states: the written state wins
        ("Kyrgyz intelligence chief Kamchybek Tashiev", "KGZ", "SPY"),  # title newer than our dates
        ("former intelligence chief Kamchybek Tashiev", "KGZ", "ELI"),
        ("Amnesty International", "NGO", "SOC"),  # NGOs are PLOVER's civil society
    ],
)
def test_descriptors_titles_and_written_states(text, country, sector):
    actor = resolve_actor(text, date="2023-05-01")
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize("text", ["Ukrainian grain", "Kabul airport", "the Chinese yuan", "Russian gas exports"])
def test_a_state_word_before_an_unknown_word_is_not_a_descriptor(text):
    assert resolve_actor(text) is None


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Kenya's Tom Mboya", "KEN", None),  # a state's possessive before an unknown capitalised name
        ("Armenia's ruling Civil Contract party", "ARM", "GOV"),  # PLOVER: governing parties are GOV
        ("Thailand's opposition People's Party", "THA", "OPP"),  # and opposition parties OPP
        ("Zanu-PF", "ZWE", "PTY"),  # standing not written: a party
        ("Chilean carabineros", "CHL", "COP"),
    ],
)
def test_unknown_names_and_party_standing(text, country, sector):
    actor = resolve_actor(text, date="2024-05-01")
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


def test_lowercase_words_after_a_possessive_are_things():
    assert resolve_actor("Russia's gas") is None
    assert resolve_actor("Iran's nuclear programme") is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Islamic State fighters in Syria", "SYR"),  # a transnational group placed in a state takes it
        ("Iraq's Islamic State remnants", "IRQ"),
        ("ISIS members", "IMG"),
        ("Hamas fighters in Gaza", "PSE"),  # a group with a home state keeps it
    ],
)
def test_transnational_groups_take_the_state_they_are_placed_in(text, country):
    actor = resolve_actor(text)
    assert actor is not None and actor.country == country and actor.sector == "REB"


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("the Shin Bet security service", "ISR", "SPY"),  # a name, then what kind of body it is
        ("the United Auto Workers union", "USA", "LAB"),
        ("Chinese coast guard vessels", "CHN", "COP"),  # a body's ships stand for the body
        ("Dmitry Medvedev, deputy chairman of Russia's Security Council", "RUS", "GOV"),  # apposition
    ],
)
def test_names_followed_by_kind_words_and_appositions(text, country, sector):
    actor = resolve_actor(text, date="2024-07-01")
    assert actor is not None and (actor.country, actor.sector) == (country, sector)
