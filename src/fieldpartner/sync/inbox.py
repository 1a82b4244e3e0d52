"""HQ's bundle inbox: a folder (a shared drive, an SFTP drop) emptied by headless drainers.

The folder ``DIR`` (docs/hq-inbox.md):

    DIR/*.fpbundle      dropped bundles, waiting
    DIR/processing/     bundles a drainer claimed: ``NAME~HOST~PID~CLAIMED_AT~TOKEN``
    DIR/done/           applied bundles, and repeats of applied ones with ``NAME.note``
    DIR/refused/        refused bundles with ``NAME.reason`` (one line: why)

A drainer claims a bundle by renaming it into ``processing/`` under a name no other drainer
can make (its host, process id, the time and a random token): a rename is atomic, so of
several drainers racing for a file exactly one gets it. It imports the claimed file (one
transaction that checks whether the bundle was received and applies it; ``importer``), then
moves it to ``done/`` or ``refused/``. A drainer killed at any point leaves the file in the
inbox or in ``processing/``, and the database unchanged or the bundle fully applied; a
later drainer takes back such a claim (at once when its process is gone from this host, or
once it is older than ``stale_after`` seconds) and imports it again, which applies it or
finds it a duplicate. No bundle is applied twice and none is lost.

Only complete files are taken: a regular file named ``*.fpbundle``, not hidden, unchanged
for ``settle`` seconds (its modification time that old, or its size and time seen unchanged
for that long). Senders that can should upload under a temporary name and rename when done.

Bundles of one device are applied in the order of its changes where several wait
(``importer.import_order``, the order of ``bundle import A B C`` and of the application).
"""

from __future__ import annotations

import errno
import os
import random
import re
import secrets
import socket
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fieldpartner.files import fsync_dir, write_atomic
from fieldpartner.sync.errors import SyncError
from fieldpartner.sync.file_names import BUNDLE_SUFFIX
from fieldpartner.sync.history import received_created_at
from fieldpartner.sync.importer import (
    ImportPlan,
    QueuedBundle,
    import_bundle,
    import_order,
    queue_bundle,
)
from fieldpartner.sync.org import require_organisation
from fieldpartner.vault import VaultBusy, database_failure
from fieldpartner.vault.database import Database

PROCESSING, DONE, REFUSED = "processing", "done", "refused"
REASON_SUFFIX, NOTE_SUFFIX = ".reason", ".note"
DEFAULT_SETTLE = 10.0
DEFAULT_STALE_AFTER = 3600.0
# Errors that are the bundle's fault: not addressed to HQ (3), invalid (4), refused by trust (5).
REFUSING_CODES = frozenset({3, 4, 5})
# How often a bundle is tried again while the database is busy with other writers.
BUSY_TRIES = 30

APPLIED, DUPLICATE, REFUSED_OUTCOME = "applied", "duplicate", "refused"


class DrainFailure(Exception):
    """A failure that is not the bundle's (the database, the folder): the bundle went back
    to the inbox untouched and the drain cannot go on now."""

    exit_code = 1


@dataclass(frozen=True)
class Outcome:
    """What became of one bundle file: the line a drainer prints for it."""

    name: str
    outcome: str  # APPLIED, DUPLICATE or REFUSED_OUTCOME
    revisions: int = 0
    detail: str = ""

    def line(self) -> str:
        if self.outcome == APPLIED:
            return f"applied: {self.name} ({self.revisions} revisions)"
        return f"{self.outcome}: {self.name} ({self.detail})"


@dataclass
class Summary:
    applied: int = 0
    duplicate: int = 0
    refused: int = 0

    def add(self, outcome: Outcome) -> None:
        if outcome.outcome == APPLIED:
            self.applied += 1
        elif outcome.outcome == DUPLICATE:
            self.duplicate += 1
        else:
            self.refused += 1

    def line(self) -> str:
        return (
            f"drained: {self.applied} applied, {self.duplicate} duplicate, {self.refused} refused"
        )


def one_line(text: str) -> str:
    """A message as one line (reason files and output hold one line per bundle)."""
    return " ".join(str(text).split()) or "no reason given"


def _host_name() -> str:
    # A claim's name is split on "~"; keep the host name to characters file systems accept.
    return re.sub(r"[^A-Za-z0-9.-]", "-", socket.gethostname()) or "host"


@dataclass(frozen=True)
class Claim:
    """A bundle renamed into ``processing/`` by a drainer."""

    path: Path
    name: str  # the name it was dropped under
    host: str
    pid: int
    claimed_at: int

    @classmethod
    def parse(cls, path: Path) -> Claim | None:
        parts = path.name.rsplit("~", 4)
        if len(parts) != 5 or not parts[2].isdigit() or not parts[3].isdigit():
            return None
        name, host, pid, claimed_at, _token = parts
        return cls(path, name, host, int(pid), int(claimed_at))


