"""The lists behind the Workshops, Plan & follow-ups and Upcoming pages: paged queries in
the database with their counts and filters, and the item-by-item review of an earlier plan."""

from __future__ import annotations

from datetime import date

from fieldpartner.domain.actions import (
    ActionFilter,
    action_owners,
    add_action,
    count_actions,
    delete_action,
    list_actions,
    upcoming_and_overdue,
    upcoming_and_overdue_query,
)
from fieldpartner.domain.models import (
    Action,
    ActionStatus,
    Partner,
    Project,
    ScheduledReport,
)
from fieldpartner.domain.partners import add_partner, delete_partner
from fieldpartner.domain.plans import (
    DUE_LISTS,
    dialogues_due,
    due_actions,
    held_dialogues_query,
    live_partners_query,
    upcoming_overview,
)
from fieldpartner.domain.projects import (
    add_project,
    add_scheduled_report,
    reports_due,
    reports_due_query,
)
from fieldpartner.domain.revisions import RecordSession
from fieldpartner.domain.workshops import (
    add_follow_up,
    add_participant,
    add_workshop,
    count_workshops,
    delete_workshop,
    list_workshop_summaries,
    plan_review,
    review_follow_up,
)

TODAY = date(2026, 1, 15)  # the fixed clock's day
ARABIC_NAME = "\u0645\u0631\u0643\u0632 \u0627\u0644\u0639\u062f\u0627\u0644\u0629"


def test_actions_across_partners_list_overdue_first_then_by_due_date(
    session: RecordSession, partner: Partner
) -> None:
    other = add_partner(session, name=ARABIC_NAME, country="JO")
    later = add_action(session, partner=partner, title="Later", due_date=date(2026, 3, 1))
    done_late = add_action(
        session, partner=partner, title="Done", due_date=date(2025, 6, 1), status="done"
    )
    overdue = add_action(session, partner=other, title="Overdue", due_date=date(2026, 1, 2))
    undated = add_action(session, partner=partner, title="Undated")
    gone = add_action(session, partner=partner, title="Gone", due_date=date(2025, 1, 1))
    delete_action(session, gone)

    rows = list_actions(session, ActionFilter(), TODAY)
    assert [(a, name, late) for a, name, late in rows] == [
        (overdue, ARABIC_NAME, True),
        (done_late, partner.name, False),
        (later, partner.name, False),
        (undated, partner.name, False),
    ]
    assert count_actions(session, ActionFilter(), TODAY) == 4
    assert [a for a, _, _ in list_actions(session, ActionFilter(), TODAY, offset=1, limit=2)] == [
        done_late,
        later,
    ]


def test_action_filters_combine_status_partner_owner_and_source(
    session: RecordSession, partner: Partner
) -> None:
    other = add_partner(session, name=ARABIC_NAME, acronym="JC", country="JO")
    workshop = add_workshop(session, title="Safeguarding")
    mine = add_follow_up(session, workshop, partner=other, title="Policy", owner="Amina")
    add_action(session, partner=other, title="Audit", owner="Amina", status="done")
    add_action(session, partner=partner, title="Budget", owner="Jorge")

    only = ActionFilter(
        statuses=("open", "in_progress"), partner_text="\u0645\u0631\u0643\u0632", owner="Amina"
    )
    assert [a for a, _, _ in list_actions(session, only, TODAY)] == [mine]
    assert count_actions(session, ActionFilter(source="workshop"), TODAY) == 1
    assert count_actions(session, ActionFilter(partner_text="jc"), TODAY) == 2
    assert count_actions(session, ActionFilter(partner_id=partner.id), TODAY) == 1
    assert action_owners(session) == ["Amina", "Jorge"]


def test_actions_of_a_deleted_partner_leave_the_list(
    session: RecordSession, partner: Partner
) -> None:
    add_action(session, partner=partner, title="Budget")
    delete_partner(session, partner)
    assert list_actions(session, ActionFilter(), TODAY) == []


def test_workshop_summaries_count_partners_and_open_follow_ups(
    session: RecordSession, partner: Partner
) -> None:
    other = add_partner(session, name=ARABIC_NAME, country="JO")
    first = add_workshop(session, title="Safeguarding", start_date=date(2025, 6, 1), place="Amman")
    second = add_workshop(session, title="Finance", start_date=date(2025, 11, 1))
    add_participant(session, first, partner=partner)
    add_participant(session, first, partner=other)
    add_participant(session, first, partner=other, name="Fatima", role="Director")
    add_participant(session, first, name="Visitor", organisation="UN")
    add_follow_up(session, first, title="Policy")
    add_follow_up(session, first, title="Training", status="in_progress")
    add_follow_up(session, first, title="Closed", status="done")

    rows = list_workshop_summaries(session)
    assert [(r.workshop, r.partners, r.open_follow_ups) for r in rows] == [
        (second, 0, 0),
        (first, 2, 2),
    ]
    assert [r.workshop for r in list_workshop_summaries(session, "AMMAN")] == [first]
    assert [r.workshop for r in list_workshop_summaries(session, offset=1, limit=5)] == [first]
    assert count_workshops(session) == 2
    assert count_workshops(session, exclude_id=first.id) == 1


