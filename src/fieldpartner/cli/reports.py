"""``report PATH --partner ID_OR_NAME --kind KIND -o OUT.pdf``: a PDF report from the vault.

The report is rendered in memory and written once, atomically, with owner-only
permissions. A PDF is a copy outside the vault's encryption, so the command says so on
stderr; ``--password-file`` protects the PDF with the password in FILE.

The partner dossier (``--kind dossier``) starts with its contents, then the profile and a
summary (every assessment, the latest of each kind, open actions), then the full report
of every assessment, drafts included and marked "Draft", and of every workshop the
partner took part in, each from a new page. ``--latest-only`` keeps the full reports to
the latest assessment of each kind and the latest workshop.

Photos and the logo go into the PDF without their metadata (GPS position, camera, time
taken); ``--keep-photo-metadata`` keeps it, for evidence where the place matters.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

from fieldpartner.cli.common import (
    EXIT_INVALID_INPUT,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    add_passphrase_file,
    open_database,
    vault_path,
)
from fieldpartner.domain.attachments import sniff_media_type
from fieldpartner.domain.organisation import (
    MAX_LOGO_BYTES,
    logo_problem,
    organisation_logo,
    organisation_name,
    set_organisation,
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
    parser.add_argument(
        "--latest-only",
        action="store_true",
        help="dossier: full reports of the latest assessment of each kind and the latest "
        "workshop only (default: every assessment, drafts marked, and every workshop)",
    )
    parser.add_argument(
        "--keep-photo-metadata",
        action="store_true",
        help="keep the GPS position, camera and time taken in the report's photos "
        "(default: removed)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, default="en")
    parser.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    parser.add_argument("--marking", default="CONFIDENTIAL", help='e.g. "" for none')
    parser.add_argument(
        "--password-file", metavar="FILE", help="protect the PDF with the password in FILE"
    )
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    add_passphrase_file(parser)
    parser.set_defaults(handler=report_command)
    _register_organisation(subparsers)


ORGANISATION_HELP = """\
``organisation show PATH`` and ``organisation set PATH [--name NAME] [--logo FILE |
--no-logo]``: the name and logo at the top of every report.

The name falls back to the vault's name when empty. The logo is a PNG or JPEG of at most
2 MB, kept inside the vault's encryption; an unsuitable logo exits with 4.
"""


def _register_organisation(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = subparsers.add_parser(
        "organisation",
        allow_abbrev=False,
        help="the organisation name and logo printed on reports",
        description=ORGANISATION_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = group.add_subparsers(dest="organisation_action", metavar="ACTION", required=True)

    show = actions.add_parser("show", allow_abbrev=False, help="the name and logo reports use")
    show.add_argument("path", metavar="PATH")
    show.add_argument("--json", action="store_true", help="a JSON object instead of lines")
    add_passphrase_file(show)
    show.set_defaults(handler=organisation_show_command)

    change = actions.add_parser(
        "set", allow_abbrev=False, help="change the name and/or logo reports use"
    )
    change.add_argument("path", metavar="PATH")
    change.add_argument("--name", help="the organisation's name; \"\" for the vault's name")
    logo = change.add_mutually_exclusive_group()
    logo.add_argument("--logo", metavar="FILE", help="a PNG or JPEG image, at most 2 MB")
    logo.add_argument("--no-logo", action="store_true", help="remove the logo")
    add_passphrase_file(change)
    change.set_defaults(handler=organisation_set_command)


def _read_logo(path_text: str) -> bytes:
    path = Path(path_text).expanduser()
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            data = handle.read(MAX_LOGO_BYTES + 1)  # never more than the limit in memory
    except OSError as exc:
        raise CliError(f"cannot read the logo {path}: {exc.strerror}", EXIT_INVALID_INPUT) from None
    if not data:
        raise CliError(
            f"the logo {path} is empty; use --no-logo to remove the logo", EXIT_INVALID_INPUT
        )
    if len(data) > MAX_LOGO_BYTES:
        raise CliError(
            f"the logo {path} is {max(size, len(data)):,} bytes "
            f"({max(size, len(data)) / (1024 * 1024):.1f} MB); the limit is "
            f"{MAX_LOGO_BYTES // (1024 * 1024)} MB",
            EXIT_INVALID_INPUT,
        )
    problem = logo_problem(data)
    if problem is not None:
        raise CliError(f"the logo {path} {problem}", EXIT_INVALID_INPUT)
    return data


def organisation_set_command(args: argparse.Namespace) -> int:
    if args.name is None and args.logo is None and not args.no_logo:
        raise CliError("nothing to change: give --name, --logo FILE or --no-logo", EXIT_USAGE)
    logo: bytes | None = None
    if args.logo is not None:
        logo = _read_logo(args.logo)  # before the passphrase: a bad file costs no unlock
    elif args.no_logo:
        logo = b""
    vault = open_database(args.path, args.passphrase_file)
    try:
        with vault.transaction() as session:
            set_organisation(session, name=args.name, logo=logo)
        with vault.session() as session:
            name = organisation_name(session)
    finally:
        vault.lock()
    print(f"reports are headed {name!r}")
    if logo is not None:
        print("logo removed" if not logo else f"logo set ({len(logo):,} bytes)")
    return EXIT_OK


def organisation_show_command(args: argparse.Namespace) -> int:
    vault = open_database(args.path, args.passphrase_file)
    try:
        with vault.session() as session:
            name = organisation_name(session)
            logo = organisation_logo(session)  # LogoDamaged: exit 1, one line
    finally:
        vault.lock()
    info = None
    if logo is not None:
        import io

        from PIL import Image

        with Image.open(io.BytesIO(logo)) as image:
            width, height = image.size
        info = {
            "media_type": sniff_media_type(logo),
            "size": len(logo),
            "width": width,
            "height": height,
            "sha256": hashlib.sha256(logo).hexdigest(),
        }
    if args.json:
        print(json.dumps({"name": name, "logo": info}, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"name: {name}")
    if info is None:
        print("logo: none")
    else:
        print(
            f"logo: {info['media_type']}, {info['width']} x {info['height']} pixels, "
            f"{info['size']:,} bytes, SHA-256 {info['sha256']}"
        )
    return EXIT_OK


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
    if args.latest_only and args.kind != "dossier":
        raise CliError("--latest-only is for --kind dossier", EXIT_USAGE)
    out = Path(args.output).expanduser()
    vault_folder = vault_path(args.path).resolve()
    if out.resolve() == vault_folder or vault_folder in out.resolve().parents:
        raise CliError("write the report outside the vault folder", EXIT_INVALID_INPUT)
    password = _read_password(args.password_file)
    vault = open_database(args.path, args.passphrase_file)
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
            latest_only=args.latest_only,
            keep_photo_metadata=args.keep_photo_metadata,
        )
        data = params.render(password=password)
        print(LEAVES_VAULT.format(out=out), file=sys.stderr)
        save_pdf(data, out)
    finally:
        vault.lock()
    print(f"wrote {out}")
    return EXIT_OK
