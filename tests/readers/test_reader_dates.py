"""Dates in JSON Lines input are checked whole, by the same parser as the command line's date options."""

from __future__ import annotations

import json

from shadowline.readers import read_documents


def test_jsonl_dates_with_trailing_text_are_named_by_line(tmp_path):
    path = tmp_path / "wire.jsonl"
    rows = [{"id": "a", "date": "2024-03-01garbage", "text": "France accused Azerbaijan."},
            {"id": "b", "date": "2024-03-01T09:30:00Z", "text": "Turkey supported Azerbaijan."},
            {"id": "c", "date": "2024-03-01 09:30", "text": "Greece consulted France."},
            {"id": "d", "date": "2024-03-01T25:00", "text": "Armenia protested."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    problems = []
    docs = list(read_documents([str(path)], report=problems.append))
    assert [(d.doc_id, d.date) for d in docs] == [("b", "2024-03-01"), ("c", "2024-03-01")]
    assert [(p.line, p.reason.split(" is ")[0]) for p in problems] == [(1, "'date' '2024-03-01garbage'"),
                                                                       (4, "'date' '2024-03-01T25:00'")]
