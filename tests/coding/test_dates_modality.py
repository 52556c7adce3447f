from __future__ import annotations

import pytest

from shadowline.coding.dates import resolve_date
from shadowline.coding.modality import apply_plover_modality


@pytest.mark.parametrize("sentence, expected, precision", [
    ("In May of this year, protests broke out.", "2024-05-01", "month"),
    ("Baku hosted the group last July.", "2023-07-01", "month"),
    ("Leaders met in July 2023 in Baku.", "2023-07-01", "month"),
    ("On Tuesday, France said it would respond.", "2024-05-14", "day"),
    ("The talks were held on 3 March 2022.", "2022-03-03", "day"),
    ("The deal was signed on March 3, 2022.", "2022-03-03", "day"),
    ("Yesterday the ministry spoke.", "2024-05-19", "day"),
    ("The ministry spoke.", "2024-05-20", "day"),
    ("Last month the ministry spoke.", "2024-04-01", "month"),
    ("In July of last year the group met.", "2023-07-01", "month"),
])
def test_resolve_date(sentence, expected, precision):
    resolved = resolve_date(sentence, "2024-05-20")
    assert (resolved.date, resolved.precision) == (expected, precision)


def test_no_document_date_and_no_expression_is_unknown():
    assert resolve_date("The ministry spoke.", None).date is None


def test_future_cooperation_is_agree():
    assert apply_plover_modality("CONSULT", "future") == "AGREE"
    assert apply_plover_modality("ASSAULT", "future") == "ASSAULT"
    assert apply_plover_modality("AID", "asserted") == "AID"
