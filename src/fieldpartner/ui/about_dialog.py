"""Help → About: what this program is, which versions it runs on (for support), and the
licences of the libraries bundled with it."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from fieldpartner import __version__
from fieldpartner.vault.engine import cipher_version

# Bundled libraries and their licences (fonts are added when reports ship them).
LICENCES: tuple[tuple[str, str], ...] = (
    ("Qt / PySide6", "LGPL-3.0"),
    ("SQLCipher", "BSD-style (Zetetic)"),
    ("SQLAlchemy", "MIT"),
    ("cryptography", "Apache-2.0 or BSD-3-Clause"),
    ("reportlab", "BSD"),
    ("pikepdf", "MPL-2.0"),
    ("qpdf (in pikepdf)", "Apache-2.0"),
    ("lxml", "BSD-3-Clause"),
    ("pycountry", "LGPL-2.1"),
    ("pyrage", "MIT or Apache-2.0"),
)


def version_lines() -> list[tuple[str, str]]:
    return [
        ("FieldPartner", __version__),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("SQLCipher", cipher_version() or "?"),
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
        # Version numbers read left to right in every language.
        versions.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout.addWidget(versions)

        layout.addWidget(QLabel(self.tr("<b>Libraries and their licences</b>"), self))
        licences = QLabel(self)
        licences.setObjectName("aboutLicences")
        licences.setTextFormat(Qt.TextFormat.PlainText)
        licences.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        licences.setText("\n".join(f"{name}: {licence}" for name, licence in LICENCES))
        layout.addWidget(licences)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("aboutButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("aboutClose")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
