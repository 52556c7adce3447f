"""The coder on sentences a user would check first."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _triples(events):
    return {(e.source.country, e.plover_type, e.target.country) for e in events}


@pytest.mark.parametrize("fixture", ["pattern_coder", "coder"])
def test_russia_criticises_french_weapons_transfer(fixture, request):
    coder = request.getfixturevalue(fixture)
    events = coder.code_text("Russia also criticized the French weapons transfer to Armenia.", date="2024-06-01")
    assert ("RUS", "ACCUSE", "FRA") in _triples(events)
    event = next(e for e in events if e.plover_type == "ACCUSE")
    assert event.quad_class == 3 and event.goldstein is not None and event.goldstein < 0
    assert event.sentence.startswith("Russia also criticized")
    assert event.date == "2024-06-01" and event.date_precision == "day"
    assert 0.0 < event.confidence <= 1.0
    assert event.coder_version.startswith("shadowline-")


def test_denial_is_negated(pattern_coder):
    events = pattern_coder.code_text("Syria denied that it had supplied weapons to the rebels.", date="2013-05-02")
    assert events, "a denied supply is still an event, with negated modality"
    assert all(e.modality == "negated" for e in events)
    assert events[0].source.country == "SYR"  # "it" resolves to Syria
    assert events[0].source.text == "Syria"  # the event points at the antecedent, not at "it"


def test_coordination_gives_two_events(pattern_coder):
    events = pattern_coder.code_text("Turkey and Russia will support Azerbaijan.", date="2024-01-10")
    pairs = {(e.source.country, e.target.country) for e in events}
    assert {("TUR", "AZE"), ("RUS", "AZE")} <= pairs
    # A future cooperative act is an intention: PLOVER codes it AGREE.
    assert {e.plover_type for e in events} == {"AGREE"}
    assert {e.modality for e in events} == {"future"}


def test_passive_flips_source_and_target(pattern_coder):
    events = pattern_coder.code_text("Greece was threatened by Turkey on Tuesday.", date="2024-05-30")
    assert ("TUR", "THREATEN", "GRC") in _triples(events)
    assert events[0].date == "2024-05-28"


def test_reported_speech_attributes_to_the_actor(pattern_coder):
    events = pattern_coder.code_text("Officials said Russia had attacked Ukraine.", date="2024-02-01")
    assert ("RUS", "ASSAULT", "UKR") in _triples(events)
    assert next(e for e in events if e.plover_type == "ASSAULT").modality == "reported"


def test_event_ids_are_stable_and_offsets_point_at_the_trigger(pattern_coder):
    text = "Before the summit, Azerbaijan accused France of fuelling war in the region."
    first = pattern_coder.code_text(text, date="2024-01-01", doc_id="d1")
    second = pattern_coder.code_text(text, date="2024-01-01", doc_id="d1")
    assert [e.event_id for e in first] == [e.event_id for e in second]
    event = first[0]
    assert text[event.char_start:event.char_end] == "accused"


def test_relative_dates_resolve_against_the_document_date(pattern_coder):
    events = pattern_coder.code_text("Last July Azerbaijan accused France of interference.", date="2024-05-20")
    assert events and events[0].date == "2023-07-01" and events[0].date_precision == "month"


def test_no_actor_no_event(pattern_coder):
    assert pattern_coder.code_text("The weather was mild and the markets were calm.", date="2024-01-01") == []


def test_hybrid_context_from_state_media(pattern_coder):
    events = pattern_coder.code_text("Azerbaijan's state media accused France of repression in New Caledonia.",
                                     date="2024-05-20")
    assert events
    event = events[0]
    assert event.source.country == "AZE" and event.source.sector == "JRN"
    assert "information_operations" in event.plover_context
    assert event.location is not None and event.location.iso3 == "NCL"


def test_main_selection_keeps_one_event_and_its_coordination(pattern_coder):
    from shadowline.coding.pipeline import Coder

    main = Coder(coder="patterns", nlp=pattern_coder.nlp, events="main")
    every = Coder(coder="patterns", nlp=pattern_coder.nlp, events="all")
    text = "Turkey and Russia will support Azerbaijan, and France welcomed the Russian position on Armenia."
    kept = {e.event_id for e in main.code_text(text, date="2024-01-01")}
    coded = {e.event_id for e in every.code_text(text, date="2024-01-01")}
    assert kept < coded  # main keeps a strict subset: the second clause's events are dropped
    assert {(e.source.country, e.target.country) for e in main.code_text(text, date="2024-01-01")} == {
        ("TUR", "AZE"), ("RUS", "AZE")}
    coordinated = main.code_text("Turkey and Russia will support Azerbaijan.", date="2024-01-01")
    assert {(e.source.country, e.target.country) for e in coordinated} == {("TUR", "AZE"), ("RUS", "AZE")}


def test_a_state_and_its_own_leader_are_one_actor(coder):
    text = ("Turkey currently has a mutual defense pact with Azerbaijan, and Turkish President Tayyip Erdogan "
            "recently admitted Turkish military involvement in the Second Karabakh War.")
    pairs = {(e.source.country, e.target.country) for e in coder.code_text(text, date="2024-06-01")}
    assert ("TUR", "TUR") not in pairs



def test_a_document_longer_than_spacy_allows_is_coded_in_pieces_with_document_offsets(pattern_coder):
    from shadowline.records import Document

    paragraphs = ["Russia criticised France.", "Turkey supported Azerbaijan.", "Greece protested against Turkey."]
    text = "\n\n".join(paragraphs * 4)
    whole = next(pattern_coder.code_documents([Document("short", text, "2024-05-01")]))
    nlp = pattern_coder.nlp
    limit = nlp.max_length
    nlp.max_length = 70  # as a 1.5-million-character article meets spaCy's one-million limit
    try:
        long_doc, after = pattern_coder.code_documents([Document("long", text, "2024-05-01"),
                                                        Document("next", "Russia criticised France.", None)])
    finally:
        nlp.max_length = limit
    assert [e.plover_type for e in after.events] == ["ACCUSE"]
    assert len(long_doc.sentences) == 12 == len(whole.sentences)
    for sentence in long_doc.sentences:
        assert text[sentence.char_start:sentence.char_end].strip() == sentence.text.strip()
    assert [(e.sentence_index, e.char_start, e.plover_type) for e in long_doc.events] == \
        [(e.sentence_index, e.char_start, e.plover_type) for e in whole.events]
    assert {text[e.char_start:e.char_end] for e in long_doc.events} == {"criticised", "protested"}


def test_sentence_entities_are_the_entities_spacy_gives_the_sentence(pattern_coder):
    from shadowline.coding.places import sentence_entities

    doc = pattern_coder.nlp("Macron flew to New Caledonia on Tuesday. Aliyev hosted the Baku Initiative Group in Baku, "
                            "and Wagner fighters left Mali for the Central African Republic.")
    for sentence in doc.sents:
        assert [(e.start, e.end, e.label_) for e in sentence_entities(sentence)] == \
            [(e.start, e.end, e.label_) for e in sentence.ents]
    assert any(e.text == "New Caledonia" for e in sentence_entities(next(doc.sents)))


def test_coding_reads_actors_with_what_the_document_named_before(pattern_coder):
    from shadowline.records import Document

    text = ("The Philippine National Telecommunications Commission ordered ABS-CBN to stop broadcasting. "
            "Mahan Air said the airline had protested to Germany.")
    document = Document("bodies", text, "2020-05-05")
    candidates = pattern_coder.propose(document, list(pattern_coder.nlp(text).sents))
    airline = next(c.source.actor for c in candidates if c.source.actor.text == "the airline")
    assert (airline.country, airline.sector, airline.name) == ("IRN", "BUS", "Mahan Air")
    assert airline.confidence == 0.8


@pytest.mark.parametrize("dateline", ["OHRID —", "MOSCOW, March 3 (Reuters) -", "KYIV, Ukraine —"])
def test_a_dateline_is_a_sentence_of_its_own(pattern_coder, dateline):
    doc = pattern_coder.nlp(f"Headline of the story\n\n{dateline} Russia expelled two Estonian diplomats.")
    assert [s.text.strip() for s in doc.sents] == ["Headline of the story", dateline,
                                                  "Russia expelled two Estonian diplomats."]
    assert len(list(pattern_coder.nlp("ISIS carried out a multi-pronged attack - officials said.").sents)) == 1
