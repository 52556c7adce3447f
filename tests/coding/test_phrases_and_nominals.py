"""Phrases that decide an event's type, and events told inside noun phrases, on sentences written for the test."""

from __future__ import annotations

import pytest

from shadowline.records import Actor, ActorMention, Candidate, TypeDecision

pytestmark = pytest.mark.model


def _mention(doc, words: str, name: str, country: str) -> ActorMention:
    start = next(t.i for t in doc if doc[t.i:t.i + len(words.split())].text == words)
    end = start + len(words.split())
    return ActorMention(Actor(name, country, "GOV", "GOV", None, "test"), start, end, doc[start].idx,
                        doc[end - 1].idx + len(doc[end - 1].text))


def _candidate(coder, text: str, source: tuple[str, str, str], target: tuple[str, str, str], verb: str,
               decision: TypeDecision) -> Candidate:
    doc = coder.nlp(text)
    sentence = next(iter(doc.sents))
    trigger = next(t for t in doc if t.lemma_ == verb)
    candidate = Candidate(sentence, trigger, _mention(doc, *source), _mention(doc, *target), "prep:to")
    candidate.decision = decision
    return candidate


def test_a_phrase_makes_a_type_the_typer_agrees_with_as_sure_as_one_it_overrules(coder):
    from shadowline.coding.event_types import PHRASE_TYPE_CONFIDENCE, types_by_phrase

    candidate = _candidate(coder, "The trade minister apologised to the Kenyan president after the vote.",
                           ("The trade minister", "minister", "UGA"), ("the Kenyan president", "president", "KEN"),
                           "apologise", TypeDecision("CONCEDE", "0", None, [], 0.55))
    types_by_phrase([candidate])
    assert candidate.decision.plover_type == "CONCEDE"
    assert candidate.decision.confidence == PHRASE_TYPE_CONFIDENCE


def test_questioning_someones_authority_accuses_them(coder):
    text = "Two Kenyan opposition senators questioned President William Ruto's authority to deploy the troops."
    events = coder.code_text(text, date="2024-07-01")
    assert [e for e in events if e.plover_type == "ACCUSE" and "Ruto" in e.target.text], events


def test_suspending_aid_or_a_permit_sanctions(coder):
    text = "The Dutch government suspended Ethiopian Airlines' landing permit on Monday."
    events = coder.code_text(text, date="2024-07-01")
    assert [e for e in events if e.plover_type == "SANCTION" and e.source.country == "NLD"], events


def test_sanctions_imposed_in_the_passive_by_a_list_sanction_for_each_of_the_list(coder):
    text = "New sanctions against Belarus were imposed by Lithuania, Latvia and Poland on Tuesday."
    events = coder.code_text(text, date="2024-07-01")
    sanctions = {e.source.country for e in events if e.plover_type == "SANCTION" and e.target.country == "BLR"}
    assert sanctions == {"LTU", "LVA", "POL"}, events


def test_the_victims_of_a_claimed_attack_are_those_of_the_attack_told_before(coder):
    text = ("Drones hit fuel depots of Kuwait's national oil company on Saturday. "
            "Yemen's Houthi movement claimed responsibility. "
            "Yemen's government condemned the Houthis, and Yemen's president thanked the Yemeni army.")
    events = coder.code_text(text, date="2024-07-01")
    claimed = [e for e in events if e.plover_type == "ASSAULT" and e.source.country == "YEM"
               and e.target.text == "victims"]
    assert claimed and {e.target.country for e in claimed} == {"KWT"}, events


def test_an_act_at_the_request_of_someone_is_their_request(coder):
    text = "The Kenyan army withdrew from the border town at the request of Somalia's president."
    events = coder.code_text(text, date="2024-07-01")
    assert [e for e in events if e.plover_type == "REQUEST" and e.source.country == "SOM"
            and e.target.country == "KEN"], events


def test_protesters_with_no_target_protest_against_their_government(coder):
    text = ("Opposition leader Maria Kolesnikova was released on Monday. "
            "Belarusians have been rallying since the vote, and the opposition held a rally in Minsk on Sunday.")
    events = coder.code_text(text, date="2024-08-20")
    protests = [e for e in events if e.plover_type == "PROTEST"]
    assert protests and all(e.source.country == "BLR" and e.target.country == "BLR" for e in protests), events
    assert any(e.target.sector == "GOV" for e in protests), protests


def test_pardoning_someone_concedes_to_them(coder):
    events = coder.code_text("The Nigerian president pardoned the jailed Ghanaian opposition leader on Friday.",
                             date="2024-09-06")
    assert [e for e in events if e.plover_type == "CONCEDE" and e.source.country == "NGA"
            and e.target.country == "GHA"], events


def test_a_speakers_negative_evaluation_of_an_actor_accuses_it(coder):
    text = '"The Serbian government has acted in a grossly unlawful way," the Croatian foreign minister said on Friday.'
    events = coder.code_text(text, date="2024-05-03")
    assert [e for e in events if e.plover_type == "ACCUSE" and e.source.country == "HRV"
            and e.target.country == "SRB"], events


def test_a_bad_act_of_an_actor_in_a_quotation_is_the_speakers_accusation_not_support(coder):
    text = ('"Ankara is backing the militia\'s destructive ambitions in the north," Greece\'s foreign minister said '
            "on Tuesday.")
    events = coder.code_text(text, date="2024-05-03")
    spoken = [e for e in events if e.source.country == "GRC"]
    assert spoken and all(e.plover_type == "ACCUSE" for e in spoken), events


