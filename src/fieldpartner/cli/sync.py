"""Sync from the command line: ``org``, ``identity``, ``bundle``, ``device``, ``conflict``
and ``partner assign`` (DESIGN.md "The command line"). The work is done by ``fieldpartner.sync``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from fieldpartner.cli.common import (
    EXIT_INVALID_INPUT,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    ProgressLine,
    add_passphrase_file,
    open_database,
    unlock_vault,
)
from fieldpartner.sync import (
    ImportPlan,
    bundle_history,
    export_bundle,
    inspect_bundle,
    list_conflicts,
    preview_bundle,
    resolve_conflict,
)
from fieldpartner.sync.bundle_v1 import FORMAT, VERSION
from fieldpartner.sync.identity import PublicIdentity, ensure_device_identity
from fieldpartner.sync.importer import ImportResult, import_bundles, import_order, queue_bundle
from fieldpartner.sync.org import (
    assign_partner,
    create_organisation,
    join_organisation,
    list_devices,
    revoke_device,
    unassign_partner,
)
from fieldpartner.vault import Database

Subparsers = argparse._SubParsersAction


@contextmanager
def _vault(args: argparse.Namespace) -> Iterator[Database]:
    vault = open_database(args.path, args.passphrase_file)
    try:
        yield vault
    finally:
        vault.lock()


def _page_arguments(parser: Any) -> None:
    parser.add_argument("--limit", type=_count, default=None, help="at most N entries")
    parser.add_argument("--offset", type=_count, default=0, help="skip the first N entries")


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 0 or more")
    return int(text)


def _command(actions: Subparsers, name: str, help_text: str, handler: Any) -> Any:
    parser = actions.add_parser(name, help=help_text)
    parser.add_argument("path", metavar="PATH")
    add_passphrase_file(parser)
    parser.set_defaults(handler=handler)
    return parser


def register(subparsers: Subparsers) -> None:
    org = subparsers.add_parser("org", help="create an organisation (HQ) or join one")
    org_actions = org.add_subparsers(dest="org_action", metavar="ACTION", required=True)
    create = _command(
        org_actions, "create", "make this vault the HQ of a new organisation", org_create
    )
    create.add_argument("--name", required=True)
    create.add_argument("--profile-out", required=True, metavar="FILE")
    create.add_argument("--identity-backup-out", required=True, metavar="FILE")
    join = _command(org_actions, "join", "join HQ's organisation from its profile", org_join)
    join.add_argument("profile", metavar="PROFILE_FILE")
    join.add_argument("--fingerprint", required=True, help="HQ's fingerprint, read over the phone")
    join.add_argument(
        "--escrow",
        action="store_true",
        help="also let HQ open this vault if the passphrase is lost (HQ escrow in vault.json)",
    )

    identity = subparsers.add_parser("identity", help="this vault's sync identity")
    identity_actions = identity.add_subparsers(
        dest="identity_action", metavar="ACTION", required=True
    )
    _command(identity_actions, "show", "device, fingerprint, recipient", identity_show)

    bundle = subparsers.add_parser("bundle", help="export, import or inspect sync bundles")
    bundle_actions = bundle.add_subparsers(dest="bundle_action", metavar="ACTION", required=True)
    export = _command(bundle_actions, "export", "write a bundle for HQ or a device", bundle_export)
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.add_argument("--to", default="hq", metavar="hq|DEVICE_ID")
    export.add_argument("--full", action="store_true", help="everything, not only changes")
    imp = _command(bundle_actions, "import", "import bundles, each all or nothing", bundle_import)
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--trust", metavar="FINGERPRINT", help="enrol an unknown device (HQ)")
    imp.add_argument("--dry-run", action="store_true", help="show what would change; apply nothing")
    imp.add_argument(
        "--yes", action="store_true", help="on a terminal, apply without asking after the preview"
    )
    inspect = _command(
        bundle_actions, "inspect", "what a bundle holds and would change", bundle_inspect
    )
    inspect.add_argument("file", metavar="FILE")

    device = subparsers.add_parser("device", help="HQ: enrolled devices")
    device_actions = device.add_subparsers(dest="device_action", metavar="ACTION", required=True)
    listing = _command(device_actions, "list", "enrolled and revoked devices", device_list)
    listing.add_argument("--json", action="store_true")
    revoke = _command(
        device_actions, "revoke", "refuse every later bundle from a device", device_revoke
    )
    revoke.add_argument("device", metavar="DEVICE_ID")

    history = _command(
        bundle_actions, "history", "bundles sent and received, newest first", bundle_history_cmd
    )
    history.add_argument("--json", action="store_true")
    _page_arguments(history)

    conflict = subparsers.add_parser("conflict", help="conflicting edits found by merges")
    conflict_actions = conflict.add_subparsers(
        dest="conflict_action", metavar="ACTION", required=True
    )
    clist = _command(conflict_actions, "list", "open conflicts", conflict_list)
    clist.add_argument("--json", action="store_true")
    clist.add_argument("--all", action="store_true", help="resolved ones too")
    _page_arguments(clist)
    resolve = _command(conflict_actions, "resolve", "settle a conflict", conflict_resolve)
    resolve.add_argument("conflict", metavar="CONFLICT_ID")
    resolve.add_argument(
        "--take",
        required=True,
        action="append",
        metavar="local|incoming|FIELD=VALUE",
        help="which side to keep, or a value per field (repeatable)",
    )

    # ``partner assign`` joins the partner group that cli.partners registers.
    partner = subparsers.choices.get("partner")
    if partner is None:
        partner = subparsers.add_parser("partner", help="partners")
        partner_actions = partner.add_subparsers(
            dest="partner_action", metavar="ACTION", required=True
        )
    else:
        partner_actions = next(
            a for a in partner._actions if isinstance(a, argparse._SubParsersAction)
        )
    assign = _command(partner_actions, "assign", "HQ: send a partner to a device", partner_assign)
    assign.add_argument("partner", metavar="ID_OR_NAME")
    assign.add_argument("--device", required=True, metavar="DEVICE_ID")
    assign.add_argument(
        "--remove",
        action="store_true",
        help="stop sending the partner to the device (the device keeps the copy it has)",
    )


# --- handlers ------------------------------------------------------------------------------------


def org_create(args: argparse.Namespace) -> int:
    with _vault(args) as vault:
        profile = create_organisation(
            vault, args.name, Path(args.profile_out), Path(args.identity_backup_out)
        )
    print(f"organisation: {profile.name}")
    print(f"org_id: {profile.org_id}")
    print(f"fingerprint: {profile.hq.fingerprint}")
    print(f"profile: {args.profile_out}")
    print(f"identity backup: {args.identity_backup_out} (keep it offline; it opens every bundle)")
    return EXIT_OK


def org_join(args: argparse.Namespace) -> int:
    # A field vault joins; HQ's database is the organisation's own (``hq init``).
    with unlock_vault(args.path, args.passphrase_file) as vault:
        profile = join_organisation(vault, Path(args.profile), args.fingerprint)
        if args.escrow:
            from fieldpartner.sync.escrow import escrow_to_hq

            escrow_to_hq(vault)
        identity = ensure_device_identity(vault)
    print(f"joined: {profile.name} ({profile.org_id})")
    print(f"device: {identity.device_id}")
    print(f"fingerprint: {identity.fingerprint}")
    print("tell HQ this fingerprint over another channel; HQ confirms it at your first bundle")
    return EXIT_OK


def identity_show(args: argparse.Namespace) -> int:
    with _vault(args) as vault:
        public = ensure_device_identity(vault).public
    print(f"device: {public.device_id}")
    print(f"fingerprint: {public.fingerprint}")
    print(f"recipient: {public.recipient}")
    return EXIT_OK


def bundle_export(args: argparse.Namespace) -> int:
    progress = ProgressLine()
    try:
        with _vault(args) as vault:
            result = export_bundle(
                vault, Path(args.output), to=args.to, full=args.full, progress=progress
            )
    finally:
        progress.finish()
    records = sum(result.records.values())
    print(f"bundle: {result.path}")
    print(f"bundle_id: {result.bundle_id}")
    print(f"to: {result.recipient}")
    print(f"records: {records}")
    print(f"revisions: {result.revisions}")
    print(f"attachments: {result.attachments}")
    print(f"sequence: {result.sequence[0] + 1}-{result.sequence[1]}")
    print(f"full: {'yes' if result.full else 'no'}")
    return EXIT_OK


def _confirm_on_tty(device: PublicIdentity) -> bool:
    if not (sys.stdin is not None and sys.stdin.isatty()):
        return False
    print(f"Unknown device {device.device_id}", file=sys.stderr)
    print(f"Fingerprint: {device.fingerprint}", file=sys.stderr)
    answer = input("Enrol it? Check the fingerprint with its user first. [y/N] ")
    return answer.strip().lower() in ("y", "yes")


def _approve_on_tty(plan: ImportPlan) -> bool:
    """On a terminal, show what the bundle will change and let the user cancel."""
    if not (sys.stdin is not None and sys.stdin.isatty()):
        return True
    _print_plan(plan, None)
    answer = input("Apply these changes? [y/N] ")
    return answer.strip().lower() in ("y", "yes")


def _print_plan(plan: ImportPlan, applied: bool | None) -> None:
    print(f"bundle_id: {plan.bundle_id}")
    print(f"from: {plan.sender.device_id} ({plan.sender_role}, {plan.sender.fingerprint})")
    print(f"sequence: {plan.sequence[0] + 1}-{plan.sequence[1]}")
    if plan.enrol is not None:
        print(f"enrolled: {plan.enrol.device_id} ({plan.enrol.fingerprint})")
    if plan.already_imported:
        print("status: already imported; nothing changed")
        return
    for kind, actions in plan.counts().items():
        parts = ", ".join(f"{action} {n}" for action, n in sorted(actions.items()))
        print(f"{kind}: {parts}")
    print(f"conflicts: {len(plan.conflicts)}")
    for entry in plan.conflicts:
        fields = ", ".join(entry.field_names)
        print(f"conflict {entry.id}: {entry.kind} {entry.record_id} ({fields})")
    for first, last in plan.gaps:
        print(
            f"warning: changes {first}-{last} of {plan.sender.device_id} never arrived; "
            "ask for the missing bundle or a full export",
            file=sys.stderr,
        )
    if applied is not None:
        print(f"status: {'applied' if applied else 'not applied'}")


def bundle_import(args: argparse.Namespace) -> int:
    """Several files go in the application's order (each sender's in the order of its
    changes, a repeated bundle once); each is all or nothing, the first refused stops."""

    def show(path: Path, result: ImportResult) -> None:
        print(f"file: {path}")
        _print_plan(result.plan, result.applied)

    paths = [Path(name) for name in args.files]
    with _vault(args) as vault:
        if args.dry_run:
            ordered, duplicates = import_order(queue_bundle(vault, path) for path in paths)
            for entry in ordered:
                plan = preview_bundle(
                    vault,
                    entry.path,
                    trust=args.trust,
                    confirm=_confirm_on_tty,
                    opened=entry.opened,
                )
                print(f"file: {entry.path}")
                _print_plan(plan, None)
        else:
            _, duplicates = import_bundles(
                vault,
                paths,
                trust=args.trust,
                confirm=_confirm_on_tty,
                approve=None if args.yes else _approve_on_tty,
                progress=ProgressLine(),
                imported=show,
            )
    for repeat, original in duplicates.items():
        print(f"file: {repeat}")
        print(f"status: the same bundle as {original}; imported once")
    return EXIT_OK


def bundle_inspect(args: argparse.Namespace) -> int:
    with _vault(args) as vault:
        opened = inspect_bundle(vault, Path(args.file))
        manifest = opened.manifest
        print(f"bundle_id: {manifest.bundle_id}")
        print(f"format: {FORMAT} {VERSION}")
        print(f"organisation: {manifest.org_id}")
        print(f"created_at: {manifest.created_at}")
        print(f"from: {opened.sender.device_id}")
        print(f"fingerprint: {opened.sender.fingerprint}")
        print(f"to: {manifest.to}")
        print(f"sequence: {manifest.sequence[0] + 1}-{manifest.sequence[1]}")
        for kind, count in sorted(manifest.records.items()):
            print(f"records {kind}: {count}")
        print(f"revisions: {len(opened.revisions)}")
        print(f"attachments: {len(opened.attachments)}")
        try:
            plan = preview_bundle(vault, Path(args.file))
        except Exception as exc:
            code = getattr(exc, "exit_code", None)
            if code is None:
                raise
            print(f"would import: no ({exc})")
        else:
            print("would import: yes")
            _print_plan(plan, None)
    return EXIT_OK


def device_list(args: argparse.Namespace) -> int:
    with _vault(args) as vault:
        devices = list_devices(vault)
    if args.json:
        print(json.dumps([d.__dict__ for d in devices], indent=1))
        return EXIT_OK
    for d in devices:
        print(
            f"{d.device_id}  {d.fingerprint}  {d.status}  enrolled {d.enrolled_at}"
            + (f"  revoked {d.revoked_at}" if d.revoked_at else "")
            + f"  partners {len(d.assigned_partners)}"
            + f"  bundles {d.bundles_received}"
            + (f"  last {d.last_bundle_at} through {d.last_sequence}" if d.last_bundle_at else "")
            + "".join(f"  gap {first}-{last}" for first, last in d.gaps)
        )
    return EXIT_OK


def device_revoke(args: argparse.Namespace) -> int:
    with _vault(args) as vault:
        found = revoke_device(vault, args.device)
    print(f"revoked: {found}")
    return EXIT_OK


def partner_assign(args: argparse.Namespace) -> int:
    with _vault(args) as vault:
        if args.remove:
            partner_id, device_id = unassign_partner(vault, args.partner, args.device)
            print(f"unassigned: partner {partner_id} from device {device_id}")
        else:
            partner_id, device_id = assign_partner(vault, args.partner, args.device)
            print(f"assigned: partner {partner_id} to device {device_id}")
    return EXIT_OK


def bundle_history_cmd(args: argparse.Namespace) -> int:
    with _vault(args) as vault:
        events = bundle_history(vault, offset=args.offset, limit=args.limit)
    if args.json:
        shown = [{**asdict(e), "sequence": list(e.sequence)} for e in events]
        print(json.dumps(shown, indent=1, ensure_ascii=False, sort_keys=True))
        return EXIT_OK
    for e in events:
        print(
            f"{e.at}  {e.direction:8}  {e.peer_role} {e.peer}  "
            f"changes {e.sequence[0] + 1}-{e.sequence[1]}  {e.revisions} revisions  "
            f"{e.conflicts} conflicts  {e.file_name}"
        )
    return EXIT_OK


def conflict_list(args: argparse.Namespace) -> int:
    with _vault(args) as vault:
        conflicts = list_conflicts(
            vault, include_resolved=args.all, offset=args.offset, limit=args.limit
        )
    if args.json:
        shown = [entry.to_json() for entry in conflicts]
        print(json.dumps(shown, indent=1, ensure_ascii=False, sort_keys=True))
        return EXIT_OK
    for entry in conflicts:
        print(f"{entry.id}  {entry.kind} {entry.record_id} {entry.label!r}  {entry.status}")
        for f in entry.fields:
            print(
                f"    {f.field}: local {json.dumps(f.local, ensure_ascii=False)} | "
                f"incoming {json.dumps(f.incoming, ensure_ascii=False)} "
                f"(provisional: {f.winner})"
            )
    return EXIT_OK


def conflict_resolve(args: argparse.Namespace) -> int:
    takes: list[str] = args.take
    take: str | dict[str, str]
    if len(takes) == 1 and takes[0] in ("local", "incoming"):
        take = takes[0]
    else:
        take = {}
        for item in takes:
            name, sep, value = item.partition("=")
            if not sep or not name:
                raise CliError(f"--take {item!r}: use local, incoming or FIELD=VALUE", EXIT_USAGE)
            take[name.strip()] = value
    with _vault(args) as vault:
        revision = resolve_conflict(vault, args.conflict, take)
    print(f"resolved: {args.conflict}")
    print(f"revision: {revision.rev}")
    return EXIT_OK


__all__ = ["EXIT_INVALID_INPUT", "register"]
