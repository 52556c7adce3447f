"""Office holders (office_holders.csv), surnames used alone, and towns that share a person's name."""

from __future__ import annotations

import csv
import re
from importlib import resources

import pytest

from shadowline.actors import resolve_actor
from shadowline.actors.knowledge import Entry, KnowledgeBase
from shadowline.actors.surnames import add_surnames

SECTORS = {"GOV", "MIL", "SPY", "LEG", "OPP", "JUD", "PTY", "PRM", "COP", "REB", "REL", "BUS", "PRE", "IGO", "CRM"}


def _table(name: str) -> list[dict[str, str]]:
    text = resources.files("shadowline.actors").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@pytest.mark.parametrize(
    ("text", "date", "country", "sector", "name"),
    [
        ("Nabiullina", "2023-03-01", "RUS", "GOV", "Elvira Nabiullina"),
        ("Treasury Secretary Janet Yellen", "2022-05-01", "USA", "GOV", "Janet Yellen"),
        ("Yellen", "2016-05-01", "USA", "GOV", "Janet Yellen"),
        ("Bessent", "2025-06-01", "USA", "GOV", "Scott Bessent"),
        ("Jerome Powell", "2024-01-01", "USA", "GOV", "Jerome Powell"),
        ("Kwarteng", "2023-05-01", "GBR", "ELI", "Kwasi Kwarteng"),
        ("Speaker Lindsay Hoyle", "2024-01-01", "GBR", "LEG", "Lindsay Hoyle"),
        ("Radakin", "2023-01-01", "GBR", "MIL", "Tony Radakin"),
        ("Anne Keast-Butler", "2024-01-01", "GBR", "SPY", "Anne Keast-Butler"),
        ("Chrystia Freeland", "2023-05-01", "CAN", "GOV", "Chrystia Freeland"),
        ("Bolton", "2019-06-01", "USA", "GOV", "John Bolton"),
        ("Bolton", "2023-06-01", "USA", "ELI", "John Bolton"),
        # governors and heads of large sub-national units, interior ministers, occupation heads
        ("Governor Gavin Newsom", "2024-01-01", "USA", "GOV", "Gavin Newsom"),
        ("Rick Scott", "2017-06-01", "USA", "GOV", "Rick Scott"),
        ("Rick Scott", "2023-06-01", "USA", "LEG", "Rick Scott"),  # governor, then senator
        ("Belgorod governor Vyacheslav Gladkov", "2024-08-01", "RUS", "GOV", "Vyacheslav Gladkov"),
        ("Khinshtein", "2025-03-01", "RUS", "GOV", "Alexander Khinshtein"),
        ("Yogi Adityanath", "2022-01-01", "IND", "GOV", "Yogi Adityanath"),
        ("Uddhav Thackeray", "2024-01-01", "IND", "ELI", "Uddhav Thackeray"),
        ("Oleh Syniehubov", "2023-01-01", "UKR", "GOV", "Oleh Syniehubov"),
        ("Pushilin", "2023-01-01", "UKR", "PRE", "Denis Pushilin"),
        ("Interior Minister Annelies Verlinden", "2022-01-01", "BEL", "GOV", "Annelies Verlinden"),
        ("Kierwinski", "2024-01-01", "POL", "GOV", "Marcin Kierwiński"),
        ("Tomomi Inada", "2017-01-01", "JPN", "GOV", "Tomomi Inada"),
    ],
)
def test_office_holder_resolves_by_name_or_surname(text, date, country, sector, name):
    actor = resolve_actor(text, date=date)
    assert actor is not None
    assert (actor.country, actor.sector, actor.name) == (country, sector, name)


def test_bare_small_town_named_like_a_person_is_no_actor():
    assert resolve_actor("David") is None  # David, Panama (80,000 people)


@pytest.mark.parametrize(
    ("text", "country"),
    [("in David", "PAN"), ("in Bolton", "GBR"), ("a hospital in Bolton", "GBR"), ("police in Bolton", "GBR")],
)
def test_a_location_word_makes_the_town(text, country):
    actor = resolve_actor(text, date="2019-06-01")
    assert actor is not None and actor.country == country


def test_another_given_name_before_a_surname_is_another_person():
    assert resolve_actor("Brigitte Macron", date="2024-06-01") is None  # not the president
    actor = resolve_actor("Texas Governor Greg Abbott", date="2024-06-01")
    assert actor is not None and (actor.country, actor.name) == ("USA", "Greg Abbott")  # not Tony Abbott
    assert resolve_actor("Mr Pompeo", date="2019-01-01").name == "Mike Pompeo"


def _person(name: str, start: str, end: str | None) -> Entry:
    return Entry(code=name, kind="person", name=name, country="USA", sector="GOV", start=start, end=end)


def test_surname_indexed_only_when_its_holders_never_overlap():
    kb = KnowledgeBase()
    apart = [kb.add(_person("Ann Quillfeather", "2001-01-01", "2005-01-01"), ["Ann Quillfeather"]),
             kb.add(_person("Bob Quillfeather", "2010-01-01", None), ["Bob Quillfeather"])]
    together = [kb.add(_person("Cal Vandermoot", "2001-01-01", "2012-01-01"), ["Cal Vandermoot"]),
                kb.add(_person("Dee Vandermoot", "2010-01-01", None), ["Dee Vandermoot"])]
    assert add_surnames(kb, apart + together) == 1
    assert {e.name for e in kb.lookup("quillfeather")} == {"Ann Quillfeather", "Bob Quillfeather"}
    assert kb.lookup("vandermoot") == []


