"""Headquarters' database on PostgreSQL: the same models, migrations and services as a vault.

``HqDatabase`` is a ``Database`` (``database``: ``session``, ``transaction``, ``setting``,
``device_id``, ``clock``, ``lock``), as a ``Vault`` is, so importing and exporting bundles,
devices, conflicts, partners, exports and reports run unchanged against it. It is not a
``Vault``: what only a vault has (its folder, header, escrow slot, backups, ``verify``) is
not on it. It is opened from a ``postgresql://…`` URL and a passphrase.

The database is protected by PostgreSQL (roles, TLS, the disk's encryption:
docs/hq-server.md), not by a key of its own; but HQ's age and signing secrets are never
stored in it in clear. Settings named in ``SEALED_SETTINGS`` are sealed (ChaCha20-Poly1305)
under a random 32-byte key, itself wrapped, as a vault's database key, under a key derived
with Argon2id from the passphrase (``keys``); the wrapped key and its Argon2id parameters are
the setting ``hq.key``. A copy of the database (a dump, a replica) opens HQ's bundles only
with the passphrase. Wrong passphrases meet a vault's delay (``guessing``), the run counted
per login in the database itself (``_try_passphrase``).
"""

from __future__ import annotations

import base64
import contextlib
import getpass
import hmac
import json
import os
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from sqlalchemy import Engine, delete, insert, inspect, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import DBAPIError

from fieldpartner.domain.clock import Clock, SystemClock
from fieldpartner.domain.ids import uuid7
from fieldpartner.domain.models import Base, VaultSetting
from fieldpartner.domain.problems import Message
from fieldpartner.domain.revisions import RecordContext, RecordSession
from fieldpartner.domain.staff import STAFF_KEY, Staff, role_of
from fieldpartner.vault import keys, postgresql
from fieldpartner.vault.database import Database
from fieldpartner.vault.errors import VaultDatabaseError, VaultError, VaultExists, WrongPassphrase
from fieldpartner.vault.guessing import Attempts, UnlockDelayed, attempts_from_json
from fieldpartner.vault.migrate import alembic_config, current_revision, head_revision
from fieldpartner.vault.passphrase_policy import check_new_passphrase
from fieldpartner.vault.vault import Vault

KEY_SETTING = "hq.key"
# Followed by a login's name: that login's run of wrong passphrases (``guessing.Attempts``).
ATTEMPTS_SETTING_PREFIX = "hq.attempts."
# Settings holding secrets: sealed under the HQ key, never in clear in the database.
SEALED_SETTINGS = frozenset({"sync.identity"})
_SLOT = "hq-passphrase"
_FORMAT = 1


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise VaultDatabaseError(
            Message("hq_setting_damaged", "the setting {setting} is damaged", setting=KEY_SETTING)
        )
    return base64.b64decode(text)


