"""Help → About: what this program is and which versions it runs on (for support)."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from fieldpartner import __version__


def version_lines() -> list[tuple[str, str]]:
    return [
        ("FieldPartner", __version__),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("Python", platform.python_version()),
    ]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About FieldPartner"))
        layout = QVBoxLayout(self)

        title = QLabel(self.tr("<h2>FieldPartner</h2>"), self)
        layout.addWidget(title)
        summary = QLabel(
            self.tr(
                "Encrypted, offline-first assessment of partner organisations for "
                "human-rights organisations."
            ),
            self,
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)

        versions = QLabel(self)
        versions.setObjectName("aboutVersions")
        versions.setTextFormat(Qt.TextFormat.PlainText)
        versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        versions.setText("\n".join(f"{name} {version}" for name, version in version_lines()))
        layout.addWidget(versions)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("aboutButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("aboutClose")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
