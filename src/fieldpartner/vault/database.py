"""What an open database offers, whichever kind holds it: a field vault (``vault.Vault``,
SQLCipher in a folder) or headquarters' database (``hq.HqDatabase``, PostgreSQL).

The sync code, the domain services, the reports, the command line and the windows work on
a ``Database``: sessions whose changes are recorded as revisions, the settings, the device
and the name, the passphrase typed again, and locking. What applies to one kind only stays
on its class, so that mypy refuses it on the other: creating, unlocking, the header,
escrow, backups and ``verify`` are a vault's; the staff and the URL are HQ's.
"""

from __future__ import annotations

import abc
import contextlib
import threading
from collections.abc import Iterator
from typing import Any, ClassVar, Self

from sqlalchemy import Engine, select
from sqlalchemy.orm import sessionmaker

from fieldpartner.domain.clock import Clock, SystemClock
from fieldpartner.domain.models import VaultSetting
from fieldpartner.domain.problems import Message
from fieldpartner.domain.revisions import RecordContext, RecordSession
from fieldpartner.vault.errors import VaultError


class Database(abc.ABC):
    """An open database. The key (``_key``) is zeroed, and every connection closed, by
    ``lock``; the object cannot be used after that."""

    # This computer's security settings (lock after no use, wipe after wrong passphrases,
    # a duress passphrase: ``vault.security``, ``vault.duress``) apply to it: a vault's.
    # HQ's database is protected by its server (docs/hq-server.md).
    local_security: ClassVar[bool] = False

    def __init__(self, engine: Engine, key: bytearray, clock: Clock | None = None) -> None:
        self._key = key
        self.clock: Clock = clock or SystemClock()
        self.engine: Engine | None = engine
        self._sessions = sessionmaker(bind=engine, class_=RecordSession, expire_on_commit=False)
        self._settings_cache: dict[str, Any] = {}

    # --- what each kind answers in its own way ------------------------------------------

    @property
    @abc.abstractmethod
    def vault_id(self) -> str:
        """The id the organisation knows this database by (a vault's, or HQ's)."""

    @property
    @abc.abstractmethod
    def name(self) -> str:
        """The name shown in the window's title."""

    @abc.abstractmethod
    def confirm_passphrase(self, passphrase: str) -> None:
        """The passphrase typed again before a security setting changes: raises
        ``WrongPassphrase`` (or a delay) unless it opens this database."""

    @abc.abstractmethod
    def _close(self, engine: Engine, *, wait: bool) -> threading.Thread | None:
        """Close every connection of ``engine`` (``lock``)."""

    # --- the state ----------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self.engine is None

    def _require_engine(self) -> Engine:
        if self.engine is None:
            raise VaultError(Message("vault_locked", "the vault is locked"))
        return self.engine

    # --- settings -----------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        if key not in self._settings_cache:
            self.read_settings((key,))
        value = self._settings_cache[key]
        return default if value is None else value

    def read_settings(self, keys: tuple[str, ...]) -> None:
        """Read these settings into the cache that ``setting`` answers from, in one query."""
        with self._sessions() as session:
            rows = session.execute(
                select(VaultSetting.key, VaultSetting.value).where(VaultSetting.key.in_(keys))
            ).all()
        found = {key: value for key, value in rows}
        for key in keys:
            self._settings_cache[key] = found.get(key)

    def _write_settings(self, values: dict[str, Any]) -> None:
        with self._sessions.begin() as session:
            for key, value in values.items():
                session.merge(VaultSetting(key=key, value=value))
        self._settings_cache.update(values)

    def set_setting(self, key: str, value: Any) -> None:
        self._write_settings({key: value})

    def refresh_settings(self) -> None:
        """Forget cached settings, after a session changed ``VaultSetting`` rows directly
        (e.g. ``domain.organisation.set_organisation``)."""
        self._settings_cache.clear()

    @property
    def device_id(self) -> str:
        return str(self.setting("device_id"))

    # --- sessions -----------------------------------------------------------------------

    def record_context(self, author: str | None = None) -> RecordContext:
        return RecordContext(
            device_id=self.device_id,
            author=author if author is not None else str(self.setting("user_name", "")),
            clock=self.clock,
        )

    def session(self, author: str | None = None) -> RecordSession:
        """A new database session whose changes are recorded as revisions."""
        self._require_engine()
        session = self._sessions()
        session.info["record_context"] = self.record_context(author)
        return session

    @contextlib.contextmanager
    def transaction(self, author: str | None = None) -> Iterator[RecordSession]:
        """A session that commits when the block ends and rolls back if it raises."""
        with self.session(author) as session, session.begin():
            yield session

    # --- locking ------------------------------------------------------------------------

    def lock(self, *, wait: bool = True) -> threading.Thread | None:
        """Refuse every statement, close every connection and zero the key; the object
        cannot be used after this.

        With ``wait`` False a vault's connections are closed on a thread of their own,
        returned (see ``engine.close_all``): the vault is locked when this returns, and
        SQLCipher wipes the memory of its connections a few tens of milliseconds later."""
        closing = None
        if self.engine is not None:
            engine, self.engine = self.engine, None
            closing = self._close(engine, wait=wait)
        for i in range(len(self._key)):
            self._key[i] = 0
        self._settings_cache.clear()
        return closing

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()
