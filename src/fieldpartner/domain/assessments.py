"""Assessments: one filled template for one partner, from first answer to final results.

An assessment is made with one stored template version and keeps it (``template_key`` and
``template_version``); it is always read and scored with exactly that body. Answers are
records of their own whose id follows from (assessment, item), so two devices answering
the same item offline merge instead of duplicating. Finalising computes the results with
``domain.scoring``, stores them on the assessment and locks the answers; reopening turns
the assessment back into a draft, as a new revision whose history keeps the final one.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from fieldpartner.domain.ids import answer_id
from fieldpartner.domain.models import (
    Action,
    Answer,
    Assessment,
    AssessmentStatus,
    Attachment,
    Partner,
    Project,
    RespondentRole,
    Template,
)
from fieldpartner.domain.problems import Message, Parts, field_problems
from fieldpartner.domain.projects import TIER_ORDER
from fieldpartner.domain.results import Results
from fieldpartner.domain.revisions import context_of, edit_based_on, edit_from
from fieldpartner.domain.rules import REOPENED, check_changes
from fieldpartner.domain.scoring import (
    ActionFact,
    AssessmentFacts,
    GivenAnswer,
    OverrideRefused,
    apply_override,
    compare_perspectives,
    compare_results,
    compute_results,
)
from fieldpartner.domain.spreadsheets import (
    SpreadsheetError,
    Table,
    import_words,
    match_headers,
    read_csv_table,
    read_table,
)
from fieldpartner.domain.templates import TemplateDocument, get_template
from fieldpartner.domain.templates.answers import (
    AnswerRejected,
    CheckedAnswer,
    answer_from_text,
    check_answer,
    evidence_problem,
)
from fieldpartner.domain.templates.document import COVERED, DONT_KNOW, text_of


class AssessmentError(ValueError):
    """An assessment operation that cannot be done as asked; the message says why."""

    exit_code = 4


class AssessmentLocked(AssessmentError):
    """The assessment is final or approved: its answers no longer change."""


class AssessmentNotFound(LookupError):
    exit_code = 4


@dataclass(frozen=True)
class MissingAnswer:
    """An item that keeps an assessment from being finalised: unanswered, or answered
    without the evidence its item requires. ``number`` is the question's number in the
    template's reading order (1-based), as the editor shows it."""

    item_id: str
    number: int
    title: str
    reason: str

    def __str__(self) -> str:
        return self.message()

    def message(self) -> Message:
        return Message(
            "question_to_complete",
            "question {number} ({item}) {title!r}: {reason}",
            number=self.number,
            item=self.item_id,
            title=self.title,
            reason=self.reason,
        )


class FinaliseRefused(AssessmentError):
    """Finalising was refused; ``missing`` lists each question that stops it, in order."""

    def __init__(self, missing: list[MissingAnswer]) -> None:
        self.missing = missing
        questions = Parts(m.message() for m in missing)
        if len(missing) == 1:
            super().__init__(
                Message(
                    "finalise_refused_one",
                    "cannot finalise: 1 question to complete: {questions}",
                    questions=questions,
                )
            )
            return
        super().__init__(
            Message(
                "finalise_refused",
                "cannot finalise: {count} questions to complete: {questions}",
                count=len(missing),
                questions=questions,
            )
        )


@dataclass(frozen=True)
class OverrideRequest:
    """An assessor's override of one result when finalising (format 2 templates)."""

    result: str
    value: str
    justification: str


