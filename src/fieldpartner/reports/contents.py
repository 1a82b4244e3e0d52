"""The parts of a partner dossier and its list of contents.

Each part starts on a new page with a ``PartStart``: an invisible anchor that the document
template (``layout.ReportDocument``) reports as reportlab's ``TOCEntry`` notification with
the page it landed on, and that becomes a named destination and an entry of the PDF's
outline. ``Contents`` is reportlab's ``TableOfContents`` (the indexing flowable that
``multiBuild`` lays out again until its page numbers stop changing), drawing its lines
through ``text_flowable`` so Arabic entries are shaped and the columns mirrored.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from fieldpartner.reports.fonts import LATIN
from fieldpartner.reports.text import is_rtl_language, text_flowable

RULE = colors.HexColor("#dadce0")
PAGE_COLUMN = 16 * mm

# (level, text, page, key): reportlab's TOCEntry notification.
Entry = tuple[int, str, int, str | None]


class PartStart(Flowable):
    """Where a dossier part begins: takes no room and draws nothing."""

    def __init__(self, key: str, entry: str) -> None:
        super().__init__()
        self.key = key
        self.entry = entry
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class Contents(TableOfContents):
    """The dossier's contents: one line per part with the page it starts on.

    ``entries`` are the parts known before layout, with page 0: the first pass then lays the
    list out at its final height, so the second pass finds the same page numbers and
    ``multiBuild`` stops after two passes.
    """

    def __init__(self, lang: str, entries: Sequence[Entry] = ()) -> None:
        super().__init__(dotsMinLevel=-1)
        self.lang = lang
        self.addEntries(entries)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Like reportlab's own: the lines of the previous pass (this pass's are not known
        # until it is over).
        rows: list[list[Any]] = [
            [text_flowable(text, self.lang, size=10), str(page)]
            for _level, text, page, _key in self._lastEntries
        ]
        if not rows:
            rows = [["", ""]]
        widths = [availWidth - PAGE_COLUMN, PAGE_COLUMN]
        rtl = is_rtl_language(self.lang)
        if rtl:
            rows = [list(reversed(row)) for row in rows]
            widths.reverse()
        page_column = 0 if rtl else 1
        self._table = Table(rows, colWidths=widths)
        self._table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("FONTNAME", (0, 0), (-1, -1), LATIN),
                    ("FONTSIZE", (0, 0), (-1, -1), 10),
                    ("ALIGN", (page_column, 0), (page_column, -1), "LEFT" if rtl else "RIGHT"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def entries(self) -> list[Entry]:
        """The lines as laid out in the last pass: (level, text, page, key)."""
        return list(self._lastEntries)
