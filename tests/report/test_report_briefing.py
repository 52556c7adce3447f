"""The HTML briefing: self-contained, escaped, and saying what the analysis found."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
from analysis_world import event_row

from shadowline.report import highlight, write_report


def test_briefing_has_findings_plots_and_tables(world: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    page = write_report(world, tmp_path / "out" / "brief.html").read_text(encoding="utf-8")
    for heading in ("Headline findings", "Dyad timelines", "Relations network and blocs", "Shadow conflicts",
                    "Domino", "Escalation alerts", "Top events"):
        assert heading in page
    assert page.count("<svg") >= 3
    assert "invited leaders of separatist movements" in page
    assert '<mark class="src">Baku</mark>' in page
    assert not re.search(r"""(src|href)=["']https?://""", page)  # opens with no network
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids))  # several inline SVGs, no clashing ids


def test_briefing_escapes_text_from_the_data(make_store, tmp_path: Path) -> None:
    nasty = "<script>alert('x')</script> Baku & Paris"
    rows = [event_row("AZE", "FRA", "ASSAULT", f"2024-01-0{i}", sentence=nasty, seq=i) for i in range(1, 4)]
    con = duckdb.connect(str(make_store(rows)), read_only=True)
    page = write_report(con, tmp_path / "b.html", title="<b>brief</b>").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<b>brief</b>" not in page.split("<body>")[1].split("</h1>")[0]


def test_empty_store_still_gives_a_page(make_store, tmp_path: Path) -> None:
    con = duckdb.connect(str(make_store([])), read_only=True)
    page = write_report(con, tmp_path / "b.html").read_text(encoding="utf-8")
    assert "nothing to analyse yet" in page


def test_highlight_marks_source_and_target() -> None:
    assert highlight("Baku <hosted> Paris", "Baku", "Paris") == (
        '<mark class="src">Baku</mark> &lt;hosted&gt; <mark class="tgt">Paris</mark>')
    assert highlight(None, "a", "b") == ""
