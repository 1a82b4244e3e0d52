"""HQ's database over TLS, as docs/hq-server.md ("TLS to the database") tells operators to
run it: a throw-away server listening on 127.0.0.1 with ``ssl = on`` and a ``pg_hba.conf``
holding ``hostssl`` lines only, a certificate made for the test by its own authority.

The URL's libpq options reach the connection: ``sslmode=verify-full&sslrootcert=CA``
connects over TLS (the server says so in ``pg_stat_ssl``) and the HQ commands work; a
connection without TLS, and one that trusts another authority, are refused with one line
naming the database (never its password) and nothing is made.
"""

from __future__ import annotations

import datetime
import ipaddress
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sync_helpers import PASSPHRASE

import pg_server
from fieldpartner.cli import main
from pg_server import ROLE, PgServer


def _authority(name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return key, certificate


def _server_certificate(
    authority: tuple[ec.EllipticCurvePrivateKey, x509.Certificate],
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    ca_key, ca = authority
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    certificate = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    return key, certificate


def _pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class TlsServer:
    def __init__(self, server: PgServer, port: int, ca_file: Path, database: str) -> None:
        self.server, self.port, self.ca_file, self.database = server, port, ca_file, database

    def url(self, options: str) -> str:
        return f"postgresql://{ROLE}@localhost:{self.port}/{self.database}?{options}"


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsServer]:
    """A server answering TLS connections on 127.0.0.1 only, holding one empty database."""
    server = pg_server.start()
    try:
        authority = _authority("FieldPartner test database authority")
        key, certificate = _server_certificate(authority)
        data = server.folder / "data"
        (server.folder / "server.crt").write_bytes(_pem(certificate))
        (server.folder / "server.key").write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        (server.folder / "server.key").chmod(0o600)
        if server.as_user:  # root runs the tests; the server runs as its own user
            for name in ("server.crt", "server.key"):
                shutil.chown(server.folder / name, pg_server.SERVER_USER, pg_server.SERVER_USER)
        database = PgServer.database_of(server.new_database())  # made over the unix socket
        (data / "pg_hba.conf").write_text("hostssl all all 127.0.0.1/32 trust\n")  # TLS only
        server.run(str(server.bin / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        port = _free_port()
        options = (
            f"-c listen_addresses='127.0.0.1' -c port={port} -c unix_socket_directories='' "
            f"-c ssl=on -c ssl_cert_file='{server.folder / 'server.crt'}' "
            f"-c ssl_key_file='{server.folder / 'server.key'}' "
            "-c ssl_min_protocol_version=TLSv1.2 -c fsync=off"
        )
        server.run(
            str(server.bin / "pg_ctl"),
            *("-D", str(data), "-l", str(server.folder / "server.log"), "-o", options),
            *("-w", "start"),
        )
        ca_file = tmp_path_factory.mktemp("ca") / "db-ca.pem"
        ca_file.write_bytes(_pem(authority[1]))
        yield TlsServer(server, port, ca_file, database)
    finally:
        server.stop()


def test_hq_works_over_verified_tls_and_refuses_without_it(
    tls_server: TlsServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("FIELDPARTNER_PASSPHRASE", PASSPHRASE)
    verified = tls_server.url(f"sslmode=verify-full&sslrootcert={tls_server.ca_file}")

    # No TLS: the server has no line for it, and nothing is made.
    plain = tls_server.url("sslmode=disable")
    args = ["--name", "Rights Org", "--profile-out", str(tmp_path / "org.fporg")]
    args += ["--identity-backup-out", str(tmp_path / "hq-identity.txt")]
    assert main(["hq", "init", plain, *args]) != 0
    refused = capsys.readouterr().err
    assert "cannot use the HQ database" in refused and "no pg_hba.conf entry" in refused
    assert len(refused.strip().splitlines()) == 1
    assert not (tmp_path / "org.fporg").exists()

    # Another authority's certificate: libpq refuses the server before any query.
    other = tmp_path / "other-ca.pem"
    other.write_bytes(_pem(_authority("Someone else")[1]))
    wrong = tls_server.url(f"sslmode=verify-full&sslrootcert={other}")
    assert main(["hq", "init", wrong, *args]) != 0
    refused = capsys.readouterr().err
    assert "cannot use the HQ database" in refused and "certificate verify failed" in refused
    assert not (tmp_path / "org.fporg").exists()

    # Verified TLS: HQ is made and answers; the server says the connection is encrypted.
    assert main(["hq", "init", verified, *args]) == 0
    capsys.readouterr()
    assert main(["device", "list", verified, "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
    with psycopg.connect(verified) as conn:
        row = conn.execute("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        encrypted, version = row.fetchone() or (False, None)
    assert encrypted and version in ("TLSv1.2", "TLSv1.3")