class AnswerImportRejected(AssessmentError):
    """Some rows of an answer file do not fit the template; ``problems`` names each row."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.problems = problems
        count = len(problems)
        if count == 1:
            super().__init__(
                Message(
                    "answer_rows_rejected_one",
                    "{source}: 1 row rejected, nothing was saved: {problems}",
                    source=source,
                    problems=Parts(problems),
                )
            )
            return
        super().__init__(
            Message(
                "answer_rows_rejected",
                "{source}: {count} rows rejected, nothing was saved: {problems}",
                source=source,
                count=count,
                problems=Parts(problems),
            )
        )


# --- creating and finding ---------------------------------------------------------------


def create_assessment(
    session: Session,
    partner: Partner,
    template: Template,
    *,
    tier: str = "",
    project: Project | None = None,
    respondent: str = RespondentRole.ASSESSOR.value,
    title: str = "",
    assessed_on: date | None = None,
    place: str = "",
    assessors: Sequence[str] = (),
    participants: Sequence[str] = (),
) -> Assessment:
    """A new draft assessment of ``partner`` with this template version.

    A template that declares tiers (due diligence) needs one: given, or the project's.
    """
    if partner.deleted:
        raise AssessmentError(
            Message("partner_deleted", "partner {name!r} has been deleted", name=partner.name)
        )
    if project is not None and project.partner_id != partner.id:
        raise AssessmentError(
            Message(
                "project_of_another_partner",
                "project {project!r} is not a project of {partner!r}",
                project=project.title,
                partner=partner.name,
            )
        )
    doc = TemplateDocument(template.body)
    if not tier and project is not None:
        tier = project.due_diligence_tier
    if (
        project is not None
        and project.due_diligence_tier in TIER_ORDER
        and tier in TIER_ORDER
        and TIER_ORDER[tier] < TIER_ORDER[project.due_diligence_tier]
    ):
        # The tier is lowered in one place, with its reason: the project's.
        raise AssessmentError(
            Message(
                "tier_below_project",
                "project {project!r} calls for the {needed} tier; to review it at the {tier} "
                "tier, lower the project's tier and give the reason",
                project=project.title,
                needed=project.due_diligence_tier,
                tier=tier,
            )
        )
    if doc.tiers:
        if not tier:
            raise AssessmentError(
                Message(
                    "tier_needed",
                    "template {template} needs a tier: one of {tiers}",
                    template=doc.key,
                    tiers=", ".join(doc.tiers),
                )
            )
        if tier not in doc.tiers:
            raise AssessmentError(
                Message(
                    "not_a_tier",
                    "tier {tier!r} is not one of template {template}'s tiers: {tiers}",
                    tier=tier,
                    template=doc.key,
                    tiers=", ".join(doc.tiers),
                )
            )
    elif tier:
        raise AssessmentError(
            Message(
                "template_without_tiers",
                "template {template} has no tiers, so no tier {tier!r}",
                template=doc.key,
                tier=tier,
            )
        )
    allowed = template.body.get("respondent", RespondentRole.ASSESSOR.value)
    if respondent not in [r.value for r in RespondentRole] or respondent == "both":
        raise AssessmentError(
            Message(
                "not_a_respondent",
                "respondent must be assessor or partner_self, not {respondent!r}",
                respondent=respondent,
            )
        )
    if allowed != RespondentRole.BOTH and respondent != allowed:
        raise AssessmentError(
            Message(
                "wrong_respondent",
                "template {template} is answered by {allowed}, not {respondent}",
                template=doc.key,
                allowed=allowed,
                respondent=respondent,
            )
        )
    assessment = Assessment(
        partner_id=partner.id,
        project_id=project.id if project is not None else None,
        assessment_kind=template.assessment_kind,
        template_key=template.template_key,
        template_version=template.version,
        tier=tier,
        respondent=respondent,
        title=title.strip() or doc.title("en"),
        assessed_on=assessed_on or context_of(session).clock.now().date(),
        place=place,
        assessors=list(assessors),
        participants=list(participants),
    )
    session.add(assessment)
    session.flush()
    return assessment


def get_assessment(session: Session, assessment_id: str) -> Assessment:
    """An assessment by id or by a unique id prefix of 8 characters or more."""
    key = assessment_id.strip().lower()
    found = session.get(Assessment, key)
    if found is None and len(key) >= 8:
        matches = list(
            session.scalars(
                select(Assessment)
                .where(Assessment.id.startswith(key), Assessment.deleted.is_(False))
                .limit(2)
            )
        )
        found = matches[0] if len(matches) == 1 else None
    if found is None or found.deleted:
        raise AssessmentNotFound(
            Message("no_assessment", "no assessment with id {id}", id=assessment_id)
        )
    return found


def assessments_of(session: Session, partner: Partner, kind: str | None = None) -> list[Assessment]:
    """A partner's assessments, oldest first."""
    query = select(Assessment).where(
        Assessment.partner_id == partner.id, Assessment.deleted.is_(False)
    )
    if kind is not None:
        query = query.where(Assessment.assessment_kind == kind)
    return list(session.scalars(query.order_by(Assessment.assessed_on, Assessment.id)))


def template_of(session: Session, assessment: Assessment) -> Template:
    """The exact template version the assessment was made with."""
    return get_template(session, assessment.template_key, assessment.template_version)


def answers_of(session: Session, assessment: Assessment) -> dict[str, Answer]:
    rows = session.scalars(
        select(Answer).where(Answer.assessment_id == assessment.id, Answer.deleted.is_(False))
    )
    return {row.item_id: row for row in rows}


def given_answers(answers: Mapping[str, Answer]) -> dict[str, GivenAnswer]:
    return {
        item_id: GivenAnswer(row.value, row.not_applicable)
        for item_id, row in answers.items()
        if row.value is not None or row.not_applicable
    }


# --- answering --------------------------------------------------------------------------


def _require_draft(assessment: Assessment) -> None:
    if assessment.deleted:
        raise AssessmentError(
            Message("assessment_deleted", "assessment {id} has been deleted", id=assessment.id)
        )
    if assessment.status != AssessmentStatus.DRAFT:
        raise AssessmentLocked(
            Message(
                "assessment_locked",
                "assessment {id} is {status}: its answers are locked; reopen it to make a "
                "new draft",
                id=assessment.id,
                status=assessment.status,
            )
        )


