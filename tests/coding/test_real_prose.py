"""Candidates and selection on the kinds of sentence real news is made of."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def all_coder(coder):
    """The default coder keeping every typed pair (selection ``all``)."""
    from shadowline.coding.pipeline import Coder

    return Coder(nlp=coder.nlp, typer=coder.typer, events="all")


def _triples(events):
    return {(e.source.country, e.plover_type, e.target.country) for e in events}


def test_objects_and_weapons_are_not_actors(coder):
    events = coder.code_text("In response thirteen rockets and mortar shells had also hit southern Israel on Friday.",
                             date="2008-12-27")
    assert not [e for e in events if "rockets" in e.source.text]


def test_a_state_word_describing_an_object_is_no_actor(all_coder):
    text = "The protests sparked by Kanak nationalists openly included Azerbaijani flags and t-shirts."
    events = all_coder.code_text(text, date="2024-06-01")
    assert not [e for e in events if e.target.text == "Azerbaijani" or e.source.text == "Azerbaijani"]


def test_told_reporters_is_no_event_on_the_reporters(all_coder):
    for text in ("Prime Minister Boris Johnson told reporters that he would meet Irish leaders.",
                 "The minister told Al Jazeera that Israel had attacked Gaza."):
        events = all_coder.code_text(text, date="2019-09-01")
        assert not [e for e in events if e.target.text in {"reporters", "Al Jazeera"}], text


def test_a_source_is_not_its_own_target(coder):
    text = "\u201cHamas will fight to the last drop of blood,\u201d warned Hamas spokesman Fawzi Barhoum."
    events = coder.code_text(text, date="2008-12-27")
    assert not [e for e in events if e.source.name and e.source.name == e.target.name]


def test_agents_without_a_state_take_the_state_of_the_story(coder):
    events = coder.code_text("Hamas fighters attacked Israel. Police in Gaza arrested the protesters.",
                             date="2008-12-27")
    arrest = next(e for e in events if e.target.text == "the protesters")
    assert arrest.target.country == "PSE" and arrest.target.via.endswith("+document")


def test_a_backed_or_placed_agent_keeps_its_state_unknown(all_coder):
    text = ("France sent troops to Mali. France criticised Russia. France armed Chad. "
            "The Russian-backed juntas expelled French troops. "
            "Wagner helped juntas in former French colonies.")
    events = all_coder.code_text(text, date="2023-01-01")
    juntas = [a for e in events for a in (e.source, e.target) if "juntas" in a.text]
    assert juntas and all(a.country is None and not (a.via or "").endswith("+document") for a in juntas)


def test_a_story_about_many_states_gives_no_state_to_agents(all_coder):
    text = ("France criticised Russia. Germany criticised China. Italy accused Iran. Spain accused Turkey. "
            "The police arrested the protesters.")
    events = all_coder.code_text(text, date="2023-01-01")
    protesters = [e.target for e in events if e.target.text == "the protesters"]
    assert protesters and all(a.country is None for a in protesters)


def test_each_state_of_a_coordinated_owner_is_a_source(coder):
    events = coder.code_text("The leaders of France, Germany and Italy condemned Russia.", date="2022-03-01")
    assert {("FRA", "ACCUSE", "RUS"), ("DEU", "ACCUSE", "RUS"), ("ITA", "ACCUSE", "RUS")} <= _triples(events)


def test_coordination_on_both_sides_gives_every_combination(coder):
    events = coder.code_text("Russia, China and Iran criticised the United States and Britain.", date="2022-03-01")
    assert {(s, "ACCUSE", t) for s in ("RUS", "CHN", "IRN") for t in ("USA", "GBR")} <= _triples(events)


def test_where_actors_meet_is_not_a_partner(all_coder):
    events = all_coder.code_text("Russia and Ukraine met in Minsk on Friday.", date="2015-02-11")
    assert ("RUS", "CONSULT", "UKR") in _triples(events)
    assert not [e for e in events if e.target.country == "BLR"]
    events = all_coder.code_text("The foreign ministers of Egypt and France gathered in Cairo on Wednesday.",
                                 date="2020-01-08")
    assert not [e for e in events if e.target.text == "Cairo"]


def test_the_two_sides_are_the_last_two_parties(coder):
    events = coder.code_text("Russia and Ukraine met in Minsk. The two sides agreed to a ceasefire.",
                             date="2015-02-11")
    agreed = {(e.source.country, e.target.country) for e in events if e.sentence_index == 1}
    assert agreed == {("RUS", "UKR"), ("UKR", "RUS")}
    assert all(e.source.text == "The two sides" for e in events if e.sentence_index == 1)


def test_the_speaker_of_a_claim_accuses_the_actor_it_is_about(all_coder):
    events = all_coder.code_text("The Yemeni minister claimed the Houthis had attacked journalists.",
                                 date="2019-01-01")
    assert any(e.source.country == "YEM" and e.source.sector == "GOV" and e.plover_type == "ACCUSE"
               and "Houthis" in e.target.text for e in events)
    claimed = [e for e in events if e.source.text.endswith("Houthis")]
    assert claimed and all(e.modality == "reported" for e in claimed)


def test_main_keeps_the_sure_events_of_a_sentence_and_drops_the_unsure(coder):
    from shadowline.coding.selection import MAIN_MIN_CONFIDENCE

    text = "Russia criticised France on Monday, while Turkey signed a defence pact with Azerbaijan."
    kept = coder.code_text(text, date="2024-01-01")
    assert kept and all(e.confidence >= MAIN_MIN_CONFIDENCE for e in kept)
    assert {("RUS", "ACCUSE", "FRA")} <= _triples(kept)
    assert len({e.char_start for e in kept}) >= 2  # two clauses, two triggers: both kept when sure


def test_a_name_and_its_apposition_make_one_event(coder):
    events = coder.code_text("Angela Merkel, the Chancellor of Germany, demanded an explanation from Russia.",
                             date="2020-09-02")
    assert [(e.source.country, e.target.country) for e in events] == [("DEU", "RUS")]


def test_a_denied_refusal_is_no_rejection(coder):
    events = coder.code_text("China would not refuse to meet Japan.", date="2020-01-01")
    assert [(e.source.country, e.plover_type, e.target.country, e.modality) for e in events] == [
        ("CHN", "AGREE", "JPN", "future")]


def _proposed(coder, text, date):
    """(source country, trigger, target country) of the candidates the coder proposes for `text`."""
    from shadowline.records import Document

    document = Document("d", text, date)
    sentences = list(coder.nlp(text).sents)
    return {(c.source.actor.country, c.trigger.text, c.target.actor.country)
            for c in coder.propose(document, sentences)}


def test_i_and_we_in_a_quotation_are_its_speaker(coder):
    text = "\u201cWe will punish Israel for this crime,\u201d Iranian President Hassan Rouhani said."
    assert ("IRN", "punish", "ISR") in _proposed(coder, text, "2019-09-20")
    # a quotation with no speaker of its own continues the latest one's
    text = ("Iranian President Hassan Rouhani said on Monday that foreign forces must leave. "
            "\u201cI warn Israel not to test us.\u201d")
    assert ("IRN", "warn", "ISR") in _proposed(coder, text, "2019-09-20")


def test_a_party_a_claim_is_attributed_to_speaks_about_its_actors(coder):
    text = "According to the Yemeni foreign minister, the rebels are backed by Iran."
    assert ("YEM", "According", "IRN") in _proposed(coder, text, "2018-12-01")
    # a news agency cited reports; it accuses nobody
    text = "According to Reuters, the rebels are backed by Iran."
    assert not [p for p in _proposed(coder, text, "2018-12-01") if p[1] == "According"]


def test_what_a_proposed_bill_would_do_is_no_event(all_coder):
    text = ("Students have marched since May, when the cabinet proposed a bill that would have allowed "
            "the Chinese government to deport dissidents from Macau.")
    events = all_coder.code_text(text, date="2019-08-01")
    assert not [e for e in events if e.source.country == "CHN"]
    text = "The cabinet drafted an amendment to allow Russia to arrest dissidents in Belarus."
    assert not [e for e in all_coder.code_text(text, date="2019-08-01") if e.source.country == "RUS"]


def test_a_town_or_port_named_as_a_place_is_no_actor(all_coder):
    text = "The Indonesian minister, who was visiting the town of Pandeglang in Banten, met the governor."
    events = all_coder.code_text(text, date="2019-10-10")
    assert not [e for e in events if "town" in e.target.text or "town" in e.source.text]
    events = all_coder.code_text("Russian warships sailed into the southern port of Tartus.", date="2019-10-10")
    assert not [e for e in events if "port" in e.target.text]


def test_an_arrest_without_an_agent_is_the_police_of_the_state(coder):
    text = ("The Belarusian government banned a rally of the opposition. "
            "Police spokeswoman Olga Chemodanova said at least 40 protesters were arrested on Sunday night.")
    events = coder.code_text(text, date="2020-08-10")
    arrest = next(e for e in events if e.plover_type == "COERCE" and e.source.text == "police")
    assert (arrest.source.text, arrest.source.country, arrest.source.sector) == ("police", "BLR", "COP")
    assert arrest.target.text == "at least 40 protesters" and arrest.target.country == "BLR"
    assert arrest.modality == "reported"


def test_an_arrested_person_in_a_relative_clause_is_coerced_by_the_police(coder):
    text = "Kenyan opposition leader Raila Odinga, who was detained in March, spoke to supporters in Nairobi."
    events = coder.code_text(text, date="2020-05-01")
    assert [(e.source.text, e.plover_type, e.target.country) for e in events if e.plover_type == "COERCE"] == [
        ("police", "COERCE", "KEN")]


def test_a_killing_without_an_agent_is_an_unnamed_attackers_assault(coder):
    text = "A Kenyan police officer was stabbed outside the port gate in Mombasa on Tuesday, officials said."
    events = coder.code_text(text, date="2024-05-02")
    harm = [e for e in events if e.plover_type == "ASSAULT" and e.source.text == "attacker"]
    assert [(e.source.country, e.target.text, e.target.country) for e in harm] == [
        ("KEN", "A Kenyan police officer", "KEN")], events


def test_a_killing_names_its_attacker_in_a_clause_or_by_the_attack(all_coder):
    text = ("Three Nigerian soldiers were killed when Boko Haram fighters attacked a base near Maiduguri. "
            "Two Nigerian farmers were killed in the raid. "
            "Villagers whose relatives were killed in 2019 spoke to Nigerian reporters.")
    events = all_coder.code_text(text, date="2024-05-02")
    assert not [e for e in events if e.source.text == "attacker"], events
    assert [e for e in events if e.plover_type == "ASSAULT" and "Boko Haram" in e.source.text
            and e.target.text == "Three Nigerian soldiers"], events


def test_a_judged_act_stands_for_its_author(coder):
    text = ("Russian troops attacked the Ukrainian port city of Mariupol on Monday. "
            "The French foreign minister strongly condemned the attack.")
    events = coder.code_text(text, date="2022-03-01")
    assert ("FRA", "ACCUSE", "RUS") in _triples(events)
    judged = next(e for e in events if e.source.country == "FRA")
    assert judged.target.text == "the attack"


def test_an_act_with_its_own_actor_or_a_reason_is_not_resolved_to_another_author(all_coder):
    text = ("Russian troops attacked Mariupol on Monday. "
            "France blamed Belarus for the attack. Poland criticised the Hungarian decision.")
    events = all_coder.code_text(text, date="2022-03-01")
    assert not [e for e in events if e.target.country == "RUS" and e.source.country in {"FRA", "POL"}]


def test_a_news_medium_reporting_is_no_actor_of_what_it_reports(all_coder):
    text = "The BBC cited Indonesian police chief Tito Karnavian as saying that militants attacked the minister."
    events = all_coder.code_text(text, date="2019-10-10")
    assert not [e for e in events if e.source.text == "The BBC"]


def test_an_organisation_named_only_by_its_kind_takes_the_state_of_the_story(all_coder):
    text = ("The Kenyan government accused the opposition of inciting violence. "
            "The Kenyan police arrested two opposition leaders. "
            "The commission accused the network of violating its licence.")
    events = all_coder.code_text(text, date="2020-05-01")
    assert [(e.source.text, e.source.country, e.target.text, e.target.country) for e in events
            if e.target.text == "the network"] == [("The commission", "KEN", "the network", "KEN")]


def test_where_a_named_person_is_does_not_make_his_state(coder):
    events = coder.code_text("Iranian negotiators met on Tuesday with Robert Malley, the American envoy, in Oman.",
                             date="2021-04-06")
    assert not [e for e in events if e.target.country == "OMN"]


def test_a_stated_role_or_possession_is_no_event(all_coder):
    for text in ("The senator was long a fierce critic of Russia.",
                 "According to the UNHCR, Kenya has about half a million Somali refugees."):
        events = all_coder.code_text(text, date="2019-09-01")
        assert not [e for e in events if e.target.country in {"RUS", "SOM"}], text


def test_a_conversation_had_with_a_leader_is_an_event(coder):
    text = "The decision came after Macron had a long phone conversation with Russian President Vladimir Putin."
    events = coder.code_text(text, date="2022-02-20")
    assert ("FRA", "CONSULT", "RUS") in _triples(events)


def test_a_first_name_or_title_alone_is_widened_to_the_whole_name(coder):
    from shadowline.coding.tagged_pairs import whole_name

    doc = coder.nlp("Interior ministry spokesman Vladimir Rebic said that police arrested dozens.")
    first_name = next(t for t in doc if t.text == "Vladimir")
    assert whole_name(doc[first_name.i:first_name.i + 1]).text == "Vladimir Rebic"
    assert whole_name(doc[first_name.i:first_name.i + 2]).text == "Vladimir Rebic"


def test_an_owners_act_of_someone_is_an_event_on_them(coder):
    text = "Protests erupted across Gaza after Israel's killing of Hamas commander Ahmed Jabari."
    assert ("ISR", "ASSAULT", "PSE") in _triples(coder.code_text(text, date="2012-11-15"))


def test_a_claim_about_a_third_partys_act_is_the_speakers_accusation(coder):
    text = "According to Saudi foreign minister Adel al-Jubeir, the Houthi militias are funded by Iran."
    events = coder.code_text(text, date="2019-05-01")
    assert ("SAU", "ACCUSE", "IRN") in _triples(events)
    assert ("IRN", "AID", "YEM") in _triples(events)  # the claimed act stays, as reported


def test_a_city_in_an_airports_name_is_no_actor(coder):
    from shadowline.coding.screening import is_actor
    from shadowline.records import Actor, ActorMention, Candidate

    doc = coder.nlp("The United States struck a convoy at Damascus International Airport.")
    sentence = next(iter(doc.sents))
    city = next(t for t in doc if t.text == "Damascus")
    source = ActorMention(Actor("The United States", "USA", "GOV", kind="state"), 0, 3, 0, 17)
    target = ActorMention(Actor("Damascus", "SYR", "GOV", kind="capital"), city.i, city.i + 1, city.idx,
                          city.idx + len(city.text))
    candidate = Candidate(sentence, doc[3], source, target, "tagged")
    assert not is_actor(candidate, target)


def test_calling_on_or_for_someone_is_a_request(coder):
    text = "Opposition leaders in Caracas called for the resignation of Venezuelan President Nicolas Maduro."
    events = coder.code_text(text, date="2019-02-01")
    assert [e.plover_type for e in events if e.target.country == "VEN" and "Maduro" in e.target.text] == ["REQUEST"]
    text = "The European Union called on Turkey to halt its drilling off Cyprus."
    assert ("EUR", "REQUEST", "TUR") in _triples(coder.code_text(text, date="2019-07-15"))


def test_levying_sanctions_against_someone_is_a_sanction(coder):
    text = "In 2019 the British government levied individual sanctions against Venezuelan minister Tareck El Aissami."
    events = coder.code_text(text, date="2019-05-01")
    assert [e.plover_type for e in events if e.target.country == "VEN"] == ["SANCTION"]


def test_an_apology_concedes_and_a_denied_accusation_rejects_its_author(coder):
    text = "The Turkish ambassador apologised to Greece for the remarks."
    assert ("TUR", "CONCEDE", "GRC") in _triples(coder.code_text(text, date="2019-05-01"))
    text = "Russia accused Ukraine of shelling Donetsk. Kyiv flatly denied the accusation."
    assert ("UKR", "REJECT", "RUS") in _triples(coder.code_text(text, date="2019-05-01"))


def test_the_medium_of_a_statement_is_no_target(all_coder):
    for text in ('US Senator Lindsey Graham wrote on Twitter, "We must stand with our Kurdish allies."',
                 "The Iranian foreign minister said on Facebook that Washington must end its sanctions."):
        events = all_coder.code_text(text, date="2019-05-01")
        assert not [e for e in events if e.target.text in {"Twitter", "Facebook"}], text


def test_lifting_sanctions_is_no_sanction(coder):
    text = "The European Union lifted its sanctions on Belarusian potash exporters."
    assert not [e for e in coder.code_text(text, date="2019-05-01") if e.plover_type == "SANCTION"]


def test_speaking_out_against_an_act_accuses_its_author(coder):
    text = ("Israeli jets attacked Syria on Sunday. "
            "Russian Foreign Minister Sergei Lavrov spoke out strongly against the raid.")
    assert ("RUS", "ACCUSE", "ISR") in _triples(coder.code_text(text, date="2018-04-20"))
    text = "Russia attacked Ukraine in February. Germany protested against the invasion."
    assert ("DEU", "PROTEST", "RUS") in _triples(coder.code_text(text, date="2022-04-20"))


def test_a_persons_possessive_alone_is_no_actor(all_coder):
    text = ("President Erdogan met Greek Prime Minister Mitsotakis. Egyptian foreign minister Sameh Shoukry and his "
            "Greek, Cypriot and French counterparts gathered in Cairo on Wednesday.")
    events = all_coder.code_text(text, date="2020-01-08")
    assert not [e for e in events if "his" in {e.source.text, e.target.text}]


def test_a_city_before_a_building_says_where_it_is(all_coder):
    text = ("Iran launched missiles targeting US troops in response to the US airstrike that killed Iranian general "
            "Qasem Soleimani at a Baghdad airport.")
    events = all_coder.code_text(text, date="2020-01-08")
    assert not [e for e in events if e.target.text == "Baghdad"]


def test_a_person_takes_the_state_of_the_body_they_speak_for(all_coder):
    text = ("Rebels shelled the port of Hodeidah on Monday, Yemen's government said. "
            "Marie Dubreuil, head of news for AFP, condemned the shelling. "
            "Dubreuil also praised the courage of the Yemeni reporters.")
    events = all_coder.code_text(text, date="2020-06-01")
    assert {e.source.country for e in events if "Dubreuil" in e.source.text} == {"FRA"}


def test_a_spokesman_for_a_group_is_of_the_group_s_state(all_coder):
    text = ("Israel struck a weapons depot near Baghdad. Haidar al-Mousawi, a spokesman for the PMF, "
            "blamed Israel for the strike.")
    events = all_coder.code_text(text, date="2019-08-21")
    spokesman = [e for e in events if e.source.text in {"a spokesman", "Haidar al-Mousawi"}]
    assert ("IRQ", "ACCUSE", "ISR") in _triples(spokesman)


def test_a_group_that_claims_an_attack_made_it(coder):
    text = ("A car bomb exploded outside a police station in Kabul on Tuesday, Afghan officials said. "
            "The Taliban have claimed responsibility for the bombing.")
    events = coder.code_text(text, date="2019-01-15")
    assert [e for e in events if e.plover_type == "ASSAULT" and "Taliban" in e.source.text]


def test_accepting_responsibility_is_no_claimed_attack(all_coder):
    text = "The minister accepted responsibility for the failure of the rescue operation."
    events = all_coder.code_text(text, date="2019-01-15")
    assert not [e for e in events if e.plover_type == "ASSAULT"]


def test_a_territory_after_in_is_the_scene_not_the_target(all_coder):
    text = "The French government imposed a curfew in New Caledonia and banned the Chinese app TikTok."
    events = all_coder.code_text(text, date="2024-05-16")
    assert not [e for e in events if e.target.text == "New Caledonia"]


def test_warships_bought_are_no_actors(all_coder):
    text = "Poland has bought new frigates and two submarines from Sweden under a defence pact."
    events = all_coder.code_text(text, date="2024-01-01")
    assert not [e for e in events if e.target.text in {"new frigates", "two submarines", "frigates", "submarines"}]


def test_congress_in_a_story_about_a_state_with_a_congress_is_that_states(all_coder):
    text = ("The Philippine government ordered ABS-CBN off the air. President Rodrigo Duterte criticised the "
            "network. The network asked Congress to renew its franchise.")
    events = all_coder.code_text(text, date="2020-05-06")
    assert {e.target.country for e in events if e.target.text == "Congress"} == {"PHL"}
    us = all_coder.code_text("Iran condemned Congress over the sanctions bill.", date="2019-01-06")
    assert {e.target.country for e in us if e.target.text == "Congress"} == {"USA"}


def test_a_body_that_names_an_occasion_is_not_its_target(all_coder):
    text = "The foreign ministers of Ghana and Nigeria flew to Niamey for an AU summit."
    events = all_coder.code_text(text, date="2019-07-07")
    assert not [e for e in events if e.target.country == "AU"]


def test_what_a_verb_carries_is_no_target(all_coder):
    text = "The United States government claims Mahan Air flies Iranian fighters and cargo to Syria."
    events = all_coder.code_text(text, date="2019-01-21")
    assert not [e for e in events if "fighters" in e.target.text]
    supplied = all_coder.code_text("Iran supplied the Houthis with missiles.", date="2019-01-21")
    assert [e for e in supplied if e.target.country == "YEM"]


def test_they_and_them_stand_for_the_latest_group_named(all_coder):
    text = ("Protesters marched on the parliament in Belgrade on Tuesday. As they tried to storm parliament, "
            "police in response fired tear gas at them.")
    events = all_coder.code_text(text, date="2020-07-08")
    fired = [e for e in events if e.sentence_index == 1 and e.source.text == "police"]
    assert fired and fired[0].target.sector == "CVL"


def test_a_claim_of_fraud_accuses_the_one_it_is_said_of(all_coder):
    text = "Trump and his supporters claimed Joe Biden only won the elections due to voter fraud."
    events = all_coder.code_text(text, date="2020-12-13")
    assert [e for e in events if e.plover_type == "ACCUSE" and e.target.text == "Joe Biden"]


def test_what_is_talked_about_is_no_party_to_the_talk(all_coder):
    text = ("Egyptian foreign minister Sameh Shoukry and his Greek counterpart Nikos Dendias gathered in Cairo on "
            "Wednesday to discuss Libya-Turkey relations.")
    events = all_coder.code_text(text, date="2020-01-08")
    assert {(e.source.country, e.target.country) for e in events} == {("EGY", "GRC"), ("GRC", "EGY")}
    assert [e for e in all_coder.code_text("Putin discussed the war with Macron.", date="2022-03-01")
            if e.target.country == "FRA"]


def test_the_speaker_after_a_quotation_is_the_source(all_coder):
    text = '"We will strike back against America," warned the Iranian foreign minister.'
    events = all_coder.code_text(text, date="2020-01-05")
    assert [e for e in events if e.source.text == "the Iranian foreign minister" and e.target.country == "USA"]


def test_an_act_someone_is_asked_to_do_is_no_event_of_its_own(all_coder):
    text = "The US has been encouraging allies such as Germany to restrict Mahan Air's operations."
    events = all_coder.code_text(text, date="2019-01-21")
    assert {(e.source.country, e.target.country) for e in events} == {("USA", "DEU")}


def test_the_object_of_a_verb_that_makes_it_act_is_the_source(all_coder):
    text = "The protests forced the Serbian government to drop the new lockdown measures against Belgrade."
    from shadowline.coding.candidates import object_controller

    doc = all_coder.nlp(text)
    drop = next(t for t in doc if t.lemma_ == "drop")
    assert object_controller(drop).text == "government"


def test_condemning_a_coup_accuses_its_military_and_calling_for_a_release_requests(all_coder):
    text = ("The United Nations Security Council condemned the coup in Niger and called for the release of "
            "President Mohamed Bazoum.")
    events = {(e.plover_type, e.target.country, e.target.sector)
              for e in all_coder.code_text(text, date="2023-07-28")}
    assert ("ACCUSE", "NER", "MIL") in events
    assert ("REQUEST", "NER", "GOV") in events


def test_a_state_the_parser_misreads_as_a_work_of_art_is_still_an_actor(all_coder):
    events = all_coder.code_text("The ECOWAS bloc lifted sanctions on Niger on Saturday.", date="2024-02-25")
    assert [e for e in events if e.target.country == "NER"]


def test_troops_sent_are_carried_not_targets(all_coder):
    events = all_coder.code_text("Germany will send 5,000 troops to Lithuania, Defence Minister Boris Pistorius "
                                 "said.", date="2023-06-26")
    assert {e.target.country for e in events} == {"LTU"}


def test_what_an_act_is_over_is_its_reason_not_its_target(all_coder):
    text = "The European Union imposed new sanctions on Belarus over the forced landing of a Ryanair flight."
    events = all_coder.code_text(text, date="2021-06-21")
    assert {e.target.country for e in events} == {"BLR"}


def test_protesters_gathering_in_a_capital_protest_against_its_government(all_coder):
    text = "Hundreds of protesters gathered outside the parliament in Tbilisi to oppose the foreign agents law."
    events = all_coder.code_text(text, date="2024-05-01")
    assert {(e.source.country, e.plover_type, e.target.country, e.target.sector) for e in events} == {
        ("GEO", "PROTEST", "GEO", "GOV")}


def test_a_weapon_that_acts_stands_for_its_users(all_coder):
    text = "Ukrainian drones struck an oil refinery in Russia's Krasnodar region overnight."
    events = all_coder.code_text(text, date="2024-05-17")
    assert ("UKR", "ASSAULT", "RUS") in {(e.source.country, e.plover_type, e.target.country) for e in events}


def test_thousands_who_protest_are_the_protesters(all_coder):
    text = "Thousands of Israelis protested in Tel Aviv against the government's judicial overhaul."
    events = all_coder.code_text(text, date="2023-03-12")
    assert ("ISR", "PROTEST", "ISR") in {(e.source.country, e.plover_type, e.target.country) for e in events}


def test_dozens_arrested_are_the_people_counted(all_coder):
    events = all_coder.code_text("Myanmar's military junta arrested dozens of pro-democracy activists.",
                                 date="2021-03-01")
    assert [e for e in events if e.source.country == "MMR" and e.plover_type == "COERCE"]


def test_signing_an_agreement_supports_it_and_promising_to_agrees(all_coder):
    # PLOVER manual (SUPPORT: "ratify, sign, or finalize an agreement"; AGREE: "promises to sign"), CAMEO 057
    events = all_coder.code_text("Ethiopia and Eritrea signed a peace agreement ending two decades of hostility.",
                                 date="2018-09-16")
    assert {e.plover_type for e in events if {e.source.country, e.target.country} == {"ETH", "ERI"}} == {"SUPPORT"}
    events = all_coder.code_text("Ethiopia and Eritrea will sign a peace agreement next week.", date="2018-09-16")
    assert {e.plover_type for e in events if {e.source.country, e.target.country} == {"ETH", "ERI"}} == {"AGREE"}


def test_a_call_for_an_act_against_someone_accuses_them(all_coder):
    events = all_coder.code_text("A UN human rights expert has called for sanctions against Myanmar's military-run "
                                 "companies for serious violations.", date="2019-05-01")
    assert {e.plover_type for e in events if e.target.country == "MMR"} == {"ACCUSE"}
    for text, target in (("Protesters called for Rossello's resignation.", "Rossello"),
                         ("The EU called on Turkey to halt drilling.", "Turkey")):
        events = all_coder.code_text(text, date="2019-05-01")
        assert any(e.plover_type == "REQUEST" and e.target.text == target for e in events), text


def test_a_possessive_in_the_object_is_the_subjects(all_coder):
    text = "The Sudanese army accused the Rapid Support Forces of attacking civilians. Poland closed its border."
    events = all_coder.code_text(text, date="2023-06-01")
    assert not [e for e in events if e.source.country == "POL" and e.target.country == "SDN"]


def test_a_state_body_that_protests_does_not_protest_against_its_own_government(all_coder):
    text = "Russia's foreign ministry summoned the US ambassador to protest against the new sanctions."
    events = all_coder.code_text(text, date="2023-06-01")
    assert not [e for e in events if e.plover_type == "PROTEST" and e.target.country == "RUS"]


def test_the_subjects_own_possessive_is_no_target_and_the_place_is(all_coder):
    text = "Even though the Kremlin left their ally in Armenia out to dry, Russia sees Azerbaijan as a conduit."
    events = all_coder.code_text(text, date="2024-05-20")
    assert ("RUS", "ARM") in {(e.source.country, e.target.country) for e in events}


def test_a_tagged_name_is_read_whole(all_coder):
    text = ("The Secretary of State, Hillary Clinton, recently reiterated that the United States will not lift the "
            "embargo it has imposed on the island for almost half a century if Cuba does not release its political "
            "prisoners.")
    events = all_coder.code_text(text, date="2010-01-01")
    assert not [e for e in events if "States" in (e.source.text, e.target.text)]


def test_a_seat_where_people_met_is_no_target_beside_the_person(coder):
    text = ("Israeli Prime Minister Benjamin Netanyahu met Russian President Vladimir Putin on Wednesday at the "
            "Kremlin, where they discussed security in the Middle East.")
    events = coder.code_text(text, date="2019-01-01")
    assert [e.target.text for e in events if e.plover_type == "CONSULT"] == ["Russian President Vladimir Putin"]


def test_what_a_speaker_says_another_must_do_is_a_request(coder):
    events = coder.code_text("The U.S. has said that North Korea must first disarm before it can receive aid.",
                             date="2003-01-01")
    assert ("USA", "REQUEST", "PRK") in _triples(events)
    own = coder.code_text("Merkel said Germany must do more to help refugees.", date="2015-09-01")
    assert not [e for e in own if e.plover_type == "REQUEST"]


def test_an_attack_on_a_police_post_is_an_attack_on_the_police(all_coder):
    text = "Taliban fighters stormed a police headquarters in eastern Afghanistan on Sunday, officials said."
    events = all_coder.code_text(text, date="2015-01-01")
    assert [(e.plover_type, e.target.country, e.target.sector) for e in events
            if "headquarters" in e.target.text] == [("ASSAULT", "AFG", "COP")]


def test_coordinated_words_before_a_noun_are_actors_of_their_own(all_coder):
    text = "UK and EU negotiators have agreed a landmark free trade agreement."
    events = all_coder.code_text(text, date="2020-12-24")
    assert {("GBR", "EUR"), ("EUR", "GBR")} <= {(e.source.country, e.target.country) for e in events}


def test_two_titled_names_the_parser_reads_as_one_are_two_actors(coder):
    from shadowline.records import Document

    text = ("The House subpoenaed a transcript of a call between Trump and then-newly elected President Zelensky "
            "in late July.")
    document = Document("d", text, "2019-10-01")
    candidates = coder.propose(document, list(coder.nlp(text).sents))
    assert ("USA", "UKR") in {(c.source.actor.country, c.target.actor.country) for c in candidates
                              if c.trigger.text == "call"}
    assert not [c for c in candidates if " and " in c.source.actor.text + c.target.actor.text]


def test_a_region_word_picks_the_state_referred_back_to_in_its_region(all_coder):
    text = ("Iran and France held talks in Paris on Monday. German firms said they would pull out of the Middle "
            "Eastern nation.")
    events = all_coder.code_text(text, date="2019-01-21")
    assert {e.target.country for e in events if "Middle Eastern" in e.target.text} == {"IRN"}  # not France


def test_the_subject_of_a_verb_that_makes_an_act_is_its_author(coder):
    events = coder.code_text("ISIS carried out a multi-pronged attack on Iran's parliament in June 2017 that killed "
                             "17 people.", date="2017-06-08")
    assert ("IMG", "ASSAULT", "IRN") in _triples(events)


def test_a_dateline_is_no_part_of_an_actor(all_coder):
    text = "KABUL: The Taliban ambushed a police convoy in western Afghanistan, an official said Saturday."
    events = all_coder.code_text(text, date="2015-01-01")
    assert events and not [e for e in events if "KABUL" in e.source.text + e.target.text]
    dashed = all_coder.code_text("BAMAKO - Armed men attacked an army camp in Mali, killing 19 soldiers.",
                                 date="2019-01-01")
    assert dashed and not [e for e in dashed if "BAMAKO" in e.source.text]


def test_holding_talks_is_consulting(coder):
    events = coder.code_text("Theresa May held talks with European Council president Donald Tusk.",
                             date="2019-02-01")
    assert [e.plover_type for e in events if "Tusk" in e.target.text] == ["CONSULT"]


def test_the_party_a_claim_is_attributed_to_does_not_do_the_act(all_coder):
    text = ("Pakistan and Afghanistan's intelligence services have agreed to share information, according to "
            "Pakistani officials.")
    events = all_coder.code_text(text, date="2015-05-19")
    assert not [e for e in events if e.source.text == "Pakistani officials" and e.plover_type == "AGREE"]


def test_the_parties_of_between_act_on_each_other(all_coder):
    events = all_coder.code_text("Talks between Russia and Ukraine resumed in Istanbul on Tuesday.", date="2022-03-29")
    assert {("RUS", "CONSULT", "UKR"), ("UKR", "CONSULT", "RUS")} <= _triples(events)


def test_a_tagged_span_does_not_end_in_a_verb(all_coder):
    text = ("Among other things, the House subpoenaed a full transcript of a call between Trump and then-newly "
            "elected President Zelensky in late July.")
    events = all_coder.code_text(text, date="2019-10-04")
    assert not [e for e in events if e.source.text.endswith("subpoenaed")]


def test_a_report_with_its_author_named_speaks_for_the_author(coder):
    events = coder.code_text("A U.S. congressional report called for sanctions against China over human rights "
                             "abuses.", date="2019-01-01")
    assert ("USA", "ACCUSE", "CHN") in _triples(events)  # a call for sanctions against China accuses it


def test_burning_a_state_flag_is_a_protest_against_the_state(coder):
    events = coder.code_text("Protesters in the eastern Kosovan town of Gjilan burned the Macedonian flag.",
                             date="2001-03-01")
    assert [(e.plover_type, e.target.country) for e in events] == [("PROTEST", "MKD")]
    flags = coder.code_text("The protests openly included Azerbaijani flags and t-shirts.", date="2024-06-01")
    assert not [e for e in flags if e.target.country == "AZE"]


def test_people_counted_when_released_are_those_people(all_coder):
    text = "Hundreds of political prisoners have been released by rebel forces in Tripoli over the last few days."
    events = all_coder.code_text(text, date="2011-08-25")
    assert [(e.source.sector, e.target.sector) for e in events] == [("REB", "CVL")]


def test_weapons_whose_users_are_named_act_for_them(coder):
    events = coder.code_text("The missiles fired by the Israeli military struck an arms depot of the Syrian army "
                             "after midnight.", date="2019-01-01")
    assert ("ISR", "ASSAULT", "SYR") in _triples(events)
    rockets = coder.code_text("In response thirteen rockets and mortar shells had also hit southern Israel on Friday.",
                              date="2008-12-27")
    assert not [e for e in rockets if "rockets" in e.source.text]


@pytest.mark.parametrize("text, triple", [
    ("Today, Iran's government faces widespread international criticism from the U.N. over its detention of "
     "activists.", ("UNO", "ACCUSE", "IRN")),
    ("Israel has come under pressure from the United States to halt the offensive.", ("USA", "COERCE", "ISR")),
    ("Turkey received a warning from Russia over its operation in Syria.", ("RUS", "THREATEN", "TUR")),
])
def test_an_act_received_from_someone_is_theirs(coder, text, triple):
    assert triple in _triples(coder.code_text(text, date="2019-01-01"))


def test_an_office_served_is_no_act(all_coder):
    text = "Bolton previously served as the US ambassador to the United Nations under former president George W. Bush."
    assert not all_coder.code_text(text, date="2019-09-10")


def test_an_allegation_is_an_accusation(all_coder):
    text = ('Germany banned the Iranian airline Mahan Air. US Ambassador to Germany Richard Grenell alleged, by way of '
            'example, Mahan had "contributed to incredible human suffering, violence, and political instability felt '
            'across the world".')
    events = all_coder.code_text(text, date="2019-01-21")
    assert [e.plover_type for e in events if e.source.country == "USA" and e.target.text == "Mahan"] == ["ACCUSE"]


def test_an_act_refused_is_a_rejection(coder):
    events = coder.code_text("Merkel refused to meet with Trump.", date="2018-06-01")
    assert [(e.plover_type, e.target.country) for e in events] == [("REJECT", "USA")]
    denied = coder.code_text("China would not refuse to meet Japan.", date="2018-06-01")
    assert not [e for e in denied if e.plover_type == "REJECT"]


def test_a_capital_the_sentence_is_set_in_places_agents_of_a_stateless_story(coder):
    events = coder.code_text("Police arrested dozens of protesters in Minsk on Sunday.", date="2020-08-10")
    assert [(e.source.country, e.plover_type, e.target.country) for e in events] == [("BLR", "COERCE", "BLR")]


def test_a_crowd_named_only_by_its_count_protests(coder):
    events = coder.code_text("Hundreds of thousands rallied in Tbilisi against the government.", date="2024-12-01")
    assert [(e.source.country, e.source.sector, e.plover_type, e.target.country) for e in events] == [
        ("GEO", "CVL", "PROTEST", "GEO")]


def test_bodies_of_one_state_agreeing_act_on_each_other(all_coder):
    events = all_coder.code_text("Sudan's army and the Rapid Support Forces agreed to a seven-day ceasefire.",
                                 date="2023-05-20")
    assert {("MIL", "REB"), ("REB", "MIL")} <= {(e.source.sector, e.target.sector) for e in events}


def test_a_states_property_attacked_stands_for_the_state(coder):
    claimed = coder.code_text("The Houthis claimed responsibility for a drone attack on a Saudi oil facility.",
                              date="2019-09-15")
    assert ("YEM", "ASSAULT", "SAU") in _triples(claimed)
    struck = coder.code_text("Russian missiles struck Ukrainian power plants overnight.", date="2022-10-10")
    assert ("RUS", "ASSAULT", "UKR") in _triples(struck)


def test_the_act_charged_is_no_part_of_the_accused(coder):
    events = coder.code_text("The Philippines accused Chinese coast guard vessels of firing water cannon at its "
                             "supply boat.", date="2023-08-06")
    assert [e.target.text for e in events if e.plover_type == "ACCUSE"] == ["Chinese coast guard vessels"]


def test_a_possessive_under_an_infinitive_is_the_subjects(all_coder):
    text = ("Thousands of Serbs protested in Belgrade on Saturday. Chad and Sudan agreed to reopen their border, the "
            "two countries' foreign ministers said.")
    events = all_coder.code_text(text, date="2024-01-01")
    assert not [e for e in events if e.source.country in {"TCD", "SDN"} and e.target.country == "SRB"]


def test_the_country_a_speaker_speaks_of_is_the_speakers(all_coder):
    text = ("Niger expelled the French ambassador. Iran's supreme leader said the country would respond to any attack "
            "by Israel.")
    events = all_coder.code_text(text, date="2024-01-01")
    assert not [e for e in events if e.source.country == "IRN" and e.target.country == "NER"]


def test_the_object_prompted_to_act_is_the_actor(coder):
    events = coder.code_text("Azerbaijani forces launched an offensive in Nagorno-Karabakh, prompting Armenia to "
                             "appeal to Russia for help.", date="2023-09-19")
    assert ("ARM", "REQUEST", "RUS") in _triples(events)
    assert not [e for e in events if e.source.country == "AZE" and e.target.country == "RUS"]


def test_the_author_of_a_rejected_bid_is_the_target(all_coder):
    for text, target in (("Russia rejected a bid by France to hold talks.", "FRA"),
                         ("Russia rejected an offer by France.", "FRA"),
                         ("Israeli Prime Minister Yitzhak Shamir rejected a bid by Industry Minister Ariel Sharon to "
                          "issue a Cabinet statement.", "ISR")):
        events = all_coder.code_text(text, date="1990-05-01")
        assert any(e.plover_type == "REJECT" and e.target.country == target and "bid" not in e.target.text
                   and "offer" not in e.target.text for e in events), text


def test_the_agent_of_a_participle_authors_the_act(all_coder):
    events = all_coder.code_text("Germany welcomed an offer made by Poland.", date="2024-05-01")
    assert ("DEU", "SUPPORT", "POL") in _triples(events)
    assert all(e.modality == "asserted" for e in events)


def test_states_coordinated_before_a_possessive_noun_each_have_one(all_coder):
    events = all_coder.code_text("Pakistan and Afghanistan's intelligence services have agreed to share information.",
                                 date="2019-05-01")
    assert {("PAK", "AGREE", "AFG"), ("AFG", "AGREE", "PAK")} <= _triples(events)


def test_naming_an_act_judges_its_author(all_coder):
    text = ('Prime Minister Boris Johnson asked the Queen to suspend Parliament. Labour Party leader Jeremy Corbyn '
            'called the move a "smash and grab on our democracy".')
    events = all_coder.code_text(text, date="2019-08-29")
    assert any(e.source.text.endswith("Corbyn") and e.plover_type == "ACCUSE" and e.target.sector == "GOV"
               for e in events)
    events = all_coder.code_text("Russia calls itself a great power.", date="2019-08-29")
    assert not [e for e in events if e.target.text == "a great power"]


def test_a_statement_that_a_third_party_attacked_accuses_it(all_coder):
    events = all_coder.code_text("US Secretary of State Mike Pompeo said Iran had attacked the tankers.",
                                 date="2019-06-14")
    assert ("USA", "ACCUSE", "IRN") in _triples(events)
    for text in ("Israel's army said it struck Hamas targets in Gaza.",
                 "Carrie Lam announced that her government will withdraw the bill.",
                 "Officials said Paris is sending police to the island."):
        events = all_coder.code_text(text, date="2019-06-14")
        assert not [e for e in events if e.plover_type == "ACCUSE" and e.source.sector == e.target.sector
                    and e.source.country == e.target.country], text
        assert not [e for e in events if e.plover_type == "ACCUSE" and "Paris" in e.target.text], text


def test_a_judged_act_told_with_no_target_is_its_authors(all_coder):
    events = all_coder.code_text("North Korea fired two missiles into the sea on Monday. Japan condemned the launch.",
                                 date="2022-10-04")
    assert ("JPN", "ACCUSE", "PRK") in _triples(events)
    events = all_coder.code_text('President Trump proposed to declare a national emergency. Schiff called it "a '
                                 'non-starter".', date="2019-01-11")
    assert any(e.source.text == "Schiff" and e.target.country == "USA" and e.target.sector == "GOV" for e in events)
    events = all_coder.code_text("North Korea fired two missiles into the sea. South Korea's president visited Tokyo. "
                                 "Japan condemned the launch.", date="2022-10-04")  # a visit is no launch
    assert ("JPN", "ACCUSE", "PRK") in _triples(events) and ("JPN", "ACCUSE", "KOR") not in _triples(events)


def _parsed_pairs(coder, text, date):
    """(source country, trigger, target country) of the candidates the parse proposes (not the span tagger)."""
    from shadowline.records import Document

    candidates = coder.propose(Document("d", text, date), list(coder.nlp(text).sents))
    return {(c.source.actor.country, c.trigger.text, c.target.actor.country) for c in candidates
            if c.relation != "tagged"}


def test_two_titled_names_joined_under_a_title_are_two_actors(coder):
    pairs = _parsed_pairs(coder, "On Sunday, US President Donald Trump and Turkish President Recep Tayyip Erdoğan "
                                 "met in Washington.", "2019-11-10")
    assert {("USA", "met", "TUR"), ("TUR", "met", "USA")} <= pairs


def test_whoever_announces_a_plan_does_the_planned_act(coder):
    pairs = _parsed_pairs(coder, "Russia announced plans to expel the British ambassador.", "2018-03-16")
    assert ("RUS", "expel", "GBR") in pairs


def test_pulling_out_of_a_state_acts_on_the_state(coder):
    pairs = _parsed_pairs(coder, "Several German firms pulled out of Iran last year.", "2019-01-21")
    assert ("DEU", "pulled", "IRN") in pairs


def test_a_planned_attack_is_not_the_attack_a_later_sentence_condemns(all_coder):
    text = ("US forces killed Qasem Soleimani in an airstrike on Friday. General Soleimani was developing plans to "
            "attack American diplomats in Iraq. The Iraqi prime minister condemned the attack.")
    events = all_coder.code_text(text, date="2020-01-03")
    assert {e.target.country for e in events if e.source.country == "IRQ"} == {"USA"}


def test_they_after_several_named_subjects_stands_for_each_of_them(all_coder):
    events = all_coder.code_text("The leaders of France, Germany and Italy said they would keep supporting Ukraine.",
                                 date="2024-08-01")
    assert {("FRA", "SUPPORT", "UKR"), ("DEU", "SUPPORT", "UKR"), ("ITA", "SUPPORT", "UKR")} <= _triples(events)


def test_states_that_condemn_an_act_together_do_not_act_on_each_other(all_coder):
    events = all_coder.code_text("China, Russia and Iran condemned the strikes on Yemen.", date="2024-01-12")
    assert not [e for e in events if {e.source.country, e.target.country} <= {"CHN", "RUS", "IRN"}]
    waged = all_coder.code_text("France and Azerbaijan are waging a shadow conflict.", date="2024-06-01")
    assert {("FRA", "AZE"), ("AZE", "FRA")} <= {(e.source.country, e.target.country) for e in waged}


def test_people_an_attack_killed_are_of_the_state_it_hit(coder):
    events = coder.code_text("Russian missiles hit Kyiv overnight, killing five people.", date="2024-07-08")
    assert {e.target.country for e in events if "people" in e.target.text} == {"UKR"}  # not the attacker's
    named = coder.code_text("Israeli troops raided a refugee camp, killing at least 12 Palestinians.",
                            date="2024-07-08")
    assert {e.target.country for e in named if "Palestinians" in e.target.text} == {"PSE"}


def test_people_kidnapped_are_the_victims_of_an_assault(coder):
    events = coder.code_text("Gunmen kidnapped two of the Nigerian students.", date="2024-03-08")
    assert [(e.plover_type, e.target.country) for e in events] == [("ASSAULT", "NGA")]
    passive = coder.code_text("Two aid workers were kidnapped in northern Mali on Sunday.", date="2024-03-08")
    assert [(e.plover_type, e.target.country) for e in passive] == [("ASSAULT", "MLI")]


def test_the_one_asked_is_the_target_and_the_asked_act_is_no_event(all_coder):
    events = all_coder.code_text("Washington wants Beijing to stop buying Iranian oil.", date="2024-05-01")
    assert _triples(events) == {("USA", "REQUEST", "CHN")}
    expected = all_coder.code_text("Erdogan expects Sweden to crack down on Kurdish militants.", date="2023-01-10")
    assert not [e for e in expected if e.source.country == "SWE"]  # Sweden was asked, it did nothing yet


def test_foreign_forces_do_not_take_the_story_state(coder):
    events = coder.code_text("The Taliban want foreign forces to leave Afghanistan.", date="2019-01-23")
    assert [(e.source.country, e.plover_type, e.target.country) for e in events] == [("AFG", "REQUEST", None)]
    minister = coder.code_text("The Afghan foreign minister met Taliban negotiators in Doha.", date="2019-01-23")
    assert {e.target.country for e in minister} == {"AFG"}


def test_those_who_discuss_a_topic_consult_each_other(coder):
    events = coder.code_text("Putin and Trump discussed Ukraine in a phone call.", date="2025-03-18")
    assert _triples(events) == {("RUS", "CONSULT", "USA"), ("USA", "CONSULT", "RUS")}


def test_several_countries_are_an_actor_of_no_one_state(coder):
    text = ("Russia jailed the opposition leader on Friday. Some European countries have called for sanctions "
            "against Moscow over the case.")
    events = coder.code_text(text, date="2021-02-05")
    assert [(e.source.text, e.source.country, e.plover_type, e.target.country) for e in events
            if e.sentence_index == 1] == [("Some European countries", None, "ACCUSE", "RUS")]


def test_those_who_reach_an_accord_on_something_are_its_parties(all_coder):
    events = all_coder.code_text("Greek and Turkish diplomats reached an agreement on Cypriot fishing rights.",
                                 date="2023-03-19")
    assert {("GRC", "TUR"), ("TUR", "GRC")} <= {(e.source.country, e.target.country) for e in events}


def test_whoever_one_is_expelled_from_expelled_them(all_coder):
    events = all_coder.code_text("Three Russian diplomats were expelled from Poland on Monday.", date="2023-05-08")
    assert ("POL", "SANCTION", "RUS") in _triples(events)
    assert not [e for e in events if (e.source.country, e.target.country) == ("RUS", "POL")]


def test_where_a_cargo_is_sent_is_the_target_also_when_it_hangs_off_the_cargo(all_coder):
    events = all_coder.code_text("The African Union has deployed election observers in Kenya for the first time.",
                                 date="2008-03-01")
    assert ("AU", "KEN") in {(e.source.country, e.target.country) for e in events}


def test_a_tagged_pair_does_not_reverse_what_the_parse_read_of_a_passive(all_coder):
    events = all_coder.code_text("Two inspectors for the UN nuclear watchdog have been expelled from Iran.",
                                 date="2020-01-01")
    assert _triples(events) == {("IRN", "SANCTION", "IAEA")}


def test_officials_telling_of_their_own_government_accuse_nobody(all_coder):
    text = "The Obama administration has sent CIA teams into Libya to vet the rebels, according to US officials."
    events = all_coder.code_text(text, date="2011-03-30")
    assert not [e for e in events if e.source.text == "US officials"]


@pytest.mark.parametrize("text", ["The United States and Israel conducted joint military exercises.",
                                  "France and Germany jointly developed a new tank."])
def test_what_is_done_jointly_is_done_with_each_other(coder, text):
    events = coder.code_text(text, date="2024-01-01")
    pairs = {(e.source.country, e.target.country) for e in events}
    assert len(pairs) == 2 and all((b, a) in pairs for a, b in pairs)


@pytest.mark.parametrize(("text", "target"), [("Russia massed troops near the border with Ukraine.", "UKR"),
                                              ("The United States moved troops to Poland.", "POL")])
def test_forces_a_state_moves_are_no_target_where_they_go_is(all_coder, text, target):
    events = all_coder.code_text(text, date="2022-01-01")
    assert {e.target.country for e in events} == {target}


def test_a_force_post_fired_at_is_the_force_attacked(coder):
    events = coder.code_text("Hezbollah fighters fired anti-tank missiles at an Israeli army post.", date="2024-01-08")
    assert _triples(events) == {("LBN", "ASSAULT", "ISR")}


def test_at_the_request_of_someone_names_the_asker_not_a_target(all_coder):
    events = all_coder.code_text("The Wagner group deployed fighters to Mali at the request of the junta.",
                                 date="2022-01-01")
    assert not [e for e in events if "request" in e.target.text]


def test_people_sentenced_with_no_court_named_were_sentenced_by_their_state_court(coder):
    events = coder.code_text("Two journalists were convicted of espionage in Iran.", date="2024-01-01")
    assert [(e.source.text, e.source.country, e.source.sector, e.plover_type, e.target.country) for e in events] == [
        ("court", "IRN", "JUD", "COERCE", "IRN")]


def test_a_statement_about_the_speakers_own_state_accuses_nobody(all_coder):
    events = all_coder.code_text("India and Pakistan exchanged fire across the Line of Control overnight, the Indian "
                                 "army said.", date="2024-01-01")
    assert not [e for e in events if e.plover_type == "ACCUSE" and e.target.country == "IND"]
    assert ("IND", "ACCUSE", "PAK") in _triples(events)
    forces = all_coder.code_text("Pakistani security forces killed 12 militants in a raid in North Waziristan, the "
                                 "army said.", date="2024-01-01")
    assert not [e for e in forces if e.plover_type == "ACCUSE"]


def test_an_intent_verb_makes_only_its_complement_a_coming_act(coder):
    events = coder.code_text("Demonstrators in Nairobi set fire to parts of the parliament building as lawmakers "
                             "passed a tax bill.", date="2024-06-25")
    assert events and all(e.modality == "asserted" for e in events)
    planned = coder.code_text("Kenya plans to send police officers to Haiti.", date="2024-06-25")
    assert planned and all(e.modality == "future" for e in planned)


@pytest.mark.parametrize(("text", "group"), [
    ("Hezbollah fired rockets at northern Israel. The group threatened Israel with more attacks.", "LBN"),
    ("Human Rights Watch accused Ethiopia of ethnic cleansing. The group urged the African Union to act.", "NGO"),
])
def test_the_group_is_the_armed_or_rights_group_named_before(coder, text, group):
    events = coder.code_text(text, date="2024-01-08")
    later = [e for e in events if e.source.text == "The group"]
    assert later and all(e.source.country == group and e.source.via.startswith("earlier mention") for e in later)


def test_a_one_word_adjective_is_not_a_group_named_before(all_coder):
    text = ("The militant organisation, the Islamic State of Iraq and the Levant, claimed the attacks in Tunisia. "
            "Another Islamic garment, the hijab, was banned in Tunisian public offices.")
    events = all_coder.code_text(text, date="2019-07-08")
    assert not [e for e in events for a in (e.source, e.target) if a.text == "Islamic"]


def test_the_city_an_act_is_set_in_places_its_agents(coder):
    events = coder.code_text("Police arrested more than 200 protesters in Istanbul on Sunday.", date="2024-01-01")
    assert _triples(events) == {("TUR", "COERCE", "TUR")}


def test_the_two_sides_are_not_the_mediators_of_their_own_clause(all_coder):
    text = ("Israeli forces carried out air strikes across Gaza. Hamas fired rockets at Tel Aviv in response. "
            "Egypt and Qatar are trying to broker a truce between the two sides.")
    events = all_coder.code_text(text, date="2024-01-08")
    sides = {a.country for e in events for a in (e.source, e.target) if a.text == "the two sides"}
    assert sides and sides <= {"ISR", "PSE"}


def test_a_claimed_attack_hit_the_place_its_clause_names(coder):
    events = coder.code_text("The bombing, which killed 12 people in Kabul, was claimed by Islamic State.",
                             date="2024-01-08")
    assert {(e.source.text, e.plover_type, e.target.country) for e in events} == {("Islamic State", "ASSAULT", "AFG")}


def test_a_call_between_two_leaders_is_consultation_both_ways(coder):
    events = coder.code_text("The House subpoenaed a full transcript of a call between Trump and Ukrainian President "
                             "Volodymyr Zelensky in late July.", date="2019-10-04")
    assert {("USA", "CONSULT", "UKR"), ("UKR", "CONSULT", "USA")} <= _triples(events)


def test_an_act_of_harm_after_for_is_the_reason_not_a_target(coder):
    events = coder.code_text("Iran's supreme leader Ayatollah Ali Khamenei vowed revenge against Israel for the "
                             "killing of Hamas leader Ismail Haniyeh in Tehran.", date="2024-08-01")
    assert {e.target.country for e in events} == {"ISR"}
    # with no other target, the harm's author is whom the act answers
    events = coder.code_text("Iran vowed to retaliate for the Israeli strike on its consulate in Damascus.",
                             date="2024-04-02")
    assert ("IRN", "THREATEN", "ISR") in _triples(events)


def test_who_adopts_a_text_does_what_it_is_to_do(all_coder):
    passed = all_coder.code_text("The US Senate passed a bill to impose sanctions on Chinese officials.",
                                 date="2024-01-01")
    assert [(e.source.country, e.plover_type, e.target.country, e.modality) for e in passed] == [
        ("USA", "SANCTION", "CHN", "future")]
    for verb in ("rejected", "proposed"):
        text = f"The US Senate {verb} a bill to impose sanctions on Chinese officials."
        assert not [e for e in all_coder.code_text(text, date="2024-01-01") if e.plover_type == "SANCTION"], verb


def test_a_relation_between_a_government_and_a_group_of_its_state_is_reciprocal(coder):
    events = coder.code_text("The talks between the Colombian government and the ELN rebels resumed in Caracas.",
                             date="2024-01-01")
    assert {(e.source.sector, e.plover_type, e.target.sector) for e in events} == {("GOV", "CONSULT", "REB"),
                                                                                    ("REB", "CONSULT", "GOV")}


@pytest.mark.parametrize(("text", "plover_type"), [
    ("Police in Georgia's capital used water cannon to disperse thousands of protesters.", "ASSAULT"),  # 0059
    ("Thousands of protesters were dispersed by riot police in Tbilisi.", "COERCE")])
def test_dispersing_protesters_is_coercion_of_the_protesters(coder, text, plover_type):
    events = coder.code_text(text, date="2024-12-01")
    assert {(e.source.sector, e.plover_type, e.target.text.lower()) for e in events} == {
        ("COP", plover_type, "thousands of protesters")}


def test_recommending_that_someone_act_asks_them(coder):
    events = coder.code_text("Iraq's prime minister recommended that US troops leave the country.", date="2020-01-06")
    assert _triples(events) == {("IRQ", "REQUEST", "USA")}
    told = _parsed_pairs(coder, "The senator told the Nevada Independent that Ukraine is a friend.", "2020-01-06")
    assert not [p for p in told if p[2] == "UKR"]


@pytest.mark.parametrize("text", ["The House of Representatives issued a subpoena for documents from Secretary of "
                                  "State Mike Pompeo.", "The House issued a deposition request for Pompeo."])
def test_a_subpoena_or_request_issued_for_someone_asks_them(coder, text):
    events = coder.code_text(text, date="2019-10-04")
    assert [(e.plover_type, e.target.name) for e in events] == [("REQUEST", "Mike Pompeo")]


def test_founding_a_body_is_no_act_on_it(all_coder):
    events = all_coder.code_text("The Thai Raksa Chart party was founded by supporters of the Shinawatra family.",
                                 date="2019-02-09")
    assert not events


def test_deporting_people_is_coercion_by_the_state_they_leave(coder):
    events = coder.code_text("Hundreds of Afghan refugees were deported from Pakistan this week.", date="2023-11-01")
    assert _triples(events) == {("PAK", "COERCE", "AFG")}


@pytest.mark.parametrize("text", ["Russia attacked the town of Pokrovsk.",
                                  "Russian forces shelled villages in the Kharkiv region.",
                                  "Russian drones hit a Ukrainian ammunition depot."])
def test_an_attacked_settlement_or_property_is_its_state_attacked(coder, text):
    assert _triples(coder.code_text(text, date="2024-08-01")) == {("RUS", "ASSAULT", "UKR")}


def test_hijacking_a_ship_of_a_state_is_an_assault_on_it(coder):
    events = coder.code_text("Somali pirates hijacked a Bangladeshi cargo ship off the coast of Somalia.",
                             date="2024-03-12")
    assert _triples(events) == {("SOM", "ASSAULT", "BGD")}


@pytest.mark.parametrize(("text", "triple"), [
    ("The EU condemned Russia's invasion of Ukraine.", ("RUS", "ASSAULT", "UKR")),
    ("The killing of a Palestinian teenager by Israeli police sparked protests.", ("ISR", "ASSAULT", "PSE")),
])
def test_an_attack_or_killing_told_by_its_noun_is_an_assault(coder, text, triple):
    assert triple in _triples(coder.code_text(text, date="2024-01-01"))


def test_cutting_ties_is_a_sanction_both_ways(coder):
    events = coder.code_text("Morocco and Algeria cut diplomatic ties in 2021.", date="2021-08-24")
    assert _triples(events) == {("MAR", "SANCTION", "DZA"), ("DZA", "SANCTION", "MAR")}


def test_the_international_community_is_of_no_one_state(all_coder):
    events = all_coder.code_text("Armenia accused Azerbaijan of ethnic cleansing and appealed to the international "
                                 "community for help.", date="2023-09-25")
    community = [e.target for e in events if e.target.text == "the international community"]
    assert community and all(a.country is None for a in community)


def test_trading_blame_is_an_accusation_both_ways(coder):
    events = coder.code_text("Pakistan and Afghanistan's Taliban government traded blame after border clashes killed "
                             "several soldiers.", date="2024-12-28")
    assert {("PAK", "ACCUSE", "AFG"), ("AFG", "ACCUSE", "PAK")} <= _triples(events)


@pytest.mark.parametrize(("text", "target"), [
    ("The US Treasury froze the assets of three Mexican cartel leaders.", "three Mexican cartel leaders"),
    ("Hackers breached the email accounts of German officials.", "German officials"),
])
def test_what_a_party_owns_is_acted_on_through_its_owner(all_coder, text, target):
    events = all_coder.code_text(text, date="2024-03-01")
    assert target in {e.target.text for e in events}


def test_what_a_law_is_on_is_its_topic_not_whom_protesters_oppose(coder):
    events = coder.code_text("Thousands of people protested in Tbilisi against a law on foreign agents.",
                             date="2024-05-01")
    assert [(e.plover_type, e.target.country, e.target.sector) for e in events] == [("PROTEST", "GEO", "GOV")]


def test_what_a_coming_act_is_done_for_is_to_come_too(all_coder):
    events = all_coder.code_text("Kenya will deploy 1,000 police officers to Haiti to fight gangs.", date="2023-07-30")
    assert events and {e.modality for e in events} == {"future"}


def test_the_court_an_act_is_brought_before_is_no_target(all_coder):
    events = all_coder.code_text("South Africa filed a genocide case against Israel at the International Court of "
                                 "Justice.", date="2023-12-29")
    assert {(e.source.country, e.target.country) for e in events} == {("ZAF", "ISR")}


def test_forces_of_a_body_above_states_give_a_story_no_state(all_coder):
    events = all_coder.code_text("Protesters threw stones at the UN peacekeepers.", date="2024-01-01")
    assert events and all(e.source.country is None for e in events)


def test_a_dateline_is_not_the_subject_of_the_lead(coder):
    text = ("Serbia and Kosovo agree to implement EU-backed deal\n\n"
            "OHRID — Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti agreed on Saturday to "
            "implement a European Union plan to normalise relations, EU foreign policy chief Josep Borrell said.")
    events = coder.code_text(text, date="2023-03-18")
    lead = [e for e in events if e.sentence.startswith("Serbian President")]
    assert ("SRB", "AGREE", "XKX") in _triples(lead)


def test_the_two_leaders_are_two_people_named_before(all_coder):
    text = ("Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti agreed to implement a European "
            "Union plan. The two leaders did not sign the agreement.")
    events = all_coder.code_text(text, date="2023-03-18")
    leaders = {e.source.country for e in events if e.source.text == "The two leaders"}
    assert leaders == {"SRB", "XKX"}


def test_what_an_act_prompted_is_not_done_by_its_actor(all_coder):
    events = all_coder.code_text("Kosovo police arrested three Serbs, prompting Serbian President Aleksandar Vucic to "
                                 "put the army on high alert.", date="2023-05-30")
    assert not [e for e in events if e.source.sector == "COP" and e.target.country == "SRB" and e.target.name]
    assert not [e for e in events if e.target.text == "the army"]


@pytest.mark.parametrize("text", ["Ethnic Serb protesters injured dozens of NATO peacekeepers.",
                                  "Protesters stabbed two police officers near the parliament."])
def test_harming_someone_is_an_assault_whoever_does_it(coder, text):
    events = coder.code_text(text, date="2023-05-30")
    assert {e.plover_type for e in events} == {"ASSAULT"}


@pytest.mark.parametrize(("text", "target"), [
    ("Thousands of people rallied in Niamey on Saturday in support of the junta.", "the junta"),
    ("Supporters of the government rallied in Caracas in support of President Nicolas Maduro.",
     "President Nicolas Maduro"),
])
def test_a_rally_in_support_of_someone_is_support_not_protest(all_coder, text, target):
    events = all_coder.code_text(text, date="2023-08-26")
    assert [(e.plover_type, e.target.text) for e in events] == [("SUPPORT", target)]
    protest = all_coder.code_text("Protesters marched in Paris in support of the pension strike.", date="2023-03-01")
    assert {e.plover_type for e in protest} == {"PROTEST"}


def test_two_states_coordinated_as_one_side_act_not_on_each_other(all_coder):
    events = all_coder.code_text("Mali and Burkina Faso, both run by military governments, warned that any "
                                 "intervention in Niger would be considered a declaration of war.", date="2023-08-01")
    assert not [e for e in events if {e.source.country, e.target.country} == {"MLI", "BFA"}]


def test_a_view_is_no_event_unless_it_says_something_bad(all_coder):
    assert not all_coder.code_text("Beijing regards Taiwan as its own territory.", date="2024-05-20")
    events = all_coder.code_text("Moscow views NATO as a threat to its security.", date="2024-05-20")
    assert {(e.source.country, e.plover_type, e.target.country) for e in events} == {("RUS", "ACCUSE", "NATO")}


def test_what_an_act_retaliates_for_is_no_target(coder):
    events = coder.code_text("China imposed sanctions on five US defence companies and two executives in "
                             "retaliation for Washington's latest arms sales to Taiwan.", date="2024-06-21")
    assert _triples(events) == {("CHN", "SANCTION", "USA")}


def test_an_object_pronoun_is_not_the_subject_its_clause_shares(all_coder):
    events = all_coder.code_text("US envoy Tom Perriello met army chief Abdel Fattah al-Burhan in Port Sudan and "
                                 "urged him to return to peace talks in Jeddah.", date="2024-06-11")
    assert ("USA", "REQUEST", "SDN") in _triples(events)


@pytest.mark.parametrize(("text", "date", "triple"), [
    ("Sudan's army-led government accused the United Arab Emirates of supplying weapons to the Rapid Support Forces. "
     "The UAE has denied the allegation.", "2024-06-11", ("ARE", "REJECT", "SDN")),
    # a role or involvement denied is what the accuser said
    ("India blames Pakistan for the attack. Pakistan denies any role.", "2025-05-08", ("PAK", "REJECT", "IND")),
    ("The FBI blamed North Korean hackers for the theft. Pyongyang has denied involvement in cyber attacks.",
     "2022-04-15", ("PRK", "REJECT", "USA")),
])
def test_denying_an_allegation_rejects_who_made_it(coder, text, date, triple):
    assert triple in _triples(coder.code_text(text, date=date))


def test_its_ministry_is_of_the_state_its_stands_for(all_coder):
    events = all_coder.code_text("Russia denied the claim. Its foreign ministry said it had not attacked Ukraine.",
                                 date="2024-01-01")
    ministries = [e.source for e in events if e.source.text == "Its foreign ministry"]
    assert ministries and {a.country for a in ministries} == {"RUS"}


def test_the_launches_a_leader_condemns_are_of_who_fired_last(coder):
    text = ("North Korea fired two ballistic missiles into the sea, hours after Seoul and Washington began joint air "
            "drills. Japanese Prime Minister Fumio Kishida called the launches \"absolutely unacceptable\".")
    events = coder.code_text(text, date="2024-03-14")
    assert ("JPN", "ACCUSE", "PRK") in _triples(events)
    assert ("JPN", "ACCUSE", "USA") not in _triples(events)


def test_a_state_described_by_an_apposition_is_the_subject_of_its_verb(all_coder):
    events = all_coder.code_text("China, North Korea's main ally, called on all sides to exercise restraint.",
                                 date="2024-03-14")
    assert [(e.source.country, e.plover_type, e.target.country) for e in events] == [("CHN", "REQUEST", None)]


def test_rejecting_the_accusations_as_something_rejects_the_accuser(coder):
    text = ("France's foreign ministry accused Russia of running a disinformation campaign. Moscow rejected the "
            "accusations as \"Russophobic\".")
    assert ("RUS", "REJECT", "FRA") in _triples(coder.code_text(text, date="2024-07-20"))


def test_what_a_naming_verb_calls_its_object_holds_no_target(all_coder):
    events = all_coder.code_text("The foreign ministry of Iraq characterized the strike as \"a serious violation of "
                                 "Iraqi sovereignty\".", date="2020-01-05")
    assert not [e for e in events if e.target.text == "Iraqi"]


def test_the_losses_a_states_army_reports_are_its_own(all_coder):
    text = ("Israel carried out air strikes on military targets in Iran on Saturday, the Israeli military said. "
            "Israel's defence minister praised the Israeli air force. Iran's army said two soldiers were killed.")
    events = all_coder.code_text(text, date="2024-10-26")
    killed = [e for e in events if e.target.text == "two soldiers" and e.source.country == "ISR"]
    assert killed and {e.target.country for e in killed} == {"IRN"}  # by the attacker named last (decision 0060)


def test_a_tariff_on_a_states_goods_hits_the_state(coder):
    events = coder.code_text("Washington raised tariffs on Chinese electric vehicles to 100 percent.",
                             date="2024-05-14")
    assert _triples(events) == {("USA", "SANCTION", "CHN")}
    events = coder.code_text("China imposed duties on Australian wine and Canadian canola.", date="2020-11-27")
    assert {("CHN", "SANCTION", "AUS"), ("CHN", "SANCTION", "CAN")} <= _triples(events)


def test_the_act_a_noun_judges_is_the_last_one_told_by_its_verb(coder):
    text = ("China banned exports of gallium to the United States, a day after Washington raised tariffs on Chinese "
            "electric vehicles. US Trade Representative Katherine Tai called the ban \"coercive\".")
    events = coder.code_text(text, date="2024-12-03")
    assert ("USA", "ACCUSE", "CHN") in _triples(events)


def test_a_denial_and_an_accusation_beside_it_are_both_asserted(coder):
    text = ("Armenia's defence ministry said Azerbaijani forces had fired on villages in the Syunik region, wounding a "
            "civilian. Baku denied the claim and accused Armenian units of provoking the incident.")
    events = coder.code_text(text, date="2024-09-11")
    triples = {(e.source.country, e.plover_type, e.target.country, e.modality) for e in events}
    assert ("AZE", "REJECT", "ARM", "asserted") in triples  # the claim is the Armenian ministry's
    assert ("AZE", "ASSAULT", "ARM", "reported") in triples  # the wounded civilian was in the village hit
    assert not [e for e in events if e.plover_type == "ACCUSE" and e.source.country == "AZE"
                and e.modality == "negated"]


def test_talks_suspended_and_a_group_named_by_its_kind(coder):
    text = ("Colombia's government suspended peace talks with the National Liberation Army (ELN) after the guerrilla "
            "group attacked a military base, killing two soldiers. Cuba and Norway, which guarantee the talks, called "
            "on both parties to return to the negotiating table.")
    events = coder.code_text(text, date="2024-09-19")
    assert ("COL", "SANCTION", "COL") in _triples(events)
    assert [e.source.sector for e in events if e.source.text == "the guerrilla group"] == ["REB"]
    assert not [e for e in events if {e.source.country, e.target.country} == {"CUB", "NOR"}]
    assert {("CUB", "REQUEST", "COL"), ("NOR", "REQUEST", "COL")} <= _triples(events)


def test_an_act_of_conflict_threatened_is_a_threat(coder):
    events = coder.code_text("The EU threatened to impose sanctions on Belarus.", date="2021-05-24")
    assert _triples(events) == {("EUR", "THREATEN", "BLR")}


def test_people_an_attack_noun_killed_are_of_the_place_it_hit(coder):
    events = coder.code_text("Pakistani airstrikes on Kabul and the border province of Paktika killed at least 40 "
                             "people, according to the Taliban government.", date="2025-10-19")
    assert ("PAK", "ASSAULT", "AFG") in _triples(events)
    assert ("PAK", "ASSAULT", "PAK") not in _triples(events)


def test_states_that_swap_prisoners_act_on_each_other(coder):
    events = coder.code_text("Ukraine and Russia exchanged 95 prisoners of war each in a deal brokered by the United "
                             "Arab Emirates.", date="2024-08-24")
    assert {("UKR", "RUS"), ("RUS", "UKR")} <= {(e.source.country, e.target.country) for e in events}
    assert not [e for e in events if "prisoners" in e.target.text]


@pytest.mark.parametrize(("text", "date", "triple"), [
    # what an attack hits, with no state of its own, is of the state the attack is set in
    ("Saudi-led coalition warplanes bombed a prison in Yemen's Saada province.", "2019-09-01",
     ("SAU", "ASSAULT", "YEM")),
    # hacking a state's systems coerces the state
    ("Ukraine's military intelligence agency said it had hacked Russian state websites.", "2024-10-07",
     ("UKR", "COERCE", "RUS")),
    # people fleeing a state are of that state
    ("Thailand granted temporary protection to refugees fleeing fighting in Myanmar.", "2024-04-10",
     ("THA", "AID", "MMR")),
])
def test_a_state_the_phrase_gives_the_target_is_the_state_acted_on(coder, text, date, triple):
    assert _triples(coder.code_text(text, date=date)) == {triple}


def test_a_possessive_in_a_clause_said_is_the_speakers(coder):
    events = coder.code_text("Mali expelled the French ambassador. Paris said it had taken note of the expulsion and "
                             "recalled that its troops remained in the Sahel to fight Islamist militants.",
                             date="2022-02-01")
    troops = [e for e in events if e.source.text == "its troops"]
    assert troops and all(e.source.country == "FRA" for e in troops)


def test_a_possessive_beside_a_conjunct_is_the_conjuncts(coder):
    events = coder.code_text("US officials said Iran and its proxies attacked American troops.", date="2024-01-30")
    assert [e.source.country for e in events if e.source.text == "its proxies"] == ["IRN"]


def test_sanctions_judged_later_are_of_who_imposed_them(coder):
    events = coder.code_text("Paris said its troops remained in the Sahel to fight Islamist militants. West African "
                             "leaders imposed tough sanctions on Mali. Russia condemned the sanctions as unfair.",
                             date="2022-01-12")
    assert not [e for e in events if e.source.country == "RUS"]  # of several states: no one target
    assert [e.source.country for e in events if e.plover_type == "SANCTION"] == [None]


def test_the_agency_of_a_dateline_is_no_state_for_the_country(all_coder):
    text = ("BAMAKO, Feb 1 (Reuters) - Mali's military government on Monday gave France's ambassador 72 hours to leave "
            "the country.")
    assert not [e for e in all_coder.code_text(text, date="2022-02-01") if e.target.country == "GBR"]


def test_a_group_named_before_owns_its_positions(coder):
    events = coder.code_text("Hezbollah fired dozens of rockets at northern Israel on Sunday. The Israeli military "
                             "said it struck the group's positions in southern Lebanon.", date="2024-08-25")
    assert ("ISR", "ASSAULT", "LBN") in _triples(events)
    assert [e.target.sector for e in events if e.source.country == "ISR"] == ["REB"]


@pytest.mark.parametrize("text", [
    "Iran's foreign ministry warned Israel against any attack on Lebanon.",
    "The United States warned Russia against an invasion of Ukraine.",
])
def test_an_act_the_verb_is_about_is_no_second_target(all_coder, text):
    events = all_coder.code_text(text, date="2024-01-01")
    assert len({e.target.country for e in events}) == 1


def test_a_third_partys_claim_that_two_sides_exchanged_fire_blames_neither(all_coder):
    events = all_coder.code_text("Indian and Pakistani troops exchanged heavy fire across the frontier overnight, "
                                 "the United Nations said.", date="2025-05-08")
    assert {e.plover_type for e in events} == {"ASSAULT"}


def test_both_governments_are_the_states_not_their_people(coder):
    events = coder.code_text("Kurti accused Belgrade of backing illegal structures in Serb-majority municipalities, "
                             "while Vucic said Pristina was trying to drive Serbs out of Kosovo. Washington urged both "
                             "governments to show flexibility.", date="2022-08-18")
    asked = {(e.target.country, e.target.sector) for e in events if e.plover_type == "REQUEST"}
    assert asked == {("XKX", "GOV"), ("SRB", "GOV")}


def test_the_two_neighbours_are_states_not_the_body_that_asked_them(all_coder):
    events = all_coder.code_text("Eritrea's information minister dismissed the accusation. The African Union called "
                                 "on both countries to resolve their differences through dialogue. Kenya's president "
                                 "William Ruto offered to host talks between the two neighbours.", date="2025-03-12")
    assert not [e for e in events if e.source.country == "KEN" and e.target.country == "AU"]


def test_accusing_a_neighbouring_state_is_an_accusation(coder):
    events = coder.code_text("Ethiopia's government accused neighbouring Eritrea on Wednesday of mobilising troops "
                             "near their shared border.", date="2025-03-12")
    assert _triples(events) == {("ETH", "ACCUSE", "ERI")}


def test_talks_offered_are_to_come(all_coder):
    events = all_coder.code_text("Kenya offered to host talks between Ethiopia and Eritrea.", date="2025-03-12")
    assert {e.modality for e in events if {e.source.country, e.target.country} == {"ETH", "ERI"}} == {"future"}


def test_a_place_retaken_from_a_force_is_an_attack_on_the_force(coder):
    events = coder.code_text("Sudan's army said on Friday it had recaptured the presidential palace in Khartoum from "
                             "the paramilitary Rapid Support Forces.", date="2025-03-21")
    assert [(e.target.sector, e.plover_type) for e in events] == [("REB", "ASSAULT")]


def test_an_act_one_is_due_to_do_is_to_come(all_coder):
    due = all_coder.code_text("Taiwan President Lai Ching-te is due to visit the Marshall Islands next month.",
                              date="2025-01-01")
    assert [e.modality for e in due if e.target.country == "MHL"] == ["future"]
    assert {e.modality for e in all_coder.code_text("Russia is unlikely to attack NATO.", date="2025-01-01")} == {
        "negated"}
    assert {e.modality for e in all_coder.code_text("Russia is likely to attack Ukraine again.",
                                                    date="2025-01-01")} == {"hypothetical"}


def test_talks_a_body_brokers_are_no_party_and_its_envoy_no_side(coder):
    events = coder.code_text("Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met on "
                             "Thursday at EU-mediated talks. EU foreign policy chief Josep Borrell said the two sides "
                             "would continue talking.", date="2022-08-18")
    assert not [e for e in events if e.target.country == "EUR"]


def test_states_of_emergency_are_each_declarers_own(all_coder):
    events = all_coder.code_text("Poland built a fence on its border. Lithuania and Latvia have declared states of "
                                 "emergency at their borders.", date="2021-11-10")
    assert {t for t in _triples(events) if t[0] in {"LTU", "LVA"}} == {("LTU", "COERCE", "LTU"),
                                                                      ("LVA", "COERCE", "LVA")}


@pytest.mark.parametrize(("text", "date", "asker", "sides"), [
    # "both governments" named by a demonym in the sentence
    ("Humanitarian groups criticised Polish border guards for pushing migrants back into Belarus, and the UN refugee "
     "agency called on both governments to allow aid workers into the area.", "2021-11-10", "UNO", {"POL", "BLR"}),
    # "the two allies" are two sides
    ("Turkish jets violated Greek airspace. Athens lodged a complaint with Ankara. NATO Secretary-General Jens "
     "Stoltenberg called on the two allies to resolve their differences through dialogue.", "2020-08-28", "NATO",
     {"GRC", "TUR"}),
])
def test_the_two_sides_asked_are_the_two_states(coder, text, date, asker, sides):
    events = coder.code_text(text, date=date)
    assert {e.target.country for e in events if e.source.country == asker} == sides


def test_a_claim_not_made_tells_no_attack(all_coder):
    events = all_coder.code_text("An attack near Ankara killed five people. The PKK did not immediately claim "
                                 "responsibility.", date="2024-10-23")
    assert not [e for e in events if "PKK" in e.source.text]
    assert not [e for e in events if e.source.text == "Ankara"]  # where the attack was did nothing


def test_a_region_retook_from_forces_is_an_attack_on_the_forces(coder):
    events = coder.code_text("Azerbaijan retook the Karabakh region from ethnic Armenian forces in September 2023.",
                             date="2024-01-01")
    assert _triples(events) == {("AZE", "ASSAULT", "ARM")}


def test_finalising_the_text_of_an_agreement_is_agreeing(coder):
    events = coder.code_text("Armenia and Azerbaijan have finalised the text of a peace agreement to end nearly four "
                             "decades of conflict, the two countries' foreign ministries said on Thursday.",
                             date="2025-03-13")
    assert {("ARM", "AGREE", "AZE"), ("AZE", "AGREE", "ARM")} <= _triples(events)


def test_the_junta_is_the_one_named_with_its_state(coder):
    events = coder.code_text("Niger's ruling junta said on Saturday it had revoked a military agreement with the "
                             "United States. The U.S. State Department said it was aware of the statement and was in "
                             "touch with the junta. The United States has about 1,000 troops in Niger.",
                             date="2024-03-16")
    assert [e.target.country for e in events if e.target.text == "the junta"] == ["NER"]


def test_measures_taken_against_someone_coerce_them(coder):
    events = coder.code_text("China's coast guard said it had taken \"control measures\" against the Philippine "
                             "vessels.", date="2024-06-17")
    assert {e.plover_type for e in events} == {"COERCE"}


def test_an_act_talked_about_gives_the_talkers_no_target(all_coder):
    events = all_coder.code_text("Meloni said the leaders also discussed China's support for Russia's war effort.",
                                 date="2024-06-14")
    assert not [e for e in events if e.target.country == "RUS" and e.source.country != "CHN"]


def test_a_minister_telling_parliament_acts_on_no_one(all_coder):
    events = all_coder.code_text("Home Secretary James Cleverly told parliament the measures were a response to a "
                                 "pattern of malign activity by Moscow.", date="2024-05-08")
    assert not [e for e in events if e.target.sector == "LEG"]


def test_coordinated_states_recalling_their_ambassadors_act_on_no_one_of_them(all_coder):
    events = all_coder.code_text("Chile and Honduras recalled their ambassadors from Israel.", date="2024-06-01")
    assert {(e.source.country, e.target.country) for e in events} == {("CHL", "ISR"), ("HND", "ISR")}


def test_the_seizure_judged_later_is_of_who_seized(coder):
    events = coder.code_text("Iran's Revolutionary Guards seized a Marshall Islands-flagged oil tanker in the Gulf of "
                             "Oman on Thursday. The seizure came a week after the United States confiscated a cargo of "
                             "Iranian oil. Britain and France condemned the seizure.", date="2024-01-11")
    assert {e.target.country for e in events if e.source.country in {"GBR", "FRA"}} == {"IRN"}


def test_a_ship_named_by_its_kind_takes_no_state_from_the_story(all_coder):
    events = all_coder.code_text("Iran seized an oil tanker. Iranian state media said the tanker had collided with an "
                                 "Iranian fishing boat.", date="2024-01-11")
    assert not [e for e in events if e.target.text == "the tanker" and e.target.country == "IRN"]


def test_foreign_intelligence_services_are_not_the_storys_state(coder):
    events = coder.code_text("President Aleksandar Vucic accused foreign intelligence services of organising the "
                             "protest in Belgrade to topple his government.", date="2024-08-10")
    assert [e.target.country for e in events] == [None]


def test_countries_in_general_are_no_actor(all_coder):
    events = all_coder.code_text("Japan, which cannot send weapons to countries at war under its own rules, has "
                                 "supplied Ukraine with generators.", date="2024-02-19")
    assert _triples(events) == {("JPN", "AID", "UKR")}
    counted = all_coder.code_text("While 54 nations have signed onto the AfCFTA, only 27 have ratified the agreement.",
                                  date="2019-07-08")
    assert not [e for e in counted if e.source.text == "54 nations"]


def test_a_name_hung_on_an_object_before_its_own_verb_is_that_verbs_subject(all_coder):
    events = all_coder.code_text("Israel launched a strike on Gaza. The African Union suspended Gabon's membership and "
                                 "France, the former colonial power, condemned the attack.", date="2023-08-31")
    assert ("EUR", "SANCTION", "FRA") not in _triples(events) and ("AU", "SANCTION", "FRA") not in _triples(events)
    assert ("FRA", "ACCUSE", "ISR") in _triples(events)


def test_what_an_actor_is_blamed_for_gives_no_second_target(all_coder):
    events = all_coder.code_text("The FBI on Friday blamed North Korean hackers for the theft of $600 million in "
                                 "cryptocurrency from the video game Axie Infinity, saying the Lazarus Group was "
                                 "behind the attack.", date="2022-04-15")
    assert {e.target.country for e in events} == {"PRK"}


def test_a_force_named_with_its_state_is_the_later_bare_force(coder):
    events = coder.code_text("The first contingent of 400 Kenyan police officers arrived in Haiti on Tuesday. Haitian "
                             "Prime Minister Garry Conille welcomed the officers at the airport.", date="2024-06-25")
    assert [e.target.country for e in events if e.source.country == "HTI"] == ["KEN"]


def test_what_a_dispute_is_over_is_no_party_to_it(all_coder):
    events = all_coder.code_text("The leaders of Venezuela and Guyana agreed on Thursday not to threaten or use force "
                                 "against each other in their dispute over the oil-rich Essequibo region.",
                                 date="2023-12-14")
    assert not [e for e in events if "Essequibo" in e.target.text]


def test_firing_on_people_and_killing_them_is_an_assault(all_coder):
    events = all_coder.code_text("Protesters stormed Kenya's parliament on Tuesday and set part of it on fire after "
                                 "lawmakers passed tax increases, and police opened fire on the crowds, killing at "
                                 "least five people, a rights group said.", date="2024-06-25")
    assert {e.plover_type for e in events if e.source.text == "police"} == {"ASSAULT"}


def test_encouraging_someone_to_act_asks_them_and_an_inquiry_into_someone_accuses(all_coder):
    asked = all_coder.code_text("The US has been encouraging allies such as Germany to restrict Mahan's operations.",
                                date="2019-01-21")
    assert _triples(asked) == {("USA", "REQUEST", "DEU")}
    events = all_coder.code_text("The US encouraged investigations into Iran's central bank.", date="2019-01-21")
    assert {e.plover_type for e in events if e.target.country == "IRN"} == {"ACCUSE"}


def test_coordinated_parties_agreeing_to_a_ceasefire_agree_with_each_other(coder):
    events = coder.code_text("Israel and Hamas agreed on Wednesday to a ceasefire in Gaza and the release of hostages "
                             "held by the militant group in exchange for Palestinian prisoners, mediators Qatar and "
                             "Egypt said.", date="2025-01-15")
    assert {("ISR", "AGREE", "PSE"), ("PSE", "AGREE", "ISR")} <= _triples(events)


@pytest.mark.parametrize(("text", "triple"), [
    ("The European Commission launched an investigation into Chinese electric car subsidies. China's commerce "
     "ministry called the probe \"naked protectionism\".", ("CHN", "ACCUSE", "EUR")),
    ("Pakistan began deporting Afghans. The Taliban administration in Kabul called the expulsions cruel.",
     ("AFG", "ACCUSE", "PAK")),
])
def test_a_probe_or_expulsion_called_bad_accuses_its_author(coder, text, triple):
    assert triple in _triples(coder.code_text(text, date="2023-10-04"))


def test_it_is_never_a_person(all_coder):
    events = all_coder.code_text("French President Emmanuel Macron backed the investigation, while Hungary's Prime "
                                 "Minister Viktor Orban criticised it.", date="2023-10-04")
    assert not [e for e in events if e.target.country == "FRA"]


def test_a_charge_denied_in_a_relative_clause_rejects_its_speaker(coder):
    events = coder.code_text("French Interior Minister Gerald Darmanin said on Thursday that Azerbaijan had made a "
                             "deal with pro-independence separatists in the Pacific territory, a charge Baku denied.",
                             date="2024-05-17")
    assert ("AZE", "REJECT", "FRA") in _triples(events)


def test_both_sides_are_not_the_court_one_of_them_turned_to(coder):
    events = coder.code_text("Thai and Cambodian troops exchanged fire in a disputed border area on Wednesday. "
                             "Cambodian Prime Minister Hun Manet said his government would file a complaint with the "
                             "International Court of Justice. China and ASEAN urged both sides to exercise restraint.",
                             date="2025-05-28")
    assert {e.target.country for e in events if e.source.country == "CHN"} == {"THA", "KHM"}


def test_ships_of_a_force_act_for_it(coder):
    events = coder.code_text("Chinese coast guard ships fired water cannon at a Philippine supply vessel near the "
                             "disputed Second Thomas Shoal on Saturday, the Philippine military said.",
                             date="2024-03-23")
    assert ("CHN", "PHL") in {(e.source.country, e.target.country) for e in events}


def test_a_dative_to_names_whom_a_thing_is_sent(coder):
    events = coder.code_text("Egypt, which is locked in a dispute with Ethiopia over a giant dam on the Nile, sent "
                             "military equipment to Mogadishu last month.", date="2024-09-24")
    assert ("EGY", "AID", "SOM") in _triples(events)


@pytest.mark.parametrize("text", ["The United States condemned what it called Iran's reckless missile strikes.",
                                  "The United States condemned what it described as Iran's reckless missile strikes."])
def test_what_a_speaker_calls_an_act_is_the_act(coder, text):
    assert ("USA", "ACCUSE", "IRN") in _triples(coder.code_text(text, date="2024-01-16"))


def test_a_body_a_complaint_is_brought_before_is_not_its_target(all_coder):
    events = all_coder.code_text("Ukraine lodged a complaint against Russia with the World Trade Organization.",
                                 date="2024-01-16")
    assert {e.target.country for e in events} == {"RUS"}


def test_a_government_speaking_of_its_own_state_is_no_event(all_coder):
    events = all_coder.code_text("Chad ended its defence cooperation agreement with France on Thursday. The Chadian "
                                 "foreign ministry said the decision would allow Chad to \"fully assert its "
                                 "sovereignty\".", date="2024-11-28")
    assert not [e for e in events if e.source.country == e.target.country == "TCD"]


def test_western_governments_are_not_the_storys_state(all_coder):
    events = all_coder.code_text("Rwanda denied backing the rebels. Protesters in Kigali accused Western governments "
                                 "of bias.", date="2025-01-28")
    assert {e.target.country for e in events if "Western" in e.target.text} == {None}


def test_a_bare_name_end_after_a_body_is_the_body(coder):
    events = coder.code_text("Iran's Revolutionary Guards fired missiles at Erbil. The Guards also said they had "
                             "struck Islamic State targets in Syria.", date="2024-01-16")
    assert {e.source.country for e in events if e.source.text == "The Guards"} == {"IRN"}


def test_a_territory_the_parser_reads_as_a_product_stays_an_actor(coder):
    events = coder.code_text("Ethiopia signed a memorandum of understanding with Somaliland in January to lease 20 "
                             "kilometres of coastline.", date="2024-01-01")
    assert ("ETH", "SOM") in {(e.source.country, e.target.country) for e in events}


def test_a_protest_makes_no_assailant_of_the_protester(all_coder):
    events = all_coder.code_text("Chinese coast guard ships fired water cannon at a Philippine supply vessel. The "
                                 "Philippines summoned China's deputy ambassador to protest the \"aggressive "
                                 "actions\". The United States condemned the attack.", date="2024-03-23")
    assert {e.target.country for e in events if e.source.country == "USA"} == {"CHN"}


def test_his_government_is_the_speakers(all_coder):
    events = all_coder.code_text("Cambodia accused Thai soldiers of crossing into Cambodian territory. Thailand denied "
                                 "the accusation. Cambodian Prime Minister Hun Manet said his government would ask "
                                 "the International Court of Justice to settle the dispute.", date="2025-06-01")
    assert not [e for e in events if e.source.country == "THA" and e.target.country == "ICJ"]


def test_the_court_after_a_named_court_is_that_court(all_coder):
    events = all_coder.code_text("Cambodia said it would ask the International Court of Justice to settle the "
                                 "dispute. Thailand said it does not recognise the court's jurisdiction.",
                                 date="2025-06-01")
    assert {e.target.country for e in events if e.source.country == "THA"} <= {"ICJ"}


def test_where_someone_lives_is_no_target(all_coder):
    events = all_coder.code_text("Police said they had detained dozens of people suspected of taking part in a "
                                 "vote-buying scheme financed by Ilan Shor, a fugitive pro-Russian businessman living "
                                 "in Moscow.", date="2024-10-17")
    assert not [e for e in events if "Moscow" in e.target.text]


def test_a_gerund_after_a_preposition_shares_the_subject(coder):
    events = coder.code_text("Moldova expelled a Russian diplomat on Thursday after accusing Moscow of attempting to "
                             "destabilise the country.", date="2024-10-17")
    assert ("MDA", "ACCUSE", "RUS") in _triples(events)


@pytest.mark.parametrize("text", ["Russia imposed tariffs on Georgian wine. Georgia called the tariffs unjustified.",
                                  "Russia imposed tariffs on Georgian wine. Georgia said the tariffs were "
                                  "unjustified."])
def test_an_act_said_to_be_bad_accuses_its_author(coder, text):
    assert ("GEO", "ACCUSE", "RUS") in _triples(coder.code_text(text, date="2024-10-17"))



def test_a_sitting_president_after_by_is_no_clause(all_coder):
    events = all_coder.code_text("The House of Representatives issued a subpoena for documents from Secretary of State "
                                 "Mike Pompeo as part of its impeachment investigation into alleged misconduct by "
                                 "sitting President Donald Trump.", date="2019-09-27")
    assert not [e for e in events if "Trump" in e.target.text]


def test_what_a_naming_verb_calls_its_object_is_no_actor(all_coder):
    events = all_coder.code_text("North Korea's state media said the country had permanently sealed its southern "
                                 "border and described the South as a \"hostile state\".", date="2024-10-15")
    assert not [e for e in events if "hostile" in e.target.text]


def test_state_media_speak_of_their_own_country(all_coder):
    events = all_coder.code_text("North Korea blew up sections of roads and railways connecting it to South Korea on "
                                 "Tuesday, the South's military said, days after Pyongyang accused Seoul of flying "
                                 "drones over its capital. North Korea's state media said the country had permanently "
                                 "sealed its southern border and described the South as a \"hostile state\".",
                                 date="2024-10-15")
    assert not [e for e in events if e.target.text == "the country" and e.target.country == "KOR"]


def test_helping_someone_in_its_war_is_its_war(all_coder):
    events = all_coder.code_text("South Korean intelligence said Pyongyang had sent thousands of troops to help Russia "
                                 "in its war against Ukraine.", date="2024-10-18")
    assert not [e for e in events if e.source.country == "PRK" and e.target.country == "UKR"]


def test_the_rest_of_a_bodys_name_is_no_target(all_coder):
    events = all_coder.code_text("Israel's parliament passed a law on Monday banning the U.N. agency for Palestinian "
                                 "refugees from operating on Israeli territory.", date="2024-10-28")
    assert {e.target.country for e in events} == {"UNO"}


def test_the_subject_of_a_verb_the_parser_hung_on_it_is_no_side(coder):
    events = coder.code_text("Pakistani warplanes struck suspected hideouts of the Pakistani Taliban inside "
                             "Afghanistan. Pakistan's foreign ministry urged Kabul to stop giving shelter to the "
                             "group. China, which has close ties with both countries, called on the two sides to "
                             "resolve their differences through dialogue.", date="2024-12-24")
    assert {e.target.country for e in events if e.source.country == "CHN"} == {"PAK", "AFG"}


def test_an_execution_judged_is_the_executioners(coder):
    events = coder.code_text("Iran executed a man convicted of spying for Israel. Iran and Israel have fought a "
                             "shadow war for years. The European Union condemned the execution.", date="2024-04-29")
    assert {e.target.country for e in events if e.source.country == "EUR"} == {"IRN"}


def test_an_airspace_violated_is_not_the_intruders(coder):
    candidates = _proposed(coder, "Japan lodged a protest with China after a Chinese military aircraft violated its "
                                  "airspace for the first time.", "2024-08-27")
    assert ("CHN", "violated", "JPN") in candidates


def test_an_insurgency_waged_is_no_actor(all_coder):
    events = all_coder.code_text("The PKK, which has waged an insurgency against the Turkish state since 1984, claimed "
                                 "responsibility.", date="2024-10-24")
    assert not [e for e in events if "insurgency" in e.target.text]


def test_a_demand_in_a_second_clause_said_is_a_request(coder):
    events = coder.code_text("Russian Deputy Foreign Minister Sergei Ryabkov said Moscow was ready to discuss "
                             "strategic stability but that Washington must first abandon its \"hostile policy\" "
                             "toward Russia.", date="2024-10-24")
    assert ("RUS", "REQUEST", "USA") in _triples(events)


def test_the_bloc_is_the_body_named_before(all_coder):
    events = all_coder.code_text("The European Union agreed on tariffs on Chinese electric vehicles. China accused the "
                                 "bloc of protectionism.", date="2024-10-08")
    assert ("CHN", "ACCUSE", "EUR") in _triples(events)


def test_goods_a_duty_is_on_are_of_where_they_come_from(coder):
    text = "China imposed anti-dumping duties on brandy imported from the European Union on Tuesday."
    assert ("CHN", "imposed", "EUR") in _proposed(coder, text, "2024-10-08")
    assert ("CHN", "SANCTION", "EUR") in _triples(coder.code_text(text, date="2024-10-08"))


def test_the_place_of_a_topic_talked_about_is_the_topic(all_coder):
    events = all_coder.code_text("Biden hosted Kenyan President William Ruto at the White House. The two leaders "
                                 "discussed security in Haiti, debt relief and investment.", date="2024-05-23")
    assert not [e for e in events if e.target.country == "HTI"]


@pytest.mark.parametrize("text", ["Biden pledged $250 million in military aid to Kenya.",
                                  "The European Union pledged 1.8 billion euros in aid to Moldova."])
def test_an_amount_of_aid_pledged_is_aid(coder, text):
    assert {e.plover_type for e in coder.code_text(text, date="2024-05-23")} == {"AID"}


def test_its_after_a_person_is_the_state_named(coder):
    events = coder.code_text("Macron flew to Mali on Tuesday and met its president.", date="2024-05-23")
    assert {e.target.country for e in events} == {"MLI"} and "its president" in {e.target.text for e in events}


def test_their_after_a_single_state_is_the_plural_named(all_coder):
    events = all_coder.code_text("Mexico paused relations with the U.S. and Canadian embassies on Tuesday after their "
                                 "ambassadors criticised a judicial reform backed by President Andres Manuel Lopez "
                                 "Obrador. Lopez Obrador said the comments were an unacceptable interference in "
                                 "Mexico's internal affairs.", date="2024-08-27")
    assert {e.source.country for e in events if e.source.text == "their ambassadors"} == {"USA"}
    assert ("MEX", "ACCUSE", "USA") in {(e.source.country, e.plover_type, e.target.country) for e in events
                                       if e.source.text == "Lopez Obrador"}


def test_a_denial_of_what_was_said_rejects_the_accuser(coder):
    events = coder.code_text("Poland will build a barrier along its border with Belarus, Prime Minister Donald Tusk "
                             "said on Saturday, accusing Minsk of pushing migrants toward the frontier. Belarusian "
                             "leader Alexander Lukashenko denied that his government was organising the flow of "
                             "migrants.", date="2024-05-25")
    assert ("BLR", "REJECT", "POL") in _triples(events)


def test_the_subject_of_a_passive_acts_in_its_active_conjunct_and_both_parties_are_the_fighters(coder):
    events = coder.code_text("The army, which has been fighting the RSF since April 2023, said the paramilitary group "
                             "had shelled the camp for three days. The United Nations said it was alarmed by the "
                             "reports and called on both parties to protect civilians.", date="2024-08-16")
    assert ("UNO", "REQUEST", "SDN") in _triples(events)


def test_a_quoted_claim_about_anothers_act_accuses_it(coder):
    events = coder.code_text("\"India is using proxies to destabilise Pakistan,\" General Asim Munir said at a "
                             "ceremony in Quetta.", date="2024-11-12")
    assert ("PAK", "ACCUSE", "IND") in _triples(events)
    assert {e.modality for e in events if e.source.country == "IND"} == {"reported"}


@pytest.mark.parametrize("text", ["Pakistan's army chief accused India of sponsoring militant attacks in Balochistan. "
                                  "India's foreign ministry called the allegations baseless.",
                                  "Pakistan accused India of sponsoring attacks. New Delhi called the claims absurd."])
def test_an_accusation_called_bad_rejects_the_accuser(coder, text):
    events = coder.code_text(text, date="2024-11-12")
    assert ("IND", "REJECT", "PAK") in _triples(events) and ("IND", "ACCUSE", "PAK") not in _triples(events)


def test_the_country_in_what_a_states_body_says_of_another_states_act_is_the_speakers(all_coder):
    events = all_coder.code_text("South Korea's spy agency said on Thursday that North Korean hackers had stolen "
                                 "sensitive data from the country's defence companies over the past year.",
                                 date="2024-11-14")
    assert {e.target.country for e in events if "defence companies" in e.target.text} == {"KOR"}
    assert {e.source.country for e in events if "spy agency" in e.source.text} == {"KOR"}


def test_a_release_called_a_stunt_accuses_and_holding_hostages_is_an_assault(coder):
    events = coder.code_text("Hamas released two American hostages on Friday. Israel said the release was a "
                             "publicity stunt by Hamas, which is still holding more than 200 hostages seized in its "
                             "Oct. 7 attack on southern Israel.", date="2023-10-20")
    assert ("ISR", "ACCUSE", "PSE") in _triples(events)
    assert {e.plover_type for e in events if e.target.text == "more than 200 hostages"} == {"ASSAULT"}


def test_a_crackdown_called_repression_accuses(coder):
    events = coder.code_text("Georgian police used water cannon and tear gas to disperse thousands of protesters. "
                             "President Salome Zourabichvili, who has broken with the government, joined the "
                             "protesters and called the crackdown a \"Russian-style\" repression.",
                             date="2024-11-28")
    assert ("GEO", "ACCUSE", "GEO") in _triples(events)


def test_the_subject_of_a_passive_is_no_tagged_source(all_coder):
    events = all_coder.code_text("Hamas released two American hostages on Friday. The two women were handed over to "
                                 "the International Committee of the Red Cross at the Gaza border.", date="2023-10-20")
    assert not [e for e in events if e.source.text == "The two women"]


def test_a_verb_in_the_speakers_tense_hung_on_the_clause_said_is_the_speakers(coder):
    events = coder.code_text("The Taliban have banned women from speaking in public under a new law. The U.N. mission "
                             "in Afghanistan said the law would further restrict women's rights and urged the Taliban "
                             "to repeal it. The Taliban's chief spokesman rejected the criticism, calling it "
                             "arrogant.", date="2024-08-25")
    assert {("UNO", "REQUEST", "AFG"), ("AFG", "REJECT", "UNO")} <= _triples(events)


def test_these_accusations_called_baseless_reject_the_accuser(coder):
    events = coder.code_text("Azerbaijan accused France of stoking unrest. \"These accusations are baseless,\" "
                             "French foreign ministry spokesman Christophe Lemoine said.", date="2024-05-17")
    assert ("FRA", "REJECT", "AZE") in _triples(events)


def test_supplying_weapons_is_aid(coder):
    events = coder.code_text("Relations have been strained since France began supplying weapons to Armenia.",
                             date="2024-05-17")
    assert ("FRA", "AID", "ARM") in _triples(events)


def test_the_state_rebels_fight_is_their_own(all_coder):
    events = all_coder.code_text("Colombia's government and the ELN rebel group agreed to extend a ceasefire, as peace "
                                 "talks hosted by Cuba and Norway entered a new phase. The ELN, which has fought the "
                                 "state since 1964, agreed to stop kidnapping for ransom.", date="2024-02-06")
    assert {e.target.country for e in events if e.target.text == "the state"} == {"COL"}


def test_recognising_a_states_sovereignty_over_a_place_supports_the_state(all_coder):
    events = all_coder.code_text("France recognised Morocco's sovereignty over Western Sahara on Tuesday.",
                                 date="2024-07-30")
    assert {e.target.country for e in events} == {"MAR"}


def test_withdrawing_an_envoy_from_a_capital_and_a_decision_judged_after_its_consequence(coder):
    events = coder.code_text("France recognised Morocco's sovereignty over Western Sahara on Tuesday, prompting "
                             "Algeria to withdraw its ambassador from Paris with immediate effect. Algeria, which "
                             "backs the Polisario Front independence movement, said the decision was a blatant "
                             "violation of international law.", date="2024-07-30")
    assert {("DZA", "SANCTION", "FRA"), ("DZA", "ACCUSE", "FRA")} <= _triples(events)


def test_drills_launched_around_a_state_mobilise_against_it_and_joint_drills_cooperate(coder):
    events = coder.code_text("China's military launched large-scale drills around Taiwan on Monday, simulating a "
                             "blockade of the island's ports, days after President Lai Ching-te said the People's "
                             "Republic had no right to represent Taiwan.", date="2024-10-14")
    assert ("CHN", "MOBILIZE", "TWN") in _triples(events)
    joint = coder.code_text("South Korea and the United States held joint military exercises.", date="2024-10-14")
    assert {e.plover_type for e in joint} == {"COOPERATE"}


def test_lawmakers_acting_on_their_own_government_are_an_event(coder):
    events = coder.code_text("Republican lawmakers criticised the White House for rewarding the communist "
                             "government.", date="2025-01-16")
    assert ("USA", "ACCUSE", "USA") in _triples(events)


def test_people_a_state_frees_are_its_own(coder):
    events = coder.code_text("The United States agreed to remove Cuba from its list of state sponsors of terrorism. "
                             "Washington also suspended a law that allows lawsuits against companies. President Joe "
                             "Biden said the United States would review the decision. Cuba freed 553 prisoners.",
                             date="2025-01-16")
    assert {e.target.country for e in events if e.target.text == "553 prisoners"} == {"CUB"}


def test_joint_exercises_with_troops_cooperate(coder):
    events = coder.code_text("Armenia has also deepened ties with the West, holding joint military exercises with U.S. "
                             "troops.", date="2024-09-11")
    assert ("ARM", "COOPERATE", "USA") in _triples(events)


def test_considering_an_act_something_makes_no_pair_of_the_considerers(all_coder):
    events = all_coder.code_text("Mali and Burkina Faso have said they would consider any intervention in Niger a "
                                 "declaration of war against them.", date="2023-08-01")
    assert not [e for e in events if {e.source.country, e.target.country} == {"MLI", "BFA"}]


def test_him_after_a_person_named_by_office_is_that_person(coder):
    events = coder.code_text("Niger's military government ordered the French ambassador to leave the country within 48 "
                             "hours on Friday, accusing him of ignoring an invitation to meet the foreign minister.",
                             date="2023-08-25")
    assert ("NER", "ACCUSE", "FRA") in _triples(events)


def test_a_text_drafted_by_a_state_is_its_own(coder):
    events = coder.code_text("China and Russia had vetoed an earlier U.S.-drafted resolution on Friday.",
                             date="2024-03-25")
    assert {("CHN", "REJECT", "USA"), ("RUS", "REJECT", "USA")} <= _triples(events)


def test_a_resolution_adopted_and_welcomed_later_is_its_adopters(coder):
    events = coder.code_text("The U.N. Security Council on Monday adopted a resolution demanding an immediate "
                             "ceasefire in Gaza. Hamas welcomed the resolution and said it was ready to engage in an "
                             "immediate prisoner exchange.", date="2024-03-25")
    assert ("PSE", "SUPPORT", "UNO") in _triples(events)


def test_what_an_adopted_text_does_in_a_participle_is_its_adopters(coder):
    events = coder.code_text("The U.N. nuclear watchdog's board of governors passed a resolution on Thursday ordering "
                             "Iran to improve cooperation with the agency.", date="2024-06-06")
    assert ("IAEA", "REQUEST", "IRN") in _triples(events)


def test_what_someone_is_called_on_to_do_is_no_act_of_the_caller(all_coder):
    events = all_coder.code_text("The U.N. General Assembly adopted a resolution calling on Russia to withdraw its "
                                 "troops from Ukraine.", date="2023-02-23")
    assert _triples(events) == {("UNO", "REQUEST", "RUS")}


def test_a_declaration_called_illegal_accuses_its_declarer(coder):
    events = coder.code_text("South Korean President Yoon Suk Yeol declared martial law late on Tuesday. Opposition "
                             "leader Lee Jae-myung called the declaration illegal.", date="2024-12-03")
    assert ("KOR", "ACCUSE", "KOR") in _triples(events)


def test_two_subjects_the_parser_did_not_coordinate_are_both_sources(coder):
    events = coder.code_text("Congolese President Felix Tshisekedi and Rwandan President Paul Kagame signed a peace "
                             "deal in Washington on Thursday.", date="2025-06-27")
    assert {("COD", "SUPPORT", "RWA"), ("RWA", "SUPPORT", "COD")} <= _triples(events)


def test_them_after_a_plural_named_before_is_that_plural(coder):
    events = coder.code_text("Russia expelled two British diplomats on Friday, accusing them of espionage.",
                             date="2024-05-10")
    assert ("RUS", "ACCUSE", "GBR") in _triples(events)


def test_regretting_anothers_decision_accuses_and_a_judgement_is_no_move(coder):
    events = coder.code_text("Argentina's President Javier Milei said on Monday his country would withdraw from the "
                             "World Health Organization. The WHO said it regretted the decision and hoped Argentina "
                             "would reconsider. Brazil's health minister criticised the move.", date="2025-02-05")
    assert {("WHO", "ACCUSE", "ARG"), ("BRA", "ACCUSE", "ARG")} <= _triples(events)


def test_what_one_failed_to_do_did_not_happen(coder):
    events = coder.code_text("Ethiopia and Egypt failed to reach an agreement on the dam after three days of talks in "
                             "Washington.", date="2020-02-28")
    assert events and {e.modality for e in events} == {"negated"}


def test_condemnation_a_clause_prompts_is_of_its_actor(coder):
    events = coder.code_text("North Korea test-fired an intercontinental ballistic missile on Thursday, prompting "
                             "condemnation from Japan and South Korea.", date="2024-10-31")
    assert {("JPN", "ACCUSE", "PRK"), ("KOR", "ACCUSE", "PRK")} <= _triples(events)


def test_a_charge_denied_after_an_accusation_rejects_the_accuser(coder):
    events = coder.code_text("The Sudanese army accused the United Arab Emirates of arming the Rapid Support Forces, a "
                             "charge the UAE denied.", date="2024-06-19")
    assert ("ARE", "REJECT", "SDN") in _triples(events)


def test_each_accusing_the_other_accuse_each_other(coder):
    events = coder.code_text("Azerbaijan and Armenia exchanged fire on their border on Tuesday, each accusing the "
                             "other of starting the clash.", date="2022-09-13")
    assert {("AZE", "ACCUSE", "ARM"), ("ARM", "ACCUSE", "AZE")} <= _triples(events)


def test_its_neighbour_is_the_other_state_named(coder):
    events = coder.code_text("Algeria cut diplomatic ties with Morocco, accusing its neighbour of hostile actions.",
                             date="2021-08-24")
    assert ("DZA", "ACCUSE", "MAR") in _triples(events)


def test_him_after_the_head_of_a_body_is_that_head(coder):
    events = coder.code_text("The Malian junta expelled the head of the U.N. peacekeeping mission, accusing him of "
                             "interfering in the country's affairs.", date="2023-01-20")
    assert ("MLI", "ACCUSE", "UNO") in _triples(events)


def test_a_move_called_a_threat_accuses_its_author(coder):
    events = coder.code_text("Venezuela's National Assembly approved a law creating a new state in the disputed "
                             "Essequibo region of Guyana. Guyana's president called the move an existential threat.",
                             date="2024-03-21")
    assert ("GUY", "ACCUSE", "VEN") in _triples(events)


def test_a_move_criticised_in_a_relative_clause_is_the_clauses_act(coder):
    events = coder.code_text("The Philippines and Japan signed a defence pact allowing their troops to train in each "
                             "other's territory, a move China criticised as threatening regional peace.",
                             date="2024-07-08")
    assert ("CHN", "ACCUSE", "PHL") in _triples(events)


def test_what_a_response_answers_is_its_authors(all_coder):
    events = all_coder.code_text("Iran's supreme leader Ayatollah Ali Khamenei vowed a harsh response to Israel's "
                                 "killing of Hamas leader Ismail Haniyeh in Tehran.", date="2024-07-31")
    assert {e.target.country for e in events if e.source.country == "IRN"} == {"ISR"}


def test_what_sanctions_are_over_is_why_they_are_imposed(all_coder):
    events = all_coder.code_text("Beijing imposed sanctions on Lockheed Martin over arms sales to Taiwan, freezing the "
                                 "company's assets in China.", date="2024-01-01")
    assert not [e for e in events if e.target.country == "TWN"]


def test_a_text_rejected_stands_for_its_author(coder):
    events = coder.code_text("Rwanda's government rejected a U.N. report that accused it of controlling the M23 "
                             "rebels, calling it biased.", date="2024-07-09")
    assert ("RWA", "REJECT", "UNO") in _triples(events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru's Congress voted on Thursday to remove President Dina Boluarte from office.", ("PER", "COERCE", "PER")),
    ("Niger's army ousted President Mohamed Bazoum in July.", ("NER", "COERCE", "NER")),
    ("Romania's electoral commission disqualified far-right candidate Calin Georgescu from the presidential race.",
     ("ROU", "COERCE", "ROU")),
    ("Kenya's President William Ruto sacked his entire cabinet.", ("KEN", "SANCTION", "KEN")),
])
def test_removing_someone_from_office(coder, text, expected):
    assert expected in _triples(coder.code_text(text, date="2025-01-01"))


def test_troops_removed_from_a_base_are_not_ousted(all_coder):
    events = all_coder.code_text("The United States removed its troops from the base in Iraq.", date="2025-01-01")
    assert "COERCE" not in {e.plover_type for e in events}


def test_a_reform_or_law_judged_stands_for_who_backed_or_passed_it(all_coder):
    events = all_coder.code_text("Their ambassadors criticised a judicial reform backed by President Andres Manuel "
                                 "Lopez Obrador.", date="2024-08-27")
    assert "MEX" in {e.target.country for e in events if e.plover_type == "ACCUSE"}
    events = all_coder.code_text("Kenya's opposition condemned a law passed by parliament that restricts foreign "
                                 "funding of charities.", date="2024-08-27")
    assert ("KEN", "ACCUSE", "KEN") in _triples(events)
    assert "LEG" in {e.target.sector for e in events if e.plover_type == "ACCUSE"}


def test_firing_an_official_is_a_sanction_and_firing_missiles_an_assault(all_coder):
    events = all_coder.code_text("The ruling coalition collapsed after the finance minister was fired by Chancellor "
                                 "Olaf Scholz.", date="2024-11-07")
    assert ("DEU", "SANCTION", "DEU") in _triples(events)
    events = all_coder.code_text("Iran fired dozens of missiles at Israel.", date="2024-10-01")
    assert {e.plover_type for e in events} == {"ASSAULT"}


@pytest.mark.parametrize(("text", "plover_type"), [
    ("Algerian President Abdelmadjid Tebboune pardoned dozens of protesters who had been jailed.", "CONCEDE"),
    ("A court in Tehran sentenced dozens of protesters to prison.", "SANCTION"),
])
def test_people_counted_are_pardoned_or_sentenced(coder, text, plover_type):
    events = coder.code_text(text, date="2024-01-01")
    assert plover_type in {e.plover_type for e in events if "protesters" in e.target.text}



def test_talks_on_joining_a_body_are_with_the_body(coder):
    events = coder.code_text("The ruling Georgian Dream party said it would suspend talks on joining the European "
                             "Union until 2028.", date="2024-11-28")
    assert ("GEO", "SANCTION", "EUR") in _triples(events)


def test_aides_counted_after_a_possessive_are_actors(coder):
    events = coder.code_text("Opposition candidate Venancio Mondlane called on his supporters to paralyse the country. "
                             "Gunmen shot dead two of his aides in Maputo in October.", date="2024-12-23")
    assert [e for e in events if e.plover_type == "ASSAULT" and "aides" in e.target.text
            and e.target.country == "MOZ"]


def test_a_vote_praised_stands_for_the_chamber_that_held_it(coder):
    events = coder.code_text("Texas Governor Greg Abbott praised the House vote.", date="2024-02-14")
    assert ("USA", "SUPPORT", "USA") in _triples(events)
    assert "LEG" in {e.target.sector for e in events}


@pytest.mark.parametrize("text", ["Schumer said the Senate would dismiss the charges quickly.",
                                  "The Kremlin rejected the claims by Ukraine."])
def test_dismissing_or_rejecting_charges_and_claims_is_a_rejection(coder, text):
    events = coder.code_text(text, date="2024-02-14")
    assert "REJECT" in {e.plover_type for e in events}


def test_the_far_left_is_a_political_actor(coder):
    events = coder.code_text("Macron rejected calls from the far left to resign.", date="2024-12-05")
    assert [e for e in events if e.plover_type == "REJECT" and e.target.text == "the far left"
            and e.target.sector == "PTY"]


def test_an_act_only_the_tagger_found_has_an_author_for_later_judgements(coder):
    events = coder.code_text("Myanmar's military seized power on Monday and detained State Counsellor Aung San Suu "
                             "Kyi. United Nations Secretary-General Antonio Guterres strongly condemned the "
                             "detentions.", date="2021-02-01")
    assert ("UNO", "ACCUSE", "MMR") in _triples(events)
    assert {e.target.sector for e in events if e.plover_type == "COERCE"} == {"GOV"}


@pytest.mark.parametrize("text", ["Thousands of doctors and nurses in state hospitals in Yangon stopped work in "
                                  "protest on Wednesday.", "Teachers in Kenya went on strike over pay."])
def test_work_stopped_in_protest_and_strikes_are_protests(coder, text):
    events = coder.code_text(text, date="2021-02-03")
    assert [e for e in events if e.plover_type == "PROTEST" and e.target.sector == "GOV"]


def test_a_military_strike_launched_is_no_protest(all_coder):
    events = all_coder.code_text("The army launched a strike on the village.", date="2021-02-03")
    assert "PROTEST" not in {e.plover_type for e in events}


def test_the_object_of_after_that_acts_is_the_subject_of_its_clause(coder):
    events = coder.code_text("Bolivian President Evo Morales resigned on Sunday after the head of the armed forces "
                             "urged him to step down.", date="2019-11-11")
    assert [e for e in events if e.plover_type == "REQUEST" and e.source.sector == "MIL"
            and e.target.name == "Evo Morales"]


@pytest.mark.parametrize("text", ["Jeanine Anez declared herself interim president of Bolivia on Tuesday.",
                                  "Juan Guaido proclaimed himself interim president of Venezuela in January."])
def test_what_one_declares_oneself_is_no_target(all_coder, text):
    assert not all_coder.code_text(text, date="2019-11-12")


@pytest.mark.parametrize(("text", "bystander"), [
    ("The statement also said US troops had defeated ISIS and Turkey would be moving into Northern Syria.", "TUR"),
    ("The Kremlin said Russian forces had captured the village and Ukraine would have to withdraw.", "UKR"),
])
def test_a_name_after_and_with_a_verb_of_its_own_is_no_object(all_coder, text, bystander):
    events = all_coder.code_text(text, date="2019-10-07")
    assert not [e for e in events if e.plover_type == "ASSAULT" and e.target.country == bystander]


@pytest.mark.parametrize("text", ["Houthi drones attacked Abqaiq on Saturday.",
                                  "In 2006, Abqaiq was the target of a Houthi drone attack."])
def test_a_town_attacked_is_its_state_attacked(coder, text):
    assert ("YEM", "ASSAULT", "SAU") in _triples(coder.code_text(text, date="2019-09-14"))


def test_a_town_an_attack_happened_in_is_no_target(all_coder):
    events = all_coder.code_text("Gunmen attacked a church in Abqaiq.", date="2019-09-14")
    assert "Abqaiq" not in {e.target.text for e in events}


@pytest.mark.parametrize(("text", "pair"), [
    ("Armenia and Azerbaijan have been at war with each other since 2020.", ("ARM", "AZE")),
    ("Aid was slated for Ukraine, which is currently in a military conflict with Russia.", ("UKR", "RUS")),
])
def test_a_state_of_war_told_with_a_verb_of_being_is_fighting_both_ways(coder, text, pair):
    triples = _triples(coder.code_text(text, date="2023-10-01"))
    assert {(pair[0], "ASSAULT", pair[1]), (pair[1], "ASSAULT", pair[0])} <= triples


def test_a_state_of_war_denied_is_negated(all_coder):
    events = all_coder.code_text("Israel is not at war with Lebanon, the minister said.", date="2023-10-01")
    assert {e.modality for e in events if e.plover_type == "ASSAULT"} == {"negated"}


@pytest.mark.parametrize("text", ["Mali expelled French troops from the country.",
                                  "Iraq's parliament voted on a resolution to expel United States troops."])
def test_expelling_troops_is_a_sanction(coder, text):
    events = coder.code_text(text, date="2020-01-06")
    assert [e for e in events if e.plover_type == "SANCTION" and e.target.sector == "MIL"]


def test_what_a_thing_does_in_a_clause_said_is_no_act_of_the_speaker(all_coder):
    events = all_coder.code_text("Germany's industry federation warned that the dispute could hurt European "
                                 "companies that rely on Chinese parts.", date="2022-01-27")
    assert not events


@pytest.mark.parametrize(("text", "triple"), [
    ("Hamas released four hostages in exchange for 200 Palestinian prisoners freed by Israel.",
     ("ISR", "RETREAT", "PSE")),
    ("Dozens of protesters arrested by Georgian police were released on Monday.", ("GEO", "COERCE", "GEO")),
])
def test_a_participle_with_an_agent_is_done_by_the_agent_to_its_noun(coder, text, triple):
    assert triple in _triples(coder.code_text(text, date="2025-01-25"))


def test_a_takeover_judged_later_is_of_who_seized_power(coder):
    events = coder.code_text("Soldiers in Guinea-Bissau seized the presidential palace on Wednesday. The Economic "
                             "Community of West African States condemned the takeover.", date="2025-11-27")
    assert [e for e in events if e.plover_type == "ACCUSE" and e.target.text == "the takeover"
            and e.target.sector == "MIL"]


@pytest.mark.parametrize("text", ["The UN condemned attacks on civilians in Gaza.",
                                  "Petro warned that his government would not tolerate attacks on civilians."])
def test_the_victims_of_attacks_no_one_is_named_for_are_no_targets(all_coder, text):
    assert not all_coder.code_text(text, date="2024-05-01")


def test_attacks_carried_out_on_civilians_still_attack_them(coder):
    events = coder.code_text("Gunmen carried out attacks on civilians in Zamfara.", date="2024-05-01")
    assert [e for e in events if e.plover_type == "ASSAULT" and e.target.sector == "CVL"]


def test_firing_ones_own_adviser_is_a_sacking(coder):
    events = coder.code_text("Trump fired his national security adviser.", date="2019-09-10")
    assert ("USA", "SANCTION", "USA") in _triples(events)


def test_names_under_one_plural_title_act_together(coder):
    events = coder.code_text("Presidents Xi Jinping and Vladimir Putin signed a joint statement in Moscow.",
                             date="2023-03-21")
    assert {("CHN", "SUPPORT", "RUS"), ("RUS", "SUPPORT", "CHN")} <= _triples(events)


def test_the_victim_of_a_killing_is_no_party_to_its_condemnation(all_coder):
    events = all_coder.code_text("Israel's killing of Hamas leader Ismail Haniyeh drew condemnation from Iran.",
                                 date="2024-07-31")
    assert [e for e in events if e.plover_type == "ACCUSE" and e.target.country == "ISR"]
    assert not [e for e in events if e.plover_type == "ACCUSE" and e.target.country == "PSE"]


def test_the_two_leaders_of_a_relative_clause_are_the_two_named_before_it(all_coder):
    events = all_coder.code_text("Japanese Prime Minister Fumio Kishida met President Volodymyr Zelensky in Kyiv. At "
                                 "the same time, Chinese President Xi Jinping was holding talks with Vladimir Putin "
                                 "in Moscow, where the two leaders praised their countries' partnership.",
                                 date="2023-03-21")
    leaders = {e.source.country for e in events if e.source.text == "the two leaders"}
    assert leaders <= {"CHN", "RUS"}
    assert not [e for e in events if e.target.text == "their countries"]


@pytest.mark.parametrize("text", ["Iran's Revolutionary Guards seized a tanker owned by a Greek company.",
                                  "Iran's Revolutionary Guards seized a tanker belonging to a Greek company."])
def test_a_thing_a_participle_gives_an_owner_is_of_the_owners_state(all_coder, text):
    events = all_coder.code_text(text, date="2022-05-27")
    assert {e.target.country for e in events} == {"GRC"}


def test_states_among_those_that_acted_acted(coder):
    events = coder.code_text("Germany, France and Britain were among the countries that condemned North Korea.",
                             date="2023-07-12")
    assert {("DEU", "ACCUSE", "PRK"), ("FRA", "ACCUSE", "PRK"), ("GBR", "ACCUSE", "PRK")} <= _triples(events)


def test_an_ask_after_a_clause_of_being_said_is_the_speakers(coder):
    events = coder.code_text("The White House said China was not an impartial mediator and called on Beijing to "
                             "press Moscow to withdraw its troops.", date="2023-03-20")
    assert ("USA", "REQUEST", "CHN") in _triples(events)


@pytest.mark.parametrize(("text", "triple"), [
    ("The U.S. imposed sanctions on three Chinese companies it accused of supplying drone components to Russia.",
     ("USA", "ACCUSE", "CHN")),
    ("Germany expelled two Russian diplomats whom it accused of spying.", ("DEU", "ACCUSE", "RUS")),
])
def test_the_noun_a_relative_clause_describes_may_be_its_object(all_coder, text, triple):
    assert triple in _triples(all_coder.code_text(text, date="2024-10-30"))


def test_each_state_of_a_tagged_coordination_is_a_party(all_coder):
    events = all_coder.code_text("Iran and the three European powers held a new round of talks in Geneva on Friday on "
                                 "Tehran's nuclear programme. Iranian Deputy Foreign Minister Kazem Gharibabadi said "
                                 "the talks with Britain, France and Germany had been \"serious, frank and "
                                 "constructive\".", date="2024-11-29")
    assert {"GBR", "FRA", "DEU"} <= {e.target.country for e in events if e.plover_type == "CONSULT"}


def test_what_is_shot_down_is_attacked(coder):
    events = coder.code_text("On Saturday morning, representatives from Iran acknowledged their government had "
                             "\"unintentionally\" shot down a Ukrainian passenger jet.", date="2020-01-11")
    assert ("IRN", "ASSAULT", "UKR") in _triples(events)


def test_the_two_sides_of_a_clause_of_their_own_include_the_subject_before(coder):
    events = coder.code_text("Chinese President Xi Jinping received Vietnamese President Vo Van Thuong in Beijing on "
                             "Monday, and the two sides signed 14 cooperation agreements.", date="2023-12-12")
    assert {("CHN", "SUPPORT", "VNM"), ("VNM", "SUPPORT", "CHN")} <= _triples(events)


@pytest.mark.parametrize("text", ["Philippine officials expressed concern that Beijing was using such visits to "
                                  "divide Southeast Asian states.",
                                  "Japan voiced alarm that China was expanding its military bases."])
def test_a_concern_voiced_about_what_someone_does_accuses_them(coder, text):
    events = coder.code_text(text, date="2024-08-19")
    assert [e for e in events if e.plover_type == "ACCUSE" and e.target.country == "CHN"]


@pytest.mark.parametrize(("text", "triple"), [
    ("Russia's delegation walked out of the meeting in protest at Ukraine's speech.", ("RUS", "PROTEST", "UKR")),
    ("Farmers in France blocked roads in protest against the EU's trade deal.", ("FRA", "PROTEST", "EUR")),
])
def test_a_protest_at_someone_is_against_them(coder, text, triple):
    assert triple in _triples(coder.code_text(text, date="2024-01-26"))


def test_tariffs_imposed_on_a_states_goods_are_a_sanction(coder):
    events = coder.code_text("China retaliated against the United States by imposing tariffs on American soybeans.",
                             date="2018-04-04")
    assert ("CHN", "SANCTION", "USA") in _triples(events)


def test_both_countries_are_the_two_at_odds_not_the_last_two_named(coder):
    events = coder.code_text("Eritrea's information minister accused Addis Ababa of spreading false claims. Egypt has "
                             "deepened its military cooperation with Eritrea and Somalia. The African Union called on "
                             "both countries to resolve their differences through dialogue.", date="2024-08-19")
    assert {e.target.country for e in events if e.source.country == "AU"} == {"ERI", "ETH"}


def test_a_leaders_warning_of_what_her_own_state_will_do_is_no_threat_to_it(all_coder):
    events = all_coder.code_text("North Korean leader Kim Jong Un's sister, Kim Yo Jong, warned that Pyongyang would "
                                 "respond to any provocation with overwhelming force.", date="2024-08-19")
    assert not [e for e in events if e.target.country == "PRK"]


def test_an_arrest_ordered_is_the_orderers_act(coder):
    events = coder.code_text("Maduro accused the opposition of attempting a coup and ordered the arrest of protesters.",
                             date="2024-07-30")
    assert [e for e in events if e.plover_type == "COERCE" and e.source.text == "Maduro"]


def test_a_blocked_statement_condemns_no_one_and_the_blocker_condemns_nothing(all_coder):
    events = all_coder.code_text("Hungary blocked an EU statement condemning Russia.", date="2024-03-01")
    assert not [e for e in events if e.source.country == "HUN" and e.plover_type == "ACCUSE"]
    assert {e.modality for e in events if e.source.country == "EUR"} == {"negated"}


def test_a_ruling_judged_later_is_of_the_court_named_without_its_state(coder):
    events = coder.code_text("The Constitutional Court upheld the impeachment and removed Yoon from office. "
                             "Opposition leader Lee Jae-myung welcomed the ruling.", date="2025-04-04")
    assert [e for e in events if e.plover_type == "SUPPORT" and e.target.text == "the ruling"
            and e.target.sector == "JUD"]


def test_arming_a_group_is_military_aid(all_coder):
    events = all_coder.code_text("Rwanda denies arming the M23 rebels.", date="2025-07-01")
    assert {(e.plover_type, e.modality) for e in events if e.source.country == "RWA"} == {("AID", "negated")}


def test_who_leads_a_group_does_nothing_to_it(all_coder):
    events = all_coder.code_text("The Viv Ansanm gang coalition, led by former police officer Jimmy Cherizier, "
                                 "attacked the town of Mirebalais in March and freed more than 500 inmates from its "
                                 "prison.", date="2025-04-01")
    assert not [e for e in events if e.source.text.endswith("Cherizier")]


def test_a_clause_describing_the_subject_gives_no_source_to_its_verb(all_coder):
    events = all_coder.code_text("The M23, which the United Nations says is backed by Rwanda, seized the cities of "
                                 "Goma and Bukavu earlier this year.", date="2025-07-01")
    assert not [e for e in events if e.source.country == "RWA" and e.target.text.startswith("the cities")]


def test_the_country_one_is_asked_to_defend_is_ones_own(all_coder):
    events = all_coder.code_text("Venezuelan President Nicolas Maduro accused the United States of preparing an "
                                 "invasion. Maduro ordered the mobilisation of 4.5 million militia members and called "
                                 "on Venezuelans to defend the country.", date="2025-09-01")
    assert not [e for e in events if e.source.country == "VEN" and e.target.country == "USA"
                and e.target.text == "the country"]


def test_both_governments_a_third_party_urges_are_the_two_at_odds(coder):
    events = coder.code_text("Venezuelan President Nicolas Maduro accused the United States of preparing an "
                             "invasion. Brazil and Mexico called for dialogue, and the Caribbean Community urged both "
                             "governments to keep the region a zone of peace.", date="2025-09-01")
    assert {e.target.country for e in events if e.source.text == "the Caribbean Community"} == {"USA", "VEN"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrainian President Volodymyr Zelensky urged Western allies to respond, and said Ukrainian troops had clashed "
     "with North Korean soldiers for the first time.", "ASSAULT"),
    ("North Korea has sent about 11,000 soldiers to Russia to fight against Ukraine.", "ASSAULT"),
])
def test_a_clash_between_armed_sides_and_a_fight_against_a_state_are_assaults(all_coder, text, expected):
    events = all_coder.code_text(text, date="2024-11-01")
    assert expected in {e.plover_type for e in events if e.target.country in {"PRK", "UKR"}
                        and e.source.country in {"PRK", "UKR"}}


def test_protesters_clashing_with_police_is_still_a_protest(coder):
    events = coder.code_text("Protesters clashed with police in the capital.", date="2024-11-01")
    assert {e.plover_type for e in events} == {"PROTEST"}


def test_not_accepting_a_courts_jurisdiction_is_a_rejection_not_its_denial(coder):
    events = coder.code_text("The International Criminal Court issued arrest warrants for Israeli Prime Minister "
                             "Benjamin Netanyahu. Netanyahu's office rejected the decision and said Israel would not "
                             "accept the court's jurisdiction.", date="2024-11-21")
    assert {e.modality for e in events if e.plover_type == "REJECT" and e.source.text == "Israel"} == {"future"}


def test_welcoming_a_decision_against_someone_is_no_support_of_them(all_coder):
    events = all_coder.code_text("Hamas welcomed the decision against the Israeli leaders.", date="2024-11-21")
    assert {e.plover_type for e in events if e.target.country == "ISR"} == {"ACCUSE"}


def test_a_sea_is_no_actor(all_coder):
    events = all_coder.code_text("Beijing claims almost all of the South China Sea, a claim an international tribunal "
                                 "rejected in 2016.", date="2024-12-02")
    assert not [e for e in events if "Sea" in e.target.text]


def test_strikes_on_sites_in_a_state_attack_it(coder):
    events = coder.code_text("India launched missile strikes on nine sites in Pakistan.", date="2025-05-07")
    assert ("IND", "ASSAULT", "PAK") in _triples(events)


def test_states_that_impose_bans_together_do_not_ban_each_other(all_coder):
    events = all_coder.code_text("The United States suspended its strategic partnership with Georgia, and Lithuania, "
                                 "Latvia and Estonia imposed entry bans on Georgian officials they hold responsible "
                                 "for the crackdown.", date="2024-12-05")
    baltic = {"LTU", "LVA", "EST"}
    assert not [e for e in events if e.source.country in baltic and e.target.country in baltic]
    assert {e.source.country for e in events if e.target.country == "GEO" and e.plover_type == "SANCTION"} >= baltic


def test_a_verb_after_a_judged_accusation_is_the_speakers(all_coder):
    events = all_coder.code_text("Burkina Faso's military government expelled three French diplomats on Thursday, "
                                 "accusing them of subversive activities. The French foreign ministry said the "
                                 "accusations were baseless and summoned Burkina Faso's ambassador.",
                                 date="2025-05-10")
    assert {e.source.text for e in events if e.target.country == "BFA"} == {"The French foreign ministry"}


def test_groups_linked_to_a_third_are_no_target_of_who_helps_against_them(all_coder):
    events = all_coder.code_text("Russian mercenaries from the Africa Corps are helping the army fight jihadist groups "
                                 "linked to al-Qaeda and the Islamic State.", date="2025-05-10")
    assert not [e for e in events if e.source.country == "RUS" and e.plover_type == "AID"
                and e.target.sector == "REB"]


def test_the_three_countries_are_the_three_named_together(coder):
    events = coder.code_text("Burkina Faso, Mali and Niger left the Economic Community of West African States in "
                             "January and formed their own confederation, the Alliance of Sahel States. ECOWAS had "
                             "suspended the three countries after their coups.", date="2025-05-10")
    assert {e.target.country for e in events if e.source.country == "ECOWAS"} == {"BFA", "MLI", "NER"}


def test_a_group_linked_to_a_government_does_nothing_to_it(all_coder):
    events = all_coder.code_text("Microsoft said on Friday that a hacking group linked to the Chinese government had "
                                 "exploited a flaw in its SharePoint software.", date="2025-07-20")
    assert not [e for e in events if e.target.text == "the Chinese government"]


def test_naming_a_group_is_no_act_on_it(all_coder):
    events = all_coder.code_text("The company named the groups Linen Typhoon and Violet Typhoon.", date="2025-07-20")
    assert not events


def test_the_subject_of_a_later_clause_did_not_do_the_first(all_coder):
    events = all_coder.code_text("Russia and China opposed the move, and Iran warned that it could leave the Nuclear "
                                 "Non-Proliferation Treaty.", date="2025-08-28")
    assert not [e for e in events if e.source.country == "IRN" and e.target.country in {"RUS", "CHN"}]


def test_a_speaker_warning_of_attacks_on_his_own_states_sites_threatens_no_one_of_it(all_coder):
    events = all_coder.code_text("Araghchi said any attack on Iranian nuclear facilities would void the Cairo "
                                 "agreement.", date="2025-09-09")
    assert not [e for e in events if e.target.country == "IRN"]


def test_an_object_him_is_the_person_named_last_even_as_an_object(all_coder):
    events = all_coder.code_text("Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday on charges of "
                                 "corruption. A court later ordered him jailed pending trial.", date="2025-03-20")
    assert not [e for e in events if e.source.text == "A court" and e.target.sector == "COP"]


def test_an_ask_after_a_clause_in_the_past_perfect_is_the_speakers(coder):
    events = coder.code_text("The United Nations human rights office said security forces had killed as many as 1,400 "
                             "people during the protests, and urged the interim authorities to hold those responsible "
                             "to account.", date="2025-02-12")
    assert {e.source.country for e in events if e.plover_type == "REQUEST"} == {"UNO"}


@pytest.mark.parametrize(("text", "triple"), [
    ("Russian drones violated Polish airspace.", ("RUS", "ASSAULT", "POL")),
    ("Ukraine launched drones deep into Russian territory.", ("UKR", "ASSAULT", "RUS")),
])
def test_a_states_ground_named_by_its_demonym_is_the_state(coder, text, triple):
    assert triple in _triples(coder.code_text(text, date="2025-09-10"))


def test_a_bodys_name_goes_on_past_a_preposition_or_a_clause(coder):
    events = coder.code_text("Reporters Without Borders condemned the killing and called on Mexican authorities to "
                             "find those responsible. The Committee to Protect Journalists urged the government to "
                             "strengthen the protection programme.", date="2025-02-10")
    assert {e.source.text for e in events} == {"Reporters Without Borders", "The Committee to Protect Journalists"}
    assert {e.source.country for e in events} == {"NGO"}


def test_an_accusation_after_a_clause_of_seeming_is_the_speakers(all_coder):
    events = all_coder.code_text("Israeli Prime Minister Benjamin Netanyahu's office said the hostages appeared "
                                 "emaciated and accused Hamas of staging a cruel ceremony.", date="2025-02-08")
    assert not [e for e in events if e.source.text == "the hostages"]


def test_what_a_journalist_reports_on_is_no_target(all_coder):
    events = all_coder.code_text("A gunman shot dead a prominent Mexican journalist outside his home in the state of "
                                 "Guerrero on Monday, prosecutors said. The journalist, who reported on drug cartels "
                                 "and local corruption, had received death threats and was enrolled in a government "
                                 "protection programme.", date="2025-02-10")
    assert not [e for e in events if e.target.text == "drug cartels"]


def test_a_body_voting_to_demand_an_act_requests_it(coder):
    events = coder.code_text("The United Nations General Assembly voted on Friday to demand that Israel end its "
                             "occupation of Palestinian territories within twelve months.", date="2024-09-18")
    assert ("UNO", "REQUEST", "ISR") in _triples(events)


def test_not_acceding_to_demands_is_a_rejection(coder):
    events = coder.code_text("Chief Executive Carrie Lam agreed to add two members to the police oversight council but "
                             "did not accede to protesters' demands for a new investigation.", date="2019-09-05")
    assert {(e.plover_type, e.modality) for e in events if e.target.sector == "CVL"} == {("REJECT", "asserted")}


def test_the_parties_of_a_disputed_deal_are_not_in_conflict(all_coder):
    events = all_coder.code_text("Somalia closed two Ethiopian consulates on Thursday, escalating a dispute over a "
                                 "port deal between Ethiopia and the breakaway region of Somaliland.",
                                 date="2024-04-04")
    assert not [e for e in events if e.source.country == "ETH" and e.target.country == "SOM"
                and e.plover_type == "ACCUSE"]


def test_a_denial_rejects_no_accuser_of_someone_else(all_coder):
    events = all_coder.code_text("Houthi rebels fired missiles at a Greek-owned cargo ship in the Red Sea, the British "
                                 "military's maritime agency said. Iran, which backs the Houthis, denied any role in "
                                 "the attack.", date="2025-07-08")
    assert not [e for e in events if e.source.country == "IRN" and e.plover_type == "REJECT"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ruto later dismissed almost his entire cabinet and named opposition figures to several posts.", "SANCTION"),
    ("India dismissed Pakistan's claims.", "REJECT"),
])
def test_dismissing_officials_is_sacking_them_and_dismissing_claims_rejects_them(coder, text, expected):
    assert {e.plover_type for e in coder.code_text(text, date="2024-07-11")} == {expected}


def test_granting_asylum_is_aid_and_a_raid_is_of_who_stormed(all_coder):
    events = all_coder.code_text("Ecuadorian police stormed the Mexican embassy in Quito late on Friday and arrested "
                                 "former vice president Jorge Glas, who had been granted asylum by Mexico. Mexico's "
                                 "president called the raid an authoritarian act and broke off diplomatic relations "
                                 "with Ecuador. The Organization of American States condemned the raid.",
                                 date="2024-04-06")
    assert {e.plover_type for e in events if e.source.country == "MEX" and e.target.text.endswith("Glas")} == {"AID"}
    assert {e.target.country for e in events if e.source.country == "OAS"} == {"ECU"}


def test_firing_ones_own_minister_is_a_sacking(coder):
    events = coder.code_text("Germany's government collapsed in November when Chancellor Olaf Scholz fired his "
                             "finance minister, Christian Lindner.", date="2024-11-07")
    assert ("DEU", "SANCTION", "DEU") in _triples(events)


def test_a_state_hit_by_tariffs_is_sanctioned(all_coder):
    events = all_coder.code_text("The European Union, which was also hit by US tariffs, said it would suspend its "
                                 "planned countermeasures for ninety days to allow time for negotiations.",
                                 date="2025-04-10")
    assert {e.plover_type for e in events if e.source.country == "USA"} == {"SANCTION"}


def test_a_move_called_dangerous_accuses_who_made_it(coder):
    events = coder.code_text("Germany's chancellor Friedrich Merz said Berlin would help Ukraine produce long-range "
                             "missiles, a move the Kremlin called dangerous.", date="2025-05-28")
    assert ("RUS", "ACCUSE", "DEU") in _triples(events)


def test_insisting_that_someone_act_asks_them(coder):
    events = coder.code_text("Kremlin spokesman Dmitry Peskov said Russia was ready to continue the talks but insisted "
                             "that Ukraine withdraw its troops from four regions Moscow claims as its own.",
                             date="2025-05-28")
    assert ("RUS", "REQUEST", "UKR") in _triples(events)
    assert not [e for e in events if e.source.country == "UKR"]


def test_shooting_people_dead_is_an_assault_and_a_sanctioned_justice_is_sanctioned(coder):
    events = coder.code_text("The prime minister, K.P. Sharma Oli, resigned after police shot dead at least 19 "
                             "demonstrators during protests against a ban on social media platforms. Justice "
                             "Alexandre de Moraes was himself sanctioned by the US Treasury in July.",
                             date="2025-09-10")
    assert {e.plover_type for e in events if e.source.sector == "COP"} == {"ASSAULT"}
    assert [e for e in events if e.source.country == "USA" and e.plover_type == "SANCTION"]


def test_joint_operations_against_a_group_attack_it(coder):
    events = coder.code_text("The army blamed the Allied Democratic Forces for the attack. Ugandan and Congolese "
                             "troops have been conducting joint operations against the group since 2021.",
                             date="2025-03-05")
    assert {e.plover_type for e in events if e.target.text == "the group"} == {"ASSAULT"}


def test_troops_a_state_keeps_somewhere_are_its_own(all_coder):
    events = all_coder.code_text("An Israeli drone strike killed a Hezbollah commander in southern Lebanon. Israel has "
                                 "kept troops at five hilltop positions inside Lebanon since the truce deadline passed "
                                 "in February.", date="2025-03-05")
    assert not [e for e in events if e.target.text == "troops"]


def test_a_states_drones_shot_down_stand_for_it(coder):
    events = coder.code_text("Polish jets shot down several Russian drones.", date="2025-09-10")
    assert ("POL", "ASSAULT", "RUS") in _triples(events)


def test_a_denial_of_an_act_rejects_no_accuser_of_someone_else(all_coder):
    events = all_coder.code_text("Belarus's defence ministry accused NATO of building up forces on its western border. "
                                 "Moscow denied targeting Poland.", date="2025-09-12")
    assert not [e for e in events if e.source.country == "RUS" and e.plover_type == "REJECT"]


def test_a_speaker_calling_a_state_a_threat_accuses_it(coder):
    events = coder.code_text('"The Venezuelan regime is a threat to the entire hemisphere," US Secretary of State '
                             'Marco Rubio told reporters in Washington.', date="2025-10-27")
    assert ("USA", "ACCUSE", "VEN") in _triples(events)


def test_praising_a_states_decision_supports_it(coder):
    events = coder.code_text("The Kremlin praised the decision by Hungary to block the sanctions.", date="2025-01-27")
    assert ("RUS", "SUPPORT", "HUN") in _triples(events)


def test_mediating_between_two_sides_consults_each(coder):
    events = coder.code_text("Egypt mediated between Israel and Hamas.", date="2025-01-27")
    assert {("EGY", "CONSULT", "ISR"), ("EGY", "CONSULT", "PSE")} <= _triples(events)


def test_states_upgrading_their_relations_act_on_each_other(coder):
    events = coder.code_text("Vietnam and the United States upgraded their relations to a comprehensive strategic "
                             "partnership.", date="2023-09-11")
    assert {("VNM", "USA"), ("USA", "VNM")} <= {(e.source.country, e.target.country) for e in events}


def test_ordering_an_envoy_to_leave_is_an_expulsion(coder):
    events = coder.code_text("Niger's junta ordered the French ambassador to leave the country within 48 hours.",
                             date="2023-08-26")
    assert ("NER", "SANCTION", "FRA") in _triples(events)


def test_a_move_described_as_unacceptable_accuses_who_made_it(coder):
    events = coder.code_text("Iranian state media reported that the country's Revolutionary Guards had seized a "
                             "British oil tanker in the Strait of Hormuz, a move the British foreign secretary "
                             "described as unacceptable.", date="2019-07-20")
    assert ("GBR", "ACCUSE", "IRN") in _triples(events)


def test_a_warning_after_a_clause_with_would_is_the_speakers(all_coder):
    events = all_coder.code_text("Speaking at a press conference in Ankara, Erdogan said Turkey would not allow the "
                                 "establishment of a terror corridor on its southern border and warned Kurdish "
                                 "fighters to withdraw.", date="2019-10-09")
    assert {e.source.text for e in events if e.target.text == "Kurdish fighters"} == {"Erdogan"}


def test_the_main_subject_does_nothing_in_a_contrasting_clause(all_coder):
    events = all_coder.code_text("While the European Union has imposed sanctions on several Iranian officials, "
                                 "Hungary has repeatedly blocked new measures against Russia.", date="2024-06-01")
    assert not [e for e in events if e.source.country == "HUN" and e.target.country == "IRN"]


def test_sanctions_announced_by_a_body_are_its_sanction_of_their_target(coder):
    events = coder.code_text("The sanctions, announced by the US Treasury on Thursday, target three Hong Kong-based "
                             "companies accused of helping Iran sell oil to China.", date="2025-03-20")
    assert {e.plover_type for e in events if e.source.country == "USA"} == {"SANCTION"}


def test_forces_backed_by_a_state_are_supported_by_it(coder):
    events = coder.code_text("Syrian government forces, backed by Russian air power, launched an offensive on the last "
                             "rebel stronghold in Idlib.", date="2019-05-06")
    assert ("RUS", "SUPPORT", "SYR") in _triples(events)
    assert ("RUS", "ASSAULT", "SYR") not in _triples(events)


def test_designating_a_group_a_terrorist_organisation_accuses_it(coder):
    events = coder.code_text("The United States designated the Houthis a terrorist organisation.", date="2025-03-04")
    assert ("USA", "ACCUSE", "YEM") in _triples(events)


def test_striking_a_site_deep_inside_a_state_attacks_it(coder):
    events = coder.code_text("Ukraine said it had struck an oil refinery deep inside Russia with long-range drones.",
                             date="2025-08-20")
    assert ("UKR", "ASSAULT", "RUS") in _triples(events)


def test_sanctions_vowed_to_be_vetoed_are_negated(all_coder):
    events = all_coder.code_text("Hungary's prime minister Viktor Orban vowed to veto any new EU sanctions on Russian "
                                 "energy.", date="2025-08-20")
    assert {e.modality for e in events if e.plover_type == "SANCTION"} == {"negated"}


def test_barring_someone_from_office_is_coercion(coder):
    events = coder.code_text("A French court convicted Marine Le Pen of embezzling EU funds and barred her from "
                             "running for office for five years.", date="2025-03-31")
    assert "COERCE" in {e.plover_type for e in events if e.source.sector == "JUD"}


def test_an_accusation_a_charge_denies_later_was_still_made(coder):
    events = coder.code_text("Russia accused Ukraine of attacking the Zaporizhzhia nuclear power plant, a charge Kyiv "
                             "denied.", date="2024-04-08")
    assert {e.modality for e in events if e.source.country == "RUS" and e.plover_type == "ACCUSE"} == {"asserted"}


def test_protesting_to_a_state_accuses_it(coder):
    events = coder.code_text("Japan protested to China after a Chinese military aircraft violated its airspace for the "
                             "first time.", date="2024-08-27")
    assert ("JPN", "ACCUSE", "CHN") in _triples(events)


def test_states_banning_a_practice_do_not_ban_each_other(all_coder):
    events = all_coder.code_text("Algeria and Morocco have imposed bans on niqabs, citing security concerns.",
                                 date="2019-07-06")
    assert not {(e.source.country, e.target.country) for e in events if e.target} & {("DZA", "MAR"), ("MAR", "DZA")}


def test_withholding_aid_sanctions_its_recipient(coder):
    events = coder.code_text("The World Bank withheld funding from Uganda over its anti-gay law.", date="2023-08-09")
    assert ("WBK", "SANCTION", "UGA") in _triples(events)
    events = coder.code_text("The Trump administration's withholding of security aid to Ukraine drew criticism.",
                             date="2019-10-04")
    assert ("USA", "SANCTION", "UKR") in _triples(events)
    assert ("USA", "AID", "UKR") not in _triples(events)


def test_who_asked_for_an_act_is_not_its_target(all_coder):
    events = all_coder.code_text("Queen Elizabeth II suspended parliament at the request of Boris Johnson.",
                                 date="2019-09-10")
    pairs = {(e.source.text, e.target.text, e.plover_type) for e in events if e.target}
    assert ("Queen Elizabeth II", "Boris Johnson", "SANCTION") not in pairs
    assert ("Queen Elizabeth II", "parliament", "COERCE") in pairs


def test_a_court_ruling_an_act_unlawful_sanctions_its_author(coder):
    events = coder.code_text("A federal judge ruled that Trump's tariffs were illegal.", date="2025-05-28")
    assert ("USA", "SANCTION", "USA") in _triples(events)
    assert "CONCEDE" not in {e.plover_type for e in events}


def test_brokering_a_ceasefire_between_two_sides_consults_each(coder):
    events = coder.code_text("Russia brokered a ceasefire between Armenia and Azerbaijan.", date="2020-11-10")
    assert {("RUS", "CONSULT", "ARM"), ("RUS", "CONSULT", "AZE")} <= _triples(events)


def test_missiles_fired_at_sites_in_a_state_attack_it(coder):
    events = coder.code_text("Iran retaliated by firing ballistic missiles at two bases in Iraq housing US troops.",
                             date="2020-01-08")
    assert ("IRN", "ASSAULT", "IRQ") in _triples(events)


def test_a_verb_after_to_is_no_actor(all_coder):
    events = all_coder.code_text("Belarusian authorities forced a Ryanair flight to land in Minsk.", date="2021-05-23")
    assert "land" not in {e.target.text for e in events if e.target}


def test_a_clause_after_after_keeps_its_own_subject(coder):
    events = coder.code_text("The Bolivian president Evo Morales resigned after the head of the armed forces asked "
                             "him to step down.", date="2019-11-10")
    asks = {(e.source.text, e.target.text) for e in events if e.plover_type == "REQUEST"}
    assert ("the head of the armed forces", "Evo Morales") in asks


def test_a_sentence_hung_on_its_last_noun_keeps_its_subject(all_coder):
    events = all_coder.code_text("The opposition leader, Juan Guaidó, who has been recognised as interim president by "
                                 "more than 50 countries, called on the military to abandon Maduro.", date="2019-05-01")
    assert "more than 50 countries" not in {e.source.text for e in events if e.plover_type == "REQUEST"}
    assert "REQUEST" in {e.plover_type for e in events if e.source.sector == "OPP"}


def test_condemning_an_arrest_does_not_accuse_the_arrested(all_coder):
    events = all_coder.code_text("The European Parliament passed a resolution condemning the arrest of the Russian "
                                 "opposition leader Alexei Navalny.", date="2021-01-21")
    assert not [e for e in events if e.plover_type == "ACCUSE" and e.target and "Navalny" in e.target.text]
    events = all_coder.code_text("The United States condemned the detention of the journalist by Iranian "
                                 "authorities.", date="2021-01-21")
    assert ("USA", "ACCUSE", "IRN") in _triples(events)


def test_placards_asking_are_a_protest_not_a_request(coder):
    events = coder.code_text("Protesters, carrying placards asking the government to revoke Article 50, marched from "
                             "Hyde Park Corner to Parliament Square.", date="2019-03-24")
    assert "REQUEST" not in {e.plover_type for e in events if e.source.text == "Protesters"}


def test_a_states_own_airspace_is_not_what_it_protests(all_coder):
    events = all_coder.code_text("The Greek foreign ministry summoned the Turkish ambassador in Athens to protest "
                                 "against the violation of Greek airspace by Turkish fighter jets.", date="2020-08-27")
    assert not [e for e in events if e.source.country == "GRC" and e.target and e.target.country == "GRC"]


def test_an_offensive_launched_is_no_actor(all_coder):
    events = all_coder.code_text("Turkey launched a military offensive against Kurdish-led forces in north-eastern "
                                 "Syria on Wednesday.", date="2019-10-09")
    assert "a military offensive" not in {e.target.text for e in events if e.target}


def test_a_missile_fired_by_a_group_is_its_attack(all_coder):
    events = all_coder.code_text("The Saudi-led coalition said it had intercepted a ballistic missile fired by the "
                                 "Houthis towards the city of Jazan.", date="2019-06-12")
    attacks = {(e.source.text, e.target.country) for e in events if e.plover_type == "ASSAULT"}
    assert ("the Houthis", "SAU") in attacks
    assert not [s for s, _ in attacks if "coalition" in s]


def test_a_verb_the_tagger_read_as_a_preposition_is_still_a_verb(coder):
    events = coder.code_text("Egypt and Saudi Arabia back the Sudanese army.", date="2024-06-01")
    assert {("EGY", "SUPPORT", "SDN"), ("SAU", "SUPPORT", "SDN")} <= _triples(events)


def test_saying_someone_committed_war_crimes_accuses_them(coder):
    events = coder.code_text("The Sudanese army and the paramilitary Rapid Support Forces have been fighting since "
                             "April 2023. The US special envoy for Sudan, Tom Perriello, said both sides had committed "
                             "war crimes.", date="2024-06-01")
    assert ("USA", "ACCUSE", "SDN") in _triples(events)


def test_a_move_condemned_by_a_body_is_its_accusation_of_the_mover(all_coder):
    events = all_coder.code_text("Israel annexed the Golan Heights in 1981, a move condemned by the UN Security "
                                 "Council.", date="2019-03-25")
    assert ("UNO", "ACCUSE", "ISR") in _triples(events)
    assert ("ISR", "ACCUSE", "UNO") not in _triples(events)


def test_hours_given_to_leave_expel(coder):
    events = coder.code_text("Maduro gave US diplomats 72 hours to leave the country.", date="2019-01-23")
    assert ("VEN", "SANCTION", "USA") in _triples(events)


def test_the_sides_of_mediated_talks_are_the_two_sides(coder):
    events = coder.code_text("Ethiopia expelled seven senior UN officials, accusing them of meddling in its internal "
                             "affairs. The African Union mediated talks between the government and the TPLF in "
                             "Pretoria. The two sides signed a permanent cessation of hostilities in November 2022.",
                             date="2022-11-02")
    last = [e for e in events if "two sides" in e.source.text]
    assert last
    assert all(e.source.country == "ETH" and e.target and e.target.country == "ETH" for e in last)


def test_the_place_withdrawn_from_is_not_asked(coder):
    events = coder.code_text("The United States called for the immediate withdrawal of Eritrean forces from Tigray.",
                             date="2021-04-01")
    assert ("USA", "REQUEST", "ERI") in _triples(events)
    assert "Tigray" not in {e.target.text for e in events if e.target}


def test_forcing_someone_parsed_as_a_clause_subject_acts_on_them(coder):
    events = coder.code_text("Azerbaijan launched a lightning offensive in Nagorno-Karabakh in September 2023, forcing "
                             "the ethnic Armenian authorities to surrender.", date="2023-09-21")
    assert ("AZE", "ARM") in {(e.source.country, e.target.country) for e in events if e.target}


def test_hackers_gaining_access_to_a_network_breach_it(coder):
    events = coder.code_text("The Netherlands said Chinese hackers had gained access to a Dutch military network.",
                             date="2024-02-06")
    assert ("CHN", "COERCE", "NLD") in _triples(events)
    events = coder.code_text("IAEA inspectors gained access to Iran's Fordow site.", date="2024-02-06")
    assert "COERCE" not in {e.plover_type for e in events}


def test_an_accusation_of_the_west_is_not_of_the_accusers_state(coder):
    events = coder.code_text("Lukashenko accused the West of waging a hybrid war against Belarus.", date="2021-11-10")
    assert ("BLR", "ACCUSE", "WST") in _triples(events)


def test_fighting_a_group_in_a_relative_clause_attacks_it(coder):
    events = coder.code_text("Saudi Arabia, which fought the Houthis for years, has stayed out of the conflict.",
                             date="2024-05-07")
    assert ("SAU", "ASSAULT", "YEM") in _triples(events)


def test_a_missile_fired_at_a_ship_after_a_vow_is_an_attack(coder):
    events = coder.code_text("The Houthis vowed to retaliate, and fired a missile at a US destroyer the next day.",
                             date="2024-01-13")
    assert ("YEM", "ASSAULT", "USA") in _triples(events)


def test_a_move_on_a_law_has_an_author_a_later_condemnation_accuses(coder):
    events = coder.code_text("India's government revoked Article 370 of the constitution on Monday. Pakistan "
                             "condemned the move.", date="2019-08-07")
    assert ("PAK", "ACCUSE", "IND") in _triples(events)


def test_taking_a_matter_to_a_body_appeals_to_it(coder):
    events = coder.code_text("Pakistan's Prime Minister Imran Khan said Pakistan would take the matter to the United "
                             "Nations Security Council.", date="2019-08-07")
    assert ("PAK", "ACCUSE", "UNO") not in _triples(events)
    assert ("PAK", "REQUEST", "UNO") in _triples(events)


def test_defeating_a_rival_in_an_election_is_no_assault(all_coder):
    events = all_coder.code_text("Chakwera defeated Mutharika in the rerun held in June 2020.", date="2020-06-28")
    assert "ASSAULT" not in {e.plover_type for e in events}


def test_welcoming_a_judgment_supports_the_court(coder):
    events = coder.code_text("Malawi's Constitutional Court annulled the 2019 presidential election. Opposition leader "
                             "Lazarus Chakwera welcomed the judgment.", date="2020-02-04")
    assert ("MWI", "SUPPORT", "MWI") in _triples(events)


def test_having_a_meeting_with_someone_consults_them(coder):
    events = coder.code_text("\"I had a very good meeting with President Xi,\" Trump told reporters.",
                             date="2019-06-29")
    assert ("USA", "CONSULT", "CHN") in _triples(events)


def test_days_given_to_act_are_an_ultimatum(coder):
    events = coder.code_text("Trump gave Iran 60 days to reach a deal.", date="2025-04-10")
    assert ("USA", "THREATEN", "IRN") in _triples(events)


def test_states_joining_a_coalition_cooperate_with_its_maker(coder):
    events = coder.code_text("The United States announced a naval mission to protect shipping in the Red Sea, which "
                             "was joined by Britain, Bahrain and Canada.", date="2023-12-19")
    assert {("GBR", "COOPERATE", "USA"), ("BHR", "COOPERATE", "USA"), ("CAN", "COOPERATE", "USA")} <= _triples(events)
    assert not [e for e in events if e.source.country == "USA" and e.target and e.target.country == "GBR"]


def test_a_city_fallen_to_a_group_was_taken_by_it(coder):
    events = coder.code_text("The city of Mosul fell to Islamic State fighters in June 2014.", date="2014-06-10")
    assert ("IMG", "ASSAULT", "IRQ") in _triples(events)
    events = coder.code_text("Yemen has been in civil war since the capital, Sanaa, fell under Houthi control in "
                             "2014.", date="2019-09-14")
    assert ("YEM", "ASSAULT", "YEM") in _triples(events)
    assert not coder.code_text("Oil prices fell to their lowest level in a year.", date="2019-09-14")



def test_calling_an_act_decisive_supports_its_author(coder):
    events = coder.code_text("Israeli Prime Minister Benjamin Netanyahu called Trump's order swift, forceful and "
                             "decisive.", date="2020-01-03")
    assert ("ISR", "SUPPORT", "USA") in _triples(events)
    events = coder.code_text("The EU called Hungary's veto not constructive.", date="2020-01-03")
    assert "SUPPORT" not in {e.plover_type for e in events}


def test_calling_an_accord_void_accuses_its_parties(coder):
    events = coder.code_text("Greek prime minister Kyriakos Mitsotakis called the border agreement between Turkey and "
                             "Libya null and void.", date="2019-12-10")
    assert {("GRC", "ACCUSE", "TUR"), ("GRC", "ACCUSE", "LBY")} <= _triples(events)
    events = coder.code_text("Russia called the sanctions on Iran illegal.", date="2019-12-10")
    assert ("RUS", "ACCUSE", "IRN") not in _triples(events)


def test_a_korean_leader_named_later_by_family_name_is_the_same_person(coder):
    events = coder.code_text("North Korean leader Kim Jong-un met Chinese President Xi Jinping. Kim thanked Xi for "
                             "his support.", date="2019-06-21")
    assert ("PRK", "SUPPORT", "CHN") in _triples(events)


def test_the_north_in_a_korea_story_is_north_korea(coder):
    events = coder.code_text("South Korea's Joint Chiefs of Staff said the missiles flew about 600 kilometres before "
                             "landing in the sea, and urged the North to stop actions that raise military tensions.",
                             date="2019-08-25")
    assert ("KOR", "REQUEST", "PRK") in _triples(events)


def test_a_rocket_launcher_is_no_actor(all_coder):
    events = all_coder.code_text("Kim Jong-un oversaw the test of a new multiple rocket launcher, which state media "
                                 "described as a warning to hostile forces.", date="2019-08-25")
    assert not [e for e in events if e.target and "launcher" in e.target.text]


def test_receiving_a_leader_consults_them(coder):
    events = coder.code_text("Chinese President Xi Jinping received Brazilian President Lula da Silva in Beijing.",
                             date="2023-04-14")
    assert ("CHN", "CONSULT", "BRA") in _triples(events)


def test_arms_received_from_a_state_are_its_aid(coder):
    events = coder.code_text("Ukraine received Patriot missiles from Germany.", date="2023-04-14")
    assert ("DEU", "AID", "UKR") in _triples(events)
    assert ("IRN", "AID", "ISR") not in _triples(coder.code_text("Israel faced missiles from Iran.", date="2023-04-14"))


def test_people_killed_when_a_coalitions_aircraft_bombed_were_its_victims(coder):
    events = coder.code_text("Five people were killed when Saudi-led coalition aircraft bombed a market in northern "
                             "Yemen, local officials said.", date="2019-08-22")
    assert ("SAU", "ASSAULT", "YEM") in _triples(events)


def test_a_site_attacked_in_a_states_region_attacks_the_state(coder):
    events = coder.code_text("Ukrainian drones attacked an oil refinery in Russia's Ryazan region.", date="2024-05-01")
    assert ("UKR", "ASSAULT", "RUS") in _triples(events)


def test_the_court_of_a_sentence_abroad_is_of_where_it_sat(coder):
    events = coder.code_text("A French citizen was sentenced to three years in prison in Baku on espionage charges.",
                             date="2024-05-20")
    assert ("AZE", "COERCE", "FRA") in _triples(events)


def test_states_given_as_examples_of_a_group_of_states_act(coder):
    events = coder.code_text("Several European countries, including Germany and France, suspended arms sales to "
                             "Turkey.", date="2019-10-14")
    assert {("DEU", "SANCTION", "TUR"), ("FRA", "SANCTION", "TUR")} <= _triples(events)


def test_civilians_killed_in_a_place_are_of_its_state(coder):
    events = coder.code_text("Russian strikes killed 12 civilians in Kharkiv.", date="2024-05-01")
    assert ("RUS", "ASSAULT", "UKR") in _triples(events)


def test_making_a_plea_to_someone_asks_them(coder):
    events = coder.code_text("Senate Minority Leader Chuck Schumer said: \"We made a plea to the president: don't hold "
                             "hundreds of thousands of federal workers hostage.\"", date="2019-01-04")
    assert "REQUEST" in {e.plover_type for e in events if e.source.sector == "LEG"}


def test_the_firer_of_what_injured_someone_injured_them(coder):
    events = coder.code_text("Dozens of protesters were injured by rubber bullets fired by riot police in Tbilisi.",
                             date="2024-12-01")
    assert ("riot police", "Dozens of protesters") in {(e.source.text, e.target.text) for e in events if e.target}



def test_a_group_known_by_a_name_is_the_named_body(coder):
    events = coder.code_text("A group known as Fancy Bear hacked the German parliament.", date="2024-05-03")
    assert ("RUS", "COERCE", "DEU") in _triples(events)


def test_a_group_calling_itself_a_name_does_not_act_on_it(all_coder):
    events = all_coder.code_text("The attack was claimed by a group calling itself the Cyber Army.", date="2024-05-03")
    assert "the Cyber Army" not in {e.target.text for e in events if e.target}


def test_raising_tariffs_on_a_states_goods_sanctions_it(coder):
    events = coder.code_text("On Friday, Washington raised tariffs on $200 billion of Chinese goods from 10% to 25%.",
                             date="2019-05-13")
    assert ("USA", "SANCTION", "CHN") in _triples(events)
    events = coder.code_text("Trump announced that he was ordering emergency tariffs of 25 percent on all goods coming "
                             "into the United States from Colombia.", date="2025-01-26")
    assert ("USA", "SANCTION", "COL") in _triples(events)


def test_people_killed_in_clashes_with_someone_were_attacked_by_them(coder):
    events = coder.code_text("At least 20 Indian soldiers have been killed in a violent face-off with Chinese troops "
                             "in the disputed Galwan Valley.", date="2020-06-17")
    assert ("Chinese troops", "ASSAULT", "At least 20 Indian soldiers") in {
        (e.source.text, e.plover_type, e.target.text) for e in events if e.target}
    events = coder.code_text("In May, dozens of NATO peacekeepers were injured in clashes with Serb protesters in the "
                             "town of Zvecan.", date="2023-09-25")
    assert ("Serb protesters", "dozens of NATO peacekeepers") in {(e.source.text, e.target.text) for e in events}


def test_meeting_someone_a_day_before_is_consulting_them(coder):
    events = coder.code_text("Speaking in Tokyo on Friday after meeting Fumio Kishida, Japan's prime minister, Ms "
                             "Pelosi said China would not be able to isolate Taiwan.", date="2022-08-05")
    assert ("USA", "CONSULT", "JPN") in _triples(events)
    events = coder.code_text("Kang Kyung-wha, the foreign minister, said she deeply regretted Tokyo's decision, a day "
                             "after meeting Taro Kono, her Japanese counterpart, in the Thai capital.",
                             date="2019-08-02")
    assert ("KOR", "CONSULT", "JPN") in _triples(events)


def test_a_charge_a_closing_phrase_says_is_denied_is_rejected(coder):
    events = coder.code_text("The Trump administration accuses China of stealing American intellectual property and "
                             "forcing US companies to hand over technology, charges Beijing rejects.",
                             date="2019-05-13")
    assert ("CHN", "REJECT", "USA") in _triples(events)
    events = coder.code_text("Riyadh and its allies had accused Doha of funding terrorist groups and of being too "
                             "close to Iran, charges Qatar has always denied.", date="2021-01-05")
    assert ("QAT", "REJECT", "SAU") in _triples(events)
    events = coder.code_text("Kinshasa has long accused Rwanda of plundering its mineral wealth through the M23, a "
                             "charge Kigali denies.", date="2025-12-04")
    assert ("RWA", "REJECT", "COD") in _triples(events)


def test_holding_up_a_bid_rejects_it_and_holding_an_office_is_no_act(coder):
    events = coder.code_text("Mr Erdogan had held up Sweden's bid for months.", date="2024-01-23")
    assert ("TUR", "REJECT", "SWE") in _triples(events)
    assert ("TUR", "CONSULT", "SWE") not in _triples(events)
    events = coder.code_text("Xiomara Castro holds the rotating presidency of the Community of Latin American and "
                             "Caribbean States.", date="2025-01-27")
    assert not events


def test_the_two_ministers_and_generals_from_both_armies_are_the_two_sides(coder):
    text = ("India's defence minister Rajnath Singh spoke with China's defence minister Wei Fenghe on Friday. The two "
            "ministers agreed that the situation would be handled in a responsible manner. Major generals from both "
            "armies met on Wednesday to try to defuse the situation, Indian officials said.")
    events = coder.code_text(text, date="2020-06-17")
    assert {("IND", "AGREE", "CHN"), ("IND", "CONSULT", "CHN")} <= {
        (e.source.country, e.plover_type, e.target.country) for e in events if e.sentence_index > 0} | {
        (e.target.country, e.plover_type, e.source.country) for e in events if e.sentence_index > 0}


def test_a_prince_named_by_title_and_given_name_is_the_one_named_in_full_before(coder):
    text = ("The emir of Qatar was greeted by Saudi Crown Prince Mohammed bin Salman. Prince Mohammed said there was "
            "an urgent need to unite against Iran. Sheikh Mohammed bin Zayed Al Nahyan attended. Mr Netanyahu thanked "
            "Sheikh Mohammed for his efforts.")
    people = {e.source.text: e.source.country for e in coder.code_text(text, date="2021-01-05")}
    people |= {e.target.text: e.target.country for e in coder.code_text(text, date="2021-01-05") if e.target}
    assert people.get("Sheikh Mohammed") == "ARE"


def test_a_state_news_agency_cited_accuses_no_one(all_coder):
    events = all_coder.code_text("Mr Kim invited Mr Putin to visit Pyongyang, and the Russian leader accepted, "
                                 "according to North Korea's state news agency.", date="2023-09-14")
    assert not [e for e in events if e.source.sector == "JRN"]


def test_missiles_fired_into_waters_around_a_state_are_a_show_of_force(coder):
    events = coder.code_text("China fired a barrage of ballistic missiles into waters around Taiwan on Thursday.",
                             date="2022-08-05")
    assert ("CHN", "MOBILIZE", "TWN") in _triples(events)


def test_a_platform_an_act_is_told_on_is_no_target(all_coder):
    events = all_coder.code_text("Mr Trump warned Beijing on Twitter not to retaliate.", date="2019-05-13")
    assert {e.target.text for e in events if e.target} == {"Beijing"}


def test_citing_a_statement_is_no_act_on_its_author(all_coder):
    events = all_coder.code_text("Wang Yi, China's foreign minister, abruptly called off a planned meeting with his "
                                 "Japanese counterpart, Yoshimasa Hayashi, citing a statement by the Group of Seven "
                                 "industrialised nations.", date="2022-08-05")
    assert "G7" not in {e.target.country for e in events if e.target}


def test_declaring_an_envoy_persona_non_grata_sanctions_the_envoys_state(coder):
    events = coder.code_text("Quito declared Raquel Serur, Mexico's ambassador, persona non grata over remarks by "
                             "Lopez Obrador.", date="2024-04-06")
    assert ("ECU", "SANCTION", "MEX") in _triples(events)



def test_rounds_of_sanctions_imposed_are_sanctions(coder):
    events = coder.code_text("The EU has already imposed several rounds of sanctions on Minsk over last year's "
                             "disputed presidential election.", date="2021-11-16")
    assert ("EUR", "SANCTION", "BLR") in _triples(events)


@pytest.mark.parametrize("government", ["military government", "military-led government"])
def test_the_junta_is_the_military_government_named_before(coder, government):
    text = (f"Mali's {government} on Friday demanded that France withdraw its troops from the country without "
            "delay. French ministers criticised the demand. France's foreign minister said Paris would respond. Last "
            "month, the junta expelled the French ambassador, Joel Meyer.")
    assert ("MLI", "SANCTION", "FRA") in _triples(coder.code_text(text, date="2022-02-18"))


def test_a_spokesman_and_the_body_he_speaks_for_make_one_event(coder):
    events = coder.code_text("North Korea has been accused of supplying weapons to Russia. Matthew Miller, a "
                             "spokesman for the US State Department, said any arms transfer from North Korea to Russia "
                             "would violate multiple UN Security Council resolutions, and that Washington \"will not "
                             "hesitate\" to impose new sanctions.", date="2023-09-14")
    assert len([e for e in events if e.target and e.target.country == "PRK"]) == 1


def test_each_state_of_a_list_the_parser_misread_owns_the_governments(coder):
    events = coder.code_text("The military governments of Mali and Burkina Faso warned Niger.", date="2023-07-31")
    assert {"MLI", "BFA"} <= {e.source.country for e in events}


def test_mediating_between_two_capitals_read_as_a_noun_consults_each(coder):
    events = coder.code_text("Kuwait had spent months mediating between Riyadh and Doha, with the backing of the "
                             "Trump administration.", date="2021-01-05")
    assert {("KWT", "CONSULT", "SAU"), ("KWT", "CONSULT", "QAT")} <= _triples(events)


def test_a_list_of_states_the_parser_began_as_an_apposition_is_each_state(coder):
    events = coder.code_text("Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar.", date="2017-06-05")
    assert {"SAU", "ARE", "BHR", "EGY"} <= {e.source.country for e in events if e.plover_type == "SANCTION"}


def test_the_broker_of_a_deal_consults_its_parties(coder):
    events = coder.code_text("Saudi Arabia and Iran agreed on Friday to re-establish diplomatic relations and reopen "
                             "their embassies within two months, in a deal brokered by China.", date="2023-03-10")
    assert {("CHN", "CONSULT", "SAU"), ("CHN", "CONSULT", "IRN")} <= _triples(events)


def test_a_claim_that_a_thing_did_something_to_a_states_act_is_no_act_of_the_speaker(all_coder):
    events = all_coder.code_text("Hamas, the Islamist movement that controls the Gaza Strip, said the agreement "
                                 "rewarded Israel's \"occupation and crimes\".", date="2020-08-13")
    assert ("PSE", "SUPPORT", "ISR") not in _triples(events)


def test_the_kingdom_its_embassy_and_the_protesters_at_it(coder):
    events = coder.code_text("Saudi Arabia broke off relations with Iran in January 2016 after protesters stormed its "
                             "embassy in Tehran following the kingdom's execution of Nimr al-Nimr, a prominent Shia "
                             "cleric.", date="2023-03-10")
    assert {("IRN", "PROTEST", "SAU"), ("SAU", "ASSAULT", "SAU")} <= _triples(events)


def test_a_demonym_of_a_denied_involvement_or_of_politics_is_no_target(all_coder):
    events = all_coder.code_text("The White House rejected any suggestion of American involvement.", date="2022-09-30")
    assert "American" not in {e.target.text for e in events if e.target}
    events = all_coder.code_text("Abiy ordered an offensive after accusing the TPLF, which had dominated Ethiopian "
                                 "politics for nearly three decades, of attacking federal army bases.",
                                 date="2022-11-02")
    assert "Ethiopian" not in {e.target.text for e in events if e.target}


def test_a_title_in_apposition_to_a_named_person_is_the_persons(coder):
    text = (
            "Japan's cabinet on Friday approved the removal of South Korea from a list of trusted trading "
            'partners that enjoy minimal export restrictions, a move that deepened a bitter dispute between the '
            'two US allies. The decision, which takes effect on August 28, means Japanese exporters of a wide '
            'range of goods that could be diverted for military use will have to seek approval for individual '
            "shipments to South Korea. Hiroshige Seko, Japan's trade minister, said the step was needed for "
            "national security reasons and rejected Seoul's accusation that it was retaliation over a dispute "
            'about wartime labour. Moon Jae-in, South Korea\'s president, called the decision "very reckless" and '
            'warned at an emergency cabinet meeting, broadcast live on television, that Japan would have to bear '
            '"considerable damage" and that Seoul would take resolute countermeasures. "We will never again lose '
            'to Japan," he said. Hong Nam-ki, the finance minister, said later on Friday that South Korea would '
            'in turn remove Japan from its own list of preferred trading partners. Kang Kyung-wha, the foreign '
            "minister, who was attending a regional security forum in Bangkok, said she deeply regretted Tokyo's "
            'decision, a day after meeting Taro Kono, her Japanese counterpart, in the Thai capital.')
    events = coder.code_text(text, date="2019-08-02")
    assert not [e for e in events if e.source.text == "the foreign minister" and e.source.country == "JPN"]


def test_crowds_protesters_burning_flags_and_crowd_control(coder):
    events = coder.code_text("Last week, hundreds of protesters in Kinshasa burned US and Belgian flags.",
                             date="2024-02-19")
    assert {("COD", "PROTEST", "USA"), ("COD", "PROTEST", "BEL")} <= _triples(events)
    events = coder.code_text("Nigerien security forces fired tear gas to disperse the crowd.", date="2023-07-31")
    assert ("NER", "ASSAULT", "NER") in _triples(events)
    events = coder.code_text("Police fired tear gas to disperse crowds outside the French and US embassies.",
                             date="2024-02-19")
    assert not [e for e in events if e.target and "embassies" in e.target.text]


def test_each_side_blaming_the_other_and_fighting_between_two_sides(coder):
    events = coder.code_text("Heavy fighting erupted across Khartoum on Saturday between Sudan's army and the "
                             "paramilitary Rapid Support Forces.", date="2023-04-16")
    assert ("SDN", "ASSAULT", "SDN") in _triples(events)
    events = coder.code_text("Sudan's army and the Rapid Support Forces fought in Khartoum. Each side blamed the other "
                             "for starting the clashes.", date="2023-04-16")
    assert ("SDN", "ACCUSE", "SDN") in _triples(events)


def test_targets_used_by_a_group_are_the_groups(coder):
    events = coder.code_text("The United States and Britain struck more than a dozen targets used by Yemen's Houthi "
                             "rebels early on Friday.", date="2024-01-12")
    assert {("USA", "ASSAULT", "YEM"), ("GBR", "ASSAULT", "YEM")} <= _triples(events)


def test_state_media_quoting_an_official_is_a_report(all_coder):
    events = all_coder.code_text("Iranian state media quoted a local official as saying that three women, four "
                                 "children and two men had been killed in a village near the border.",
                                 date="2024-01-18")
    assert not [e for e in events if e.source.sector == "JRN"]


def test_an_unknown_name_takes_the_state_of_its_apposition(coder):
    events = coder.code_text("Liu Dejun, a spokesman for the Chinese coast guard, said the vessel had been illegally "
                             "anchored and accused Manila of provocations.", date="2024-08-31")
    assert "PHL" not in {e.source.country for e in events}
    assert not coder.code_text("Hungary takes over the EU's rotating six-month presidency on July 1.",
                               date="2024-06-24")


def test_putting_a_state_on_a_blacklist_sanctions_it_and_taking_it_off_concedes(coder):
    events = coder.code_text("President Donald Trump on Monday reinstated Cuba on the United States' list of state "
                             "sponsors of terrorism.", date="2025-01-21")
    assert ("USA", "SANCTION", "CUB") in _triples(events)
    events = coder.code_text("Cuba was removed from the list by Barack Obama in 2015.", date="2025-01-21")
    assert ("USA", "CONCEDE", "CUB") in _triples(events)
    events = coder.code_text("South Korea would in turn remove Japan from its own list of preferred trading "
                             "partners.", date="2019-08-02")
    assert ("KOR", "SANCTION", "JPN") in _triples(events)


def test_visiting_a_capital_consults_its_state(coder):
    events = coder.code_text("Samantha Power, the administrator of the US Agency for International Development, "
                             "visited Yerevan on Monday and announced $11.5 million in humanitarian aid for Armenia.",
                             date="2023-09-27")
    assert ("USA", "CONSULT", "ARM") in _triples(events)


def test_what_a_free_relative_names_is_the_object(coder):
    events = coder.code_text("Israel struck what it called Hezbollah targets in Lebanon.", date="2024-09-20")
    assert ("ISR", "ASSAULT", "LBN") in _triples(events)
    events = coder.code_text("Iran struck what it said were militant bases in Pakistan on Tuesday.", date="2024-01-18")
    assert ("IRN", "ASSAULT", "PAK") in _triples(events)


def test_each_side_after_fighting_between_two_sides(coder):
    events = coder.code_text("Heavy fighting erupted across Khartoum on Saturday between Sudan's army and the "
                             "paramilitary Rapid Support Forces. Each side blamed the other for starting the clashes.",
                             date="2023-04-16")
    assert ("SDN", "ACCUSE", "SDN") in _triples(events)


def test_states_withdrawing_from_a_body_and_troops_ordered_out(coder):
    events = coder.code_text("The military governments of Mali, Burkina Faso and Niger announced on Sunday that they "
                             "were withdrawing from the Economic Community of West African States.", date="2024-01-28")
    assert {(c, "SANCTION", "ECOWAS") for c in ("MLI", "BFA", "NER")} <= _triples(events)
    assert "ACCUSE" not in {e.plover_type for e in events}
    events = coder.code_text("Mali ordered French troops out of the country in 2022.", date="2024-01-28")
    assert ("MLI", "SANCTION", "FRA") in _triples(events)


def test_an_agent_of_no_state_is_of_the_place_its_sentence_opens_on(coder):
    text = ("North Korea has sent thousands of troops to Russia, South Korean intelligence said on Friday. "
            "North Korea denied it. In Seoul, Kim Hong-kyun, the first vice foreign minister, summoned Georgy "
            "Zinoviev, the Russian ambassador, and demanded the withdrawal of the North Korean troops.")
    triples = _triples(coder.code_text(text, date="2024-10-22"))
    assert ("KOR", "REQUEST", "PRK") in triples
    assert not any(source == "PRK" and target == "RUS" and kind != "AID" for source, kind, target in triples)


def test_a_price_war_is_no_assault(coder):
    events = coder.code_text("OPEC, Russia and other oil-producing nations agreed on Sunday to cut output, ending a "
                             "price war between Riyadh and Moscow.", date="2020-04-13")
    assert not any(e.plover_type == "ASSAULT" for e in events)
    events = coder.code_text("Heavy fighting erupted on Saturday between Sudan's army and the paramilitary Rapid "
                             "Support Forces.", date="2023-04-16")
    assert ("SDN", "ASSAULT", "SDN") in _triples(events)


def test_pausing_aid_sanctions_and_accepting_a_truce_agrees(coder):
    events = coder.code_text("The United States has decided to pause some of its aid to Ethiopia over the dam, the "
                             "State Department said on Wednesday.", date="2020-09-03")
    assert ("USA", "SANCTION", "ETH") in _triples(events)
    events = coder.code_text("The Saudi-led coalition and the Houthi movement accepted a two-month truce on Friday.",
                             date="2022-04-02")
    assert ("SAU", "AGREE", "YEM") in _triples(events)
    assert "CONCEDE" not in {e.plover_type for e in events}


def test_states_named_among_them_after_a_group_of_states(coder):
    events = coder.code_text("On Monday, more than 20 countries, among them the United States, Canada, Germany, "
                             "France and Poland, expelled Russian diplomats.", date="2018-03-27")
    assert {(c, "SANCTION", "RUS") for c in ("USA", "CAN", "DEU", "FRA", "POL")} <= _triples(events)


def test_a_speaker_acting_through_a_spokesman_is_the_source(coder):
    events = coder.code_text("UN Secretary-General Antonio Guterres, through his spokesman, called on Bishkek and "
                             "Dushanbe to engage in dialogue.", date="2022-09-17")
    assert {("UNO", "REQUEST", "KGZ"), ("UNO", "REQUEST", "TJK")} <= _triples(events)
    assert all(e.source.country == "UNO" for e in events)


def test_the_signers_of_a_rejected_deal_signed_it(coder):
    events = coder.code_text("Egypt has rejected the memorandums signed by Ankara and Tripoli as null and void.",
                             date="2019-12-06")
    triples = _triples(events)
    assert {("EGY", "REJECT", "TUR"), ("EGY", "REJECT", "LBY")} <= triples
    assert ("TUR", "REJECT", "LBY") not in triples


def test_speaking_after_talks_with_someone_consulted_them(coder):
    events = coder.code_text("Alexander Lavrentiev, Putin's special envoy on Syria, said after talks with Turkish and "
                             "Iranian officials in Astana that Moscow had urged Ankara to refrain from a ground "
                             "operation.", date="2022-11-23")
    assert {("RUS", "CONSULT", "TUR"), ("RUS", "CONSULT", "IRN")} <= _triples(events)


def test_people_hurt_by_no_named_attacker_after_a_foreign_attack(coder):
    text = ("Tajik forces shelled Kyrgyz villages on Friday, Kyrgyz officials said. Kyrgyz officials said 144 people "
            "had been wounded in the Batken region.")
    events = [e for e in coder.code_text(text, date="2022-09-17") if e.sentence.startswith("Kyrgyz officials said 144")]
    assert ("TJK", "ASSAULT", "KGZ") in _triples(events)
    assert ("KGZ", "ASSAULT", "KGZ") not in _triples(events)


def test_an_account_rejected_as_baseless_in_a_closing_phrase(coder):
    events = coder.code_text("Amnesty International said last month that Eritrean troops had killed hundreds of "
                             "civilians in the ancient town of Axum, an account Asmara rejected as baseless.",
                             date="2021-03-26")
    assert ("ERI", "REJECT", "NGO") in _triples(events)


def test_a_move_judged_in_a_closing_phrase(coder):
    events = coder.code_text("Iran's Revolutionary Guards seized a British-flagged oil tanker in the Strait of Hormuz "
                             "on Friday, a move that Britain condemned as unacceptable.", date="2019-07-20")
    assert ("GBR", "ACCUSE", "IRN") in _triples(events)
    events = coder.code_text("China imposed tariffs on Australian barley in May, a decision Canberra called "
                             "unjustified.", date="2020-11-28")
    assert ("AUS", "ACCUSE", "CHN") in _triples(events)
    events = coder.code_text("The army withdrew from the town, a move that analysts described as a setback.",
                             date="2020-11-28")
    assert "ACCUSE" not in {e.plover_type for e in events}


def test_all_parties_urged_are_the_two_sides(coder):
    events = coder.code_text("Iran attacked Israel overnight. Antonio Guterres urged all parties to exercise maximum "
                             "restraint.", date="2024-04-14")
    assert {("UNO", "REQUEST", "IRN"), ("UNO", "REQUEST", "ISR")} <= _triples(events)
    events = coder.code_text("The two main parties agreed to form a coalition government in Berlin.",
                             date="2021-11-24")
    assert not events


def test_an_act_called_bad_accuses_its_author_whatever_the_typer_read(coder):
    text = ("Russia seized three Ukrainian navy vessels on Sunday. Nikki Haley, the US ambassador, called the seizure "
            "\"an outrageous violation of sovereign Ukrainian territory\".")
    assert ("USA", "ACCUSE", "RUS") in _triples(coder.code_text(text, date="2018-11-26"))
    text = ("Peru expelled Mexico's ambassador on Tuesday. Marcelo Ebrard, Mexico's foreign minister, called the "
            "expulsion \"unjustified and reprehensible\".")
    assert ("MEX", "ACCUSE", "PER") in _triples(coder.code_text(text, date="2022-12-21"))
    text = ("China imposed duties of up to 212 percent on Australian wine on Friday. Simon Birmingham, Australia's "
            "trade minister, said the duties were \"unjustified\".")
    assert ("AUS", "ACCUSE", "CHN") in _triples(coder.code_text(text, date="2020-11-28"))


@pytest.mark.parametrize("text", ["Britain said Russia was behind the attack.",
                                  "Boris Johnson said Russia was responsible for the attack.",
                                  "The Pentagon said Russia was responsible for the strike."])
def test_saying_someone_was_behind_an_attack_accuses_them(coder, text):
    assert {source for source, kind, target in _triples(coder.code_text(text, date="2018-03-20"))
            if kind == "ACCUSE" and target == "RUS"}


def test_being_responsible_for_no_act_accuses_no_one(coder):
    events = coder.code_text("The minister said Turkey was responsible for the security of the talks.",
                             date="2022-11-23")
    assert "ACCUSE" not in {e.plover_type for e in events}


def test_an_act_with_no_target_of_one_side_of_the_conflict_is_aimed_at_the_other(coder):
    text = ("Mali's military government on Monday ordered France's ambassador to leave the country within 72 hours. "
            "Paris said it had taken note of the decision and was recalling its ambassador, Joel Meyer.")
    assert ("FRA", "SANCTION", "MLI") in _triples(coder.code_text(text, date="2022-01-31"))
    text = ("Ethiopian forces attacked Sudanese troops near the border. Khartoum responded by sending reinforcements "
            "to the border.")
    assert ("SDN", "MOBILIZE", "ETH") in _triples(coder.code_text(text, date="2021-01-21"))
    text = "Khartoum responded by sending reinforcements to the border."
    assert not coder.code_text(text, date="2021-01-21")


@pytest.mark.parametrize("text, target", [("Pakistani troops shelled border posts in Kashmir.", "IND"),
                                          ("The Houthis attacked oil facilities in Abqaiq.", "SAU"),
                                          ("Russian drones struck a power plant in Bakhmut.", "UKR")])
def test_the_region_or_town_an_attack_hit_is_its_target(all_coder, text, target):
    assert any(kind == "ASSAULT" and state == target for _, kind, state in _triples(all_coder.code_text(text)))


def test_a_region_an_act_is_only_set_in_stays_no_target(all_coder):
    assert not all_coder.code_text("Government forces declared a curfew in Kashmir.", date="2019-08-05")


@pytest.mark.parametrize("text, victims", [
    ("Israeli strikes on Rafah killed at least 20 people on Tuesday.", "PSE"),
    ("Saudi-led coalition warplanes bombed a prison in Dhamar, killing 100 inmates.", "YEM")])
def test_the_people_an_attack_killed_are_of_the_place_it_hit(coder, text, victims):
    killed = [e for e in coder.code_text(text, date="2024-02-13") if e.target.text.split()[-1] in {"people", "inmates"}]
    assert killed and all(e.target.country == victims for e in killed)


def test_counted_ships_take_no_state_from_the_story(all_coder):
    events = all_coder.code_text("Yemen's Iran-backed Houthis have attacked dozens of merchant vessels since November.",
                                 date="2024-01-12")
    assert [e.target.country for e in events if e.target.text.endswith("vessels")] == [None]


def test_an_act_that_drew_condemnation_is_condemned_by_whom_it_drew_it_from(coder):
    text = "Hungary vetoed the aid package on Thursday. The veto drew condemnation from Poland."
    assert ("POL", "ACCUSE", "HUN") in _triples(coder.code_text(text, date="2023-12-15"))


def test_an_act_of_two_states_is_condemned_in_both(coder):
    text = ("US and British warplanes struck Houthi targets in Yemen on Friday. Iran and Russia condemned the "
            "strikes.")
    triples = _triples(coder.code_text(text, date="2024-01-12"))
    assert {("IRN", "ACCUSE", "USA"), ("IRN", "ACCUSE", "GBR"), ("RUS", "ACCUSE", "USA"),
            ("RUS", "ACCUSE", "GBR")} <= triples
    text = "France and Germany imposed sanctions on Russian banks. Moscow condemned the sanctions."
    assert {("RUS", "ACCUSE", "FRA"), ("RUS", "ACCUSE", "DEU")} <= _triples(coder.code_text(text, date="2022-03-01"))


def test_a_charge_denied_in_a_closing_phrase_was_still_made(coder):
    events = coder.code_text("Moscow has blamed Kyiv for the drone attack on the Kremlin, a charge Ukraine denies.",
                             date="2023-05-04")
    assert [e.modality for e in events if (e.source.country, e.plover_type) == ("RUS", "ACCUSE")] == ["asserted"]


@pytest.mark.parametrize("text, state", [
    ("Thousands of farmers blocked roads in Warsaw to protest against imports of Ukrainian grain.", "POL"),
    ("Protesters gathered in Tbilisi to demonstrate against the Russian-style law.", "GEO")])
def test_a_crowd_is_of_the_place_it_protests_in(coder, text, state):
    protests = [e for e in coder.code_text(text, date="2023-09-20") if e.plover_type == "PROTEST"]
    assert protests and {e.source.country for e in protests} == {state}


def test_a_state_named_as_a_likeness_is_no_owner(coder):
    events = coder.code_text("Protesters gathered in Tbilisi to demonstrate against the Russian-style law.",
                             date="2024-05-01")
    assert "RUS" not in {e.target.country for e in events}


@pytest.mark.parametrize("text", [
    "Speaking after talks with Kishida, Yoon said the two countries would resume regular visits.",
    "Speaking after a meeting with Kishida in Tokyo, Yoon said the two countries would resume regular visits.",
    "Yoon said after a meeting with Kishida that the two countries would resume regular visits."])
def test_who_speaks_after_talks_with_someone_consulted_them(coder, text):
    assert ("KOR", "CONSULT", "JPN") in _triples(coder.code_text(text, date="2023-03-16"))


def test_standing_by_a_state_supports_it(coder):
    text = "Germany's chancellor, Olaf Scholz, said Berlin stood by Kyiv."
    assert ("DEU", "SUPPORT", "UKR") in _triples(coder.code_text(text, date="2023-02-24"))


def test_a_text_said_to_be_meddling_accuses_its_author(coder):
    text = ("The Saudi foreign ministry said Canada's statement was \"an overt and blatant interference in the "
            "Kingdom's domestic affairs\".")
    assert ("SAU", "ACCUSE", "CAN") in _triples(coder.code_text(text, date="2018-08-06"))



@pytest.mark.parametrize("text, rejected", [("The president vetoed the bill passed by Congress last week.", {"USA"}),
                                            ("Russia vetoed a resolution drafted by the United States and Albania.",
                                             {"USA", "ALB"})])
def test_vetoing_a_text_rejects_who_drafted_or_passed_it(coder, text, rejected):
    events = coder.code_text(text, date="2022-09-30")
    assert {e.target.country for e in events if e.plover_type == "REJECT"} == rejected


def test_a_move_called_blackmail_accuses_its_author(coder):
    text = ("Gazprom said it had halted gas supplies to Poland and Bulgaria because they had not paid in roubles. "
            "The European Commission called the move \"blackmail\" and said the EU would not be intimidated.")
    assert ("EUR", "ACCUSE", "RUS") in _triples(coder.code_text(text, date="2022-04-27"))


@pytest.mark.parametrize("text, pair", [("Algeria closed its airspace to Moroccan aircraft.", ("DZA", "MAR")),
                                        ("The EU banned Russian aircraft from its airspace.", ("EUR", "RUS")),
                                        ("Turkey closed its ports to Israeli ships.", ("TUR", "ISR"))])
def test_ships_or_aircraft_of_a_state_shut_out_stand_for_the_state(coder, text, pair):
    assert (pair[0], "SANCTION", pair[1]) in _triples(coder.code_text(text, date="2021-09-22"))


def test_whose_names_the_owner_and_a_relative_clauses_they_the_subject_above(coder):
    text = ("Mali's junta expelled the UN's human rights chief on Tuesday. Western governments have condemned the "
            "junta's ties to Wagner, whose fighters they accuse of killing civilians in central Mali.")
    accused = [e for e in coder.code_text(text, date="2023-02-07") if e.target.text == "whose fighters"]
    assert accused and {(e.source.country, e.target.country) for e in accused} == {("WST", "RUS")}


def test_a_missile_fired_at_no_one_is_the_launch_condemned_later(coder):
    text = ("North Korea fired a ballistic missile into the sea off its east coast on Thursday, South Korea's military "
            "said, the latest in a string of launches that have raised tensions in the region. Prime Minister Fumio "
            "Kishida condemned the launch as \"absolutely unacceptable\".")
    assert ("JPN", "ACCUSE", "PRK") in _triples(coder.code_text(text, date="2023-04-13"))


def test_a_release_is_asked_of_who_holds_them(coder):
    text = ("Iran seized a Marshall Islands-flagged oil tanker in the Gulf of Oman on Thursday, the US Navy said. "
            "Washington demanded the immediate release of the ship and its crew.")
    assert ("USA", "REQUEST", "IRN") in _triples(coder.code_text(text, date="2023-04-28"))


def test_both_sides_include_a_state_whose_leader_only_spoke(coder):
    text = ("Azerbaijan launched what it called \"anti-terrorist measures\" in Nagorno-Karabakh on Tuesday, shelling "
            "Stepanakert and other towns. Armenian Prime Minister Nikol Pashinyan said Baku was carrying out ethnic "
            "cleansing and called on Russian peacekeepers to intervene. Moscow urged both sides to stop the fighting.")
    asked = {e.target.country for e in coder.code_text(text, date="2023-09-19")
             if e.source.country == "RUS" and e.plover_type == "REQUEST"}
    assert asked == {"AZE", "ARM"}


def test_a_rebuke_drawn_from_a_state_is_its_accusation(coder):
    text = ("The United States and the Philippines began their largest-ever joint military exercises on Tuesday, "
            "drawing a sharp rebuke from Beijing.")
    triples = _triples(coder.code_text(text, date="2024-04-23"))
    assert {("CHN", "ACCUSE", "USA"), ("CHN", "ACCUSE", "PHL")} <= triples
    assert ("USA", "ACCUSE", "CHN") not in triples


def test_the_venue_of_talks_gives_no_state_to_the_story(all_coder):
    text = ("Sudan's army chief, General Abdel Fattah al-Burhan, rejected an invitation to peace talks in Geneva, "
            "saying the army would not negotiate with \"a militia that has committed atrocities\". The Rapid Support "
            "Forces said they had accepted the invitation. The United States, which co-hosted the talks with Saudi "
            "Arabia, urged both sides to attend. The RSF has been accused by the UN of ethnic cleansing.")
    assert {e.source.country for e in all_coder.code_text(text, date="2024-08-01") if e.source.text == "the army"} == {
        "SDN"}


def test_states_that_describe_who_asks_are_no_sides(coder):
    text = ("Sudan's army and the RSF clashed in Omdurman on Sunday. The United States, which has close ties with "
            "Saudi Arabia and Egypt, urged both sides to stop the fighting.")
    asked = {e.target.country for e in coder.code_text(text, date="2023-05-01")
             if e.source.country == "USA" and e.plover_type == "REQUEST"}
    assert asked and not asked & {"SAU", "EGY"}


def test_a_decree_is_the_move_a_later_judgement_means(coder):
    text = ("Venezuela's President Nicolas Maduro ordered the creation of a new state in the disputed Essequibo region "
            "on Tuesday, two days after a referendum in which voters backed Venezuela's claim to the oil-rich "
            "territory. Guyana's President Irfaan Ali called the move \"a direct threat\" to his country's territorial "
            "integrity.")
    assert ("GUY", "ACCUSE", "VEN") in _triples(coder.code_text(text, date="2023-12-06"))


def test_an_agreement_two_sides_reached_is_welcomed_in_both(coder):
    text = ("Israel and Hamas agreed on Wednesday to a four-day truce in Gaza, in a deal brokered by Qatar. US "
            "President Joe Biden welcomed the agreement.")
    welcomed = _triples(coder.code_text(text, date="2023-11-22"))
    assert {("USA", "SUPPORT", "ISR"), ("USA", "SUPPORT", "PSE")} <= welcomed


def test_revenge_for_a_killing_threatens_its_author(coder):
    text = ("Israel killed Hamas's political leader Ismail Haniyeh in Tehran on Wednesday. Iran's supreme leader Ali "
            "Khamenei vowed \"harsh revenge\" for the killing of Haniyeh.")
    threats = {(s, t) for s, kind, t in _triples(coder.code_text(text, date="2024-07-31")) if kind == "THREATEN"}
    assert threats == {("IRN", "ISR")}


@pytest.mark.parametrize("text, pair", [
    ("The Russian envoy was summoned to the Foreign Office on Tuesday.", ("GBR", "RUS")),
    ("The Chinese ambassador was summoned to the foreign ministry in Canberra.", ("AUS", "CHN"))])
def test_who_is_summoned_to_a_ministry_is_summoned_by_it(all_coder, text, pair):
    triples = _triples(all_coder.code_text(text, date="2024-05-07"))
    assert (pair[0], "ACCUSE", pair[1]) in triples and (pair[1], "ACCUSE", pair[0]) not in triples


def test_an_envoy_recalled_is_recalled_from_where_they_were_posted(coder):
    text = ("Somalia, which regards Somaliland as part of its territory, recalled its ambassador to Addis Ababa for "
            "consultations.")
    assert ("SOM", "SANCTION", "ETH") in _triples(coder.code_text(text, date="2024-01-02"))


def test_a_complaint_filed_with_a_body_accuses_whom_it_names_not_the_body(coder):
    text = ("Ukraine filed a complaint with the World Trade Organization against Poland, Hungary and Slovakia over "
            "their bans on Ukrainian grain.")
    accused = {t for s, kind, t in _triples(coder.code_text(text, date="2023-09-18")) if kind == "ACCUSE"}
    assert accused == {"POL", "HUN", "SVK"}


def test_regretting_anothers_measures_accuses_them(coder):
    text = "The European Commission said it regretted Poland's unilateral measures."
    assert ("EUR", "ACCUSE", "POL") in _triples(coder.code_text(text, date="2023-09-16"))


@pytest.mark.parametrize("boycott", ["Kurdish and Sunni lawmakers boycotted the vote.",
                                     "The vote was boycotted by Kurdish and Sunni lawmakers."])
def test_boycotting_a_vote_protests_against_whoever_held_it(coder, boycott):
    text = "Iraq's parliament voted on Sunday to expel US troops from the country. " + boycott
    protests = [e for e in coder.code_text(text, date="2020-01-06") if e.plover_type == "PROTEST"]
    assert protests and {(e.source.country, e.target.country) for e in protests} == {("IRQ", "IRQ")}


def test_an_act_judged_beside_an_urged_state_is_that_states(coder):
    text = ("Iran imposed new duties on Iraqi imports on Monday. The European Union condemned the strike and urged "
            "Israel to respect international law.")
    triples = _triples(coder.code_text(text, date="2024-01-10"))
    assert {t for s, kind, t in triples if s == "EUR" and kind == "ACCUSE"} == {"ISR"}


@pytest.mark.parametrize("text, pair", [
    ("Turkey accused Greece of militarising the islands and threatened to take unspecified measures.", ("TUR", "GRC")),
    ("The United States imposed sanctions on three Iranian firms and warned of further measures.", ("USA", "IRN"))])
def test_a_threat_with_no_object_is_aimed_where_the_act_before_it_was(coder, text, pair):
    assert (pair[0], "THREATEN", pair[1]) in _triples(coder.code_text(text, date="2024-01-10"))


def test_a_warning_about_a_situation_takes_no_target_from_the_act_before_it(all_coder):
    text = "Turkey accused Greece of militarising the islands and warned that the situation could deteriorate."
    assert ("TUR", "THREATEN", "GRC") not in _triples(all_coder.code_text(text, date="2024-01-10"))


def test_troops_pulled_back_are_the_withdrawers_own(all_coder):
    text = "India and China agreed to pull back troops from the border."
    events = all_coder.code_text(text, date="2020-09-11")
    assert events and all("troops" not in e.target.text for e in events)


def test_sanctions_one_urges_others_to_impose_are_no_sanction_of_ones_own(all_coder):
    text = ("Ukraine's foreign ministry called the referendum illegitimate and urged Western partners to impose new "
            "sanctions on Russia.")
    assert ("UKR", "SANCTION", "RUS") not in _triples(all_coder.code_text(text, date="2022-09-23"))


def test_an_act_noun_names_its_doer_after_by(coder):
    text = "Moscow expelled two Estonian diplomats in retaliation for the expulsion of Russian diplomats by Tallinn."
    assert ("EST", "SANCTION", "RUS") in _triples(coder.code_text(text, date="2022-01-10"))


def test_several_doers_after_by_are_no_relation_between_them(all_coder):
    text = ("He announced the change on Wednesday, despite criticism by the Greek foreign minister and UNESCO, who "
            "questioned his authority to make the change.")
    assert not any(s == "GRC" and t == "UNO" for s, _, t in _triples(all_coder.code_text(text, date="2020-07-10")))


def test_the_strikes_that_killed_are_the_strikers_and_their_dead_where_they_hit(coder):
    text = ("Israel launched air strikes on Gaza on Tuesday. The strikes killed at least 12 people, including three "
            "commanders of Islamic Jihad.")
    events = [e for e in coder.code_text(text, date="2023-05-09") if e.sentence_index == 1]
    assert ("ISR", "ASSAULT", "PSE") in _triples(events)


def test_rockets_fired_after_a_vow_are_fired(coder):
    text = "Islamic Jihad vowed to retaliate and fired dozens of rockets at Tel Aviv."
    events = [e for e in coder.code_text(text, date="2023-05-10") if e.plover_type == "ASSAULT"]
    assert [(e.source.country, e.target.country, e.modality) for e in events] == [("PSE", "ISR", "asserted")]


def test_one_declared_persona_non_grata_is_the_target_and_bars_no_one(all_coder):
    text = ("Israel's foreign minister declared UN Secretary-General Antonio Guterres persona non grata and barred him "
            "from entering the country.")
    events = all_coder.code_text(text, date="2024-10-02")
    assert ("ISR", "SANCTION", "UNO") in _triples(events)
    assert all(e.source.country == "ISR" for e in events)


def test_a_killing_told_after_a_charge_is_the_accused_and_reported(coder):
    text = ("The Sudanese army accused the Rapid Support Forces of shelling civilian areas in Omdurman, killing at "
            "least 15 people.")
    assaults = [e for e in coder.code_text(text, date="2024-02-10") if e.plover_type == "ASSAULT"]
    assert assaults and all("Rapid Support Forces" in e.source.text and e.modality == "reported" for e in assaults)


@pytest.mark.parametrize("text, triple", [
    ("Argentina's President Javier Milei called Spain's prime minister corrupt, prompting Madrid to withdraw its "
     "ambassador.", ("ESP", "SANCTION", "ARG")),
    ("Russia and Belarus began joint military exercises near the Polish border, prompting Warsaw to reinforce its "
     "frontier.", ("POL", "MOBILIZE", "RUS"))])
def test_an_answer_one_was_prompted_to_is_aimed_at_who_prompted_it(coder, text, triple):
    assert triple in _triples(coder.code_text(text, date="2024-05-20"))


def test_a_crowd_marching_through_a_city_is_of_its_state(coder):
    text = "Thousands of people marched through Tbilisi on Sunday to protest against the foreign agents law."
    assert ("GEO", "PROTEST", "GEO") in _triples(coder.code_text(text, date="2024-05-12"))


def test_a_legislature_impeaching_a_president_accuses_him_but_a_rule_of_impeachment_is_no_event(coder):
    text = ("South Korea's parliament voted to impeach President Yoon Suk Yeol over his brief declaration of martial "
            "law.")
    assert ("KOR", "ACCUSE", "KOR") in _triples(coder.code_text(text, date="2024-12-14"))
    rule = ("Under the U.S. Constitution, the House of Representatives impeaches the official and then the "
            "impeachment trial is conducted in the Senate.")
    assert not any(e.plover_type == "ACCUSE" for e in coder.code_text(rule, date="2019-10-01"))


def test_brokers_of_a_ceasefire_between_two_sides_consult_each(coder):
    text = "Qatar and Egypt brokered a ceasefire between Israel and Hamas that took effect on Sunday."
    consults = {(s, t) for s, kind, t in _triples(coder.code_text(text, date="2025-01-19")) if kind == "CONSULT"}
    assert {("QAT", "ISR"), ("QAT", "PSE"), ("EGY", "ISR"), ("EGY", "PSE")} <= consults


def test_gangs_a_force_sent_abroad_acts_against_are_of_where_it_went(coder):
    text = ("Kenya's president said the deployment would go ahead. Kenyan police officers arrived in Haiti to lead a "
            "multinational mission against the gangs.")
    targets = {t for s, _, t in _triples(coder.code_text(text, date="2024-06-25")) if s == "KEN"}
    assert "HTI" in targets and "KEN" not in targets


def test_an_attack_claimed_is_the_claimants_when_judged_later(coder):
    text = ("Gunmen attacked a concert hall near Moscow on Friday, killing at least 140 people. The Islamic State "
            "group claimed responsibility for the attack. The United States condemned the attack.")
    accused = {e.target.country for e in coder.code_text(text, date="2024-03-23")
               if e.source.country == "USA" and e.plover_type == "ACCUSE"}
    assert accused == {"IMG"}


def test_limiting_exports_to_a_state_sanctions_it(coder):
    text = "The Dutch government said it would limit exports of advanced chip-making equipment to China."
    assert ("NLD", "SANCTION", "CHN") in _triples(coder.code_text(text, date="2023-03-08"))


def test_placing_someone_under_house_arrest_coerces_them(coder):
    text = "Soldiers in Gabon seized power on Wednesday, placing President Ali Bongo under house arrest."
    assert ("GAB", "COERCE", "GAB") in _triples(coder.code_text(text, date="2023-08-30"))


@pytest.mark.parametrize("text, triple", [
    ("The Organization of American States rejected the results of the Venezuelan election.", ("OAS", "REJECT", "VEN")),
    ("The EU rejected the election results in Belarus.", ("EUR", "REJECT", "BLR"))])
def test_rejecting_an_elections_results_rejects_its_state(coder, text, triple):
    assert triple in _triples(coder.code_text(text, date="2024-08-01"))


def test_troops_deployed_after_an_accusation_are_a_show_of_force_at_the_accused(coder):
    text = ("The Polish government accused Belarus of pushing migrants across the border and deployed 10,000 "
            "troops.")
    assert ("POL", "MOBILIZE", "BLR") in _triples(coder.code_text(text, date="2021-11-10"))


def test_a_side_taken_beside_an_attack_is_no_target_of_it(all_coder):
    text = "Hezbollah fired dozens of rockets at northern Israel in solidarity with Hamas."
    assert {t for s, kind, t in _triples(all_coder.code_text(text, date="2023-10-09")) if kind == "ASSAULT"} == {"ISR"}


def test_recognising_a_state_supports_it_and_a_promise_to_agrees(coder):
    assert ("GBR", "SUPPORT", "PSE") in _triples(coder.code_text(
        "Britain recognised a Palestinian state at the UN General Assembly.", date="2025-09-22"))
    text = "Britain and France said they would recognise a Palestinian state at the UN General Assembly."
    agreed = {s for s, kind, t in _triples(coder.code_text(text, date="2025-07-30")) if kind == "AGREE" and t == "PSE"}
    assert agreed == {"GBR", "FRA"}


def test_fire_opened_on_a_states_positions_named_by_its_pronoun_is_an_assault_on_it(coder):
    text = ("Armenia and Azerbaijan traded accusations on Monday over a deadly border clash. Baku said Armenian forces "
            "had opened fire on its positions in the Kalbajar district.")
    events = [e for e in coder.code_text(text, date="2023-04-11") if e.sentence_index == 1]
    assert ("ARM", "ASSAULT", "AZE") in _triples(events)


def test_a_site_struck_near_a_town_is_of_the_towns_state(all_coder):
    text = "Iran's state media reported that Israeli drones had struck a military site near Isfahan."
    assert ("ISR", "ASSAULT", "IRN") in _triples(all_coder.code_text(text, date="2024-04-19"))


@pytest.mark.parametrize("text, triple", [
    ("Mali's junta revoked its defence agreements with France on Monday.", ("MLI", "SANCTION", "FRA")),
    ("Niger's military rulers scrapped a military pact with the European Union.", ("NER", "SANCTION", "EUR"))])
def test_ending_an_agreement_with_a_state_reduces_relations_with_it(coder, text, triple):
    assert triple in _triples(coder.code_text(text, date="2023-12-04"))


@pytest.mark.parametrize("text, triple", [
    ("Japan protested after a Chinese military aircraft violated its airspace over the East China Sea.",
     ("JPN", "ACCUSE", "CHN")),
    ("Manila protested after Chinese coast guard ships fired water cannon at a Philippine vessel.",
     ("PHL", "ACCUSE", "CHN")),
    ("Russia reacted angrily after Finland joined NATO.", ("RUS", "ACCUSE", "FIN"))])
def test_a_complaint_naming_no_one_accuses_whoever_did_what_it_answers(coder, text, triple):
    assert triple in _triples(coder.code_text(text, date="2024-03-05"))


def test_the_condition_of_a_threat_is_no_act_and_a_threatened_act_aims_where_the_sanction_did(coder):
    text = ("ECOWAS imposed sweeping sanctions on Niger and threatened military intervention if the junta did not "
            "restore President Mohamed Bazoum.")
    triples = _triples(coder.code_text(text, date="2023-08-01"))
    assert ("ECOWAS", "THREATEN", "NER") in triples
    assert not any(kind == "CONCEDE" for _, kind, _ in triples)


def test_banning_a_states_airlines_sanctions_it_and_the_airspace_is_no_actor(coder):
    events = coder.code_text("EU leaders agreed to ban Belarusian airlines from EU airspace.", date="2021-05-24")
    assert ("EUR", "SANCTION", "BLR") in _triples(events)
    assert not any("airspace" in e.target.text for e in events)


def test_a_warning_after_shutting_ones_own_airspace_is_aimed_at_no_one(coder):
    text = "The junta closed Niger's airspace and warned against any foreign intervention."
    assert not [e for e in coder.code_text(text, date="2023-08-07") if e.plover_type == "THREATEN"]


def test_the_victim_a_threat_avenges_is_not_whom_it_threatens(coder):
    for text in ("Tehran vowed revenge for the killing of Hamas political leader Ismail Haniyeh in Tehran.",
                 "Iran vowed to retaliate for the killing of Haniyeh."):
        assert not [e for e in coder.code_text(text, date="2024-08-01") if e.target.country == "PSE"]


def test_an_answer_promised_is_a_threat(coder):
    text = "The Kremlin said Moscow would respond to the deployment of US long-range missiles in Germany."
    assert ("RUS", "THREATEN", "USA") in _triples(coder.code_text(text, date="2024-07-11"))


def test_a_missile_fired_over_a_state_is_a_show_of_force(coder):
    text = "North Korea fired a ballistic missile over Japan on Tuesday for the first time in five years."
    assert ("PRK", "MOBILIZE", "JPN") in _triples(coder.code_text(text, date="2022-10-04"))


def test_a_spokesman_telling_what_his_principal_did_claims_nothing_of_his_own(coder):
    text = ('António Guterres, the U.N. secretary-general, strongly condemned North Korea\'s "reckless act" of '
            "launching a ballistic missile over Japan, his spokesman said.")
    events = coder.code_text(text, date="2022-10-04")
    assert ("UNO", "ACCUSE", "PRK") in _triples(events)
    assert not [e for e in events if "spokesman" in e.source.text]


def test_an_act_parsed_into_the_bad_name_it_is_called_is_judged_as_its_authors(coder):
    text = "Russia launched a full-scale invasion of Ukraine on Thursday. Turkey called the operation unacceptable."
    assert ("TUR", "ACCUSE", "RUS") in _triples(coder.code_text(text, date="2022-02-24"))


def test_a_coup_against_a_government_coerces_it(coder):
    text = "Myanmar's military seized power on Monday in a coup against the democratically elected government."
    assert ("MMR", "COERCE", "MMR") in _triples(coder.code_text(text, date="2021-02-01"))


@pytest.mark.parametrize("text", [
    'The US State Department condemned what it called "orchestrated violent attacks" on Kosovo police.',
    'Josep Borrell condemned "the hideous attack by an armed gang" against Kosovo police officers.'])
def test_the_victims_of_an_attack_condemned_are_not_whom_it_condemns(coder, text):
    assert not [e for e in coder.code_text(text, date="2023-09-25") if "police" in e.target.text]


def test_recognition_refused_is_a_rejection_and_sanctions_agreed_are_imposed(coder):
    assert ("SRB", "REJECT", "XKX") in _triples(coder.code_text("Serbia would never recognise Kosovo, Vucic said.",
                                                                 date="2023-09-27"))
    text = ("European Union leaders agreed a second package of sanctions hitting Russia's financial, energy and "
            "transport sectors.")
    assert ("EUR", "SANCTION", "RUS") in _triples(coder.code_text(text, date="2022-02-25"))


def test_it_called_an_attack_is_the_attack_told_before_whatever_act_came_since(coder):
    text = ("Russia launched a full-scale invasion of Ukraine on Thursday. Leaders of the European Union agreed a "
            'package of sanctions. Jens Stoltenberg, NATO\'s secretary-general, called it "a reckless and unprovoked '
            'attack".')
    events = [e for e in coder.code_text(text, date="2022-02-25") if e.sentence_index == 2]
    assert ("NATO", "ACCUSE", "RUS") in _triples(events)


def test_a_name_not_known_takes_its_appositions_state(coder):
    text = ('Shortly after she landed, Xie Feng, China\'s vice foreign minister, summoned Nicholas Burns, the U.S. '
            'ambassador, to lodge "strong protests".')
    assert ("CHN", "ACCUSE", "USA") in _triples(coder.code_text(text, date="2022-08-05"))


def test_a_vowed_response_after_a_judgement_and_an_ask_after_talks_aim_at_the_other_party(coder):
    text = ('Yoon Suk Yeol, South Korea\'s president, condemned what he called North Korea\'s "reckless" provocation '
            'and vowed a "stern response" in cooperation with Washington.')
    assert ("KOR", "THREATEN", "PRK") in _triples(coder.code_text(text, date="2022-10-04"))
    text = ("Marco Rubio, the US secretary of state, spoke by phone with Rwandan President Paul Kagame and urged an "
            "immediate ceasefire.")
    assert ("USA", "REQUEST", "RWA") in _triples(coder.code_text(text, date="2025-01-27"))


def test_both_sides_of_a_civil_war_are_its_armed_sides_not_the_last_pair_named(coder):
    text = ("Heavy fighting erupted in Khartoum on Saturday between Sudan's army and the Rapid Support Forces. "
            "The RSF said its fighters had seized the presidential palace from the army. "
            "Egyptian soldiers had been taking part in joint exercises with the Sudanese army at the Merowe base. "
            "Moussa Faki Mahamat, chairman of the African Union Commission, appealed to both sides for an immediate "
            "ceasefire.")
    asked = [e for e in coder.code_text(text, date="2023-04-16") if e.sentence_index == 3]
    assert asked and all(e.target.country == "SDN" and e.target.sector in {"MIL", "REB"} for e in asked)


def test_a_name_the_parser_hangs_on_an_earlier_object_is_the_subject_of_its_own_verb(coder):
    text = ("Crowds attacked the French embassy in Kinshasa on Tuesday. Police fired tear gas to disperse the "
            "protesters, and Jean-Noel Barrot, France's foreign minister, condemned the attacks as unacceptable.")
    events = [e for e in coder.code_text(text, date="2025-01-28") if e.sentence_index == 1]
    assert ("FRA", "ACCUSE", "COD") in _triples(events)
    assert not [e for e in events if "Barrot" in e.target.text]


def test_a_crowd_gathered_in_a_capital_the_tagger_calls_a_person_is_of_its_state(coder):
    text = ("Hours after the announcement, thousands of angry protesters gathered in central Yerevan, and hundreds "
            "broke into the government headquarters.")
    assert ("ARM", "PROTEST", "ARM") in _triples(coder.code_text(text, date="2020-11-10"))


def test_it_as_the_object_of_a_clause_is_the_state_named_before_not_the_clauses_subject(coder):
    text = "Saudi Arabia and Egypt cut ties with Qatar, accusing it of supporting terrorism."
    triples = _triples(coder.code_text(text, date="2017-06-05"))
    assert {("SAU", "ACCUSE", "QAT"), ("EGY", "ACCUSE", "QAT")} <= triples


def test_saying_someone_plotted_attacks_accuses_them(coder):
    text = 'Trump told reporters in Florida that Soleimani had been plotting "imminent and sinister attacks".'
    assert ("USA", "ACCUSE", "IRN") in _triples(coder.code_text(text, date="2020-01-03"))


def test_siding_with_a_state_supports_it(coder):
    assert ("RUS", "SUPPORT", "CHN") in _triples(coder.code_text("Russia sided with Beijing.", date="2022-08-04"))


def test_chairing_a_body_told_in_a_relative_clause_is_no_act_on_it(coder):
    text = ("Brunei, which chairs the Association of Southeast Asian Nations, issued a statement on behalf of the bloc "
            "calling for dialogue among all parties in Myanmar.")
    assert not [e for e in coder.code_text(text, date="2021-02-01") if e.target.country == "ASEAN"]


def test_his_is_the_person_named_before_not_a_state_a_clause_above_is_about(coder):
    text = ("Enrique Manalo, the Philippine foreign secretary, said China's actions against a routine humanitarian "
            "mission violated Philippine sovereign rights, and his ministry demanded that Chinese vessels leave the "
            "vicinity of the shoal immediately.")
    assert ("PHL", "REQUEST", "CHN") in _triples(coder.code_text(text, date="2024-03-24"))


@pytest.mark.parametrize("text, triple", [
    ("Ankara ramps up belligerent actions towards Cyprus and the Greek Aegean Isles.", ("TUR", "THREATEN", "CYP")),
    ("Iran escalated its provocations against Israel.", ("IRN", "THREATEN", "ISR"))])
def test_an_act_stepped_up_is_of_the_type_of_the_act(coder, text, triple):
    assert triple in _triples(coder.code_text(text, date="2024-05-20"))


def test_forces_called_up_naming_no_one_are_a_show_of_force_at_the_other_side(coder):
    text = ("Hamas fighters attacked Israeli towns on Saturday, killing hundreds of people. Israel launched airstrikes "
            "on Gaza. Israel's army said it had called up tens of thousands of reservists.")
    events = [e for e in coder.code_text(text, date="2023-10-08") if e.sentence_index == 2]
    assert ("ISR", "MOBILIZE", "PSE") in _triples(events)
