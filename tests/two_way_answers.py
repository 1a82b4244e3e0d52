"""Final two-way assessments made as partners answer them, for the tests of every layer
that reads them combined (domain, command line, application)."""

from __future__ import annotations

from datetime import date

from fieldpartner.domain.assessments import create_assessment, finalise, set_answer
from fieldpartner.domain.models import Partner
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.revisions import RecordSession
from fieldpartner.domain.templates import get_template
from fieldpartner.domain.templates.document import TemplateDocument


def answered_by(session: RecordSession, name: str, level: int, day: date) -> None:
    """A new partner's final two-way assessment with every statement at ``level``."""
    answered(session, add_partner(session, name=name), level, day)


def answered(session: RecordSession, partner: Partner, level: int, day: date) -> None:
    template = get_template(session, "fp.two-way")
    assessment = create_assessment(
        session, partner, template, respondent="partner_self", assessed_on=day
    )
    doc = TemplateDocument(template.body)
    for ref in doc.item_order:
        if ref.type == "scored":
            set_answer(session, assessment, ref.id, level)
        elif ref.type == "single_choice":
            set_answer(session, assessment, ref.id, doc.answer_values(ref)[0])
        elif ref.required:
            set_answer(session, assessment, ref.id, "No comment")
    finalise(session, assessment)
