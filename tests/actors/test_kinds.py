"""What an actor phrase names (`Actor.kind`), and the one test of whether two actors are one government."""

from __future__ import annotations

import pytest

from shadowline.actors import load_knowledge_base, resolve_actor
from shadowline.records import same_government


@pytest.mark.parametrize(("text", "kind"), [("Turkey", "state"), ("the Kremlin", "seat"), ("Ankara", "seat"),
                                            ("President Erdogan", "leader"), ("Azeri troops", "agent"),
                                            ("Hamas fighters", "organisation"), ("Mariupol", "place"),
                                            ("the French", "people"), ("Catalonia", "territory"),
                                            ("Kenya's Tom Mboya", "unknown name")])
def test_each_phrase_says_what_it_names(text, kind):
    assert resolve_actor(text, date="2024-05-01").kind == kind


def test_a_state_and_its_leader_are_one_government():
    turkey, erdogan = resolve_actor("Turkey"), resolve_actor("President Erdogan", date="2024-05-01")
    assert same_government(turkey, erdogan)
    assert not same_government(turkey, resolve_actor("Turkish troops"))
    assert not same_government(turkey, resolve_actor("Greece"))


def test_two_leaders_of_one_state_named_apart_are_two_actors():
    premier = resolve_actor("Prime Minister Yitzhak Shamir", date="1990-05-01")
    minister = resolve_actor("Industry Minister Ariel Sharon", date="1990-05-01")
    assert premier.kind == minister.kind == "leader" and premier.country == minister.country
    assert not same_government(premier, minister)
    assert same_government(premier, resolve_actor("Israel"))


def test_a_state_from_a_user_dictionary_counts_as_a_state(tmp_path):
    path = tmp_path / "states.yaml"
    path.write_text("actors:\n  - name: Republic of Somaliland\n    country: SOM\n    kind: country\n"
                    "    aliases: [Somaliland]\n", encoding="utf-8")
    kb = load_knowledge_base([path])
    somaliland = resolve_actor("Somaliland", kb=kb)
    assert somaliland.names_state and somaliland.via == "user dictionary"
    assert same_government(somaliland, resolve_actor("Somalia", kb=kb))


def test_explanation_and_resolution_agree_on_the_kind():
    actor = resolve_actor("Dmitry Medvedev, deputy chairman of Russia's Security Council", date="2024-05-01")
    assert actor.kind == "leader"


@pytest.mark.parametrize(("text", "context", "country"), [("Defence Minister Ivan Petrovski", "MKD", "MKD"),
                                                         ("Nigerian Defence Minister Xavi Qumbo", None, "NGA")])
def test_a_title_before_an_unknown_name_gives_an_inferred_actor(text, context, country):
    actor = resolve_actor(text, country=context, date="2024-05-01")
    assert (actor.country, actor.sector, actor.kind) == (country, "GOV", "unknown name")
    assert actor.via.startswith("inferred")
