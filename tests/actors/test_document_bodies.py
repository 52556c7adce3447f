"""A document's bodies: later phrases stand for bodies it named before."""

from __future__ import annotations

from shadowline.actors import DocumentActors, resolve_actor


def test_a_defined_acronym_stands_for_its_body_later():
    document = DocumentActors(date="2020-05-05", country="PHL")
    body = document.resolve("The National Telecommunications Commission (NTC)")
    assert (body.country, body.sector) == ("PHL", "GOV")
    later = document.resolve("the NTC")
    assert (later.country, later.sector, later.text) == ("PHL", "GOV", "the NTC")
    assert later.via.startswith("earlier mention") and later.confidence <= body.confidence
    assert resolve_actor("the NTC", date="2020-05-05") is None  # alone, the acronym says nothing


def test_the_commission_is_the_last_commission_the_document_named():
    document = DocumentActors(date="2020-05-05", country="PHL")
    document.resolve("The National Telecommunications Commission (NTC)")
    assert document.resolve("the commission").sector == "GOV"
    assert document.resolve("the commission").confidence == 0.6


def test_the_network_and_the_airline_are_the_bodies_of_that_kind_named_before():
    document = DocumentActors(date="2020-05-05", country="USA")
    assert document.resolve("ABS-CBN").country == "PHL"
    network = document.resolve("The network")
    assert (network.country, network.sector, network.name) == ("PHL", "JRN", "ABS-CBN")
    assert network.confidence == 0.8
    document.resolve("Mahan Air")
    airline = document.resolve("this airline")
    assert (airline.country, airline.sector, airline.name) == ("IRN", "BUS", "Mahan Air")
    assert document.resolve("Mahan").name == "Mahan Air"  # the first word of its name alone
    assert document.resolve("The network").name == "ABS-CBN"  # an airline is no network


def test_a_state_or_a_person_is_no_body_to_refer_back_to():
    document = DocumentActors(date="2020-05-05")
    document.resolve("Germany")
    document.resolve("Boris Johnson")
    assert document.resolve("the company") is None or document.resolve("the company").kind == "agent"


def test_the_initials_of_a_body_named_before_stand_for_it():
    document = DocumentActors(date="2020-05-05")
    document.resolve("The Philippine National Telecommunications Commission")
    later = document.resolve("The NTC")
    assert (later.country, later.sector, later.via) == (
        "PHL", "GOV", "earlier mention (The Philippine National Telecommunications Commission)")
