"""What every command shares: exit codes, passphrase input, error lines, opening a vault."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fieldpartner.vault import Database, Vault
    from fieldpartner.vault.hq import HqDatabase

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_WRONG_KEY = 3
EXIT_INVALID_INPUT = 4
EXIT_REFUSED_BY_TRUST = 5

PASSPHRASE_ENV = "FIELDPARTNER_PASSPHRASE"
NEW_PASSPHRASE_ENV = "FIELDPARTNER_NEW_PASSPHRASE"
RECOVERY_KEY_ENV = "FIELDPARTNER_RECOVERY_KEY"


class CliError(Exception):
    """A failure with its exit code, reported as one line on stderr."""

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


def exit_code_for(exc: BaseException) -> int | None:
    """The documented exit code of a known error, or None for a bug (which shows a traceback)."""
    # Imported here: --help and the parsers must not load the database code (cli/__init__.py).
    from fieldpartner.domain.partners import Ambiguous, NotFound
    from fieldpartner.domain.validation import ValidationError
    from fieldpartner.vault import (
        VaultDatabaseError,
        VaultError,
        VaultExists,
        VaultHeaderError,
        WrongPassphrase,
    )

    if isinstance(exc, WrongPassphrase):
        return EXIT_WRONG_KEY
    # A vault error that names its own code (a delay after wrong passphrases: 3; a weak
    # new passphrase: 4) before the generic classes below.
    own = getattr(exc, "exit_code", None)
    if isinstance(exc, VaultError) and isinstance(own, int):
        return own
    if isinstance(exc, (ValidationError, VaultHeaderError, VaultDatabaseError)):
        return EXIT_INVALID_INPUT
    if isinstance(exc, (NotFound, Ambiguous)):
        return EXIT_INVALID_INPUT
    if isinstance(exc, (VaultExists, VaultError)):
        return EXIT_FAILURE
    if isinstance(exc, OSError):
        return EXIT_FAILURE
    # Later layers (templates, bundles, trust) register theirs by class attribute.
    code = getattr(exc, "exit_code", None)
    return code if isinstance(code, int) else None


class ProgressLine:
    """A long command's progress on stderr: one line per step, its count updated in place.

    Only when a person is watching (stderr is a terminal): scripts see the result on
    stdout and, on failure, the one error line on stderr. Steps and counts only, never
    record content. ``steps`` renames the stages the core reports for the reader.
    """

    def __init__(self, steps: dict[str, str] | None = None, stream: Any = None) -> None:
        self.stream = sys.stderr if stream is None else stream
        self.enabled = self.stream is not None and self.stream.isatty()
        self.steps = steps or {}
        self._stage: str | None = None

    def __call__(self, stage: str, done: int, total: int) -> bool:
        if self.enabled:
            if self._stage not in (None, stage):
                print(file=self.stream)  # the finished step stays on screen with its count
            self._stage = stage
            suffix = f"/{total}" if total else ""
            step = self.steps.get(stage, stage)
            print(f"\r{step}: {done}{suffix}   ", end="", file=self.stream, flush=True)
        return True  # never cancels

    def finish(self) -> None:
        """End the last step's line, before the summary or an error line."""
        if self.enabled and self._stage is not None:
            print(file=self.stream, flush=True)
        self._stage = None


def print_error(message: str) -> None:
    print(f"fieldpartner-cli: {message}", file=sys.stderr)


def _read_secret_file(path: str, what: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot read the {what} file {path}: {exc.strerror}", EXIT_USAGE) from None
    return text.rstrip("\r\n")


def read_passphrase(
    passphrase_file: str | None,
    *,
    env: str = PASSPHRASE_ENV,
    prompt: str = "Passphrase: ",
    confirm: bool = False,
    what: str = "passphrase",
) -> str:
    """From ``--passphrase-file``, else the environment, else a no-echo prompt. Never argv."""
    if passphrase_file:
        value = _read_secret_file(passphrase_file, what)
    elif os.environ.get(env):
        value = os.environ[env]
    elif sys.stdin is not None and sys.stdin.isatty():
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat: ") != value:
            raise CliError(f"the two {what}s differ; nothing was changed", EXIT_USAGE)
    else:
        raise CliError(
            f"no {what}: use a terminal, set {env}, or pass a file with --{what.replace(' ', '-')}-file",
            EXIT_USAGE,
        )
    if not value:
        raise CliError(f"the {what} is empty", EXIT_USAGE)
    return value


DATABASE_SCHEMES = ("postgresql://", "postgres://")


def is_database_url(text: str) -> bool:
    """Whether a command's PATH names HQ's PostgreSQL database rather than a vault folder."""
    return text.startswith(DATABASE_SCHEMES)


def vault_path(text: str) -> Path:
    return Path(text).expanduser()


def open_database(path_text: str, passphrase_file: str | None) -> Database:
    """The vault at ``path_text``, or HQ's database when it is a ``postgresql://`` URL."""
    if is_database_url(path_text):
        return open_hq(path_text, passphrase_file)
    return unlock_vault(path_text, passphrase_file)


def open_hq(url: str, passphrase_file: str | None) -> HqDatabase:
    """HQ's database at a ``postgresql://`` URL."""
    passphrase = read_passphrase(passphrase_file)
    from fieldpartner.vault.hq import HqDatabase  # see exit_code_for

    return HqDatabase.open(url, passphrase)


def unlock_vault(path_text: str, passphrase_file: str | None) -> Vault:
    """The vault folder at ``path_text``, for what only a vault has (its security
    settings, duress, border mode, backups): HQ's database is refused by name."""
    if is_database_url(path_text):
        raise CliError(
            "this command works on a vault folder; HQ's database is kept by its server "
            "(docs/hq-server.md)",
            EXIT_USAGE,
        )
    path = vault_path(path_text)
    if not path.exists():
        raise CliError(f"{path} does not exist", EXIT_INVALID_INPUT)
    passphrase = read_passphrase(passphrase_file)
    from fieldpartner.vault.vault import Vault  # see exit_code_for

    return Vault.unlock(path, passphrase)


def add_passphrase_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=f"read the passphrase from FILE (else ${PASSPHRASE_ENV}, else a prompt)",
    )


class CliParser(argparse.ArgumentParser):
    """An argument parser that accepts no abbreviated options.

    With abbreviations, ``--passphrase SECRET`` would be read as ``--passphrase-file SECRET``
    and the error about the missing file would print the secret. Sub-parsers made from a
    CliParser are CliParsers too.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)


HQ_HELP = "headquarters: its PostgreSQL database and its bundle inbox"


def hq_actions(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> Any:
    """The ``hq`` group's actions (``init``, ``drain``), whichever module registers first."""
    hq = subparsers.choices.get("hq")
    if hq is None:
        hq = subparsers.add_parser("hq", help=HQ_HELP)
        return hq.add_subparsers(dest="hq_action", metavar="ACTION", required=True)
    return next(a for a in hq._actions if isinstance(a, argparse._SubParsersAction))
