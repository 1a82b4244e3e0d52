"""HQ: choose the partners a field device is given (``sync.org.assign_partner``).

The partner list is searched in the database in the background and shows at most
``SHOWN_AT_MOST`` matches, so a vault of thousands of partners never stalls the window.
Partners already assigned are shown ticked; unticking one takes the assignment back
(``sync.org.unassign_partner``: HQ stops sending it, the device keeps the copy it has).
Ticks survive a change of search: the dialog keeps the partners to add and to take back,
not the rows on screen.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.partners import PartnerFilter, count_partners, list_partners
from fieldpartner.ui.common.numbers import format_number
from fieldpartner.ui.common.vocabulary import reader_language
from fieldpartner.ui.operations import OwnedReads
from fieldpartner.vault import Vault

SEARCH_DELAY_MS = 250
SHOWN_AT_MOST = 200


class PartnerChoice(NamedTuple):
    id: str
    name: str
    acronym: str
    country: str


def read_partner_choices(
    vault: Vault, text: str, limit: int = SHOWN_AT_MOST
) -> tuple[list[PartnerChoice], int]:
    """Partners matching ``text`` (name, acronym, region, country, tags), copied out of the
    session, and how many match in all. Runs in a worker thread."""
    flt = PartnerFilter(text=text, language=reader_language())
    with vault.session() as session:
        rows = [
            PartnerChoice(p.id, p.name, p.acronym, p.country)
            for p in list_partners(session, flt, limit=limit)
        ]
        total = count_partners(session, flt)
    return rows, total


class AssignPartnersDialog(QDialog):
    """Tick the partners to give a device; Save asks for ``added_ids`` and
    ``removed_ids``."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        vault: Vault,
        device_label: str,
        assigned: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self._assigned = set(assigned)
        self._added: set[str] = set()
        self._removed: set[str] = set()
        self._loading = False
        self.reads = OwnedReads(self)
        self.setObjectName("assignPartnersDialog")
        self.setWindowTitle(
            self.tr("Assign partners to device {device}").format(device=device_label)
        )
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)

        intro = QLabel(
            self.tr(
                "HQ's next bundle to this device will carry the ticked partners and their "
                "records. Send only what the device's user needs: a laptop can be lost or seized."
            ),
            self,
        )
        intro.setObjectName("assignIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.search = QLineEdit(self)
        self.search.setObjectName("assignSearch")
        self.search.setAccessibleName(self.tr("Search partners"))
        self.search.setPlaceholderText(self.tr("Search by name, acronym, region, country or tag"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)

        self.model = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setObjectName("assignList")
        self.list.setAccessibleName(self.tr("Partners to assign"))
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        layout.addWidget(self.list, 1)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("assignCount")
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("assignSummary")
        layout.addWidget(self.summary_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("assignButtons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setObjectName("assignSave")
        self.save_button.setAccessibleName(
            self.tr("Assign the ticked partners to the device and take back the unticked ones")
        )
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("assignCancel")
        cancel.setAccessibleName(self.tr("Close without assigning"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setObjectName("assignSearchDebounce")
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._timer.start)
        self.model.itemChanged.connect(self._item_changed)
        self._update_summary()
        self.resize(560, 520)
        self.apply_search()

    # --- reading ------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return self._loading

    def apply_search(self) -> None:
        """Read the partners matching the search box (in the background)."""
        self._timer.stop()
        vault = self._vault
        if vault is None or vault.is_locked:
            return
        text = self.search.text()
        self._loading = True
        self.count_label.setText(self.tr("Searching…"))

        def work(_control: Any) -> tuple[list[PartnerChoice], int]:
            return read_partner_choices(vault, text)

        self.reads.run("partners", work, self._show, self._failed)

    def _show(self, result: tuple[list[PartnerChoice], int]) -> None:
        if self._vault is None:
            return
        self._loading = False
        rows, total = result
        self.model.blockSignals(True)
        self.model.clear()
        for row in rows:
            self.model.appendRow(self._item(row))
        self.model.blockSignals(False)
        self.list.reset()
        if total > len(rows):
            self.count_label.setText(
                self.tr("Showing the first {shown} of {total} partners: refine the search.").format(
                    shown=format_number(len(rows)), total=format_number(total)
                )
            )
        else:
            self.count_label.setText(self.tr("%Ln partner(s) found", "", total))

    def _failed(self, message: str, _exc: BaseException) -> None:
        self._loading = False
        self.count_label.setText(message)

    def _item(self, row: PartnerChoice) -> QStandardItem:
        details = ", ".join(part for part in (row.acronym, row.country) if part)
        text = (
            self.tr("{name} ({details})").format(name=row.name, details=details)
            if details
            else row.name
        )
        item = QStandardItem(text)
        item.setData(row.id, self.ID_ROLE)
        item.setEditable(False)
        item.setCheckable(True)
        if row.id in self._assigned:
            ticked = row.id not in self._removed
            item.setToolTip(
                self.tr(
                    "Assigned. Untick to stop sending this partner to the device; the device "
                    "keeps the copy it already has."
                )
            )
        else:
            ticked = row.id in self._added
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        return item

    # --- choosing -----------------------------------------------------------------------

    def _item_changed(self, item: QStandardItem) -> None:
        partner_id = item.data(self.ID_ROLE)
        if not partner_id:
            return
        ticked = item.checkState() == Qt.CheckState.Checked
        if partner_id in self._assigned:
            if ticked:
                self._removed.discard(partner_id)
            else:
                self._removed.add(partner_id)
        elif ticked:
            self._added.add(partner_id)
        else:
            self._added.discard(partner_id)
        self._update_summary()

    def set_checked(self, partner_id: str, checked: bool) -> bool:
        """Tick or untick a listed partner, as a click on its box does (for tests and
        keyboard users' shortcuts); False when it is not listed or cannot change."""
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(self.ID_ROLE) == partner_id and item.isCheckable():
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return True
        return False

    def listed_ids(self) -> list[str]:
        return [self.model.item(row).data(self.ID_ROLE) for row in range(self.model.rowCount())]

    def added_ids(self) -> list[str]:
        return sorted(self._added)

    def removed_ids(self) -> list[str]:
        return sorted(self._removed)

    def _update_summary(self) -> None:
        self.summary_label.setText(
            self.tr("%Ln partner(s) already assigned", "", len(self._assigned))
            + " · "
            + self.tr("%Ln to add", "", len(self._added))
            + " · "
            + self.tr("%Ln to take back", "", len(self._removed))
        )
        self.save_button.setEnabled(bool(self._added or self._removed))

    # --- closing ------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)
        self.forget()

    def forget(self) -> None:
        """Drop every partner name shown (the choice has been read by now)."""
        self.reads.drop()
        self._vault = None
        self.model.clear()
        self.count_label.clear()
        self.search.blockSignals(True)
        self.search.setText("")
        self.search.blockSignals(False)
