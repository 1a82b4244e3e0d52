"""Projects: money and dates, the due-diligence tier that follows from the amount, status
through to termination, and the schedule of reports, visits and audits."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldpartner.domain.models import DueDiligenceTier, Partner, Project
from fieldpartner.domain.partners import NotFound, add_partner, delete_partner
from fieldpartner.domain.projects import (
    REDRESS_THRESHOLDS,
    THRESHOLDS_SETTING,
    DueDiligenceThresholds,
    add_project,
    add_scheduled_report,
    delete_project,
    delete_scheduled_report,
    edit_project,
    edit_scheduled_report,
    get_project,
    mark_report_done,
    projects_of,
    reports_due,
    schedule_of,
    thresholds_from_settings,
    tier_for_amount,
)
from fieldpartner.domain.revisions import RecordSession, history
from fieldpartner.domain.validation import ValidationError
from fieldpartner.vault import Vault

EURO_THRESHOLDS = DueDiligenceThresholds("EUR", Decimal("5000"), Decimal("50000"))


def problems(caught: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str]]:
    return caught.value.problems


# --- tier_for_amount -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "tier"),
    [
        ("0", DueDiligenceTier.SMALL),
        ("2000", DueDiligenceTier.SMALL),
        ("2000.01", DueDiligenceTier.MEDIUM),
        ("10000", DueDiligenceTier.MEDIUM),
        ("10000.01", DueDiligenceTier.LARGE),
        ("250000", DueDiligenceTier.LARGE),
    ],
)
def test_redress_tiers_include_their_upper_bound(amount: str, tier: DueDiligenceTier) -> None:
    assert tier_for_amount(Decimal(amount), "GBP") is tier


TIER_ORDER = [DueDiligenceTier.SMALL, DueDiligenceTier.MEDIUM, DueDiligenceTier.LARGE]
AMOUNTS = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False)


@given(AMOUNTS, AMOUNTS)
def test_a_larger_grant_never_gets_a_lighter_tier(first: Decimal, second: Decimal) -> None:
    low, high = sorted((first, second))
    low_tier, high_tier = tier_for_amount(low, "GBP"), tier_for_amount(high, "GBP")
    assert low_tier is not None and high_tier is not None
    assert TIER_ORDER.index(low_tier) <= TIER_ORDER.index(high_tier)


def test_no_amount_has_no_tier() -> None:
    assert tier_for_amount(None, "GBP") is None


def test_amount_in_another_currency_has_no_tier() -> None:
    assert tier_for_amount(Decimal("500"), "EUR") is None
    assert tier_for_amount(Decimal("500"), "USD", REDRESS_THRESHOLDS) is None


def test_organisation_thresholds_decide_the_tier() -> None:
    assert tier_for_amount(Decimal("4000"), "EUR", EURO_THRESHOLDS) is DueDiligenceTier.SMALL
    assert tier_for_amount(Decimal("40000"), "eur", EURO_THRESHOLDS) is DueDiligenceTier.MEDIUM
    assert tier_for_amount(Decimal("4000"), "GBP", EURO_THRESHOLDS) is None


def test_negative_amount_has_no_tier() -> None:
    with pytest.raises(ValueError, match="negative"):
        tier_for_amount(Decimal("-1"), "GBP")


# --- thresholds from settings ----------------------------------------------------------


def test_vault_without_thresholds_uses_the_redress_defaults(vault: Vault) -> None:
    assert thresholds_from_settings(vault) == REDRESS_THRESHOLDS
    assert REDRESS_THRESHOLDS.as_setting() == {
        "currency": "GBP",
        "small_max": "2000",
        "medium_max": "10000",
    }


def test_thresholds_stored_in_the_vault_are_read_back(vault: Vault) -> None:
    vault.set_setting(THRESHOLDS_SETTING, EURO_THRESHOLDS.as_setting())
    assert thresholds_from_settings(vault) == EURO_THRESHOLDS
    with vault.session() as session:
        assert thresholds_from_settings(session) == EURO_THRESHOLDS


def test_thresholds_are_read_from_a_settings_mapping() -> None:
    settings = {
        THRESHOLDS_SETTING: {"currency": "USD", "small_max": "2500", "medium_max": "12000.50"}
    }
    assert thresholds_from_settings(settings) == DueDiligenceThresholds(
        "USD", Decimal("2500"), Decimal("12000.50")
    )
    assert thresholds_from_settings({}) == REDRESS_THRESHOLDS


def test_missing_threshold_entries_fall_back_to_the_defaults() -> None:
    settings = {THRESHOLDS_SETTING: {"currency": "EUR"}}
    assert thresholds_from_settings(settings) == DueDiligenceThresholds(
        "EUR", Decimal("2000"), Decimal("10000")
    )


def test_bad_stored_thresholds_are_reported_by_name_and_value() -> None:
    settings = {THRESHOLDS_SETTING: {"currency": "POUNDS", "small_max": "two thousand"}}
    with pytest.raises(ValidationError) as caught:
        thresholds_from_settings(settings)
    assert problems(caught) == [
        (
            "due_diligence_thresholds.currency",
            "'POUNDS' is not an ISO 4217 currency code (e.g. GBP, EUR, USD)",
        ),
        ("due_diligence_thresholds.small_max", "'two thousand' is not an amount of 0 or more"),
    ]


def test_medium_threshold_below_small_is_rejected() -> None:
    settings = {THRESHOLDS_SETTING: {"small_max": "5000", "medium_max": "1000"}}
    with pytest.raises(ValidationError) as caught:
        thresholds_from_settings(settings)
    assert problems(caught) == [
        ("due_diligence_thresholds.medium_max", "1000 is below small_max 5000")
    ]


def test_thresholds_that_are_not_a_mapping_are_rejected() -> None:
    with pytest.raises(ValidationError, match="due_diligence_thresholds: '2000'"):
        thresholds_from_settings({THRESHOLDS_SETTING: "2000"})


# --- adding and editing projects --------------------------------------------------------


def test_project_amount_is_read_back_exactly(vault: Vault) -> None:
    with vault.transaction() as session:
        partner = add_partner(session, name="Legal Aid Centre")
        project_id = add_project(
            session, partner, title="Legal clinic", amount="12,345.67", currency="gbp"
        ).id
    with vault.session() as session:
        project = get_project(session, project_id)
        assert project.amount == Decimal("12345.67")
        assert str(project.amount) == "12345.67"
        assert project.currency == "GBP"
        assert project.due_diligence_tier == "large"


def test_tier_follows_the_amount_when_added_and_edited(
    session: RecordSession, partner: Partner
) -> None:
    project = add_project(session, partner, title="Legal clinic", amount=Decimal("1500"))
    assert project.due_diligence_tier == "small"
    edit_project(session, project, amount=Decimal("7500"))
    assert project.due_diligence_tier == "medium"
    edit_project(session, project, amount=None)
    assert project.due_diligence_tier == ""


def test_unfunded_project_has_no_tier(session: RecordSession, partner: Partner) -> None:
    project = add_project(session, partner, title="Joint advocacy", amount="")
    assert project.amount is None
    assert project.due_diligence_tier == ""


def test_amount_in_another_currency_leaves_the_tier_empty(
    session: RecordSession, partner: Partner
) -> None:
    project = add_project(session, partner, title="Legal clinic", amount=1500, currency="EUR")
    assert project.due_diligence_tier == ""
    edit_project(session, project, currency="GBP")
    assert project.due_diligence_tier == "small"
    edit_project(session, project, currency="USD")
    assert project.due_diligence_tier == ""


def test_explicit_tier_is_kept_and_survives_unrelated_edits(
    session: RecordSession, partner: Partner
) -> None:
    project = add_project(
        session,
        partner,
        title="Legal clinic",
        amount=Decimal("9000"),
        currency="USD",
        due_diligence_tier="medium",
    )
    assert project.due_diligence_tier == "medium"
    edit_project(session, project, title="Legal clinic, phase 2")
    assert project.due_diligence_tier == "medium"
    edit_project(session, project, amount=Decimal("20000"), due_diligence_tier="large")
    assert project.due_diligence_tier == "large"


def test_raising_a_tier_is_free_but_lowering_it_needs_a_reason_kept_in_the_history(
    session: RecordSession, partner: Partner
) -> None:
    project = add_project(session, partner, title="Legal clinic", amount=Decimal("50000"))
    assert project.due_diligence_tier == "large"
    with pytest.raises(ValidationError, match="from large to small needs a reason"):
        edit_project(session, project, due_diligence_tier="small")
    assert project.due_diligence_tier == "large"
    with pytest.raises(ValidationError, match="needs a reason"):
        add_project(
            session, partner, title="Big", amount=Decimal("50000"), due_diligence_tier="medium"
        )
    edit_project(
        session,
        project,
        due_diligence_tier="small",
        tier_reason="Pass-through grant; funds paid to the bar association directly",
    )
    assert (project.due_diligence_tier, project.tier_reason[:12]) == ("small", "Pass-through")
    changed = history(session, project.id)[-1]
    assert changed.body["tier_reason"].startswith("Pass-through")
    assert {"due_diligence_tier", "tier_reason"} <= set(changed.changed_fields)
    # Raising it back needs no reason, and the reason no longer applies.
    edit_project(session, project, due_diligence_tier="large")
    assert (project.due_diligence_tier, project.tier_reason) == ("large", "")
    small = add_project(session, partner, title="Small", amount=Decimal("500"))
    edit_project(session, small, due_diligence_tier="large")
    assert small.due_diligence_tier == "large"


def test_tier_uses_the_thresholds_stored_in_the_vault(
    vault: Vault, session: RecordSession, partner: Partner
) -> None:
    session.commit()  # so that the settings write below does not wait for this session
    vault.set_setting(THRESHOLDS_SETTING, EURO_THRESHOLDS.as_setting())
    project = add_project(session, partner, title="Legal clinic", amount=4000, currency="EUR")
    assert project.due_diligence_tier == "small"


def test_thresholds_given_to_add_project_win_over_the_vault(
    session: RecordSession, partner: Partner
) -> None:
    project = add_project(
        session,
        partner,
        title="Legal clinic",
        amount=40000,
        currency="EUR",
        thresholds=EURO_THRESHOLDS,
    )
    assert project.due_diligence_tier == "medium"


def test_end_before_start_is_rejected_naming_both_dates(
    session: RecordSession, partner: Partner
) -> None:
    with pytest.raises(ValidationError) as caught:
        add_project(
            session,
            partner,
            title="Legal clinic",
            start_date=date(2026, 2, 1),
            end_date=date(2026, 1, 31),
        )
    assert problems(caught) == [("end_date", "2026-01-31 is before start_date 2026-02-01")]


def test_edit_moving_the_start_after_the_end_is_rejected(
    session: RecordSession, partner: Partner
) -> None:
    project = add_project(
        session,
        partner,
        title="Legal clinic",
        start_date=date(2026, 1, 1),
        end_date=date(2026, 12, 31),
    )
    with pytest.raises(
        ValidationError, match="end_date: 2026-12-31 is before start_date 2027-01-01"
    ):
        edit_project(session, project, start_date=date(2027, 1, 1))
    assert project.start_date == date(2026, 1, 1)


def test_same_start_and_end_date_is_accepted(session: RecordSession, partner: Partner) -> None:
    day = date(2026, 5, 5)
    project = add_project(session, partner, title="One-day training", start_date=day, end_date=day)
    assert (project.start_date, project.end_date) == (day, day)


def test_every_bad_project_field_is_named_with_its_value(
    session: RecordSession, partner: Partner
) -> None:
    with pytest.raises(ValidationError) as caught:
        add_project(
            session,
            partner,
            title=" ",
            call="invited",
            amount="-250",
            currency="XYZ",
            status="paused",
            agreement_signed="2026-01-01",
            budget_line="A1",
        )
    assert problems(caught) == [
        ("budget_line", "is not a project field"),
        ("title", "must not be empty"),
        ("call", "'invited' is not one of: targeted, open"),
        ("amount", "-250 is negative; an amount must be 0 or more"),
        ("currency", "'XYZ' is not an ISO 4217 currency code (e.g. GBP, EUR, USD)"),
        ("agreement_signed", "'2026-01-01' is not a date"),
        (
            "status",
            "'paused' is not one of: proposed, under_review, approved, active, suspended, "
            "completed, terminated",
        ),
    ]


def test_decimal_comma_is_not_mistaken_for_a_thousands_separator(
    session: RecordSession, partner: Partner
) -> None:
    with pytest.raises(ValidationError) as caught:
        add_project(session, partner, title="Legal clinic", amount="2500,50", currency="EUR")
    assert problems(caught) == [("amount", "'2500,50' is not an amount")]
    project = add_project(session, partner, title="Legal clinic", amount="1,250,000")
    assert project.amount == Decimal("1250000")


def test_float_amount_is_rejected_to_keep_money_exact(
    session: RecordSession, partner: Partner
) -> None:
    with pytest.raises(ValidationError) as caught:
        add_project(session, partner, title="Legal clinic", amount=1500.1)
    assert problems(caught) == [
        ("amount", "1500.1 is a float; give it as text or Decimal to keep it exact")
    ]


def test_amount_that_is_not_a_number_is_rejected(session: RecordSession, partner: Partner) -> None:
    with pytest.raises(ValidationError, match="amount: 'lots' is not an amount"):
        add_project(session, partner, title="Legal clinic", amount="lots")
    with pytest.raises(ValidationError, match="amount: NaN is not an amount"):
        add_project(session, partner, title="Legal clinic", amount="NaN")


def test_datetime_is_not_taken_for_a_date(session: RecordSession, partner: Partner) -> None:
    with pytest.raises(
        ValidationError,
        match=re.escape("start_date: datetime.datetime(2026, 1, 1, 0, 0) is not a date"),
    ):
        add_project(session, partner, title="Legal clinic", start_date=datetime(2026, 1, 1))


def test_unknown_tier_is_rejected(session: RecordSession, partner: Partner) -> None:
    with pytest.raises(
        ValidationError, match="due_diligence_tier: 'huge' is not one of: small, medium, large"
    ):
        add_project(session, partner, title="Legal clinic", due_diligence_tier="huge")


def test_termination_needs_a_reason(session: RecordSession, partner: Partner) -> None:
    project = add_project(session, partner, title="Legal clinic", status="active")
    with pytest.raises(ValidationError) as caught:
        edit_project(session, project, status="terminated")
    assert problems(caught) == [
        ("termination_reason", "must be given when the status is 'terminated'")
    ]
    assert project.status == "active"
    edit_project(
        session, project, status="terminated", termination_reason="Funds misused (audit 2026)."
    )
    assert project.status == "terminated"
    with pytest.raises(ValidationError, match="termination_reason: must be given"):
        edit_project(session, project, termination_reason="  ")


def test_project_created_as_terminated_needs_a_reason(
    session: RecordSession, partner: Partner
) -> None:
    with pytest.raises(ValidationError, match="termination_reason: must be given"):
        add_project(session, partner, title="Legal clinic", status="terminated")


def test_project_of_a_deleted_partner_is_refused(session: RecordSession, partner: Partner) -> None:
    delete_partner(session, partner)
    with pytest.raises(ValidationError, match="partner: 'Legal Aid Centre' has been deleted"):
        add_project(session, partner, title="Legal clinic")


def test_deleted_project_is_hidden_and_cannot_be_edited(
    session: RecordSession, partner: Partner
) -> None:
    kept = add_project(session, partner, title="B: kept", start_date=date(2026, 3, 1))
    undated = add_project(session, partner, title="A: undated")
    early = add_project(session, partner, title="C: early", start_date=date(2025, 3, 1))
    gone = add_project(session, partner, title="D: gone")
    delete_project(session, gone)
    assert projects_of(session, partner) == [early, kept, undated]
    with pytest.raises(NotFound):
        get_project(session, gone.id)
    with pytest.raises(ValidationError, match="project: 'D: gone' has been deleted"):
        edit_project(session, gone, title="Back again")
    assert session.get(Project, gone.id) is not None


# --- schedule --------------------------------------------------------------------------


@pytest.fixture
def project(session: RecordSession, partner: Partner) -> Project:
    return add_project(session, partner, title="Legal clinic", amount=5000)


def test_schedule_lists_reports_visits_and_audits_by_due_date(
    session: RecordSession, project: Project
) -> None:
    audit = add_scheduled_report(
        session, project, schedule_kind="audit", due_date=date(2026, 12, 31)
    )
    narrative = add_scheduled_report(
        session, project, schedule_kind="narrative_report", due_date=date(2026, 6, 30)
    )
    financial = add_scheduled_report(
        session, project, schedule_kind="financial_report", due_date=date(2026, 6, 30)
    )
    visit = add_scheduled_report(
        session, project, schedule_kind="monitoring_visit", due_date=date(2026, 9, 15)
    )
    assert schedule_of(session, project) == [financial, narrative, visit, audit]
    assert narrative.status == "due"
    delete_scheduled_report(session, visit)
    assert schedule_of(session, project) == [financial, narrative, audit]


def test_scheduled_report_needs_a_kind_and_a_due_date(
    session: RecordSession, project: Project
) -> None:
    with pytest.raises(ValidationError) as caught:
        add_scheduled_report(session, project, schedule_kind="newsletter")
    assert problems(caught) == [
        (
            "schedule_kind",
            "'newsletter' is not one of: narrative_report, financial_report, "
            "monitoring_visit, audit",
        ),
        ("due_date", "must be given"),
    ]


def test_marking_a_report_done_keeps_its_date_and_note(
    session: RecordSession, project: Project
) -> None:
    report = add_scheduled_report(
        session,
        project,
        schedule_kind="narrative_report",
        due_date=date(2026, 6, 30),
        notes="Interim report",
    )
    mark_report_done(session, report, date(2026, 7, 2), note="Received by email")
    assert report.status == "received"
    assert report.done_date == date(2026, 7, 2)
    assert report.notes == "Interim report\n2026-07-02: Received by email"
    mark_report_done(session, report, date(2026, 7, 20), status="accepted")
    assert report.status == "accepted"
    assert report.done_date == date(2026, 7, 20)


def test_marking_done_with_status_due_is_refused(session: RecordSession, project: Project) -> None:
    report = add_scheduled_report(
        session, project, schedule_kind="audit", due_date=date(2026, 6, 30)
    )
    with pytest.raises(ValidationError, match="status: 'due' does not mark a report done"):
        mark_report_done(session, report, date(2026, 7, 2), status="due")


def test_reopening_a_report_clears_its_done_date(session: RecordSession, project: Project) -> None:
    report = add_scheduled_report(
        session, project, schedule_kind="audit", due_date=date(2026, 6, 30)
    )
    mark_report_done(session, report, date(2026, 7, 2))
    edit_scheduled_report(session, report, status="due")
    assert (report.status, report.done_date) == ("due", None)


def test_done_date_on_a_report_still_due_is_rejected(
    session: RecordSession, project: Project
) -> None:
    with pytest.raises(ValidationError) as caught:
        add_scheduled_report(
            session,
            project,
            schedule_kind="audit",
            due_date=date(2026, 6, 30),
            done_date=date(2026, 6, 1),
        )
    assert problems(caught) == [("done_date", "2026-06-01 is set but the status is 'due'")]


def test_reports_due_include_overdue_ones_and_stop_at_the_horizon(
    session: RecordSession, partner: Partner, project: Project
) -> None:
    today = date(2026, 6, 1)

    def scheduled(kind: str, due: date, on: Project = project) -> object:
        return add_scheduled_report(session, on, schedule_kind=kind, due_date=due)

    overdue = scheduled("financial_report", date(2026, 5, 1))
    today_due = scheduled("monitoring_visit", today)
    soon = scheduled("narrative_report", date(2026, 6, 20))
    last_day = scheduled("audit", date(2026, 7, 1))
    scheduled("audit", date(2026, 7, 2))  # beyond 30 days
    done = scheduled("narrative_report", date(2026, 5, 15))
    mark_report_done(session, done, date(2026, 5, 14))  # type: ignore[arg-type]
    other_partner = add_partner(session, name="Gone partner")
    scheduled("audit", date(2026, 6, 5), add_project(session, other_partner, title="Old"))
    delete_partner(session, other_partner)
    dropped = add_project(session, partner, title="Dropped")
    scheduled("audit", date(2026, 6, 5), dropped)
    delete_project(session, dropped)

    assert reports_due(session, today, within_days=30) == [overdue, today_due, soon, last_day]
    assert reports_due(session, today, within_days=0) == [overdue, today_due]


def test_reports_due_refuses_a_negative_window(session: RecordSession) -> None:
    with pytest.raises(ValueError, match="within_days"):
        reports_due(session, date(2026, 6, 1), within_days=-1)