def _item(doc: TemplateDocument, item_id: str) -> Any:
    ref = doc.items.get(item_id)
    if ref is None:
        raise AnswerRejected(
            Message(
                "no_such_item",
                "template {template} version {version} has no item {item!r}",
                template=doc.key,
                version=doc.version,
                item=item_id,
            )
        )
    return ref


def _store(
    session: Session,
    assessment: Assessment,
    item_id: str,
    checked: CheckedAnswer,
    evidence_note: str,
    answered_by: str,
) -> Answer:
    ident = answer_id(assessment.id, item_id)
    row = session.get(Answer, ident)
    if row is None:
        row = Answer(id=ident, assessment_id=assessment.id, item_id=item_id)
        session.add(row)
    row.deleted = False
    row.value = checked.value
    row.not_applicable = checked.not_applicable
    row.evidence_note = evidence_note
    row.answered_by = answered_by
    return row


def _answer_based_on(
    session: Session, assessment: Assessment, item_id: str, based_on: str | None
) -> None:
    """The answer is changed from its revision ``based_on`` ("" when it had none)."""
    ident = answer_id(assessment.id, item_id)
    row = session.get(Answer, ident)
    if row is not None:
        edit_from(session, row, based_on)
    else:
        edit_based_on(session, ident, based_on)


def set_answer(
    session: Session,
    assessment: Assessment,
    item_id: str,
    value: Any,
    *,
    not_applicable: bool = False,
    evidence_note: str = "",
    answered_by: str | None = None,
    based_on: str | None = None,
) -> Answer:
    """Answer one item (or mark it not applicable); AnswerRejected if it does not fit.

    Evidence is checked when the assessment is finalised, not on every keystroke.
    ``based_on`` is the answer's revision when the editor read it ("" for no answer then):
    an answer changed meanwhile refuses this one (``revisions.EditConflict``).
    """
    _require_draft(assessment)
    _answer_based_on(session, assessment, item_id, based_on)
    doc = TemplateDocument(template_of(session, assessment).body)
    checked = check_answer(doc, _item(doc, item_id), value, not_applicable=not_applicable)
    by = context_of(session).author if answered_by is None else answered_by
    row = _store(session, assessment, item_id, checked, evidence_note.strip(), by)
    session.flush()
    return row


def clear_answer(
    session: Session, assessment: Assessment, item_id: str, *, based_on: str | None = None
) -> None:
    """Take an answer back: the item is unanswered again (the history keeps the answer).
    ``based_on``: see ``set_answer``."""
    _require_draft(assessment)
    _answer_based_on(session, assessment, item_id, based_on)
    row = session.get(Answer, answer_id(assessment.id, item_id))
    if row is not None and not row.deleted:
        row.value = None
        row.not_applicable = False
        row.evidence_note = ""
        session.flush()


def _attachment_counts(session: Session, assessment: Assessment) -> dict[str, int]:
    rows = session.execute(
        select(Attachment.item_id, func.count())
        .where(Attachment.assessment_id == assessment.id, Attachment.deleted.is_(False))
        .group_by(Attachment.item_id)
    )
    return {item_id: count for item_id, count in rows}


def missing_evidence(session: Session, assessment: Assessment) -> list[str]:
    """Answers that need evidence (a note or an attached file) and lack it."""
    return [problem for _, problem in _evidence_problems(session, assessment)]


def _evidence_problems(session: Session, assessment: Assessment) -> list[tuple[str, str]]:
    """(item id, why) of every answer lacking the evidence its item requires."""
    doc = TemplateDocument(template_of(session, assessment).body)
    files = _attachment_counts(session, assessment)
    problems: list[tuple[str, str]] = []
    for item_id, row in sorted(answers_of(session, assessment).items()):
        ref = doc.items.get(item_id)
        if ref is None or (row.value is None and not row.not_applicable):
            continue
        problem = evidence_problem(
            ref,
            CheckedAnswer(row.value, row.not_applicable),
            row.evidence_note,
            files.get(item_id, 0),
            tier=assessment.tier,
            na_needs_justification=doc.na_needs_justification(ref),
        )
        if problem:
            problems.append((item_id, problem))
    return problems


# --- importing answers from a file ------------------------------------------------------


def _row_problem(row: AnswerRow, problem: str) -> Message:
    if row.item_id:
        return Message(
            "answer_row_item_problem",
            "row {row} ({item}): {problem}",
            row=row.row,
            item=row.item_id,
            problem=problem,
        )
    return Message("answer_row_problem", "row {row}: {problem}", row=row.row, problem=problem)


@dataclass(frozen=True)
class AnswerRow:
    """One answer as read from a file: where it was, the item, the answer and a note."""

    row: int
    item_id: str
    answer: Any
    note: str = ""


