"""Fixtures of the report tests: the small demo vault, made once per module."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from report_helpers import PASSPHRASE

from fieldpartner.domain.demo import populate_demo
from fieldpartner.vault import Vault


@pytest.fixture(scope="module")
def demo_vault(
    _template_vault: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Vault]:
    """The small demo vault, made once per module; tests only read it."""
    target = tmp_path_factory.mktemp("reports") / "Demo.fpvault"
    shutil.copytree(_template_vault[0], target)
    vault = Vault.unlock(target, PASSPHRASE)
    populate_demo(vault, "small")
    yield vault
    vault.lock()
