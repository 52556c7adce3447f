"""Readers: each format gives documents; bad inputs are named and skipped, the rest go through."""

from __future__ import annotations

import json

from shadowline.ingest import read_documents


def _read(paths, date=None):
    problems = []
    docs = list(read_documents([str(p) for p in paths], date=date, report=problems.append))
    return docs, problems


def test_plain_text_takes_the_given_date_and_a_content_hash_id(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Russia criticised France.\n", encoding="utf-8")
    docs, problems = _read([path], date="2024-05-01")
    assert not problems
    assert docs[0].date == "2024-05-01" and docs[0].text == "Russia criticised France."
    again, _ = _read([path], date="2024-05-01")
    assert again[0].doc_id == docs[0].doc_id and len(docs[0].doc_id) == 16


def test_jsonl_uses_given_ids_and_reports_bad_lines(tmp_path):
    path = tmp_path / "wire.jsonl"
    rows = [
        json.dumps({"id": "r1", "date": "2024-05-17", "title": "T", "text": "France accused Azerbaijan.",
                    "url": "https://example.org/1", "source": "wire"}),
        "{not json",
        json.dumps({"id": "r3", "text": ""}),
        json.dumps({"id": "r4", "date": "17/05/2024", "text": "x"}),
        json.dumps(["a list"]),
        json.dumps({"id": "r6", "text": "Turkey supported Azerbaijan."}),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    docs, problems = _read([path], date="2024-01-01")
    assert [d.doc_id for d in docs] == ["r1", "r6"]
    assert docs[0].date == "2024-05-17" and docs[1].date == "2024-01-01"
    assert sorted(p.line for p in problems) == [2, 3, 4, 5]
    assert all(p.path == str(path) for p in problems)
    assert "malformed JSON" in next(p.reason for p in problems if p.line == 2)
    assert "ISO date" in next(p.reason for p in problems if p.line == 4)


def test_html_extracts_the_article_text(tmp_path):
    path = tmp_path / "page.html"
    body = " ".join(["Paris accused Baku of stoking unrest in New Caledonia on Friday."] * 6)
    path.write_text(f"<html><head><title>Row</title><meta property='article:published_time' content='2024-05-17'>"
                    f"</head><body><nav>Home | World</nav><article><h1>Row</h1><p>{body}</p></article>"
                    f"<footer>Cookies</footer></body></html>", encoding="utf-8")
    docs, problems = _read([path])
    assert not problems
    assert "Paris accused Baku" in docs[0].text and "Cookies" not in docs[0].text


def test_rss_gives_one_document_per_entry(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><link>https://example.org/1</link><pubDate>Fri, 17 May 2024 10:00:00 GMT</pubDate>
<description>France accused Azerbaijan of interference.</description></item>
<item><title>Two</title><description>&lt;p&gt;Turkey supported Azerbaijan.&lt;/p&gt;</description></item>
</channel></rss>""", encoding="utf-8")
    docs, problems = _read([path], date="2020-01-01")
    assert not problems
    assert [d.title for d in docs] == ["One", "Two"]
    # the entry's own date wins; --date only fills in for entries without one
    assert docs[0].date == "2024-05-17" and docs[0].source == "Wire" and docs[1].date == "2020-01-01"
    assert docs[1].text == "Turkey supported Azerbaijan."


def test_bad_inputs_are_named_and_the_rest_go_through(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Russia criticised France.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Le président a parlé.".encode("latin-1"))
    odd = tmp_path / "table.xlsx"
    odd.write_bytes(b"PK")
    missing = tmp_path / "nope.txt"
    docs, problems = _read([empty, binary, latin, good, odd, missing])
    assert [d.text for d in docs] == ["Russia criticised France."]
    reasons = {p.path.rsplit("/", 1)[-1]: p.reason for p in problems}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["blob.txt"]
    assert "UTF-8" in reasons["latin.txt"]
    assert "unsupported" in reasons["table.xlsx"]
    assert "no such file" in reasons["nope.txt"]


def test_folder_is_read_recursively(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Russia criticised France.", encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text("Turkey supported Azerbaijan.", encoding="utf-8")
    (tmp_path / "sub" / "ignore.bin").write_bytes(b"\x00")
    docs, problems = _read([tmp_path])
    assert len(docs) == 2 and not problems
