"""The preferences kept in QSettings (never record data), with their keys and defaults, for
the settings dialog, the start dialog and the application alike.

Remembering recent vaults is off unless the person turns it on: a vault's folder name
("Secret Partner Visits.fpvault") says something by itself, and it would stay in the
settings file after a lock. Turning it off, and an emergency wipe, remove the list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

PAPER_KEY = "print/paper_size"
PAPER_SIZES = ("A4", "Letter")
LANGUAGE_KEY = "ui/language"
# Language codes with their names written in that language (not translated on purpose:
# a user who cannot read the current language still finds their own).
LANGUAGES = (
    ("en", "English"),
    ("fr", "Fran\u00e7ais"),
    ("es", "Espa\u00f1ol"),
    ("ar", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629"),
)
RECENT_KEY = "vaults/recent"
REMEMBER_KEY = "vaults/remember_recent"
MAX_RECENT = 8


def paper_size(settings: QSettings) -> str:
    value = str(settings.value(PAPER_KEY, "A4"))
    return value if value in PAPER_SIZES else "A4"


def language(settings: QSettings) -> str:
    value = str(settings.value(LANGUAGE_KEY, "en"))
    return value if value in dict(LANGUAGES) else "en"


def remembers_recent(settings: QSettings) -> bool:
    """Whether recent vaults are remembered: only once the person chose it."""
    value = settings.value(REMEMBER_KEY, False)
    return value in (True, "true", "1", 1)


def set_remember_recent(settings: QSettings, remember: bool) -> None:
    settings.setValue(REMEMBER_KEY, remember)
    if not remember:
        settings.remove(RECENT_KEY)
    settings.sync()


def recent_paths(settings: QSettings) -> list[str]:
    return _stored_paths(settings) if remembers_recent(settings) else []


def _stored_paths(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_KEY, [])
    # INI files give back a one-item list as a plain string.
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return []


def add_recent(settings: QSettings, path: Path) -> None:
    if not remembers_recent(settings):
        return
    text = str(path)
    paths = [text, *(p for p in recent_paths(settings) if p != text)][:MAX_RECENT]
    settings.setValue(RECENT_KEY, paths)
    settings.sync()


def clear_recent(settings: QSettings) -> None:
    settings.remove(RECENT_KEY)
    settings.sync()


def forget_recent(settings: QSettings, path: Path) -> None:
    """Drop one vault from the recent list (after it was wiped, its path must not linger)."""
    kept = [p for p in _stored_paths(settings) if p and Path(p) != Path(path)]
    if kept:
        settings.setValue(RECENT_KEY, kept)
    else:
        settings.remove(RECENT_KEY)
    settings.sync()
