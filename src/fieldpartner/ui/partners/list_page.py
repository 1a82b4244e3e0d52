"""The list of partners: instant search and filters in the database, sorting by column
header (in the database too), lazy loading, add a partner, open a partner."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.partners import NO_RATING, PartnerFilter
from fieldpartner.domain.staff import Action as StaffAction
from fieldpartner.ui.common import vocabulary
from fieldpartner.ui.common.carry_over import opens_dialog
from fieldpartner.ui.page import Page
from fieldpartner.ui.partners.add_partner_dialog import AddPartnerDialog
from fieldpartner.ui.partners.partner_model import PartnerTableModel
from fieldpartner.ui.roles import Control
from fieldpartner.ui.tables import record_table
from fieldpartner.vault import Vault

SEARCH_DELAY_MS = 250


class PartnerListPage(Page):
    key = "partners"

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        # Given the vault when first shown: nothing is read while the window is built.
        self.model = PartnerTableModel(None, self)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("partnerSearch")
        self.search.setAccessibleName(self.tr("Search partners"))
        self.search.setPlaceholderText(self.tr("Search by name, acronym, region, country or tag"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setObjectName("searchDebounce")
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        top.addWidget(self.search, 1)
        self.add_button = QPushButton(self.tr("&Add partner…"), self)
        self.add_button.setObjectName("addPartner")
        self.add_button.setAccessibleName(self.tr("Add partner"))
        self.add_button.clicked.connect(self.add_partner)
        top.addWidget(self.add_button)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self.type_filter = self._filter_combo("typeFilter", self.tr("Filter by type"))
        vocabulary.fill_choices(self.type_filter, "type", any_label=self.tr("Any type"))
        self.phase_filter = self._filter_combo("phaseFilter", self.tr("Filter by phase"))
        vocabulary.fill_choices(self.phase_filter, "phase", any_label=self.tr("Any phase"))
        self.category_filter = self._filter_combo(
            "categoryFilter", self.tr("Filter by partnership category")
        )
        vocabulary.fill_choices(self.category_filter, "category", any_label=self.tr("Any category"))
        self.country_filter = self._filter_combo("countryFilter", self.tr("Filter by country"))
        vocabulary.fill_countries(self.country_filter, any_label=self.tr("Any country"))
        # As wide as a usual country name, not the longest, so the row fits a laptop screen.
        self.country_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.country_filter.setMinimumContentsLength(18)
        self.rating_filter = self._filter_combo(
            "ratingFilter", self.tr("Filter by last risk rating")
        )
        vocabulary.fill_choices(self.rating_filter, "rating", any_label=self.tr("Any rating"))
        self.rating_filter.addItem(self.tr("Not rated"), NO_RATING)
        for combo in (
            self.type_filter,
            self.phase_filter,
            self.category_filter,
            self.country_filter,
            self.rating_filter,
        ):
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self._apply_filters)
        self.overdue_filter = QCheckBox(self.tr("Overdue actions"), self)
        self.overdue_filter.setObjectName("overdueFilter")
        self.overdue_filter.setAccessibleName(self.tr("Only partners with overdue actions"))
        self.overdue_filter.toggled.connect(self._apply_filters)
        filters.addWidget(self.overdue_filter)
        filters.addStretch(1)
        layout.addLayout(filters)

        # In an empty vault, where to start (it goes with the first partner).
        self.first_run_hint = QLabel(
            self.tr(
                "This vault has no partners yet. Start with Add partner…; Help → Guide "
                "explains the first steps, from a partner to its assessment and plan."
            ),
            self,
        )
        self.first_run_hint.setObjectName("firstRunHint")
        self.first_run_hint.setWordWrap(True)
        self.first_run_hint.setFrameShape(QFrame.Shape.StyledPanel)
        self.first_run_hint.setMargin(8)
        self.first_run_hint.hide()
        layout.addWidget(self.first_run_hint)
        self.model.modelReset.connect(self._update_hint)
        self.model.rowsInserted.connect(self._update_hint)

        self.table = record_table(
            self,
            "partnerTable",
            self.tr("Partners"),
            self.model,
            (250, 70, 64, 160, 100, 130, 90, 70, 90),
        )
        header = self.table.horizontalHeader()
        # Clicking a header asks the model to sort, which reads again from the database.
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._open_partner)
        layout.addWidget(self.table, 1)

    def _filter_combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def editing_controls(self) -> list[tuple[Control, StaffAction]]:
        return [(self.add_button, StaffAction.EDIT_RECORDS)]

    def title(self) -> str:
        return self.tr("Partners")

    def activated(self) -> None:
        # A partner may have been added or edited on its page.
        if self.vault is None or self.vault.is_locked:
            return
        if self.model.vault is None:
            self.model.set_vault(self.vault)
        else:
            self.model.reload()

    def _update_hint(self) -> None:
        empty = (
            self.vault is not None
            and not self.model.is_loading
            and self.model.total_count == 0
            and self.current_filter() == PartnerFilter(language=vocabulary.reader_language())
        )
        self.first_run_hint.setVisible(empty)

    def current_filter(self) -> PartnerFilter:
        return PartnerFilter(
            text=self.search.text(),
            type=self.type_filter.currentData() or "",
            phase=self.phase_filter.currentData() or "",
            category=self.category_filter.currentData() or "",
            country=self.country_filter.currentData() or "",
            rating=self.rating_filter.currentData() or "",
            overdue=self.overdue_filter.isChecked(),
            language=vocabulary.reader_language(),
        )

    def _apply_search(self) -> None:
        if self.vault is not None and not self.vault.is_locked:
            self.model.set_filter(self.search.text())

    def _apply_filters(self) -> None:
        if self.vault is not None and not self.vault.is_locked:
            self.model.set_partner_filter(self.current_filter())

    @opens_dialog
    def add_partner(self) -> None:
        if self.vault is None or self.vault.is_locked:
            return
        dialog = AddPartnerDialog(self.vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._partner_added(dialog, result))
        dialog.open()

    def _partner_added(self, dialog: AddPartnerDialog, result: int) -> None:
        if result == QDialog.DialogCode.Accepted and dialog.partner_id:
            self.model.reload()
            self.navigate.emit("partner", dialog.partner_id)

    def _open_partner(self, index: QModelIndex) -> None:
        partner_id = self.model.partner_id(index.row())
        if partner_id:
            self.navigate.emit("partner", partner_id)

    def forget(self) -> None:
        self._search_timer.stop()
        self.search.blockSignals(True)
        self.search.setText("")  # unlike clear(), also empties the undo history
        self.search.blockSignals(False)
        for combo in (
            self.type_filter,
            self.phase_filter,
            self.category_filter,
            self.country_filter,
            self.rating_filter,
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.overdue_filter.blockSignals(True)
        self.overdue_filter.setChecked(False)
        self.overdue_filter.blockSignals(False)
        self.table.clearSelection()
        self.model.clear()
