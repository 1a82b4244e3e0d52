"""File → Settings: preferences only (QSettings never holds record data).

Idle lock timeout, whether recent vaults are remembered, the paper size of printouts and
reports, and the interface language (applied at once by rebuilding the main window).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.ui.common.preferences import (
    LANGUAGE_KEY,
    LANGUAGES,
    PAPER_KEY,
    language,
    paper_size,
    remembers_recent,
    set_remember_recent,
)
from fieldpartner.ui.idle_lock import (
    IDLE_MINUTES_KEY,
    MAX_IDLE_MINUTES,
    MIN_IDLE_MINUTES,
    idle_minutes,
)


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()

        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setAccessibleName(self.tr("Lock after minutes without use"))
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(idle_minutes(settings))
        form.addRow(self.tr("&Lock after no use for:"), self.idle_minutes)

        self.remember_recent = QCheckBox(self.tr("Remember recent vaults on this computer"), self)
        self.remember_recent.setObjectName("settingsRememberRecent")
        self.remember_recent.setAccessibleName(self.tr("Remember recent vaults"))
        self.remember_recent.setChecked(remembers_recent(settings))
        form.addRow("", self.remember_recent)

        self.paper = QComboBox(self)
        self.paper.setObjectName("paperSize")
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("US Letter"), "Letter")
        self.paper.setCurrentIndex(self.paper.findData(paper_size(settings)))
        form.addRow(self.tr("&Paper size:"), self.paper)

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(language(settings)))
        form.addRow(self.tr("&Language:"), self.language)
        note = QLabel(
            self.tr("A new language applies at once; what you are typing is saved first."),
            self,
        )
        note.setObjectName("languageNote")
        note.setWordWrap(True)
        form.addRow("", note)
        layout.addLayout(form)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("settingsButtons")
        for which, name, accessible in (
            (QDialogButtonBox.StandardButton.Ok, "settingsOk", self.tr("Save the settings")),
            (QDialogButtonBox.StandardButton.Cancel, "settingsCancel", self.tr("Cancel")),
        ):
            button = buttons.button(which)
            button.setObjectName(name)
            button.setAccessibleName(accessible)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        settings = self._settings
        settings.setValue(IDLE_MINUTES_KEY, self.idle_minutes.value())
        set_remember_recent(settings, self.remember_recent.isChecked())
        settings.setValue(PAPER_KEY, self.paper.currentData())
        settings.setValue(LANGUAGE_KEY, self.language.currentData())
        settings.sync()
        super().accept()