def test_plan_review_shows_what_has_been_reviewed_since_the_workshop_began(
    session: RecordSession, partner: Partner
) -> None:
    earlier = add_workshop(session, title="Safeguarding", start_date=date(2025, 6, 1))
    policy = add_follow_up(session, earlier, partner=partner, title="Policy")
    training = add_follow_up(session, earlier, partner=partner, title="Training")
    review_follow_up(session, policy, "in_progress", "Draft seen", on_date=date(2025, 9, 1))
    later = add_workshop(session, title="Review", reviews_workshop_id=earlier.id)

    items = plan_review(session, later)
    assert [(i.action, i.reviewed) for i in items] == [(policy, False), (training, False)]

    review_follow_up(session, training, ActionStatus.DONE, "Held in March")
    items = plan_review(session, later)
    assert [i.reviewed for i in items] == [False, True]
    assert items[1].review is not None and items[1].review["note"] == "Held in March"
    assert plan_review(session, earlier) == []


def test_upcoming_overview_matches_the_services_it_combines(
    session: RecordSession, partner: Partner
) -> None:
    add_action(session, partner=partner, title="Overdue", due_date=date(2026, 1, 1))
    add_action(session, partner=partner, title="Soon", due_date=date(2026, 2, 1), owner="Amina")
    add_action(session, partner=partner, title="Far", due_date=date(2026, 6, 1))
    project = add_project(session, partner, title="Legal aid clinics")
    add_scheduled_report(
        session, project, schedule_kind="narrative_report", due_date=date(2026, 1, 10)
    )

    overview = upcoming_overview(session, TODAY, 30)
    assert [(i.title, i.overdue, i.detail) for i in overview.actions] == [
        ("Overdue", True, ""),
        ("Soon", False, "Amina"),
    ]
    assert len(overview.actions) == len(upcoming_and_overdue(session, TODAY, 30))
    assert len(overview.reports) == len(reports_due(session, TODAY, 30)) == 1
    assert overview.reports[0].partner_name == partner.name
    assert overview.reports[0].overdue
    assert len(overview.dialogues) == len(dialogues_due(session, date(2026, 2, 14)))
    assert overview.dialogues[0].due is None  # never held


def test_each_upcoming_list_reads_page_by_page_with_the_counts_of_the_whole_list(
    session: RecordSession, partner: Partner
) -> None:
    # Upcoming shows thousands of items on a large vault; each list is read a page at a
    # time, and the counts shown (how many, how many overdue) are those of the whole list.
    other = add_partner(session, name=ARABIC_NAME, country="JO")
    for number in range(7):
        add_action(
            session,
            partner=partner if number % 2 else other,
            title=f"Action {number}",
            due_date=date(2026, 1, 3 + 4 * number),  # three before TODAY, four after
        )
    cancelled = add_workshop(session, title="Cancelled")
    add_action(
        session, partner=other, workshop=cancelled, title="Of a deleted workshop", due_date=TODAY
    )
    for name in ("Third partner", "Fourth partner"):
        add_partner(session, name=name)
    for number in range(5):
        project = add_project(session, partner, title=f"Project {number % 2}")
        add_scheduled_report(
            session,
            project,
            schedule_kind="narrative_report",
            due_date=date(2026, 1, 1 + 10 * (number // 2)),  # ties on date and title
        )
    delete_workshop(session, cancelled)

    for name, read in DUE_LISTS.items():
        whole = read(session, TODAY, 30)
        assert whole.total == len(whole.items) > 2, name
        assert whole.overdue == sum(1 for item in whole.items if item.overdue), name
        assert whole.overdue > 0 or name == "dialogues"  # never held: not overdue
        pages = [read(session, TODAY, 30, offset, 2) for offset in range(0, whole.total, 2)]
        assert [item for page in pages for item in page.items] == whole.items, name
        assert {(page.total, page.overdue) for page in pages} == {(whole.total, whole.overdue)}
        assert read(session, TODAY, 30, whole.total, 2).items == []
    assert [i.title for i in due_actions(session, TODAY, 30).items] == [
        f"Action {n}" for n in range(7) if date(2026, 1, 3 + 4 * n) <= date(2026, 2, 14)
    ]
    assert due_actions(session, TODAY, 30, 0, 3).overdue == 3


def test_upcoming_reads_its_three_lists_from_indexes_without_reading_rows(
    session: RecordSession, partner: Partner
) -> None:
    # On a large vault most actions and reports are due by the horizon: looking each row
    # up through a due-date index read 17,645 rows to list 6,588 (821 ms); the covering
    # indexes of migration 0004 hold every column these lists read.
    def plan(statement: object) -> str:
        connection = session.connection()
        compiled = statement.compile(  # type: ignore[attr-defined]
            connection, compile_kwargs={"literal_binds": True}
        )
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()
        return " | ".join(str(row[3]) for row in rows)

    actions = plan(
        upcoming_and_overdue_query(
            TODAY, 30, Action.id, Action.title, Partner.name, Action.due_date, Action.owner
        )
    )
    assert "COVERING INDEX ix_actions_due_overview" in actions, actions
    assert "TEMP B-TREE" not in actions, actions  # read in the order shown
    reports = plan(
        reports_due_query(
            TODAY, 30, ScheduledReport.id, Project.title, Partner.name, ScheduledReport.due_date
        )
    )
    assert "ix_scheduled_reports_status_due" in reports, reports
    # The yearly dialogues: each dialogue held with the date agreed in its results, and
    # every live partner by name, from the indexes of migration 0006 (the results and the
    # partners' rows were read: 50-70 ms under load, 5 ms from the indexes).
    held = plan(held_dialogues_query())
    assert "COVERING INDEX ix_assessments_dialogue_due" in held, held
    partners = plan(live_partners_query(Partner.id, Partner.name))
    assert "COVERING INDEX ix_partners_name_live" in partners, partners
    assert "TEMP B-TREE" not in partners, partners
