"""Conflicting edits found by merges, and settling them field by field.

A conflict is a field two replicas changed differently (DESIGN.md "Sync by bundles",
merge). The list comes from ``sync.conflicts.list_conflicts``; selecting one shows, for each
conflicting field, this vault's value, the incoming one and a choice: keep local, take
incoming, or edit. ``sync.conflicts.resolve_conflict`` holds the settled record to the rule
book (``domain.rules``), as an edit in the application would be, and makes the revision
that settles the conflict; a refused value changes nothing.
Reads and the resolution run in the background.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken
from sqlalchemy import select

from fieldpartner.domain.models import RecordRevision
from fieldpartner.domain.rules import COLUMNS
from fieldpartner.sync import list_conflicts, resolve_conflict
from fieldpartner.sync.conflicts import ConflictField, count_conflicts, latest_resolved
from fieldpartner.sync.org import organisation
from fieldpartner.ui.partners import vocabulary
from fieldpartner.ui.plan.colours import done_colour, overdue_colour
from fieldpartner.ui.plan.labels import format_date
from fieldpartner.ui.plan.reads import PendingReads
from fieldpartner.ui.sync.devices_panel import fixed_font
from fieldpartner.ui.sync.labels import failure_text, format_time, short_device
from fieldpartner.ui.tables import HeadedTableModel, record_table
from fieldpartner.ui.worker import TaskControl, run_in_background
from fieldpartner.vault import Vault

AnyIndex = QModelIndex | QPersistentModelIndex

LOCAL, INCOMING, EDIT = "local", "incoming", "edit"
# Column types (domain.rules) whose value travels as text; the others as JSON.
TEXT_KINDS = ("text", "date", "datetime", "decimal")
# Text fields that hold a vocabulary value (``national_ngo``) rather than free text.
VOCABULARY_FIELDS = frozenset(
    {"type", "phase", "category", "modality", "sensitivity", "status", "rating"}
)
SHOWN_CHARACTERS = 400
RESOLVED_SHOWN = 500


# --- what is read -----------------------------------------------------------------------


@dataclass(frozen=True)
class ConflictRow:
    """One conflict as the panel shows it: the stored entry and who made each side."""

    id: str
    kind: str
    record_id: str
    label: str
    fields: tuple[ConflictField, ...]
    status: str
    resolution: str
    found_at: str
    resolved_at: str
    local_device: str
    incoming_device: str
    local_author: str
    incoming_author: str

    @property
    def is_open(self) -> bool:
        return self.status == "open"


@dataclass(frozen=True)
class ConflictList:
    rows: list[ConflictRow]
    this_device: str
    hq_device: str
    resolved_total: int = 0  # resolved conflicts in the vault, of which the latest are listed
    resolved_shown: int = 0


def read_conflicts(vault: Vault, include_resolved: bool) -> ConflictList:
    """Runs in a worker thread: the conflicts and the devices and authors of both sides."""
    entries = list_conflicts(vault)
    resolved_total = 0
    if include_resolved:
        # Every open conflict, and the latest resolved ones: resolved conflicts stay in
        # the vault for the record and are many on a long-running HQ.
        resolved = latest_resolved(vault, RESOLVED_SHOWN)
        resolved_total = count_conflicts(vault, include_resolved=True) - len(entries)
        entries = sorted([*entries, *resolved], key=lambda c: (c.found_at, c.id))
    rows = []
    with vault.session() as session:
        org = organisation(session)
        # Who made each side, read in one query per page of records (not one per conflict).
        sides: dict[tuple[str, str], tuple[str, str]] = {}
        ids = sorted({entry.record_id for entry in entries})
        for start in range(0, len(ids), 500):
            for record_id, rev, device, author in session.execute(
                select(
                    RecordRevision.record_id,
                    RecordRevision.rev,
                    RecordRevision.device_id,
                    RecordRevision.author,
                ).where(RecordRevision.record_id.in_(ids[start : start + 500]))
            ):
                sides[(record_id, rev)] = (device, author)
        for entry in entries:
            local = sides.get((entry.record_id, entry.local_rev), ("", ""))
            incoming = sides.get((entry.record_id, entry.incoming_rev), ("", ""))
            rows.append(
                ConflictRow(
                    id=entry.id,
                    kind=entry.kind,
                    record_id=entry.record_id,
                    label=entry.label,
                    fields=entry.fields,
                    status=entry.status,
                    resolution=entry.resolution,
                    found_at=entry.found_at,
                    resolved_at=entry.resolved_at,
                    local_device=local[0],
                    incoming_device=incoming[0],
                    local_author=local[1],
                    incoming_author=incoming[1],
                )
            )
    return ConflictList(
        rows,
        vault.device_id,
        org.hq.device_id if org is not None else "",
        resolved_total,
        sum(1 for row in rows if not row.is_open),
    )


# --- showing values ---------------------------------------------------------------------


def kind_labels() -> dict[str, str]:
    return {
        "partner": QCoreApplication.translate("ConflictsPanel", "Partner"),
        "contact": QCoreApplication.translate("ConflictsPanel", "Contact"),
        "project": QCoreApplication.translate("ConflictsPanel", "Project"),
        "scheduled_report": QCoreApplication.translate("ConflictsPanel", "Scheduled report"),
        "template": QCoreApplication.translate("ConflictsPanel", "Template"),
        "assessment": QCoreApplication.translate("ConflictsPanel", "Assessment"),
        "answer": QCoreApplication.translate("ConflictsPanel", "Answer"),
        "action": QCoreApplication.translate("ConflictsPanel", "Action"),
        "workshop": QCoreApplication.translate("ConflictsPanel", "Workshop"),
        "workshop_participant": QCoreApplication.translate(
            "ConflictsPanel", "Workshop participant"
        ),
        "attachment": QCoreApplication.translate("ConflictsPanel", "Attachment"),
    }


def field_labels() -> dict[str, str]:
    """Every synchronised field (``domain.rules.COLUMNS``) by the name people know it by.

    Each call is spelled out in full so that pyside6-lupdate finds the strings. Where another
    screen labels the same field (the partner profile, the assessment and workshop forms), the
    words are the same.
    """
    return {
        "acronym": QCoreApplication.translate("RecordFields", "Acronym"),
        "affiliations": QCoreApplication.translate("RecordFields", "Affiliations"),
        "agreement_signed": QCoreApplication.translate("RecordFields", "Agreement signed"),
        "amount": QCoreApplication.translate("RecordFields", "Amount"),
        "answered_by": QCoreApplication.translate("RecordFields", "Answered by"),
        "approved_by": QCoreApplication.translate("RecordFields", "Approved by"),
        "assessed_on": QCoreApplication.translate("RecordFields", "Date of the assessment"),
        "assessment_id": QCoreApplication.translate("RecordFields", "Assessment"),
        "assessment_kind": QCoreApplication.translate("RecordFields", "Assessment kind"),
        "assessors": QCoreApplication.translate("RecordFields", "Assessors"),
        "back_donor": QCoreApplication.translate("RecordFields", "Back donor"),
        "body": QCoreApplication.translate("RecordFields", "Template content"),
        "call": QCoreApplication.translate("RecordFields", "Call type"),
        "category": QCoreApplication.translate("RecordFields", "Partnership category"),
        "channels": QCoreApplication.translate("RecordFields", "Channels"),
        "co_design_input": QCoreApplication.translate("RecordFields", "Co-design input"),
        "completed_on": QCoreApplication.translate("RecordFields", "Completed on"),
        "conditions": QCoreApplication.translate("RecordFields", "Conditions"),
        "country": QCoreApplication.translate("RecordFields", "Country"),
        "created_at": QCoreApplication.translate("RecordFields", "Created"),
        "currency": QCoreApplication.translate("RecordFields", "Currency"),
        "decision": QCoreApplication.translate("RecordFields", "Decision"),
        "description": QCoreApplication.translate("RecordFields", "Description"),
        "done_date": QCoreApplication.translate("RecordFields", "Date done"),
        "due_date": QCoreApplication.translate("RecordFields", "Due date"),
        "due_diligence_tier": QCoreApplication.translate("RecordFields", "Due-diligence tier"),
        "end_date": QCoreApplication.translate("RecordFields", "End date"),
        "evidence_note": QCoreApplication.translate("RecordFields", "Evidence note"),
        "exit_criteria": QCoreApplication.translate("RecordFields", "Exit criteria"),
        "facilitators": QCoreApplication.translate("RecordFields", "Facilitators"),
        "filename": QCoreApplication.translate("RecordFields", "File name"),
        "finalised_at": QCoreApplication.translate("RecordFields", "Finalised"),
        "governance": QCoreApplication.translate("RecordFields", "Governance"),
        "history": QCoreApplication.translate("RecordFields", "History"),
        "item_id": QCoreApplication.translate("RecordFields", "Question"),
        "local_anchoring": QCoreApplication.translate("RecordFields", "Local anchoring"),
        "mandate": QCoreApplication.translate("RecordFields", "Mandate"),
        "media_type": QCoreApplication.translate("RecordFields", "File type"),
        "modality": QCoreApplication.translate("RecordFields", "Modality"),
        "name": QCoreApplication.translate("RecordFields", "Name"),
        "not_applicable": QCoreApplication.translate("RecordFields", "Not applicable"),
        "notes": QCoreApplication.translate("RecordFields", "Notes"),
        "organisation": QCoreApplication.translate("RecordFields", "Organisation"),
        "origin": QCoreApplication.translate("RecordFields", "Template origin"),
        "owner": QCoreApplication.translate("RecordFields", "Owner"),
        "participants": QCoreApplication.translate("RecordFields", "Participants"),
        "partner_id": QCoreApplication.translate("RecordFields", "Partner"),
        "phase": QCoreApplication.translate("RecordFields", "Phase"),
        "place": QCoreApplication.translate("RecordFields", "Place"),
        "project_id": QCoreApplication.translate("RecordFields", "Project"),
        "recommended_decision": QCoreApplication.translate("RecordFields", "Recommended decision"),
        "region": QCoreApplication.translate("RecordFields", "Region"),
        "relationship_owner": QCoreApplication.translate("RecordFields", "Relationship owner"),
        "respondent": QCoreApplication.translate("RecordFields", "Who answers"),
        "results": QCoreApplication.translate("RecordFields", "Results"),
        "review_notes": QCoreApplication.translate("RecordFields", "Review notes"),
        "reviews_workshop_id": QCoreApplication.translate("RecordFields", "Workshop reviewed"),
        "role": QCoreApplication.translate("RecordFields", "Role"),
        "schedule_kind": QCoreApplication.translate("RecordFields", "Report kind"),
        "sensitivity": QCoreApplication.translate("RecordFields", "Sensitivity"),
        "sha256": QCoreApplication.translate("RecordFields", "File fingerprint (SHA-256)"),
        "size": QCoreApplication.translate("RecordFields", "File size"),
        "source": QCoreApplication.translate("RecordFields", "Source"),
        "start_date": QCoreApplication.translate("RecordFields", "Start date"),
        "status": QCoreApplication.translate("RecordFields", "Status"),
        "tags": QCoreApplication.translate("RecordFields", "Tags"),
        "template_key": QCoreApplication.translate("RecordFields", "Template"),
        "template_version": QCoreApplication.translate("RecordFields", "Template version"),
        "termination_reason": QCoreApplication.translate("RecordFields", "Reason for termination"),
        "tier": QCoreApplication.translate("RecordFields", "Tier"),
        "title": QCoreApplication.translate("RecordFields", "Title"),
        "topic": QCoreApplication.translate("RecordFields", "Topic"),
        "type": QCoreApplication.translate("RecordFields", "Type"),
        "value": QCoreApplication.translate("RecordFields", "Answer"),
        "version": QCoreApplication.translate("RecordFields", "Version"),
        "workshop_id": QCoreApplication.translate("RecordFields", "Workshop"),
    }


def field_label(name: str) -> str:
    """A field's name for people (``local_anchoring`` → "Local anchoring"); a field this
    version does not know (from a newer bundle) is shown as its name made readable."""
    label = field_labels().get(name)
    if label is not None:
        return label
    return name.replace("_", " ").strip().capitalize()


def field_kind(kind: str, name: str) -> str:
    column = COLUMNS.get(kind, {}).get(name)
    return column.type if column is not None else "any"


def _compact_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "), sort_keys=True)


def display_value(kind: str, name: str, value: Any) -> str:
    """A stored value as a person reads it: dates and numbers in the user's locale,
    vocabulary by its label, lists as items, other structures as compact JSON."""
    if value is None or value == "" or value == [] or value == {}:
        return QCoreApplication.translate("ConflictsPanel", "(empty)")
    rule_kind = field_kind(kind, name)
    try:
        if rule_kind == "date" and isinstance(value, str):
            return format_date(date.fromisoformat(value))
        if rule_kind == "datetime" and isinstance(value, str):
            return format_time(value)
    except ValueError:
        return str(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ConflictsPanel", "Yes")
            if value
            else QCoreApplication.translate("ConflictsPanel", "No")
        )
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, str):
        if name in VOCABULARY_FIELDS:
            return vocabulary.labels().get(value, value)
        return value
    if isinstance(value, list) and all(
        isinstance(v, str | int | float) and not isinstance(v, bool) for v in value
    ):
        return ", ".join(str(v) for v in value)
    return _compact_json(value)


def value_text(kind: str, name: str, value: Any) -> str | None:
    """The text ``resolve_conflict`` takes for ``value`` (None: it cannot be given).
    An empty optional field (a date, an amount, a link) is given as empty text, which
    clears it."""
    if field_kind(kind, name) in TEXT_KINDS:
        if value is None:
            column = COLUMNS.get(kind, {}).get(name)
            return "" if column is not None and column.nullable else None
        return str(value)
    return _compact_json(value)


def _elided(text: str) -> str:
    return text if len(text) <= SHOWN_CHARACTERS else text[:SHOWN_CHARACTERS] + "…"


# --- the list ---------------------------------------------------------------------------


class ConflictTableModel(HeadedTableModel):
    COLUMNS = ("kind", "record", "fields", "found", "devices", "status")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConflictRow] = []
        self._this_device = ""
        self._hq_device = ""
        self._kinds = kind_labels()
        self._headers = [
            self.tr("Record kind"),
            self.tr("Record"),
            self.tr("Fields"),
            self.tr("Found"),
            self.tr("From devices"),
            self.tr("Status"),
        ]

    def set_conflicts(self, found: ConflictList) -> None:
        self.beginResetModel()
        self._rows = list(found.rows)
        self._this_device, self._hq_device = found.this_device, found.hq_device
        self.endResetModel()

    def clear(self) -> None:
        self.set_conflicts(ConflictList([], "", ""))

    def row_at(self, row: int) -> ConflictRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, conflict_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.id == conflict_id:
                return number
        return -1

    def kind_label(self, kind: str) -> str:
        return self._kinds.get(kind, kind)

    def device_name(self, device_id: str) -> str:
        if not device_id:
            return self.tr("unknown device")
        if device_id == self._this_device:
            return self.tr("this vault")
        if device_id == self._hq_device:
            return self.tr("HQ")
        return short_device(device_id)

    def devices_text(self, row: ConflictRow) -> str:
        return self.tr("{local} and {incoming}").format(
            local=self.device_name(row.local_device),
            incoming=self.device_name(row.incoming_device),
        )

    def headers(self) -> list[str]:
        return self._headers

    def shown_rows(self) -> int:
        return len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        name = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, name)
        if role == Qt.ItemDataRole.ToolTipRole:
            if name == "record":
                return row.record_id
            if name == "status" and not row.is_open:
                return row.resolution
            return self._text(row, name)
        if role == Qt.ItemDataRole.ForegroundRole and name == "status":
            return QBrush(overdue_colour() if row.is_open else done_colour())
        return None

    def _text(self, row: ConflictRow, name: str) -> str:
        if name == "kind":
            return self.kind_label(row.kind)
        if name == "record":
            return row.label or row.record_id
        if name == "fields":
            return ", ".join(field_label(f.field) for f in row.fields)
        if name == "found":
            return format_time(row.found_at)
        if name == "devices":
            return self.devices_text(row)
        if name == "status":
            return self.tr("Open") if row.is_open else self.tr("Resolved")
        return ""


# --- one field of the selected conflict -------------------------------------------------


class FieldChoice(QObject):
    """The widgets of one conflicting field: both values, the choice and its editor."""

    def __init__(self, row: ConflictRow, field: ConflictField, parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = row.kind
        self.name = field.field
        self.local = field.local
        self.incoming = field.incoming
        self.winner = field.winner or LOCAL
        label = field_label(self.name)
        self.label = QLabel(label, parent)
        self.label.setObjectName(f"conflictField_{self.name}")
        self.label.setToolTip(self.name)
        self.local_label = self._value_label(LOCAL, self.local, parent)
        self.incoming_label = self._value_label(INCOMING, self.incoming, parent)
        self.choice = QComboBox(parent)
        self.choice.setObjectName(f"conflictChoice_{self.name}")
        self.choice.setAccessibleName(self.tr("Choice for {field}").format(field=label))
        self.choice.addItem(self.tr("Keep local"), LOCAL)
        self.choice.addItem(self.tr("Take incoming"), INCOMING)
        self.choice.addItem(self.tr("Edit"), EDIT)
        self.choice.setCurrentIndex(self.choice.findData(self.winner if self.winner else LOCAL))
        self.choice.setEnabled(row.is_open)
        column = COLUMNS.get(self.kind, {}).get(self.name)
        # Unbounded text (mandate, notes) gets a box of several lines.
        self.long_text = column is not None and column.type == "text" and column.max_length is None
        self.editor: QLineEdit | QPlainTextEdit
        if self.long_text:
            self.editor = QPlainTextEdit(parent)
            self.editor.setTabChangesFocus(True)
            self.editor.setMaximumHeight(self.editor.fontMetrics().height() * 5)
        else:
            self.editor = QLineEdit(parent)
            kind = field_kind(self.kind, self.name)
            if kind == "date":
                self.editor.setPlaceholderText(self.tr("YYYY-MM-DD"))
            elif kind not in TEXT_KINDS:
                self.editor.setPlaceholderText(self.tr('JSON, e.g. ["a", "b"]'))
                self.editor.setFont(fixed_font())
        self.editor.setObjectName(f"conflictEdit_{self.name}")
        self.editor.setAccessibleName(self.tr("New value of {field}").format(field=label))
        self.label.setBuddy(self.choice)
        self.choice.currentIndexChanged.connect(self._choice_changed)
        self._choice_changed()

    def _value_label(self, side: str, value: Any, parent: QWidget) -> QLabel:
        text = display_value(self.kind, self.name, value)
        label = QLabel(_elided(text), parent)
        label.setObjectName(f"conflict{side.capitalize()}_{self.name}")
        label.setTextFormat(Qt.TextFormat.PlainText)  # record text is never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        tip = text if len(text) > SHOWN_CHARACTERS else ""
        if side == self.winner:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            note = self.tr("The record holds this value until the conflict is resolved.")
            tip = f"{tip}\n\n{note}" if tip else note
        label.setToolTip(tip)
        return label

    def widgets(self) -> list[QWidget]:
        return [self.label, self.local_label, self.incoming_label, self.choice, self.editor]

    def chosen(self) -> str:
        return str(self.choice.currentData())

    def set_choice(self, choice: str) -> None:
        self.choice.setCurrentIndex(self.choice.findData(choice))

    def edited_text(self) -> str:
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        return self.editor.text()

    def set_edited_text(self, text: str) -> None:
        self.set_choice(EDIT)
        self._set_editor_text(text)

    def _choice_changed(self) -> None:
        editing = self.chosen() == EDIT and self.choice.isEnabled()
        if not editing:
            # The box previews the value kept; Edit starts from the side last chosen.
            side = self.incoming if self.chosen() == INCOMING else self.local
            self._set_editor_text(value_text(self.kind, self.name, side) or "")
        self.editor.setEnabled(editing)
        self.editor.setVisible(self.choice.isEnabled())

    def _set_editor_text(self, text: str) -> None:
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(text)
        else:
            self.editor.setText(text)

    def take_text(self) -> str | None:
        """The value text for ``resolve_conflict``, or None when the record already holds
        the chosen value and it cannot be written as text (an empty date, say)."""
        choice = self.chosen()
        if choice == EDIT:
            return self.edited_text()
        return value_text(self.kind, self.name, self.local if choice == LOCAL else self.incoming)


# --- the panel --------------------------------------------------------------------------


class ConflictsPanel(QWidget):
    """Open (and optionally resolved) conflicts; the selected one settled field by field."""

    status_message = Signal(str)
    # The list has been read (or reading failed); tests and the sync page wait for it.
    reloaded = Signal()
    # A resolution ended (successfully or not).
    resolution_finished = Signal(bool)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsPanel")
        self.vault: Vault | None = vault
        self.model = ConflictTableModel(self)
        self.choices: list[FieldChoice] = []
        self._shown: tuple[str, str] | None = None  # conflict id and status on show
        self._reads = PendingReads()
        self._generation = 0
        self._loading = False
        self._resolving = False
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.include_resolved = QCheckBox(self.tr("Show &resolved conflicts too"), self)
        self.include_resolved.setObjectName("conflictsIncludeResolved")
        self.include_resolved.setAccessibleName(self.tr("Show resolved conflicts too"))
        self.include_resolved.toggled.connect(self.reload)
        top.addWidget(self.include_resolved)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("conflictsCount")
        top.addWidget(self.count_label, 1)
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.refresh_button.setObjectName("conflictsRefresh")
        self.refresh_button.setAccessibleName(self.tr("Read the conflicts again"))
        self.refresh_button.clicked.connect(self.reload)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("conflictsSplitter")
        self.table = record_table(
            self.splitter,
            "conflictsTable",
            self.tr("Conflicts"),
            self.model,
            (120, 220, 220, 140, 180),
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.splitter.addWidget(self.table)

        self.detail = QWidget(self.splitter)
        self.detail.setObjectName("conflictDetail")
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.detail)
        self.title.setObjectName("conflictTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        detail_layout.addWidget(self.title)
        self.sides = QLabel(self.detail)
        self.sides.setObjectName("conflictSides")
        self.sides.setTextFormat(Qt.TextFormat.PlainText)
        self.sides.setWordWrap(True)
        detail_layout.addWidget(self.sides)
        self.fields_area = QScrollArea(self.detail)
        self.fields_area.setObjectName("conflictFieldsArea")
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_widget = QWidget()
        self.fields_widget.setObjectName("conflictFields")
        self.grid = QGridLayout(self.fields_widget)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 2)
        self.grid.setColumnStretch(4, 3)
        self.fields_area.setWidget(self.fields_widget)
        detail_layout.addWidget(self.fields_area, 1)
        self.feedback = QLabel(self.detail)
        self.feedback.setObjectName("conflictFeedback")
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        detail_layout.addWidget(self.feedback)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.take_local_button = self._button(
            "conflictTakeLocal",
            self.tr("Take all &local"),
            self.tr("Resolve the conflict with this vault's values"),
        )
        self.take_local_button.clicked.connect(lambda: self.resolve_selected(LOCAL))
        self.take_incoming_button = self._button(
            "conflictTakeIncoming",
            self.tr("Take all &incoming"),
            self.tr("Resolve the conflict with the incoming values"),
        )
        self.take_incoming_button.clicked.connect(lambda: self.resolve_selected(INCOMING))
        self.resolve_button = self._button(
            "conflictResolve",
            self.tr("Resolve with &these values"),
            self.tr("Resolve the conflict with the values chosen for each field"),
        )
        self.resolve_button.clicked.connect(lambda: self.resolve_selected(None))
        for button in (self.take_local_button, self.take_incoming_button, self.resolve_button):
            buttons.addWidget(button)
        detail_layout.addLayout(buttons)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([220, 380])
        layout.addWidget(self.splitter, 1)
        self._show_conflict(None)

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self.detail)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        return button

    # --- reading ------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return self._loading

    @property
    def is_resolving(self) -> bool:
        return self._resolving

    def reload(self) -> None:
        """Read the conflicts again (in the background), keeping the selection."""
        vault = self.vault
        if vault is None or vault.is_locked:
            return
        self._generation += 1
        generation, include = self._generation, self.include_resolved.isChecked()
        self._loading = True

        def work(_control: TaskControl) -> ConflictList:
            return read_conflicts(vault, include)

        run_in_background(
            self._reads.track(work),
            on_success=lambda found: self._show_list(generation, found),
            on_failure=lambda message, exc: self._read_failed(generation, message, exc),
        )

    def _current(self, generation: int) -> bool:
        return Shiboken.isValid(self) and generation == self._generation and self.vault is not None

    def _show_list(self, generation: int, found: ConflictList) -> None:
        if not self._current(generation):
            return
        chosen = self.selected_id()
        self._loading = False
        self.model.set_conflicts(found)
        open_count = sum(1 for row in found.rows if row.is_open)
        text = self.tr("%n open conflict(s)", "", open_count)
        if found.resolved_total > found.resolved_shown:
            text += " " + self.tr(
                "Showing the latest {shown} of {total} resolved conflicts."
            ).format(shown=found.resolved_shown, total=found.resolved_total)
        self.count_label.setText(text)
        if not (chosen and self.select_conflict(chosen)) and found.rows:
            self.table.selectRow(0)
        self.reloaded.emit()

    def _read_failed(self, generation: int, message: str, exc: BaseException) -> None:
        if not self._current(generation):
            return
        self._loading = False
        self._show_feedback(failure_text(message, exc))
        self.reloaded.emit()

    # --- selection and detail -----------------------------------------------------------

    def selected_id(self) -> str:
        row = self.selected_row()
        return row.id if row is not None else ""

    def selected_row(self) -> ConflictRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_conflict(self, conflict_id: str) -> bool:
        row = self.model.row_of(conflict_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def _selection_changed(self) -> None:
        row = self.selected_row()
        shown = (row.id, row.status) if row is not None else None
        if shown != self._shown:  # a reload that keeps the conflict keeps the edits too
            self._show_conflict(row)

    def _clear_fields(self) -> None:
        for choice in self.choices:
            choice.deleteLater()
        self.choices = []
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            # Emptied now: deletion waits for the event loop, and on lock nothing may linger.
            if isinstance(widget, QLabel):
                widget.clear()
            elif isinstance(widget, QLineEdit):
                widget.setText("")
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText("")
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)

    def _show_conflict(self, row: ConflictRow | None) -> None:
        self._clear_fields()
        self._show_feedback("")
        self._shown = (row.id, row.status) if row is not None else None
        if row is None:
            self.title.setText(
                self.tr("Select a conflict to settle it field by field.")
                if self.model.rowCount()
                else ""
            )
            self.sides.clear()
            self.fields_area.hide()
            self._update_buttons()
            return
        self.title.setText(
            self.tr(
                "{kind} \u201c{record}\u201d: %n conflicting field(s)", "", len(row.fields)
            ).format(kind=self.model.kind_label(row.kind), record=row.label or row.record_id)
        )
        sides = self.tr(
            "Local: changed on {local} by {local_author}. Incoming: changed on {incoming} by "
            "{incoming_author}. Found {found}."
        ).format(
            local=self.model.device_name(row.local_device),
            local_author=row.local_author or self.tr("unknown"),
            incoming=self.model.device_name(row.incoming_device),
            incoming_author=row.incoming_author or self.tr("unknown"),
            found=format_time(row.found_at),
        )
        if not row.is_open:
            sides += " " + self.tr("Resolved {when} ({how}).").format(
                when=format_time(row.resolved_at), how=row.resolution
            )
        self.sides.setText(sides)
        headers = [self.tr("Field"), self.tr("Local"), self.tr("Incoming"), self.tr("Choice")]
        if row.is_open:
            headers.append(self.tr("Value to keep"))
        for column, text in enumerate(headers):
            header = QLabel(text, self.fields_widget)
            bold = header.font()
            bold.setBold(True)
            header.setFont(bold)
            self.grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignTop)
        for number, field in enumerate(row.fields, start=1):
            choice = FieldChoice(row, field, self.fields_widget)
            for column, widget in enumerate(choice.widgets()):
                self.grid.addWidget(widget, number, column, Qt.AlignmentFlag.AlignTop)
            self.choices.append(choice)
        self.grid.setRowStretch(len(row.fields) + 1, 1)
        self.fields_area.show()
        self._update_buttons()

    def choice_for(self, field: str) -> FieldChoice | None:
        return next((c for c in self.choices if c.name == field), None)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        usable = row is not None and row.is_open and not self._resolving
        for button in (self.take_local_button, self.take_incoming_button, self.resolve_button):
            button.setEnabled(usable)

    def _show_feedback(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))
        if text:
            self.feedback.setStyleSheet(f"color: {overdue_colour().name()};")

    # --- resolving ----------------------------------------------------------------------

    def chosen_take(self) -> str | dict[str, str]:
        """What the field choices ask of ``resolve_conflict``; raises ``ValueError`` with
        a message when a choice cannot be given as a value."""
        picks = {c.chosen() for c in self.choices}
        if picks in ({LOCAL}, {INCOMING}):
            return picks.pop()
        take: dict[str, str] = {}
        for choice in self.choices:
            text = choice.take_text()
            if text is None:
                side = choice.chosen()
                if side == choice.winner:
                    continue  # the record holds that value already
                raise ValueError(
                    self.tr(
                        "{field}: an empty value cannot be chosen field by field; use "
                        "\u201cTake all local\u201d or \u201cTake all incoming\u201d."
                    ).format(field=field_label(choice.name))
                )
            take[choice.name] = text
        return take

    def resolve_selected(self, take: str | None) -> None:
        """Settle the selected conflict: ``local``, ``incoming`` or (None) the values
        chosen field by field. Runs in the background; a refused value changes nothing."""
        row = self.selected_row()
        vault = self.vault
        if row is None or not row.is_open or vault is None or vault.is_locked:
            return
        if self._resolving:
            return
        chosen: str | dict[str, str]
        if take is None:
            try:
                chosen = self.chosen_take()
            except ValueError as exc:
                self._show_feedback(str(exc))
                self.resolution_finished.emit(False)
                return
        else:
            chosen = take
        self._resolving = True
        self._show_feedback("")
        self._update_buttons()
        if chosen == LOCAL:
            how = self.tr("kept the local values")
        elif chosen == INCOMING:
            how = self.tr("took the incoming values")
        else:
            how = self.tr("chose %n field(s) one by one", "", len(self.choices))
        done = self.tr("Conflict on {kind} \u201c{record}\u201d resolved: {how}.").format(
            kind=self.model.kind_label(row.kind), record=row.label or row.record_id, how=how
        )

        def work(_control: TaskControl) -> None:
            resolve_conflict(vault, row.id, chosen)

        run_in_background(
            self._reads.track(work),
            on_success=lambda _result: self._resolved(done),
            on_failure=self._refused,
        )

    def _resolved(self, message: str) -> None:
        if not Shiboken.isValid(self) or self.vault is None:
            return
        self._resolving = False
        self.status_message.emit(message)
        self.reload()
        self.resolution_finished.emit(True)

    def _refused(self, message: str, exc: BaseException) -> None:
        if not Shiboken.isValid(self) or self.vault is None:
            return
        self._resolving = False
        text = failure_text(message, exc)
        self._show_feedback(
            self.tr("Not resolved: {reason}. Nothing was changed.").format(reason=text)
        )
        for choice in self.choices:
            if text.startswith(f"{choice.name} ") or text.startswith(f"{choice.name}:"):
                choice.editor.setFocus()
        self._update_buttons()
        self.status_message.emit(self.tr("The conflict was not resolved."))
        self.resolution_finished.emit(False)

    # --- lock ---------------------------------------------------------------------------

    def forget(self) -> None:
        """Empty every widget and model (on lock); waits for work on its way."""
        self._generation += 1
        self._loading = False
        self._resolving = False
        self.table.clearSelection()
        self.model.clear()
        self._show_conflict(None)
        self.title.clear()
        self.count_label.clear()
        self._reads.wait()
