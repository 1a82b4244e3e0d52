"""``demo PATH``: a new vault filled with fictional but realistic data."""

from __future__ import annotations

import argparse
import sys
import time

from fieldpartner.cli.common import EXIT_OK, add_passphrase_file, vault_path
from fieldpartner.cli.vault import print_recovery_key, read_new_passphrase, require_new_folder
from fieldpartner.domain.demo import SIZES, populate_demo
from fieldpartner.new_vault import create_vault
from fieldpartner.vault import wipe


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "demo",
        allow_abbrev=False,
        help="create a vault of fictional but realistic data",
        description=(
            "Create a new vault and fill it with fictional partners, projects, assessments, "
            "workshops and attachments. 'large' is the reference vault of the benchmarks."
        ),
    )
    parser.add_argument("path", metavar="PATH", help="folder of the new vault")
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument("--seed", type=int, default=7, help="same seed, same data (default 7)")
    parser.add_argument("--name", default="", help="vault name (default: Demo, fictional data)")
    add_passphrase_file(parser)
    parser.set_defaults(handler=make_demo)


class _ProgressLine:
    """A percentage on stderr, only when a person is watching it."""

    def __init__(self) -> None:
        self.enabled = sys.stderr is not None and sys.stderr.isatty()
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        percent = done * 100 // total
        if percent != self.shown:
            self.shown = percent
            print(f"\rFilling the demo vault: {percent:3d}%", end="", file=sys.stderr, flush=True)

    def finish(self) -> None:
        if self.enabled and self.shown >= 0:
            print(file=sys.stderr)


def make_demo(args: argparse.Namespace) -> int:
    path = vault_path(args.path)
    require_new_folder(path)
    passphrase = read_new_passphrase(args.passphrase_file)
    start = time.perf_counter()
    # A demo vault holds fictional data only: any passphrase will do, and saying so here
    # is the explicit acknowledgement the passphrase policy asks for.
    vault, recovery_key = create_vault(
        path,
        passphrase,
        name=args.name or "Demo (fictional data)",
        accept_weak_passphrase=True,
    )
    progress = _ProgressLine()
    try:
        summary = populate_demo(vault, args.size, seed=args.seed, progress=progress)
    except BaseException:
        # A half-filled demo is of no use to anyone: remove what was made.
        vault.lock()
        wipe(path)
        raise
    finally:
        progress.finish()
    vault.lock()
    elapsed = time.perf_counter() - start
    print(f'Created the demo vault "{args.name or "Demo (fictional data)"}" at {path}')
    print(f"Size {summary.size}, seed {summary.seed}; every record is fictional.")
    width = max(len(kind) for kind in summary.counts)
    for kind, count in summary.counts.items():
        print(f"  {kind:<{width}}  {count:>8,}")
    print(f"  {'attachment bytes':<{width}}  {summary.attachment_bytes / 1_000_000:>8.1f} MB")
    print(f"Templates: {', '.join(summary.templates)}")
    print(f"Took {elapsed:.1f} s.")
    print_recovery_key(recovery_key)
    return EXIT_OK
