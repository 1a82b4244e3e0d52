"""Mark an action done, with a note of what was achieved (kept in its review notes)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.ui.common.stale import SavedInPlace


class MarkDoneDialog(SavedInPlace, QDialog):
    """The note for ``mark_done``; with ``save_with`` the dialog stays open until the change
    is written (``SavedInPlace``)."""

    def __init__(self, action_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markDoneDialog")
        self.setWindowTitle(self.tr("Mark done"))
        self.setAccessibleName(self.tr("Mark the action done"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Mark \u201c{title}\u201d done.").format(title=action_title), self)
        heading.setObjectName("markDoneHeading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        prompt = QLabel(self.tr("&Note (what was done, what remains):"), self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("markDoneNote")
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)
        prompt.setBuddy(self.note_edit)
        layout.addWidget(prompt)
        layout.addWidget(self.note_edit, 1)
        self.error_label, stale = self.make_feedback("markDoneError")
        layout.addWidget(self.error_label)
        layout.addWidget(stale)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("markDoneButtons")
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Mark done"))
        ok.setObjectName("markDoneOk")
        ok.setAccessibleName(self.tr("Mark done"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.init_saving(ok, self.error_label)
        self.resize(420, 240)

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()