def _process_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # another user's live process
        return False
    return False


def move_without_replacing(source: Path, folder: Path, name: str) -> Path:
    """Move ``source`` into ``folder`` as ``name``, or ``STEM-2.SUFFIX`` and so on when that
    name is taken: a file already there is never replaced, even by another drainer moving
    a file of the same name at the same moment (a hard link fails on an existing name)."""
    stem, suffix = (
        (name[: -len(BUNDLE_SUFFIX)], BUNDLE_SUFFIX) if name.endswith(BUNDLE_SUFFIX) else (name, "")
    )
    number = 1
    while True:
        target = folder / (name if number == 1 else f"{stem}-{number}{suffix}")
        try:
            os.link(source, target)
        except FileExistsError:
            number += 1
            continue
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
                raise
            # A file system without hard links (some network shares): check, then rename.
            if target.exists():
                number += 1
                continue
            os.rename(source, target)
        else:
            os.unlink(source)
        fsync_dir(folder)
        return target


class Inbox:
    """The folder and its sub-folders; claims, releases and final moves of bundle files."""

    def __init__(
        self,
        folder: Path,
        *,
        settle: float = DEFAULT_SETTLE,
        stale_after: float = DEFAULT_STALE_AFTER,
        now: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.folder = Path(folder)
        self.settle = settle
        self.stale_after = stale_after
        self.now = now
        self.monotonic = monotonic
        self.host = _host_name()
        self.pid = os.getpid()
        # name -> (size, mtime_ns, first seen so, on the monotonic clock)
        self._seen: dict[str, tuple[int, int, float]] = {}

    def prepare(self) -> None:
        if not self.folder.is_dir():
            raise DrainFailure(f"the inbox {self.folder} is not a folder")
        for name in (PROCESSING, DONE, REFUSED):
            try:
                (self.folder / name).mkdir(mode=0o700, exist_ok=True)
            except OSError as exc:
                raise DrainFailure(f"cannot make {self.folder / name}: {exc.strerror}") from None

    def waiting(self) -> tuple[list[Path], int]:
        """The complete bundle files waiting, by name, and how many are still changing."""
        complete: list[Path] = []
        changing = 0
        seen: dict[str, tuple[int, int, float]] = {}
        try:
            entries = list(os.scandir(self.folder))
        except OSError as exc:
            raise DrainFailure(f"cannot read the inbox {self.folder}: {exc.strerror}") from None
        for entry in entries:
            name = entry.name
            if name.startswith(".") or not name.endswith(BUNDLE_SUFFIX):
                continue
            try:
                info = entry.stat(follow_symlinks=False)
            except FileNotFoundError:  # claimed by another drainer meanwhile
                continue
            if not stat.S_ISREG(info.st_mode):
                continue
            first = self._seen.get(name)
            key = (info.st_size, info.st_mtime_ns)
            since = first[2] if first is not None and first[:2] == key else self.monotonic()
            seen[name] = (*key, since)
            old_enough = self.now() - info.st_mtime_ns / 1e9 >= self.settle
            unchanged = self.monotonic() - since >= self.settle
            if old_enough or unchanged:
                complete.append(Path(entry.path))
            else:
                changing += 1
        self._seen = seen
        return sorted(complete), changing

    def claim(self, path: Path) -> Claim | None:
        """Rename a waiting file into ``processing/`` under a name of this drainer's; None
        when another drainer took it first."""
        return self._take(path, self.folder / PROCESSING, path.name)

    def _take(self, source: Path, folder: Path, name: str) -> Claim | None:
        stamp = int(self.now())
        target = folder / f"{name}~{self.host}~{self.pid}~{stamp}~{secrets.token_hex(6)}"
        try:
            os.rename(source, target)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise DrainFailure(f"cannot claim {name}: {exc.strerror}") from None
        return Claim(target, name, self.host, self.pid, stamp)

    def abandoned(self) -> list[Claim]:
        """Claims whose drainer is gone (on this host) or that are older than
        ``stale_after`` (any host), and this drainer's own left over, retaken by it."""
        taken: list[Claim] = []
        try:
            entries = sorted(os.scandir(self.folder / PROCESSING), key=lambda e: e.name)
        except FileNotFoundError:
            return taken
        for entry in entries:
            claim = Claim.parse(Path(entry.path))
            if claim is None:
                continue
            # This drainer's own: between passes it holds none, so one found is a claim it
            # lost track of (a move that failed, a rename a network share reported failed).
            mine = (claim.host, claim.pid) == (self.host, self.pid)
            gone = claim.host == self.host and _process_gone(claim.pid)
            if mine or gone or self.now() - claim.claimed_at >= self.stale_after:
                retaken = self._take(claim.path, claim.path.parent, claim.name)
                if retaken is not None:
                    taken.append(retaken)
        return taken

    def release(self, claim: Claim) -> None:
        """Put a claimed file back into the inbox, untouched (the drain stopped first)."""
        try:
            move_without_replacing(claim.path, self.folder, claim.name)
        except FileNotFoundError:  # taken over as stale meanwhile
            pass
        except OSError as exc:
            raise DrainFailure(f"cannot put {claim.name} back: {exc.strerror}") from None

    def finish(self, claim: Claim, outcome: Outcome) -> None:
        """Move a claimed file to ``done/`` or ``refused/``; a refusal gets its reason file
        and a duplicate its note (one line each, never record content)."""
        folder = self.folder / (REFUSED if outcome.outcome == REFUSED_OUTCOME else DONE)
        suffix = {REFUSED_OUTCOME: REASON_SUFFIX, DUPLICATE: NOTE_SUFFIX}.get(outcome.outcome)
        try:
            moved = move_without_replacing(claim.path, folder, claim.name)
            if suffix is not None:
                line = (outcome.detail + "\n").encode()
                write_atomic(moved.with_name(moved.name + suffix), line)
        except FileNotFoundError:
            return  # taken over as stale by another drainer, whose outcome stands
        except OSError as exc:
            raise DrainFailure(
                f"{claim.name} was {outcome.outcome} but cannot be moved: {exc.strerror}"
            ) from None


@dataclass
class Drainer:
    """Imports the bundles of an inbox into an HQ database, one transaction per bundle.

    ``report`` sees each bundle's outcome as soon as it is settled; ``stopping`` is asked
    between bundles (a signal sets it): the bundle being imported is finished first.
    """

    vault: Database
    inbox: Inbox
    report: Callable[[Outcome], None] = lambda _outcome: None
    stopping: Callable[[], bool] = lambda: False
    wait: Callable[[float], object] = time.sleep
    failed: Callable[[str], None] = lambda _message: None
    summary: Summary = field(default_factory=Summary)
    # Manifests read, by (name, size, mtime_ns): a file is read once while it waits.
    _queued: dict[tuple[str, int, int], QueuedBundle | None] = field(default_factory=dict)
    _random: random.Random = field(default_factory=random.Random)

    def drain(self, *, watch: bool = False, interval: float = 5.0) -> Summary:
        """Drain until the inbox is empty (or, with ``watch``, until ``stopping``). Without
        ``watch`` a failure that is not a bundle's ends the drain (``DrainFailure``); with
        it, ``failed`` hears of it and the drain tries again after ``interval``."""
        self._require_hq()
        self.inbox.prepare()
        while not self.stopping():
            try:
                worked, changing = self.drain_once()
            except DrainFailure as exc:
                if not watch:
                    raise
                self.failed(str(exc))
                self.wait(interval)
                continue
            if worked:
                continue
            if not watch and not changing:
                break
            self.wait(interval if watch else min(interval, max(self.inbox.settle, 0.1)))
        return self.summary

    def _require_hq(self) -> None:
        """Refuse to start on a field vault, whose import would refuse every device's bundle
        (and the drain would file them all under refused/)."""
        with self.vault.session() as session:
            org = require_organisation(session)
        if not org.is_hq:
            raise DrainFailure(
                f"the vault is a field device of {org.name!r}, not its HQ: hq drain imports "
                "into HQ's database only; nothing was taken from the inbox"
            )

    def drain_once(self) -> tuple[bool, int]:
        """One pass: retake abandoned claims, then claim and import what waits. Returns
        whether any bundle was handled and how many files are still being written."""
        worked = self._settle_all(self.inbox.abandoned())
        waiting, changing = self.inbox.waiting()
        for group in self._groups(waiting):
            if self.stopping():
                break
            claims: list[Claim] = []
            for path in group:
                claim = self.inbox.claim(path)
                if claim is None:
                    if not claims:
                        break  # another drainer is on this device's bundles
                    continue
                claims.append(claim)
            worked = self._settle_all(claims) or worked
        return worked, changing

    def _settle_all(self, claims: list[Claim]) -> bool:
        """Import claimed files in turn; the ones not reached (a stop, a failure) go back
        to the inbox, so no claim of a live drainer is left behind."""
        for index, claim in enumerate(claims):
            if self.stopping():
                for left in claims[index:]:
                    self.inbox.release(left)
                break
            try:
                self._settle(claim)
            except BaseException:
                for left in claims[index + 1 :]:
                    self.inbox.release(left)
                raise
        return bool(claims)

    def _groups(self, waiting: list[Path]) -> list[list[Path]]:
        """The waiting files per sending device, each device's in the order of its changes
        (a repeat right after the file it repeats), devices in an order of this drainer's
        own so that several drainers mostly take different devices; unreadable files last."""
        queued: list[QueuedBundle] = []
        unreadable: list[Path] = []
        names = {path.name for path in waiting}
        self._queued = {key: entry for key, entry in self._queued.items() if key[0] in names}
        for path in waiting:
            entry = self._queue(path)
            if entry is None:
                if path.exists():
                    unreadable.append(path)
                continue
            queued.append(entry)
        ordered, repeats = import_order(queued)
        by_sender: dict[str, list[Path]] = {}
        for entry in ordered:
            by_sender.setdefault(entry.sender, []).append(entry.path)
        after: dict[Path, list[Path]] = {}
        for repeat, original in repeats.items():
            after.setdefault(original, []).append(repeat)
        groups = [
            [p for path in paths for p in (path, *sorted(after.get(path, [])))]
            for paths in by_sender.values()
        ]
        self._random.shuffle(groups)
        return groups + [[path] for path in unreadable]

    def _queue(self, path: Path) -> QueuedBundle | None:
        try:
            info = path.stat()
        except FileNotFoundError:
            return None
        key = (path.name, info.st_size, info.st_mtime_ns)
        if key not in self._queued:
            try:
                self._queued[key] = queue_bundle(self.vault, path)
            except Exception:
                # Read again, and refused with its reason, once claimed.
                self._queued[key] = None
        return self._queued[key]

    def _settle(self, claim: Claim) -> None:
        outcome = self._import(claim)
        self.inbox.finish(claim, outcome)
        self.summary.add(outcome)
        self.report(outcome)

    def _import(self, claim: Claim) -> Outcome:
        """Import one claimed file and settle what it was. A failure that is not the
        bundle's, wherever it happens (the import, the check of a repeat), puts the file
        back in the inbox; other writers holding the database are waited out a while."""
        attempt = 0
        while True:
            attempt += 1
            try:
                result = import_bundle(self.vault, claim.path)
                if not result.applied:
                    return self._repeat(claim, result.plan)
            except Exception as exc:
                failure = database_failure(exc) or exc
                code = getattr(failure, "exit_code", None)
                if isinstance(failure, SyncError) and code in REFUSING_CODES:
                    return Outcome(claim.name, REFUSED_OUTCOME, detail=one_line(str(failure)))
                busy = isinstance(failure, VaultBusy) and attempt < BUSY_TRIES
                if busy and not self.stopping():
                    # Other writers held the database past its busy timeout, or (PostgreSQL)
                    # ended this transaction in a deadlock: nothing was written; again.
                    self.wait(self._random.uniform(0.05, 0.5))
                    continue
                self.inbox.release(claim)
                raise DrainFailure(
                    f"{claim.name} went back to the inbox: {one_line(str(failure))}"
                ) from exc
            revisions = sum(len(change.new_revisions) for change in result.plan.changes)
            return Outcome(claim.name, APPLIED, revisions=revisions)

    def _repeat(self, claim: Claim, plan: ImportPlan) -> Outcome:
        """A bundle already imported: a duplicate, unless the file is another bundle under
        the same id (its signed manifest made at another time), which is refused."""
        sender, bundle_id = plan.sender.device_id, plan.bundle_id
        with self.vault.session() as session:
            received = received_created_at(session, sender, bundle_id)
        if received is not None and received != plan.created_at:
            reason = (
                f"another bundle with the id {bundle_id} from device {sender} was imported "
                f"before (made {received}; this file's was made {plan.created_at}); "
                "nothing was imported"
            )
            return Outcome(claim.name, REFUSED_OUTCOME, detail=reason)
        note = f"bundle {bundle_id} from device {sender} was already imported; nothing changed"
        return Outcome(claim.name, DUPLICATE, detail=note)


def drain(
    vault: Database,
    folder: Path,
    *,
    watch: bool = False,
    interval: float = 5.0,
    settle: float = DEFAULT_SETTLE,
    stale_after: float = DEFAULT_STALE_AFTER,
    report: Callable[[Outcome], None] | None = None,
    failed: Callable[[str], None] | None = None,
    stopping: Callable[[], bool] | None = None,
    wait: Callable[[float], object] | None = None,
) -> Summary:
    """Drain the inbox ``folder`` into ``vault`` (see the module's docstring)."""
    drainer = Drainer(
        vault,
        Inbox(folder, settle=settle, stale_after=stale_after),
        report=report or (lambda _outcome: None),
        stopping=stopping or (lambda: False),
        wait=wait or time.sleep,
        failed=failed or (lambda _message: None),
    )
    return drainer.drain(watch=watch, interval=interval)
