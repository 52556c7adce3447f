"""Property-based checks of the readers: whatever the bytes, no traceback, and the good records are kept."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shadowline.readers import SUPPORTED_SUFFIXES, read_documents

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text a user could write: letters, digits, punctuation, spaces, some non-ASCII; no control characters.
words = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=40)
sentences = words.filter(lambda s: s.strip() != "")


def _read_bytes(name: str, raw: bytes):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(raw)
        problems: list[object] = []
        docs = list(read_documents([path], report=problems.append))
    for doc in docs:
        assert doc.text.strip() and "\x00" not in doc.text
        doc.text.encode("utf-8")  # storable
    return docs, problems


@FUZZ
@given(raw=st.binary(max_size=2000), suffix=st.sampled_from(sorted(SUPPORTED_SUFFIXES)))
def test_random_bytes_never_raise(raw, suffix):
    docs, problems = _read_bytes(f"input{suffix}", raw)
    assert docs or problems


@FUZZ
@given(text=sentences, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1", "cp1252"]))
def test_text_in_any_encoding_is_read_or_named(text, encoding):
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        return
    docs, problems = _read_bytes("article.txt", raw)
    if encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-32"):
        assert [d.text for d in docs] == [text.strip()] and not problems
    else:  # a legacy encoding: read when its bytes happen to be UTF-8, else named once
        assert len(docs) + len(problems) == 1


@FUZZ
@given(texts=st.lists(sentences, min_size=1, max_size=8), cut=st.integers(min_value=0, max_value=4000))
def test_truncated_jsonl_keeps_every_complete_line(texts, cut):
    lines = [json.dumps({"id": f"r{n}", "text": t}, ensure_ascii=False).encode() + b"\n" for n, t in enumerate(texts)]
    raw = b"".join(lines)[:cut]
    docs, problems = _read_bytes("wire.jsonl", raw)
    complete = [f"r{n}" for n in range(len(lines)) if len(b"".join(lines[:n + 1])) <= cut]
    assert [d.doc_id for d in docs][:len(complete)] == complete
    assert len(docs) <= len(complete) + 1


def _feed(texts: list[str]) -> str:
    from xml.sax.saxutils import escape

    items = "".join(f"<item><title>t{n}</title><description>{escape(t)}</description></item>\n"
                    for n, t in enumerate(texts))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>W</title>\n{items}'
            "</channel></rss>")


@FUZZ
@given(texts=st.lists(sentences, min_size=1, max_size=6), cut=st.integers(min_value=0, max_value=3000))
def test_truncated_feeds_never_raise_and_give_only_their_entries(texts, cut):
    raw = _feed(texts).encode("utf-8")[:cut]
    docs, problems = _read_bytes("feed.xml", raw)
    assert docs or problems
    assert {d.title for d in docs} <= {f"t{n}" for n in range(len(texts))}


@FUZZ
@given(texts=st.lists(sentences, min_size=1, max_size=6), cut=st.integers(min_value=0, max_value=3000))
def test_truncated_html_never_raises(texts, cut):
    from xml.sax.saxutils import escape

    page = "<html><head><title>Row</title></head><body><article>" + "".join(
        f"<p>{escape(t)}</p>" for t in texts) + "</article></body></html>"
    docs, problems = _read_bytes("page.html", page.encode("utf-8")[:cut])
    assert len(docs) <= 1 and (docs or problems)