def read_answer_file(path: Path | str) -> list[AnswerRow]:
    """Rows of a spreadsheet (XLSX or CSV: columns item id, answer, note, headed in any of
    the four languages) or of a JSON answer file.

    JSON may be a list of ``{"item_id", "answer", "note"}`` objects, an object with such
    a list under ``"answers"``, or an object mapping item ids to answers.
    """
    path = Path(path)
    if path.suffix.lower() == ".json":
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise AssessmentError(
                Message("not_utf8", "{file} is not UTF-8 text", file=str(path))
            ) from None
        return _rows_from_json(text, str(path))
    try:
        # Any other name is read as CSV, as answer files always were.
        table = read_table(path) if path.suffix.lower() == ".xlsx" else read_csv_table(path)
    except SpreadsheetError as exc:
        raise AssessmentError(*exc.args) from None
    return _rows_from_table(table, str(path))


def _rows_from_table(table: Table, source: str) -> list[AnswerRow]:
    mapping = {
        field: column
        for column, field in match_headers(table.headers, import_words()["answer_headers"]).items()
    }
    if "item_id" not in mapping or "answer" not in mapping:
        raise AssessmentError(
            Message(
                "answer_columns",
                "{source}: the first row must name the columns item_id, answer, note",
                source=source,
            )
        )
    rows = []
    for row in table.rows:
        item_id = row.cell(mapping["item_id"])
        answer = row.cell(mapping["answer"])
        note = row.cell(mapping["note"]) if "note" in mapping else ""
        if not item_id and not answer:
            continue
        rows.append(AnswerRow(row.number, item_id, answer, note))
    return rows


def _rows_from_json(text: str, source: str) -> list[AnswerRow]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AssessmentError(
            Message(
                "not_json_at",
                "{source} is not JSON: {problem} at line {line}",
                source=source,
                problem=exc.msg,
                line=exc.lineno,
            )
        ) from None
    if isinstance(data, Mapping) and isinstance(data.get("answers"), list):
        data = data["answers"]
    if isinstance(data, Mapping):
        return [AnswerRow(n, str(k), v) for n, (k, v) in enumerate(data.items(), start=1)]
    if not isinstance(data, list):
        raise AssessmentError(
            Message("not_answer_list", "{source}: expected a list of answers", source=source)
        )
    rows = []
    for number, entry in enumerate(data, start=1):
        if not isinstance(entry, Mapping):
            raise AssessmentError(
                Message(
                    "answer_not_object",
                    "{source}: answer {number} is not an object",
                    source=source,
                    number=number,
                )
            )
        rows.append(
            AnswerRow(
                number,
                str(entry.get("item_id", "")).strip(),
                entry.get("answer"),
                str(entry.get("note") or "").strip(),
            )
        )
    return rows


def import_answers(
    session: Session,
    assessment: Assessment,
    rows: Iterable[AnswerRow],
    *,
    source: str = "answers",
    answered_by: str | None = None,
) -> list[Answer]:
    """Check every row, then store them all, or nothing: AnswerImportRejected names
    each bad row (unknown item, answer outside the scale or options, missing evidence,
    an item answered twice, an item that does not apply to the assessment's tier)."""
    _require_draft(assessment)
    doc = TemplateDocument(template_of(session, assessment).body)
    files = _attachment_counts(session, assessment)
    problems: list[str] = []
    accepted: list[tuple[AnswerRow, CheckedAnswer]] = []
    seen: dict[str, int] = {}
    for row in rows:
        ref = doc.items.get(row.item_id)
        if not row.item_id:
            problems.append(_row_problem(row, Message("no_item_id", "no item_id")))
            continue
        if ref is None:
            problems.append(
                _row_problem(
                    row, Message("unknown_item", "unknown item id {item!r}", item=row.item_id)
                )
            )
            continue
        if row.item_id in seen:
            problems.append(
                _row_problem(
                    row,
                    Message(
                        "item_answered_twice",
                        "{item} is already answered in row {row}",
                        item=row.item_id,
                        row=seen[row.item_id],
                    ),
                )
            )
            continue
        seen[row.item_id] = row.row
        tiers = ref.item.get("applies_to_tiers")
        section_tiers = [doc.sections[s].section.get("applies_to_tiers") for s in ref.sections]
        if any(t and assessment.tier not in t for t in [tiers, *section_tiers]):
            problems.append(
                _row_problem(
                    row,
                    Message(
                        "item_not_in_tier",
                        "{item} does not apply to the {tier} tier",
                        item=row.item_id,
                        tier=assessment.tier,
                    ),
                )
            )
            continue
        try:
            if isinstance(row.answer, str):
                checked = answer_from_text(doc, ref, row.answer)
            else:
                checked = check_answer(doc, ref, row.answer)
        except AnswerRejected as exc:
            problems.append(_row_problem(row, exc.args[0]))
            continue
        problem = evidence_problem(
            ref,
            checked,
            row.note,
            files.get(row.item_id, 0),
            tier=assessment.tier,
            na_needs_justification=doc.na_needs_justification(ref),
        )
        if problem:
            problems.append(_row_problem(row, problem))
            continue
        accepted.append((row, checked))
    if problems:
        raise AnswerImportRejected(source, problems)
    by = context_of(session).author if answered_by is None else answered_by
    stored = [_store(session, assessment, r.item_id, c, r.note, by) for r, c in accepted]
    session.flush()
    return stored


