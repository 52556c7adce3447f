"""Dyad series, shadow conflict and early warning: the numbers and the events behind them."""

from __future__ import annotations

import duckdb
from analysis_world import event_row

from shadowline.analysis import dyad_events, dyad_series, escalation_alerts, shadow_conflicts


def test_dyad_series_counts_by_quad_and_type(make_store) -> None:
    rows = [event_row("AZE", "FRA", "ACCUSE", "2024-03-04", seq=0),
            event_row("AZE", "FRA", "ACCUSE", "2024-03-20", seq=1),
            event_row("FRA", "AZE", "THREATEN", "2024-03-21", seq=2),
            event_row("AZE", "FRA", "ASSAULT", "2024-04-02", seq=3),
            event_row("AZE", "FRA", "ASSAULT", "2024-04-03", modality="negated", seq=4),
            event_row("AZE", "ARM", "ASSAULT", "2024-04-03", seq=5)]
    con = duckdb.connect(str(make_store(rows)), read_only=True)
    months = dyad_series(con, "AZE", "FRA", freq="month")
    assert [(str(p.period), p.n_events) for p in months] == [("2024-03-01", 3), ("2024-04-01", 1)]
    assert months[0].by_quad == {3: 3}
    assert months[0].by_type == {"ACCUSE": 2, "THREATEN": 1}
    assert months[0].goldstein == -8.0
    directed = dyad_series(con, "AZE", "FRA", freq="month", directed=True)
    assert directed[0].n_events == 2
    weeks = dyad_series(con, "AZE", "FRA", freq="week")
    assert [str(p.period) for p in weeks] == ["2024-03-04", "2024-03-18", "2024-04-01"]  # Mondays
    behind = dyad_events(con, "AZE", "FRA", event_ids=months[1].event_ids)
    assert [e.plover_type for e in behind] == ["ASSAULT"] and behind[0].sentence


def test_shadow_conflict_ranks_baku_paris_with_evidence(world: duckdb.DuckDBPyConnection) -> None:
    top = shadow_conflicts(world, top=3, evidence=10)
    first = top[0]
    assert first.actors == ("AZE", "FRA")
    assert first.ratio == 1.0  # no direct material conflict between them
    assert {"information_operations", "separatist_support"} <= set(first.channels)
    sentences = " ".join(e.sentence or "" for e in first.evidence)
    assert "amplified the New Caledonia protests" in sentences
    assert "denied" not in sentences  # negated events are not evidence
    proxy = next(s for s in top if s.actors == ("FRA", "RUS"))
    assert proxy.channels == {"proxy_forces": 6}


def test_direct_fighting_is_not_shadow(make_store) -> None:
    rows = [event_row("AZE", "ARM", "ASSAULT", "2024-01-01", seq=i) for i in range(5)]
    rows.append(event_row("AZE", "ARM", "ACCUSE", "2024-01-02", ("information_operations",), seq=9))
    con = duckdb.connect(str(make_store(rows)), read_only=True)
    (dyad,) = shadow_conflicts(con)
    assert dyad.ratio < 0.1


def test_warning_flags_the_recent_spike_with_its_events(world: duckdb.DuckDBPyConnection) -> None:
    alerts = escalation_alerts(world, window_weeks=4, baseline_weeks=52)
    assert alerts and alerts[0].actors == ("AZE", "FRA")
    assert alerts[0].z > 2
    assert all(e.quad_class in (3, 4) for e in alerts[0].evidence)
    assert all(alerts[0].window[0] <= e.date <= alerts[0].window[1] for e in alerts[0].evidence)


def test_steady_dyad_raises_no_alert(make_store) -> None:
    from datetime import date, timedelta
    start = date(2023, 1, 2)
    rows = [event_row("RUS", "UKR", "ASSAULT", start + timedelta(weeks=w), seq=w) for w in range(60)]
    con = duckdb.connect(str(make_store(rows)), read_only=True)
    assert escalation_alerts(con) == []
