"""HQ on PostgreSQL: the tests share the sync tests' helpers (an organisation of vaults)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "vault"))

import os
from collections.abc import Iterator

import pytest
from sync_helpers import PASSPHRASE, World, build_shared_world, reopen_world

from fieldpartner.domain.clock import FixedClock
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.staff import OFFICER, VIEWER, set_role
from fieldpartner.sync.org import create_organisation
from fieldpartner.vault.hq import HqDatabase
from fieldpartner.vault.keys import KdfParams
from pg_server import PgServer


@pytest.fixture(scope="session")
def hq_world_template(
    _template_vault: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory
) -> World:
    """HQ (a vault) and two devices, two partners everywhere, one device's edit in HQ."""
    return build_shared_world(_template_vault[0], tmp_path_factory.mktemp("hqworld"), 2)


@pytest.fixture
def hq_world(hq_world_template: World, tmp_path: Path) -> Iterator[World]:
    opened = reopen_world(hq_world_template, tmp_path / "world")
    yield opened
    opened.lock()


@pytest.fixture
def staffed(hq_url: str, pg_server: PgServer, tmp_path: Path) -> dict[str, str]:
    """An HQ database (made by the owner) with a partner, and the URLs of four logins: the
    owner, amina and bruno (programme officers) and vera (a viewer, SELECT only)."""
    hq = HqDatabase.make(
        hq_url, PASSPHRASE, name="HQ", kdf=KdfParams(salt=os.urandom(16)), clock=FixedClock()
    )
    try:
        create_organisation(hq, "Test Org", tmp_path / "org.fporg", tmp_path / "hq-id.txt")
        with hq.transaction() as session:
            add_partner(session, name="Kenya Rights Watch", country="KE")
            set_role(session, "amina", OFFICER)
            set_role(session, "bruno", OFFICER)
            set_role(session, "vera", VIEWER)
    finally:
        hq.lock()
    return {
        "owner": hq_url,
        "amina": pg_server.login(hq_url, "amina"),
        "bruno": pg_server.login(hq_url, "bruno"),
        "vera": pg_server.login(hq_url, "vera", read_only=True),
    }
