"""Fixtures of the Sync page tests: a small organisation made once per session and copied.

``sync_world`` gives (hq, device, folder): HQ's vault, a field vault that joined the
organisation and was enrolled by HQ through a bundle exchange, and an empty folder for
bundles. The exchanges went both ways until neither side has anything new to send. Both vaults hold the partners in ``SHARED_PARTNERS``. ``sync_org`` gives the whole
``World`` of tests/sync/sync_helpers.py (HQ and two devices, the profile and HQ's identity
backup) for tests that need a second device. ``stranger`` is a device that joined the
organisation but was never enrolled by HQ (its first bundle asks HQ to confirm it).

Everything lives in tmp paths; vaults are copies opened with their key (no KDF per test).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

# The shared helper modules of tests/sync and tests/ui (plain modules imported by name).
_TESTS = Path(__file__).resolve().parents[2]
for _folder in (_TESTS / "sync", _TESTS / "ui"):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

from sync_helpers import (  # noqa: E402
    World,
    build_world,
    import_bundle,
    new_device,
    reopen_world,
)

from fieldpartner.domain.partners import add_partner  # noqa: E402
from fieldpartner.sync.identity import ensure_device_identity  # noqa: E402
from fieldpartner.sync.org import join_organisation  # noqa: E402
from fieldpartner.vault import Vault  # noqa: E402

SHARED_PARTNERS = ("Kenya Rights Watch", "Sudan Monitors")


class SyncWorld(NamedTuple):
    hq: Vault
    device: Vault
    folder: Path


@pytest.fixture(scope="session")
def _sync_org_template(
    _template_vault: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory
) -> World:
    world = build_world(_template_vault[0], tmp_path_factory.mktemp("sync-org"), n_devices=2)
    with world.hq.transaction() as session:
        for name in SHARED_PARTNERS:
            add_partner(session, name=name, country="KE")
    for device in world.devices:
        import_bundle(device, world.send_to_device(device))
    # One more round each way, so that each side has acknowledged the other's changes and
    # neither has anything new to send: tests start from a quiet organisation.
    for device in world.devices:
        import_bundle(world.hq, world.send_to_hq(device))
    for device in world.devices:
        import_bundle(device, world.send_to_device(device))
    world.lock()
    return world


@pytest.fixture
def sync_org(_sync_org_template: World, tmp_path: Path) -> Iterator[World]:
    """HQ and two enrolled devices sharing ``SHARED_PARTNERS``, unlocked, in tmp_path."""
    opened = reopen_world(_sync_org_template, tmp_path / "org")
    yield opened
    opened.lock()


@pytest.fixture
def sync_world(sync_org: World, tmp_path: Path) -> SyncWorld:
    """(hq, device, folder for bundles): the device joined and was enrolled by HQ."""
    folder = tmp_path / "usb"
    folder.mkdir()
    return SyncWorld(sync_org.hq, sync_org.devices[0], folder)


@pytest.fixture
def stranger(_template_vault: tuple[Path, str], sync_org: World, tmp_path: Path) -> Iterator[Vault]:
    """A field vault that joined the organisation but that HQ has never enrolled."""
    device = new_device(_template_vault[0], tmp_path / "Stranger.fpvault")
    join_organisation(device, sync_org.profile, ensure_device_identity(sync_org.hq).fingerprint)
    yield device
    if not device.is_locked:
        device.lock()
