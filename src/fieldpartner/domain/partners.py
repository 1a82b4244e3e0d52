"""Partners and their contacts: creating, editing, finding and listing them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from fieldpartner.domain.models import (
    Contact,
    Modality,
    Partner,
    PartnershipCategory,
    PartnerType,
    Phase,
    Sensitivity,
)
from fieldpartner.domain.validation import Checker, ValidationError, clean_tags

# Fields a user may set on a partner, with how each is checked.
PARTNER_TEXT_FIELDS: dict[str, int | None] = {
    "acronym": 40,
    "region": 200,
    "mandate": None,
    "history": None,
    "governance": None,
    "local_anchoring": None,
    "affiliations": None,
    "exit_criteria": None,
    "relationship_owner": 200,
    "notes": None,
}
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

CONTACT_CHANNEL_KINDS = ("email", "phone", "signal", "whatsapp", "telegram", "address", "other")


class NotFound(LookupError):
    """No record matches what the user named."""


class Ambiguous(LookupError):
    """More than one record matches what the user named."""


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


def check_partner_values(values: Mapping[str, Any], *, creating: bool) -> None:
    check = Checker()
    unknown = sorted(set(values) - PARTNER_FIELDS)
    for field in unknown:
        check.fail(field, "is not a partner field")
    if creating or "name" in values:
        check.required_text("name", values.get("name"), 300)
    if "country" in values:
        check.country("country", values["country"])
    for field, limit in PARTNER_TEXT_FIELDS.items():
        if field in values:
            check.text(field, values[field], limit)
    for field, vocabulary in PARTNER_CHOICE_FIELDS.items():
        if field in values:
            check.choice(field, values[field], vocabulary)
    if "tags" in values:
        check.text_list("tags", values["tags"])
    check.done()


def add_partner(session: Session, **values: Any) -> Partner:
    """Create a partner; raises ValidationError naming every bad field."""
    values = _normalise(values)
    check_partner_values(values, creating=True)
    partner = Partner(**values)
    session.add(partner)
    session.flush()
    return partner


def edit_partner(session: Session, partner: Partner, **changes: Any) -> Partner:
    changes = _normalise(changes)
    check_partner_values(changes, creating=False)
    if partner.deleted:
        raise ValidationError([("partner", f"{partner.name!r} has been deleted")])
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
        raise NotFound(f"no partner with id {partner_id}")
    return partner


def find_partner(session: Session, id_or_name: str) -> Partner:
    """A partner by id, id prefix (8+ characters), exact name or acronym (case-insensitive)."""
    key = id_or_name.strip()
    if not key:
        raise NotFound("no partner named ''")
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
        raise NotFound(f"no partner with id or name {key!r}")
    if len(matches) > 1:
        ids = ", ".join(p.id for p in matches)
        raise Ambiguous(f"{len(matches)} partners are named {key!r} ({ids}); use the id")
    return matches[0]


@dataclass(frozen=True)
class PartnerFilter:
    """What the partner list shows: text search and exact filters, all optional."""

    text: str = ""
    type: str = ""
    phase: str = ""
    category: str = ""
    country: str = ""
    tag: str = ""


def partner_query(flt: PartnerFilter | None = None) -> Select[tuple[Partner]]:
    """Live partners matching ``flt``, sorted by name; the search runs in the database.

    Text matches name, acronym, region, country code and tags in any script, ignoring
    case (``casefold`` is registered on every connection by the vault engine).
    """
    flt = flt or PartnerFilter()
    query = select(Partner).where(Partner.deleted.is_(False))
    text = flt.text.strip()
    if text:
        pattern = f"%{_escape_like(text.casefold())}%"
        fields = (Partner.name, Partner.acronym, Partner.region, Partner.country, Partner.tags)
        query = query.where(or_(*(func.casefold(f).like(pattern, escape="\\") for f in fields)))
    for field in ("type", "phase", "category", "country"):
        value = getattr(flt, field)
        if value:
            query = query.where(getattr(Partner, field) == value)
    if flt.tag:
        query = query.where(Partner.tags.like(f'%"{_escape_like(flt.tag)}"%', escape="\\"))
    return query.order_by(func.casefold(Partner.name), Partner.id)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def list_partners(
    session: Session, flt: PartnerFilter | None = None, *, offset: int = 0, limit: int | None = None
) -> list[Partner]:
    query = partner_query(flt).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def count_partners(session: Session, flt: PartnerFilter | None = None) -> int:
    subquery = partner_query(flt).order_by(None).subquery()
    return int(session.scalar(select(func.count()).select_from(subquery)) or 0)


# --- contacts ---------------------------------------------------------------------------


def _check_contact(values: Mapping[str, Any], *, creating: bool) -> None:
    check = Checker()
    allowed = {"name", "role", "channels", "notes"}
    for field in sorted(set(values) - allowed):
        check.fail(field, "is not a contact field")
    if creating or "name" in values:
        check.required_text("name", values.get("name"), 300)
    if "role" in values:
        check.text("role", values["role"], 200)
    if "notes" in values:
        check.text("notes", values["notes"])
    for index, channel in enumerate(values.get("channels", [])):
        if not isinstance(channel, dict) or channel.get("kind") not in CONTACT_CHANNEL_KINDS:
            check.fail(
                f"channels[{index}]",
                f"kind must be one of {', '.join(CONTACT_CHANNEL_KINDS)}",
            )
        elif not str(channel.get("value", "")).strip():
            check.fail(f"channels[{index}]", "value must not be empty")
    check.done()


def add_contact(session: Session, partner: Partner, **values: Any) -> Contact:
    _check_contact(values, creating=True)
    contact = Contact(partner_id=partner.id, **values)
    session.add(contact)
    session.flush()
    return contact


def edit_contact(session: Session, contact: Contact, **changes: Any) -> Contact:
    _check_contact(changes, creating=False)
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
