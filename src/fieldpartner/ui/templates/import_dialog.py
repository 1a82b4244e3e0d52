"""File → Import template: check a template file, see every problem with its line, preview
a valid one, then add it to the vault.

Reading and validating are ``domain.templates`` (the checks ``template validate`` makes, with
each problem's line from ``templates.lines``); storing is ``store_template`` on the vault's
writer, which validates again and refuses a changed body under a version already stored.
The preview shows the template as an assessor will meet it: title, kind, version, languages,
and its sections and items in the interface language. The file question goes through a
replaceable hook (``ask_file_path``) so tests can answer it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.revisions import RecordSession
from fieldpartner.domain.templates import ImportOutcome, store_template
from fieldpartner.domain.templates.document import TemplateDocument, text_of
from fieldpartner.domain.templates.lines import TemplateCheck, check_template_file
from fieldpartner.domain.templates.store import stored_version
from fieldpartner.ui.assessment.labels import content_language
from fieldpartner.ui.common.numbers import format_number
from fieldpartner.ui.operations import OwnedReads, change
from fieldpartner.ui.problems import problem_text
from fieldpartner.ui.worker import TaskControl
from fieldpartner.vault import Vault


@dataclass(frozen=True)
class CheckedFile:
    """What the dialog shows of a file: its check and how it stands against the vault."""

    check: TemplateCheck
    stored: str  # "new", "same" (already stored, unchanged) or "conflict"


def check_against_vault(vault: Vault, path: Path) -> CheckedFile:
    """Run off the interface thread."""
    check = check_template_file(path)
    if not check.valid or check.body is None:
        return CheckedFile(check, "new")
    with vault.session() as session:
        existing, same = stored_version(session, check.body)
    if existing is None:
        return CheckedFile(check, "new")
    return CheckedFile(check, "same" if same else "conflict")


class TemplateImportDialog(QDialog):
    """Choose a file; see its problems by line, or its preview; import. ``imported``
    carries the stored template's key and version."""

    imported = Signal(str, int)

    PROBLEMS_PAGE, PREVIEW_PAGE = 0, 1

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._checked: CheckedFile | None = None
        self._language = content_language()
        self.ask_file_path: Callable[[], str | None] = self._ask_file_path
        self.reads = OwnedReads(self)
        self.setObjectName("templateImportDialog")
        self.setWindowTitle(self.tr("Import an assessment template"))
        self.setAccessibleName(self.windowTitle())

        intro = QLabel(
            self.tr(
                "A template file (JSON) from HQ or another organisation. It is checked "
                "first; nothing is added to the vault until you import it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("templateFile")
        self.file_edit.setAccessibleName(self.tr("Template file"))
        self.file_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        self.choose_button.setObjectName("chooseTemplateFile")
        self.choose_button.setAccessibleName(self.tr("Choose the template file"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)

        self.summary = QLabel(self)
        self.summary.setObjectName("templateSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.problems = QTableWidget(0, 3, self)
        self.problems.setObjectName("templateProblems")
        self.problems.setAccessibleName(self.tr("Problems of the template"))
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Where"), self.tr("Problem")]
        )
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setWordWrap(True)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.setColumnWidth(1, 260)

        self.preview = QTreeWidget(self)
        self.preview.setObjectName("templatePreview")
        self.preview.setAccessibleName(self.tr("Preview of the template"))
        self.preview.setHeaderLabels([self.tr("Section or item"), self.tr("Answered as")])
        self.preview.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.preview.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.preview.setWordWrap(True)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.problems)
        self.stack.addWidget(self.preview)

        self.status = QLabel(self)
        self.status.setObjectName("templateImportStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("templateImportConfirm")
        self.import_button.setAccessibleName(self.tr("Add the template to the vault"))
        self.import_button.clicked.connect(self.start_import)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("templateImportClose")
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.import_button.setEnabled(False)
        self.resize(860, 600)  # fits a 1366x768 screen with the window frame

    def _ask_file_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a template file"), "", self.tr("Templates (*.json)")
        )
        return path or None

    def choose_file(self) -> None:
        path = self.ask_file_path()
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        self.file_edit.setText(str(path))
        self._checked = None
        self.import_button.setEnabled(False)
        self.summary.clear()
        self.status.setText(self.tr("Checking {file}…").format(file=path.name))
        vault = self._vault

        def work(_control: TaskControl) -> CheckedFile:
            return check_against_vault(vault, path)

        self.reads.run("check", work, self._show, self._failed)

    # --- showing the check ---------------------------------------------------------------

    def _show(self, checked: CheckedFile) -> None:
        self._checked = checked
        check = checked.check
        if not check.valid:
            self._show_problems(check)
            return
        assert check.body is not None
        self._show_preview(TemplateDocument(check.body))
        if checked.stored == "same":
            self.status.setText(self.tr("This version is already in the vault, unchanged."))
        elif checked.stored == "conflict":
            self.status.setText(
                self.tr(
                    "The vault already holds this template and version with different "
                    "content. A changed template needs a new version number."
                )
            )
        else:
            self.status.setText(self.tr("The template is valid. Look it over, then import it."))
        self.import_button.setEnabled(checked.stored == "new")

    def _show_problems(self, check: TemplateCheck) -> None:
        self.stack.setCurrentIndex(self.PROBLEMS_PAGE)
        self.problems.setRowCount(len(check.problems))
        for row, located in enumerate(check.problems):
            line = QTableWidgetItem(str(located.line))
            line.setData(Qt.ItemDataRole.UserRole, located.line)
            self.problems.setItem(row, 0, line)
            self.problems.setItem(row, 1, QTableWidgetItem(located.problem.path))
            self.problems.setItem(row, 2, QTableWidgetItem(problem_text(located.problem.message)))
        self.problems.resizeRowsToContents()
        self.summary.setText(Path(check.source).name)
        self.status.setText(
            self.tr(
                "{count} problems: correct them in the file (the line is where each one "
                "is), then choose it again."
            ).format(count=format_number(len(check.problems)))
        )

    def _show_preview(self, doc: TemplateDocument) -> None:
        self.stack.setCurrentIndex(self.PREVIEW_PAGE)
        language = self._language
        self.summary.setText(
            self.tr(
                "{title}\nTemplate {key}, version {version} · {kind} · languages: "
                "{languages} · {sections} sections, {items} items"
            ).format(
                title=doc.title(language),
                key=doc.key,
                version=format_number(doc.version),
                kind=doc.kind,
                languages=", ".join(doc.languages),
                sections=format_number(len(doc.section_order)),
                items=format_number(len(doc.item_order)),
            )
        )
        self.preview.clear()
        nodes: dict[str, QTreeWidgetItem] = {}
        for section in doc.section_order:
            parent = nodes.get(section.ancestors[-1]) if section.ancestors else None
            node = QTreeWidgetItem([text_of(section.section.get("title"), language), ""])
            node.setData(0, Qt.ItemDataRole.UserRole, section.id)
            if parent is None:
                self.preview.addTopLevelItem(node)
            else:
                parent.addChild(node)
            nodes[section.id] = node
            for item in doc.item_order:
                if item.sections and item.sections[-1] == section.id:
                    child = QTreeWidgetItem(
                        [text_of(item.item.get("text"), language), self._answer_kind(item.item)]
                    )
                    child.setData(0, Qt.ItemDataRole.UserRole, item.id)
                    child.setToolTip(0, item.id)
                    node.addChild(child)
        self.preview.expandAll()

    def _answer_kind(self, item: Any) -> str:
        kinds = {
            "scored": self.tr("Score"),
            "checklist": self.tr("Checklist"),
            "yes_no": self.tr("Yes or no"),
            "single_choice": self.tr("One choice"),
            "multiple_choice": self.tr("Several choices"),
            "text": self.tr("Text"),
            "number": self.tr("Number"),
            "date": self.tr("Date"),
            "file": self.tr("File"),
            "computed": self.tr("Computed"),
        }
        kind = str(item.get("type", ""))
        return kinds.get(kind, kind)

    def _failed(self, message: str, _exc: BaseException) -> None:
        self.status.setText(self.tr("Nothing was imported: {reason}").format(reason=message))
        self.import_button.setEnabled(False)

    # --- importing -----------------------------------------------------------------------

    def start_import(self) -> None:
        checked = self._checked
        if checked is None or not self.import_button.isEnabled() or checked.check.body is None:
            return
        body, source = checked.check.body, checked.check.source

        def edit(session: RecordSession) -> tuple[str, int]:
            outcome: ImportOutcome = store_template(session, body, source=source)
            return outcome.template.template_key, outcome.template.version

        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Importing…"))
        change(self, self._vault, edit, on_saved=self._imported, on_failed=self._failed)

    def _imported(self, stored: tuple[str, int]) -> None:
        key, version = stored
        self.status.setText(
            self.tr(
                "Imported {key} version {version}: it can be chosen for new assessments."
            ).format(key=key, version=format_number(version))
        )
        self.imported.emit(key, version)