class HqDatabase(Database):
    """An open HQ database. Obtain one with ``HqDatabase.make`` or ``HqDatabase.open``.

    Not a ``Vault``: it has no folder, header, escrow slot or backups, and is neither
    created nor unlocked as a vault is (``make`` and ``open`` are its own)."""

    def __init__(
        self, url: str, engine: Engine, key: bytearray, clock: Clock | None = None
    ) -> None:
        # ``key`` seals SEALED_SETTINGS.
        super().__init__(engine, key, clock)
        self.url = url
        # Where the database is, without its password: what a window shows in the place
        # of a vault's folder. Not a folder: nothing is read or written under it.
        self.path = Path(postgresql.display_url(url))
        self.person, self.owner = _person_and_owner(engine, url)

    # --- who is connected ---------------------------------------------------------------

    def staff(self) -> Staff:
        """The person connected (their PostgreSQL login) and their role, read now (an
        administrator's change applies to the next transaction)."""
        with self._sessions() as fresh:
            return Staff(self.person, role_of(fresh, self.person, self.owner))

    def record_context(self, author: str | None = None) -> RecordContext:
        """Every change is authored by the person connected, never a shared name."""
        return super().record_context(self.person if author is None else author)

    def session(self, author: str | None = None) -> RecordSession:
        session = super().session(author)
        session.info[STAFF_KEY] = self.staff()
        return session

    # --- creating and opening ---------------------------------------------------------

    @classmethod
    def make(
        cls,
        url: str,
        passphrase: str,
        *,
        name: str,
        author: str | None = None,
        kdf: keys.KdfParams | None = None,
        clock: Clock | None = None,
        accept_weak_passphrase: bool = False,
        settings: dict[str, Any] | None = None,
    ) -> HqDatabase:
        """Make the schema in an empty database and HQ's key; returns it open.

        ``settings`` (a moved vault's) are written instead of a new device id and name."""
        if not passphrase:
            raise VaultError(Message("passphrase_empty", "the passphrase is empty"))
        check_new_passphrase(
            passphrase, accept_weak=accept_weak_passphrase, context=(name, author or "")
        )
        engine = postgresql.open_engine(url)
        try:
            _require_empty(engine, url)
            kdf = kdf or keys.calibrate()
            database_id = str(uuid7())
            key = bytearray(os.urandom(keys.KEY_BYTES))
            pass_key = keys.derive_passphrase_key(passphrase, kdf)
            nonce, wrapped = keys.wrap(pass_key, bytes(key), database_id, _SLOT)
            _upgrade(engine)
            hq = cls(url, engine, key, clock)
            values: dict[str, Any] = (
                dict(settings)
                if settings is not None
                else {
                    "device_id": uuid7(),
                    "vault_name": name,
                    "user_name": author if author is not None else _login_name(),
                }
            )
            hq._write_settings(
                {
                    KEY_SETTING: {
                        "format": _FORMAT,
                        "database_id": database_id,
                        "kdf": {
                            "salt": _b64(kdf.salt),
                            "memory_kib": kdf.memory_kib,
                            "iterations": kdf.iterations,
                            "lanes": kdf.lanes,
                        },
                        "nonce": _b64(nonce),
                        "wrapped": _b64(wrapped),
                    }
                }
            )
            hq._write_settings(values)  # after the key: sealed ones need it
        except BaseException:
            engine.dispose()
            raise
        return hq

    @classmethod
    def open(
        cls, url: str, passphrase: str, *, clock: Clock | None = None, migrate: bool = True
    ) -> HqDatabase:
        engine = postgresql.open_engine(url)
        try:
            stored = _key_setting(engine, url)
            key = bytearray(_try_passphrase(engine, url, stored, passphrase, clock))
            hq = cls(url, engine, key, clock)
            if migrate:
                hq._migrate()
        except BaseException:
            engine.dispose()
            raise
        return hq

    def _migrate(self) -> None:
        engine = self._require_engine()
        current = current_revision(engine)
        if current == head_revision():
            return
        if current is not None and current not in _known():
            raise VaultDatabaseError(
                Message(
                    "hq_schema_unknown",
                    "the HQ database's schema is at migration {revision}, which this "
                    "FieldPartner does not know (it was upgraded by a newer version)",
                    revision=current,
                )
            )
        _upgrade(engine)

    # --- what differs from a vault -------------------------------------------------------

    @property
    def vault_id(self) -> str:
        return str(self._key_setting()["database_id"])

    @property
    def name(self) -> str:
        return str(self.setting("vault_name", "HQ"))

    def _key_setting(self) -> dict[str, Any]:
        value = Database.setting(self, KEY_SETTING)
        if not isinstance(value, dict):
            raise VaultDatabaseError(
                Message(
                    "hq_setting_missing", "the setting {setting} is missing", setting=KEY_SETTING
                )
            )
        return value

    def setting(self, key: str, default: Any = None) -> Any:
        value = super().setting(key, default)
        if key in SEALED_SETTINGS and isinstance(value, dict) and "sealed" in value:
            return self._open_sealed(key, value)
        return value

    def _write_settings(self, values: dict[str, Any]) -> None:
        stored = {
            key: self._seal(key, value) if key in SEALED_SETTINGS and value is not None else value
            for key, value in values.items()
        }
        super()._write_settings(stored)

    def _aead(self) -> ChaCha20Poly1305:
        if not any(self._key):
            raise VaultError(Message("hq_closed", "the HQ database is closed"))
        return ChaCha20Poly1305(bytes(self._key))

    def _associated(self, key: str) -> bytes:
        return f"fieldpartner-hq:1:{self.vault_id}:setting:{key}".encode()

    def _seal(self, key: str, value: Any) -> dict[str, Any]:
        nonce = os.urandom(keys.NONCE_BYTES)
        plain = json.dumps(value, ensure_ascii=False, sort_keys=True).encode()
        sealed = self._aead().encrypt(nonce, plain, self._associated(key))
        return {"sealed": _b64(nonce + sealed)}

    def _open_sealed(self, key: str, value: dict[str, Any]) -> Any:
        raw = _unb64(value["sealed"])
        try:
            plain = self._aead().decrypt(
                raw[: keys.NONCE_BYTES], raw[keys.NONCE_BYTES :], self._associated(key)
            )
        except InvalidTag:
            raise VaultDatabaseError(
                Message(
                    "hq_sealed_setting_altered",
                    "the sealed setting {setting} does not open with HQ's key (it was altered)",
                    setting=key,
                )
            ) from None
        return json.loads(plain)

    def confirm_passphrase(self, passphrase: str) -> None:
        """A try like any other: the delay earned by this login's wrong ones applies."""
        engine = self._require_engine()
        key = _try_passphrase(engine, self.url, self._key_setting(), passphrase, self.clock)
        if not hmac.compare_digest(key, bytes(self._key)):
            raise WrongPassphrase(keys.PASSPHRASE_REFUSED)

    def _close(self, engine: Engine, *, wait: bool) -> threading.Thread | None:
        engine.dispose()
        return None