def test_calling_an_actors_plan_a_bad_name_accuses_the_actor(coder):
    from shadowline.coding.evaluations import RULE_CONFIDENCE, evaluations_accuse

    candidate = _candidate(coder, 'The German finance minister called Poland\'s new border plan "lousy" on Monday.',
                           ("The German finance minister", "minister", "DEU"), ("Poland", "Poland", "POL"),
                           "call", TypeDecision("SUPPORT", "051", None, [], 0.4))
    candidate.relation = "dobj"
    evaluations_accuse([candidate])
    assert candidate.decision.plover_type == "ACCUSE"
    assert candidate.decision.confidence == RULE_CONFIDENCE


def test_a_group_named_by_its_members_is_its_members(coder):
    events = coder.code_text("The US urged European countries such as France and Germany to ban the airline.",
                             date="2019-01-07")
    targets = {e.target.country for e in events if e.plover_type == "REQUEST"}
    assert {"FRA", "DEU"} <= targets


def test_an_example_after_a_comma_leaves_the_group(coder):
    from shadowline.coding.phrases import group_members

    doc = coder.nlp("Belarus freed 14 political prisoners, including a prominent opposition figure.")
    prisoners = next(t for t in doc if t.text == "prisoners")
    assert group_members(prisoners) == []
    doc = coder.nlp("Tunisia's neighbours including Algeria and Morocco imposed bans.")
    neighbours = next(t for t in doc if t.text == "neighbours")
    assert [t.text for t in group_members(neighbours)] == ["Algeria", "Morocco"]


@pytest.mark.parametrize(("text", "targets"),
                         [("Greece criticised the decision of the Turkish government to convert the museum.", {"TUR"}),
                          ("Russia condemned the agreement between Armenia and Azerbaijan.", {"ARM", "AZE"}),
                          ("Egypt denounced the memoranda of understanding between Turkey and Libya.", {"TUR", "LBY"})])
def test_judging_an_actors_act_or_agreement_accuses_its_authors(coder, text, targets):
    events = coder.code_text(text, date="2020-01-01")
    assert {e.target.country for e in events if e.plover_type == "ACCUSE"} == targets


def test_a_judging_verb_decides_the_type_only_of_what_it_acts_on(coder):
    events = coder.code_text("Brett McGurk, the envoy to the coalition against ISIL until December, also criticized "
                             "the decision via Twitter.", date="2019-10-07")
    assert not [e for e in events if e.target.country == "IMG"]


@pytest.mark.parametrize(("text", "source", "target", "plover_type"),
                         [("Saudi Aramco, the target of a Houthi drone attack, said production was cut.",
                           "YEM", "SAU", "ASSAULT"),
                          ("In 2006, the Iraqi embassy was the target of an Al-Qaeda suicide attack.",
                           "IMG", "IRQ", "ASSAULT"),
                          ("Iran has been the subject of United States sanctions since 1979.",
                           "USA", "IRN", "SANCTION")])
def test_the_one_an_act_is_done_to_can_be_named_by_a_frame(coder, text, source, target, plover_type):
    events = coder.code_text(text, date="2019-09-15")
    assert (source, target, plover_type) in {(e.source.country, e.target.country, e.plover_type) for e in events}


def test_attributing_an_attack_to_someone_accuses_them(coder):
    events = coder.code_text("The minister attributed the bombing to Houthi rebels.", date="2019-01-07")
    assert [e.plover_type for e in events if e.target.country == "YEM"] == ["ACCUSE"]


def test_designating_a_group_as_terrorist_accuses_it(coder):
    events = coder.code_text("Last April, the United States Department of State also designated the IRGC as a "
                             "terrorist organization.", date="2020-01-03")
    assert [e.plover_type for e in events if e.target.country == "IRN"] == ["ACCUSE"]


@pytest.mark.parametrize("text", ['NATO Secretary-General Jens Stoltenberg wrote, "I count on Turkey to act with '
                                  'restraint."',
                                  'The Ukrainian president said, "We expect from Iran assurances of a full '
                                  'investigation."'])
def test_counting_on_or_expecting_from_someone_requests(coder, text):
    events = coder.code_text(text, date="2020-01-11")
    assert "REQUEST" in {e.plover_type for e in events if e.target.country in {"TUR", "IRN"}}


@pytest.mark.parametrize("text", ["Hezbollah declared it would retaliate by launching rocket attacks on Israel.",
                                  "Hezbollah said it will strike Israel."])
def test_an_actors_own_announced_force_threatens(coder, text):
    events = coder.code_text(text, date="2024-07-01")
    types = {e.plover_type for e in events if e.source.country == "LBN" and e.target.country == "ISR"}
    assert types == {"THREATEN"}, events


def test_a_statement_about_anothers_coming_attack_is_no_threat_of_the_attacker(coder):
    from shadowline.coding.speech import announced_force_threatens

    candidate = _candidate(coder, "The ministry said Turkey would attack Syria.", ("Turkey", "Turkey", "TUR"),
                           ("Syria", "Syria", "SYR"), "attack", TypeDecision("ASSAULT", "190", None, [], 0.9))
    announced_force_threatens([candidate])
    assert candidate.decision.plover_type == "ASSAULT"
