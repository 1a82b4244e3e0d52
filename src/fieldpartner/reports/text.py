"""Text direction for reports: Latin and Arabic, alone or mixed, in any report language.

reportlab lays out text left to right and knows nothing of Arabic joining. So text that
contains Arabic, or any text in an Arabic report, goes through ``BidiParagraph``: words are
broken into lines in logical order first (measuring each candidate line as it will be
drawn), then each line is shaped (``arabic_reshaper``) and put in visual order
(``bidi.get_display``), and drawn run by run, Arabic runs in Noto Naskh Arabic and the rest
in Noto Sans, so a Latin name inside an Arabic sentence keeps its glyphs and its order.
Text without Arabic in a left-to-right report stays a plain reportlab ``Paragraph``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

import arabic_reshaper

# python-bidi's pure-Python algorithm: unlike the Rust ``bidi.get_display`` of 0.6 it
# mirrors brackets in right-to-left runs, so "(v1)" does not come out as ")v1(".
from bidi.algorithm import get_display
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from fieldpartner.hardening import register_record_cache
from fieldpartner.reports.fonts import font_for

RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})
# Arabic, Syriac, Thaana, NKo, Arabic Supplement/Extended, Hebrew, presentation forms.
_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")
_ARABIC_CHARS = re.compile("[\u0600-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")


def is_rtl_language(lang: str) -> bool:
    return lang.split("-")[0].lower() in RTL_LANGUAGES


def has_rtl(text: str) -> bool:
    return bool(_RTL_CHARS.search(text))


def needs_bidi(text: str, lang: str) -> bool:
    """Whether ``text`` must be laid out by ``BidiParagraph`` in a ``lang`` report."""
    return is_rtl_language(lang) or has_rtl(text)


@lru_cache(maxsize=4096)
def visual_line(line: str, rtl_base: bool) -> str:
    """One already-broken line, shaped and in the order it is drawn left to right.
    Cached: the lines are record text, so ``forget_shaped_lines`` empties it on lock."""
    shaped = arabic_reshaper.reshape(line)
    return str(get_display(shaped, base_dir="R" if rtl_base else "L"))


def forget_shaped_lines() -> None:
    """Drop every cached line of report text (names, evidence notes): on lock."""
    visual_line.cache_clear()


register_record_cache(forget_shaped_lines)


def script_runs(visual: str) -> Iterator[tuple[str, bool]]:
    """Split a visual line into runs of Arabic and non-Arabic characters."""
    start = 0
    current: bool | None = None
    for index, char in enumerate(visual):
        arabic = bool(_ARABIC_CHARS.match(char)) if not char.isspace() else current
        if current is None:
            current = arabic
        elif arabic != current:
            yield visual[start:index], bool(current)
            start, current = index, arabic
    if start < len(visual):
        yield visual[start:], bool(current)


def visual_width(visual: str, size: float, bold: bool = False) -> float:
    return sum(
        stringWidth(run, font_for(arabic, bold), size) for run, arabic in script_runs(visual)
    )


def draw_visual(
    canvas: Canvas, x: float, y: float, visual: str, size: float, bold: bool = False
) -> float:
    """Draw a visual line starting at ``x``; returns its width."""
    start = x
    for run, arabic in script_runs(visual):
        font = font_for(arabic, bold)
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, font, size)
    return x - start


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    lang: str,
    align: str = "left",
    bold: bool = False,
) -> None:
    """Draw one line of text (headers, footers) anchored left, right or centre at ``x``."""
    visual = visual_line(text, rtl_base(text, lang))
    width = visual_width(visual, size, bold)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    draw_visual(canvas, x, y, visual, size, bold)


def rtl_base(text: str, lang: str) -> bool:
    """The paragraph direction (Unicode rule P2): its first strong letter decides; text
    with no letter at all (numbers, dates) takes the report language's direction."""
    for char in text:
        if _RTL_CHARS.match(char):
            return True
        if char.isalpha():
            return False
    return is_rtl_language(lang)