# --- results and lifecycle --------------------------------------------------------------


def assessment_facts(session: Session, assessment: Assessment) -> AssessmentFacts:
    """What scoring reads besides the answers: the project's amount, the partner's
    actions (for computed counts) and the assessment's date."""
    project = session.get(Project, assessment.project_id) if assessment.project_id else None
    amount = float(project.amount) if project is not None and project.amount is not None else None
    rows = session.execute(
        select(Action.status, Action.source, Action.due_date).where(
            Action.partner_id == assessment.partner_id, Action.deleted.is_(False)
        )
    )
    return AssessmentFacts(
        project_amount=amount,
        actions=tuple(ActionFact(r[0], r[1] or "", r[2]) for r in rows),
        assessed_on=assessment.assessed_on,
    )


def compute_assessment(session: Session, assessment: Assessment) -> Results:
    """Results of the assessment's current answers (stored results of a final one are
    what ``results_of`` returns)."""
    template = template_of(session, assessment)
    return compute_results(
        template.body,
        given_answers(answers_of(session, assessment)),
        tier=assessment.tier,
        respondent=assessment.respondent,
        facts=assessment_facts(session, assessment),
    )


def results_of(session: Session, assessment: Assessment) -> Results:
    """The stored results of a final or approved assessment, live results of a draft."""
    if assessment.status != AssessmentStatus.DRAFT and assessment.results:
        return Results.from_json(assessment.results)
    return compute_assessment(session, assessment)


def finalise_problems(session: Session, assessment: Assessment) -> list[MissingAnswer]:
    """Every question that keeps the assessment from being final, in the template's
    order: required items that apply and are unanswered, and answers lacking the
    evidence (or the justification of not applicable) their item requires.

    This is the one finalising rule: the application, the CLI and the demo data obey it.
    """
    template = template_of(session, assessment)
    doc = TemplateDocument(template.body)
    rows = answers_of(session, assessment)
    results = compute_assessment(session, assessment)
    evidence = dict(_evidence_problems(session, assessment))
    missing = []
    for number, ref in enumerate(doc.item_order, start=1):
        if not ref.answered_by_hand:
            continue
        item = results.items.get(ref.id)
        if item is None or not item.applicable:
            continue
        title = doc.text(ref.item.get("text"))
        row = rows.get(ref.id)
        answered = row is not None and (row.value is not None or row.not_applicable)
        if ref.required and not answered:
            missing.append(
                MissingAnswer(ref.id, number, title, Message("not_answered", "not answered"))
            )
        elif ref.id in evidence:
            problem = evidence[ref.id]
            reason = getattr(problem, "arguments", {}).get("reason", problem)
            missing.append(MissingAnswer(ref.id, number, title, reason))
    return missing


def finalise(
    session: Session,
    assessment: Assessment,
    *,
    overrides: Sequence[OverrideRequest] = (),
    based_on: str | None = None,
) -> Assessment:
    """Compute and store the results and lock the answers.

    Refused (FinaliseRefused, listing each question by number and title) while a
    required item that applies is unanswered — "not applicable", "don't know" and
    "covered" are answers — or an answer lacks the evidence its item requires.
    ``overrides`` change results, with a justification the results keep. ``based_on``
    is the assessment's revision the person saw (``revisions.EditConflict`` if another
    change came meanwhile).
    """
    edit_from(session, assessment, based_on)
    _require_draft(assessment)
    problems = finalise_problems(session, assessment)
    if problems:
        raise FinaliseRefused(problems)
    now = context_of(session).clock.now()
    _store_results(session, assessment, compute_assessment(session, assessment), overrides)
    assessment.status = AssessmentStatus.FINAL.value
    assessment.finalised_at = now
    session.flush()
    return assessment


def _store_results(
    session: Session,
    assessment: Assessment,
    results: Results,
    overrides: Sequence[OverrideRequest],
) -> None:
    """Store ``results`` with the overrides applied (each kept with who and when)."""
    body = template_of(session, assessment).body
    context = context_of(session)
    for request in overrides:
        try:
            results = apply_override(
                body,
                results,
                request.result,
                request.value,
                request.justification,
                by=context.author,
                at=context.clock.now().isoformat(timespec="seconds"),
            )
        except OverrideRefused as exc:
            raise AssessmentError(*exc.args) from None
    assessment.results = results.to_json()
    assessment.recommended_decision = results.recommended_decision or ""


