"""``template validate | list | import``: assessment templates from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from fieldpartner.cli.common import EXIT_INVALID_INPUT, EXIT_OK, add_passphrase_file, open_database
from fieldpartner.domain.templates import (
    TemplateInvalid,
    TemplateNotFound,
    TemplateProblem,
    ensure_builtin_templates,
    import_library_template,
    import_template_file,
    library_summary,
    library_templates,
    list_templates,
    read_template_file,
    template_summary,
    validate_template,
)
from fieldpartner.domain.templates.document import TemplateDocument


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = subparsers.add_parser("template", help="check, list or import assessment templates")
    actions = group.add_subparsers(dest="template_action", metavar="ACTION", required=True)

    validate = actions.add_parser(
        "validate", help="check a template file; prints every problem with its JSON path"
    )
    validate.add_argument("file", metavar="FILE")
    validate.set_defaults(handler=validate_command)

    listing = actions.add_parser(
        "list",
        help="templates in a vault (built-ins included) and the library's optional templates",
    )
    listing.add_argument("path", metavar="PATH")
    listing.add_argument("--json", action="store_true", help="a JSON list instead of a table")
    add_passphrase_file(listing)
    listing.set_defaults(handler=list_command)

    importing = actions.add_parser(
        "import", help="add a template version to a vault; refuses invalid or changed ones"
    )
    importing.add_argument("path", metavar="PATH")
    importing.add_argument(
        "file", metavar="FILE", help="a template file, or the id of a library template"
    )
    add_passphrase_file(importing)
    importing.set_defaults(handler=import_command)


def _problems_of(file: str) -> tuple[list[TemplateProblem], dict | None]:
    try:
        body = read_template_file(file)
    except TemplateInvalid as exc:
        return exc.problems, None
    return validate_template(body), body


def validate_command(args: argparse.Namespace) -> int:
    problems, body = _problems_of(args.file)
    if problems:
        for problem in problems:
            print(problem)
        count = len(problems)
        print(
            f"fieldpartner-cli: {args.file}: {count} problem{'s' * (count != 1)}", file=sys.stderr
        )
        return EXIT_INVALID_INPUT
    doc = TemplateDocument(body or {})
    print(
        f"{args.file}: valid template {doc.key} version {doc.version} "
        f"({doc.kind}, {len(doc.section_order)} sections, {len(doc.item_order)} items)"
    )
    return EXIT_OK


def list_command(args: argparse.Namespace) -> int:
    vault = open_database(args.path, args.passphrase_file)
    try:
        with vault.transaction() as session:
            ensure_builtin_templates(session)
            rows = [{**template_summary(t), "in_vault": True} for t in list_templates(session)]
    finally:
        vault.lock()
    stored = {(row["id"], row["version"]) for row in rows}
    rows += [
        {**library_summary(body), "in_vault": False}
        for body in library_templates()
        if (body.get("id"), body.get("version")) not in stored
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for row in rows:
        print(
            f"{row['id']:<36} v{row['version']:<3} {row['kind']:<21} {row['origin']:<9} {row['title']}"
        )
    print(f"{len(rows)} template{'s' * (len(rows) != 1)}")
    if any(not row["in_vault"] for row in rows):
        print("Library templates are added with: template import PATH TEMPLATE_ID")
    return EXIT_OK


def import_command(args: argparse.Namespace) -> int:
    vault = open_database(args.path, args.passphrase_file)
    try:
        with vault.transaction() as session:
            if Path(args.file).exists():
                outcome = import_template_file(session, args.file)
            elif args.file in {body.get("id") for body in library_templates()}:
                outcome = import_library_template(session, args.file)
            else:
                raise TemplateNotFound(
                    f"{args.file}: no such file, and no library template with that id"
                )
            key, version = outcome.template.template_key, outcome.template.version
    finally:
        vault.lock()
    if outcome.created:
        print(f"Imported {key} version {version}")
    else:
        print(f"{key} version {version} is already in the vault, unchanged")
    return EXIT_OK
