"""Numbers as the interface shows them: in the interface locale's own digits and grouping,
the digits dates are written in (``dates.py``), so that no window mixes digit systems (in
Arabic, Arabic-Indic digits everywhere). Counts in plural strings use Qt's ``%Ln``, which
is the same locale's number; a Python ``str(n)`` or ``"{n}".format(n=...)`` would write
Latin digits whatever the language."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTime


def format_number(value: int | float) -> str:
    """A count or an amount in the interface locale (``1,234``; ``١٬٢٣٤`` in Arabic)."""
    return QLocale().toString(value)


def format_minutes_seconds(seconds: int) -> str:
    """A short span as minutes and seconds (``04:59``), in the interface locale's digits."""
    return QLocale().toString(QTime(0, 0).addSecs(max(0, seconds)), "mm:ss")


def format_outline(number: str) -> str:
    """An outline number made of digits and dots (a question's ``4.1``, a section's ``4``)
    or a fraction (``3/5``), its digits in the interface locale's."""
    zero = QLocale().zeroDigit()
    if zero == "0" or len(zero) != 1:
        return number
    return number.translate({ord("0") + d: chr(ord(zero) + d) for d in range(10)})


def format_fraction(done: int, of: int) -> str:
    """``done`` of ``of`` as ``3/5``, in the interface locale's digits."""
    return f"{format_number(done)}/{format_number(of)}"
