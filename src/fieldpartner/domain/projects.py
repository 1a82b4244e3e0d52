"""Projects of a partner: their money, dates and status, the due-diligence tier that
follows from the amount, and their schedule of reports, monitoring visits and audits.

The tier rule is REDRESS's proportionate due diligence: small up to 2,000 GBP, medium up
to 10,000, large above. An organisation may set its own thresholds (and currency); they
live in the vault settings under ``due_diligence_thresholds`` as decimal text, e.g.
``{"currency": "GBP", "small_max": "2000", "medium_max": "10000"}``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from fieldpartner.domain import rules
from fieldpartner.domain.models import (
    DueDiligenceTier,
    Partner,
    Project,
    ScheduledReport,
    ScheduleStatus,
    VaultSetting,
)
from fieldpartner.domain.problems import Message
from fieldpartner.domain.revisions import edit_from
from fieldpartner.domain.validation import Checker, NotFound, ValidationError

THRESHOLDS_SETTING = "due_diligence_thresholds"

_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")


# --- due-diligence tier ------------------------------------------------------------------


@dataclass(frozen=True)
class DueDiligenceThresholds:
    """Upper bounds (inclusive) of the small and medium tiers, in one currency."""

    currency: str = "GBP"
    small_max: Decimal = Decimal("2000")
    medium_max: Decimal = Decimal("10000")

    def as_setting(self) -> dict[str, str]:
        """The value to store under ``THRESHOLDS_SETTING`` (decimal text keeps it exact)."""
        return {
            "currency": self.currency,
            "small_max": format(self.small_max, "f"),
            "medium_max": format(self.medium_max, "f"),
        }


REDRESS_THRESHOLDS = DueDiligenceThresholds()


class HasSettings(Protocol):
    """Anything that reads vault settings by key, such as an unlocked ``Vault``."""

    def setting(self, key: str, default: Any = None) -> Any: ...


def tier_for_amount(
    amount: Decimal | None,
    currency: str,
    thresholds: DueDiligenceThresholds = REDRESS_THRESHOLDS,
) -> DueDiligenceTier | None:
    """The due-diligence tier a grant of ``amount`` calls for, or None if it cannot be told.

    There is no tier without an amount, and none for an amount in another currency than
    the thresholds': converting would need an exchange rate and a date the vault does not
    hold, and a guessed tier is worse than an empty one that asks a person to decide.
    Such projects get a tier only when it is given explicitly
    (``add_project(..., due_diligence_tier="medium")``).
    """
    if amount is None or currency.strip().upper() != thresholds.currency:
        return None
    if amount < 0:
        raise ValueError(Message("amount_negative", "amount {amount} is negative", amount=amount))
    if amount <= thresholds.small_max:
        return DueDiligenceTier.SMALL
    if amount <= thresholds.medium_max:
        return DueDiligenceTier.MEDIUM
    return DueDiligenceTier.LARGE


def thresholds_from_settings(
    source: HasSettings | Mapping[str, Any] | Session,
) -> DueDiligenceThresholds:
    """The organisation's thresholds from a vault, a session on one, or a settings mapping.

    Missing settings (or missing keys in them) fall back to the REDRESS defaults; a stored
    value that is not a valid amount or currency raises ValidationError naming it.
    """
    if isinstance(source, Session):
        # A column query, not session.get: the row may have been changed by another
        # session since this one last saw it.
        raw = source.scalar(
            select(VaultSetting.value).where(VaultSetting.key == THRESHOLDS_SETTING)
        )
    elif isinstance(source, Mapping):
        raw = source.get(THRESHOLDS_SETTING)
    else:
        raw = source.setting(THRESHOLDS_SETTING)
    if raw is None:
        return REDRESS_THRESHOLDS
    return parse_thresholds(raw)


def parse_thresholds(raw: Any) -> DueDiligenceThresholds:
    """Thresholds from their stored form; raises ValidationError naming a bad entry."""
    check = Checker()
    if not isinstance(raw, Mapping):
        check.fail(THRESHOLDS_SETTING, f"{raw!r} is not a mapping of currency and amounts")
        check.done()
    currency = raw.get("currency", REDRESS_THRESHOLDS.currency)
    check.currency(f"{THRESHOLDS_SETTING}.currency", currency)
    amounts: dict[str, Decimal] = {}
    for key in ("small_max", "medium_max"):
        value = raw.get(key, getattr(REDRESS_THRESHOLDS, key))
        # JSON may hold the amount as a number; its text keeps what the person typed.
        parsed = _decimal(str(value) if isinstance(value, float) else value)
        if parsed is None or not parsed.is_finite() or parsed < 0:
            check.fail(f"{THRESHOLDS_SETTING}.{key}", f"{value!r} is not an amount of 0 or more")
        else:
            amounts[key] = parsed
    if len(amounts) == 2 and amounts["medium_max"] < amounts["small_max"]:
        check.fail(
            f"{THRESHOLDS_SETTING}.medium_max",
            f"{amounts['medium_max']} is below small_max {amounts['small_max']}",
        )
    check.done()
    return DueDiligenceThresholds(
        str(currency).upper(), amounts["small_max"], amounts["medium_max"]
    )


# --- projects ------------------------------------------------------------------------------

PROJECT_TEXT_FIELDS = ("title", "back_donor", "termination_reason", "tier_reason", "notes")
PROJECT_DATE_FIELDS = ("start_date", "end_date", "agreement_signed")
PROJECT_FIELDS = frozenset(
    {
        *PROJECT_TEXT_FIELDS,
        *PROJECT_DATE_FIELDS,
        "call",
        "amount",
        "currency",
        "status",
        "due_diligence_tier",
    }
)


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str):
        text = value.strip()
        # Commas only as thousands separators ("12,345.67"): in French or Spanish
        # "2500,50" means 2500.50, and silently reading it as 250050 would be far worse
        # than asking again.
        if _THOUSANDS.match(text):
            text = text.replace(",", "")
        try:
            return Decimal(text)
        except InvalidOperation:
            return None
    return None


def _normalise_project(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = dict(values)
    for key in PROJECT_TEXT_FIELDS:
        if isinstance(cleaned.get(key), str):
            cleaned[key] = cleaned[key].strip()
    if isinstance(cleaned.get("currency"), str):
        cleaned["currency"] = cleaned["currency"].strip().upper()
    if "amount" in cleaned and cleaned["amount"] not in (None, ""):
        parsed = _decimal(cleaned["amount"])
        if parsed is not None:
            cleaned["amount"] = parsed
    elif cleaned.get("amount") == "":
        cleaned["amount"] = None  # an emptied amount field means an unfunded project
    return cleaned


def check_project_values(values: Mapping[str, Any], current: Project | None) -> None:
    """Check new values for a project (``current`` is None when creating one).

    Rules across fields (end not before start, a reason for termination) are checked on
    the project as it will be after the change.
    """
    rules.require(
        rules.unknown_fields(values, PROJECT_FIELDS, "is not a project field")
        + rules.check_changes("project", values, current)
    )


def _is_date(value: Any) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


TIER_ORDER = {tier.value: rank for rank, tier in enumerate(DueDiligenceTier)}


def _check_tier_override(
    session: Session,
    project: Project | None,
    values: Mapping[str, Any],
    thresholds: DueDiligenceThresholds | None,
) -> dict[str, Any]:
    """A tier set by hand: raising it is free; lowering it below the tier the amount calls
    for (or below the current tier, where the amount tells none) needs a ``tier_reason``,
    which the project keeps (and its history, and the due-diligence report, show). Returns
    the values with the reason cleared when the tier is not lowered."""
    tier = values.get("due_diligence_tier")
    if not tier or tier not in TIER_ORDER:
        return dict(values)
    thresholds = thresholds or thresholds_from_settings(session)
    amount = values.get("amount", project.amount if project else None)
    currency = values.get("currency") or (project.currency if project else "GBP")
    called = tier_for_amount(amount, currency, thresholds) if isinstance(amount, Decimal) else None
    reference = (
        called.value if called is not None else (project.due_diligence_tier if project else "")
    )
    if reference and TIER_ORDER[tier] < TIER_ORDER.get(reference, 0):
        reason = values.get("tier_reason")
        if reason is None and project is not None and project.due_diligence_tier == tier:
            reason = project.tier_reason
        if not (isinstance(reason, str) and reason.strip()):
            raise ValidationError(
                [
                    (
                        "tier_reason",
                        Message(
                            "lower_tier_needs_reason",
                            "lowering the due-diligence tier from {reference} to {tier} needs a reason",
                            reference=reference,
                            tier=tier,
                        ),
                    )
                ]
            )
        return dict(values)
    return {**values, "tier_reason": ""}


def _set_tier(
    session: Session, project: Project, thresholds: DueDiligenceThresholds | None
) -> None:
    thresholds = thresholds or thresholds_from_settings(session)
    tier = tier_for_amount(project.amount, project.currency, thresholds)
    project.due_diligence_tier = tier.value if tier is not None else ""


def add_project(
    session: Session,
    partner: Partner,
    *,
    thresholds: DueDiligenceThresholds | None = None,
    **values: Any,
) -> Project:
    """Create a project of ``partner``; raises ValidationError naming every bad field.

    The due-diligence tier follows from the amount under ``thresholds`` (by default the
    vault's), unless ``due_diligence_tier`` is given: staff may convert a foreign-currency
    amount themselves, or raise the tier for a high-risk context.
    """
    if partner.deleted:
        raise ValidationError(
            [("partner", Message("record_deleted", "{name!r} has been deleted", name=partner.name))]
        )
    values = _normalise_project(values)
    check_project_values(values, None)
    values = _check_tier_override(session, None, values, thresholds)
    project = Project(partner_id=partner.id, **values)
    if "due_diligence_tier" not in values:
        _set_tier(session, project, thresholds)
    session.add(project)
    session.flush()
    return project


def edit_project(
    session: Session,
    project: Project,
    *,
    thresholds: DueDiligenceThresholds | None = None,
    based_on: str | None = None,
    **changes: Any,
) -> Project:
    """Change a project's fields; the tier follows a changed amount or currency.

    A tier given explicitly wins. When neither amount nor currency changes the tier is
    left as it is, so a tier set by hand survives unrelated edits. ``based_on`` is the
    revision the form was opened on (``revisions.EditConflict`` if changed meanwhile).
    """
    edit_from(session, project, based_on)
    changes = _normalise_project(changes)
    check_project_values(changes, project)
    if project.deleted:
        raise ValidationError(
            [
                (
                    "project",
                    Message("record_deleted", "{name!r} has been deleted", name=project.title),
                )
            ]
        )
    changes = _check_tier_override(session, project, changes, thresholds)
    for key, value in changes.items():
        setattr(project, key, value)
    if "due_diligence_tier" not in changes and ({"amount", "currency"} & set(changes)):
        _set_tier(session, project, thresholds)
    session.flush()
    return project


def delete_project(session: Session, project: Project) -> None:
    """Mark a project deleted; its schedule drops out of ``reports_due`` with it."""
    project.deleted = True
    session.flush()


def get_project(session: Session, project_id: str) -> Project:
    project = session.get(Project, project_id)
    if project is None or project.deleted:
        raise NotFound(Message("no_project", "no project with id {id}", id=project_id))
    return project


def projects_of(session: Session, partner: Partner) -> list[Project]:
    """A partner's live projects, by start date (undated last), then title."""
    return list(
        session.scalars(
            select(Project)
            .where(Project.partner_id == partner.id, Project.deleted.is_(False))
            .order_by(Project.start_date.is_(None), Project.start_date, Project.title)
        )
    )


# --- schedule: reports, monitoring visits, audits -------------------------------------------

SCHEDULE_FIELDS = frozenset({"schedule_kind", "due_date", "done_date", "status", "notes"})


def check_schedule_values(values: Mapping[str, Any], current: ScheduledReport | None) -> None:
    rules.require(
        rules.unknown_fields(values, SCHEDULE_FIELDS, "is not a field of a scheduled report")
        + rules.check_changes("scheduled_report", values, current)
    )


def add_scheduled_report(session: Session, project: Project, **values: Any) -> ScheduledReport:
    """Schedule a report, monitoring visit or audit under ``project``.

    ``schedule_kind`` (a ScheduleKind) and ``due_date`` are required.
    """
    if project.deleted:
        raise ValidationError(
            [
                (
                    "project",
                    Message("record_deleted", "{name!r} has been deleted", name=project.title),
                )
            ]
        )
    check_schedule_values(values, None)
    report = ScheduledReport(project_id=project.id, **values)
    session.add(report)
    session.flush()
    return report


def edit_scheduled_report(
    session: Session, report: ScheduledReport, **changes: Any
) -> ScheduledReport:
    # Going back to "due" means it has not been done after all.
    if changes.get("status") == ScheduleStatus.DUE and "done_date" not in changes:
        changes["done_date"] = None
    check_schedule_values(changes, report)
    if report.deleted:
        raise ValidationError(
            [
                (
                    "scheduled_report",
                    Message("scheduled_report_deleted", "{id} has been deleted", id=report.id),
                )
            ]
        )
    for key, value in changes.items():
        setattr(report, key, value)
    session.flush()
    return report


def mark_report_done(
    session: Session,
    report: ScheduledReport,
    on_date: date,
    *,
    status: ScheduleStatus | str = ScheduleStatus.RECEIVED,
    note: str = "",
) -> ScheduledReport:
    """Record that a report arrived (or was accepted or waived) on ``on_date``.

    A note is appended to the report's notes, dated, so earlier notes are kept.
    """
    check = Checker()
    check.choice("status", status, ScheduleStatus)
    if status == ScheduleStatus.DUE:
        check.fail("status", "'due' does not mark a report done; use received, accepted or waived")
    check.date_value("on_date", on_date)
    check.text("note", note)
    check.done()
    changes: dict[str, Any] = {"status": str(status), "done_date": on_date}
    if note.strip():
        line = f"{on_date.isoformat()}: {note.strip()}"
        changes["notes"] = f"{report.notes}\n{line}" if report.notes else line
    return edit_scheduled_report(session, report, **changes)


def delete_scheduled_report(session: Session, report: ScheduledReport) -> None:
    report.deleted = True
    session.flush()


def schedule_of(session: Session, project: Project) -> list[ScheduledReport]:
    """A project's live schedule in due-date order."""
    return list(
        session.scalars(
            select(ScheduledReport)
            .where(ScheduledReport.project_id == project.id, ScheduledReport.deleted.is_(False))
            .order_by(ScheduledReport.due_date, ScheduledReport.schedule_kind)
        )
    )


def reports_due(session: Session, today: date, within_days: int = 30) -> list[ScheduledReport]:
    """Reports, visits and audits still due by ``today + within_days``, overdue ones included,
    across every live project of every live partner, earliest first.

    Completed and terminated projects stay in: they still owe their final reports and
    audits until those are received or waived.
    """
    return list(session.scalars(reports_due_query(today, within_days, ScheduledReport)))


def reports_due_query(today: date, within_days: int, *columns: Any) -> Select[Any]:
    """The query of ``reports_due`` selecting ``columns`` (``Project`` columns may be among
    them: the query joins the project)."""
    if within_days < 0:
        raise ValueError(f"within_days is {within_days}; it must be 0 or more")
    horizon = today + timedelta(days=within_days)
    return (
        select(*columns)
        .select_from(ScheduledReport)
        .join(Project, Project.id == ScheduledReport.project_id)
        .join(Partner, Partner.id == Project.partner_id)
        .where(
            ScheduledReport.deleted.is_(False),
            ScheduledReport.status == ScheduleStatus.DUE.value,
            ScheduledReport.due_date <= horizon,
            Project.deleted.is_(False),
            Partner.deleted.is_(False),
        )
        # The id last: pages of the list (offset, limit) follow one fixed order.
        .order_by(
            ScheduledReport.due_date,
            ScheduledReport.schedule_kind,
            Project.title,
            ScheduledReport.id,
        )
    )
