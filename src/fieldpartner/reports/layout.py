"""The page every report shares: organisation, title and marking on top; generation date
and "Page X of Y" at the foot; A4 or Letter; mirrored for right-to-left languages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from fieldpartner.reports.fonts import LATIN
from fieldpartner.reports.labels import Labels
from fieldpartner.reports.text import draw_text, is_rtl_language

PAPER_SIZES = {"A4": A4, "LETTER": LETTER}
MARGIN = 18 * mm
HEADER_GAP = 14 * mm
MARKING_RED = colors.HexColor("#b00020")
RULE_GREY = colors.HexColor("#9aa0a6")


def paper_size(paper: str) -> tuple[float, float]:
    try:
        return PAPER_SIZES[paper.upper()]
    except KeyError:
        raise ValueError(f"unknown paper {paper!r}; use A4 or Letter") from None


@dataclass(frozen=True)
class PageFrame:
    """What the header and footer of every page show."""

    organisation: str
    title: str
    marking: str
    generated_on: str
    lang: str

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        width, height = canvas._pagesize
        labels = Labels(self.lang)
        rtl = is_rtl_language(self.lang)
        near, far = (width - MARGIN, MARGIN) if rtl else (MARGIN, width - MARGIN)
        near_align, far_align = ("right", "left") if rtl else ("left", "right")
        canvas.saveState()
        top = height - MARGIN + 4 * mm
        canvas.setFillColor(colors.black)
        draw_text(
            canvas, near, top, self.organisation, 9, lang=self.lang, align=near_align, bold=True
        )
        if self.marking:
            canvas.setFillColor(MARKING_RED)
            draw_text(canvas, far, top, self.marking, 9, lang=self.lang, align=far_align, bold=True)
        canvas.setFillColor(colors.black)
        draw_text(canvas, near, top - 4.5 * mm, self.title, 8, lang=self.lang, align=near_align)
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 6.5 * mm, width - MARGIN, top - 6.5 * mm)
        bottom = MARGIN - 8 * mm
        canvas.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
        draw_text(
            canvas,
            near,
            bottom,
            labels("generated", date=self.generated_on),
            7.5,
            lang=self.lang,
            align=near_align,
        )
        if self.marking:
            canvas.setFillColor(MARKING_RED)
            draw_text(
                canvas,
                width / 2,
                bottom,
                self.marking,
                7.5,
                lang=self.lang,
                align="centre",
                bold=True,
            )
            canvas.setFillColor(colors.black)
        draw_text(
            canvas,
            far,
            bottom,
            labels("page_of", page=page, pages=pages),
            7.5,
            lang=self.lang,
            align=far_align,
        )
        canvas.restoreState()


def numbered_canvas(frame: PageFrame) -> Callable[..., Canvas]:
    """A canvas class that holds pages back until the end, so each can say "of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # reportlab's doc template passes None, which means Helvetica: unembedded.
            kwargs["initialFontName"] = LATIN
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                frame.draw(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas
