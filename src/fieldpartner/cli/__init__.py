"""fieldpartner-cli: the application's operations without a screen (DESIGN.md "The command line").

Each command group lives in its own module under ``fieldpartner.cli`` and registers its
sub-commands with ``register(subparsers)``. A command is a function taking the parsed
arguments and returning an exit code; it raises the errors of the layers below, which
``main`` turns into one plain line on stderr and the documented exit code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from fieldpartner import __version__
from fieldpartner.cli.common import CliError, CliParser, print_error
from fieldpartner.hardening import disable_core_dumps
from fieldpartner.vault import VaultDamaged

# Each command, the modules that register it (in this order) and its line in --help. Only
# the modules of the command being run are imported, so `--help` and a quick command do not
# load the database, report and sync code they do not use (docs/performance.md).
# tests/cli/test_cli_dispatch.py checks this table against what the modules register.
COMMANDS: dict[str, tuple[tuple[str, ...], str]] = {
    "vault": (("vault",), "create, check, re-key, recover or wipe a vault"),
    "demo": (("demo",), "create a vault of fictional but realistic data"),
    "partner": (("partners", "sync"), "list, add or edit partners"),
    "export": (("export",), "plaintext export of the whole vault (JSON, or CSV for spreadsheets)"),
    "template": (("templates",), "check, list or import assessment templates"),
    "assessment": (("assessments",), "import answers, show results, combine two-way assessments"),
    "org": (("sync",), "create an organisation (HQ) or join one"),
    "identity": (("sync",), "this vault's sync identity"),
    "bundle": (("sync",), "export, import or inspect sync bundles"),
    "device": (("sync",), "HQ: enrolled devices"),
    "conflict": (("sync",), "conflicting edits found by merges"),
    "report": (
        ("reports",),
        "a PDF report: due diligence, capacity, dialogue, workshop or partner dossier",
    ),
    "organisation": (("reports",), "the organisation name and logo printed on reports"),
    "hq": (("hq", "inbox"), "headquarters: its PostgreSQL database and its bundle inbox"),
}


def command_named(argv: Sequence[str]) -> str | None:
    """The command ``argv`` asks for: its first word that is not an option."""
    return next((word for word in argv if not word.startswith("-")), None)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser with the full sub-commands of the command in ``argv`` (of every command
    when ``argv`` is None); the other commands are listed by name and help only."""
    import importlib

    parser = CliParser(
        prog="fieldpartner-cli",
        description="FieldPartner without a screen: vaults, partners, assessments, exports.",
    )
    parser.add_argument("--version", action="version", version=f"FieldPartner {__version__}")
    subparsers = parser.add_subparsers(dest="group", metavar="COMMAND", required=True)
    if argv is None:
        wanted = list(COMMANDS)
    else:
        command = command_named(argv)
        wanted = [command] if command in COMMANDS else []
    modules = dict.fromkeys(module for name in wanted for module in COMMANDS[name][0])
    for module in modules:
        importlib.import_module(f"fieldpartner.cli.{module}").register(subparsers)
    for name, (_modules, help_text) in COMMANDS.items():
        if name not in subparsers.choices:
            subparsers.add_parser(name, help=help_text)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 0 for --help, 2 for usage errors
        return int(exc.code or 0)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_usage(sys.stderr)
        return 2
    try:
        return int(handler(args) or 0)
    except KeyboardInterrupt:
        print_error("interrupted; nothing was changed by the unfinished step")
        return 1
    except CliError as exc:
        print_error(str(exc))
        return exc.code
    except Exception as exc:  # every known failure maps to a documented code and one line
        from fieldpartner.cli.common import exit_code_for
        from fieldpartner.vault import database_failure

        # A damaged, locked or unreadable vault.db, wherever a command read it.
        failure = database_failure(exc) or exc
        code = exit_code_for(failure)
        if code is None:
            raise
        hint = "; `fieldpartner-cli vault verify` names what is damaged"
        print_error(str(failure) + (hint if isinstance(failure, VaultDamaged) else ""))
        return code


if __name__ == "__main__":
    sys.exit(main())
