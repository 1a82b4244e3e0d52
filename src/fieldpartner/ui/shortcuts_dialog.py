"""Help → Keyboard shortcuts: every shortcut of the main window, read from its actions
and shortcuts at the moment the dialog opens (so a page's own shortcuts are listed too)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, keys) for every action and shortcut under ``window``."""
    rows: dict[tuple[str, str], None] = {}
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            # An object name is for tests, never for people: an action without a text
            # or tool tip is left out rather than listed as "redoShortcut".
            label = action.text() or action.toolTip()
            label = label.replace("&&", "\0").replace("&", "").replace("\0", "&")
            label = label.rstrip(".…")
            if not label:
                continue
            text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            rows[(label, text)] = None
    for shortcut in window.findChildren(QShortcut):
        if not shortcut.key().isEmpty():
            label = shortcut.whatsThis()
            if not label:
                continue
            rows[(label, shortcut.key().toString(QKeySequence.SequenceFormat.NativeText))] = None
    # Shortcuts every text field understands, which users look for.
    for sequence, label in (
        (QKeySequence.StandardKey.Copy, window.tr("Copy")),
        (QKeySequence.StandardKey.Paste, window.tr("Paste")),
        (QKeySequence.StandardKey.SelectAll, window.tr("Select all")),
    ):
        text = QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)
        if text:
            rows.setdefault((label, text), None)
    return sorted(rows, key=lambda row: row[0].casefold())


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(460, 420)
        layout = QVBoxLayout(self)
        self.table = QTreeWidget(self)
        self.table.setObjectName("shortcutList")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for label, keys in shortcut_rows(window):
            QTreeWidgetItem(self.table, [label, keys])
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("shortcutsButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("shortcutsClose")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
