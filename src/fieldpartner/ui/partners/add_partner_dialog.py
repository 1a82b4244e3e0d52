"""Partners → Add partner: the few fields needed to create one; the rest is on its page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.validation import ValidationError
from fieldpartner.ui.common import vocabulary
from fieldpartner.ui.operations import change
from fieldpartner.ui.problems import refusal_text
from fieldpartner.vault import Vault


class AddPartnerDialog(QDialog):
    """Creates the partner on Add; ``partner_id`` is then its id."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.partner_id = ""
        self.setObjectName("addPartnerDialog")
        self.setWindowTitle(self.tr("Add partner"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("newPartnerName")
        self.name.setAccessibleName(self.tr("Name"))
        form.addRow(self.tr("&Name:"), self.name)
        self.acronym = QLineEdit(self)
        self.acronym.setObjectName("newPartnerAcronym")
        self.acronym.setAccessibleName(self.tr("Acronym"))
        form.addRow(self.tr("&Acronym:"), self.acronym)
        self.country = QComboBox(self)
        self.country.setObjectName("newPartnerCountry")
        self.country.setAccessibleName(self.tr("Country"))
        vocabulary.fill_countries(self.country, any_label=self.tr("(not set)"))
        form.addRow(self.tr("&Country:"), self.country)
        self.type = QComboBox(self)
        self.type.setObjectName("newPartnerType")
        self.type.setAccessibleName(self.tr("Type"))
        vocabulary.fill_choices(self.type, "type")
        form.addRow(self.tr("&Type:"), self.type)
        layout.addLayout(form)

        self.feedback = QLabel(self)
        self.feedback.setObjectName("addPartnerFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.hide()
        layout.addWidget(self.feedback)
        # A refusal speaks of the values it was given: once one changes it no longer holds.
        for signal in (
            self.name.textChanged,
            self.acronym.textChanged,
            self.country.currentIndexChanged,
            self.type.currentIndexChanged,
        ):
            signal.connect(self._forget_feedback)

        buttons = QDialogButtonBox(self)
        buttons.setObjectName("addPartnerButtons")
        self.add_button = buttons.addButton(self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("addPartnerConfirm")
        self.add_button.setAccessibleName(self.tr("Add the partner"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("addPartnerCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.add_partner)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name.setFocus()

    def add_partner(self) -> None:
        """Queue the new partner on the vault's writer; the dialog closes once it is in
        the vault, or stays open with what was typed and says why not."""
        values = {
            "name": self.name.text(),
            "acronym": self.acronym.text(),
            "country": self.country.currentData() or "",
            "type": self.type.currentData(),
        }
        self.add_button.setEnabled(False)
        change(
            self,
            self._vault,
            lambda session: add_partner(session, **values).id,
            on_saved=self._created,
            on_failed=self._not_created,
        )

    def _created(self, partner_id: str) -> None:
        self.partner_id = partner_id
        self.add_button.setEnabled(True)
        self.accept()

    def _not_created(self, message: str, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            message = refusal_text(exc)
        else:
            message = self.tr("Not saved: {reason}").format(reason=message)
        self.feedback.setText(message)
        self.feedback.show()

    def _forget_feedback(self) -> None:
        self.feedback.clear()
        self.feedback.hide()

    def done(self, result: int) -> None:
        self.name.setText("")
        self.acronym.setText("")
        super().done(result)