def test_surname_of_a_family_name_first_state_is_not_indexed():
    kb = KnowledgeBase()
    number = kb.add(Entry(code="Pan Gongsheng", kind="person", name="Pan Gongsheng", country="CHN"),
                    ["Pan Gongsheng"])
    assert add_surnames(kb, [number]) == 0


def test_office_table_rows_are_complete_and_new():
    rows = _table("office_holders.csv")
    leaders = {(r["name"], r["country"], r["role"]) for r in _table("leaders.csv")}
    date = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
    assert len(rows) >= 250
    for row in rows:
        where = f"office_holders.csv: {row['name']} ({row['role']})"
        assert re.fullmatch(r"[A-Z]{2,5}", row["country"]), where  # ISO3 or an IGO code (NATO)
        assert row["sector"] in SECTORS, where
        assert row["source"].strip(), where
        assert date.match(row["start"]) and (not row["end"] or date.match(row["end"])), where
        assert not row["end"] or row["start"] < row["end"], where
        assert (row["name"], row["country"], row["role"]) not in leaders, where


def test_added_media_and_officials_of_the_philippines_hong_kong_the_emirates_and_indonesia():
    assert (resolve_actor("ABS-CBN").country, resolve_actor("ABS-CBN").sector) == ("PHL", "JRN")  # not the CBN
    assert resolve_actor("GMA Network").country == "PHL"
    assert (resolve_actor("Abu Dhabi Media").sector, resolve_actor("Abu Dhabi Media").kind) == ("JRN", "organisation")
    assert (resolve_actor("Carrie Lam", date="2019-08-01").country, resolve_actor("John Lee", date="2023-01-01").name) \
        == ("HKG", "John Lee")
    assert resolve_actor("Wiranto", date="2019-10-10").sector == "GOV"
    assert resolve_actor("Budi Gunawan", date="2019-10-10").sector == "SPY"  # head of the intelligence agency
    assert resolve_actor("Budi Gunawan", date="2025-01-10").sector == "GOV"  # then security minister


def test_a_surname_that_folds_to_an_english_word_stands_for_nobody():
    # Seglaro Abel Somé, Burkina Faso's finance minister in 2022: "some" is no name
    actor = resolve_actor("Some of the protesters Wikinews", date="2022-05-01")
    assert actor is None or actor.country is None
    assert resolve_actor("Abel Somé", date="2022-05-01").country == "BFA"


def test_a_surname_shared_with_someone_in_national_office_is_theirs():
    kb = KnowledgeBase()
    numbers = [kb.add(Entry(code=name, kind="person", name=name, country=country, role=role, start="2019-01-01"),
                      [name]) for name, country, role in (("Nora Quellbright", "ISR", "head of government"),
                                                          ("Tim Quellbright", "GBR", "party leader"),
                                                          ("Ann Vandermoot", "CAN", "provincial premier"),
                                                          ("Bob Vandermoot", "CAN", "mayor"))]
    add_surnames(kb, numbers)
    assert [e.name for e in kb.lookup("quellbright")] == ["Nora Quellbright"]
    assert kb.lookup("vandermoot") == []  # two local offices at once: neither


def test_a_surname_is_the_highest_office_holders_at_each_time():
    kb = KnowledgeBase()
    people = (("Bo Quarrister", "GBR", "head of government", "2019-07-01", "2022-09-01"),
              ("Mo Quarrister", "USA", "representative", "2017-01-01", None),
              ("Mo Quarrister", "USA", "speaker", "2023-10-01", None),
              ("Jo Quarrister", "USA", "senator", "2011-01-01", None),
              ("Rik Brindlemoss", "USA", "energy minister", "2017-03-01", "2019-12-01"),
              ("Ed Brindlemoss", "USA", "representative", "2013-01-01", None))
    numbers = [kb.add(Entry(code=name, kind="person", name=name, country=country, role=role, start=start, end=end),
                      [name]) for name, country, role, start, end in people]
    add_surnames(kb, numbers)
    # the prime minister outranks the members of a legislature in office with him; the speaker came later
    assert {(e.name, e.role) for e in kb.lookup("quarrister")} == {("Bo Quarrister", "head of government"),
                                                                   ("Mo Quarrister", "speaker")}
    assert [e.name for e in kb.lookup("brindlemoss")] == ["Rik Brindlemoss"]  # a minister, not a congressman


def test_bare_surnames_of_the_tables_on_real_names():
    bennett = resolve_actor("Bennett", date="2021-08-01")
    assert (bennett.country, bennett.name) == ("ISR", "Naftali Bennett")
    houston = resolve_actor("Houston", date="2023-01-01")
    assert (houston.country, houston.kind) == ("USA", "place")  # the city, not Nova Scotia's premier
    assert resolve_actor("Peter", date="2020-01-01") is None  # a given name, not Simone Peter


def test_a_surname_alias_after_the_persons_own_given_name_is_the_person():
    actor = resolve_actor("Volodymyr Zelenskiy", date="2022-02-25")
    assert actor is not None and (actor.country, actor.name) == ("UKR", "Volodymyr Zelensky")
    assert resolve_actor("Brigitte Macron", date="2022-02-25") is None  # another person with his surname


def test_natos_north_atlantic_council_is_nato_not_the_atlantic_council():
    actor = resolve_actor("NATO's North Atlantic Council", date="2022-09-29")
    assert actor is not None and (actor.country, actor.sector) == ("NATO", "IGO")


def test_a_minister_between_two_offices_of_the_leaders_table_is_in_office():
    actor = resolve_actor("Israel Katz", date="2023-10-08")  # energy minister, before foreign minister in 2024
    assert actor is not None and (actor.country, actor.sector) == ("ISR", "GOV")
