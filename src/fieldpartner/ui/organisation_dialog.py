"""File → Organisation: the name and logo at the top of every report.

Both live in the vault (``domain.organisation``), not in QSettings: they are the
organisation's, and the logo's bytes stay inside the vault's encryption. The dialog checks
a chosen picture at once (PNG or JPEG, at most 2 MB) and saves name and logo together in
one vault transaction when the user presses OK. The file question goes through a
replaceable hook (``ask_logo_path``) so tests can answer it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.models import VaultSetting
from fieldpartner.domain.organisation import (
    MAX_LOGO_BYTES,
    MAX_NAME,
    NAME_KEY,
    LogoDamaged,
    logo_problem,
    organisation_logo,
    set_organisation,
)
from fieldpartner.ui.operations import change
from fieldpartner.ui.problems import refusal_text
from fieldpartner.vault import Vault

PREVIEW_HEIGHT = 64
PREVIEW_MAX_WIDTH = 240


class OrganisationDialog(QDialog):
    """Edit the organisation's name and logo; OK saves both in one transaction."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._logo: bytes | None = None  # what the preview shows (None: no logo)
        self._logo_changed = False
        self.ask_logo_path: Callable[[], str | None] = self._ask_logo_path
        self.setObjectName("organisationDialog")
        self.setAccessibleName(self.tr("Organisation"))
        self.setWindowTitle(self.tr("Organisation"))

        intro = QLabel(
            self.tr("The name and logo printed at the top of every report from this vault."),
            self,
        )
        intro.setObjectName("organisationIntro")
        intro.setAccessibleName(self.tr("About the organisation settings"))
        intro.setWordWrap(True)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("organisationName")
        self.name_edit.setAccessibleName(self.tr("Organisation name"))
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setPlaceholderText(vault.name)
        self.name_edit.setToolTip(self.tr("Leave empty to use the vault's name."))

        self.logo_preview = QLabel(self)
        self.logo_preview.setObjectName("organisationLogoPreview")
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        self.logo_preview.setMinimumSize(PREVIEW_MAX_WIDTH // 2, PREVIEW_HEIGHT)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)

        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setObjectName("chooseOrganisationLogo")
        self.choose_button.setAccessibleName(self.tr("Choose a logo image"))
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeOrganisationLogo")
        self.remove_button.setAccessibleName(self.tr("Remove the logo"))
        self.remove_button.clicked.connect(self.remove_logo)

        self.status = QLabel(self)
        self.status.setObjectName("organisationStatus")
        self.status.setAccessibleName(self.tr("Organisation status"))
        self.status.setWordWrap(True)

        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_button)
        logo_buttons.addWidget(self.remove_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addLayout(logo_buttons)
        hint = QLabel(self.tr("PNG or JPEG, at most 2 MB."), self)
        hint.setObjectName("organisationLogoHint")
        hint.setAccessibleName(self.tr("Logo requirements"))

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("Logo:"), logo_row)
        form.addRow("", hint)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("organisationButtons")
        self.buttons.setAccessibleName(self.tr("Save or cancel"))
        for which, name, accessible in (
            (
                QDialogButtonBox.StandardButton.Ok,
                "organisationOk",
                self.tr("Save the organisation"),
            ),
            (QDialogButtonBox.StandardButton.Cancel, "organisationCancel", self.tr("Cancel")),
        ):
            button = self.buttons.button(which)
            button.setObjectName(name)
            button.setAccessibleName(accessible)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._load()

    # --- reading ------------------------------------------------------------------------

    def _load(self) -> None:
        with self._vault.session() as session:
            row = session.get(VaultSetting, NAME_KEY)
            self.name_edit.setText(str(row.value) if row is not None and row.value else "")
            try:
                logo = organisation_logo(session)
            except LogoDamaged as exc:
                logo = None
                self.status.setText(
                    self.tr("The saved logo is damaged; choose it again: {reason}").format(
                        reason=refusal_text(exc)
                    )
                )
        self._show_logo(logo)

    def _show_logo(self, data: bytes | None) -> None:
        self._logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            scaled = pixmap.scaledToHeight(
                PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation
            )
            if scaled.width() > PREVIEW_MAX_WIDTH:
                scaled = pixmap.scaledToWidth(
                    PREVIEW_MAX_WIDTH, Qt.TransformationMode.SmoothTransformation
                )
            self.logo_preview.setPixmap(scaled)
            self.logo_preview.setToolTip(self.tr("The logo reports show"))
        else:
            self.logo_preview.clear()
            self.logo_preview.setText(self.tr("No logo"))
            self.logo_preview.setToolTip("")
        self.remove_button.setEnabled(data is not None)

    @property
    def logo(self) -> bytes | None:
        """The logo as it will be saved (None: none)."""
        return self._logo

    # --- changing -----------------------------------------------------------------------

    def _ask_logo_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a logo"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        return path or None

    def choose_logo(self) -> None:
        path_text = self.ask_logo_path()
        if not path_text:
            return
        path = Path(path_text)
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_LOGO_BYTES + 1)
        except OSError as exc:
            self.status.setText(
                self.tr("Cannot read {file}: {reason}").format(
                    file=path.name, reason=exc.strerror or str(exc)
                )
            )
            return
        self.use_logo(data, path.name)

    def use_logo(self, data: bytes, filename: str = "") -> bool:
        """Show ``data`` as the new logo if it is fit for one; else say why and keep the old."""
        problem = logo_problem(data) if data else self.tr("is empty")
        if problem is not None:
            self.status.setText(
                self.tr("{file} cannot be the logo: it {reason}").format(
                    file=filename or self.tr("This file"), reason=problem
                )
            )
            return False
        self.status.clear()
        self._logo_changed = True
        self._show_logo(data)
        return True

    def remove_logo(self) -> None:
        self.status.clear()
        self._logo_changed = True
        self._show_logo(None)

    def accept(self) -> None:
        """Queue the change on the vault's writer; close once it is in the vault, or stay
        open as filled in and say why not (OK tries again)."""
        logo = (self._logo or b"") if self._logo_changed else None
        name = self.name_edit.text()

        def saved(_none: None) -> None:
            self._vault.refresh_settings()
            super(OrganisationDialog, self).accept()

        def failed(message: str, _exc: BaseException) -> None:
            self.status.setText(self.tr("Not saved: {reason}").format(reason=message))

        self.status.setText(self.tr("Saving…"))
        change(
            self,
            self._vault,
            lambda session: set_organisation(session, name=name, logo=logo),
            on_saved=saved,
            on_failed=failed,
        )

    def done(self, result: int) -> None:
        self._logo = None  # do not keep the bytes after the dialog closes
        super().done(result)
