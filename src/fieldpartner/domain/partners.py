"""Partners and their contacts: creating, editing, finding and listing them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, String, cast, exists, func, or_, select
from sqlalchemy.orm import Session

from fieldpartner.domain import rules
from fieldpartner.domain.actions import OPEN_STATUSES, today_in
from fieldpartner.domain.models import (
    Action,
    Assessment,
    AssessmentStatus,
    Contact,
    Modality,
    Partner,
    PartnershipCategory,
    PartnerType,
    Phase,
    Sensitivity,
)
from fieldpartner.domain.problems import Message
from fieldpartner.domain.revisions import HistoryError, edit_from
from fieldpartner.domain.rules import CONTACT_CHANNEL_KINDS as CONTACT_CHANNEL_KINDS
from fieldpartner.domain.search import countries_matching, escape_like, text_matches
from fieldpartner.domain.templates.document import NEVER_FEEDS_RISK
from fieldpartner.domain.validation import Ambiguous as Ambiguous
from fieldpartner.domain.validation import NotFound as NotFound
from fieldpartner.domain.validation import ValidationError, clean_tags

# Fields a user may set on a partner (how each is checked is the rule book's business).
PARTNER_TEXT_FIELDS = (
    "acronym",
    "region",
    "mandate",
    "history",
    "governance",
    "local_anchoring",
    "affiliations",
    "exit_criteria",
    "relationship_owner",
    "notes",
)
PARTNER_CHOICE_FIELDS = {
    "type": PartnerType,
    "category": PartnershipCategory,
    "modality": Modality,
    "phase": Phase,
    "sensitivity": Sensitivity,
}
PARTNER_FIELDS = frozenset(
    {"name", "country", "tags", *PARTNER_TEXT_FIELDS, *PARTNER_CHOICE_FIELDS}
)
CONTACT_FIELDS = frozenset({"name", "role", "channels", "notes"})


def _normalise(values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = dict(values)
    for key in ("name", *PARTNER_TEXT_FIELDS):
        if isinstance(cleaned.get(key), str):
            cleaned[key] = cleaned[key].strip()
    if isinstance(cleaned.get("country"), str):
        cleaned["country"] = cleaned["country"].strip().upper()
    if "tags" in cleaned and isinstance(cleaned["tags"], list):
        cleaned["tags"] = clean_tags(cleaned["tags"])
    return cleaned


def check_partner_values(
    values: Mapping[str, Any], *, creating: bool, current: Partner | None = None
) -> None:
    """Raise ValidationError naming every field of ``values`` the rule book refuses."""
    rules.require(
        rules.unknown_fields(values, PARTNER_FIELDS, "is not a partner field")
        + rules.check_changes("partner", values, None if creating else current or {})
    )


def add_partner(session: Session, **values: Any) -> Partner:
    """Create a partner; raises ValidationError naming every bad field."""
    values = _normalise(values)
    check_partner_values(values, creating=True)
    partner = Partner(**values)
    session.add(partner)
    session.flush()
    return partner


def edit_partner(
    session: Session, partner: Partner, *, based_on: str | None = None, **changes: Any
) -> Partner:
    """Change a partner's fields; ``based_on`` is the revision the form was opened on (a
    change made meanwhile refuses this one: ``revisions.EditConflict``)."""
    edit_from(session, partner, based_on)
    changes = _normalise(changes)
    check_partner_values(changes, creating=False, current=partner)
    if partner.deleted:
        raise ValidationError(
            [("partner", Message("record_deleted", "{name!r} has been deleted", name=partner.name))]
        )
    for key, value in changes.items():
        setattr(partner, key, value)
    session.flush()
    return partner


def delete_partner(session: Session, partner: Partner) -> None:
    """Mark a partner deleted (a tombstone that syncs); its history stays in the vault."""
    partner.deleted = True
    session.flush()


def get_partner(session: Session, partner_id: str) -> Partner:
    partner = session.get(Partner, partner_id)
    if partner is None or partner.deleted:
        raise NotFound(Message("no_partner", "no partner with id {id}", id=partner_id))
    return partner


def find_partner(session: Session, id_or_name: str) -> Partner:
    """A partner by id, id prefix (8+ characters), exact name or acronym (case-insensitive)."""
    key = id_or_name.strip()
    if not key:
        raise NotFound(Message("no_partner_name_given", "no partner named ''"))
    live = select(Partner).where(Partner.deleted.is_(False))
    found = session.get(Partner, key)
    if found is not None and not found.deleted:
        return found
    if len(key) >= 8:
        matches = list(
            session.scalars(
                live.where(Partner.id.startswith(key.lower(), autoescape=True)).limit(2)
            )
        )
        if len(matches) == 1:
            return matches[0]
    folded = key.casefold()
    matches = list(
        session.scalars(
            live.where(
                or_(
                    func.casefold(Partner.name) == folded,
                    func.casefold(Partner.acronym) == folded,
                )
            )
        )
    )
    if not matches:
        raise NotFound(Message("no_partner_named", "no partner with id or name {name!r}", name=key))
    if len(matches) > 1:
        ids = ", ".join(p.id for p in matches)
        raise Ambiguous(
            Message(
                "partner_name_not_unique",
                "{count} partners are named {name!r} ({ids}); use the id",
                count=len(matches),
                name=key,
                ids=ids,
            )
        )
    return matches[0]


# Ratings a risk rule can give (domain.scoring), mildest first; "none" filters partners
# without any final or approved assessment that carries a rating.
RATINGS = ("low", "moderate", "significant", "high")
NO_RATING = "none"
# Columns the partner list can be sorted by.
SORT_KEYS = (
    "name",
    "acronym",
    "country",
    "type",
    "phase",
    "category",
    "last_rating",
    "overdue_actions",
    "updated_at",
)
_OPEN_ACTION_STATUSES = tuple(status.value for status in OPEN_STATUSES)


@dataclass(frozen=True)
class PartnerFilter:
    """What the partner list shows: text search and exact filters, all optional.

    ``rating`` is the rating of the partner's latest final or approved assessment (one of
    ``RATINGS``, or ``NO_RATING``); ``overdue`` keeps partners with an open action due
    before ``today`` (the session's today when not given). ``sort`` is one of
    ``SORT_KEYS``.
    """

    text: str = ""
    type: str = ""
    phase: str = ""
    category: str = ""
    country: str = ""
    tag: str = ""
    rating: str = ""
    overdue: bool = False
    today: date | None = None
    sort: str = "name"
    descending: bool = False
    # The language the person reads country names in (text also finds those names).
    language: str = "en"


class PartnerSummary(NamedTuple):
    """One row of the partner list: the partner and what is worked out about it."""

    id: str
    name: str
    acronym: str
    country: str
    type: str
    phase: str
    category: str
    updated_at: datetime | None
    last_rating: str | None
    overdue_actions: int


def last_rating_column() -> Any:
    """Correlated subquery: ``results["rating"]`` of the partner's latest final or approved
    assessment that feeds the partner's risk rating (by assessment date, then finalisation
    time), or NULL. Two-way assessments, dialogues and workshop reviews never feed it, nor
    does a template that says so (``feeds_risk_rating`` in its results)."""
    return (
        select(func.json_extract(Assessment.results, "$.rating"))
        .where(
            Assessment.partner_id == Partner.id,
            Assessment.deleted.is_(False),
            Assessment.status.in_([AssessmentStatus.FINAL.value, AssessmentStatus.APPROVED.value]),
            Assessment.assessment_kind.not_in(NEVER_FEEDS_RISK),
            # As text on every engine: SQLite gives a JSON true as 1, PostgreSQL as 'true'.
            func.coalesce(
                cast(func.json_extract(Assessment.results, "$.feeds_risk_rating"), String), "1"
            ).in_(("1", "true")),
        )
        .order_by(
            Assessment.assessed_on.desc(),
            Assessment.finalised_at.desc(),
            Assessment.id.desc(),
        )
        .limit(1)
        .correlate(Partner)
        .scalar_subquery()
    )


def _overdue_condition(today: date) -> ColumnElement[bool]:
    return (
        (Action.partner_id == Partner.id)
        & Action.deleted.is_(False)
        & Action.status.in_(_OPEN_ACTION_STATUSES)
        & Action.due_date.is_not(None)
        & (Action.due_date < today)
    )


def overdue_count_column(today: date) -> Any:
    """Correlated subquery: how many open actions of the partner were due before ``today``
    (the rule of ``domain.actions.is_overdue``)."""
    return (
        select(func.count(Action.id))
        .where(_overdue_condition(today))
        .correlate(Partner)
        .scalar_subquery()
    )


def _filtered(query: Select[Any], flt: PartnerFilter, today: date) -> Select[Any]:
    query = query.where(Partner.deleted.is_(False))
    text = flt.text.strip()
    if text:
        fields = (Partner.name, Partner.acronym, Partner.region, Partner.tags)
        found = [text_matches(fields, text)]
        countries = countries_matching(text, flt.language)
        if countries:
            found.append(Partner.country.in_(sorted(countries)))
        query = query.where(or_(*found))
    for field in ("type", "phase", "category", "country"):
        value = getattr(flt, field)
        if value:
            query = query.where(getattr(Partner, field) == value)
    if flt.tag:
        tags = cast(Partner.tags, String)  # the JSON text, on every engine
        query = query.where(tags.like(f'%"{escape_like(flt.tag)}"%', escape="\\"))
    if flt.rating == NO_RATING:
        query = query.where(last_rating_column().is_(None))
    elif flt.rating:
        query = query.where(last_rating_column() == flt.rating)
    if flt.overdue:
        query = query.where(exists().where(_overdue_condition(today)))
    return query


def _ordered(query: Select[Any], flt: PartnerFilter, today: date) -> Select[Any]:
    if flt.sort not in SORT_KEYS:
        raise ValueError(f"cannot sort partners by {flt.sort!r}; use one of {', '.join(SORT_KEYS)}")
    name = func.casefold(Partner.name)
    if flt.sort == "name":
        key: Any = name
    elif flt.sort == "last_rating":
        # Mildest to worst, partners without a rating first.
        rating = last_rating_column()
        key = func.coalesce(func.instr("|" + "|".join(RATINGS) + "|", "|" + rating + "|"), 0)
    elif flt.sort == "overdue_actions":
        key = overdue_count_column(today)
    elif flt.sort == "updated_at":
        key = Partner.updated_at
    else:
        key = func.casefold(getattr(Partner, flt.sort))
    key = key.desc() if flt.descending else key.asc()
    return query.order_by(key, name, Partner.id)


def partner_query(
    flt: PartnerFilter | None = None, today: date | None = None
) -> Select[tuple[Partner]]:
    """Live partners matching ``flt``, in its order; the search runs in the database.

    Text matches name, acronym, region and tags in any script, ignoring case and accents
    (``domain.search.fold``, registered on every connection by the vault engine), and the
    country by its code or its name in English or in ``flt.language``.
    """
    flt = flt or PartnerFilter()
    today = flt.today or today or date.today()
    return _ordered(_filtered(select(Partner), flt, today), flt, today)


def _today(session: Session, flt: PartnerFilter) -> date:
    if flt.today is not None:
        return flt.today
    try:
        return today_in(session)
    except HistoryError:  # a plain session (no clock of its own): the system's today
        return date.today()


def list_partners(
    session: Session, flt: PartnerFilter | None = None, *, offset: int = 0, limit: int | None = None
) -> list[Partner]:
    flt = flt or PartnerFilter()
    query = partner_query(flt, _today(session, flt)).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def list_partner_summaries(
    session: Session, flt: PartnerFilter | None = None, *, offset: int = 0, limit: int | None = None
) -> list[PartnerSummary]:
    """The partner list's rows in one query: each partner's columns, the rating of its
    latest final or approved assessment, and its number of overdue actions."""
    flt = flt or PartnerFilter()
    today = _today(session, flt)
    query = select(
        Partner.id,
        Partner.name,
        Partner.acronym,
        Partner.country,
        Partner.type,
        Partner.phase,
        Partner.category,
        Partner.updated_at,
        last_rating_column().label("last_rating"),
        overdue_count_column(today).label("overdue_actions"),
    )
    query = _ordered(_filtered(query, flt, today), flt, today).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [PartnerSummary(*row) for row in session.execute(query)]


def count_partners(session: Session, flt: PartnerFilter | None = None) -> int:
    flt = flt or PartnerFilter()
    subquery = partner_query(flt, _today(session, flt)).order_by(None).subquery()
    return int(session.scalar(select(func.count()).select_from(subquery)) or 0)


# --- contacts ---------------------------------------------------------------------------


def check_contact_values(values: Mapping[str, Any], current: Contact | None) -> None:
    rules.require(
        rules.unknown_fields(values, CONTACT_FIELDS, "is not a contact field")
        + rules.check_changes("contact", values, current)
    )


def add_contact(session: Session, partner: Partner, **values: Any) -> Contact:
    check_contact_values(values, None)
    contact = Contact(partner_id=partner.id, **values)
    session.add(contact)
    session.flush()
    return contact


def edit_contact(
    session: Session, contact: Contact, *, based_on: str | None = None, **changes: Any
) -> Contact:
    """Change a contact; ``based_on`` is the revision the form was opened on (a change
    made meanwhile refuses this one: ``revisions.EditConflict``)."""
    edit_from(session, contact, based_on)
    check_contact_values(changes, contact)
    for key, value in changes.items():
        setattr(contact, key, value)
    session.flush()
    return contact


def contacts_of(session: Session, partner: Partner) -> list[Contact]:
    return list(
        session.scalars(
            select(Contact)
            .where(Contact.partner_id == partner.id, Contact.deleted.is_(False))
            .order_by(Contact.name)
        )
    )


def get_contact(session: Session, contact_id: str) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None or contact.deleted:
        raise NotFound(Message("no_contact", "no contact with id {id}", id=contact_id))
    return contact


def delete_contact(session: Session, contact: Contact, *, based_on: str | None = None) -> None:
    """Mark a contact deleted (a tombstone that syncs); its history stays in the vault."""
    edit_from(session, contact, based_on)
    contact.deleted = True
    session.flush()
