"""Names the knowledge base does not know: inferred from the phrase and the document, with a lower confidence."""

from __future__ import annotations

from shadowline.actors import DocumentActors, explain_actor, resolve_actor


def test_a_known_actor_has_full_confidence_and_prints_none():
    actor = resolve_actor("the Kremlin")
    assert actor.confidence == 1.0
    assert "confidence" not in actor.to_dict()


def test_a_title_before_an_unknown_name_gives_a_less_confident_actor():
    actor = resolve_actor("Defence Minister Ivan Petrovski", country="MKD")
    assert (actor.country, actor.sector, actor.kind) == ("MKD", "GOV", "unknown name")
    assert actor.via.startswith("inferred") and actor.confidence < 1
    assert actor.to_dict()["confidence"] == actor.confidence
    # the state written in the phrase is surer than the document's
    assert resolve_actor("Kenyan activist Boniface Mwangi").confidence > actor.confidence


def test_a_demonym_before_an_unknown_full_name_gives_the_state():
    actor = resolve_actor("Kenyan Boniface Mwangi")
    assert (actor.country, actor.sector, actor.kind) == ("KEN", None, "unknown name")
    assert actor.confidence < resolve_actor("Kenyan activist Boniface Mwangi").confidence
    assert resolve_actor("Kenyan Mwangi") is None  # one word after a demonym is no full name


def test_a_capitalised_word_after_an_unknown_name_is_part_of_it():
    actor = resolve_actor("the Kenyan rights group Haki Africa")
    assert (actor.country, actor.sector, actor.kind) == ("KEN", "SOC", "unknown name")


def test_explain_shows_the_lower_confidence():
    assert "confidence=0.7" in explain_actor("Kenyan activist Boniface Mwangi")[-1]


def test_a_surname_is_the_person_the_document_named_in_full():
    document = DocumentActors(date="2019-07-20", country="PRI")
    full = document.resolve("Governor Ramón Echevarría Quiñones")
    assert (full.country, full.sector, full.kind) == ("PRI", "GOV", "unknown name")
    later = document.resolve("Quiñones")
    assert (later.country, later.sector) == ("PRI", "GOV")
    assert later.via == "earlier mention (Governor Ramón Echevarría Quiñones)" and later.confidence <= full.confidence
    assert resolve_actor("Quiñones", date="2019-07-20") is None  # alone, the phrase says nothing


def test_an_earlier_full_mention_wins_over_the_tables_guess():
    document = DocumentActors(date="2019-06-01", country="GBR")
    assert document.resolve("Jeremy Hunt").name == "Jeremy Hunt"
    later = document.resolve("Mr Hunt")  # "hunt" is an English word: the tables index no surname for it
    assert (later.country, later.name, later.kind) == ("GBR", "Jeremy Hunt", "leader")
    assert later.confidence < 1


def test_an_unknown_name_alone_takes_the_documents_state_least_confidently():
    document = DocumentActors(date="2020-01-01", country="IDN")
    actor = document.resolve("Tjahyadi")
    assert (actor.country, actor.sector, actor.kind) == ("IDN", None, "unknown name")
    assert actor.confidence < resolve_actor("Kenyan Boniface Mwangi").confidence
    assert document.resolve("Five") is None  # a number word opening a sentence is no name
    assert DocumentActors(date="2020-01-01").resolve("Tjahyadi") is None  # no document state, no guess
