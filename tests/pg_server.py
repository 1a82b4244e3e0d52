"""A throw-away PostgreSQL server for the HQ tests (tests/conftest.py's ``pg_server``).

Debian's ``initdb`` and ``pg_ctl`` (``/usr/lib/postgresql/*/bin``) make a cluster in a fresh
folder, listening on a unix socket in that folder only (no TCP port); it is stopped and the
folder deleted at the end of the session. PostgreSQL refuses to run as root: under root (CI)
the server runs as the ``postgres`` system user, which owns the folder.

Without PostgreSQL's binaries (or psycopg) the tests that need it skip, saying why; where the
environment variable ``CI`` is set they fail instead: CI must run them.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SERVER_USER = "postgres"  # the system user Debian's package creates
ROLE = "fieldpartner"  # the cluster's superuser, trusted on the socket only


def binaries() -> Path | None:
    """The newest installed ``/usr/lib/postgresql/N/bin`` holding initdb and pg_ctl."""
    found = [
        p.parent
        for p in Path("/usr/lib/postgresql").glob("*/bin/initdb")
        if (p.parent / "pg_ctl").exists()
    ]

    def version(path: Path) -> tuple[int, ...]:
        return tuple(int(x) for x in path.parent.name.split(".") if x.isdigit())

    return max(found, key=version) if found else None


def unavailable(reason: str) -> None:
    """Skip, or fail under CI, with ``reason``."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must run the PostgreSQL tests (./bootstrap installs it)")
    pytest.skip(reason)


@dataclass
class PgServer:
    folder: Path
    bin: Path
    as_user: list[str]
    counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def socket_dir(self) -> Path:
        return self.folder

    def url(self, database: str) -> str:
        return f"postgresql://{ROLE}@/{database}?host={self.socket_dir}"

    @staticmethod
    def database_of(url: str) -> str:
        """The database's name in a URL made by ``url``."""
        return url.split("@/", 1)[1].split("?", 1)[0]

    def _admin(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir), dbname="postgres", user=ROLE, autocommit=True
        ) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def login(self, url: str, person: str, *, read_only: bool = False) -> str:
        """The URL of ``url``'s database for the PostgreSQL login ``person`` (made if new),
        granted what a programme officer's login needs, or SELECT only
        (docs/hq-server.md)."""
        import psycopg

        database = self.database_of(url)
        with psycopg.connect(
            host=str(self.socket_dir), dbname=database, user=ROLE, autocommit=True
        ) as conn:
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (person,))
            if exists.fetchone() is None:
                conn.execute(f'CREATE ROLE "{person}" LOGIN')  # type: ignore[arg-type]
            rows = "SELECT" if read_only else "SELECT, INSERT, UPDATE, DELETE"
            for grant in (
                f'GRANT {rows} ON ALL TABLES IN SCHEMA public TO "{person}"',
                f'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "{person}"',
                f'GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO "{person}"',
            ):
                conn.execute(grant)  # type: ignore[arg-type]
        return url.replace(f"{ROLE}@", f"{person}@", 1)

    def new_database(self, template: str | None = None) -> str:
        """A new empty database (or a copy of ``template``); returns its URL."""
        name = f"fp_{os.getpid()}_{next(self.counter)}"
        copy = f" TEMPLATE {template}" if template else ""
        self._admin(f"CREATE DATABASE {name}{copy}")
        return self.url(name)

    def run(self, *args: str) -> None:
        subprocess.run(
            [*self.as_user, *args], check=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )

    def stop(self) -> None:
        try:
            self.run(
                str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "stop"
            )
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def start() -> PgServer:
    """Start a new cluster in a new folder of the system's temporary directory (which the
    server's user can reach; pytest's own folders are private to the user running it)."""
    bin_dir = binaries()
    if bin_dir is None:
        unavailable("no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb)")
    assert bin_dir is not None
    try:
        import psycopg  # noqa: F401
    except ImportError:
        unavailable("psycopg is not installed (pip install -r requirements/dev.lock)")
    folder = Path(tempfile.mkdtemp(prefix="fp-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        import pwd  # only where root runs the tests (Unix)

        try:
            user = pwd.getpwnam(SERVER_USER)
        except KeyError:
            shutil.rmtree(folder)
            unavailable(f"running as root and there is no {SERVER_USER!r} user to run the server")
            raise
        os.chown(folder, user.pw_uid, user.pw_gid)
        as_user = ["runuser", "-u", SERVER_USER, "--"]
    folder.chmod(0o700)
    server = PgServer(folder, bin_dir, as_user)
    data = folder / "data"
    try:
        server.run(
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            ROLE,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",  # lower() folds every script only under a UTF-8 locale
        )
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{folder}' "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=60"
        )
        server.run(
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(folder / "server.log"),
            "-o",
            options,
            "-w",
            "start",
        )
    except subprocess.CalledProcessError as exc:
        log = exc.stdout.decode(errors="replace") if exc.stdout else ""
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(f"the throw-away PostgreSQL did not start: {log[-2000:]}")
    return server
