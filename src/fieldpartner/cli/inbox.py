"""``hq drain LOCATION --inbox DIR [--watch]``: HQ's bundle inbox, drained headless
(docs/hq-inbox.md). The work is done by ``fieldpartner.sync.inbox``.
"""

from __future__ import annotations

import argparse
import signal
import threading
from pathlib import Path
from typing import Any

from fieldpartner.cli.common import (
    EXIT_FAILURE,
    EXIT_INVALID_INPUT,
    EXIT_OK,
    CliError,
    add_passphrase_file,
    hq_actions,
    open_database,
    print_error,
)

Subparsers = argparse._SubParsersAction

DESCRIPTION = """\
Import every bundle dropped into the folder DIR, each all or nothing, and move it to
DIR/done/ (applied, or already imported: a duplicate, with NAME.note) or DIR/refused/
(with NAME.reason, one line saying why). Several drainers may run at once on the same
database, on one machine or several sharing DIR: each bundle is applied once.

A file is taken once it is complete: a regular file named *.fpbundle, not hidden (no
leading dot), unchanged for --settle seconds. Senders should upload under a temporary
name (a leading dot or another extension, as rsync and WinSCP do) and rename it when
the upload is complete. A claim left in DIR/processing/ by a drainer that died is taken
back at once on the same machine, and after --stale-after seconds from any machine.

One line per bundle on stdout (outcome, file name, revisions applied or the reason),
then a summary line. Exit codes: 0 nothing refused, 4 some bundles refused (see
DIR/refused/), 1 a failure outside the bundles (the database, the folder) stopped the
drain; the bundle being imported then went back to the inbox, unchanged.
"""


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds of 0 or more")
    return value


def register(subparsers: Subparsers) -> None:
    drain = hq_actions(subparsers).add_parser(
        "drain",
        help="import every bundle dropped into an inbox folder",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    drain.add_argument("location", metavar="LOCATION", help="HQ's vault (or database URL)")
    drain.add_argument("--inbox", required=True, metavar="DIR", help="the inbox folder")
    drain.add_argument(
        "--watch",
        action="store_true",
        help="keep draining until stopped (Ctrl+C or SIGTERM end it after the current bundle)",
    )
    drain.add_argument(
        "--interval",
        type=_seconds,
        default=5.0,
        metavar="SECONDS",
        help="with --watch, how often the folder is looked at (default 5)",
    )
    drain.add_argument(
        "--settle",
        type=_seconds,
        default=10.0,
        metavar="SECONDS",
        help="a file unchanged this long is complete (default 10; 0 when senders rename)",
    )
    drain.add_argument(
        "--stale-after",
        type=_seconds,
        default=3600.0,
        metavar="SECONDS",
        help="take back another machine's claim this old (default 3600)",
    )
    add_passphrase_file(drain)
    drain.set_defaults(handler=hq_drain)


class _StopOnSignal:
    """SIGTERM and SIGINT ask the drain to stop after the bundle being imported."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> _StopOnSignal:
        for number in (signal.SIGTERM, signal.SIGINT):
            self._previous[number] = signal.signal(number, self._stop)
        return self

    def _stop(self, _number: int, _frame: Any) -> None:
        self.event.set()

    def __exit__(self, *_exc: object) -> None:
        for number, handler in self._previous.items():
            signal.signal(number, handler)


def hq_drain(args: argparse.Namespace) -> int:
    from fieldpartner.sync.inbox import Drainer, DrainFailure, Inbox, Outcome

    folder = Path(args.inbox).expanduser()
    if not folder.is_dir():
        raise CliError(f"the inbox {folder} is not a folder", EXIT_INVALID_INPUT)

    def report(outcome: Outcome) -> None:
        print(outcome.line(), flush=True)

    vault = open_database(args.location, args.passphrase_file)
    code = EXIT_OK
    try:
        with _StopOnSignal() as stop:
            drainer = Drainer(
                vault,
                Inbox(folder, settle=args.settle, stale_after=args.stale_after),
                report=report,
                failed=print_error,
                stopping=stop.event.is_set,
                wait=stop.event.wait,
            )
            if args.watch:
                print(f"watching: {folder}", flush=True)
            try:
                drainer.drain(watch=args.watch, interval=args.interval)
            except DrainFailure as exc:
                print_error(str(exc))
                code = EXIT_FAILURE
            finally:  # what was settled before any failure, on every way out
                print(drainer.summary.line(), flush=True)
    finally:
        vault.lock()
    if code == EXIT_OK and drainer.summary.refused:
        code = EXIT_INVALID_INPUT
    return code
