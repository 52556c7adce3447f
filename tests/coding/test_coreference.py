"""Who a pronoun stands for within its sentence (``coding/coreference.py``)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_an_object_pronoun_is_the_person_its_sentence_named_before(coder):
    text = ("Prime Minister Ayman Khalil met the Jordanian king on Monday. In 2015, the United States government "
            "named Vladimir Putin a threat and levied sanctions against him.")
    events = coder.code_text(text, date="2021-05-20")
    assert ("USA", "SANCTION", "RUS") in {(e.source.country, e.plover_type, e.target.country) for e in events}

