"""The duress passphrase: it shreds the real vault silently and opens a small decoy; the
header looks the same whether duress is on or off; every try costs one key derivation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from vault_helpers import PASSPHRASE, add_partners, floor_kdf, partner_names

from fieldpartner.vault import (
    Vault,
    VaultError,
    WeakPassphrase,
    WrongPassphrase,
    change_passphrase,
    recover,
)
from fieldpartner.vault import keys as vault_keys
from fieldpartner.vault.duress import SPARE_MEMBER
from fieldpartner.vault.engine import check_key, close_all, open_engine
from fieldpartner.vault.guessing import read_attempts
from fieldpartner.vault.security import disable_duress, duress_enabled, enable_duress

DURESS = "lemon tree by the old station"
REAL_SECRET = "Real Partner Under Threat"


def _with_duress(vault_path: Path) -> None:
    with Vault.unlock(vault_path, PASSPHRASE) as opened:
        add_partners(opened, REAL_SECRET)
        enable_duress(opened, DURESS, decoy_partners=("Community Radio Network",))


def test_a_new_vault_has_a_spare_slot_that_looks_the_same_on_and_off(
    tmp_path: Path,
) -> None:
    path = tmp_path / "New.fpvault"
    Vault.create(path, PASSPHRASE, kdf=floor_kdf())[0].lock()
    off = json.loads((path / "vault.json").read_text(encoding="utf-8"))
    with Vault.unlock(path, PASSPHRASE) as opened:
        enable_duress(opened, DURESS)
    on = json.loads((path / "vault.json").read_text(encoding="utf-8"))
    assert sorted(off) == sorted(on)
    assert {k: len(v) for k, v in off[SPARE_MEMBER].items()} == {
        k: len(v) for k, v in on[SPARE_MEMBER].items()
    }
    assert off[SPARE_MEMBER] != on[SPARE_MEMBER]


def test_the_duress_passphrase_opens_the_decoy_and_the_real_vault_is_gone(
    vault_path: Path, recovery_key: str
) -> None:
    _with_duress(vault_path)
    real_db = (vault_path / "vault.db").read_bytes()

    with Vault.unlock(vault_path, DURESS) as decoy:
        assert partner_names(decoy) == {"Community Radio Network"}
        assert decoy.name == "Test vault"  # the same name as the real one

    # The real vault opens with nothing: not its passphrase, not its recovery key.
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery_key(vault_path, recovery_key)
    assert (vault_path / "vault.db").read_bytes() != real_db
    assert sorted(p.name for p in vault_path.iterdir()) == [
        "attempts.json",
        "vault.db",
        "vault.json",
    ]
    # The duress passphrase keeps opening the decoy, like an ordinary passphrase.
    with Vault.unlock(vault_path, DURESS) as decoy:
        assert REAL_SECRET not in partner_names(decoy)


def test_the_real_database_key_no_longer_exists_in_any_slot(vault_path: Path) -> None:
    with Vault.unlock(vault_path, PASSPHRASE) as opened:
        real_key = bytes(opened._key)
    _with_duress(vault_path)
    Vault.unlock(vault_path, DURESS).lock()
    # The real vault.db was deleted; even a key for it would find nothing to open.
    engine = open_engine(vault_path / "vault.db", bytearray(real_key))
    try:
        with pytest.raises(WrongPassphrase):
            check_key(engine)
    finally:
        close_all(engine)


def test_the_real_passphrase_still_works_while_duress_is_on_and_after_it_is_off(
    vault_path: Path,
) -> None:
    _with_duress(vault_path)
    with Vault.unlock(vault_path, PASSPHRASE) as opened:
        assert REAL_SECRET in partner_names(opened)
        disable_duress(opened)
    assert not list((vault_path / "backups").glob("*.db"))
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, DURESS)
    with Vault.unlock(vault_path, PASSPHRASE) as opened:
        assert REAL_SECRET in partner_names(opened)


def test_the_duress_passphrase_must_differ_and_pass_the_policy(vault: Vault) -> None:
    with pytest.raises(VaultError, match="must differ"):
        enable_duress(vault, PASSPHRASE)
    with pytest.raises(WeakPassphrase):
        enable_duress(vault, "password")


def test_every_try_costs_one_derivation_whichever_passphrase(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_duress(vault_path)
    calls: list[str] = []
    real_derive = vault_keys.derive_passphrase_key

    def counting(passphrase: str, params: vault_keys.KdfParams) -> bytes:
        calls.append(passphrase)
        return real_derive(passphrase, params)

    monkeypatch.setattr(vault_keys, "derive_passphrase_key", counting)
    # The times themselves are compared by benchmarks/duress_bench.py (medians of fresh
    # copies, printed as a ratio): a timed assertion here would fail on a loaded machine.
    for label, passphrase in (("real", PASSPHRASE), ("duress", DURESS)):
        calls.clear()
        Vault.unlock(vault_path, passphrase).lock()
        assert calls == [passphrase], label
    calls.clear()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, "a wrong passphrase entirely")
    assert len(calls) == 1


@pytest.mark.parametrize("how", ["change", "recover"])
def test_a_new_passphrase_turns_duress_off_and_shreds_the_decoy(
    vault_path: Path, recovery_key: str, how: str
) -> None:
    _with_duress(vault_path)
    assert len(list((vault_path / "backups").glob("vault-*.db"))) == 1
    new = "a new one, long enough"
    if how == "change":
        change_passphrase(vault_path, PASSPHRASE, new, kdf=floor_kdf())
    else:
        recover(vault_path, recovery_key, new, kdf=floor_kdf())
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, DURESS)
    with Vault.unlock(vault_path, new) as opened:
        assert REAL_SECRET in partner_names(opened)
        # Settings says duress is off, and no orphan decoy is left for backups to copy.
        assert not duress_enabled(opened)
    assert list((vault_path / "backups").glob("vault-*.db")) == []


def test_typing_the_passphrase_again_in_an_open_vault_never_switches_to_the_decoy(
    vault_path: Path,
) -> None:
    _with_duress(vault_path)
    with Vault.unlock(vault_path, PASSPHRASE) as opened:
        opened.confirm_passphrase(PASSPHRASE)
        with pytest.raises(WrongPassphrase):
            opened.confirm_passphrase(DURESS)  # counts as wrong: the vault is open
        with pytest.raises(WrongPassphrase):
            opened.confirm_passphrase("not it at all")
        assert REAL_SECRET in partner_names(opened)
    assert read_attempts(vault_path).failures == 2
    with Vault.unlock(vault_path, PASSPHRASE) as opened:
        assert REAL_SECRET in partner_names(opened)