# --- helpers ------------------------------------------------------------------------------------


def _person_and_owner(engine: Engine, url: str) -> tuple[str, str]:
    """The login connected (``session_user``) and the database's owner."""
    try:
        with engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT session_user, pg_get_userbyid(datdba) FROM pg_database "
                "WHERE datname = current_database()"
            ).one()
    except DBAPIError as exc:
        raise _connect_failure(url, exc) from None
    return str(row[0]), str(row[1])


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return ""


def _known() -> set[str]:
    from fieldpartner.vault.migrate import known_revisions

    return known_revisions()


def _upgrade(engine: Engine) -> None:
    """The migrations to head in one transaction, with the SQL functions they and the
    queries use first and the foreign keys made deferrable after."""
    from alembic import command

    with engine.begin() as conn:
        postgresql.install_functions(conn)
        command.upgrade(alembic_config(conn), "head")
        postgresql.make_deferrable(conn)


def _connect_failure(url: str, exc: DBAPIError) -> VaultDatabaseError:
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    return VaultDatabaseError(
        Message(
            "hq_unusable",
            "cannot use the HQ database {url}: {reason}",
            url=postgresql.display_url(url),
            reason=reason,
        )
    )


def _require_empty(engine: Engine, url: str) -> None:
    try:
        with engine.connect() as conn:
            tables = inspect(conn).get_table_names()
    except DBAPIError as exc:
        raise _connect_failure(url, exc) from None
    if tables:
        raise VaultExists(
            Message(
                "hq_database_not_empty",
                "the database {url} already holds tables ({tables}…); HQ is made in an "
                "empty database",
                url=postgresql.display_url(url),
                tables=", ".join(sorted(tables)[:3]),
            )
        )


def _key_setting(engine: Engine, url: str) -> dict[str, Any]:
    try:
        with engine.connect() as conn:
            tables = inspect(conn).get_table_names()
            row = None
            if "vault_settings" in tables:
                row = conn.execute(
                    select(VaultSetting.value).where(VaultSetting.key == KEY_SETTING)
                ).scalar()
    except DBAPIError as exc:
        raise _connect_failure(url, exc) from None
    if not isinstance(row, dict):
        raise VaultDatabaseError(
            Message(
                "hq_not_hq_database",
                "{url} is not a FieldPartner HQ database (make one with `fieldpartner-cli "
                "hq init`)",
                url=postgresql.display_url(url),
            )
        )
    return row


# --- wrong passphrases ---------------------------------------------------------------------------


def attempts_setting(person: str) -> str:
    """The setting holding the run of wrong HQ passphrases tried by the login ``person``."""
    return f"{ATTEMPTS_SETTING_PREFIX}{person}"


def _read_attempts(engine: Engine, person: str) -> Attempts:
    with engine.connect() as conn:
        value = conn.execute(
            select(VaultSetting.value).where(VaultSetting.key == attempts_setting(person))
        ).scalar()
    return Attempts() if value is None else attempts_from_json(value)


def _write_attempts(engine: Engine, person: str, attempts: Attempts) -> None:
    """Store the run in one statement of its own. A login that may not write (a viewer
    with SELECT only, a connection to a read-only standby) is not counted: the
    passphrase is refused all the same (docs/hq-server.md, "Wrong HQ passphrases")."""
    value = replace(attempts, wipe_after=None).to_json()  # HQ is never wiped
    statement = pg_insert(VaultSetting).values(key=attempts_setting(person), value=value)
    statement = statement.on_conflict_do_update(
        index_elements=[VaultSetting.key], set_={"value": statement.excluded.value}
    )
    with contextlib.suppress(DBAPIError), engine.begin() as conn:
        conn.execute(statement)


