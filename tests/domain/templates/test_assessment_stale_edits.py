"""An assessment edited by two people: an answer, finalising, reopening, an override or an
approval based on the version the person saw is refused when someone else changed it
meanwhile (``revisions.EditConflict`` naming them), and nothing of it is written."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session
from template_builders import example_template

from fieldpartner.domain.assessments import (
    AnswerState,
    OverrideRequest,
    approve,
    clear_answer,
    create_assessment,
    finalise,
    override_result,
    reopen,
    set_answer,
    set_answer_state,
)
from fieldpartner.domain.ids import answer_id
from fieldpartner.domain.models import Answer, Assessment
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.revisions import EditConflict, history
from fieldpartner.domain.templates import store_template
from fieldpartner.vault import Vault

ITEM = "finance.procedures"


def _draft(vault: Vault, *, answered: bool = True, final: bool = False) -> str:
    with vault.transaction() as session:
        partner = add_partner(session, name="Sudan Monitors", country="SD")
        template = store_template(session, example_template()).template
        assessment = create_assessment(session, partner, template, tier="small")
        set_answer(session, assessment, "legal.registered", "partly", evidence_note="Pending")
        set_answer(session, assessment, "legal.bank_account", "yes")
        if answered:
            set_answer(session, assessment, ITEM, 3)
        if final:
            finalise(session, assessment)
        return assessment.id


def _rev(vault: Vault, model: type[Answer] | type[Assessment], record_id: str) -> str:
    with vault.session() as session:
        record = session.get(model, record_id)
        return record.rev if record is not None else ""


def _assessment(session: Session, assessment_id: str) -> Assessment:
    found = session.get(Assessment, assessment_id)
    assert found is not None
    return found


AnswerChange = Callable[[Session, Assessment, str], object]
ANSWER_CHANGES: dict[str, AnswerChange] = {
    "set": lambda s, a, base: set_answer(s, a, ITEM, 1, based_on=base),
    "cleared": lambda s, a, base: clear_answer(s, a, ITEM, based_on=base),
    "state": lambda s, a, base: set_answer_state(
        s, a, ITEM, AnswerState(2, False, "seen"), based_on=base
    ),
}


@pytest.mark.parametrize("how", sorted(ANSWER_CHANGES))
def test_an_answer_changed_meanwhile_refuses_the_stale_one(vault: Vault, how: str) -> None:
    assessment_id = _draft(vault)
    ident = answer_id(assessment_id, ITEM)
    base = _rev(vault, Answer, ident)  # the editor shows the answer 3
    with vault.transaction(author="bruno") as session:
        set_answer(session, _assessment(session, assessment_id), ITEM, 4)
    with (
        pytest.raises(EditConflict, match="changed by bruno"),
        vault.transaction(author="amina") as session,
    ):
        ANSWER_CHANGES[how](session, _assessment(session, assessment_id), base)
    with vault.session() as session:
        answer = session.get(Answer, ident)
        assert answer is not None and answer.value == 4
    # From the answer as it is now, the change lands.
    with vault.transaction(author="amina") as session:
        ANSWER_CHANGES[how](
            session, _assessment(session, assessment_id), _rev(vault, Answer, ident)
        )
    with vault.session() as session:
        assert history(session, ident)[-1].author == "amina"


def test_two_people_answering_an_unanswered_item_the_second_is_refused(vault: Vault) -> None:
    assessment_id = _draft(vault, answered=False)
    ident = answer_id(assessment_id, ITEM)
    assert _rev(vault, Answer, ident) == ""  # both editors show it unanswered
    with vault.transaction(author="bruno") as session:
        set_answer(session, _assessment(session, assessment_id), ITEM, 4, based_on="")
    with (
        pytest.raises(EditConflict, match="changed by bruno"),
        vault.transaction(author="amina") as session,
    ):
        set_answer(session, _assessment(session, assessment_id), ITEM, 2, based_on="")
    with vault.session() as session:
        assert session.get(Answer, ident).value == 4  # type: ignore[union-attr]


AssessmentChange = Callable[[Session, Assessment, str], object]
FINAL_CHANGES: dict[str, AssessmentChange] = {
    "reopened": lambda s, a, base: reopen(s, a, based_on=base),
    "overridden": lambda s, a, base: override_result(
        s, a, OverrideRequest("overall", "low", "Bank letter seen"), based_on=base
    ),
    "approved": lambda s, a, base: approve(s, a, "approve", based_on=base),
}


@pytest.mark.parametrize("how", sorted(FINAL_CHANGES))
def test_a_final_assessment_changed_meanwhile_refuses_the_stale_change(
    vault: Vault, how: str
) -> None:
    assessment_id = _draft(vault, final=True)
    base = _rev(vault, Assessment, assessment_id)
    with vault.transaction(author="bruno") as session:
        override_result(
            session,
            _assessment(session, assessment_id),
            OverrideRequest("overall", "moderate", "Audit letter"),
        )
    with (
        pytest.raises(EditConflict, match="changed by bruno"),
        vault.transaction(author="amina") as session,
    ):
        FINAL_CHANGES[how](session, _assessment(session, assessment_id), base)
    with vault.session() as session:
        assert history(session, assessment_id)[-1].author == "bruno"
    with vault.transaction(author="amina") as session:
        assessment = _assessment(session, assessment_id)
        FINAL_CHANGES[how](session, assessment, assessment.rev)
    with vault.session() as session:
        assert history(session, assessment_id)[-1].author == "amina"


def test_finalising_a_draft_someone_changed_meanwhile_is_refused(vault: Vault) -> None:
    assessment_id = _draft(vault, final=True)
    with vault.transaction() as session:
        reopen(session, _assessment(session, assessment_id))
    base = _rev(vault, Assessment, assessment_id)
    with vault.transaction(author="bruno") as session:
        finalise(session, _assessment(session, assessment_id))
        reopen(session, _assessment(session, assessment_id))
    with (
        pytest.raises(EditConflict, match="changed by bruno"),
        vault.transaction(author="amina") as session,
    ):
        finalise(session, _assessment(session, assessment_id), based_on=base)
    with vault.session() as session:
        assert _assessment(session, assessment_id).status == "draft"
