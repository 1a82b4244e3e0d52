"""Help → Problem report: the application's log (failures as type and frames, never record
content; see ``fieldpartner.logs``) with the versions of About, ready to copy into a message
to whoever supports the installation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.logs import read_log

LOG_FOLDER = "logs"


def default_log_folder() -> Path:
    """Where the application keeps its log: ``logs`` in its data folder."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / LOG_FOLDER


def problem_report(log_folder: Path) -> str:
    # The versions name SQLCipher's, read through the database code: imported only when a
    # report is made, so the start dialog shows before that code loads.
    from fieldpartner.ui.about_dialog import version_lines

    versions = "\n".join(f"{name} {version}" for name, version in version_lines())
    return f"{versions}\n\n{read_log(log_folder)}"


class ProblemReportDialog(QDialog):
    def __init__(self, log_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemReportDialog")
        self.setWindowTitle(self.tr("Problem report"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "What went wrong recently, for whoever supports FieldPartner. It names the "
                "kind of each failure and where in the program it happened; it holds no "
                "partner, answer or other record content. Copy it into your message."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("problemReportText")
        self.text.setAccessibleName(self.tr("Problem report"))
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # File names and line numbers read left to right in every language.
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        report = problem_report(log_folder)
        if not read_log(log_folder).strip():
            report += self.tr("No problem has been recorded.")
        self.text.setPlainText(report)
        layout.addWidget(self.text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("problemReportButtons")
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setObjectName("problemReportCopy")
        self.copy_button.setAccessibleName(self.tr("Copy the report"))
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
