"""Create, unlock, lock, change passphrase, recover; recovery keys; Argon2id parameters."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import event, select
from sqlalchemy.exc import DBAPIError
from vault_helpers import PASSPHRASE, add_partners, file_digest, floor_kdf, partner_names

from fieldpartner.domain.models import Partner
from fieldpartner.vault import (
    Vault,
    VaultError,
    VaultExists,
    VaultHeaderError,
    WrongPassphrase,
    change_passphrase,
    keys,
    recover,
)
from fieldpartner.vault import vault as vault_module
from fieldpartner.vault.header import read_header
from fieldpartner.vault.security import (
    DEFAULT_LOCK_AFTER_MINUTES,
    LOCK_AFTER_SETTING,
    security_policy,
)

ARABIC_NAME = "\u0645\u0646\u0638\u0645\u0629 \u0627\u0644\u0639\u062f\u0627\u0644\u0629"


# --- create, unlock, lock --------------------------------------------------------------


def test_data_written_after_create_is_read_back_after_unlock(tmp_path: Path) -> None:
    path = tmp_path / "New.fpvault"
    created, recovery = Vault.create(path, PASSPHRASE, name="Field 2026", kdf=floor_kdf())
    add_partners(created, "Legal Aid Centre", ARABIC_NAME)
    created.lock()

    assert sorted(p.name for p in path.iterdir()) == ["vault.db", "vault.json"]
    assert len(recovery) == 64 and recovery.count("-") == 12
    with Vault.unlock(path, PASSPHRASE) as reopened:
        assert partner_names(reopened) == {"Legal Aid Centre", ARABIC_NAME}
        assert reopened.name == "Field 2026"
        assert reopened.device_id


def test_header_and_database_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "New.fpvault"
    Vault.create(path, PASSPHRASE, kdf=floor_kdf())[0].lock()
    assert (path / "vault.json").stat().st_mode & 0o077 == 0
    assert path.stat().st_mode & 0o077 == 0


def test_create_refuses_a_folder_that_already_has_files(tmp_path: Path) -> None:
    path = tmp_path / "Busy"
    path.mkdir()
    (path / "notes.txt").write_text("mine")
    with pytest.raises(VaultExists, match="already exists"):
        Vault.create(path, PASSPHRASE, kdf=floor_kdf())
    assert [p.name for p in path.iterdir()] == ["notes.txt"]


def test_create_refuses_an_empty_passphrase(tmp_path: Path) -> None:
    with pytest.raises(VaultError, match="passphrase is empty"):
        Vault.create(tmp_path / "V.fpvault", "", kdf=floor_kdf())
    assert not (tmp_path / "V.fpvault").exists()


def test_interrupted_creation_leaves_no_folder_and_no_staging(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_upgrade(engine: object) -> None:
        raise RuntimeError("disk pulled out mid-creation")

    monkeypatch.setattr(vault_module, "upgrade_to_head", broken_upgrade)
    with pytest.raises(RuntimeError, match="disk pulled out"):
        Vault.create(tmp_path / "V.fpvault", PASSPHRASE, kdf=floor_kdf())
    assert list(tmp_path.iterdir()) == []


def test_interrupted_creation_in_an_empty_target_folder_keeps_it_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Chosen.fpvault"
    target.mkdir()

    def broken_write_header(folder: Path, header: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(vault_module, "write_header", broken_write_header)
    with pytest.raises(OSError, match="disk full"):
        Vault.create(target, PASSPHRASE, kdf=floor_kdf())
    assert [p.name for p in tmp_path.iterdir()] == ["Chosen.fpvault"]
    assert list(target.iterdir()) == []


def test_lock_makes_the_vault_unusable_and_zeroes_the_key(vault: Vault) -> None:
    add_partners(vault, "Before lock")
    key = vault._key
    assert any(key)
    vault.lock()
    assert vault.is_locked
    assert key == bytearray(len(key))
    with pytest.raises(VaultError, match="locked"):
        vault.session()
    with pytest.raises(VaultError, match="locked"):
        vault.verify()
    vault.lock()  # locking twice is harmless


def test_a_session_still_open_at_lock_cannot_read_afterwards(vault: Vault) -> None:
    add_partners(vault, "Seen before lock")
    session = vault.session()
    assert session.scalars(select(Partner.name)).all() == ["Seen before lock"]
    vault.lock()
    with pytest.raises(DBAPIError, match="closed database"):
        session.scalars(select(Partner.name)).all()
    session.close()
    assert sorted(p.name for p in vault.path.iterdir()) == ["vault.db", "vault.json"]


def test_unlock_with_the_recovery_key_opens_the_same_data(
    vault_path: Path, recovery_key: str
) -> None:
    with Vault.unlock(vault_path, PASSPHRASE) as opened:
        add_partners(opened, ARABIC_NAME)
    with Vault.unlock_with_recovery_key(vault_path, recovery_key.lower()) as by_recovery:
        assert partner_names(by_recovery) == {ARABIC_NAME}


def test_wrong_recovery_key_is_refused(vault_path: Path) -> None:
    other = keys.format_recovery_key(os.urandom(32))
    with pytest.raises(WrongPassphrase, match="recovery key does not open"):
        Vault.unlock_with_recovery_key(vault_path, other)


def test_passphrase_is_nfc_normalised(tmp_path: Path) -> None:
    composed = "caf\u00e9 \u00e0 Gen\u00e8ve"
    decomposed = "cafe\u0301 a\u0300 Gene\u0300ve"
    path = tmp_path / "V.fpvault"
    Vault.create(path, composed, kdf=floor_kdf())[0].lock()
    Vault.unlock(path, decomposed).lock()


# --- passphrase change and recovery ------------------------------------------------------


def test_passwd_rewraps_only_and_the_old_passphrase_stops_working(vault_path: Path) -> None:
    db_before = file_digest(vault_path / "vault.db")
    header_before = read_header(vault_path)

    change_passphrase(vault_path, PASSPHRASE, "a new long passphrase", kdf=floor_kdf())

    header_after = read_header(vault_path)
    assert file_digest(vault_path / "vault.db") == db_before
    assert header_after.kdf.salt != header_before.kdf.salt
    assert header_after.passphrase.nonce != header_before.passphrase.nonce
    assert header_after.recovery == header_before.recovery
    assert header_after.vault_id == header_before.vault_id
    with pytest.raises(WrongPassphrase, match="passphrase"):
        Vault.unlock(vault_path, PASSPHRASE)
    Vault.unlock(vault_path, "a new long passphrase").lock()


def test_passwd_without_parameters_calibrates_afresh(vault_path: Path) -> None:
    before = read_header(vault_path).kdf
    change_passphrase(vault_path, PASSPHRASE, "another passphrase")
    after = read_header(vault_path).kdf
    assert after.salt != before.salt
    assert after.memory_kib >= keys.MIN_MEMORY_KIB and after.iterations >= keys.MIN_ITERATIONS


def test_passwd_with_the_wrong_old_passphrase_changes_nothing(vault_path: Path) -> None:
    before = file_digest(vault_path / "vault.json")
    with pytest.raises(WrongPassphrase):
        change_passphrase(vault_path, "not it", "a new one, long enough", kdf=floor_kdf())
    assert file_digest(vault_path / "vault.json") == before


def test_passwd_refuses_an_empty_new_passphrase(vault_path: Path) -> None:
    before = file_digest(vault_path / "vault.json")
    with pytest.raises(VaultError, match="new passphrase is empty"):
        change_passphrase(vault_path, PASSPHRASE, "", kdf=floor_kdf())
    assert file_digest(vault_path / "vault.json") == before


def test_recover_with_the_recovery_key_sets_a_new_passphrase(
    vault_path: Path, recovery_key: str
) -> None:
    with Vault.unlock(vault_path, PASSPHRASE) as opened:
        add_partners(opened, "Kept through recovery")
    db_before = file_digest(vault_path / "vault.db")

    recover(vault_path, recovery_key, "forgotten no more", kdf=floor_kdf())

    assert file_digest(vault_path / "vault.db") == db_before
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, PASSPHRASE)
    with Vault.unlock(vault_path, "forgotten no more") as opened:
        assert partner_names(opened) == {"Kept through recovery"}
    # The recovery key keeps working after it was used.
    Vault.unlock_with_recovery_key(vault_path, recovery_key).lock()


def test_recover_with_a_wrong_recovery_key_changes_nothing(vault_path: Path) -> None:
    before = file_digest(vault_path / "vault.json")
    with pytest.raises(WrongPassphrase, match="recovery key"):
        recover(
            vault_path, keys.format_recovery_key(bytes(32)), "never set by anyone", kdf=floor_kdf()
        )
    assert file_digest(vault_path / "vault.json") == before


# --- recovery key text -------------------------------------------------------------------


def test_recovery_key_round_trips_and_has_thirteen_groups_of_four() -> None:
    for key in (bytes(32), b"\xff" * 32, os.urandom(32), os.urandom(32)):
        text = keys.format_recovery_key(key)
        groups = text.split("-")
        assert len(groups) == 13 and all(len(g) == 4 for g in groups)
        assert set(text) <= set(keys._CROCKFORD + "-")
        assert keys.parse_recovery_key(text) == key


def test_recovery_key_is_the_big_endian_number_in_base32() -> None:
    # 256 bits in 52 digits of 5 bits: the first digit carries only the top bit (0 or 1).
    assert keys.format_recovery_key(bytes(32)) == "-".join(["0000"] * 13)
    assert keys.format_recovery_key(b"\xff" * 32).replace("-", "") == "1" + "Z" * 51
    assert keys.format_recovery_key(bytes(31) + b"\x21").replace("-", "") == "0" * 50 + "11"
    assert keys.format_recovery_key(b"\x80" + bytes(31)).startswith("1000-")


def test_recovery_key_reading_forgives_case_spaces_and_look_alike_letters() -> None:
    key = os.urandom(32)
    text = keys.format_recovery_key(key)
    typed = " " + text.lower().replace("-", " ") + "  "
    assert keys.parse_recovery_key(typed) == key
    assert keys.parse_recovery_key(text.replace("-", "")) == key
    with_o = "O" + "0" * 51
    assert keys.parse_recovery_key(with_o) == bytes(32)
    assert keys.parse_recovery_key("0" * 50 + "iL") == keys.parse_recovery_key("0" * 50 + "11")
    assert keys.parse_recovery_key("0" * 50 + "il") == bytes(31) + b"\x21"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "52 characters .*has 0"),
        ("ABCD-EFGH", "52 characters .*has 8"),
        ("0" * 53, "52 characters .*has 53"),
        ("U" + "0" * 51, "'U'.*not in its alphabet"),
        ("0" * 51 + "!", "'!'.*not in its alphabet"),
        ("2" + "0" * 51, "first character is out of range"),
    ],
)
def test_recovery_key_reading_rejects_wrong_length_or_characters(text: str, message: str) -> None:
    with pytest.raises(WrongPassphrase, match=message):
        keys.parse_recovery_key(text)


# --- Argon2id parameters -----------------------------------------------------------------


def test_calibration_never_goes_below_the_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    # A machine so fast that the probe seems to take no time at all, then a very slow one.
    monkeypatch.setattr(keys, "derive_passphrase_key", lambda passphrase, params: bytes(32))
    for probe_seconds in (1e-9, 100.0):
        ticks = iter([0.0, probe_seconds])
        monkeypatch.setattr(keys.time, "perf_counter", lambda ticks=ticks: next(ticks))
        params = keys.calibrate()
        assert params.memory_kib >= keys.MIN_MEMORY_KIB
        assert params.iterations >= keys.MIN_ITERATIONS
        assert params.memory_kib <= keys.MAX_MEMORY_KIB
        assert params.memory_kib % 1024 == 0
        assert len(params.salt) == keys.SALT_BYTES


def test_calibration_on_this_machine_lands_at_or_above_64_mib_and_3_passes() -> None:
    params = keys.calibrate()
    assert params.memory_kib >= 64 * 1024
    assert params.iterations >= 3
    assert params.lanes == 4


def test_created_vault_stores_calibrated_parameters_at_or_above_the_floor(
    tmp_path: Path,
) -> None:
    path = tmp_path / "Calibrated.fpvault"
    Vault.create(path, PASSPHRASE)[0].lock()
    kdf = json.loads((path / "vault.json").read_text())["kdf"]
    assert kdf["name"] == "argon2id"
    assert kdf["memory_kib"] >= 65536
    assert kdf["iterations"] >= 3


def test_parameters_below_the_floor_are_never_used_to_derive() -> None:
    for weak in (
        keys.KdfParams(salt=bytes(16), memory_kib=32 * 1024),
        keys.KdfParams(salt=bytes(16), iterations=2),
        keys.KdfParams(salt=bytes(8)),
    ):
        with pytest.raises(VaultError, match=r"floor|salt"):
            keys.derive_passphrase_key(PASSPHRASE, weak)


def test_header_with_memory_below_the_floor_is_refused(vault_path: Path) -> None:
    header = json.loads((vault_path / "vault.json").read_text())
    header["kdf"]["memory_kib"] = 8 * 1024
    (vault_path / "vault.json").write_text(json.dumps(header))
    with pytest.raises(VaultHeaderError, match=r"kdf.*8192 KiB is below the floor"):
        Vault.unlock(vault_path, PASSPHRASE)


def test_header_with_iterations_below_the_floor_is_refused(vault_path: Path) -> None:
    header = json.loads((vault_path / "vault.json").read_text())
    header["kdf"]["iterations"] = 1
    (vault_path / "vault.json").write_text(json.dumps(header))
    with pytest.raises(VaultHeaderError, match="iterations 1 is below the floor"):
        Vault.unlock(vault_path, PASSPHRASE)


def test_locking_while_another_thread_reads_interrupts_it_without_crashing(vault_path) -> None:
    """The UI locks while a background read may be running: SQLite must not be closed
    under that thread (a crash); the read is interrupted and nothing more runs."""
    import threading

    from sqlalchemy import text

    from fieldpartner.vault import Vault

    vault = Vault.unlock(vault_path, PASSPHRASE)
    running = threading.Event()
    outcome: dict[str, object] = {}

    def row_reached(value: int) -> int:
        running.set()  # called by SQLite for each row: the long statement is under way
        return value

    def long_read() -> None:
        try:
            with vault.session() as session:
                raw = session.connection().connection.driver_connection
                raw.create_function("row_reached", 1, row_reached)
                outcome["value"] = session.execute(
                    text(
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                        " WHERE i < 50000000) SELECT count(row_reached(i)) FROM n"
                    )
                ).scalar()
        except Exception as exc:  # the interrupted read reports an error
            outcome["error"] = exc

    reader = threading.Thread(target=long_read)
    reader.start()
    assert running.wait(30), "the long read never started"
    vault.lock()
    reader.join(30)
    assert not reader.is_alive()
    assert "error" in outcome, "the read ran to the end after the vault was locked"
    assert vault.is_locked


def test_the_settings_a_window_reads_first_are_read_with_the_opening(vault_path: Path) -> None:
    # The main window's first turn asks for the vault's name and lock-after time; read on
    # the unlocking thread, they open no connection on the interface thread.
    opened = Vault.unlock(vault_path, PASSPHRASE)
    try:
        statements: list[str] = []
        event.listen(
            opened.engine,
            "before_cursor_execute",
            lambda _conn, _cursor, statement, *_rest: statements.append(statement),
        )
        assert opened.name and opened.device_id
        assert security_policy(opened).lock_after_minutes == DEFAULT_LOCK_AFTER_MINUTES
        assert statements == []
        opened.set_setting(LOCK_AFTER_SETTING, 7)  # a change is still seen at once
        assert security_policy(opened).lock_after_minutes == 7
    finally:
        opened.lock()
