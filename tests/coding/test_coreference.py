"""Who a pronoun stands for within its sentence (``coding/coreference.py``)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_an_object_pronoun_is_the_person_its_sentence_named_before(coder):
    text = ("Prime Minister Ayman Khalil met the Jordanian king on Monday. In 2015, the United States government "
            "named Vladimir Putin a threat and levied sanctions against him.")
    events = coder.code_text(text, date="2021-05-20")
    assert ("USA", "SANCTION", "RUS") in {(e.source.country, e.plover_type, e.target.country) for e in events}



def test_the_country_is_the_latest_state_named_not_the_subjects_own(coder):
    events = coder.code_text("Turkey sent warships near Greece on Monday. Ankara later threatened the country "
                             "with sanctions.", date="2020-01-05")
    assert ("TUR", "THREATEN", "GRC") in {(e.source.country, e.plover_type, e.target.country) for e in events}
    events = coder.code_text("The United States said on Monday it would expand its sanctions. Washington also "
                             "criticised Iraq's parliament. The State Department accused the country of "
                             "sheltering militias.", date="2020-01-05")
    assert not [e for e in events if e.target.text == "the country" and e.target.country == "USA"]
