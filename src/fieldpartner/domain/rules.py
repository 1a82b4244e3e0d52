"""The rule book: every check a synced record's values must pass, in one registry per kind.

The domain services (an edit in the application), bundle import and conflict resolution
all ask this module, so a value refused in an edit is refused from a bundle or a typed
resolution too, with the same message. Three scopes of rule:

- **field** rules read one field (a vocabulary, a length, a country code, the shape of an
  id). A field-by-field merge of two revisions that pass them passes them too.
- **record** rules read several fields of the record as it will be (an end not before its
  start, a completion date only on a done action). They run when one of their fields
  changes, so an old inconsistency merged in from elsewhere does not block an unrelated edit.
- **transition** rules read the record before and after (a final assessment becomes a
  draft only the way ``assessments.reopen`` makes it one).

Values are checked in their column form (``date``, ``Decimal``); ``check_record`` takes a
revision body (dates and amounts as text, as bundles carry them) and converts it first.
Each rule carries an example of values it refuses, so tests walk the registry and every
new rule is tried through every path that must refuse it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, Literal, TypeGuard

import pycountry
from sqlalchemy import JSON, Boolean, Date, Integer, String

from fieldpartner.domain.models import (
    MODEL_BY_KIND,
    ActionSource,
    ActionStatus,
    AssessmentKind,
    AssessmentStatus,
    CallType,
    Decision,
    DueDiligenceTier,
    Modality,
    PartnershipCategory,
    PartnerType,
    Phase,
    ProjectStatus,
    RespondentRole,
    ScheduleKind,
    ScheduleStatus,
    Sensitivity,
    SyncedRecord,
)
from fieldpartner.domain.problems import Message
from fieldpartner.domain.templates.validate import validate_template
from fieldpartner.domain.types import DecimalText, UTCDateTime, parse_utc_text
from fieldpartner.domain.validation import (
    ValidationError,
    end_before_start,
    is_country_code,
    not_a_country,
    not_a_currency,
    not_one_of,
    too_long,
    too_many,
)

Problem = tuple[str, str]
Values = Mapping[str, Any]
Scope = Literal["field", "record", "transition"]

CONTACT_CHANNEL_KINDS = ("email", "phone", "signal", "whatsapp", "telegram", "address", "other")
TEMPLATE_ORIGINS = ("builtin", "imported", "hq")
MAX_AMOUNT_DIGITS = 30
MAX_LIST_ENTRIES = 100
MAX_PEOPLE = 1000
MEDIA_TYPE = re.compile(r"^[A-Za-z0-9][\w.+-]*/[A-Za-z0-9][\w.+-]*$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
# What ``assessments.reopen`` clears when a final or approved assessment becomes a draft.
REOPENED: Mapping[str, Any] = {
    "finalised_at": None,
    "results": {},
    "recommended_decision": "",
    "decision": "",
    "approved_by": "",
}
LOCKED_STATUSES = (AssessmentStatus.FINAL.value, AssessmentStatus.APPROVED.value)


@dataclass(frozen=True)
class Rule:
    """One check of one record kind.

    ``field`` is the field a problem is reported on; ``reads`` every field the rule looks
    at (a record or transition rule runs when one of them changes). ``refuses`` holds
    revision-body values that break the rule when put over a valid record, and ``before``
    the values the record must hold first (a transition's starting state).
    """

    kind: str
    field: str
    scope: Scope
    description: str
    check: Callable[[Values, Values | None], list[Problem]]
    refuses: Mapping[str, Any]
    reads: tuple[str, ...] = ()
    before: Mapping[str, Any] = dataclass_field(default_factory=dict)
    required: bool = False  # checked when a record is created even if the field is not given

    @property
    def name(self) -> str:
        return f"{self.kind}.{self.field}: {self.description}"

    @property
    def fields_read(self) -> tuple[str, ...]:
        return self.reads or (self.field,)


# --- building blocks -------------------------------------------------------------------------


def _field_rule(
    kind: str,
    name: str,
    description: str,
    test: Callable[[Any], str | None],
    refuses: Any,
    *,
    required: bool = False,
) -> Rule:
    def check(after: Values, before: Values | None) -> list[Problem]:
        message = test(after.get(name))
        return [(name, message)] if message else []

    return Rule(kind, name, "field", description, check, {name: refuses}, required=required)


def _not_blank(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return None
    return Message("empty", "must not be empty")


def required_text(kind: str, name: str) -> Rule:
    return _field_rule(kind, name, "must not be empty", _not_blank, " ", required=True)


def given(kind: str, name: str) -> Rule:
    """A field every record must have (the column's type check says "must be given")."""
    return _field_rule(kind, name, "must be given", lambda value: None, None, required=True)


def _length_rule(kind: str, name: str, limit: int) -> Rule:
    def test(value: Any) -> str | None:
        if isinstance(value, str) and len(value) > limit:
            return too_long(len(value), limit)
        return None

    return _field_rule(kind, name, f"at most {limit} characters", test, "x" * (limit + 1))


def vocabulary(
    kind: str,
    name: str,
    words: type[StrEnum] | Iterable[str],
    *,
    blank: bool = False,
    required: bool = False,
) -> Rule:
    allowed = [w.value if isinstance(w, StrEnum) else w for w in words]

    def test(value: Any) -> str | None:
        if blank and value == "":
            return None
        if value not in allowed:
            return not_one_of(value, allowed)
        return None

    what = "one of its vocabulary" + (" or empty" if blank else "")
    return _field_rule(kind, name, what, test, "banana", required=required)


def _country(value: Any) -> str | None:
    if value in ("", None) or (isinstance(value, str) and is_country_code(value)):
        return None
    return not_a_country(value)


def _currency(value: Any) -> str | None:
    if isinstance(value, str) and pycountry.currencies.get(alpha_3=value) is not None:
        return None
    return not_a_currency(value)


def amount_problem(value: Any) -> str | None:
    """What is wrong with an amount of money (None, or a finite Decimal of 0 or more)."""
    if value is None:
        return None
    if isinstance(value, float):
        return Message(
            "amount_is_float",
            "{value!r} is a float; give it as text or Decimal to keep it exact",
            value=value,
        )
    if not isinstance(value, Decimal):
        return Message("not_an_amount", "{value!r} is not an amount", value=value)
    if not value.is_finite():
        return Message("not_a_finite_amount", "{value} is not an amount", value=value)
    if value < 0:
        return Message(
            "negative_amount", "{value} is negative; an amount must be 0 or more", value=value
        )
    if len(format(value, "f")) > MAX_AMOUNT_DIGITS:
        return Message(
            "amount_too_many_digits",
            "{value} has more than {limit} digits",
            value=value,
            limit=MAX_AMOUNT_DIGITS,
        )
    return None


# What ``str(uuid.UUID(...))`` writes: lowercase hex in 8-4-4-4-12 groups (a regular
# expression: a record reference is checked on every imported revision).
_CANONICAL_UUID = re.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_uuid(value: Any) -> bool:
    return isinstance(value, str) and _CANONICAL_UUID.fullmatch(value) is not None


def reference(kind: str, name: str) -> Rule:
    """A link to another record: its id (a UUID), or None where the link is optional."""
    nullable = bool(MODEL_BY_KIND[kind].__table__.c[name].nullable)  # type: ignore[attr-defined]

    def test(value: Any) -> str | None:
        if value is None and nullable:
            return None
        if not is_uuid(value):
            return Message("not_a_record_id", "{value!r} is not the id of a record", value=value)
        return None

    return _field_rule(kind, name, "a record id", test, "../../etc/passwd")


def text_list(kind: str, name: str, max_items: int = MAX_LIST_ENTRIES) -> Rule:
    def test(value: Any) -> str | None:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return Message("not_a_text_list", "must be a list of text")
        if len(value) > max_items:
            return too_many(len(value), max_items)
        return None

    return _field_rule(kind, name, "a list of text", test, [1])


def _dates_in_order(kind: str, start: str, end: str) -> Rule:
    def check(after: Values, before: Values | None) -> list[Problem]:
        first, last = after.get(start), after.get(end)
        if _is_date(first) and _is_date(last) and last < first:
            return [(end, end_before_start(last, start, first))]
        return []

    return Rule(
        kind,
        end,
        "record",
        f"not before {start}",
        check,
        {start: "2026-02-10", end: "2026-02-01"},
        reads=(start, end),
    )


def _is_date(value: Any) -> TypeGuard[date]:
    return isinstance(value, date) and not isinstance(value, datetime)


# --- rules of each kind ----------------------------------------------------------------------


def _contact_channels(value: Any) -> list[Problem]:
    if not isinstance(value, list):
        return [("channels", Message("not_a_channel_list", "must be a list of channels"))]
    problems: list[Problem] = []
    for index, channel in enumerate(value):
        if not isinstance(channel, dict) or channel.get("kind") not in CONTACT_CHANNEL_KINDS:
            problems.append(
                (
                    f"channels[{index}]",
                    Message(
                        "channel_kind",
                        "kind must be one of {kinds}",
                        kinds=", ".join(CONTACT_CHANNEL_KINDS),
                    ),
                )
            )
        elif not str(channel.get("value", "")).strip():
            problems.append(
                (f"channels[{index}]", Message("channel_value_empty", "value must not be empty"))
            )
    return problems


def _channels_rule() -> Rule:
    return Rule(
        "contact",
        "channels",
        "field",
        "each a known kind with a value",
        lambda after, before: _contact_channels(after.get("channels")),
        {"channels": [{"kind": "fax", "value": "123"}]},
    )


def _review_notes(value: Any) -> str | None:
    if not isinstance(value, list):
        return "must be a list of review notes"
    statuses = [s.value for s in ActionStatus]
    for index, entry in enumerate(value):
        if not isinstance(entry, dict) or set(entry) != {"date", "status", "note", "by"}:
            return f"entry {index + 1} must hold date, status, note and by"
        try:
            date.fromisoformat(entry["date"])
        except (TypeError, ValueError):
            return f"entry {index + 1}: {entry['date']!r} is not a date"
        if entry["status"] not in statuses:
            return f"entry {index + 1}: {entry['status']!r} is not one of: {', '.join(statuses)}"
        if not isinstance(entry["note"], str) or not isinstance(entry["by"], str):
            return f"entry {index + 1}: note and by must be text"
        if len(entry["by"]) > 200:
            return f"entry {index + 1}: by is longer than 200 characters"
    return None


def _completed_only_when_done(after: Values, before: Values | None) -> list[Problem]:
    completed, status = after.get("completed_on"), after.get("status")
    if completed is not None and status != ActionStatus.DONE:
        shown = completed.isoformat() if _is_date(completed) else repr(completed)
        return [
            (
                "completed_on",
                Message(
                    "completed_but_status",
                    "{date} is set but the status is {status!r}",
                    date=shown,
                    status=status,
                ),
            )
        ]
    return []


def _item_needs_assessment(kind: str) -> Rule:
    def check(after: Values, before: Values | None) -> list[Problem]:
        item = after.get("item_id")
        if item and after.get("assessment_id") is None:
            return [
                (
                    "item_id",
                    Message(
                        "item_needs_assessment",
                        "{item!r} names a template item, so it needs an assessment",
                        item=item,
                    ),
                )
            ]
        return []

    return Rule(
        kind,
        "item_id",
        "record",
        "only with an assessment",
        check,
        {"item_id": "gov.registration", "assessment_id": None},
        reads=("item_id", "assessment_id"),
    )


def _terminated_with_reason(after: Values, before: Values | None) -> list[Problem]:
    reason = after.get("termination_reason")
    if after.get("status") == ProjectStatus.TERMINATED and not (
        isinstance(reason, str) and reason.strip()
    ):
        return [
            (
                "termination_reason",
                Message(
                    "termination_reason_needed", "must be given when the status is 'terminated'"
                ),
            )
        ]
    return []


def _done_date_only_when_done(after: Values, before: Values | None) -> list[Problem]:
    done = after.get("done_date")
    if after.get("status") == ScheduleStatus.DUE and done is not None:
        shown = done.isoformat() if _is_date(done) else repr(done)
        return [
            (
                "done_date",
                Message("done_but_due", "{date} is set but the status is 'due'", date=shown),
            )
        ]
    return []


def _conditions_given(after: Values, before: Values | None) -> list[Problem]:
    conditions = after.get("conditions")
    if after.get("decision") == Decision.APPROVE_WITH_CONDITIONS and not (
        isinstance(conditions, str) and conditions.strip()
    ):
        return [
            (
                "conditions",
                Message("conditions_needed", "must be given when approving with conditions"),
            )
        ]
    return []


def _draft_only_by_reopening(after: Values, before: Values | None) -> list[Problem]:
    if before is None or before.get("status") not in LOCKED_STATUSES:
        return []
    if after.get("status") != AssessmentStatus.DRAFT:
        return []
    kept = [name for name, cleared in REOPENED.items() if after.get(name) != cleared]
    if kept:
        return [
            (
                "status",
                Message(
                    "draft_only_by_reopening",
                    "a {status} assessment becomes a draft only by reopening it, which clears "
                    "{cleared} (still set: {kept})",
                    status=before.get("status"),
                    cleared=", ".join(REOPENED),
                    kept=", ".join(kept),
                ),
            )
        ]
    return []


def _approved_only_from_final(after: Values, before: Values | None) -> list[Problem]:
    if before is None or before.get("status") != AssessmentStatus.DRAFT:
        return []
    if after.get("status") == AssessmentStatus.APPROVED:
        return [
            (
                "status",
                Message(
                    "approve_needs_final",
                    "only a final assessment can be approved, not a {status} one",
                    status=AssessmentStatus.DRAFT.value,
                ),
            )
        ]
    return []


def _participant_named(after: Values, before: Values | None) -> list[Problem]:
    name = after.get("name")
    if after.get("partner_id") is None and not (isinstance(name, str) and name.strip()):
        return [
            (
                "name",
                Message(
                    "participant_needs_name", "give a participating partner or the person's name"
                ),
            )
        ]
    return []


def _attachment_owned(after: Values, before: Values | None) -> list[Problem]:
    if all(after.get(f) is None for f in ("partner_id", "assessment_id", "workshop_id")):
        return [
            (
                "owner",
                Message(
                    "attachment_needs_owner",
                    "an attachment must belong to a partner, an assessment or a workshop",
                ),
            )
        ]
    return []


def _file_name(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return Message("empty", "must not be empty")
    if re.search(r"[\\/\x00]", value) or value in (".", ".."):
        return Message("not_a_file_name", "{value!r} is not a file name (no folders)", value=value)
    return None


def _media_type(value: Any) -> str | None:
    if isinstance(value, str) and MEDIA_TYPE.match(value):
        return None
    return f"{value!r} is not a media type like image/png"


def _sha256(value: Any) -> str | None:
    return None if isinstance(value, str) and SHA256.match(value) else f"{value!r} is not a SHA-256"


def _not_negative(value: Any) -> str | None:
    return f"{value!r} is negative" if isinstance(value, int) and value < 0 else None


def _at_least_one(value: Any) -> str | None:
    return (
        f"{value!r} is not a version (1 or more)" if isinstance(value, int) and value < 1 else None
    )


def _template_body(value: Any) -> str | None:
    problems = validate_template(value)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        return f"is not a valid template: {problems[0]}{more}"
    return None


def _record(
    kind: str,
    name: str,
    description: str,
    check: Callable[[Values, Values | None], list[Problem]],
    refuses: Mapping[str, Any],
    reads: tuple[str, ...],
) -> Rule:
    return Rule(kind, name, "record", description, check, refuses, reads=reads)


def _declared_rules() -> list[Rule]:
    rule = _field_rule
    return [
        # partner
        required_text("partner", "name"),
        rule("partner", "country", "an ISO 3166 country code or empty", _country, "XX"),
        vocabulary("partner", "type", PartnerType),
        vocabulary("partner", "category", PartnershipCategory),
        vocabulary("partner", "modality", Modality),
        vocabulary("partner", "phase", Phase),
        vocabulary("partner", "sensitivity", Sensitivity),
        text_list("partner", "tags"),
        # contact
        reference("contact", "partner_id"),
        required_text("contact", "name"),
        _channels_rule(),
        # project
        reference("project", "partner_id"),
        required_text("project", "title"),
        vocabulary("project", "call", CallType),
        rule("project", "amount", "an amount of 0 or more", amount_problem, "-250"),
        rule("project", "currency", "an ISO 4217 currency code", _currency, "XYZ"),
        vocabulary("project", "due_diligence_tier", DueDiligenceTier, blank=True),
        vocabulary("project", "status", ProjectStatus),
        _dates_in_order("project", "start_date", "end_date"),
        _record(
            "project",
            "termination_reason",
            "given when terminated",
            _terminated_with_reason,
            {"status": "terminated", "termination_reason": " "},
            ("status", "termination_reason"),
        ),
        # scheduled report
        reference("scheduled_report", "project_id"),
        vocabulary("scheduled_report", "schedule_kind", ScheduleKind, required=True),
        given("scheduled_report", "due_date"),
        vocabulary("scheduled_report", "status", ScheduleStatus),
        _record(
            "scheduled_report",
            "done_date",
            "only once no longer due",
            _done_date_only_when_done,
            {"status": "due", "done_date": "2026-06-01"},
            ("status", "done_date"),
        ),
        # template
        required_text("template", "template_key"),
        rule("template", "version", "1 or more", _at_least_one, 0),
        vocabulary("template", "assessment_kind", AssessmentKind),
        required_text("template", "title"),
        vocabulary("template", "origin", TEMPLATE_ORIGINS),
        rule("template", "body", "a valid template document", _template_body, {"key": 1}),
        # assessment
        reference("assessment", "partner_id"),
        reference("assessment", "project_id"),
        vocabulary("assessment", "assessment_kind", AssessmentKind),
        required_text("assessment", "template_key"),
        rule("assessment", "template_version", "1 or more", _at_least_one, 0),
        # An assessment's tier is one its template declares (organisation templates name
        # their own), so only its length is the rule book's business.
        vocabulary("assessment", "respondent", RespondentRole),
        text_list("assessment", "assessors", MAX_PEOPLE),
        text_list("assessment", "participants", MAX_PEOPLE),
        vocabulary("assessment", "status", AssessmentStatus),
        vocabulary("assessment", "decision", Decision, blank=True),
        _record(
            "assessment",
            "conditions",
            "given when approving with conditions",
            _conditions_given,
            {"decision": "approve_with_conditions", "conditions": " "},
            ("decision", "conditions"),
        ),
        Rule(
            "assessment",
            "status",
            "transition",
            "final to draft only by reopening",
            _draft_only_by_reopening,
            {"status": "draft"},
            reads=("status", *REOPENED),
            before={
                "status": "final",
                "results": {"rating": "low"},
                "finalised_at": "2026-03-01T09:00:00.000000Z",
            },
        ),
        Rule(
            "assessment",
            "status",
            "transition",
            "approved only from final",
            _approved_only_from_final,
            {"status": "approved", "decision": "approve"},
            reads=("status",),
            before={"status": "draft"},
        ),
        # answer
        reference("answer", "assessment_id"),
        required_text("answer", "item_id"),
        # action
        reference("action", "partner_id"),
        required_text("action", "title"),
        vocabulary("action", "status", ActionStatus),
        vocabulary("action", "source", ActionSource),
        reference("action", "assessment_id"),
        reference("action", "workshop_id"),
        rule(
            "action",
            "review_notes",
            "dated notes with a known status",
            _review_notes,
            [{"date": "soon", "status": "open", "note": "", "by": ""}],
        ),
        _record(
            "action",
            "completed_on",
            "only on a done action",
            _completed_only_when_done,
            {"status": "open", "completed_on": "2026-01-10"},
            ("status", "completed_on"),
        ),
        _item_needs_assessment("action"),
        # workshop
        required_text("workshop", "title"),
        text_list("workshop", "facilitators"),
        reference("workshop", "reviews_workshop_id"),
        _dates_in_order("workshop", "start_date", "end_date"),
        # workshop participant
        reference("workshop_participant", "workshop_id"),
        reference("workshop_participant", "partner_id"),
        _record(
            "workshop_participant",
            "name",
            "a partner or a person's name",
            _participant_named,
            {"partner_id": None, "name": " "},
            ("partner_id", "name"),
        ),
        # attachment
        rule(
            "attachment",
            "filename",
            "a file name without folders",
            _file_name,
            "../../x",
            required=True,
        ),
        rule("attachment", "media_type", "a media type", _media_type, "png"),
        rule("attachment", "size", "0 or more", _not_negative, -1),
        rule("attachment", "sha256", "a SHA-256 in hex", _sha256, "abc"),
        reference("attachment", "partner_id"),
        reference("attachment", "assessment_id"),
        reference("attachment", "workshop_id"),
        _record(
            "attachment",
            "owner",
            "belongs to a partner, an assessment or a workshop",
            _attachment_owned,
            {"partner_id": None, "assessment_id": None, "workshop_id": None, "item_id": ""},
            ("partner_id", "assessment_id", "workshop_id"),
        ),
        _item_needs_assessment("attachment"),
    ]


# --- column types: what a value must be before any rule reads it ----------------------------


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # text|integer|boolean|date|datetime|decimal|list|dict|any
    nullable: bool
    max_length: int | None


def _column(column: Any) -> Column:
    ctype = column.type
    max_length = None
    if isinstance(ctype, UTCDateTime):
        kind = "datetime"
    elif isinstance(ctype, DecimalText):
        kind = "decimal"
    elif isinstance(ctype, Boolean):
        kind = "boolean"
    elif isinstance(ctype, Integer):
        kind = "integer"
    elif isinstance(ctype, Date):
        kind = "date"
    elif isinstance(ctype, JSON):
        default = column.default
        sample = default.arg(None) if default is not None and callable(default.arg) else None
        kind = "list" if isinstance(sample, list) else "dict" if isinstance(sample, dict) else "any"
    elif isinstance(ctype, String):
        kind = "text"
        max_length = ctype.length
    else:  # pragma: no cover - a new column type must be taught here
        raise TypeError(f"no rule for column {column.key} of type {ctype!r}")
    return Column(column.key, kind, bool(column.nullable), max_length)


def _columns(model: type[SyncedRecord]) -> dict[str, Column]:
    table = model.__table__  # type: ignore[attr-defined]
    return {c.key: _column(c) for c in table.columns if c.key not in model.META_COLUMNS}


COLUMNS: dict[str, dict[str, Column]] = {
    kind: _columns(model) for kind, model in MODEL_BY_KIND.items()
}


def type_problem(column: Column, value: Any) -> str | None:
    """What is wrong with ``value`` (in column form) for this column's type, or None."""
    if value is None:
        return (
            None if column.nullable or column.type == "any" else Message("needed", "must be given")
        )
    if column.type == "text":
        return None if isinstance(value, str) else f"must be text, not {type(value).__name__}"
    if column.type == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            return Message("not_whole_number", "{value!r} is not a whole number", value=value)
        return None if -(2**63) <= value < 2**63 else f"{value} is out of range"
    if column.type == "boolean":
        return None if isinstance(value, bool) else "must be true or false"
    if column.type == "date":
        return (
            None
            if _is_date(value)
            else Message("not_a_date_value", "{value!r} is not a date", value=value)
        )
    if column.type == "datetime":
        if isinstance(value, datetime) and value.tzinfo is not None:
            return None
        return f"{value!r} is not a UTC time"
    if column.type == "decimal":
        return amount_problem(value)
    if column.type == "list":
        return None if isinstance(value, list) else "must be a list"
    if column.type == "dict":
        return None if isinstance(value, dict) else "must be an object"
    return None


def is_utc_text(value: str, parsed: datetime | None = None) -> bool:
    """Whether ``value`` is exactly ``utc_text`` of a real time (``parsed``: what
    ``parse_utc_text`` made of it, when already parsed)."""
    if parsed is None:
        try:
            parse_utc_text(value)  # exactly that form, a real time
        except ValueError:
            return False
        return True
    # A time parsed elsewhere: its ISO form, less the offset, is the text.
    return parsed.isoformat(timespec="microseconds")[:26] == value[:26]


def column_value(column: Column, value: Any) -> Any:
    """A revision-body value in column form; a value that does not convert is kept as it
    is, so the type check names it."""
    if not isinstance(value, str):
        return value
    try:
        if column.type == "date" and len(value) == 10:
            return date.fromisoformat(value)
        if column.type == "datetime":
            return parse_utc_text(value)  # exactly utc_text's form, or ValueError
        if column.type == "decimal" and len(value) <= 40:
            return Decimal(value)
    except (ValueError, InvalidOperation):
        pass
    return value


# Per kind, the columns whose body text converts to another form (dates, times, amounts).
CONVERTED: dict[str, tuple[Column, ...]] = {
    kind: tuple(c for c in columns.values() if c.type in ("date", "datetime", "decimal"))
    for kind, columns in COLUMNS.items()
}


def column_values(kind: str, body: Values) -> dict[str, Any]:
    """A body in column form: only dates, times and amounts differ from their text."""
    values = dict(body)
    for column in CONVERTED[kind]:
        value = values.get(column.name)
        if isinstance(value, str):
            values[column.name] = column_value(column, value)
    return values


# --- the registry ----------------------------------------------------------------------------


def _length_rules() -> list[Rule]:
    return [
        _length_rule(kind, column.name, column.max_length)
        for kind, columns in COLUMNS.items()
        for column in columns.values()
        if column.type == "text" and column.max_length is not None
    ]


RULES: tuple[Rule, ...] = tuple(_declared_rules() + _length_rules())
RULES_BY_KIND: dict[str, tuple[Rule, ...]] = {
    kind: tuple(r for r in RULES if r.kind == kind) for kind in MODEL_BY_KIND
}


@dataclass(frozen=True)
class _KindPlan:
    """A kind's rules arranged once for ``_run``: each field's position and own rules, and
    the record and transition rules with the fields each reads (every rule is in it)."""

    order: dict[str, int]
    own: dict[str, tuple[Rule, ...]]
    across: tuple[tuple[Rule, frozenset[str]], ...]


def _kind_plan(kind: str) -> _KindPlan:
    rules = RULES_BY_KIND[kind]
    own: dict[str, list[Rule]] = defaultdict(list)
    for rule in rules:
        if rule.scope == "field":
            own[rule.field].append(rule)
    return _KindPlan(
        order={name: position for position, name in enumerate(COLUMNS[kind])},
        own={name: tuple(found) for name, found in own.items()},
        across=tuple((r, frozenset(r.fields_read)) for r in rules if r.scope != "field"),
    )


_KIND_PLANS: dict[str, _KindPlan] = {kind: _kind_plan(kind) for kind in RULES_BY_KIND}


def _run(
    kind: str,
    after: Values,
    before: Values | None,
    *,
    fields: set[str] | None,
    changed: set[str] | None,
    creating: bool,
    merge: bool = False,
) -> list[Problem]:
    """Column types, then field rules field by field (the first problem of a field only),
    then record and transition rules whose fields are all sound.

    ``fields`` are the fields to check (None: every field); record and transition rules
    run when one of the fields they read is in ``changed`` (None: always).
    """
    columns = COLUMNS[kind]
    rules = RULES_BY_KIND[kind]
    plan = _KIND_PLANS[kind]
    problems: list[Problem] = []
    unsound: set[str] = set()
    if fields is None:
        ordered: Iterable[str] = columns  # every column, in the order of ``plan.order``
    else:
        names = [n for n in columns if n in fields]
        if creating:
            names += [r.field for r in rules if r.required and r.field not in names]
        last = len(plan.order)
        ordered = sorted(dict.fromkeys(names), key=lambda n: plan.order.get(n, last))
    for name in ordered:
        own = plan.own.get(name, ())
        column = columns[name]
        # A field rule of a list or object column says what the entries must be.
        structured = column.type in ("list", "dict") and own
        message = None if structured else type_problem(column, after.get(name))
        found = [(name, message)] if message else []
        for rule in own:
            if found:
                break
            found = rule.check(after, before)
        if found:
            unsound.add(name)
            problems.extend(found)
    if merge:
        return problems
    for rule, reads in plan.across:
        if unsound & reads:
            continue
        if rule.scope == "transition" and before is None:
            continue
        if changed is not None and not changed & reads:
            continue
        problems.extend(rule.check(after, before))
    return problems


def check_record(
    kind: str,
    body: Values,
    previous: Values | None = None,
    *,
    merge: bool = False,
) -> list[Problem]:
    """Every problem of a whole revision body (dates and amounts as text, as stored in the
    history and carried by bundles); [] when it passes the rule book.

    ``previous`` is the body of the revision it replaces (None for a new record): record
    rules then run only on fields that changed from it, and transition rules against it.
    With ``merge`` only the field rules run (a field-by-field merge of two sound revisions
    keeps them); ``sync.merge`` checks a merged record against each of its sides.
    """
    columns = COLUMNS.get(kind)
    if columns is None:
        return [("kind", f"{kind!r} is not a record kind")]
    missing = sorted(set(columns) - set(body))
    unknown = sorted(set(body) - set(columns))
    if missing or unknown:
        return [(name, f"is missing from a {kind}") for name in missing] + [
            (name, f"is not a field of a {kind}") for name in unknown
        ]
    after = column_values(kind, body)
    before = column_values(kind, previous) if previous is not None else None
    changed = None
    if before is not None:
        changed = {name for name in columns if after.get(name) != before.get(name)}
    return _run(
        kind, after, before, fields=None, changed=changed, creating=before is None, merge=merge
    )


def check_changes(
    kind: str,
    changes: Values,
    current: SyncedRecord | Values | None = None,
) -> list[Problem]:
    """Problems of setting ``changes`` (column form) on a record of ``kind``: on
    ``current`` (a record or its column values), or on a new record when it is None.

    Only the fields given are checked, with the fields every new record needs; rules
    across fields run on the record as it will be when one of their fields is given.
    Fields that are not columns of the kind are left to the caller (what may be set
    through a service is the service's business).
    """
    columns = COLUMNS[kind]
    given = {name for name in changes if name in columns}
    if current is None:
        base: dict[str, Any] = _defaults(kind)
        before = None
    else:
        base = dict(current) if isinstance(current, Mapping) else _values_of(current)
        before = dict(base)
    after = {**base, **{k: v for k, v in changes.items() if k in columns}}
    return _run(kind, after, before, fields=given, changed=given, creating=current is None)


def _defaults(kind: str) -> dict[str, Any]:
    table = MODEL_BY_KIND[kind].__table__  # type: ignore[attr-defined]
    values: dict[str, Any] = {}
    for name in COLUMNS[kind]:
        default = table.c[name].default
        if default is None:
            values[name] = None
        else:
            values[name] = default.arg(None) if callable(default.arg) else default.arg
    return values


def _values_of(record: SyncedRecord) -> dict[str, Any]:
    return {name: getattr(record, name) for name in COLUMNS[record.kind]}


def require(problems: list[Problem]) -> None:
    """Raise ValidationError when there are problems (for services that check in steps)."""
    if problems:
        raise ValidationError(problems)


def unknown_fields(values: Values, allowed: Iterable[str], message: str) -> list[Problem]:
    """The fields of ``values`` a service does not take, each with ``message``."""
    return [(name, message) for name in sorted(set(values) - set(allowed))]