def override_result(
    session: Session,
    assessment: Assessment,
    request: OverrideRequest,
    *,
    based_on: str | None = None,
) -> Assessment:
    """Override one result of a final assessment, with the justification its results
    keep (and its history, as a new revision). An approved assessment's decision was
    taken on its results: reopen it to change them. ``based_on``: see ``finalise``."""
    edit_from(session, assessment, based_on)
    if assessment.status != AssessmentStatus.FINAL:
        raise AssessmentError(
            Message(
                "override_needs_final",
                "only a final assessment's results can be overridden, not a {status} one",
                status=assessment.status,
            )
        )
    _store_results(session, assessment, results_of(session, assessment), [request])
    session.flush()
    return assessment


def reopen(session: Session, assessment: Assessment, *, based_on: str | None = None) -> Assessment:
    """Make a final assessment a draft again; its final revision stays in the history.
    ``based_on``: see ``finalise``."""
    edit_from(session, assessment, based_on)
    if assessment.status == AssessmentStatus.DRAFT:
        raise AssessmentError(
            Message("already_draft", "assessment {id} is already a draft", id=assessment.id)
        )
    assessment.status = AssessmentStatus.DRAFT.value
    for name, cleared in REOPENED.items():
        setattr(assessment, name, copy.copy(cleared))
    session.flush()
    return assessment


def approve(
    session: Session,
    assessment: Assessment,
    decision: str,
    *,
    conditions: str = "",
    approved_by: str | None = None,
    based_on: str | None = None,
) -> Assessment:
    """Record the decision taken on a final assessment (which may differ from the
    recommended one: people decide, the template only recommends). ``based_on``: see
    ``finalise``."""
    edit_from(session, assessment, based_on)
    if assessment.status != AssessmentStatus.FINAL:
        raise AssessmentError(
            Message(
                "approve_needs_final",
                "only a final assessment can be approved, not a {status} one",
                status=assessment.status,
            )
        )
    if decision == "":
        raise AssessmentError(
            Message("decision_needed", "decision: must be given to approve an assessment")
        )
    changes = {
        "status": AssessmentStatus.APPROVED.value,
        "decision": decision,
        "conditions": conditions.strip() if isinstance(conditions, str) else conditions,
        "approved_by": context_of(session).author if approved_by is None else approved_by,
    }
    problems = check_changes("assessment", changes, assessment)
    if problems:
        raise AssessmentError(field_problems(problems))
    for name, value in changes.items():
        setattr(assessment, name, value)
    session.flush()
    return assessment


# --- comparisons and reading ------------------------------------------------------------


def previous_assessment(session: Session, assessment: Assessment) -> Assessment | None:
    """The partner's latest earlier non-draft assessment with the same template."""
    earlier = [
        a
        for a in assessments_of(session, session.get(Partner, assessment.partner_id))  # type: ignore[arg-type]
        if a.id != assessment.id
        and a.template_key == assessment.template_key
        and a.status != AssessmentStatus.DRAFT
        and (a.assessed_on or date.min) <= (assessment.assessed_on or date.max)
    ]
    return earlier[-1] if earlier else None


def compare_with_previous(session: Session, assessment: Assessment) -> dict[str, Any] | None:
    before = previous_assessment(session, assessment)
    if before is None:
        return None
    comparison = compare_results(results_of(session, before), results_of(session, assessment))
    comparison["previous_id"] = before.id
    comparison["previous_date"] = before.assessed_on.isoformat() if before.assessed_on else None
    return comparison


def compare_self_and_assessor(
    session: Session, self_assessment: Assessment, assessor_assessment: Assessment
) -> dict[str, Any]:
    """The partner's self-assessment beside the assessor's, item by item."""
    if (self_assessment.template_key, self_assessment.template_version) != (
        assessor_assessment.template_key,
        assessor_assessment.template_version,
    ):
        raise AssessmentError(
            Message(
                "compare_same_version",
                "a self-assessment compares only with the same template version",
            )
        )
    if self_assessment.respondent != RespondentRole.PARTNER_SELF:
        raise AssessmentError(
            Message(
                "not_self_assessment",
                "assessment {id} is not a self-assessment",
                id=self_assessment.id,
            )
        )
    template = template_of(session, self_assessment)
    return compare_perspectives(
        template.body,
        given_answers(answers_of(session, self_assessment)),
        given_answers(answers_of(session, assessor_assessment)),
        tier=self_assessment.tier,
    )


