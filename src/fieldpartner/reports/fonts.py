"""The report fonts: Noto Sans for Latin text, Noto Naskh Arabic for Arabic script.

Both are TrueType files shipped in ``resources/fonts/`` (SIL OFL 1.1, see ``OFL.txt``) and
registered with reportlab as ``TTFont``, which always embeds a subset of the glyphs used:
a report reads the same on a machine without the fonts.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fieldpartner.resources import resource_path

LATIN = "FP-NotoSans"
LATIN_BOLD = "FP-NotoSans-Bold"
ARABIC = "FP-NotoNaskhArabic"
ARABIC_BOLD = "FP-NotoNaskhArabic-Bold"

_FILES = {
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the report fonts once per process (safe from a worker thread)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        pdfmetrics.registerFontFamily(LATIN, normal=LATIN, bold=LATIN_BOLD)
        pdfmetrics.registerFontFamily(ARABIC, normal=ARABIC, bold=ARABIC_BOLD)
        _registered = True


def font_for(arabic: bool, bold: bool = False) -> str:
    if arabic:
        return ARABIC_BOLD if bold else ARABIC
    return LATIN_BOLD if bold else LATIN
