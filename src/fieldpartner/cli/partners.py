"""``partner list | add | edit | import``: partner profiles from the command line."""

from __future__ import annotations

import argparse
import json
from typing import Any

from fieldpartner.cli.common import (
    EXIT_INVALID_INPUT,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    add_passphrase_file,
    open_database,
)
from fieldpartner.domain.models import Partner
from fieldpartner.domain.partner_import import (
    IMPORT_FIELDS,
    ImportPlan,
    apply_import,
    automatic_mapping,
    plan_import,
)
from fieldpartner.domain.partners import (
    PARTNER_FIELDS,
    PartnerFilter,
    add_partner,
    edit_partner,
    find_partner,
    list_partners,
)
from fieldpartner.domain.revisions import body_value
from fieldpartner.domain.spreadsheets import fold, read_table

# What ``partner list --json`` shows of each partner, in this order.
LIST_FIELDS = (
    "id",
    "name",
    "acronym",
    "country",
    "region",
    "type",
    "category",
    "modality",
    "phase",
    "sensitivity",
    "relationship_owner",
    "tags",
    "rev",
    "updated_at",
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = subparsers.add_parser("partner", allow_abbrev=False, help="list, add or edit partners")
    actions = group.add_subparsers(dest="partner_action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", allow_abbrev=False, help="partners sorted by name")
    listing.add_argument("path", metavar="PATH")
    listing.add_argument("--json", action="store_true", help="a JSON list instead of a table")
    listing.add_argument("--search", default="", metavar="TEXT", help="name, acronym, region, tag")
    for name in ("type", "phase", "category", "country"):
        listing.add_argument(f"--{name}", default="", help=f"only partners with this {name}")
    add_passphrase_file(listing)
    listing.set_defaults(handler=list_command)

    add = actions.add_parser("add", allow_abbrev=False, help="add a partner; prints its id")
    add.add_argument("path", metavar="PATH")
    add.add_argument("--name", required=True)
    add.add_argument("--country", metavar="CC", help="ISO 3166-1 alpha-2 code, e.g. KE")
    add.add_argument("--type", metavar="T")
    add.add_argument("--acronym", metavar="A")
    add.add_argument("--phase", metavar="P")
    add.add_argument("--category", metavar="C")
    add.add_argument("--modality", metavar="M")
    add.add_argument("--sensitivity", metavar="S")
    add.add_argument("--region")
    add.add_argument("--tag", action="append", default=[], metavar="T", help="repeatable")
    add_passphrase_file(add)
    add.set_defaults(handler=add_command)

    edit = actions.add_parser("edit", allow_abbrev=False, help="change fields of a partner")
    edit.add_argument("path", metavar="PATH")
    edit.add_argument("partner", metavar="ID_OR_NAME")
    edit.add_argument(
        "--set",
        dest="changes",
        action="append",
        required=True,
        metavar="FIELD=VALUE",
        help=f"repeatable; tags comma-separated. Fields: {', '.join(sorted(PARTNER_FIELDS))}",
    )
    add_passphrase_file(edit)
    edit.set_defaults(handler=edit_command)

    importing = actions.add_parser(
        "import",
        allow_abbrev=False,
        help="partners and contacts from a spreadsheet (.xlsx or .csv), all or nothing",
    )
    importing.add_argument("path", metavar="PATH")
    importing.add_argument("file", metavar="FILE")
    importing.add_argument(
        "--dry-run", action="store_true", help="check every row and say what would be imported"
    )
    importing.add_argument("--sheet", metavar="NAME", help="of an .xlsx file; default the first")
    importing.add_argument(
        "--column",
        dest="columns",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="map a column by its header (FIELD '-' leaves it out); repeatable. "
        f"Fields: {', '.join(IMPORT_FIELDS)}",
    )
    add_passphrase_file(importing)
    importing.set_defaults(handler=import_command)


def partner_summary(partner: Partner) -> dict[str, Any]:
    return {name: body_value(getattr(partner, name)) for name in LIST_FIELDS}


def list_command(args: argparse.Namespace) -> int:
    flt = PartnerFilter(
        text=args.search,
        type=args.type,
        phase=args.phase,
        category=args.category,
        country=args.country.upper(),
    )
    vault = open_database(args.path, args.passphrase_file)
    try:
        with vault.session() as session:
            partners = [partner_summary(p) for p in list_partners(session, flt)]
    finally:
        vault.lock()
    if args.json:
        print(json.dumps(partners, ensure_ascii=False, indent=2))
        return EXIT_OK
    # The name comes last so right-to-left names do not disturb the columns.
    for p in partners:
        print(
            f"{p['id']}  {p['country'] or '--':2}  {p['type']:<33}  {p['phase']:<12}  {p['name']}"
        )
    print(f"{len(partners)} partner{'s' if len(partners) != 1 else ''}")
    return EXIT_OK


def add_command(args: argparse.Namespace) -> int:
    values: dict[str, Any] = {"name": args.name}
    for name in (
        "country",
        "type",
        "acronym",
        "phase",
        "category",
        "modality",
        "sensitivity",
        "region",
    ):
        value = getattr(args, name)
        if value is not None:
            values[name] = value
    if args.tag:
        values["tags"] = args.tag
    vault = open_database(args.path, args.passphrase_file)
    try:
        with vault.transaction() as session:
            partner = add_partner(session, **values)
            partner_id = partner.id
    finally:
        vault.lock()
    print(partner_id)
    return EXIT_OK


def parse_changes(items: list[str]) -> dict[str, Any]:
    """``FIELD=VALUE`` pairs; ``tags`` takes a comma-separated list (empty clears it)."""
    changes: dict[str, Any] = {}
    for item in items:
        field, sep, value = item.partition("=")
        field = field.strip()
        if not sep or not field:
            raise CliError(f"--set {item!r}: expected FIELD=VALUE", EXIT_USAGE)
        if field == "tags":
            changes[field] = [tag for tag in value.split(",") if tag.strip()]
        else:
            changes[field] = value
    return changes


def edit_command(args: argparse.Namespace) -> int:
    changes = parse_changes(args.changes)
    vault = open_database(args.path, args.passphrase_file)
    try:
        with vault.transaction() as session:
            partner = find_partner(session, args.partner)
            edit_partner(session, partner, **changes)
            partner_id, name = partner.id, partner.name
    finally:
        vault.lock()
    print(f"Updated {name} ({partner_id}): {', '.join(sorted(changes))}")
    return EXIT_OK


def column_mapping(headers: tuple[str, ...], overrides: list[str]) -> dict[int, str]:
    """The automatic mapping of ``headers``, changed by ``HEADER=FIELD`` overrides."""
    mapping = automatic_mapping(headers)
    for item in overrides:
        header, sep, field = item.partition("=")
        field = field.strip()
        if not sep or not header.strip() or not field:
            raise CliError(f"--column {item!r}: expected HEADER=FIELD", EXIT_USAGE)
        columns = [i for i, h in enumerate(headers) if fold(h) == fold(header)]
        if not columns:
            raise CliError(f"--column {item!r}: no column is headed {header.strip()!r}", EXIT_USAGE)
        if field != "-" and field not in IMPORT_FIELDS:
            raise CliError(
                f"--column {item!r}: {field!r} is not a field an import fills", EXIT_USAGE
            )
        for column in columns:
            mapping.pop(column, None)
            if field != "-":
                mapping[column] = field
    return mapping


def print_plan(plan: ImportPlan, headers: tuple[str, ...], mapping: dict[int, str]) -> None:
    for column, header in enumerate(headers):
        print(f"column {header!r} -> {mapping.get(column, '(not imported)')}")
    for row in plan.refused:
        print(f"refused {row}")
    print(plan.summary())


def import_command(args: argparse.Namespace) -> int:
    table = read_table(args.file, args.sheet)
    mapping = column_mapping(table.headers, args.columns)
    vault = open_database(args.path, args.passphrase_file)
    try:
        if args.dry_run:
            with vault.session() as session:
                plan = plan_import(session, table, mapping)
            print_plan(plan, table.headers, mapping)
            return EXIT_OK if plan.accepted else EXIT_INVALID_INPUT
        # One transaction: with one refused row, not even the good rows are kept.
        with vault.transaction() as session:
            plan = plan_import(session, table, mapping)
            if plan.accepted:
                result = apply_import(session, plan)
    finally:
        vault.lock()
    print_plan(plan, table.headers, mapping)
    if not plan.accepted:
        raise CliError(
            f"{len(plan.refused)} rows refused; nothing was imported", EXIT_INVALID_INPUT
        )
    print(f"imported {len(result.partner_ids)} partners and {len(result.contact_ids)} contacts")
    return EXIT_OK
