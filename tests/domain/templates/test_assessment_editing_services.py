"""Services the assessment screens rely on: listing across partners, exact answer states
for undo, the other side's perspective, and the actions an assessment proposed."""

from __future__ import annotations

from datetime import date

import pytest
from template_builders import psea_like, scale4, scored, section, template

from fieldpartner.domain.assessments import (
    AnswerState,
    AssessmentLocked,
    answer_states,
    count_assessments,
    create_assessment,
    finalise,
    list_assessments,
    other_perspective,
    partner_choices,
    set_answer_state,
)
from fieldpartner.domain.models import ActionStatus, Partner
from fieldpartner.domain.partners import add_partner, delete_partner
from fieldpartner.domain.plans import accept_action, actions_of_assessment, propose_actions
from fieldpartner.domain.revisions import RecordSession
from fieldpartner.domain.templates import store_template
from fieldpartner.domain.templates.answers import AnswerRejected


def _capacity(session: RecordSession):
    body = template(
        [section("gov", [scored("gov.board"), scored("gov.plan")])],
        {
            "method": "weighted_mean",
            "bands": [
                {"from_fraction": 0, "rating": "high"},
                {"from_fraction": 0.5, "rating": "low"},
            ],
        },
        scales={"s4": scale4(target=3)},
    )
    return store_template(session, body).template


def test_answer_state_round_trips_every_shape(session: RecordSession, partner: Partner) -> None:
    assessment = create_assessment(session, partner, _capacity(session))
    set_answer_state(session, assessment, "gov.board", AnswerState(3, False, "minutes seen"))
    set_answer_state(session, assessment, "gov.plan", AnswerState(None, False, "ask again"))
    assert answer_states(session, assessment) == {
        "gov.board": AnswerState(3, False, "minutes seen"),
        "gov.plan": AnswerState(None, False, "ask again"),
    }
    # Back to unanswered keeps the note; not applicable drops the value.
    set_answer_state(session, assessment, "gov.board", AnswerState(None, False, "minutes seen"))
    set_answer_state(session, assessment, "gov.plan", AnswerState(None, True, ""))
    states = answer_states(session, assessment)
    assert states["gov.board"] == AnswerState(None, False, "minutes seen")
    assert not states["gov.board"].answered
    assert states["gov.plan"] == AnswerState(None, True, "")
    with pytest.raises(AnswerRejected):
        set_answer_state(session, assessment, "gov.board", AnswerState(9))


def test_answer_state_is_refused_once_final(session: RecordSession, partner: Partner) -> None:
    assessment = create_assessment(session, partner, _capacity(session))
    set_answer_state(session, assessment, "gov.board", AnswerState(2))
    set_answer_state(session, assessment, "gov.plan", AnswerState(None, True))
    finalise(session, assessment)
    with pytest.raises(AssessmentLocked):
        set_answer_state(session, assessment, "gov.board", AnswerState(4))


def test_list_shows_assessments_across_partners_with_stored_ratings(
    session: RecordSession, partner: Partner
) -> None:
    other = add_partner(session, name="Bar Association", country="UG")
    gone = add_partner(session, name="Closed Office")
    capacity = _capacity(session)
    first = create_assessment(session, partner, capacity, assessed_on=date(2026, 1, 5))
    set_answer_state(session, first, "gov.board", AnswerState(1))
    set_answer_state(session, first, "gov.plan", AnswerState(1))
    finalise(session, first)
    second = create_assessment(session, other, capacity, assessed_on=date(2026, 3, 1))
    create_assessment(session, gone, capacity, assessed_on=date(2026, 2, 1))
    delete_partner(session, gone)

    rows = list_assessments(session)
    assert [r.id for r in rows] == [second.id, first.id]
    assert rows[1].partner_name == "Legal Aid Centre"
    assert rows[1].template_title == "Test template"
    assert (rows[1].status, rows[1].rating) == ("final", "high")
    assert rows[0].rating == ""
    assert [r.id for r in list_assessments(session, status="draft")] == [second.id]
    assert list_assessments(session, kind="due_diligence") == []
    assert [r.id for r in list_assessments(session, partner_id=other.id)] == [second.id]
    names = [name for _, name, _ in partner_choices(session)]
    assert names == ["Bar Association", "Legal Aid Centre"]


def test_pages_of_the_list_join_into_the_whole_list(
    session: RecordSession, partner: Partner
) -> None:
    other = add_partner(session, name="Bar Association", country="UG")
    capacity = _capacity(session)
    # Equal dates and undated assessments too: the order must still be total.
    days = [date(2026, 1, 5), date(2026, 1, 5), None, date(2026, 3, 1), date(2025, 12, 31)]
    made = [
        create_assessment(session, owner, capacity, assessed_on=day)
        for owner in (partner, other)
        for day in days
    ]
    for assessment in made[:3]:
        set_answer_state(session, assessment, "gov.board", AnswerState(1))
        set_answer_state(session, assessment, "gov.plan", AnswerState(1))
        finalise(session, assessment)

    whole = list_assessments(session)
    assert len(whole) == count_assessments(session) == len(made)
    pages = [list_assessments(session, offset=start, limit=3) for start in range(0, 12, 3)]
    assert [len(page) for page in pages] == [3, 3, 3, 1]
    assert [row for page in pages for row in page] == whole
    assert list_assessments(session, offset=len(made), limit=3) == []
    dated = [row.assessed_on for row in whole if row.assessed_on is not None]
    assert dated == sorted(dated, reverse=True)

    finals = list_assessments(session, status="final", limit=2)
    assert [row.status for row in finals] == ["final", "final"]
    assert count_assessments(session, status="final") == 3
    assert count_assessments(session, status="draft") == 7
    assert count_assessments(session, kind="due_diligence") == 0
    assert count_assessments(session, partner_id=other.id) == 5
    assert {r.partner_id for r in list_assessments(session, partner_id=other.id, offset=2)} == {
        other.id
    }
    assert len(list_assessments(session, partner_id=other.id, offset=2)) == 3


def test_other_perspective_finds_the_self_assessment(
    session: RecordSession, partner: Partner
) -> None:
    psea = store_template(session, psea_like()).template
    mine = create_assessment(session, partner, psea, tier="", respondent="assessor")
    assert other_perspective(session, mine) is None
    theirs = create_assessment(session, partner, psea, respondent="partner_self")
    assert other_perspective(session, mine).id == theirs.id
    assert other_perspective(session, theirs).id == mine.id


def test_actions_of_an_assessment_follow_its_gaps(session: RecordSession, partner: Partner) -> None:
    assessment = create_assessment(session, partner, _capacity(session))
    set_answer_state(session, assessment, "gov.board", AnswerState(1))
    set_answer_state(session, assessment, "gov.plan", AnswerState(4))
    proposed = propose_actions(session, assessment, today=date(2026, 1, 1))
    assert [a.item_id for a in actions_of_assessment(session, assessment)] == ["gov.board"]
    accept_action(session, proposed[0], owner="Amina")
    assert actions_of_assessment(session, assessment, (ActionStatus.PROPOSED,)) == []
    assert [a.status for a in actions_of_assessment(session, assessment)] == ["open"]
