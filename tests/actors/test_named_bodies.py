"""Named bodies: an unknown name before "Commission", "Office" ... is a body of its own."""

from __future__ import annotations

from shadowline.actors import explain_actor, resolve_actor
from shadowline.actors.bodies import acronym_definition


def test_a_state_named_before_an_unknown_commission_gives_its_government_body():
    actor = resolve_actor("United States Commission on International Religious Freedom")
    assert (actor.country, actor.sector, actor.kind) == ("USA", "GOV", "unknown name")
    assert actor.via.startswith("inferred") and actor.confidence == 0.7


def test_an_unknown_commission_is_not_the_european_commission():
    assert resolve_actor("National Telecommunications Commission") is None
    assert resolve_actor("The National Telecommunications Commission (NTC)") is None
    actor = resolve_actor("National Telecommunications Commission", country="PHL")
    assert (actor.country, actor.sector, actor.confidence) == ("PHL", "GOV", 0.6)


def test_the_state_may_follow_the_body_or_own_it():
    for phrase in ("The Federal Aviation Office of Germany", "Germany's Federal Aviation Office"):
        actor = resolve_actor(phrase)
        assert (actor.country, actor.sector, actor.confidence) == ("DEU", "GOV", 0.7), phrase


def test_known_bodies_and_agent_words_keep_their_rules():
    assert resolve_actor("the European Commission").country == "EUR"
    assert resolve_actor("the Commission").country == "EUR"
    assert resolve_actor("EU Commission").country == "EUR"  # an organisation before the word owns it
    indonesian = resolve_actor("the Indonesian Ministry of Defence")
    assert (indonesian.country, indonesian.confidence) == ("IDN", 1.0)


def test_an_acronym_in_brackets_names_the_body_before_it():
    assert acronym_definition("The National Telecommunications Commission (NTC)") == (
        "The National Telecommunications Commission", "NTC")
    assert acronym_definition("the talks (in Doha)") is None
    phrase = "The National Telecommunications Commission (NTC)"
    actor = resolve_actor(phrase, country="PHL")
    assert (actor.country, actor.sector, actor.text) == ("PHL", "GOV", phrase)


def test_explain_walks_the_named_body_rule():
    steps = explain_actor("United States Commission on International Religious Freedom")
    assert any("a body of its own" in step for step in steps)
