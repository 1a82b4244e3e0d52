"""The mark a change that could not be written leaves where it was made: what went wrong
and a Retry button. The field keeps the text or choice the person made, so nothing is lost
while the vault is busy or the disk full; Retry writes it again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

UNSAVED_COLOUR_LIGHT = "#b00020"
UNSAVED_COLOUR_DARK = "#ff8a80"


class UnsavedNotice(QWidget):
    """Hidden until ``show_failure``; ``clear`` hides it once the change is written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unsavedNotice")
        self._retry: Callable[[], None] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("unsavedMessage")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label, 1)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setObjectName("unsavedRetry")
        self.retry_button.setAccessibleName(self.tr("Save this change again"))
        self.retry_button.clicked.connect(self.retry)
        layout.addWidget(self.retry_button)
        self.hide()

    @property
    def is_unsaved(self) -> bool:
        return not self.isHidden()

    @property
    def message(self) -> str:
        return self.label.text()

    def show_failure(self, message: str, retry: Callable[[], None]) -> None:
        dark = self.palette().window().color().lightness() < 128
        colour = UNSAVED_COLOUR_DARK if dark else UNSAVED_COLOUR_LIGHT
        self.label.setStyleSheet(f"color: {colour};")
        self.label.setText(self.tr("Not saved: {reason}").format(reason=message))
        self._retry = retry
        self.show()

    def retry(self) -> None:
        retry, self._retry = self._retry, None
        self.clear()
        if retry is not None:
            retry()

    def clear(self) -> None:
        self._retry = None
        self.label.clear()
        self.hide()
