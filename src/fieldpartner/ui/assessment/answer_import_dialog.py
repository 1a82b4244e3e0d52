"""Assessment → Import answers: a draft's answers from a spreadsheet (XLSX or CSV with the
columns item id, answer, note, headed in any of the four languages) or a JSON answer file.

**Check** runs ``assessments.import_answers`` itself in a transaction that is rolled back:
the same checks as the import (unknown items, answers outside the scale or options, missing
evidence notes, items that do not apply to the tier), so every refused row is named with
its reason before anything is saved. **Import** runs it again in a transaction of its own
on the vault's writer: all answers or none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldpartner.domain.assessments import (
    AnswerImportRejected,
    AnswerRow,
    answers_of,
    get_assessment,
    import_answers,
    read_answer_file,
)
from fieldpartner.domain.revisions import RecordSession
from fieldpartner.ui.common.numbers import format_number
from fieldpartner.ui.operations import OwnedReads, change
from fieldpartner.ui.worker import TaskControl
from fieldpartner.vault import Vault


@dataclass(frozen=True)
class AnswerCheck:
    """What importing the file would do: answers saved, of which replace earlier ones, or
    the refused rows."""

    rows: tuple[AnswerRow, ...]
    refused: tuple[str, ...]
    replaced: int


def check_answers(vault: Vault, assessment_id: str, path: Path) -> AnswerCheck:
    """The dry run (on the vault's writer): import, then roll back."""
    rows = tuple(read_answer_file(path))
    with vault.session() as session:
        try:
            assessment = get_assessment(session, assessment_id)
            given = set(answers_of(session, assessment))
            try:
                import_answers(session, assessment, rows, source=path.name)
            except AnswerImportRejected as exc:
                return AnswerCheck(rows, tuple(exc.problems), 0)
            replaced = sum(1 for row in rows if row.item_id in given)
            return AnswerCheck(rows, (), replaced)
        finally:
            session.rollback()


class AnswerImportDialog(QDialog):
    """Choose, check, import; ``imported(count)`` once the answers are saved."""

    imported = Signal(int)

    def __init__(self, vault: Vault, assessment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._assessment_id = assessment_id
        self._check: AnswerCheck | None = None
        self._path: Path | None = None
        self.ask_file_path: Callable[[], str | None] = self._ask_file_path
        self.reads = OwnedReads(self)
        self.setObjectName("answerImportDialog")
        self.setWindowTitle(self.tr("Import answers"))
        self.setAccessibleName(self.windowTitle())

        intro = QLabel(
            self.tr(
                "Answers from a spreadsheet (.xlsx or .csv) with the columns item id, answer "
                "and note, or from a JSON answer file. Every row is checked first; the "
                "answers are saved all together or not at all."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("answerFile")
        self.file_edit.setAccessibleName(self.tr("Answer file"))
        self.file_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        self.choose_button.setObjectName("chooseAnswerFile")
        self.choose_button.setAccessibleName(self.tr("Choose the answer file"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.refused = QListWidget(self)
        self.refused.setObjectName("refusedAnswerRows")
        self.refused.setAccessibleName(self.tr("Refused rows"))
        self.refused.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("answerImportStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("answerImportConfirm")
        self.import_button.setAccessibleName(self.tr("Save every answer of the file"))
        self.import_button.clicked.connect(self.start_import)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("answerImportClose")
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.refused, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.import_button.setEnabled(False)
        self.resize(760, 460)

    def _ask_file_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an answer file"),
            "",
            self.tr("Answer files (*.xlsx *.csv *.json)"),
        )
        return path or None

    def choose_file(self) -> None:
        path = self.ask_file_path()
        if path:
            self.check(Path(path))

    def check(self, path: Path) -> None:
        """Check every row of ``path`` against the assessment; nothing is saved."""
        self._path = path
        self._check = None
        self.file_edit.setText(str(path))
        self.refused.clear()
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Checking {file}…").format(file=path.name))
        vault, assessment_id = self._vault, self._assessment_id

        def work(_control: TaskControl) -> AnswerCheck:
            return check_answers(vault, assessment_id, path)

        self.reads.queue_write("check", vault, work, self._show, self._failed)

    def _show(self, check: AnswerCheck) -> None:
        self._check = check
        self.refused.addItems(list(check.refused))
        if check.refused:
            self.status.setText(
                self.tr(
                    "{refused} rows refused: nothing can be imported until they are corrected "
                    "in the file."
                ).format(refused=format_number(len(check.refused)))
            )
        elif not check.rows:
            self.status.setText(self.tr("The file has no answers."))
        else:
            self.status.setText(
                self.tr(
                    "Every row passed: {count} answers will be saved ({replaced} of them "
                    "replace answers already given)."
                ).format(
                    count=format_number(len(check.rows)), replaced=format_number(check.replaced)
                )
            )
        self.import_button.setEnabled(bool(check.rows) and not check.refused)

    def _failed(self, message: str, _exc: BaseException) -> None:
        self.status.setText(self.tr("Nothing was imported: {reason}").format(reason=message))
        self.import_button.setEnabled(False)

    def start_import(self) -> None:
        check, path = self._check, self._path
        if check is None or path is None or not self.import_button.isEnabled():
            return
        assessment_id = self._assessment_id

        def edit(session: RecordSession) -> int:
            assessment = get_assessment(session, assessment_id)
            return len(import_answers(session, assessment, check.rows, source=path.name))

        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Importing…"))
        change(self, self._vault, edit, on_saved=self._imported, on_failed=self._failed)

    def _imported(self, count: int) -> None:
        self.status.setText(self.tr("{count} answers saved.").format(count=format_number(count)))
        self.imported.emit(count)
