"""``hq``: headquarters on PostgreSQL (docs/hq-server.md).

``hq init URL --name NAME --profile-out FILE --identity-backup-out FILE`` makes a new
organisation whose HQ is the database; ``hq init URL --from-vault HQ_VAULT`` moves an HQ vault
into it (identity, devices, conflicts, history, records). Every other HQ command (``bundle``,
``device``, ``partner``, ``conflict``, ``export``, ``report``) takes the database's URL where
it takes a vault's folder.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldpartner.cli.common import (
    EXIT_INVALID_INPUT,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    add_passphrase_file,
    hq_actions,
    is_database_url,
    open_hq,
    read_passphrase,
)

Subparsers = argparse._SubParsersAction


def register(subparsers: Subparsers) -> None:
    actions = hq_actions(subparsers)
    init = actions.add_parser(
        "init",
        help="make HQ's database: a new organisation, or an HQ vault moved into it",
        description="Make HQ's database in an empty PostgreSQL database: a new organisation "
        "(--name, --profile-out, --identity-backup-out), or the HQ vault given by "
        "--from-vault moved into it. The passphrase (--passphrase-file, else "
        "$FIELDPARTNER_PASSPHRASE, else a prompt) seals HQ's secrets in the database.",
    )
    init.add_argument("url", metavar="URL", help="postgresql://USER@HOST/DATABASE?sslmode=…")
    init.add_argument("--name", help="the new organisation's name")
    init.add_argument("--profile-out", metavar="FILE", help="where to write the profile")
    init.add_argument(
        "--identity-backup-out", metavar="FILE", help="where to write HQ's identity backup"
    )
    init.add_argument("--from-vault", metavar="HQ_VAULT", help="move this HQ vault")
    init.add_argument(
        "--vault-passphrase-file",
        metavar="FILE",
        help="the vault's passphrase (with --from-vault; else the same passphrase as HQ's)",
    )
    init.add_argument(
        "--accept-weak-passphrase",
        action="store_true",
        help="accept a passphrase that is easy to guess",
    )
    add_passphrase_file(init)
    init.set_defaults(handler=hq_init)
    role = actions.add_parser(
        "role",
        help="show the staff's roles, or give a person a role (an administrator's action)",
        description="Without --person: print each person's role (the database's owner is "
        "always an administrator; a person not listed is a viewer). With --person and "
        "--role: give that person (their PostgreSQL login name) the role: viewer, "
        "programme-officer or administrator. Only an administrator may assign roles.",
    )
    role.add_argument("url", metavar="URL", help="postgresql://USER@HOST/DATABASE?sslmode=…")
    role.add_argument("--person", metavar="LOGIN", help="the person's PostgreSQL login name")
    role.add_argument(
        "--role", choices=("viewer", "programme-officer", "administrator"), help="their role"
    )
    add_passphrase_file(role)
    role.set_defaults(handler=hq_role)


def _check_arguments(args: argparse.Namespace) -> None:
    if not is_database_url(args.url):
        raise CliError(f"{args.url!r} is not a postgresql://… URL", EXIT_USAGE)
    new = (args.name, args.profile_out, args.identity_backup_out)
    if args.from_vault:
        if any(value is not None for value in new):
            raise CliError(
                "--from-vault moves an existing organisation: give no --name, --profile-out "
                "or --identity-backup-out",
                EXIT_USAGE,
            )
        if not Path(args.from_vault).expanduser().is_dir():
            raise CliError(f"{args.from_vault} is not a vault folder", EXIT_INVALID_INPUT)
    elif any(value is None for value in new):
        raise CliError(
            "a new organisation needs --name, --profile-out and --identity-backup-out "
            "(or --from-vault to move an HQ vault)",
            EXIT_USAGE,
        )
    elif not args.name.strip():
        raise CliError("the organisation needs a name", EXIT_USAGE)


def hq_role(args: argparse.Namespace) -> int:
    if not is_database_url(args.url):
        raise CliError(f"{args.url!r} is not a postgresql://… URL", EXIT_USAGE)
    if (args.person is None) != (args.role is None):
        raise CliError("give both --person and --role (or neither, to list)", EXIT_USAGE)
    from fieldpartner.domain.staff import ADMINISTRATOR, roles, set_role

    hq = open_hq(args.url, args.passphrase_file)
    try:
        with hq.transaction() as session:
            if args.person is not None:
                set_role(session, args.person, args.role)
            listed = roles(session)
        owner = hq.owner
        if args.person is not None:
            print(f"{args.person.strip()}: {args.role}")
            return EXIT_OK
        print(f"{owner}: {ADMINISTRATOR} (the database's owner)")
        for person, role in sorted(listed.items()):
            if person != owner:
                print(f"{person}: {role}")
    finally:
        hq.lock()
    return EXIT_OK


def hq_init(args: argparse.Namespace) -> int:
    _check_arguments(args)
    passphrase = read_passphrase(args.passphrase_file, prompt="HQ passphrase: ", confirm=True)
    from fieldpartner.sync.identity import ensure_device_identity
    from fieldpartner.sync.org import create_organisation, organisation
    from fieldpartner.vault.hq import HqDatabase, move_vault

    if args.from_vault:
        vault_passphrase = (
            read_passphrase(args.vault_passphrase_file, what="vault passphrase")
            if args.vault_passphrase_file
            else passphrase
        )
        from fieldpartner.vault.vault import Vault

        vault = Vault.unlock(Path(args.from_vault).expanduser(), vault_passphrase)
        try:
            with vault.session() as session:
                org = organisation(session)
            if org is None or not org.is_hq:
                raise CliError(
                    f"{args.from_vault} is not an organisation's HQ vault; only HQ moves to "
                    "the database",
                    EXIT_INVALID_INPUT,
                )
            hq = move_vault(
                vault, args.url, passphrase, accept_weak_passphrase=args.accept_weak_passphrase
            )
        finally:
            vault.lock()
        try:
            identity = ensure_device_identity(hq)
        finally:
            hq.lock()
        print(f"organisation: {org.name}")
        print(f"org_id: {org.org_id}")
        print(f"fingerprint: {identity.fingerprint}")
        print(f"moved: {args.from_vault} (the vault is unchanged; keep it offline or wipe it)")
        return EXIT_OK

    hq = HqDatabase.make(
        args.url,
        passphrase,
        name=args.name.strip(),
        accept_weak_passphrase=args.accept_weak_passphrase,
    )
    try:
        profile = create_organisation(
            hq, args.name, Path(args.profile_out), Path(args.identity_backup_out)
        )
    finally:
        hq.lock()
    print(f"organisation: {profile.name}")
    print(f"org_id: {profile.org_id}")
    print(f"fingerprint: {profile.hq.fingerprint}")
    print(f"profile: {args.profile_out}")
    print(f"identity backup: {args.identity_backup_out} (keep it offline; it opens every bundle)")
    return EXIT_OK
