"""What is typed in an open dialog survives a language switch.

Switching the language rebuilds the main window in the new language (``app.AppShell``),
and the dialogs of the old window go with it. Before they do, ``open_dialogs`` notes each
open dialog: which widget opened it (its page and object name), with which call, and what
its fields hold. ``reopen`` then makes the same call on the same widget of the new window
(a dialog built in the new language, its buttons wired to the new pages) and puts the
values back, by object name, when the new dialog shows (at once, or after the reads that
some dialogs wait for).

A method that opens a dialog says so with ``@opens_dialog``; the dialog's parent must be
the widget whose method it is. A widget that opens dialogs about a record it reads in the
background says when it can (``ready_for_dialogs()``, and its ``loaded`` or ``reloaded``
signal). Values
stay in memory only.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from fieldpartner.ui.page import Page

Opener = TypeVar("Opener", bound=Callable[..., Any])
OPENED_WITH = "_opened_dialog_with"


def opens_dialog(opener: Opener) -> Opener:
    """Mark a method that opens a dialog parented to ``self``: the call is noted on
    ``self`` so that the dialog can be opened again after a language switch."""

    @functools.wraps(opener)
    def noted(self: QWidget, *args: Any, **kwargs: Any) -> Any:
        call = (opener.__name__, args, kwargs)
        # The next dialog the owner shows is this call's: now, or after a read. The
        # newest tagger sees a dialog first, so a dialog opened at once is not taken by
        # an earlier call still waiting for its read.
        tagger = _TagNextDialog(self, call)
        before = set(_own_dialogs(self))
        result = opener(self, *args, **kwargs)
        if any(dialog not in before for dialog in _own_dialogs(self)):
            tagger.stop()  # made (and shown, so noted) now, or not shown: nothing to wait for
        return result

    return cast(Opener, noted)


def _own_dialogs(owner: QWidget) -> list[QDialog]:
    return owner.findChildren(QDialog, options=Qt.FindChildOption.FindDirectChildrenOnly)


@dataclass
class OpenDialog:
    """An open dialog, as much as is needed to open it again."""

    page: str  # the key of the page whose widget opened it ("" for the main window)
    owner: str  # that widget's object name ("" for the page or the window itself)
    method: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    typed: dict[str, Any] = field(default_factory=dict)


def typed_values(dialog: QDialog) -> dict[str, Any]:
    """What the dialog's named, editable fields hold, by object name."""
    values: dict[str, Any] = {}
    for widget in dialog.findChildren(QWidget):
        name = widget.objectName()
        if not name or name.startswith("qt_") or name in values:
            continue
        if isinstance(widget, QLineEdit) and not widget.isReadOnly():
            if not isinstance(widget.parentWidget(), QComboBox | QDateEdit | QSpinBox):
                values[name] = widget.text()
        elif isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly():
            values[name] = widget.toPlainText()
        elif isinstance(widget, QDateEdit):
            values[name] = widget.date()
        elif isinstance(widget, QSpinBox | QDoubleSpinBox):
            values[name] = widget.value()
        elif isinstance(widget, QComboBox):
            values[name] = widget.currentText() if widget.isEditable() else widget.currentIndex()
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values[name] = widget.isChecked()
    return values


def put_back(dialog: QDialog, values: dict[str, Any]) -> None:
    """Set the dialog's fields to ``values`` (``typed_values`` of its predecessor)."""
    for widget in dialog.findChildren(QWidget):
        name = widget.objectName()
        if name not in values:
            continue
        value = values[name]
        if isinstance(widget, QLineEdit) and isinstance(value, str):
            widget.setText(value)
        elif isinstance(widget, QPlainTextEdit | QTextEdit) and isinstance(value, str):
            widget.setPlainText(value)
        elif isinstance(widget, QDateEdit) and isinstance(value, QDate):
            widget.setDate(value)
        elif isinstance(widget, QSpinBox) and isinstance(value, int):
            widget.setValue(value)
        elif isinstance(widget, QDoubleSpinBox) and isinstance(value, int | float):
            widget.setValue(float(value))
        elif isinstance(widget, QComboBox):
            if isinstance(value, str) and widget.isEditable():
                widget.setCurrentText(value)
            elif isinstance(value, int) and 0 <= value < widget.count():
                widget.setCurrentIndex(value)
        elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
            widget.setChecked(value)


