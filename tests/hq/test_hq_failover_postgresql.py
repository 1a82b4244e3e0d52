"""A drain cut by a failover: HQ's database on a primary with a streaming standby
(``pg_basebackup -R``); the primary goes away while ``hq drain`` runs, the standby is
promoted (``pg_ctl promote``), and a drainer given the standby's URL finishes the inbox. No
bundle is lost or applied twice.

Twice: the primary stopped cleanly (``pg_ctl stop -m fast``, which sends the standby every
record it wrote), under the test servers' asynchronous replication; and the primary
crashing (``pg_ctl stop -m immediate``: every server process ends at once, nothing more is
sent) under synchronous replication, where every import the drainer reported applied must
already be on the standby (docs/hq-server.md, "A streaming replica").
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

_CLI_TESTS = Path(__file__).resolve().parents[1] / "cli"
if str(_CLI_TESTS) not in sys.path:
    sys.path.insert(0, str(_CLI_TESTS))

from sync_helpers import PASSPHRASE  # noqa: E402
from test_hq_drain_cli import (  # noqa: E402
    PER_DEVICE,
    Org,
    _build_org,
    _cli,
    _drainer,
    _fill,
    _Lines,
    _outcomes,
    _received,
)

import pg_server  # noqa: E402
from fieldpartner.sync.importer import inspect_bundle  # noqa: E402
from fieldpartner.sync.inbox import PROCESSING  # noqa: E402
from fieldpartner.vault.hq import HqDatabase  # noqa: E402
from pg_server import ROLE, PgServer  # noqa: E402


@pytest.fixture(scope="module")
def org(_template_vault: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> Org:
    return _build_org(_template_vault[0], tmp_path_factory.mktemp("org"), PER_DEVICE)


def _standby_of(primary: PgServer) -> PgServer:
    """A streaming replica of ``primary``, started, answering on its own socket folder."""
    folder = Path(tempfile.mkdtemp(prefix="fp-pg-standby-"))
    standby = PgServer(folder, primary.bin, primary.as_user)
    if primary.as_user:
        shutil.chown(folder, pg_server.SERVER_USER, pg_server.SERVER_USER)
    folder.chmod(0o700)
    data = str(folder / "data")
    try:
        primary.run(
            str(primary.bin / "pg_basebackup"),
            *("-h", str(primary.socket_dir), "-U", ROLE, "-D", data, "-X", "stream", "-R"),
        )
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{folder}' "
            "-c fsync=off -c max_connections=60"
        )
        standby.run(
            str(primary.bin / "pg_ctl"),
            *("-D", data, "-l", str(folder / "server.log"), "-o", options, "-w", "start"),
        )
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return standby


@pytest.fixture
def pair() -> Iterator[tuple[PgServer, PgServer]]:
    primary = pg_server.start()
    try:
        standby = _standby_of(primary)
        try:
            yield primary, standby
        finally:
            standby.stop()
    finally:
        if (primary.folder / "data" / "postmaster.pid").exists():  # not stopped by the test
            primary.stop()
        shutil.rmtree(primary.folder, ignore_errors=True)


def _moved_hq(org: Org, primary: PgServer, tmp_path: Path) -> str:
    """HQ's vault moved into a new database of ``primary``; returns its URL."""
    vault = shutil.copytree(org.hq, tmp_path / "HQ.fpvault")
    url = primary.new_database()
    moved = _cli("hq", "init", url, "--from-vault", vault)
    assert moved.returncode == 0, moved.stderr
    return url


def _stop_primary(primary: PgServer, mode: str) -> None:
    primary.run(str(primary.bin / "pg_ctl"), "-D", str(primary.folder / "data"), "-m", mode, "stop")


def _promote(standby: PgServer, url: str) -> str:
    """Promote ``standby``; returns the URL of ``url``'s database on it."""
    standby.run(str(standby.bin / "pg_ctl"), "-D", str(standby.folder / "data"), "-w", "promote")
    return standby.url(PgServer.database_of(url))


def _rest_of(lines: _Lines) -> list[str]:
    """Every line the process printed, once it has ended."""
    while (line := lines.queue.get(timeout=60)) is not None:
        lines.seen.append(line)
    return lines.seen


def _check_every_bundle_received_once(org: Org, url: str, before: Counter[str]) -> None:
    received = _received(url) - before
    assert len(received) == len(org.bundles) and set(received.values()) == {1}


