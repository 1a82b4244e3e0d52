"""The questions asked while sending and receiving bundles: what an export will carry,
whether to enrol an unknown device (its fingerprint checked by phone), and what importing
the chosen bundles will change. Each dialog only shows and answers; the Send and receive
panel acts on the answer. They hold record counts and names: ``clear`` empties them (lock).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.ui.common.numbers import format_number
from fieldpartner.ui.sync.batch import BundlePreview
from fieldpartner.ui.sync.labels import (
    action_labels,
    format_size,
    format_time,
    kind_label,
    peer_name,
    role_label,
    sequence_text,
)


def fingerprint_font() -> QFont:
    """A fixed-width, larger font, so a fingerprint reads clearly group by group."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.4)
    font.setBold(True)
    return font


def _label(parent: QWidget, name: str, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _tree(parent: QWidget, name: str, accessible: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setObjectName(name)
    tree.setAccessibleName(accessible)
    tree.setHeaderLabels(headers)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setRootIsDecorated(True)
    tree.setColumnWidth(0, 260)
    return tree


def _button(
    box: QDialogButtonBox, role: QDialogButtonBox.ButtonRole, text: str, name: str, accessible: str
) -> QPushButton:
    button = box.addButton(text, role)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    return button


def count_text(actions: dict[str, int]) -> str:
    """``{"create": 2, "fast_forward": 1}`` as "2 new, 1 updated"."""
    labels = action_labels()
    order = ("create", "fast_forward", "merge", "ignore")
    parts = [
        f"{actions[a]} {labels.get(a, a)}"
        for a in sorted(actions, key=lambda a: order.index(a) if a in order else 9)
        if actions[a]
    ]
    return ", ".join(parts)


class ExportSummaryDialog(QDialog):
    """What the bundle will carry, before a folder is chosen and anything is written."""

    def __init__(self, summary: Any, recipient: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportSummaryDialog")
        self.setWindowTitle(self.tr("Send a bundle"))
        self.resize(520, 440)
        layout = QVBoxLayout(self)
        self.heading = _label(self, "exportSummaryHeading")
        what = (
            self.tr("Everything in this vault (a full export)")
            if summary.full
            else self.tr(
                "The changes they have not confirmed receiving yet (changes {range})"
            ).format(range=sequence_text(*summary.sequence))
        )
        self.heading.setText(
            self.tr("To: {recipient}\nWhat: {what}").format(recipient=recipient, what=what)
        )
        layout.addWidget(self.heading)

        self.table = _tree(
            self,
            "exportSummaryTable",
            self.tr("Records in the bundle"),
            [self.tr("Records"), self.tr("Number")],
        )
        self.table.setRootIsDecorated(False)
        for kind, count in sorted(summary.records.items(), key=lambda kc: kind_label(kc[0])):
            if count:
                self.table.addTopLevelItem(
                    QTreeWidgetItem([kind_label(kind), format_number(count)])
                )
        layout.addWidget(self.table, 1)

        self.totals = _label(self, "exportSummaryTotals")
        total = sum(summary.records.values())
        self.totals.setText(
            self.tr("%Ln record(s) with their history, ", "", total)
            + self.tr("%Ln attachment(s)", "", summary.attachments)
            + (
                self.tr(" ({size})").format(size=format_size(summary.attachment_bytes))
                if summary.attachments
                else ""
            )
        )
        layout.addWidget(self.totals)
        self.nothing_new = _label(self, "exportNothingNew")
        if summary.nothing_new:
            self.nothing_new.setText(
                self.tr(
                    "They already have everything this vault sends them. You can still send a bundle "
                    "(it tells them what you received), or tick Full export to send "
                    "everything again."
                )
            )
        else:
            self.nothing_new.hide()
        layout.addWidget(self.nothing_new)
        note = _label(
            self,
            "exportSummaryNote",
            self.tr(
                "The bundle is encrypted: only they and this vault can open it. Next you "
                "choose where to save it, for example a USB stick."
            ),
        )
        layout.addWidget(note)

        self.buttons = QDialogButtonBox(self)
        self.buttons.setObjectName("exportSummaryButtons")
        self.save_button = _button(
            self.buttons,
            QDialogButtonBox.ButtonRole.AcceptRole,
            self.tr("Choose a folder and save…"),
            "exportSave",
            self.tr("Choose a folder and save the bundle"),
        )
        self.cancel_button = _button(
            self.buttons,
            QDialogButtonBox.ButtonRole.RejectRole,
            self.tr("Cancel"),
            "exportCancel",
            self.tr("Cancel sending"),
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def clear(self) -> None:
        self.table.clear()
        for label in (self.heading, self.totals, self.nothing_new):
            label.clear()


class DeviceConfirmDialog(QDialog):
    """HQ: a bundle comes from a device not enrolled yet. Enrol it only if the fingerprint
    its user reads out (from their Sync page) is exactly the one shown."""

    def __init__(
        self, device_id: str, fingerprint: str, files: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enrolDeviceDialog")
        self.setWindowTitle(self.tr("Enrol a new device?"))
        self.device_id = device_id
        self.fingerprint = fingerprint
        layout = QVBoxLayout(self)
        self.explanation = _label(
            self,
            "enrolDeviceExplanation",
            self.tr(
                "{files} comes from device {device}, which HQ has not enrolled yet.\n\n"
                "Call the person who sent it and ask them to read the fingerprint shown on "
                "their Sync page. Enrol the device only if every character matches:"
            ).format(files=", ".join(files), device=device_id),
        )
        layout.addWidget(self.explanation)
        self.fingerprint_label = _label(self, "enrolDeviceFingerprint", fingerprint)
        self.fingerprint_label.setFont(fingerprint_font())
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.fingerprint_label.setAccessibleName(self.tr("Fingerprint of the new device"))
        self.fingerprint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(
            _label(
                self,
                "enrolDeviceWarning",
                self.tr(
                    "If it does not match, do not enrol it: someone else may have made this "
                    "bundle. Nothing from it is imported unless you enrol the device."
                ),
            )
        )
        self.buttons = QDialogButtonBox(self)
        self.buttons.setObjectName("enrolDeviceButtons")
        self.enrol_button = _button(
            self.buttons,
            QDialogButtonBox.ButtonRole.AcceptRole,
            self.tr("The fingerprint matches: enrol"),
            "enrolDeviceAccept",
            self.tr("Enrol the device: the fingerprint matches"),
        )
        self.decline_button = _button(
            self.buttons,
            QDialogButtonBox.ButtonRole.RejectRole,
            self.tr("Do not enrol"),
            "enrolDeviceDecline",
            self.tr("Do not enrol the device"),
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The safe answer is the default one (the button box would pick Enrol when shown).
        self.enrol_button.setAutoDefault(False)
        self.decline_button.setDefault(True)
        self.decline_button.setFocus()

    def clear(self) -> None:
        self.explanation.clear()


class ImportPreviewDialog(QDialog):
    """Every chosen bundle with what importing it will change, before anything is applied."""

    def __init__(self, previews: list[BundlePreview], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Import bundles"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        importable = sum(1 for p in previews if p.importable)
        self.summary = _label(self, "importPreviewSummary")
        self.summary.setText(
            self.tr("%Ln bundle(s) chosen: ", "", len(previews))
            + self.tr("%Ln to import.", "", importable)
            + " "
            + self.tr("Each bundle is imported whole or not at all.")
        )
        layout.addWidget(self.summary)
        self.tree = _tree(
            self,
            "importPreviewTree",
            self.tr("What each bundle will change"),
            [self.tr("Bundle"), self.tr("Details")],
        )
        for preview in previews:
            self.tree.addTopLevelItem(self._item(preview))
        self.tree.expandAll()
        layout.addWidget(self.tree, 1)
        self.buttons = QDialogButtonBox(self)
        self.buttons.setObjectName("importPreviewButtons")
        self.apply_button = _button(
            self.buttons,
            QDialogButtonBox.ButtonRole.AcceptRole,
            self.tr("Import %Ln bundle(s)", "", importable),
            "importApply",
            self.tr("Import the bundles listed as ready"),
        )
        self.apply_button.setEnabled(importable > 0)
        self.cancel_button = _button(
            self.buttons,
            QDialogButtonBox.ButtonRole.RejectRole,
            self.tr("Cancel"),
            "importCancel",
            self.tr("Cancel: import nothing"),
        )
        self.apply_button.setDefault(importable > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _item(self, preview: BundlePreview) -> QTreeWidgetItem:
        item = QTreeWidgetItem([preview.path.name, self._status(preview)])

        item.setToolTip(1, item.text(1))

        def add(name: str, value: str) -> None:
            child = QTreeWidgetItem([name, value])
            child.setToolTip(1, value)
            item.addChild(child)

        if preview.error:
            add(self.tr("Why"), preview.error)
        if preview.error or preview.duplicate_of:
            return item
        add(
            self.tr("From"),
            self.tr("{who} ({role}), fingerprint {fingerprint}").format(
                who=peer_name(preview.sender_id, preview.sender_role),
                role=role_label(preview.sender_role),
                fingerprint=preview.fingerprint,
            ),
        )
        add(self.tr("Made"), format_time(preview.created_at))
        add(self.tr("Changes"), sequence_text(*preview.sequence))
        if preview.already_imported:
            return item
        for kind, actions in preview.counts.items():
            add(kind_label(kind), count_text(actions))
        if preview.attachments:
            add(self.tr("Attachment files"), str(preview.attachments))
        add(
            self.tr("Conflicts"),
            self.tr("%Ln field conflict(s) to resolve on the Conflicts tab", "", preview.conflicts)
            if preview.conflicts
            else self.tr("none"),
        )
        for first, last in preview.gaps:
            add(
                self.tr("Missing"),
                self.tr(
                    "changes {range} of this sender never arrived: ask for the missing "
                    "bundle or a full export"
                ).format(range=sequence_text(first - 1, last)),
            )
        return item

    def _status(self, preview: BundlePreview) -> str:
        if preview.error:
            return self.tr("Refused; it cannot be imported")
        if preview.duplicate_of:
            return self.tr("The same bundle as {file}; imported once").format(
                file=preview.duplicate_of
            )
        if preview.declined:
            return self.tr("Not imported: you did not enrol the device")
        if preview.already_imported:
            return self.tr("Already imported: nothing will change")
        if preview.unknown_device:
            return self.tr("Ready; enrols the new device you confirmed")
        if not preview.changes_anything:
            return self.tr("Ready; nothing new in it")
        return self.tr("Ready to import")

    def clear(self) -> None:
        self.tree.clear()
        self.summary.clear()
