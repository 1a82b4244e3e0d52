"""HQ on PostgreSQL: the tests share the sync tests' helpers (an organisation of vaults)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))

from collections.abc import Iterator

import pytest
from sync_helpers import World, build_shared_world, reopen_world


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