def belongs_to(window: QWidget, widget: QWidget) -> bool:
    """Whether ``widget`` is ``window`` or made under it, dialogs included (Qt's
    ``isAncestorOf`` stops at a dialog, a window of its own)."""
    ancestor: QWidget | None = widget
    while ancestor is not None:
        if ancestor is window:
            return True
        ancestor = ancestor.parentWidget()
    return False


def open_dialogs(window: QMainWindow) -> list[OpenDialog]:
    """The window's open dialogs that a marked method opened."""
    found: list[OpenDialog] = []
    for dialog in QApplication.topLevelWidgets():
        if not (isinstance(dialog, QDialog) and dialog.isVisible()):
            continue
        owner = dialog.parentWidget()
        if owner is None or not belongs_to(window, dialog):
            continue
        opened_with = getattr(dialog, OPENED_WITH, None)
        if opened_with is None:
            continue
        page: QWidget | None = owner
        while page is not None and not isinstance(page, Page):
            page = page.parentWidget()
        method, args, kwargs = opened_with
        found.append(
            OpenDialog(
                page=page.key if isinstance(page, Page) else "",
                owner="" if owner is page or owner is window else owner.objectName(),
                method=method,
                args=args,
                kwargs=kwargs,
                typed=typed_values(dialog),
            )
        )
    return found


class _TagNextDialog(QObject):
    """Notes ``call`` on the next dialog of ``owner`` that shows without a note."""

    def __init__(self, owner: QWidget, call: tuple[str, tuple[Any, ...], dict[str, Any]]) -> None:
        super().__init__(owner)
        self._call = call
        owner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildPolished:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QDialog) and getattr(child, OPENED_WITH, None) is None:
                setattr(child, OPENED_WITH, self._call)
                self.stop()
        return False

    def stop(self) -> None:
        parent = self.parent()
        if parent is not None:
            parent.removeEventFilter(self)
        self.deleteLater()


class _PutBackOnShow(QObject):
    """Puts the values back in the owner's dialog opened by ``noted``'s call, when it
    shows (after the read it waited for)."""

    def __init__(self, owner: QWidget, noted: OpenDialog) -> None:
        super().__init__(owner)
        self._owner = owner
        self._noted = noted
        owner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ChildPolished and watched is self._owner:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QDialog):
                child.installEventFilter(self)
        elif kind == QEvent.Type.Show and isinstance(watched, QDialog):
            watched.removeEventFilter(self)
            noted = self._noted
            if getattr(watched, OPENED_WITH, None) == (noted.method, noted.args, noted.kwargs):
                self._owner.removeEventFilter(self)
                put_back(watched, noted.typed)
                self.deleteLater()
        return False


def reopen(window: QMainWindow, dialogs: list[OpenDialog]) -> None:
    """Open ``dialogs`` again in ``window`` (built after a language switch) with their
    values; one whose page or widget the new window lacks is left closed."""
    for noted in dialogs:
        try:
            owner: QWidget = window.page(noted.page) if noted.page else window  # type: ignore[attr-defined]
        except KeyError:
            continue
        _reopen_from(owner, noted)


def _reopen_from(page: QWidget, noted: OpenDialog) -> None:
    """Find the widget that opened the dialog under ``page`` (once the page has read
    what it shows) and make the call again (once that widget has read its record)."""
    owner = page
    if noted.owner:
        if not _ready(page):
            _when_ready(page, functools.partial(_reopen_from, page, noted))
            return
        found = page.findChild(QWidget, noted.owner)
        if found is None:
            return
        owner = found
    method = getattr(owner, noted.method, None)
    if method is None:
        return
    call = functools.partial(_open_again, owner, method, noted)
    if _ready(owner):
        call()
    else:
        # The owner is still reading its record (a workshop, an assessment): the dialog
        # opens once it has, as the user opened it on a record on screen.
        _when_ready(owner, call)


def _ready(widget: QWidget) -> bool:
    ready = getattr(widget, "ready_for_dialogs", None)
    return ready is None or bool(ready())


def _open_again(owner: QWidget, method: Callable[..., Any], noted: OpenDialog) -> None:
    before = set(_own_dialogs(owner))
    method(*noted.args, **noted.kwargs)
    made = [dialog for dialog in _own_dialogs(owner) if dialog not in before]
    if made:
        put_back(made[0], noted.typed)
    else:
        _PutBackOnShow(owner, noted)


def _when_ready(owner: QWidget, call: Callable[[], Any]) -> None:
    signal = getattr(owner, "loaded", None) or owner.reloaded  # type: ignore[attr-defined]

    def once(*_args: Any) -> None:
        signal.disconnect(once)
        call()

    signal.connect(once)
