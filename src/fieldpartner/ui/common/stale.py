"""The mark a refused stale save leaves in its form: someone else changed the record after
the form read it (``revisions.EditConflict``), so nothing was saved. The message names
who and when; what the person typed stays in the form (to copy, or to compare) until
Reload shows the record as it is now, from which an edit is saved again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from fieldpartner.domain.revisions import EditConflict
from fieldpartner.ui.common.unsaved import UNSAVED_COLOUR_DARK, UNSAVED_COLOUR_LIGHT


def is_stale(exc: BaseException) -> bool:
    """The save was refused because the record changed since the form read it."""
    return isinstance(exc, EditConflict)


class StaleNotice(QWidget):
    """Hidden until ``show_conflict``; Reload runs the form's ``reload`` and hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staleNotice")
        self._reload: Callable[[], None] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("staleMessage")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.reload_button = QPushButton(self.tr("&Reload"), self)
        self.reload_button.setObjectName("staleReload")
        self.reload_button.setAccessibleName(self.tr("Show the record as it is now"))
        self.reload_button.setToolTip(
            self.tr("Replace what you typed with the record as it is now, then edit again")
        )
        self.reload_button.clicked.connect(self.reload)
        layout.addWidget(self.reload_button)
        self.hide()

    @property
    def is_stale(self) -> bool:
        return not self.isHidden()

    @property
    def message(self) -> str:
        return self.label.text()

    def show_conflict(self, message: str, reload: Callable[[], None]) -> None:
        dark = self.palette().window().color().lightness() < 128
        colour = UNSAVED_COLOUR_DARK if dark else UNSAVED_COLOUR_LIGHT
        self.label.setStyleSheet(f"color: {colour};")
        self.label.setText(message)
        self._reload = reload
        self.show()

    def reload(self) -> None:
        reload, self._reload = self._reload, None
        self.clear()
        if reload is not None:
            reload()

    def clear(self) -> None:
        self._reload = None
        self.label.clear()
        self.hide()


class SavedInPlace:
    """For a ``QDialog`` that stays open until its change is written: OK hands the values
    to ``save`` (``save_with``); the caller then calls ``saved`` (the dialog closes),
    ``not_saved`` (the reason shown, OK tries again) or ``show_stale`` (who changed the
    record meanwhile, and Reload). Without ``save_with`` OK closes the dialog as usual."""

    stale: StaleNotice
    _ok: QPushButton
    _problem: QLabel
    _save: Callable[[], object] | None = None

    def init_saving(self, ok: QPushButton, problem: QLabel) -> None:
        self._ok, self._problem = ok, problem

    def make_feedback(self, name: str) -> tuple[QLabel, StaleNotice]:
        """A label for the reason a save failed (object name ``name``) and the stale
        notice, for the dialog to lay out."""
        dialog = self if isinstance(self, QWidget) else None
        problem = QLabel(dialog)
        problem.setObjectName(name)
        problem.setWordWrap(True)
        problem.setTextFormat(Qt.TextFormat.PlainText)
        self.stale = StaleNotice(dialog)
        return problem, self.stale

    def save_with(self, save: Callable[[], object]) -> None:
        self._save = save

    def accept(self) -> None:
        if self._save is None:
            super().accept()  # type: ignore[misc]
            return
        self._ok.setEnabled(False)
        self._problem.clear()
        if self._save() is False:  # nothing was queued (the vault locked meanwhile)
            self._ok.setEnabled(True)

    def saved(self) -> None:
        super().accept()  # type: ignore[misc]

    def not_saved(self, message: str) -> None:
        self._ok.setEnabled(True)
        self._problem.setText(message)

    def show_stale(self, message: str, reload: Callable[[], None]) -> None:
        self._ok.setEnabled(True)
        self.stale.show_conflict(message, reload)
