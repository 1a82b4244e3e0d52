"""``report PATH --partner ID_OR_NAME --kind KIND -o OUT.pdf``: a PDF report from the vault.

The report is rendered in memory and written once, atomically, with owner-only
permissions. A PDF is a copy outside the vault's encryption, so the command says so on
stderr; ``--password-file`` protects the PDF with the password in FILE.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fieldpartner.cli.common import (
    EXIT_INVALID_INPUT,
    EXIT_OK,
    CliError,
    add_passphrase_file,
    open_vault,
    vault_path,
)
from fieldpartner.reports import REPORT_KINDS, ReportParams, save_pdf
from fieldpartner.reports.labels import LANGUAGES

LEAVES_VAULT = (
    "warning: {out} is a copy outside the vault's encryption; "
    "keep it safe and delete it when no longer needed"
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "report",
        allow_abbrev=False,
        help="a PDF report: due diligence, capacity, dialogue, workshop or partner dossier",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("path", metavar="PATH")
    parser.add_argument("--partner", required=True, metavar="ID_OR_NAME")
    parser.add_argument("--kind", required=True, choices=REPORT_KINDS)
    parser.add_argument("--assessment", metavar="ID", help="default: the partner's latest")
    parser.add_argument("--workshop", metavar="ID", help="default: the partner's latest")
    parser.add_argument("--lang", choices=LANGUAGES, default="en")
    parser.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    parser.add_argument("--marking", default="CONFIDENTIAL", help='e.g. "" for none')
    parser.add_argument(
        "--password-file", metavar="FILE", help="protect the PDF with the password in FILE"
    )
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    add_passphrase_file(parser)
    parser.set_defaults(handler=report_command)


def _read_password(path: str | None) -> str | None:
    if not path:
        return None
    try:
        password = Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as exc:
        raise CliError(
            f"cannot read the password file {path}: {exc.strerror}", EXIT_INVALID_INPUT
        ) from None
    if not password:
        raise CliError(f"the password file {path} is empty", EXIT_INVALID_INPUT)
    return password


def report_command(args: argparse.Namespace) -> int:
    out = Path(args.output).expanduser()
    vault_folder = vault_path(args.path).resolve()
    if out.resolve() == vault_folder or vault_folder in out.resolve().parents:
        raise CliError("write the report outside the vault folder", EXIT_INVALID_INPUT)
    password = _read_password(args.password_file)
    vault = open_vault(args.path, args.passphrase_file)
    try:
        params = ReportParams(
            vault,
            args.kind,
            args.partner,
            assessment_id=args.assessment,
            workshop_id=args.workshop,
            lang=args.lang,
            paper=args.paper,
            marking=args.marking,
        )
        data = params.render(password=password)
        print(LEAVES_VAULT.format(out=out), file=sys.stderr)
        save_pdf(data, out)
    finally:
        vault.lock()
    print(f"wrote {out}")
    return EXIT_OK
