"""Record text copied to the clipboard does not linger there: what this application put on
the clipboard is cleared 30 seconds after it was copied and when the vault locks, but only
if the clipboard still holds it (something copied since, from any program, is left alone).

Every copy counts, from any widget (Ctrl+C in a field or a table, a context menu, a Copy
button): the guard watches the clipboard and takes a change as ours when this process owns
the clipboard or is the active application when it changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000


class ClipboardGuard(QObject):
    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clipboard: QClipboard | None = None,
        clear_after_ms: int = CLEAR_AFTER_MS,
        copied_here: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clipboardGuard")
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._copied_here = copied_here or self._this_application_copied
        self._ours: str | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("clipboardClearTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(clear_after_ms)
        self.timer.timeout.connect(self.clear_if_ours)
        self._clipboard.dataChanged.connect(self._changed)

    @property
    def holding(self) -> bool:
        """Whether the clipboard holds text this application put there."""
        return self._ours is not None

    def _changed(self) -> None:
        text = self._clipboard.text()
        if text and text == self._ours:
            return
        if text and self._copied_here():
            self._ours = text
            self.timer.start()
        else:
            self._ours = None
            self.timer.stop()

    def _this_application_copied(self) -> bool:
        active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        return self._clipboard.ownsClipboard() or active

    def clear_if_ours(self) -> None:
        """Empty the clipboard if it still holds what this application put there."""
        self.timer.stop()
        ours, self._ours = self._ours, None
        if ours is not None and self._clipboard.text() == ours:
            self._clipboard.clear()
