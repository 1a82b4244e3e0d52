"""The list tabs of a partner's page: contacts, assessments, development plan, workshops
and history. Each reads through the domain services when the partner is shown, off the
interface thread (``OwnedReads``: a large partner's workshops took 155 ms to read), and
empties itself on ``forget``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.actions import actions_of_partner, add_action, is_overdue, today_in
from fieldpartner.domain.assessments import assessments_of, shown_title
from fieldpartner.domain.partners import (
    add_contact,
    contacts_of,
    delete_contact,
    edit_contact,
    get_contact,
    get_partner,
)
from fieldpartner.domain.revisions import history
from fieldpartner.domain.templates.store import find_template
from fieldpartner.domain.validation import ValidationError
from fieldpartner.domain.workshops import add_participant, get_workshop, workshops_of_partner
from fieldpartner.ui.assessment.labels import content_language, word_label
from fieldpartner.ui.common import vocabulary
from fieldpartner.ui.common.carry_over import opens_dialog
from fieldpartner.ui.common.dates import format_date, format_moment
from fieldpartner.ui.common.stale import StaleNotice, is_stale
from fieldpartner.ui.operations import OwnedReads, change
from fieldpartner.ui.partners.contact_dialog import ContactDialog
from fieldpartner.ui.plan.action_dialog import ActionDialog
from fieldpartner.ui.roles import as_button
from fieldpartner.ui.tables import natural_direction
from fieldpartner.ui.workshops.new_workshop_dialog import NewWorkshopDialog
from fieldpartner.vault import Vault

ID_ROLE = Qt.ItemDataRole.UserRole + 1
REV_ROLE = Qt.ItemDataRole.UserRole + 2  # the version of the record the row shows


class RecordListTab(QWidget):
    """A table of records of one partner; double-click opens one (``open_record``).

    The rows are read in the background; while they are, a greyed "Reading…" line shows under
    the table, which keeps the rows it had (of the same partner) until the new ones arrive.
    """

    open_record = Signal(str)
    status_message = Signal(str)

    def __init__(self, name: str, accessible: str, headers: list[str], parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName(f"{name}Tab")
        self.vault: Vault | None = None
        self.partner_id = ""
        self.reads = OwnedReads(self)
        self._select_after = ""
        self.layout_ = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName(f"{name}List")
        self.tree.setAccessibleName(accessible)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(headers)
        self.tree.itemActivated.connect(self._activated)
        natural_direction(self.tree)
        self.layout_.addWidget(self.tree, 1)
        self.loading = QLabel(self.tr("Reading…"), self)
        self.loading.setObjectName(f"{name}Loading")
        self.loading.setEnabled(False)  # a light, greyed note
        self.loading.hide()
        self.layout_.addWidget(self.loading)

    @property
    def is_loading(self) -> bool:
        """Rows are being read (the table still shows the previous ones, if any)."""
        return self.reads.current("rows") is not None

    def load(self, vault: Vault, partner_id: str, *, read: bool = True) -> None:
        """Show ``partner_id``'s records; with ``read=False`` only empty the table, for
        a tab that is not in front (it reads when shown: see ``PartnerPage``)."""
        self.vault = vault
        if partner_id != self.partner_id:
            self.reads.drop("rows")  # another partner's rows must not arrive here
            self._show_loading(False)
            self.tree.clear()
        self.partner_id = partner_id
        if read:
            self.reload()
        else:
            self.tree.clear()

    def reload(self, select: str = "") -> None:
        """Read the rows again in the background; once shown, make ``select`` current."""
        if self.vault is None or self.vault.is_locked or not self.partner_id:
            self.reads.drop("rows")
            self._show_loading(False)
            self.tree.clear()
            return
        vault, partner_id, read = self.vault, self.partner_id, self.read
        self._select_after = select

        def work(_control: object) -> list[Any]:
            with vault.session() as session:
                return read(session, partner_id)

        self._show_loading(True)
        self.reads.run("rows", work, self._rows_arrived, self._read_failed)

    def _show_loading(self, loading: bool) -> None:
        self.loading.setVisible(loading)

    def _rows_arrived(self, rows: list[Any]) -> None:
        self._show_loading(False)
        self.tree.clear()
        for row in rows:
            item = QTreeWidgetItem(self.tree, row[1])
            item.setData(0, ID_ROLE, row[0])
            item.setData(0, REV_ROLE, row[2] if len(row) > 2 else None)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        select, self._select_after = self._select_after, ""
        if select:
            self.select(select)

    def _read_failed(self, message: str, _exc: BaseException) -> None:
        self._show_loading(False)
        self.tree.clear()
        self.status_message.emit(self.tr("Could not read: {reason}").format(reason=message))

    def read(self, session: Any, partner_id: str) -> list[Any]:
        """Runs in a worker thread: the rows of ``partner_id`` (id, column texts, and the
        record's revision where a change is made from the row)."""
        raise NotImplementedError

    def select(self, record_id: str) -> None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(0, ID_ROLE) == record_id:
                self.tree.setCurrentItem(item)
                return

    def current_id(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else ""

    def current_rev(self) -> str | None:
        """The revision of the current row's record as listed (None when not read)."""
        item = self.tree.currentItem()
        rev = item.data(0, REV_ROLE) if item is not None else None
        return str(rev) if rev else None

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        record_id = item.data(0, ID_ROLE)
        if record_id:
            self.open_record.emit(str(record_id))

    def forget(self) -> None:
        self.reads.forget()  # drops what is being read, waits for it (before the lock)
        self._show_loading(False)
        self._select_after = ""
        self.tree.clear()
        self.vault = None
        self.partner_id = ""


def make_button(parent: QWidget, text: str, name: str, accessible: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    return button


class ContactsTab(RecordListTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "contacts",
            self.tr("Contacts"),
            [self.tr("Name"), self.tr("Role"), self.tr("Channels")],
            parent,
        )
        buttons = QHBoxLayout()
        self.add_button = make_button(
            self, self.tr("&Add contact…"), "addContact", self.tr("Add contact")
        )
        self.edit_button = make_button(
            self, self.tr("&Edit…"), "editContact", self.tr("Edit contact")
        )
        self.delete_button = make_button(
            self, self.tr("&Delete…"), "deleteContact", self.tr("Delete contact")
        )
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        # A double-click edits as the Edit button would (not for a role that may not).
        self.open_record.connect(as_button(self.edit_button, self.edit))
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        # A deletion refused: the contact changed since it was listed.
        self.stale = StaleNotice(self)
        self.stale.setObjectName("contactsStale")
        self.layout_.addWidget(self.stale)
        self.dialog: ContactDialog | None = None
        self._confirm: QMessageBox | None = None

    def read(self, session: Any, partner_id: str) -> list[Any]:
        partner = get_partner(session, partner_id)
        return [
            (
                c.id,
                [c.name, c.role, "; ".join(f"{ch['kind']}: {ch['value']}" for ch in c.channels)],
                c.rev,
            )
            for c in contacts_of(session, partner)
        ]

    def _read_contact(self, contact_id: str, base: dict[str, str]) -> dict[str, Any]:
        """The contact's values, and in ``base`` the revision they are of (the version
        the dialog's save is based on)."""
        assert self.vault is not None
        with self.vault.session() as session:
            contact = get_contact(session, contact_id)
            base["rev"] = contact.rev
            return {
                "name": contact.name,
                "role": contact.role,
                "channels": list(contact.channels),
                "notes": contact.notes,
            }

    @opens_dialog
    def _open_dialog(self, contact_id: str) -> None:
        assert self.vault is not None
        base = {"rev": ""}
        values = self._read_contact(contact_id, base) if contact_id else None
        dialog = ContactDialog(
            lambda v, finished: self._save(contact_id, v, finished, base), self, values
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _save(
        self,
        contact_id: str,
        values: dict[str, Any],
        finished: Callable[[list[tuple[str, str]]], None],
        base: dict[str, str],
    ) -> None:
        if self.vault is None or self.vault.is_locked:
            finished([("vault", self.tr("the vault is locked"))])
            return
        partner_id = self.partner_id
        based_on = base["rev"]

        def edit(session: Any) -> None:
            if contact_id:
                contact = get_contact(session, contact_id)
                edit_contact(session, contact, based_on=based_on, **values)
                base["rev"] = contact.rev
            else:
                add_contact(session, get_partner(session, partner_id), **values)

        def tell(problems: list[tuple[str, str]]) -> None:
            if self.dialog is not None:  # not closed meanwhile (by a lock)
                finished(problems)

        def saved(_none: None) -> None:
            tell([])
            self.reload()
            self.status_message.emit(self.tr("Contact saved"))

        def failed(message: str, exc: BaseException) -> None:
            if is_stale(exc) and self.dialog is not None:
                self.dialog.show_stale(message, lambda: self._read_contact(contact_id, base))
            elif isinstance(exc, ValidationError):
                tell(exc.problems)
            else:
                tell([("", self.tr("Not saved: {reason}").format(reason=message))])

        change(self, self.vault, edit, on_saved=saved, on_failed=failed)

    def add(self) -> None:
        if self.vault is not None and self.partner_id:
            self._open_dialog("")

    def edit(self) -> None:
        if self.vault is not None and self.current_id():
            self._open_dialog(self.current_id())

    def delete(self) -> None:
        contact_id = self.current_id()
        if self.vault is None or not contact_id:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete contact"),
            self.tr("Delete this contact? Its history stays in the vault."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmDeleteContact")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        based_on = self.current_rev()  # the contact as listed: a change since refuses it
        box.finished.connect(lambda result: self._delete_answered(contact_id, result, based_on))
        self._confirm = box
        box.open()

    def _delete_answered(self, contact_id: str, result: int, based_on: str | None) -> None:
        self._confirm = None
        if result != QMessageBox.StandardButton.Yes or self.vault is None or self.vault.is_locked:
            return

        def failed(message: str, exc: BaseException) -> None:
            self.status_message.emit(self.tr("Not deleted: {reason}").format(reason=message))
            if is_stale(exc):
                self.stale.show_conflict(message, lambda: self.reload(select=contact_id))

        change(
            self,
            self.vault,
            lambda session: delete_contact(
                session, get_contact(session, contact_id), based_on=based_on
            ),
            on_saved=lambda _none: self.reload(),
            on_failed=failed,
        )

    def load(self, vault: Vault, partner_id: str, *, read: bool = True) -> None:
        if partner_id != self.partner_id:
            self.stale.clear()
        super().load(vault, partner_id, read=read)

    def forget(self) -> None:
        self.stale.clear()
        if self.dialog is not None:
            self.dialog.forget()
            self.dialog.reject()
        if self._confirm is not None:
            self._confirm.reject()
        super().forget()


def add_buttons(tab: RecordListTab, *buttons: QPushButton) -> None:
    """A row of buttons above the tab's table, at its leading side."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    tab.layout_.insertLayout(0, row)


class AssessmentsTab(RecordListTab):
    # The partner's page opens the New assessment dialog of the Assessments page.
    start_new = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "assessments",
            self.tr("Assessments of this partner"),
            [self.tr("Title"), self.tr("Date"), self.tr("Status"), self.tr("Rating")],
            parent,
        )
        self.tree.setToolTip(self.tr("Double-click an assessment to open it"))
        self.new_button = make_button(
            self,
            self.tr("&New assessment…"),
            "partnerNewAssessment",
            self.tr("Start a new assessment of this partner"),
        )
        self.new_button.clicked.connect(self.start_new)
        add_buttons(self, self.new_button)

    def read(self, session: Any, partner_id: str) -> list[tuple[str, list[str]]]:
        names = vocabulary.labels()
        partner = get_partner(session, partner_id)
        rows = []
        language = content_language()
        for a in reversed(assessments_of(session, partner)):
            template = find_template(session, a.template_key, a.template_version)
            template_title = template.body.get("title") if template is not None else None
            rating = (a.results or {}).get("rating") or (a.results or {}).get("level") or ""
            rows.append(
                (
                    a.id,
                    [
                        shown_title(a.title, template_title, language),
                        format_date(a.assessed_on),
                        names.get(a.status, a.status),
                        names.get(rating) or word_label(rating),
                    ],
                )
            )
        return rows


class StartingTab(RecordListTab):
    """A record list with one button that starts a new record for the partner: a dialog,
    then a change queued on the vault's writer, then the list read again."""

    def __init__(
        self, name: str, accessible: str, headers: list[str], parent: QWidget | None
    ) -> None:
        super().__init__(name, accessible, headers, parent)
        self._dialog: QDialog | None = None

    def _ask(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(accepted)
        dialog.destroyed.connect(lambda: setattr(self, "_dialog", None))
        self._dialog = dialog
        dialog.open()

    def _write(self, edit: Callable[[Any, str], object], done: str) -> None:
        """Queue ``edit(session, partner_id)``; say ``done`` and list again once saved."""
        if self.vault is None or self.vault.is_locked or not self.partner_id:
            return
        partner_id = self.partner_id

        def saved(_result: object) -> None:
            self.status_message.emit(done)
            if self.partner_id == partner_id:
                self.reload()

        change(
            self,
            self.vault,
            lambda session: edit(session, partner_id),
            on_saved=saved,
            on_failed=lambda message, _exc: self.status_message.emit(
                self.tr("Not saved: {reason}").format(reason=message)
            ),
        )

    def forget(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
        super().forget()


class PlanTab(StartingTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "plan",
            self.tr("Development plan actions"),
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status")],
            parent,
        )
        self.new_button = make_button(
            self,
            self.tr("&New action…"),
            "partnerNewAction",
            self.tr("Add an action to this partner's development plan"),
        )
        self.new_button.clicked.connect(self.new_action)
        add_buttons(self, self.new_button)

    @opens_dialog
    def new_action(self) -> None:
        """The action dialog; on OK the action is added to this partner's plan."""
        if self.vault is None or self.vault.is_locked or not self.partner_id:
            return
        dialog = ActionDialog(self, today=self.vault.clock.now().date())
        self._ask(dialog, lambda: self.add_action(dialog.values()))

    def add_action(self, values: dict[str, Any]) -> None:
        self._write(
            lambda session, partner_id: add_action(
                session, partner=get_partner(session, partner_id), **values
            ),
            self.tr("Action added to the plan"),
        )

    def read(self, session: Any, partner_id: str) -> list[tuple[str, list[str]]]:
        names = vocabulary.labels()
        partner = get_partner(session, partner_id)
        today = today_in(session)
        rows = []
        for action in actions_of_partner(session, partner):
            status = names.get(action.status, action.status)
            if is_overdue(action, today):
                status = self.tr("{status} (overdue)").format(status=status)
            rows.append(
                (action.id, [action.title, action.owner, format_date(action.due_date), status])
            )
        return rows


class WorkshopsTab(StartingTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "workshops",
            self.tr("Workshops this partner took part in"),
            [self.tr("Workshop"), self.tr("Topic"), self.tr("Dates"), self.tr("Place")],
            parent,
        )
        self.new_button = make_button(
            self,
            self.tr("&New workshop…"),
            "partnerNewWorkshop",
            self.tr("Create a workshop this partner takes part in"),
        )
        self.new_button.clicked.connect(self.new_workshop)
        add_buttons(self, self.new_button)

    @opens_dialog
    def new_workshop(self) -> None:
        """The new workshop dialog; the workshop is made with this partner taking part."""
        if self.vault is None or self.vault.is_locked or not self.partner_id:
            return
        dialog = NewWorkshopDialog(self.vault, self)
        self._ask(dialog, lambda: self._take_part(dialog.workshop_id))

    def _take_part(self, workshop_id: str) -> None:
        if workshop_id:
            self._write(
                lambda session, partner_id: add_participant(
                    session,
                    get_workshop(session, workshop_id),
                    partner=get_partner(session, partner_id),
                ),
                self.tr("Workshop created with this partner taking part"),
            )

    def read(self, session: Any, partner_id: str) -> list[tuple[str, list[str]]]:
        partner = get_partner(session, partner_id)
        rows = []
        for w in workshops_of_partner(session, partner):
            dates = format_date(w.start_date)
            if w.end_date and w.end_date != w.start_date:
                dates = self.tr("{start} – {end}").format(start=dates, end=format_date(w.end_date))
            rows.append((w.id, [w.title, w.topic, dates, w.place]))
        return rows


class HistoryTab(RecordListTab):
    """Every revision of the partner: when, who, from which device, which fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "history",
            self.tr("History of this partner"),
            [self.tr("When"), self.tr("Who"), self.tr("Device"), self.tr("Changed")],
            parent,
        )
        self._device_id = ""

    def load(self, vault: Vault, partner_id: str, *, read: bool = True) -> None:
        self._device_id = vault.device_id  # read here, not by the worker thread
        super().load(vault, partner_id, read=read)

    def read(self, session: Any, partner_id: str) -> list[tuple[str, list[str]]]:
        this_device = self._device_id
        rows = []
        for revision in reversed(history(session, partner_id)):
            if revision.generation == 1 and not revision.parents:
                changed = self.tr("Created")
            elif revision.deleted:
                changed = self.tr("Deleted")
            else:
                changed = ", ".join(f.replace("_", " ") for f in revision.changed_fields)
            device = (
                self.tr("this device")
                if revision.device_id == this_device
                else revision.device_id[:8]
            )
            rows.append(
                (
                    revision.rev,
                    [format_moment(revision.changed_at), revision.author, device, changed],
                )
            )
        return rows
