"""The ontology API as a user sees it: codes, crosswalk, scores, contexts, sectors."""

import time

import pytest

from shadowline import ontology
from shadowline.records import HYBRID_CONTEXTS, PLOVER_TYPES


def test_sixteen_plover_types_in_manual_order():
    assert ontology.plover_types() == list(PLOVER_TYPES)


def test_every_type_has_own_definition_quad_class_and_score():
    for kind in ontology.plover_types():
        assert len(ontology.plover_definition(kind)) > 60
        assert ontology.quad_class(kind) in (1, 2, 3, 4)
        assert -10 <= ontology.plover_score(kind) <= 10


def test_quad_classes_follow_the_convention():
    assert ontology.quad_class("CONSULT") == 1
    assert ontology.quad_class("AID") == 2
    assert ontology.quad_class("ACCUSE") == 3
    assert ontology.quad_class("SANCTION") == 4  # the manual's summary table says 3; its text says 4
    assert ontology.quad_class("ASSAULT") == 4


def test_modes_and_their_descriptions():
    assert "visit" in ontology.plover_modes("CONSULT")
    assert ontology.plover_modes("AID") == []
    assert "drone" in ontology.mode_description("ASSAULT", "drone").lower() or \
        "unmanned" in ontology.mode_description("ASSAULT", "drone")
    total = sum(len(ontology.plover_modes(t)) for t in ontology.plover_types())
    assert total == 67
    with pytest.raises(ValueError, match="no mode"):
        ontology.mode_description("ASSAULT", "teleport")


def test_unknown_type_names_the_valid_ones():
    with pytest.raises(ValueError, match="AGREE"):
        ontology.quad_class("FIGHT")


def test_scores_by_mode_and_the_accuse_sign_fix():
    assert ontology.plover_score("ASSAULT") == -9.0
    assert ontology.plover_score("ASSAULT", "drone") == -9.5
    assert ontology.plover_score("ASSAULT", "no-such-mode") == -9.0
    assert ontology.plover_score("ACCUSE") < 0
    assert ontology.plover_score("AID") > ontology.plover_score("CONSULT")


def test_contexts_include_plover_and_hybrid_with_cyber_once():
    found = ontology.contexts()
    assert len(found) == 37 + len(HYBRID_CONTEXTS) - 1
    for name in HYBRID_CONTEXTS:
        assert ontology.is_hybrid(name)
        assert len(found[name]) > 40
    assert ontology.is_hybrid("cyber") and "Hybrid warfare" in found["cyber"]
    assert not ontology.is_hybrid("military") and "military" in found


def test_sector_traps_med_is_health_jrn_is_media():
    sectors = ontology.sectors()
    assert len(sectors) == 25
    assert sectors["JRN"].cameo_role == "MED"
    assert sectors["MED"].cameo_role == "HLH"
    assert "health" in sectors["MED"].description


def test_cameo_codes_are_strings_with_leading_zeros():
    codes = ontology.cameo_codes()
    assert len(codes) == 311
    assert "010" in codes and "10" in codes and "0311" in codes
    event = ontology.cameo_event("0311")
    assert isinstance(event.goldstein, float)
    assert event.root == "03" and event.quad_class == 1
    assert ontology.cameo_event("010").code == "010"
    assert ontology.cameo_event("999") is None
    assert ontology.cameo_event(10) is None


def test_goldstein_uses_gdelt_weights():
    assert ontology.goldstein("163") == -8.0  # Phoenix has -6.5
    assert ontology.goldstein("016") == -2.0  # Phoenix has 3.4
    assert ontology.goldstein("nonsense") is None


def test_normalise_code_restores_lost_zeros():
    assert ontology.normalise_code(311) == "0311"
    assert ontology.normalise_code("42") == "042"
    assert ontology.normalise_code(190) == "190"


def test_crosswalk_covers_every_code():
    assert ontology.plover_from_cameo("190").type == "ASSAULT"
    assert ontology.plover_from_cameo("200").type == "ASSAULT"  # root 20 -> ASSAULT, not FIGHT
    assert ontology.plover_from_cameo("010") is None  # statements dropped by PLOVER
    assert ontology.plover_from_cameo("0211") is None  # appeals dropped
    assert ontology.plover_from_cameo("163").type == "SANCTION"
    assert ontology.plover_from_cameo("041").mode == "phone"
    assert "economic" in ontology.plover_from_cameo("0311").context
    for code in ontology.cameo_codes():
        mapping = ontology.plover_from_cameo(code)
        if code[:2] in ("01", "02"):
            assert mapping is None
        else:
            assert mapping.type in PLOVER_TYPES
            assert mapping.mode is None or mapping.mode in ontology.plover_modes(mapping.type)
            assert all(c in ontology.contexts() for c in mapping.context)


def test_cameo_default_for_types_and_modes():
    assert ontology.cameo_default("AID") == "070"
    assert ontology.cameo_default("CONSULT", "phone") == "041"
    assert ontology.cameo_default("CONSULT", "made-up") == "040"
    for kind in ontology.plover_types():
        assert ontology.plover_from_cameo(ontology.cameo_default(kind)).type == kind
        for mode in ontology.plover_modes(kind):
            assert ontology.cameo_event(ontology.cameo_default(kind, mode)) is not None
    with pytest.raises(ValueError):
        ontology.cameo_default("FIGHT")


def test_lookups_are_fast_once_loaded():
    ontology.cameo_event("0311")
    start = time.perf_counter()
    for _ in range(10_000):
        ontology.cameo_event("0311")
        ontology.plover_from_cameo("190")
        ontology.plover_score("ASSAULT", "drone")
    assert time.perf_counter() - start < 1.0
