"""The page every report shares: organisation logo, name, title and marking on top;
generation date and "Page X of Y" at the foot; A4 or Letter; mirrored for right-to-left
languages. ``ReportDocument`` lays the pages out and tells the caller as each page is
finished and each dossier part begins (progress, cancel, contents, PDF outline)."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from fieldpartner.reports.contents import PartStart
from fieldpartner.reports.fonts import LATIN
from fieldpartner.reports.labels import Labels
from fieldpartner.reports.text import draw_text, is_rtl_language

PAPER_SIZES = {"A4": A4, "LETTER": LETTER}
MARGIN = 18 * mm
HEADER_GAP = 14 * mm
MARKING_RED = colors.HexColor("#b00020")
RULE_GREY = colors.HexColor("#9aa0a6")
LOGO_HEIGHT = 12 * mm
LOGO_MAX_WIDTH = 45 * mm
LOGO_GAP = 3 * mm


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
    # PNG or JPEG bytes (domain.organisation checks them), drawn from memory.
    logo: bytes | None = field(default=None, repr=False)

    def _logo(self) -> tuple[ImageReader, float, float] | None:
        """The logo and its drawn size: about 1.2 cm high, keeping its aspect ratio."""
        if not self.logo:
            return None
        image = ImageReader(io.BytesIO(self.logo))
        pixels_wide, pixels_high = image.getSize()
        if pixels_wide < 1 or pixels_high < 1:
            return None
        drawn_height = LOGO_HEIGHT
        drawn_width = drawn_height * pixels_wide / pixels_high
        if drawn_width > LOGO_MAX_WIDTH:  # a wide banner: as wide as allowed, less high
            drawn_width, drawn_height = LOGO_MAX_WIDTH, LOGO_MAX_WIDTH * pixels_high / pixels_wide
        return image, drawn_width, drawn_height

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        width, height = canvas._pagesize
        labels = Labels(self.lang)
        rtl = is_rtl_language(self.lang)
        near, far = (width - MARGIN, MARGIN) if rtl else (MARGIN, width - MARGIN)
        near_align, far_align = ("right", "left") if rtl else ("left", "right")
        canvas.saveState()
        top = height - MARGIN + 4 * mm
        logo = self._logo()
        # The header text starts beside the logo, which sits in the near corner on the rule.
        text_near = near
        if logo is not None:
            image, logo_width, logo_height = logo
            logo_x = near - logo_width if rtl else near
            canvas.drawImage(
                image,
                logo_x,
                top - 5.5 * mm,
                width=logo_width,
                height=logo_height,
                mask="auto",
            )
            text_near = near - logo_width - LOGO_GAP if rtl else near + logo_width + LOGO_GAP
        canvas.setFillColor(colors.black)
        draw_text(
            canvas,
            text_near,
            top,
            self.organisation,
            9,
            lang=self.lang,
            align=near_align,
            bold=True,
        )
        if self.marking:
            canvas.setFillColor(MARKING_RED)
            draw_text(canvas, far, top, self.marking, 9, lang=self.lang, align=far_align, bold=True)
        canvas.setFillColor(colors.black)
        draw_text(
            canvas, text_near, top - 4.5 * mm, self.title, 8, lang=self.lang, align=near_align
        )
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
    """A canvas class that holds pages back until the end, so each can say "of Y".

    ``mark_part(key, title)`` names the current page as a destination with an entry in
    the PDF's outline; like the page numbers, that happens when the pages are written,
    because reportlab's bookmarks point at the page being written.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # reportlab's doc template passes None, which means Helvetica: unembedded.
            kwargs["initialFontName"] = LATIN
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []
            self._marks: dict[int, list[tuple[str, str]]] = {}

        def mark_part(self, key: str, title: str) -> None:
            self._marks.setdefault(len(self._saved_pages), []).append((key, title))

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            marks = self._marks
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                frame.draw(self, number, total)
                for key, title in marks.get(number - 1, ()):
                    self.bookmarkPage(key)
                    self.addOutlineEntry(title, key, level=0)
                Canvas.showPage(self)
            if marks:
                self.showOutline()
            Canvas.save(self)

    return NumberedCanvas


class ReportDocument(SimpleDocTemplate):
    """A report's pages: calls ``on_page()`` after each page is laid out and
    ``on_part(part)`` where a dossier part begins, after telling the contents (reportlab's
    ``TOCEntry`` notification) and the canvas (the PDF outline) on which page it is.

    Either callback may raise to stop the layout (a cancelled report)."""

    def __init__(
        self,
        target: Any,
        *,
        on_page: Callable[[], None],
        on_part: Callable[[PartStart], None],
        **options: Any,
    ) -> None:
        super().__init__(target, **options)
        self._on_page = on_page
        self._on_part = on_part

    def afterPage(self) -> None:
        self._on_page()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, PartStart):
            self.notify("TOCEntry", (0, flowable.entry, self.page, flowable.key))
            mark = getattr(self.canv, "mark_part", None)
            if mark is not None:
                mark(flowable.key, flowable.entry)
            self._on_part(flowable)