def _try_passphrase(
    engine: Engine, url: str, stored: dict[str, Any], passphrase: str, clock: Clock | None
) -> bytes:
    """The one door for an HQ passphrase guess, with the vault's rule (``guessing``):
    the delay earned by this login's earlier wrong passphrases is waited out before any
    key is derived, a wrong one is counted, a right one resets the count. The count is
    the connected login's (``session_user``), kept in the database, so it holds on every
    machine that login uses and one person's mistakes never delay another's."""
    now = (clock or SystemClock()).now()
    person, _ = _person_and_owner(engine, url)
    attempts = _read_attempts(engine, person)
    wait = attempts.seconds_to_wait(now)
    if wait > 0:
        raise UnlockDelayed(wait, attempts.failures)
    try:
        key = _unwrap(stored, passphrase)
    except WrongPassphrase:
        _write_attempts(engine, person, attempts.failed(now))
        raise
    if attempts.failures:
        _write_attempts(engine, person, attempts.succeeded())
    return key


def _unwrap(stored: dict[str, Any], passphrase: str) -> bytes:
    if stored.get("format") != _FORMAT:
        raise VaultDatabaseError(
            Message(
                "hq_setting_unknown_format",
                "the setting {setting} has an unknown format",
                setting=KEY_SETTING,
            )
        )
    kdf_data = stored.get("kdf") or {}
    try:
        kdf = keys.KdfParams(
            salt=_unb64(kdf_data.get("salt")),
            memory_kib=int(kdf_data["memory_kib"]),
            iterations=int(kdf_data["iterations"]),
            lanes=int(kdf_data["lanes"]),
        )
    except (KeyError, TypeError, ValueError):
        raise VaultDatabaseError(
            Message("hq_setting_damaged", "the setting {setting} is damaged", setting=KEY_SETTING)
        ) from None
    pass_key = keys.derive_passphrase_key(passphrase, kdf)
    try:
        return keys.unwrap(
            pass_key,
            _unb64(stored.get("nonce")),
            _unb64(stored.get("wrapped")),
            str(stored.get("database_id")),
            _SLOT,
        )
    except WrongPassphrase:
        raise WrongPassphrase(
            Message("hq_wrong_passphrase", "the passphrase does not open this HQ database")
        ) from None


# --- moving an HQ vault into PostgreSQL -------------------------------------------------------


def move_vault(
    vault: Vault,
    url: str,
    passphrase: str,
    *,
    kdf: keys.KdfParams | None = None,
    accept_weak_passphrase: bool = False,
) -> HqDatabase:
    """A new HQ database holding everything ``vault`` holds (records, revisions, devices,
    conflicts, history, settings and HQ's identity, sealed). The records are copied in one
    transaction; on a failure HQ's key is removed again, so the database cannot be opened
    as HQ (drop it, or empty it, and run the move again). The vault is left as it was."""
    source = vault._require_engine()
    with vault.session() as session:
        settings = {row.key: row.value for row in session.scalars(select(VaultSetting))}
    missing = [t for t in inspect(source).get_table_names() if t not in Base.metadata.tables]
    missing = [t for t in missing if t != "alembic_version"]
    if missing:
        raise VaultError(
            Message(
                "hq_unknown_tables",
                "the vault holds tables this FieldPartner does not know: {tables}",
                tables=", ".join(missing),
            )
        )
    hq = HqDatabase.make(
        url,
        passphrase,
        name=str(settings.get("vault_name", vault.name)),
        kdf=kdf,
        clock=vault.clock,
        accept_weak_passphrase=accept_weak_passphrase,
        settings={},
    )
    try:
        target = hq._require_engine()
        with source.connect() as read, target.begin() as write:
            write.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
            for table in Base.metadata.sorted_tables:
                if table.name == VaultSetting.__tablename__:
                    continue
                rows = read.execution_options(yield_per=2000).execute(select(table))
                for part in rows.mappings().partitions():
                    write.execute(insert(table), [dict(row) for row in part])
            postgresql.reset_sequences(write)
        hq.refresh_settings()
        hq._write_settings({k: v for k, v in settings.items() if k != KEY_SETTING})
    except BaseException:
        try:
            with hq._require_engine().begin() as conn:
                conn.execute(delete(VaultSetting).where(VaultSetting.key == KEY_SETTING))
        finally:
            hq.lock()
        raise
    return hq


__all__ = ["HqDatabase", "move_vault"]
