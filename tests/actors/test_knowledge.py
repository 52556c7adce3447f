"""The knowledge base as a user sees it: lookups, search, show and user dictionaries."""

from __future__ import annotations

import pytest

from shadowline.actors import load_knowledge_base, resolve_actor
from shadowline.dictionaries.tabari_actors import read_actor_dictionary, read_agent_dictionary
from shadowline.evaluation.actors import evaluate_resolution, score_pairs

BIG_YAML = """
actors:
  - name: Baku Initiative Group
    aliases: [Baku Initiative Group against colonialism, BIG group]
    kind: movement
    country: AZE
    sector: GOV
    backer: AZE
    start: 2023-07-06
agents:
  - phrase: influence operators
    sector: SPY
"""


def test_kb_has_every_part():
    sizes = load_knowledge_base().sizes()
    for kind in ("country", "demonym", "capital", "metonym", "territory", "breakaway", "person", "igo",
                 "media", "company", "armed_group", "movement", "agent"):
        assert sizes.get(kind, 0) > 0, kind
    assert sizes["country"] >= 200


def test_search_and_show():
    kb = load_knowledge_base()
    assert any(e.country == "RUS" for e in kb.search("Kremlin"))
    assert kb.show("WAGNER")[0].backer == "RUS"
    assert all(e.country == "AZE" for e in kb.show("AZE"))


def test_user_dictionary_overrides_bundled_entry(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text(BIG_YAML, encoding="utf-8")
    kb = load_knowledge_base([path])
    actor = resolve_actor("the Baku Initiative Group", kb=kb, date="2024-01-01")
    assert (actor.country, actor.sector, actor.via) == ("AZE", "GOV", "user dictionary")
    assert resolve_actor("Russian influence operators", kb=kb).sector == "SPY"
    bundled = resolve_actor("the Baku Initiative Group")
    assert bundled.sector == "SOC"


@pytest.mark.parametrize(("text", "message"), [
    ("actors: [name: x", "not valid YAML"),
    ("- just a list", "expected a mapping"),
    ("actors:\n  - aliases: [x]\n    country: AZE", "missing required field(s) name"),
    ("actors:\n  - name: X\n    country: AZE\n    sector: BAD", "'sector' must be a PLOVER sector"),
    ("actors:\n  - name: X\n    country: AZE\n    colour: red", "unknown field(s) colour"),
    ("actors:\n  - name: X\n    country: AZE\n    start: last year", "'start' must be a date"),
])
def test_bad_user_dictionary_names_file_and_problem(tmp_path, text, message):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError) as error:
        load_knowledge_base([path])
    assert "bad.yaml" in str(error.value)
    assert message in str(error.value)


def test_tabari_reader_keeps_dates_and_synonyms():
    lines = ["VLADIMIR_PUTIN_  # CountryInfo.txt", "+PUTIN_", "\t[RUSGOV 991231-080507]",
             "\t[RUSGOV >120507]", "KREMLIN_", "+RUSSIAN_WHITE_HOUSE", "\t[RUSGOV]"]
    putin, kremlin = list(read_actor_dictionary(lines))
    assert putin.phrases == ["VLADIMIR PUTIN", "PUTIN"]
    first, second = putin.codes
    assert (first.start, first.end, second.start) == ("1999-12-31", "2008-05-07", "2012-05-07")
    assert kremlin.codes[0].code == "RUSGOV"
    agents = dict(read_agent_dictionary(["!MINIST! = MINISTER, MINISTRY", "DEFENSE_!MINIST! [~GOVMIL]"]))
    assert agents == {"DEFENSE MINISTER": "GOVMIL", "DEFENSE MINISTRY": "GOVMIL"}


def test_dev_resolution_report(tmp_path):
    path = tmp_path / "dev.csv"
    path.write_text("phrase,date,context_country,gold_country,gold_sector,category\n"
                    "the Kremlin,,,RUS,GOV,metonym\nthe protests,,,,,nonactor\nParis,,,DEU,GOV,metonym\n",
                    encoding="utf-8")
    report = evaluate_resolution(path, echo=False)
    assert report.total == 3
    assert report.country_accuracy == pytest.approx(2 / 3)
    assert report.errors == [("Paris", "DEU/GOV", "FRA/GOV")]


def test_bundled_dev_table_is_large_and_resolves_well():
    report = evaluate_resolution(echo=False)
    assert report.total >= 300
    assert report.country_accuracy > 0.9


def test_score_pairs_uses_token_overlap_and_direction():
    gold = [((0, 2), (5, 6))]
    assert score_pairs(gold, [((1, 2), (5, 7))]).f1 == 1.0
    reversed_pair = score_pairs(gold, [((5, 6), (0, 2))])
    assert reversed_pair.true_positives == 0
    assert score_pairs(gold, [((0, 2), (5, 6)), ((0, 2), (5, 6))]).precision == 0.5
