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
from fieldpartner.cli.common import CliError, CliParser, exit_code_for, print_error
from fieldpartner.hardening import disable_core_dumps
from fieldpartner.vault import VaultDamaged, database_failure

# Modules that add command groups, in the order --help lists them.
COMMAND_MODULES = (
    "fieldpartner.cli.vault",
    "fieldpartner.cli.demo",
    "fieldpartner.cli.partners",
    "fieldpartner.cli.export",
    "fieldpartner.cli.templates",
    "fieldpartner.cli.assessments",
    "fieldpartner.cli.sync",
    "fieldpartner.cli.reports",
)


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = CliParser(
        prog="fieldpartner-cli",
        description="FieldPartner without a screen: vaults, partners, assessments, exports.",
    )
    parser.add_argument("--version", action="version", version=f"FieldPartner {__version__}")
    subparsers = parser.add_subparsers(dest="group", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # a command group not built yet
            raise
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()
    parser = build_parser()
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
