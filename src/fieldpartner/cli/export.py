"""``export PATH --format json|csv -o OUT``: a plaintext copy of the whole vault, after a warning.

JSON writes one file. CSV writes a folder ``OUT/`` with one ``<kind>.csv`` per record kind,
or a zip of the same files when OUT ends in ``.zip``. See ``domain.export`` for the formats.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fieldpartner.cli.common import (
    EXIT_FAILURE,
    EXIT_INVALID_INPUT,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    add_passphrase_file,
    is_database_url,
    open_database,
    vault_path,
)
from fieldpartner.domain.export import FORMATS, ExportError, export_records


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export",
        allow_abbrev=False,
        help="plaintext export of the whole vault (JSON, or CSV for spreadsheets)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("path", metavar="PATH")
    parser.add_argument("--format", choices=FORMATS, required=True)
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="JSON file; for CSV a folder, or a .zip file",
    )
    parser.add_argument(
        "--yes", action="store_true", help="do not ask; needed when not run from a terminal"
    )
    add_passphrase_file(parser)
    parser.set_defaults(handler=export_command)


def _inside(child: Path, parent: Path) -> bool:
    child, parent = child.resolve(), parent.resolve()
    return child == parent or parent in child.parents


def export_command(args: argparse.Namespace) -> int:
    path = vault_path(args.path)
    out = Path(args.output).expanduser()
    if not is_database_url(args.path) and _inside(out, path):
        # An emergency wipe removes only the vault's own files: a plaintext copy inside
        # the folder would survive it.
        raise CliError(f"{out} is inside the vault folder; export to another place", EXIT_USAGE)
    if not out.parent.is_dir():
        raise CliError(f"the folder {out.parent} does not exist", EXIT_FAILURE)
    print(
        f"fieldpartner-cli: warning: {out} will hold the vault's content in plain text, "
        "outside the vault's encryption; anyone who gets the file can read it.",
        file=sys.stderr,
    )
    if not args.yes:
        if sys.stdin is None or not sys.stdin.isatty():
            raise CliError("not a terminal: add --yes to export without asking", EXIT_USAGE)
        answer = input("Write the plaintext export? Type yes to go on: ")
        if answer.strip().lower() not in ("yes", "y"):
            raise CliError("not confirmed; nothing was written", EXIT_FAILURE)
    vault = open_database(args.path, args.passphrase_file)
    try:
        with vault.session() as session:
            result = export_records(session, out, args.format)
    except ExportError as exc:
        raise CliError(str(exc), EXIT_INVALID_INPUT) from None
    finally:
        vault.lock()
    kinds = sum(1 for count in result.counts.values() if count)
    shape = "file" if result.format == "json" or out.suffix.lower() == ".zip" else "folder"
    print(f"Exported {result.total:,} records of {kinds} kinds to the {shape} {out}")
    return EXIT_OK