def test_a_drain_cut_by_a_failover_resumes_on_the_promoted_standby(
    org: Org, pair: tuple[PgServer, PgServer], tmp_path: Path
) -> None:
    primary, standby = pair
    url = _moved_hq(org, primary, tmp_path)
    before = _received(url)
    inbox = tmp_path / "inbox"
    drop = _fill(org, inbox, random.Random(3), repeats=2, tampered=1)

    first = _drainer(url, inbox)
    lines = _Lines(first)
    lines.until("applied: ")
    _stop_primary(primary, "fast")
    first.wait(timeout=120)
    assert first.stderr is not None
    first_err = first.stderr.read()
    assert first.returncode == 1, first_err  # the database went away: a failure, not a refusal
    new_url = _promote(standby, url)

    second = _drainer(new_url, inbox)
    out, err = second.communicate(timeout=600)
    assert second.returncode == 4, err  # the tampered and non-bundle files
    assert _rest_of(lines)[-1].startswith("drained: "), first_err
    results = dict(_outcomes("\n".join(lines.seen)) + _outcomes(out))
    assert set(results) == set(drop.good) | set(drop.repeats) | set(drop.bad)
    for name in drop.bad:
        assert results[name] == "refused", name
    assert {results[name] for name in [*drop.good, *drop.repeats]} <= {"applied", "duplicate"}
    _check_every_bundle_received_once(org, new_url, before)


def _admin(server: PgServer, database: str, *statements: str) -> list[tuple[object, ...]]:
    """Run ``statements`` as the cluster's superuser; the rows of the last one."""
    import psycopg

    with psycopg.connect(
        host=str(server.socket_dir), dbname=database, user=ROLE, autocommit=True
    ) as conn:
        rows: list[tuple[object, ...]] = []
        for statement in statements:
            cursor = conn.execute(statement)  # type: ignore[arg-type]
            rows = cursor.fetchall() if cursor.description else []
        return rows


def _make_replication_synchronous(primary: PgServer, url: str) -> None:
    """The standby becomes synchronous, and commits in HQ's database wait for it to have
    written them (``synchronous_commit = on``; the test server's default is off). Set after
    the standby was copied, so that the promoted standby waits for no one."""
    database = PgServer.database_of(url)
    _admin(
        primary,
        "postgres",
        "ALTER SYSTEM SET synchronous_standby_names = '*'",
        "SELECT pg_reload_conf()",
        f"ALTER DATABASE {database} SET synchronous_commit = on",
    )
    deadline = time.monotonic() + 60
    while _admin(primary, "postgres", "SELECT sync_state FROM pg_stat_replication") != [("sync",)]:
        assert time.monotonic() < deadline, "the standby never became synchronous"
        time.sleep(0.1)  # polling the server's own view until it reports the state
    assert _admin(primary, database, "SHOW synchronous_commit") == [("on",)]


def _bundle_ids(url: str, files: list[Path]) -> set[str]:
    hq = HqDatabase.open(url, PASSPHRASE, migrate=False)
    try:
        return {inspect_bundle(hq, file).manifest.bundle_id for file in files}
    finally:
        hq.lock()


def test_a_primary_crashing_mid_drain_under_synchronous_replication_loses_no_import(
    org: Org, pair: tuple[PgServer, PgServer], tmp_path: Path
) -> None:
    primary, standby = pair
    url = _moved_hq(org, primary, tmp_path)
    _make_replication_synchronous(primary, url)
    before = _received(url)
    inbox = tmp_path / "inbox"
    drop = _fill(org, inbox, random.Random(5), repeats=2, tampered=1)

    first = _drainer(url, inbox)
    lines = _Lines(first)
    for _ in range(3):
        lines.until("applied: ")
    _stop_primary(primary, "immediate")  # a crash: no shutdown, nothing more sent
    first.wait(timeout=120)
    assert first.stderr is not None
    first_err = first.stderr.read()
    assert first.returncode == 1, first_err
    # Only what the drainer printed before it ended, whatever its last line was.
    reported = [
        name for name, outcome in _outcomes("\n".join(_rest_of(lines))) if outcome == "applied"
    ]
    assert len(reported) >= 3

    new_url = _promote(standby, url)
    # Every import the drainer reported applied is on the standby, before anything else runs.
    originals = [drop.good[drop.repeats.get(name, name)] for name in reported]
    assert _bundle_ids(new_url, originals) <= set(_received(new_url) - before)

    second = _drainer(new_url, inbox)
    out, err = second.communicate(timeout=600)
    assert second.returncode == 4, err  # the tampered and non-bundle files
    # Every file was settled by one drainer or the other, and every good bundle is held
    # once: none lost with the primary, none applied twice.
    results = dict(_outcomes("\n".join(lines.seen)) + _outcomes(out))
    assert set(results) == set(drop.good) | set(drop.repeats) | set(drop.bad)
    assert not list(inbox.glob("*.fpbundle")) and not list((inbox / PROCESSING).iterdir())
    _check_every_bundle_received_once(org, new_url, before)
