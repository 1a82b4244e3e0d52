"""Partners and their contacts from a spreadsheet an organisation already keeps.

Three steps, the same from the window and the command line:

1. ``automatic_mapping`` matches the header row to partner and contact fields (headers in
   English, French, Spanish or Arabic, compared without case or accents); the person may
   change it.
2. ``plan_import`` reads every row through the mapping and checks it with the checks an
   edit in the window makes (``partners.check_partner_values`` and
   ``check_contact_values``, which ask the rule book), without writing: the plan names every
   refused row and why. This is the dry run.
3. ``apply_import`` writes the plan in the caller's transaction, all or nothing: with one
   refused row nothing is written. It writes in bulk (``revisions.bulk_create``): the same
   records and revisions as the services would make one by one.

Several rows naming the same partner (one row per contact, as many spreadsheets are laid
out) make one partner with several contacts. A row naming a partner already in the vault
adds its contact to that partner, and is refused if it gives the partner other values than
the vault holds (an import never silently changes or ignores what a row says).
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import pycountry
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldpartner.domain.ids import uuid7
from fieldpartner.domain.models import Contact, Partner
from fieldpartner.domain.partners import (
    PARTNER_CHOICE_FIELDS,
    PARTNER_TEXT_FIELDS,
    check_contact_values,
    check_partner_values,
)
from fieldpartner.domain.problems import Message, Parts
from fieldpartner.domain.revisions import bulk_create, context_of
from fieldpartner.domain.spreadsheets import Row, Table, fold, import_words, match_headers
from fieldpartner.domain.validation import ValidationError, clean_tags

# The partner fields a column may fill, in the order the mapping offers them.
PARTNER_COLUMNS = ("name", "country", *PARTNER_CHOICE_FIELDS, "tags", *PARTNER_TEXT_FIELDS)
# contact_<channel kind> columns become the contact's channels.
CHANNEL_COLUMNS = {
    "contact_email": "email",
    "contact_phone": "phone",
    "contact_signal": "signal",
    "contact_whatsapp": "whatsapp",
    "contact_telegram": "telegram",
    "contact_address": "address",
}
CONTACT_COLUMNS = ("contact_name", "contact_role", *CHANNEL_COLUMNS, "contact_notes")
IMPORT_FIELDS = PARTNER_COLUMNS + CONTACT_COLUMNS
# Several channels of one kind in one cell: "a@x.org; b@x.org" or one per line.
_SEVERAL = re.compile(r"[;\n]+")
_TAGS = re.compile(r"[,;\n]+")


class MappingError(ValueError):
    """The column mapping cannot be used (no name column, a field taken twice)."""

    exit_code = 4


class ImportRefused(ValueError):
    """Some rows were refused; nothing was written. ``plan`` names each row and why."""

    exit_code = 4

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        rows = Parts(row.message() for row in plan.refused)
        if len(plan.refused) == 1:
            super().__init__(
                Message(
                    "import_rows_refused_one",
                    "{source}: 1 row refused, nothing was imported: {rows}",
                    source=plan.source,
                    rows=rows,
                )
            )
            return
        super().__init__(
            Message(
                "import_rows_refused",
                "{source}: {count} rows refused, nothing was imported: {rows}",
                source=plan.source,
                count=len(plan.refused),
                rows=rows,
            )
        )


@dataclass(frozen=True)
class RefusedRow:
    """A row the import will not take, with every reason."""

    row: int
    reasons: tuple[str, ...]

    def __str__(self) -> str:
        return self.message()

    def message(self) -> Message:
        return Message(
            "refused_row", "row {row}: {reasons}", row=self.row, reasons=Parts(self.reasons)
        )


@dataclass
class PlannedContact:
    row: int
    values: dict[str, Any]


@dataclass
class PlannedPartner:
    """A partner the import makes (``existing_id`` None) or adds contacts to."""

    row: int
    values: dict[str, Any]
    existing_id: str | None = None
    contacts: list[PlannedContact] = field(default_factory=list)


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do, or why it will not."""

    source: str
    rows: int
    partners: tuple[PlannedPartner, ...]
    refused: tuple[RefusedRow, ...]

    @property
    def new_partners(self) -> int:
        return sum(1 for p in self.partners if p.existing_id is None)

    @property
    def contacts(self) -> int:
        return sum(len(p.contacts) for p in self.partners)

    @property
    def accepted(self) -> bool:
        return not self.refused

    def summary(self) -> str:
        """One line a person reads: what would be (or was) imported."""
        return (
            f"{self.rows} rows: {self.new_partners} new partners, {self.contacts} contacts, "
            f"{len(self.refused)} rows refused"
        )


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    partner_ids: tuple[str, ...]
    contact_ids: tuple[str, ...]