def format_day(day: date | None, lang: str) -> str:
    """An ISO date; in right-to-left reports with slashes, because after Arabic letters the
    bidi algorithm reads digits as Arabic numbers that only a slash (not a hyphen) joins:
    2026-11-23 would show as 23-11-2026."""
    if day is None:
        return ""
    text = day.isoformat()
    return text.replace("-", "/") if is_rtl_language(lang) else text


def break_lines(text: str, width: float, size: float, rtl_base: bool, bold: bool) -> list[str]:
    """Break logical ``text`` into logical lines that fit ``width`` once shaped."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        current = words[0]
        for word in words[1:]:
            candidate = f"{current} {word}"
            if visual_width(visual_line(candidate, rtl_base), size, bold) <= width:
                current = candidate
            else:
                lines.append(current)
                current = word
        lines.append(current)
    return lines


class BidiParagraph(Flowable):
    """A paragraph of plain text broken into lines, then shaped and reordered per line."""

    def __init__(
        self,
        text: str,
        *,
        size: float,
        leading: float,
        rtl: bool,
        align_right: bool,
        bold: bool = False,
        colour: Any = None,
        space_after: float = 0,
    ) -> None:
        super().__init__()
        self.align_right = align_right
        self.text = text
        self.size = size
        self.leading = leading
        self.rtl = rtl
        self.bold = bold
        self.colour = colour
        self.spaceAfter = space_after
        self._lines: list[str] = []
        self._width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._width = availWidth
        self._lines = break_lines(self.text, availWidth, self.size, self.rtl, self.bold)
        return availWidth, self.leading * len(self._lines) + (self.leading - self.size) * 0.3

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        fit = int(availHeight // self.leading)
        if fit <= 0 or fit >= len(self._lines):
            return [] if fit <= 0 else [self]
        head = BidiParagraph(
            "\n".join(self._lines[:fit]),
            size=self.size,
            leading=self.leading,
            rtl=self.rtl,
            align_right=self.align_right,
            bold=self.bold,
            colour=self.colour,
        )
        tail = BidiParagraph(
            "\n".join(self._lines[fit:]),
            size=self.size,
            leading=self.leading,
            rtl=self.rtl,
            align_right=self.align_right,
            bold=self.bold,
            colour=self.colour,
            space_after=self.spaceAfter,
        )
        return [head, tail]

    def draw(self) -> None:
        canvas = self.canv
        if self.colour is not None:
            canvas.setFillColor(self.colour)
        y = self.leading * len(self._lines) - self.size
        for line in self._lines:
            visual = visual_line(line, self.rtl)
            x = 0.0
            if self.align_right:
                x = self._width - visual_width(visual, self.size, self.bold)
            draw_visual(canvas, x, y, visual, self.size, self.bold)
            y -= self.leading


def text_flowable(
    text: str,
    lang: str,
    *,
    size: float = 9.5,
    bold: bool = False,
    leading: float | None = None,
    colour: Any = None,
    space_after: float = 0,
) -> Flowable:
    """The flowable for ``text`` in a ``lang`` report: bidi-aware where it has to be."""
    leading = leading if leading is not None else size * 1.35
    text = text or ""
    if needs_bidi(text, lang):
        return BidiParagraph(
            text,
            size=size,
            leading=leading,
            rtl=rtl_base(text, lang),
            align_right=is_rtl_language(lang),
            bold=bold,
            colour=colour,
            space_after=space_after,
        )
    style = _latin_style(size, bold, leading, space_after)
    if colour is not None:
        style = ParagraphStyle("coloured", parent=style, textColor=colour)
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


@lru_cache(maxsize=64)
def _latin_style(size: float, bold: bool, leading: float, space_after: float) -> ParagraphStyle:
    return ParagraphStyle(
        f"fp-{size}-{bold}",
        fontName=font_for(False, bold),
        fontSize=size,
        leading=leading,
        alignment=TA_LEFT,
        spaceAfter=space_after,
    )


__all__ = [
    "TA_RIGHT",
    "BidiParagraph",
    "draw_text",
    "has_rtl",
    "is_rtl_language",
    "rtl_base",
    "text_flowable",
    "visual_line",
]