def assessment_view(
    session: Session, assessment: Assessment, language: str = "en"
) -> dict[str, Any]:
    """Everything ``assessment show`` prints: the assessment, its answers and results
    (``results`` is a ``Results``; ``to_json`` gives its JSON)."""
    template = template_of(session, assessment)
    doc = TemplateDocument(template.body)
    rows = answers_of(session, assessment)
    partner = session.get(Partner, assessment.partner_id)
    answers = []
    for ref in doc.item_order:
        row = rows.get(ref.id)
        if row is None or (row.value is None and not row.not_applicable):
            continue
        answers.append(
            {
                "item_id": ref.id,
                "section_id": ref.sections[-1] if ref.sections else "",
                "text": doc.text(ref.item.get("text"), language),
                "answer": None if row.not_applicable else row.value,
                "not_applicable": row.not_applicable,
                "dont_know": row.value == DONT_KNOW,
                "covered": row.value == COVERED,
                "label": "not applicable"
                if row.not_applicable
                else doc.answer_label(ref, row.value, language),
                "note": row.evidence_note,
            }
        )
    return {
        "id": assessment.id,
        "partner": {"id": assessment.partner_id, "name": partner.name if partner else ""},
        "kind": assessment.assessment_kind,
        "template": {
            "id": assessment.template_key,
            "version": assessment.template_version,
            "title": doc.title(language),
        },
        "tier": assessment.tier,
        "respondent": assessment.respondent,
        "title": assessment.title,
        "assessed_on": assessment.assessed_on.isoformat() if assessment.assessed_on else None,
        "status": assessment.status,
        "decision": assessment.decision,
        "conditions": assessment.conditions,
        "answers": answers,
        "results": results_of(session, assessment),
    }


# --- for the interface: listing, answer states, the other perspective -------------------


def shown_title(title: str, template_title: Any, language: str) -> str:
    """An assessment's title in ``language``. A new assessment is titled with its
    template's English title unless one is given; such a title is shown as the template's
    title in ``language`` (``template_title`` is the template's title object), any other
    title as it was typed."""
    english = text_of(template_title, "en")
    if not title or title == english:
        return text_of(template_title, language) or title
    return title


@dataclass(frozen=True)
class AssessmentRow:
    """One line of the list of assessments across partners (plain values, no ORM)."""

    id: str
    partner_id: str
    partner_name: str
    template_key: str
    template_version: int
    template_title: str
    kind: str
    tier: str
    respondent: str
    assessed_on: date | None
    status: str
    rating: str
    level: str = ""  # the overall level of a result in a non-risk vocabulary (capacity)
    # The template's title in each of its languages (``template_title`` is the English).
    template_titles: Mapping[str, str] = field(default_factory=dict)

    def template_title_in(self, language: str) -> str:
        return text_of(dict(self.template_titles), language) or self.template_title


def _listed(
    query: Select[Any],
    *,
    status: str | None,
    kind: str | None,
    partner_id: str | None,
) -> Select[Any]:
    """``query`` over live assessments of live partners, narrowed to one status, kind or
    partner: the one filter the list and its count share."""
    query = query.join(Partner, Partner.id == Assessment.partner_id).where(
        Assessment.deleted.is_(False), Partner.deleted.is_(False)
    )
    if status:
        query = query.where(Assessment.status == status)
    if kind:
        query = query.where(Assessment.assessment_kind == kind)
    if partner_id:
        query = query.where(Assessment.partner_id == partner_id)
    return query


def list_assessments(
    session: Session,
    *,
    status: str | None = None,
    kind: str | None = None,
    partner_id: str | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> list[AssessmentRow]:
    """Live assessments of live partners, newest first (then by id, so pages never
    overlap), optionally of one status, kind or partner; ``offset`` and ``limit`` give one
    page. The rating is the stored one of final and approved assessments (drafts have none
    until finalised: scoring thousands of drafts to list them would be slow).

    The page's ids are sorted first and its columns read after, in one statement: sorting
    only the ids keeps a page deep in a long list as quick as the first one.
    """
    newest_first = (Assessment.assessed_on.desc(), Assessment.id.desc())
    page = (
        _listed(select(Assessment.id), status=status, kind=kind, partner_id=partner_id)
        .order_by(*newest_first)
        .offset(offset)
        .limit(limit)
    )
    query = (
        select(
            Assessment.id,
            Assessment.partner_id,
            Partner.name,
            Assessment.template_key,
            Assessment.template_version,
            Template.title,
            Assessment.assessment_kind,
            Assessment.tier,
            Assessment.respondent,
            Assessment.assessed_on,
            Assessment.status,
            func.json_extract(Assessment.results, "$.rating"),
            func.json_extract(Assessment.results, "$.level"),
            func.json_extract(Template.body, "$.title"),
        )
        .join(Partner, Partner.id == Assessment.partner_id)
        .outerjoin(
            Template,
            (Template.template_key == Assessment.template_key)
            & (Template.version == Assessment.template_version),
        )
        .where(Assessment.id.in_(page))
        .order_by(*newest_first)
    )
    return [
        AssessmentRow(
            id=row[0],
            partner_id=row[1],
            partner_name=row[2],
            template_key=row[3],
            template_version=row[4],
            template_title=row[5] or row[3],
            kind=row[6],
            tier=row[7] or "",
            respondent=row[8] or "",
            assessed_on=row[9],
            status=row[10],
            rating=row[11] if row[10] != AssessmentStatus.DRAFT and row[11] else "",
            level=row[12] if row[10] != AssessmentStatus.DRAFT and row[12] else "",
            template_titles=_titles(row[13]),
        )
        for row in session.execute(query)
    ]


def _titles(stored: Any) -> dict[str, str]:
    """A template's title object as SQLite's json_extract gives it (JSON text)."""
    try:
        value = json.loads(stored) if isinstance(stored, str) else stored
    except ValueError:
        return {"en": stored}
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items() if isinstance(v, str)}
    return {"en": value} if isinstance(value, str) else {}


