"""The HTML briefing: ``write_report(con, "brief.html")`` writes one self-contained page."""

from shadowline.report.briefing import highlight, write_report

__all__ = ["highlight", "write_report"]
