"""``vault recover PATH --escrow HQ_IDENTITY_BACKUP``: HQ opens a recovered laptop's vault
through its escrow slot and sets a new passphrase, as a subprocess."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from clirunner import Cli

from fieldpartner.cli.common import NEW_PASSPHRASE_ENV, PASSPHRASE_ENV
from fieldpartner.domain.ids import uuid7
from fieldpartner.domain.partners import add_partner
from fieldpartner.sync.escrow import escrow_to_hq
from fieldpartner.sync.identity import (
    ensure_device_identity,
    generate_identity,
    identity_backup_text,
)
from fieldpartner.sync.org import create_organisation, join_organisation
from fieldpartner.vault import Vault
from fieldpartner.vault.header import read_header

TEST_PASSPHRASE = "correct horse battery staple"
SET_BY_HQ = "passphrase set by HQ after escrow"


@pytest.fixture
def escrowed(_template_vault: tuple[Path, str], tmp_path: Path) -> tuple[Path, Path, Path]:
    """(HQ vault, device vault escrowed to HQ, HQ's identity backup), made in-process (the
    CLI's own `org create` and `org join --escrow` are tested in test_sync_cli)."""
    hq, dev = tmp_path / "HQ.fpvault", tmp_path / "Laptop.fpvault"
    shutil.copytree(_template_vault[0], hq)
    shutil.copytree(_template_vault[0], dev)
    profile, backup = tmp_path / "org.fporg", tmp_path / "hq-identity.txt"
    with Vault.unlock(hq, TEST_PASSPHRASE) as vault:
        create_organisation(vault, "Rights Org", profile, backup)
        fingerprint = ensure_device_identity(vault).fingerprint
    with Vault.unlock(dev, TEST_PASSPHRASE) as vault:
        vault.set_setting("device_id", uuid7())
        join_organisation(vault, profile, fingerprint)
        escrow_to_hq(vault)
        with vault.transaction() as session:
            add_partner(session, name="Only On The Laptop")
    return hq, dev, backup


def test_hq_sets_a_new_passphrase_through_the_escrow(
    cli: Cli, escrowed: tuple[Path, Path, Path]
) -> None:
    _hq, dev, backup = escrowed
    database = (dev / "vault.db").read_bytes()
    escrow = read_header(dev).escrow
    recovered = cli(
        "vault", "recover", dev, "--escrow", backup, env={NEW_PASSPHRASE_ENV: SET_BY_HQ}
    )
    assert recovered.code == 0, recovered.err
    assert "escrow" in recovered.out
    assert (dev / "vault.db").read_bytes() == database
    listed = cli("partner", "list", dev, env={PASSPHRASE_ENV: SET_BY_HQ})
    assert listed.code == 0 and "Only On The Laptop" in listed.out
    assert cli("partner", "list", dev, env={PASSPHRASE_ENV: TEST_PASSPHRASE}).code == 3
    assert read_header(dev).escrow == escrow, "the escrow slot keeps working"


def test_a_vault_without_escrow_exits_4_naming_it(
    cli: Cli, escrowed: tuple[Path, Path, Path]
) -> None:
    hq, _dev, backup = escrowed
    header = (hq / "vault.json").read_bytes()
    result = cli("vault", "recover", hq, "--escrow", backup, env={NEW_PASSPHRASE_ENV: SET_BY_HQ})
    assert result.code == 4
    assert len(result.error_lines) == 1 and "escrow" in result.err
    assert (hq / "vault.json").read_bytes() == header


def test_another_hq_identity_exits_3_and_changes_nothing(
    cli: Cli, escrowed: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    _hq, dev, _backup = escrowed
    stranger = tmp_path / "other-hq-identity.txt"
    stranger.write_text(identity_backup_text(generate_identity(uuid7()), "Other Org", uuid7()))
    header = (dev / "vault.json").read_bytes()
    result = cli("vault", "recover", dev, "--escrow", stranger, env={NEW_PASSPHRASE_ENV: SET_BY_HQ})
    assert result.code == 3
    assert len(result.error_lines) == 1 and "escrow" in result.err
    assert (dev / "vault.json").read_bytes() == header


def test_a_file_that_is_not_an_identity_backup_exits_4(
    cli: Cli, escrowed: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    _hq, dev, _backup = escrowed
    not_backup = tmp_path / "notes.txt"
    not_backup.write_text("just some notes\n")
    result = cli(
        "vault", "recover", dev, "--escrow", not_backup, env={NEW_PASSPHRASE_ENV: SET_BY_HQ}
    )
    assert result.code == 4 and "identity backup" in result.err


def test_escrow_and_recovery_key_file_together_are_a_usage_error(
    cli: Cli, escrowed: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    _hq, dev, backup = escrowed
    key_file = tmp_path / "key.txt"
    key_file.write_text("-".join(["ABCD"] * 13))
    result = cli("vault", "recover", dev, "--escrow", backup, "--recovery-key-file", key_file)
    assert result.code == 2
