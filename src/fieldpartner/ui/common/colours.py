"""Colours for overdue and due-soon items that follow the palette (light or dark).

Fixed colours (pure red text) become unreadable on a dark theme; these keep the hue and
pick the lightness from the palette's base colour so the contrast stays.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

OVERDUE_HUE = 0  # red
DUE_SOON_HUE = 30  # amber
DONE_HUE = 120  # green


def _on_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def tone(hue: int, palette: QPalette | None = None) -> QColor:
    """A readable text colour of ``hue`` on the palette's base colour."""
    palette = palette or QGuiApplication.palette()
    return QColor.fromHsl(hue, 200, 170 if _on_dark(palette) else 80)


def overdue_colour(palette: QPalette | None = None) -> QColor:
    return tone(OVERDUE_HUE, palette)


def due_soon_colour(palette: QPalette | None = None) -> QColor:
    return tone(DUE_SOON_HUE, palette)


def done_colour(palette: QPalette | None = None) -> QColor:
    return tone(DONE_HUE, palette)


def mark_overdue(label: QWidget, overdue: bool) -> None:
    """Show ``label``'s text in the overdue colour (and bold), or plainly."""
    palette = label.palette()
    default = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    palette.setColor(QPalette.ColorRole.WindowText, overdue_colour() if overdue else default)
    label.setPalette(palette)
    font = label.font()
    font.setBold(overdue)
    label.setFont(font)
