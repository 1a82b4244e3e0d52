"""The passphrase policy: zxcvbn's estimate, the minimum score, and the explicit
acknowledgement that alone lets a weaker passphrase through."""

from __future__ import annotations

from pathlib import Path

import pytest
from vault_helpers import PASSPHRASE, file_digest, floor_kdf

from fieldpartner.vault import Vault, VaultError, change_passphrase, recover
from fieldpartner.vault.passphrase_policy import (
    MIN_SCORE,
    WeakPassphrase,
    assess_passphrase,
    check_new_passphrase,
)


@pytest.mark.parametrize("weak", ["a", "password", "aaaaaaaaaaaaaaaaaaaa", "qwertyuiop", "demo"])
def test_guessable_passphrases_score_below_the_minimum(weak: str) -> None:
    strength = assess_passphrase(weak)
    assert strength.score < MIN_SCORE
    assert not strength.acceptable
    assert strength.feedback  # the meter has something to say


def test_a_repeat_is_named_as_such_in_the_feedback() -> None:
    strength = assess_passphrase("aaaaaaaaaaaaaaaaaaaa")
    assert strength.score == 0
    assert "Repeats" in strength.warning


def test_a_few_unrelated_words_pass_without_feedback() -> None:
    strength = assess_passphrase("Blue kettle, 7 river stones")
    assert strength.score >= MIN_SCORE and strength.acceptable
    assert strength.feedback == ""


def test_words_from_the_context_make_a_passphrase_weaker() -> None:
    alone = assess_passphrase("kenyafield2026office")
    with_context = assess_passphrase(
        "kenyafield2026office", ["Kenya field 2026", "kenyafield2026office"]
    )
    assert with_context.guesses_log10 < alone.guesses_log10


def test_a_passphrase_longer_than_the_estimator_reads_is_judged_by_its_start() -> None:
    assert assess_passphrase("a" * 200).score == 0
    assert assess_passphrase("correct horse battery staple " * 5).acceptable


def test_the_rule_refuses_weak_unless_acknowledged() -> None:
    with pytest.raises(WeakPassphrase, match="at least 3") as raised:
        check_new_passphrase("password")
    assert raised.value.strength.score == 0
    assert "common" in str(raised.value)
    assert check_new_passphrase("password", accept_weak=True).score == 0
    with pytest.raises(VaultError, match="empty"):
        check_new_passphrase("", accept_weak=True)


def test_create_refuses_a_weak_passphrase_and_leaves_no_folder(tmp_path: Path) -> None:
    target = tmp_path / "Weak.fpvault"
    with pytest.raises(WeakPassphrase):
        Vault.create(target, "aaaaaaaaaaaaaaaaaaaa", kdf=floor_kdf())
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_create_refuses_the_vault_name_as_passphrase(tmp_path: Path) -> None:
    # Strong enough on its own (score 3), guessable once the vault's name is known.
    assert assess_passphrase("nairobi2026").acceptable
    with pytest.raises(WeakPassphrase):
        Vault.create(tmp_path / "Nairobi.fpvault", "nairobi2026", name="Nairobi", kdf=floor_kdf())
    assert not (tmp_path / "Nairobi.fpvault").exists()


def test_create_accepts_a_weak_passphrase_after_acknowledgement(tmp_path: Path) -> None:
    target = tmp_path / "Ack.fpvault"
    Vault.create(target, "demo", kdf=floor_kdf(), accept_weak_passphrase=True)[0].lock()
    Vault.unlock(target, "demo").lock()


def test_passwd_and_recover_refuse_a_weak_passphrase_and_change_nothing(
    vault_path: Path, recovery_key: str
) -> None:
    before = file_digest(vault_path / "vault.json")
    with pytest.raises(WeakPassphrase):
        change_passphrase(vault_path, PASSPHRASE, "password1", kdf=floor_kdf())
    with pytest.raises(WeakPassphrase):
        recover(vault_path, recovery_key, "12345678", kdf=floor_kdf())
    assert file_digest(vault_path / "vault.json") == before
    change_passphrase(
        vault_path, PASSPHRASE, "password1", kdf=floor_kdf(), accept_weak_passphrase=True
    )
    Vault.unlock(vault_path, "password1").lock()
