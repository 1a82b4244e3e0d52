"""``vault create | verify | passwd | recover | backup | restore | wipe | policy | duress |
border``: the life of a vault from the command line."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from fieldpartner.cli.common import (
    EXIT_FAILURE,
    EXIT_INVALID_INPUT,
    EXIT_OK,
    EXIT_USAGE,
    NEW_PASSPHRASE_ENV,
    RECOVERY_KEY_ENV,
    CliError,
    ProgressLine,
    add_passphrase_file,
    read_passphrase,
    unlock_vault,
    vault_path,
)
from fieldpartner.new_vault import create_vault as create_prepared_vault
from fieldpartner.vault import (
    VaultError,
    change_passphrase,
    recover,
    recover_with_database_key,
    verify_vault,
    wipe,
)
from fieldpartner.vault.engine import DB_NAME
from fieldpartner.vault.guessing import MAX_WIPE_AFTER, MIN_WIPE_AFTER, check_wipe_after
from fieldpartner.vault.header import HEADER_NAME
from fieldpartner.vault.keys import parse_recovery_key
from fieldpartner.vault.passphrase_policy import MIN_SCORE, WeakPassphrase, check_new_passphrase
from fieldpartner.vault.security import (
    MAX_LOCK_AFTER_MINUTES,
    MIN_LOCK_AFTER_MINUTES,
    check_lock_after,
    disable_duress,
    enable_duress,
    security_policy,
    set_security_policy,
)

WIPE_WORD = "WIPE"
DURESS_PASSPHRASE_ENV = "FIELDPARTNER_DURESS_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = subparsers.add_parser(
        "vault",
        allow_abbrev=False,
        help="create, check, re-key, recover or wipe a vault",
        description=__doc__,
    )
    actions = group.add_subparsers(dest="vault_action", metavar="ACTION", required=True)

    create = actions.add_parser(
        "create", allow_abbrev=False, help="make a new vault; prints the recovery key once"
    )
    create.add_argument("path", metavar="PATH", help="folder of the new vault, e.g. Field.fpvault")
    create.add_argument("--name", default="", help="a name for the vault (default: folder name)")
    add_passphrase_file(create)
    add_accept_weak(create)
    create.set_defaults(handler=create_vault)

    verify = actions.add_parser(
        "verify",
        allow_abbrev=False,
        help="check the header, the key, every page, the structure and the schema; "
        "exit 4 names what is damaged",
    )
    verify.add_argument("path", metavar="PATH")
    add_passphrase_file(verify)
    verify.set_defaults(handler=verify_vault_folder)

    passwd = actions.add_parser(
        "passwd", allow_abbrev=False, help="change the passphrase (the database is not rewritten)"
    )
    passwd.add_argument("path", metavar="PATH")
    add_passphrase_file(passwd)
    add_new_passphrase_file(passwd)
    add_accept_weak(passwd)
    passwd.set_defaults(handler=change_vault_passphrase)

    rec = actions.add_parser(
        "recover",
        allow_abbrev=False,
        help="set a new passphrase using the recovery key, or HQ's escrow",
    )
    rec.add_argument("path", metavar="PATH")
    way_in = rec.add_mutually_exclusive_group()
    way_in.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help=f"read the recovery key from FILE (else ${RECOVERY_KEY_ENV}, else a prompt)",
    )
    way_in.add_argument(
        "--escrow",
        metavar="HQ_IDENTITY_BACKUP",
        help="HQ: open the vault's escrow slot with HQ's identity backup (from `org create`) "
        "instead of the recovery key",
    )
    add_new_passphrase_file(rec)
    add_accept_weak(rec)
    rec.set_defaults(handler=recover_vault)

    backup = actions.add_parser(
        "backup",
        allow_abbrev=False,
        help="an encrypted, checked copy in the folder DEST (a USB stick); prints its path",
    )
    backup.add_argument("path", metavar="PATH")
    backup.add_argument("destination", metavar="DEST")
    backup.add_argument(
        "--remind-after",
        type=int,
        metavar="DAYS",
        help="also set after how many days without a backup the application reminds you",
    )
    add_passphrase_file(backup)
    backup.set_defaults(handler=backup_vault)

    restore = actions.add_parser(
        "restore",
        allow_abbrev=False,
        help="put a backup at PATH once its passphrase opens it; a vault already there is "
        "renamed aside, never deleted",
    )
    restore.add_argument("backup", metavar="BACKUP")
    restore.add_argument("path", metavar="PATH")
    add_passphrase_file(restore)
    restore.set_defaults(handler=restore_vault)

    wipe_parser = actions.add_parser(
        "wipe", allow_abbrev=False, help="emergency wipe: destroy the keys first, then the database"
    )
    wipe_parser.add_argument("path", metavar="PATH")
    wipe_parser.add_argument(
        "--yes", action="store_true", help="do not ask; needed when not run from a terminal"
    )
    wipe_parser.set_defaults(handler=wipe_vault)

    policy = actions.add_parser(
        "policy",
        allow_abbrev=False,
        help="show or change the security settings (needs the passphrase)",
        description="Show the vault's security settings, or change them. The passphrase is "
        "asked first: security settings are never changed without it.",
    )
    policy.add_argument("path", metavar="PATH")
    policy.add_argument(
        "--wipe-after",
        metavar="N|off",
        type=_wipe_after_value,
        help=f"wipe the vault after N wrong passphrases in a row ({MIN_WIPE_AFTER}-"
        f"{MAX_WIPE_AFTER}), or off (the default)",
    )
    policy.add_argument(
        "--lock-after",
        metavar="MINUTES",
        type=int,
        help=f"lock the application after MINUTES without use ({MIN_LOCK_AFTER_MINUTES}-"
        f"{MAX_LOCK_AFTER_MINUTES})",
    )
    add_passphrase_file(policy)
    policy.set_defaults(handler=vault_policy)

    duress = actions.add_parser(
        "duress",
        allow_abbrev=False,
        help="turn the duress passphrase on or off (needs the passphrase)",
        description="A duress passphrase, typed under coercion, silently destroys the real "
        "vault and opens a small decoy in its place. Read docs/threat-model.md first: a copy "
        "of the disk taken before it is typed still holds the real vault.",
    )
    duress.add_argument("path", metavar="PATH")
    switch = duress.add_mutually_exclusive_group(required=True)
    switch.add_argument("--enable", action="store_true", help="set a duress passphrase")
    switch.add_argument("--disable", action="store_true", help="remove it and its decoy")
    duress.add_argument(
        "--duress-passphrase-file",
        metavar="FILE",
        help=f"read the duress passphrase from FILE (else ${DURESS_PASSPHRASE_ENV}, else a prompt)",
    )
    duress.add_argument(
        "--decoy-partner",
        metavar="NAME",
        action="append",
        default=[],
        help="a harmless partner the decoy holds (repeat for several)",
    )
    add_accept_weak(duress)
    add_passphrase_file(duress)
    duress.set_defaults(handler=vault_duress)

    border = actions.add_parser(
        "border",
        allow_abbrev=False,
        help="before a border: send HQ what it lacks, then remove what HQ holds",
        description="Export everything HQ has not acknowledged to BUNDLE, check that the "
        "bundle reads back, then remove from this vault the records HQ has acknowledged "
        "(or every record with --purge all). The vault keeps its keys, organisation and "
        "templates; a full bundle from HQ fills it again.",
    )
    border.add_argument("path", metavar="PATH")
    border.add_argument("-o", "--output", metavar="BUNDLE", required=True)
    border.add_argument(
        "--purge",
        choices=("acknowledged", "all"),
        default="acknowledged",
        help="remove the records HQ has acknowledged (default), or all of them",
    )
    add_passphrase_file(border)
    border.set_defaults(handler=vault_border)


def add_new_passphrase_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=f"read the new passphrase from FILE (else ${NEW_PASSPHRASE_ENV}, else a prompt)",
    )


def add_accept_weak(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--accept-weak-passphrase",
        action="store_true",
        help=f"accept a new passphrase that is easy to guess (zxcvbn score below "
        f"{MIN_SCORE} of 4); without it such a passphrase is refused with exit 4",
    )


def require_acceptable(passphrase: str, args: argparse.Namespace, *context: str) -> None:
    """Apply the passphrase policy before any key is derived or any file is made."""
    try:
        check_new_passphrase(passphrase, accept_weak=args.accept_weak_passphrase, context=context)
    except WeakPassphrase as exc:
        raise CliError(
            f"{exc}; choose a longer one, or add --accept-weak-passphrase", EXIT_INVALID_INPUT
        ) from None


def require_new_folder(path: Path) -> None:
    """Refuse before asking anything if ``path`` already holds files."""
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise CliError(f"{path} already exists and is not empty; choose a new folder", EXIT_FAILURE)


def read_new_passphrase(passphrase_file: str | None, *, env: str | None = None) -> str:
    """A new passphrase: from the file, the environment, or typed twice at a prompt."""
    if env is None:
        return read_passphrase(passphrase_file, prompt="New passphrase: ", confirm=True)
    return read_passphrase(
        passphrase_file,
        env=env,
        prompt="New passphrase: ",
        confirm=True,
        what="new passphrase",
    )


def print_recovery_key(recovery_key: str) -> None:
    print("Recovery key (shown only this once):")
    print()
    print(f"    {recovery_key}")
    print()
    print(
        "Write it down now and keep it apart from this computer: it is the only way "
        "into the vault if the passphrase is forgotten."
    )


def create_vault(args: argparse.Namespace) -> int:
    path = vault_path(args.path)
    require_new_folder(path)
    passphrase = read_new_passphrase(args.passphrase_file)
    require_acceptable(passphrase, args, args.name, path.stem)
    vault, recovery_key = create_prepared_vault(
        path, passphrase, name=args.name, accept_weak_passphrase=args.accept_weak_passphrase
    )
    try:
        name = vault.name
    finally:
        vault.lock()
    print(f'Created the vault "{name}" at {path}')
    print_recovery_key(recovery_key)
    return EXIT_OK


def verify_vault_folder(args: argparse.Namespace) -> int:
    path = vault_path(args.path)
    if not path.exists():
        raise CliError(f"{path} does not exist", EXIT_INVALID_INPUT)
    # Read as it is, never migrated or written: a damaged vault is reported, not changed.
    report = verify_vault(path, read_passphrase(args.passphrase_file))
    for check in report.checks:
        print(f"checked: {check}")
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    if not report.ok:
        count = len(report.problems)
        raise CliError(
            f"the vault has {count} problem{'s' if count > 1 else ''}: {report.problems[0]}",
            EXIT_INVALID_INPUT,
        )
    print("The vault is sound.")
    return EXIT_OK


def _require_vault(path: Path) -> None:
    if not (path / HEADER_NAME).is_file():
        raise CliError(f"{path} is not a vault (no {HEADER_NAME})", EXIT_INVALID_INPUT)


def change_vault_passphrase(args: argparse.Namespace) -> int:
    path = vault_path(args.path)
    _require_vault(path)
    old = read_passphrase(args.passphrase_file, prompt="Current passphrase: ")
    new = read_new_passphrase(args.new_passphrase_file, env=NEW_PASSPHRASE_ENV)
    if new == old:
        raise CliError("the new passphrase is the same as the current one", EXIT_USAGE)
    require_acceptable(new, args, path.stem)
    change_passphrase(path, old, new, accept_weak_passphrase=args.accept_weak_passphrase)
    print("Passphrase changed. The recovery key is unchanged.")
    return EXIT_OK


def recover_vault(args: argparse.Namespace) -> int:
    path = vault_path(args.path)
    _require_vault(path)
    if args.escrow:
        return _recover_with_escrow(path, Path(args.escrow).expanduser(), args)
    recovery_key = read_passphrase(
        args.recovery_key_file,
        env=RECOVERY_KEY_ENV,
        prompt="Recovery key: ",
        what="recovery key",
    )
    parse_recovery_key(recovery_key)  # a mistyped key is reported before asking for more
    new = read_new_passphrase(args.new_passphrase_file, env=NEW_PASSPHRASE_ENV)
    require_acceptable(new, args, path.stem)
    recover(path, recovery_key, new, accept_weak_passphrase=args.accept_weak_passphrase)
    print("A new passphrase is set. The recovery key still opens the vault; keep it safe.")
    return EXIT_OK


def _recover_with_escrow(path: Path, backup: Path, args: argparse.Namespace) -> int:
    from fieldpartner.sync.escrow import escrowed_database_key

    # A wrong identity or a vault without escrow is reported before asking for more; the key
    # is checked against vault.db before vault.json is rewritten.
    key = escrowed_database_key(path, backup)
    new = read_new_passphrase(args.new_passphrase_file, env=NEW_PASSPHRASE_ENV)
    require_acceptable(new, args, path.stem)
    recover_with_database_key(path, key, new, accept_weak_passphrase=args.accept_weak_passphrase)
    print(
        "A new passphrase is set with HQ's escrow. The recovery key and HQ's escrow still "
        "open the vault."
    )
    return EXIT_OK


def wipe_vault(args: argparse.Namespace) -> int:
    path = vault_path(args.path)
    if not ((path / HEADER_NAME).is_file() or (path / DB_NAME).is_file()):
        raise CliError(
            f"{path} is not a vault (no {HEADER_NAME} or {DB_NAME}); nothing was wiped",
            EXIT_INVALID_INPUT,
        )
    if not args.yes:
        if sys.stdin is None or not sys.stdin.isatty():
            raise CliError("not a terminal: add --yes to wipe without asking", EXIT_USAGE)
        answer = input(f"This destroys the vault {path} for good. Type {WIPE_WORD} to go on: ")
        if answer.strip() != WIPE_WORD:
            raise CliError("not confirmed; nothing was wiped", EXIT_FAILURE)
    start = time.perf_counter()
    removed = wipe(path)
    elapsed = time.perf_counter() - start
    print(f"Wiped {path} in {elapsed:.3f} s (removed: {', '.join(removed) or 'nothing'}).")
    if path.exists():
        print(f"Other files remain in {path}; they were not part of the vault.")
    return EXIT_OK


_OFF = "off"


def _wipe_after_value(text: str) -> int | str:
    if text.strip().lower() == _OFF:
        return _OFF
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number or 'off'") from None


def vault_policy(args: argparse.Namespace) -> int:
    path = vault_path(args.path)
    _require_vault(path)
    changes: dict[str, object] = {}
    if args.wipe_after is not None:
        changes["wipe_after"] = None if args.wipe_after == _OFF else args.wipe_after
    if args.lock_after is not None:
        changes["lock_after_minutes"] = args.lock_after
    # Checked before the passphrase is asked, so a typo costs no try.
    try:
        if changes.get("wipe_after") is not None:
            check_wipe_after(changes["wipe_after"])  # type: ignore[arg-type]
        if args.lock_after is not None:
            check_lock_after(args.lock_after)
    except VaultError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    vault = unlock_vault(args.path, args.passphrase_file)
    try:
        policy = (
            set_security_policy(vault, **changes)  # type: ignore[arg-type]
            if changes
            else security_policy(vault)
        )
    finally:
        vault.lock()
    if changes:
        print("Security settings changed.")
    wipe_text = (
        "off" if policy.wipe_after is None else f"after {policy.wipe_after} wrong passphrases"
    )
    print(f"wipe: {wipe_text}")
    print(f"lock-after: {policy.lock_after_minutes} minutes")
    return EXIT_OK


def vault_duress(args: argparse.Namespace) -> int:
    path = vault_path(args.path)
    _require_vault(path)
    duress_passphrase = ""
    if args.enable:
        duress_passphrase = read_passphrase(
            args.duress_passphrase_file,
            env=DURESS_PASSPHRASE_ENV,
            prompt="Duress passphrase: ",
            confirm=True,
            what="duress passphrase",
        )
        require_acceptable(duress_passphrase, args, path.stem)
    vault = unlock_vault(args.path, args.passphrase_file)
    try:
        if args.enable:
            enable_duress(
                vault,
                duress_passphrase,
                decoy_partners=tuple(args.decoy_partner),
                accept_weak_passphrase=args.accept_weak_passphrase,
            )
        else:
            disable_duress(vault)
    finally:
        vault.lock()
    if args.enable:
        print(
            "Duress passphrase set. Typed instead of the passphrase, it destroys this vault "
            "without a word and opens a decoy. Changing the passphrase turns it off."
        )
    else:
        print("Duress passphrase removed, and its decoy destroyed.")
    return EXIT_OK


# The steps of border mode as a person at the terminal reads them (stderr, counts only).
BORDER_STEPS = {
    "records": "writing records for HQ",
    "attachments": "writing attachments for HQ",
    "verifying": "reading the bundle back",
    "removing": "removing records from this laptop",
    "compacting": "compacting the vault",
}


def vault_border(args: argparse.Namespace) -> int:
    # Imported here: the other vault commands do not load the sync code.
    from fieldpartner.sync.border import cross_border, describe

    output = Path(args.output)
    if not output.parent.is_dir():
        raise CliError(f"{output.parent} is not a folder", EXIT_INVALID_INPUT)
    vault = unlock_vault(args.path, args.passphrase_file)
    progress = ProgressLine(BORDER_STEPS)
    try:
        result = cross_border(vault, output, purge=args.purge, progress=progress)
    finally:
        progress.finish()
        vault.lock()
    for line in describe(result):
        print(line)
    return EXIT_OK


def backup_vault(args: argparse.Namespace) -> int:
    from fieldpartner.vault.backup import (
        check_remind_after_days,
        make_backup,
        set_remind_after_days,
    )

    if args.remind_after is not None:
        check_remind_after_days(args.remind_after)  # before the passphrase is asked
    vault = unlock_vault(args.path, args.passphrase_file)
    try:
        result = make_backup(vault, vault_path(args.destination))
        # Only with a backup made: a failed one changes nothing.
        if args.remind_after is not None:
            set_remind_after_days(vault, args.remind_after)
    finally:
        vault.lock()
    print(result.path)
    return EXIT_OK


def restore_vault(args: argparse.Namespace) -> int:
    from fieldpartner.vault.backup import restore_backup

    backup = vault_path(args.backup)
    if not backup.exists():
        raise CliError(f"{backup} does not exist", EXIT_INVALID_INPUT)
    passphrase = read_passphrase(args.passphrase_file)
    result = restore_backup(backup, vault_path(args.path), passphrase)
    if result.set_aside is not None:
        print(f"the vault that was at {result.path} is kept as {result.set_aside}")
    print(f"restored {backup} to {result.path}")
    return EXIT_OK
