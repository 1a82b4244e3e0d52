"""PDF reports (DESIGN.md "Reports"): due diligence, capacity, partnership dialogue,
workshop and partner dossier, in English, French, Spanish and Arabic, A4 or Letter.

Plain Python over reportlab; no Qt. ``render_report`` returns the PDF as bytes.
"""

from fieldpartner.reports.render import (
    REPORT_KINDS,
    ReportCancelled,
    ReportInputError,
    ReportParams,
    render_report,
    report_kind_for,
    save_pdf,
)

__all__ = [
    "REPORT_KINDS",
    "ReportCancelled",
    "ReportInputError",
    "ReportParams",
    "render_report",
    "report_kind_for",
    "save_pdf",
]
