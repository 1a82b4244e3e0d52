"""The page of the start dialog that shows a new vault's recovery key once: copy or print
it (to a printer only, never to a file), and prove it was written down by typing back one
of its groups before going on."""

from __future__ import annotations

import html
import secrets

from PySide6.QtCore import QDateTime, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import (
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QTextDocument,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.ui.common.numbers import format_number
from fieldpartner.ui.common.passphrases import normalise_key_group
from fieldpartner.ui.common.preferences import paper_size


class RecoveryKeyPage(QWidget):
    """Emits ``confirmed`` when Continue is pressed after the key was typed back."""

    confirmed = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryPage")
        self._settings = settings
        self._recovery_text = ""
        self._vault_name = ""
        self._printer: QPrinter | None = None
        self._build()

    def _name(self, widget: QWidget, object_name: str, accessible: str) -> None:
        widget.setObjectName(object_name)
        widget.setAccessibleName(accessible)

    def _build(self) -> None:
        page = self
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Your recovery key</h2>"), page))
        explain = QLabel(
            self.tr(
                "If you forget the passphrase, this key is the only way to open the vault. "
                "Write it down now and keep it apart from this computer. "
                "It will not be shown again."
            ),
            page,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)

        key_row = QHBoxLayout()
        self.recovery_field = QLineEdit(page)
        self._name(self.recovery_field, "recoveryKey", self.tr("Recovery key"))
        self.recovery_field.setReadOnly(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.recovery_field.setFont(font)
        # The key is Latin letters and digits in groups: keep it left-to-right in any UI.
        self.recovery_field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.recovery_field.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.copy_recovery = QPushButton(self.tr("Copy"), page)
        self._name(self.copy_recovery, "copyRecoveryKey", self.tr("Copy the recovery key"))
        self.copy_recovery.clicked.connect(self._copy_recovery_key)
        self.print_recovery = QPushButton(self.tr("Print…"), page)
        self._name(self.print_recovery, "printRecoveryKey", self.tr("Print the recovery key"))
        self.print_recovery.clicked.connect(self._ask_print)
        # The key on its own line, its buttons below it: the key needs the whole width.
        layout.addWidget(self.recovery_field)
        key_row.addWidget(self.copy_recovery)
        key_row.addWidget(self.print_recovery)
        key_row.addStretch(1)
        layout.addLayout(key_row)

        # Proof that the key was written down: the user types back one group of it.
        self.check_label = QLabel(page)
        self.check_label.setObjectName("recoveryCheckLabel")
        self.check_label.setWordWrap(True)
        layout.addWidget(self.check_label)
        self.recovery_check = QLineEdit(page)
        self._name(
            self.recovery_check,
            "recoveryCheck",
            self.tr("The requested group of the recovery key"),
        )
        self.recovery_check.setMaxLength(6)
        self.recovery_check.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.recovery_check.setFont(font)
        self.recovery_check.setMaximumWidth(
            self.recovery_check.fontMetrics().horizontalAdvance("MMMMMMM")
        )
        self.recovery_check.textChanged.connect(self._update_continue)
        self.check_label.setBuddy(self.recovery_check)
        layout.addWidget(self.recovery_check)
        self.check_group = 0

        self.recovery_written = QCheckBox(self.tr("I have written down the recovery key"), page)
        self._name(
            self.recovery_written,
            "recoveryWrittenDown",
            self.tr("I have written down the recovery key"),
        )
        self.recovery_written.toggled.connect(self._update_continue)
        self.recovery_written.setToolTip(
            self.tr("Also type the requested group of the key above, from what you wrote.")
        )
        layout.addWidget(self.recovery_written)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("recoveryFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.hide()
        layout.addWidget(self.feedback)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        self.continue_button = QPushButton(self.tr("Continue"), page)
        self._name(self.continue_button, "continueButton", self.tr("Continue to the vault"))
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self._continue)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout.addLayout(buttons)

    def show_key(self, recovery: str, vault_name: str) -> None:
        """Show a new vault's key and ask for one of its groups, chosen at random."""
        self._recovery_text = recovery
        self._vault_name = vault_name
        self.feedback.clear()
        self.feedback.hide()
        self.recovery_field.setText(recovery)
        self.recovery_field.setCursorPosition(0)
        # Wide enough to read the whole key at once; it is copied by hand.
        metrics = self.recovery_field.fontMetrics()
        self.recovery_field.setMinimumWidth(metrics.horizontalAdvance(recovery + "MM"))
        self.recovery_written.setChecked(False)
        groups = recovery.split("-")
        self.check_group = secrets.randbelow(len(groups))
        self.recovery_check.setText("")
        self.check_label.setText(
            self.tr(
                "From what you wrote down (not from the screen), type group {number} of "
                "{count} of the key:"
            ).format(number=format_number(self.check_group + 1), count=format_number(len(groups)))
        )
        self.recovery_field.setFocus()

    def _copy_recovery_key(self) -> None:
        QGuiApplication.clipboard().setText(self._recovery_text)

    def recovery_confirmed(self) -> bool:
        """The box is ticked and the requested group was typed back correctly."""
        groups = self._recovery_text.split("-") if self._recovery_text else []
        if not groups or not self.recovery_written.isChecked():
            return False
        return normalise_key_group(self.recovery_check.text()) == groups[self.check_group]

    def _update_continue(self, *_args: object) -> None:
        self.continue_button.setEnabled(self.recovery_confirmed())

    # --- printing the recovery key -----------------------------------------------------

    def _ask_print(self) -> None:
        """Straight to a printer: printing to a file is not offered (it would put the key
        on disk outside the vault)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printRecoveryDialog")
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        self._printer = printer
        dialog.accepted.connect(lambda: self._print_accepted(printer))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The window-modal open(); QPrintDialog's stubs name only open(receiver, member).
        QDialog.open(dialog)

    def _print_accepted(self, printer: QPrinter) -> None:
        self._printer = None
        if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or printer.outputFileName():
            self.feedback.setText(self.tr("The key was not printed: choose a printer, not a file."))
            self.feedback.show()
            return
        self.print_recovery_key(printer)

    def recovery_document(self) -> QTextDocument:
        """The printed page: vault, date, the key in large fixed-width type, advice."""
        key = html.escape(self._recovery_text)
        name = html.escape(self._vault_name)
        when = QLocale().toString(QDateTime.currentDateTime(), QLocale.FormatType.LongFormat)
        doc = QTextDocument(self)
        doc.setObjectName("recoveryDocument")
        doc.setHtml(
            "<h1>"
            + html.escape(self.tr("FieldPartner recovery key"))
            + "</h1><p>"
            + html.escape(self.tr("Vault: {name}").format(name=name), quote=False)
            + "<br>"
            + html.escape(self.tr("Printed: {when}").format(when=when))
            + '</p><p dir="ltr" style="font-family: monospace; font-size: 20pt;">'
            + key
            + "</p><p>"
            + html.escape(
                self.tr(
                    "Anyone holding this key can open the vault. Keep this sheet apart from "
                    "the computer, somewhere safe, and destroy it if the vault is wiped."
                )
            )
            + "</p>"
        )
        return doc

    def print_recovery_key(self, device: QPagedPaintDevice) -> None:
        """Print the key on ``device`` (a printer; tests pass an in-memory PDF writer)."""
        size = (
            QPageSize.PageSizeId.Letter
            if paper_size(self._settings) == "Letter"
            else QPageSize.PageSizeId.A4
        )
        device.setPageSize(QPageSize(size))
        device.setPageOrientation(QPageLayout.Orientation.Portrait)
        document = self.recovery_document()
        try:
            document.print_(device)
        finally:
            document.clear()
            document.deleteLater()

    def _continue(self) -> None:
        if self.recovery_confirmed():
            self.confirmed.emit()

    def forget(self) -> None:
        """Drop the key: from the fields, from memory, and from the clipboard if it is there."""
        clipboard = QGuiApplication.clipboard()
        if self._recovery_text and clipboard.text() == self._recovery_text:
            clipboard.clear()  # the key should not linger where any program can read it
        self.recovery_field.setText("")
        self.recovery_check.setText("")
        self._recovery_text = ""
        self._vault_name = ""
