"""A drain cut by a failover: HQ's database on a primary with a streaming standby
(``pg_basebackup -R``); the primary stops while ``hq drain`` runs, the standby is promoted
(``pg_ctl promote``), and a drainer given the standby's URL finishes the inbox. No bundle is
lost or applied twice.

The primary is stopped cleanly (``pg_ctl stop -m fast``, which sends the standby every
record it wrote): the test servers run without synchronous replication, and a primary that
crashes may not have sent the last imports it acknowledged (docs/hq-server.md).
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_CLI_TESTS = Path(__file__).resolve().parents[1] / "cli"
if str(_CLI_TESTS) not in sys.path:
    sys.path.insert(0, str(_CLI_TESTS))

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


def test_a_drain_cut_by_a_failover_resumes_on_the_promoted_standby(
    org: Org, pair: tuple[PgServer, PgServer], tmp_path: Path
) -> None:
    primary, standby = pair
    vault = shutil.copytree(org.hq, tmp_path / "HQ.fpvault")
    url = primary.new_database()
    moved = _cli("hq", "init", url, "--from-vault", vault)
    assert moved.returncode == 0, moved.stderr
    before = _received(url)
    inbox = tmp_path / "inbox"
    drop = _fill(org, inbox, random.Random(3), repeats=2, tampered=1)

    first = _drainer(url, inbox)
    lines = _Lines(first)
    lines.until("applied: ")
    primary.run(
        str(primary.bin / "pg_ctl"), "-D", str(primary.folder / "data"), "-m", "fast", "stop"
    )
    first.wait(timeout=120)
    assert first.stderr is not None
    first_err = first.stderr.read()
    assert first.returncode == 1, first_err  # the database went away: a failure, not a refusal
    standby.run(str(standby.bin / "pg_ctl"), "-D", str(standby.folder / "data"), "-w", "promote")

    new_url = standby.url(PgServer.database_of(url))
    second = _drainer(new_url, inbox)
    out, err = second.communicate(timeout=600)
    assert second.returncode == 4, err  # the tampered and non-bundle files
    while (line := lines.queue.get(timeout=60)) is not None:
        lines.seen.append(line)
    assert lines.seen[-1].startswith("drained: "), first_err
    results = dict(_outcomes("\n".join(lines.seen)) + _outcomes(out))
    assert set(results) == set(drop.good) | set(drop.repeats) | set(drop.bad)
    for name in drop.bad:
        assert results[name] == "refused", name
    assert {results[name] for name in [*drop.good, *drop.repeats]} <= {"applied", "duplicate"}
    received = _received(new_url) - before
    assert len(received) == len(org.bundles) and set(received.values()) == {1}
