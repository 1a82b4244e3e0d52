"""``fieldpartner-cli hq drain`` on an HQ database in PostgreSQL (tests/pg_server.py): four
drainer processes at once on one inbox, as tests/cli/test_hq_drain_cli.py does on an HQ vault.

HQ is moved to the database with ``hq init URL --from-vault``. Every good bundle must be
applied exactly once (one reception in HQ's bundle history), each repeated file be a
duplicate, each bad one end in refused/ with a reason, and the final export equal a single
drainer's on a fresh copy of the same database.
"""

from __future__ import annotations

import random
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

_CLI_TESTS = Path(__file__).resolve().parents[1] / "cli"
if str(_CLI_TESTS) not in sys.path:
    sys.path.insert(0, str(_CLI_TESTS))

from test_hq_drain_cli import (  # noqa: E402
    PER_DEVICE,
    Org,
    _build_org,
    _check_drained,
    _cli,
    _drainer,
    _exported,
    _fill,
    _outcomes,
    _received,
)

from pg_server import PgServer  # noqa: E402


@pytest.fixture(scope="module")
def org(_template_vault: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> Org:
    """A locked HQ vault and the 40 bundles its four devices sent it."""
    return _build_org(_template_vault[0], tmp_path_factory.mktemp("org"), PER_DEVICE)


def _hq_on_postgresql(org: Org, pg_server: PgServer, folder: Path) -> tuple[str, str]:
    """Two databases holding the same HQ, moved from a copy of the organisation's vault."""
    vault = folder / "HQ.fpvault"
    shutil.copytree(org.hq, vault)
    url = pg_server.new_database()
    moved = _cli("hq", "init", url, "--from-vault", vault)
    assert moved.returncode == 0, moved.stderr
    return url, pg_server.new_database(template=PgServer.database_of(url))


def _four_drainers_then_one(
    org: Org, pg_server: PgServer, tmp_path: Path, *, repeats: int, tampered: int
) -> None:
    rng = random.Random(16)
    inbox, alone = tmp_path / "inbox", tmp_path / "alone"
    drop = _fill(org, inbox, rng, repeats=repeats, tampered=tampered)
    shutil.copytree(inbox, alone)
    url, reference = _hq_on_postgresql(org, pg_server, tmp_path)
    before = _received(url)

    drainers = [_drainer(url, inbox) for _ in range(4)]
    outputs = [proc.communicate(timeout=600) for proc in drainers]
    for proc, (out, err) in zip(drainers, outputs, strict=True):
        assert proc.returncode in (0, 4), err
        assert out.splitlines()[-1].startswith("drained: "), out
        assert err == "", err  # no lock or serialisation error surfaced
    lines = [pair for out, _err in outputs for pair in _outcomes(out)]
    names = [name for name, _outcome in lines]
    assert len(names) == len(set(names)), "a file was handled by two drainers"
    results = dict(lines)
    _check_drained(inbox, drop, results)

    received = _received(url) - before
    assert len(received) == len(org.bundles) and set(received.values()) == {1}

    single = _drainer(reference, alone)
    out, err = single.communicate(timeout=600)
    assert single.returncode == 4, err  # some bundles refused
    assert Counter(outcome for _name, outcome in _outcomes(out)) == Counter(results.values())
    four = _exported(url, tmp_path / "four.json")
    assert four == _exported(reference, tmp_path / "one.json")


def test_four_drainers_on_postgresql_apply_each_bundle_once_like_a_single_drainer(
    org: Org,
    pg_server: PgServer,
    tmp_path: Path,
) -> None:
    _four_drainers_then_one(org, pg_server, tmp_path, repeats=8, tampered=6)


@pytest.mark.slow
def test_four_drainers_on_postgresql_with_two_hundred_bundles(
    _template_vault: tuple[Path, str], pg_server: PgServer, tmp_path: Path
) -> None:
    big = _build_org(_template_vault[0], tmp_path / "org", per_device=50)
    assert len(big.bundles) == 200
    _four_drainers_then_one(big, pg_server, tmp_path, repeats=30, tampered=20)
