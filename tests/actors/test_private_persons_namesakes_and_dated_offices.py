"""A man named by where he is from, namesakes of office holders, and office holders on a story's date
(docs/decisions/0037)."""

from __future__ import annotations

import pytest

from shadowline.actors import resolve_actor


@pytest.mark.parametrize(
    ("text", "country"),
    [("a Jordanian man", "JOR"), ("two men from Hebron", "PSE"), ("an Ohio man", "USA"),
     ("Tunisian men", "TUN"), ("a man in Tripoli", "LBY")],
)
def test_a_man_named_by_where_he_is_from_is_a_civilian(text, country):
    actor = resolve_actor(text)
    assert (actor.country, actor.sector) == (country, "CVL")


@pytest.mark.parametrize("text", ["Hezbollah men", "Kremlin men"])
def test_a_man_named_by_a_group_or_a_seat_of_government_keeps_no_sector(text):
    assert resolve_actor(text).sector == "UNK"


@pytest.mark.parametrize(("text", "date", "sector"),
                         [("Jeh Johnson", "2017-01-25", "GOV"),  # five days after leaving office
                          ("Tabaré Vázquez", "2020-03-05", "GOV"),
                          ("Jeh Johnson", "2017-03-01", "ELI"),  # six weeks after: out of office
                          ("former Homeland Security Secretary Jeh Johnson", "2017-01-25", "ELI")])
def test_a_story_days_after_an_office_ends_tells_of_the_office_holder(text, date, sector):
    assert resolve_actor(text, date=date).sector == sector


@pytest.mark.parametrize(("text", "date", "name"),
                         [("Governor Ricardo Rosselló", "2018-03-10", "Ricardo Rosselló"),
                          ("Puerto Rico's justice secretary Wanda Vázquez", "2018-11-20", "Wanda Vázquez Garced"),
                          ("Governor Wanda Vázquez", "2020-09-14", "Wanda Vázquez Garced")])
def test_puerto_rico_office_holders_are_known_on_the_date(text, date, name):
    actor = resolve_actor(text, date=date)
    assert (actor.country, actor.sector, actor.name) == ("USA", "GOV", name)