def count_assessments(
    session: Session,
    *,
    status: str | None = None,
    kind: str | None = None,
    partner_id: str | None = None,
) -> int:
    """How many assessments ``list_assessments`` lists with the same filter."""
    query = _listed(
        select(func.count(Assessment.id)), status=status, kind=kind, partner_id=partner_id
    )
    return int(session.scalar(query) or 0)


def partner_choices(session: Session) -> list[tuple[str, str, str]]:
    """(id, name, acronym) of every live partner, by name: what a partner picker offers."""
    rows = session.execute(
        select(Partner.id, Partner.name, Partner.acronym)
        .where(Partner.deleted.is_(False))
        .order_by(func.casefold(Partner.name), Partner.id)
    )
    return [(row[0], row[1], row[2] or "") for row in rows]


@dataclass(frozen=True)
class AnswerState:
    """Everything one item's answer holds that a person edits: the answer (or not
    applicable, or nothing yet) and the evidence note, which may come before the answer."""

    value: Any = None
    not_applicable: bool = False
    evidence_note: str = ""

    @property
    def answered(self) -> bool:
        return self.not_applicable or self.value is not None


def answer_states(session: Session, assessment: Assessment) -> dict[str, AnswerState]:
    """Every item's answer state, read in one query."""
    return {
        item_id: AnswerState(row.value, row.not_applicable, row.evidence_note)
        for item_id, row in answers_of(session, assessment).items()
        if row.value is not None or row.not_applicable or row.evidence_note
    }


def answer_revisions(session: Session, assessment: Assessment) -> dict[str, str]:
    """Each item's answer revision: what an editor's changes of the answers are based on
    (an item missing here had no answer: its base is "")."""
    return {item_id: row.rev for item_id, row in answers_of(session, assessment).items()}


def answer_state_of(
    session: Session, assessment: Assessment, item_id: str
) -> tuple[AnswerState, str]:
    """One item's answer state as stored now, and its revision ("" for none)."""
    row = session.get(Answer, answer_id(assessment.id, item_id))
    if row is None or row.deleted:
        return AnswerState(), ""
    return AnswerState(row.value, row.not_applicable, row.evidence_note), row.rev


def set_answer_state(
    session: Session,
    assessment: Assessment,
    item_id: str,
    state: AnswerState,
    *,
    answered_by: str | None = None,
    based_on: str | None = None,
) -> Answer:
    """Put one item back exactly in ``state``: answered, not applicable, or unanswered
    with or without a note (what an editor's undo needs; ``set_answer`` always answers
    and ``clear_answer`` also drops the note). AnswerRejected if the answer does not fit.
    ``based_on``: see ``set_answer``."""
    _require_draft(assessment)
    _answer_based_on(session, assessment, item_id, based_on)
    doc = TemplateDocument(template_of(session, assessment).body)
    ref = _item(doc, item_id)
    if state.answered:
        checked = check_answer(doc, ref, state.value, not_applicable=state.not_applicable)
    else:
        checked = CheckedAnswer(None, False)
    by = context_of(session).author if answered_by is None else answered_by
    row = _store(session, assessment, item_id, checked, state.evidence_note.strip(), by)
    session.flush()
    return row


def other_perspective(session: Session, assessment: Assessment) -> Assessment | None:
    """The latest assessment of the same partner and template version answered by the
    other side (the partner's self-assessment for an assessor's one, and back), if any."""
    other = {
        RespondentRole.ASSESSOR.value: RespondentRole.PARTNER_SELF.value,
        RespondentRole.PARTNER_SELF.value: RespondentRole.ASSESSOR.value,
    }.get(assessment.respondent)
    if other is None:
        return None
    return session.scalars(
        select(Assessment)
        .where(
            Assessment.partner_id == assessment.partner_id,
            Assessment.template_key == assessment.template_key,
            Assessment.template_version == assessment.template_version,
            Assessment.respondent == other,
            Assessment.tier == assessment.tier,
            Assessment.deleted.is_(False),
        )
        .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
        .limit(1)
    ).first()
