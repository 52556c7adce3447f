"""Readers: each format gives documents; bad inputs are named and skipped, the rest go through."""

from __future__ import annotations

import json

from shadowline.readers import read_documents


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


def test_a_jsonl_file_of_unicode_whitespace_is_empty(tmp_path):
    blank = tmp_path / "blank.jsonl"
    blank.write_bytes("\x1c\n\x1d\u2028\n".encode("utf-8"))
    docs, problems = _read([blank])
    assert docs == [] and [p.reason for p in problems] == ["empty file"]


def test_folder_is_read_recursively(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Russia criticised France.", encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text("Turkey supported Azerbaijan.", encoding="utf-8")
    (tmp_path / "sub" / "ignore.bin").write_bytes(b"\x00")
    docs, problems = _read([tmp_path])
    assert len(docs) == 2 and not problems


def test_utf16_and_utf8_with_a_byte_order_mark_are_text(tmp_path):
    text = "Le président français a accusé Bakou."
    files = {"le.txt": "\ufeff".encode("utf-16-le") + text.encode("utf-16-le"),
             "be.md": "\ufeff".encode("utf-16-be") + text.encode("utf-16-be"),
             "sig.txt": text.encode("utf-8-sig"),
             "nobom.txt": text.encode("utf-16-le")}
    for name, raw in files.items():
        (tmp_path / name).write_bytes(raw)
    docs, problems = _read(sorted(tmp_path.iterdir()))
    assert not problems
    assert [d.text for d in docs] == [text] * 4


def test_utf16_jsonl_is_read(tmp_path):
    jsonl = tmp_path / "wire.jsonl"
    jsonl.write_bytes(json.dumps({"id": "u1", "text": "Turkey supported Azerbaijan."}).encode("utf-16"))
    docs, problems = _read([jsonl])
    assert not problems and [d.doc_id for d in docs] == ["u1"]


def test_binary_is_said_only_of_binary_data(tmp_path):
    blob = tmp_path / "blob.txt"
    blob.write_bytes(bytes(range(256)) * 4)
    zeros = tmp_path / "zeros.txt"
    zeros.write_bytes(b"\x00" * 1000)
    docs, problems = _read([blob, zeros])
    assert not docs and all("binary" in p.reason for p in problems) and len(problems) == 2


def test_one_bad_jsonl_line_costs_only_that_line(tmp_path):
    path = tmp_path / "wire.jsonl"
    good = [json.dumps({"id": f"g{n}", "text": "France accused Azerbaijan."}).encode() for n in range(3)]
    path.write_bytes(b"\n".join([good[0], b'{"id": "nul", "text": "Russia\x00 criticised France."}', good[1],
                                 b'{"id": "latin", "text": "Le pr\xe9sident"}', good[2],
                                 json.dumps({"id": "esc", "text": "a\u0000b"}).encode()]) + b"\n")
    docs, problems = _read([path])
    assert [d.doc_id for d in docs] == ["g0", "g1", "g2"]
    assert {p.line: p.reason for p in problems}.keys() == {2, 4, 6}
    assert "NUL" in next(p.reason for p in problems if p.line == 2)
    assert "UTF-8" in next(p.reason for p in problems if p.line == 4)
    assert all(p.path == str(path) for p in problems)


def test_a_feed_entry_without_text_does_not_lose_the_entries_after_it(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><description>France accused Azerbaijan of interference.</description></item>
<item><title>Empty</title><description></description></item>
<item><title>Three</title><description>Turkey supported Azerbaijan.</description></item>
</channel></rss>""", encoding="utf-8")
    docs, problems = _read([path])
    assert [d.title for d in docs] == ["One", "Three"]
    [problem] = problems
    assert "feed entry 2" in problem.reason and problem.path == str(path)


def test_devices_pipes_and_stdin_are_read_with_a_bound(tmp_path, monkeypatch):
    import io
    import os
    import sys
    import threading

    problems = []
    assert list(read_documents(["/dev/zero"], report=problems.append, max_bytes=100_000)) == []
    assert "more than the 100,000 bytes" in problems[0].reason
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "wb") as pipe:
            try:
                pipe.write(b"France accused Azerbaijan. " * 10_000)
            except BrokenPipeError:
                pass

    writer = threading.Thread(target=write)
    writer.start()
    problems.clear()
    assert list(read_documents([fifo], report=problems.append, max_bytes=100_000)) == []
    writer.join(timeout=10)
    assert "more than the 100,000 bytes" in problems[0].reason
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Russia criticised France. " * 10_000)))
    problems.clear()
    assert list(read_documents(["-"], report=problems.append, max_bytes=100_000)) == []
    assert problems[0].path == "<stdin>" and "more than" in problems[0].reason


def _folder_too_deep_to_list(top):
    """A subfolder whose path is longer than the system allows: no one, not even root, can list it."""
    import os

    fd = os.open(top, os.O_RDONLY)
    depth = 0
    while depth * 200 < 4200:
        name = "d" * 199
        os.mkdir(name, dir_fd=fd)
        inner = os.open(name, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd, depth = inner, depth + 1
    os.close(fd)


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path):
    (tmp_path / "a.txt").write_text("Russia criticised France.", encoding="utf-8")
    (tmp_path / "deep").mkdir()
    _folder_too_deep_to_list(tmp_path / "deep")
    docs, problems = _read([tmp_path])
    assert [d.text for d in docs] == ["Russia criticised France."]
    assert problems and "cannot list the folder" in problems[0].reason


def test_a_file_name_that_is_not_utf8_is_named_readably(tmp_path):
    import os

    with open(os.fsencode(tmp_path) + b"/caf\xe9.txt", "wb") as f:
        f.write(b"Russia criticised France.")
    docs, problems = _read([tmp_path])
    assert not problems
    assert docs[0].path.endswith("caf\\xe9.txt")
    docs[0].path.encode("utf-8")  # storable and printable


def test_a_large_jsonl_file_is_read_line_by_line_in_flat_memory(tmp_path):
    import tracemalloc

    path = tmp_path / "wire.jsonl"
    line = json.dumps({"text": "Russia criticised France's arms deliveries to Armenia. " * 8})
    with path.open("w", encoding="utf-8") as out:
        for number in range(20_000):
            out.write(line.replace("Russia", f"Russia ({number})") + "\n")
    assert path.stat().st_size > 9_000_000
    tracemalloc.start()
    problems = []
    count = sum(1 for _ in read_documents([path], report=problems.append, max_bytes=1_000_000))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert problems == [] and count == 20_000  # the bound on whole-file reads is not for a JSONL file
    assert peak < 1_000_000  # a few lines at a time, not the 9 MB file


def test_jsonl_lines_that_are_not_utf8_or_hold_nul_bytes_are_named_and_the_rest_read(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "Baku accused Paris."}\r\n{"text": "caf\xe9"}\n{"text": "a\x00b"}\n'
                     b'{"text": "Ankara praised Baku."}')
    docs, problems = _read([path])
    assert [d.text for d in docs] == ["Baku accused Paris.", "Ankara praised Baku."]
    assert [(p.line, p.reason.split(" (")[0]) for p in problems] == [(2, "not valid UTF-8"),
                                                                      (3, "the line contains a NUL byte")]
