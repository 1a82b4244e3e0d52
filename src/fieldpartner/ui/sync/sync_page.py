"""The Sync page. A vault that belongs to no organisation sees how to join one (field) or
set one up (HQ). Once it belongs to one, the header names the organisation, this vault's
role and its own fingerprint (to read aloud), and tabs hold: Send and receive, History,
Conflicts, and for HQ Devices.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.staff import Action as StaffAction
from fieldpartner.sync.identity import ensure_device_identity
from fieldpartner.sync.org import Organisation, organisation
from fieldpartner.ui.common.carry_over import opens_dialog
from fieldpartner.ui.operations import OwnedReads
from fieldpartner.ui.page import Page
from fieldpartner.ui.roles import Control
from fieldpartner.ui.sync.bundle_dialogs import fingerprint_font
from fieldpartner.ui.sync.conflicts_panel import ConflictsPanel
from fieldpartner.ui.sync.devices_panel import DevicesPanel
from fieldpartner.ui.sync.exchange import ExchangePanel
from fieldpartner.ui.sync.history import HistoryPanel
from fieldpartner.ui.sync.labels import failure_text, short_device
from fieldpartner.ui.sync.setup import CreateOrganisationDialog, JoinOrganisationDialog, SetupPanel
from fieldpartner.vault import Vault


class SyncPage(Page):
    key = "sync"
    # The organisation has been read and the page shows it (set-up or tabs).
    loaded = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.reads = OwnedReads(self)
        self._loading = False
        self._read = False
        self.org: Organisation | None = None
        self.own_fingerprint = ""
        self._device_id = ""
        self.dialog: QDialog | None = None
        self.tabs: QTabWidget | None = None
        self.exchange: ExchangePanel | None = None
        self.history: HistoryPanel | None = None
        self.conflicts: ConflictsPanel | None = None
        self.devices: DevicesPanel | None = None

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.org_label = QLabel(self)
        self.org_label.setObjectName("syncOrganisation")
        self.org_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.org_label.font()
        font.setBold(True)
        self.org_label.setFont(font)
        self.role_label = QLabel(self)
        self.role_label.setObjectName("syncRole")
        self.role_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint_caption = QLabel(self)
        self.fingerprint_caption.setObjectName("syncFingerprintCaption")
        self.fingerprint_label = QLabel(self)
        self.fingerprint_label.setObjectName("syncOwnFingerprint")
        self.fingerprint_label.setAccessibleName(self.tr("This vault's fingerprint"))
        self.fingerprint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint_label.setFont(fingerprint_font())
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.fingerprint_label.setToolTip(
            self.tr(
                "Read this to the other side over the phone: HQ checks it when your first "
                "bundle arrives."
            )
        )
        header.addWidget(self.org_label)
        header.addSpacing(12)
        header.addWidget(self.role_label)
        header.addStretch(1)
        header.addWidget(self.fingerprint_caption)
        header.addWidget(self.fingerprint_label)
        layout.addLayout(header)
        self.notice = QLabel(self)
        self.notice.setObjectName("syncNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.notice)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("syncStack")
        self.waiting = QLabel(self.tr("Reading the sync settings…"), self.stack)
        self.waiting.setObjectName("syncWaiting")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.waiting)
        self.setup_panel = SetupPanel(self.stack)
        self.setup_panel.join_requested.connect(self.ask_join)
        self.setup_panel.create_requested.connect(self.ask_create)
        self.stack.addWidget(self.setup_panel)
        layout.addWidget(self.stack, 1)

    def editing_controls(self) -> list[tuple[Control, StaffAction]]:
        controls: list[tuple[Control, StaffAction]] = [
            (self.setup_panel.join_button, StaffAction.ORGANISATION_SETTINGS),
            (self.setup_panel.create_button, StaffAction.ORGANISATION_SETTINGS),
        ]
        if self.exchange is not None:
            controls += [
                (self.exchange.import_button, StaffAction.IMPORT_BUNDLES),
                (self.exchange.export_button, StaffAction.EXPORT_BUNDLES),
            ]
        if self.conflicts is not None:
            controls += [
                (button, StaffAction.RESOLVE_CONFLICTS)
                for button in (
                    self.conflicts.take_local_button,
                    self.conflicts.take_incoming_button,
                    self.conflicts.resolve_button,
                )
            ]
        if self.devices is not None:
            controls += [
                (self.devices.assign_button, StaffAction.ASSIGN_PARTNERS),
                (self.devices.revoke_button, StaffAction.MANAGE_DEVICES),
            ]
        return controls

    def title(self) -> str:
        return self.tr("Sync")

    @property
    def is_loading(self) -> bool:
        return self._loading

    # --- loading ----------------------------------------------------------------------------

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        vault = self.vault
        if vault is None or vault.is_locked:
            return
        self._loading = True

        def work(_control: Any) -> tuple[Organisation | None, str, str]:
            with vault.session() as session:
                org = organisation(session)
            identity = ensure_device_identity(vault)
            return org, identity.fingerprint, identity.device_id

        def failed(message: str, exc: BaseException) -> None:
            self._loading = False
            self.notice.setText(failure_text(message, exc))

        # The first look makes this device's identity: a write, so it is queued on the
        # vault's writer (after an import, it waits for it).
        self.reads.queue_write("identity", vault, work, lambda result: self._show(*result), failed)

    def ready_for_dialogs(self) -> bool:
        """Whether the organisation is read and its panels built (``loaded`` says when)."""
        return self._read

    def _show(self, org: Organisation | None, fingerprint: str, device_id: str) -> None:
        if self.vault is None:
            return
        self._loading = False
        self._read = True
        self.org, self.own_fingerprint, self._device_id = org, fingerprint, device_id
        self.fingerprint_caption.setText(self.tr("This vault's fingerprint:"))
        self.fingerprint_label.setText(fingerprint)
        if org is None:
            self.org_label.setText(self.tr("No organisation yet"))
            self.role_label.clear()
            self.stack.setCurrentWidget(self.setup_panel)
            self.loaded.emit()
            return
        self.org_label.setText(self.tr("Organisation: {name}").format(name=org.name))
        self.role_label.setText(
            self.tr("This vault is HQ")
            if org.is_hq
            else self.tr("This vault is field device {id}").format(id=short_device(device_id))
        )
        if self.tabs is None:
            self._build_tabs(org, device_id)
        assert self.tabs is not None
        self.stack.setCurrentWidget(self.tabs)
        for panel in self._panels():
            panel.reload()
        self.loaded.emit()

    def _build_tabs(self, org: Organisation, device_id: str) -> None:
        vault = self.vault
        assert vault is not None
        self.tabs = QTabWidget(self.stack)
        self.tabs.setObjectName("syncTabs")
        self.tabs.setAccessibleName(self.tr("Sync"))
        self.exchange = ExchangePanel(
            vault, is_hq=org.is_hq, org_name=org.name, device_id=device_id, parent=self.tabs
        )
        self.history = HistoryPanel(vault, self.tabs)
        self.conflicts = ConflictsPanel(vault, self.tabs)
        self.tabs.addTab(self.exchange, self.tr("Send and receive"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        if org.is_hq:
            self.devices = DevicesPanel(vault, self.tabs)
            self.tabs.addTab(self.devices, self.tr("Devices"))
            # A device revoked there can no longer be sent a bundle here.
            self.devices.reloaded.connect(self.exchange.reload)
        for panel in self._panels():
            panel.status_message.connect(self.status_message)
        self.exchange.changed.connect(self._exchanged)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.stack.addWidget(self.tabs)
        # The panels' controls exist now: those the person's role does not allow stay off.
        self.exchange.permissions = self.permissions
        self.permissions.gate_all(self.editing_controls())

    def _panels(self) -> list[Any]:
        found: list[Any] = [self.exchange, self.history, self.conflicts, self.devices]
        return [panel for panel in found if panel is not None]

    def _exchanged(self) -> None:
        for panel in (self.history, self.conflicts, self.devices):
            if panel is not None:
                panel.reload()

    def _tab_changed(self, _index: int) -> None:
        # Devices revoked or enrolled on the Devices tab change who a bundle can go to.
        if self.tabs is not None and self.tabs.currentWidget() is self.exchange:
            assert self.exchange is not None
            self.exchange.reload()

    def show_tab(self, name: str) -> None:
        """Bring a tab forward: ``exchange``, ``history``, ``conflicts`` or ``devices``."""
        panel = getattr(self, name, None)
        if self.tabs is not None and panel is not None:
            self.tabs.setCurrentWidget(panel)

    # --- setting up -------------------------------------------------------------------------

    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog

        def finished(_result: int) -> None:
            if self.dialog is not dialog:
                return  # forgotten (a lock closed it)
            self.dialog = None
            self.refresh()

        dialog.finished.connect(finished)
        dialog.open()

    @opens_dialog
    def ask_join(self) -> JoinOrganisationDialog | None:
        if self.vault is None or self.dialog is not None:
            return None
        dialog = JoinOrganisationDialog(self.vault, self)
        dialog.accepted.connect(lambda: self._joined(dialog))
        self._open_dialog(dialog)
        return dialog

    def _joined(self, dialog: JoinOrganisationDialog) -> None:
        if dialog.joined is None:
            return
        self.notice.setText(
            self.tr(
                "Joined {name}. Read this vault's fingerprint (above) to HQ: HQ checks it when "
                "your first bundle arrives. Then send your first bundle."
            ).format(name=dialog.joined.name)
        )
        self.status_message.emit(self.tr("Joined {name}").format(name=dialog.joined.name))

    @opens_dialog
    def ask_create(self) -> CreateOrganisationDialog | None:
        if self.vault is None or self.dialog is not None:
            return None
        dialog = CreateOrganisationDialog(self.vault, self)
        self._open_dialog(dialog)
        return dialog

    # --- lock -------------------------------------------------------------------------------

    def forget(self) -> None:
        self.reads.drop()
        self._loading = False
        self._read = False
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            clear = getattr(dialog, "clear", None)
            if clear is not None:
                clear()
            dialog.close()
        for panel in self._panels():
            panel.forget()
        for label in (
            self.org_label,
            self.role_label,
            self.fingerprint_caption,
            self.fingerprint_label,
            self.notice,
        ):
            label.clear()
        self.org = None
        self.own_fingerprint = ""
        self.stack.setCurrentWidget(self.waiting)
        self.reads.forget()

    def vault_locked(self) -> None:
        super().vault_locked()
        for panel in self._panels():
            if hasattr(panel, "vault"):
                panel.vault = None
