"""Assessments → Two-way summary: how partners, together, assess the organisation.

Only the combination is shown (``domain.two_way``): the mean of each section across the
partners' latest final two-way assessments and how many answered, or that it is withheld
below the vault's anonymity threshold. No partner's name or answers appear. The threshold
is a vault setting, changed here through the vault's writer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.two_way import (
    MINIMUM_ANONYMITY_THRESHOLD,
    CombinedPart,
    CombinedTwoWay,
    combine_two_way,
    set_anonymity_threshold,
)
from fieldpartner.ui.common.numbers import format_number
from fieldpartner.ui.operations import OwnedReads, change
from fieldpartner.vault import Vault

MAXIMUM_THRESHOLD = 999


class TwoWaySummaryDialog(QDialog):
    """Section means across partners, withheld below the threshold; the threshold editable."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.combined: CombinedTwoWay | None = None
        self.reads = OwnedReads(self)
        self.setObjectName("twoWaySummaryDialog")
        self.setWindowTitle(self.tr("Two-way summary"))
        self.resize(620, 460)
        layout = QVBoxLayout(self)

        intro = QLabel(
            self.tr(
                "How partners, together, assess our organisation: the mean of each section "
                "across the partners' latest final two-way assessments. No partner's name or "
                "answers are shown."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.status_label = QLabel(self.tr("Reading…"), self)
        self.status_label.setObjectName("twoWayStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status_label)

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("twoWayTable")
        self.table.setAccessibleName(self.tr("Two-way summary by section"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Section"), self.tr("Mean"), self.tr("Answered")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)

        threshold_row = QHBoxLayout()
        self.threshold = QSpinBox(self)
        self.threshold.setObjectName("twoWayThreshold")
        self.threshold.setAccessibleName(self.tr("Partners needed before figures are shown"))
        self.threshold.setRange(MINIMUM_ANONYMITY_THRESHOLD, MAXIMUM_THRESHOLD)
        self.threshold.setEnabled(False)
        caption = QLabel(self.tr("&Partners needed before figures are shown:"), self)
        caption.setBuddy(self.threshold)
        threshold_row.addWidget(caption)
        threshold_row.addWidget(self.threshold)
        self.save_threshold = QPushButton(self.tr("Save threshold"), self)
        self.save_threshold.setObjectName("twoWaySaveThreshold")
        self.save_threshold.setAccessibleName(self.tr("Save the anonymity threshold"))
        self.save_threshold.setEnabled(False)
        self.save_threshold.clicked.connect(self._save_threshold)
        threshold_row.addWidget(self.save_threshold)
        threshold_row.addStretch(1)
        layout.addLayout(threshold_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("twoWayButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("twoWayClose")
        close.setAccessibleName(self.tr("Close the two-way summary"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.reload()

    def reload(self) -> None:
        """Read the combination again, off the interface thread."""
        vault = self._vault
        if vault.is_locked:
            return

        def work(_control: Any) -> CombinedTwoWay:
            with vault.session() as session:
                return combine_two_way(session)

        self.reads.run("two-way", work, self._show, self._failed, parent=self)

    def _show(self, combined: CombinedTwoWay) -> None:
        self.combined = combined
        minimum = combined.minimum
        if combined.withheld:
            self.status_label.setText(
                self.tr(
                    "Withheld: fewer than {minimum} partners answered ({count} did). "
                    "No figure is shown, so that no partner's answers can be read back."
                ).format(minimum=format_number(minimum), count=format_number(combined.partners))
            )
        else:
            self.status_label.setText(
                self.tr("Partners who answered: {count} (at least {minimum} needed).").format(
                    count=format_number(combined.partners), minimum=format_number(minimum)
                )
            )
        parts = [*combined.sections, combined.overall]
        self.table.setRowCount(len(parts))
        locale = QLocale()
        for row, part in enumerate(parts):
            title = self.tr("Overall") if part is combined.overall else part.title or part.id
            self._set(row, 0, title)
            self._set(row, 1, self._mean_text(part, minimum, locale))
            self._set(row, 2, locale.toString(part.partners), numeric=True)
        self.threshold.setValue(minimum)
        self.threshold.setEnabled(True)
        self.save_threshold.setEnabled(True)

    def _mean_text(self, part: CombinedPart, minimum: int, locale: QLocale) -> str:
        if part.mean is None:
            return self.tr("withheld: fewer than {minimum} partners answered").format(
                minimum=format_number(minimum)
            )
        return locale.toString(part.mean, "f", 2)

    def _set(self, row: int, column: int, text: str, *, numeric: bool = False) -> None:
        item = QTableWidgetItem(text)
        if numeric:
            item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, column, item)

    def _failed(self, message: str, _exc: BaseException) -> None:
        self.status_label.setText(self.tr("Could not read: {reason}").format(reason=message))

    def _save_threshold(self) -> None:
        value = self.threshold.value()
        self.save_threshold.setEnabled(False)
        change(
            self,
            self._vault,
            lambda session: set_anonymity_threshold(session, value),
            on_saved=lambda _value: self.reload(),
            on_failed=self._not_saved,
        )

    def _not_saved(self, message: str, _exc: BaseException) -> None:
        self.save_threshold.setEnabled(True)
        self.status_label.setText(self.tr("Not saved: {reason}").format(reason=message))

    def done(self, result: int) -> None:
        self.reads.drop()
        super().done(result)