def automatic_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index -> import field, for each header recognised in any of the languages."""
    return match_headers(headers, import_words()["partner_headers"])


def check_mapping(mapping: Mapping[int, str]) -> None:
    """Raise MappingError unless a column gives the partner's name and no field is taken
    by two columns."""
    unknown = sorted(set(mapping.values()) - set(IMPORT_FIELDS))
    if unknown:
        raise MappingError(
            Message(
                "not_import_fields",
                "not fields an import fills: {fields}",
                fields=Parts(unknown, ", "),
            )
        )
    fields = list(mapping.values())
    twice = sorted({f for f in fields if fields.count(f) > 1})
    if twice:
        raise MappingError(
            Message(
                "mapped_twice",
                "more than one column is mapped to {field}",
                field=Parts(twice, ", "),
            )
        )
    if "name" not in fields:
        raise MappingError(Message("name_not_mapped", "no column is mapped to the partner's name"))


# --- reading values --------------------------------------------------------------------


@cache
def _country_codes() -> dict[str, str]:
    """Folded country names (English, French, Spanish, Arabic) and codes -> alpha-2 code."""
    names: dict[str, str] = {}
    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in ("fr", "es", "ar")
    ]
    for country in pycountry.countries:
        code = country.alpha_2
        english = [getattr(country, attr, "") for attr in ("name", "official_name", "common_name")]
        for name in [*english, country.alpha_3]:
            if name:
                names.setdefault(fold(name), code)
        for translation in translations:
            for name in english:
                if name:
                    names.setdefault(fold(translation.gettext(name)), code)
    return names


def country_code(text: str) -> str:
    """``KE``, ``ke``, ``Kenya``, ``Nigéria``, an Arabic name -> the alpha-2 code; text
    that names no country is returned as given, for the rule book to refuse."""
    if len(text) == 2 and text.isascii():
        return text.upper()
    return _country_codes().get(fold(text), text)


@cache
def _choice_lookup(field_name: str) -> dict[str, str]:
    words: Mapping[str, list[str]] = import_words()["choices"].get(field_name, {})
    lookup = {}
    for member in PARTNER_CHOICE_FIELDS[field_name]:
        lookup[fold(member.value)] = member.value
        for word in words.get(member.value, []):
            lookup.setdefault(fold(word), member.value)
    return lookup


def choice_value(field_name: str, text: str) -> str:
    """A vocabulary word as written in a spreadsheet ("National NGO", "ONG nationale")
    -> its stored value; unknown words are returned as given, for the rule book to refuse."""
    return _choice_lookup(field_name).get(fold(text), text)


def _several(text: str) -> list[str]:
    return [part.strip() for part in _SEVERAL.split(text) if part.strip()]


def _row_values(row: Row, mapping: Mapping[int, str]) -> tuple[dict[str, Any], dict[str, Any]]:
    partner: dict[str, Any] = {}
    contact: dict[str, Any] = {}
    channels: list[dict[str, str]] = []
    for column, name in sorted(mapping.items()):
        text = row.cell(column)
        if not text:
            continue
        if name == "country":
            partner[name] = country_code(text)
        elif name in PARTNER_CHOICE_FIELDS:
            partner[name] = choice_value(name, text)
        elif name == "tags":
            partner[name] = clean_tags(t for t in _TAGS.split(text))
        elif name in PARTNER_COLUMNS:
            partner[name] = text
        elif name in CHANNEL_COLUMNS:
            channels += [{"kind": CHANNEL_COLUMNS[name], "value": v} for v in _several(text)]
        else:
            contact[name.removeprefix("contact_")] = text
    if channels:
        contact["channels"] = channels
    return partner, contact


def _problems(exc: ValidationError, contact: bool = False) -> list[str]:
    if contact:
        return [
            Message("contact_field_problem", "contact {field}: {problem}", field=n, problem=m)
            for n, m in exc.problems
        ]
    return [
        Message("field_problem", "{field}: {problem}", field=n, problem=m) for n, m in exc.problems
    ]


# --- planning (the dry run) ------------------------------------------------------------


def _vault_partners(session: Session) -> dict[str, list[Partner]]:
    found: dict[str, list[Partner]] = {}
    for partner in session.scalars(select(Partner).where(Partner.deleted.is_(False))):
        found.setdefault(fold(partner.name), []).append(partner)
    return found


def _vault_contacts(session: Session, partner_id: str) -> set[str]:
    names = session.scalars(
        select(Contact.name).where(Contact.partner_id == partner_id, Contact.deleted.is_(False))
    )
    return {fold(name) for name in names}


def _differences(
    given: Mapping[str, Any], held: Mapping[str, Any], row: int | None = None
) -> list[str]:
    differing = [
        (name, value)
        for name, value in given.items()
        if name != "name" and held.get(name) not in (None, "", []) and held[name] != value
    ]
    if row is None:
        return [
            Message(
                "differs_in_vault",
                "{field}: {value!r} differs from {held!r} in the vault",
                field=name,
                value=value,
                held=held[name],
            )
            for name, value in differing
        ]
    return [
        Message(
            "differs_in_row",
            "{field}: {value!r} differs from {held!r} in row {row}",
            field=name,
            value=value,
            held=held[name],
            row=row,
        )
        for name, value in differing
    ]


def plan_import(session: Session, table: Table, mapping: Mapping[int, str]) -> ImportPlan:
    """Check every row; write nothing. The plan lists what would be made and each refused
    row with all of its reasons."""
    check_mapping(mapping)
    in_vault = _vault_partners(session)
    planned: dict[str, PlannedPartner] = {}
    contact_names: dict[str, dict[str, int]] = {}
    refused: list[RefusedRow] = []
    for row in table.rows:
        partner_values, contact_values = _row_values(row, mapping)
        reasons: list[str] = []
        try:
            check_partner_values(partner_values, creating=True)
        except ValidationError as exc:
            reasons += _problems(exc)
        if contact_values:
            try:
                check_contact_values(contact_values, None)
            except ValidationError as exc:
                reasons += _problems(exc, contact=True)
        key = fold(partner_values.get("name", ""))
        existing = in_vault.get(key, [])
        target = planned.get(key)
        if key and len(existing) > 1:
            reasons.append(
                Message(
                    "partner_name_ambiguous",
                    "{count} partners in the vault are named {name!r}; add this contact in "
                    "the window",
                    count=len(existing),
                    name=partner_values["name"],
                )
            )
        elif key and existing:
            held = {name: getattr(existing[0], name) for name in PARTNER_COLUMNS}
            reasons += _differences(partner_values, held)
            # Only the row's contact is added to a partner already held: a value the vault
            # lacks would otherwise be dropped without a word.
            reasons += [
                Message(
                    "value_not_in_vault",
                    "{field}: {value!r} is not in the vault's partner; add it in the window",
                    field=name,
                    value=value,
                )
                for name, value in partner_values.items()
                if name != "name"
                and value not in (None, "", [])
                and held.get(name) in (None, "", [])
            ]
        elif target is not None:
            reasons += _differences(partner_values, target.values, target.row)
        contact_key = fold(contact_values.get("name", ""))
        if key and contact_key:
            seen = contact_names.setdefault(key, {})
            if contact_key in seen:
                reasons.append(
                    Message(
                        "contact_in_row",
                        "contact {name!r} is already in row {row}",
                        name=contact_values["name"],
                        row=seen[contact_key],
                    )
                )
            elif len(existing) == 1 and contact_key in _vault_contacts(session, existing[0].id):
                reasons.append(
                    Message(
                        "contact_of_partner",
                        "contact {name!r} is already a contact of this partner",
                        name=contact_values["name"],
                    )
                )
            seen.setdefault(contact_key, row.number)
        if reasons:
            refused.append(RefusedRow(row.number, tuple(reasons)))
            continue
        if target is None:
            target = PlannedPartner(
                row.number,
                partner_values,
                existing_id=existing[0].id if existing else None,
            )
            planned[key] = target
        else:
            for name, value in partner_values.items():
                target.values.setdefault(name, value)
        if contact_values:
            target.contacts.append(PlannedContact(row.number, contact_values))
    return ImportPlan(table.source, len(table.rows), tuple(planned.values()), tuple(refused))


def apply_import(session: Session, plan: ImportPlan) -> ImportResult:
    """Write the plan in the caller's transaction; ImportRefused (nothing written) if any
    row was refused. The plan's rows passed the services' checks in this same transaction,
    so they are written in bulk: the same records and first revisions as adding them one
    by one (``revisions.bulk_create``), without the per-record cost."""
    if plan.refused:
        raise ImportRefused(plan)
    context = context_of(session)
    partners: list[dict[str, Any]] = []
    contacts: list[dict[str, Any]] = []
    for planned in plan.partners:
        partner_id = planned.existing_id
        if partner_id is None:
            partner_id = uuid7()
            partners.append({"id": partner_id, **planned.values})
        contacts += [
            {"id": uuid7(), "partner_id": partner_id, **contact.values}
            for contact in planned.contacts
        ]
    bulk_create(session, Partner, partners, context)
    bulk_create(session, Contact, contacts, context)
    session.flush()
    return ImportResult(
        plan, tuple(row["id"] for row in partners), tuple(row["id"] for row in contacts)
    )
