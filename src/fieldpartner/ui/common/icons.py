"""The application's icons: SVG files in resources/icons (see LICENSE.txt there), drawn
at any size and device pixel ratio, so they stay sharp on high-DPI screens."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from fieldpartner.resources import resource_path

# The navigation's sections and the icon each shows (by page key).
SECTION_ICONS = {
    "partners": "partners",
    "assessment": "assessments",
    "workshops": "workshops",
    "plan": "plan",
    "upcoming": "upcoming",
    "sync": "sync",
}
# The marks of a record's state: draft, final, approved; an overdue action.
STATUS_ICONS = {
    "draft": "status-draft",
    "final": "status-final",
    "approved": "status-approved",
    "overdue": "status-overdue",
}

_loaded: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon ``name`` (a file resources/icons/<name>.svg that must exist)."""
    if name not in _loaded:
        _loaded[name] = QIcon(str(resource_path("icons", f"{name}.svg")))
    return _loaded[name]


def status_icon(state: str) -> QIcon | None:
    """The mark of ``state`` (None for a state without one)."""
    name = STATUS_ICONS.get(state)
    return icon(name) if name else None
