"""What the assessment screens read from the vault, as plain data copied out of one short
session (so it can run on a worker thread and no ORM object outlives the read).

No Qt here: these functions run off the UI thread through ``ui.worker``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from fieldpartner.domain.assessments import (
    AnswerState,
    answer_revisions,
    answer_states,
    assessment_facts,
    compare_self_and_assessor,
    compare_with_previous,
    get_assessment,
    other_perspective,
    results_of,
    template_of,
)
from fieldpartner.domain.attachments import attachments_of
from fieldpartner.domain.models import Partner, RespondentRole
from fieldpartner.domain.plans import actions_of_assessment
from fieldpartner.domain.results import Results
from fieldpartner.domain.scoring import AssessmentFacts, GivenAnswer, compute_results
from fieldpartner.domain.staff import Action, may
from fieldpartner.domain.templates import TemplateDocument, ensure_builtin_templates, text_of
from fieldpartner.domain.templates import list_templates as stored_templates
from fieldpartner.vault import Vault


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    filename: str
    size: int


@dataclass
class AssessmentData:
    """One assessment as the editor shows it: header, template body and every answer."""

    id: str
    partner_id: str
    partner_name: str
    title: str
    template_key: str
    template_version: int
    kind: str
    tier: str
    respondent: str
    assessed_on: date | None
    place: str
    assessors: list[str]
    status: str
    body: dict[str, Any]
    states: dict[str, AnswerState]
    attachments: dict[str, list[AttachmentInfo]] = field(default_factory=dict)
    # What scoring reads besides the answers (project amount, the partner's actions), so
    # the editor's live results match the domain's (computed items, rules on amounts).
    facts: AssessmentFacts | None = None
    # The results of ``states`` when read (``live_results``), for the editor's first view.
    results: Results = field(default_factory=Results)
    # The versions read: of the assessment, and of each answer ({item: rev}, none for an
    # item without an answer). A change from one is refused if another came meanwhile;
    # the answers' are read and moved on by the vault's one writer thread, in order.
    rev: str = ""
    answer_revs: dict[str, str] = field(default_factory=dict)

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"


def live_results(data: AssessmentData, states: Mapping[str, AnswerState]) -> Results:
    """The scoring engine's results for ``states`` (the answers as the editor shows them):
    completeness and which items apply. Plain data in and out, so it runs on a worker thread
    with a copy of the states."""
    given = {
        item_id: GivenAnswer(state.value, state.not_applicable)
        for item_id, state in states.items()
        if state.answered
    }
    return compute_results(
        data.body, given, tier=data.tier, respondent=data.respondent, facts=data.facts
    )


def load_assessment(vault: Vault, assessment_id: str) -> AssessmentData:
    """The assessment, its template, all its answers and attachments, and what scoring
    reads besides (the project amount, the partner's actions): a few queries."""
    with vault.session() as session:
        assessment = get_assessment(session, assessment_id)
        partner = session.get(Partner, assessment.partner_id)
        template = template_of(session, assessment)
        files: dict[str, list[AttachmentInfo]] = {}
        for attachment in attachments_of(session, assessment=assessment):
            files.setdefault(attachment.item_id, []).append(
                AttachmentInfo(attachment.id, attachment.filename, attachment.size)
            )
        data = AssessmentData(
            id=assessment.id,
            partner_id=assessment.partner_id,
            partner_name=partner.name if partner is not None else "",
            title=assessment.title,
            template_key=assessment.template_key,
            template_version=assessment.template_version,
            kind=assessment.assessment_kind,
            tier=assessment.tier,
            respondent=assessment.respondent,
            assessed_on=assessment.assessed_on,
            place=assessment.place,
            assessors=list(assessment.assessors),
            status=assessment.status,
            body=dict(template.body),
            states=answer_states(session, assessment),
            attachments=files,
            facts=assessment_facts(session, assessment),
            rev=assessment.rev,
            answer_revs=answer_revisions(session, assessment),
        )
    data.results = live_results(data, data.states)
    return data


@dataclass(frozen=True)
class ActionInfo:
    id: str
    title: str
    item_id: str
    owner: str
    due_date: date | None
    status: str
    rev: str = ""  # the version read: a change from it is refused if another came meanwhile


@dataclass
class ResultsData:
    """Everything the results view shows of one assessment."""

    status: str
    results: Results
    previous: dict[str, Any] | None
    perspectives: dict[str, Any] | None
    actions: list[ActionInfo]
    # Section titles in the interface's language (results carry English ones).
    section_titles: dict[str, str] = field(default_factory=dict)
    # Question texts in the interface's language, by item id.
    item_titles: dict[str, str] = field(default_factory=dict)
    # Risk rules' explanations and named results' titles in the interface's language, by
    # id (the stored results keep the words of the language they were computed in).
    rule_reasons: dict[str, str] = field(default_factory=dict)
    result_titles: dict[str, str] = field(default_factory=dict)
    # Band labels ("Strong capacity", "Significant risk") in the interface's language, by
    # the label the stored results carry (the template's first language).
    band_labels: dict[str, str] = field(default_factory=dict)


def load_results(vault: Vault, assessment_id: str, language: str = "en") -> ResultsData:
    with vault.session() as session:
        assessment = get_assessment(session, assessment_id)
        doc = TemplateDocument(template_of(session, assessment).body)
        titles = {ref.id: text_of(ref.section.get("title"), language) for ref in doc.section_order}
        results = results_of(session, assessment)
        previous = compare_with_previous(session, assessment)
        perspectives = None
        other = other_perspective(session, assessment)
        if other is not None:
            if assessment.respondent == RespondentRole.PARTNER_SELF:
                perspectives = compare_self_and_assessor(session, assessment, other)
            else:
                perspectives = compare_self_and_assessor(session, other, assessment)
        actions = [
            ActionInfo(a.id, a.title, a.item_id, a.owner, a.due_date, a.status, a.rev)
            for a in actions_of_assessment(session, assessment)
        ]
        questions = {ref.id: text_of(ref.item.get("text"), language) for ref in doc.item_order}
        reasons = {
            str(rule.get("id")): text_of(rule.get("reason"), language)
            for rule in doc.body.get("risk_rules") or []
            if isinstance(rule, dict) and rule.get("reason")
        }
        named = {
            str(spec.get("id")): text_of(spec.get("label"), language)
            for spec in doc.named_results()
            if spec.get("label")
        }
        return ResultsData(
            assessment.status,
            results,
            previous,
            perspectives,
            actions,
            titles,
            questions,
            reasons,
            named,
            band_labels(doc, language),
        )


def band_labels(doc: TemplateDocument, language: str) -> dict[str, str]:
    """Every band label of the template (overall, sections, named results), from the words
    results store (``TemplateDocument.text``) to ``language``'s."""
    found: dict[str, str] = {}

    def walk(node: Any) -> None:
        if isinstance(node, Mapping):
            for band in node.get("bands") or []:
                if isinstance(band, Mapping) and band.get("label"):
                    found[doc.text(band["label"])] = doc.text(band["label"], language)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(doc.body)
    return found


@dataclass(frozen=True)
class TemplateChoice:
    """A template a new assessment can use (the newest version of each)."""

    key: str
    version: int
    kind: str
    titles: dict[str, str]
    tiers: list[tuple[str, dict[str, str]]]
    respondent: str

    def title(self, language: str) -> str:
        return self.titles.get(language) or self.titles.get("en") or self.key


def load_template_choices(vault: Vault) -> list[TemplateChoice]:
    """Adds any missing built-in template to the vault, then lists the newest versions."""
    with vault.transaction() as session:
        if may(session, Action.MANAGE_TEMPLATES):  # on HQ's database, an administrator
            ensure_builtin_templates(session)
        newest: dict[str, Any] = {}
        for template in stored_templates(session):
            newest[template.template_key] = template  # listed by key, then version
        choices = []
        for template in newest.values():
            body = template.body
            doc = TemplateDocument(body)
            title = body.get("title")
            titles = dict(title) if isinstance(title, dict) else {"en": template.title}
            tiers = [
                (str(t.get("id")), dict(t.get("label") or {}))
                for t in body.get("tiers") or []
                if isinstance(t, dict)
            ]
            choices.append(
                TemplateChoice(
                    key=doc.key,
                    version=doc.version,
                    kind=template.assessment_kind,
                    titles=titles,
                    tiers=tiers,
                    respondent=str(body.get("respondent", "assessor")),
                )
            )
        return sorted(choices, key=lambda c: (c.kind, c.key))
