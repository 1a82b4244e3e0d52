"""Bundle format 1: the one writer and the one reader of ``*.fpbundle`` files.

A bundle is an age v1 file (X25519 recipients) whose plaintext is a POSIX tar archive:

    records/000001.jsonl ...   revisions, one JSON object per line (see ``records``)
    attachments/<sha256>       attachment bytes, named by their SHA-256
    manifest.json              what the bundle is, from whom, to whom, and every member's hash
    manifest.sig               base64 Ed25519 signature of manifest.json's exact bytes

The manifest comes last so that the writer can stream records straight from the vault;
it is signed, and it names the SHA-256 and size of every other member, so one signature
covers everything. Neither side ever writes plaintext to disk: the writer feeds tar bytes
to pyrage's streaming encryptor through a pull reader, and the reader runs pyrage's
streaming decryptor on a worker thread that hands plaintext to the tar reader through a
bounded in-memory queue. docs/bundle-format.md documents the format for HQ's IT.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import queue
import re
import tarfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, BinaryIO

import pyrage
from pyrage import x25519

from fieldpartner.sync.errors import BundleInvalid, Cancelled, NotAddressed
from fieldpartner.sync.identity import DeviceIdentity, PublicIdentity, unb64
from fieldpartner.sync.records import Revision, load_json, parse_line

FORMAT = "fieldpartner-bundle"
VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
RECORDS_PER_MEMBER = 5000
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_MEMBER_BYTES = 1024 * 1024 * 1024
_RECORD_MEMBER = re.compile(r"records/[0-9]{6}\.jsonl")
_ATTACHMENT_MEMBER = re.compile(r"attachments/[0-9a-f]{64}")

# (stage, done, total) -> False to cancel.
Progress = Callable[[str, int, int], bool | None]


def _tick(progress: Progress | None, stage: str, done: int, total: int) -> None:
    if progress is not None and progress(stage, done, total) is False:
        raise Cancelled(f"{stage} was cancelled; nothing was written")


# --- writing ---------------------------------------------------------------------------------


class _TarProducer:
    """A pull reader over tar bytes made on demand: pyrage asks ``read(n)``, the
    generator adds the next member. Plaintext exists only in this small buffer."""

    def __init__(self, members: Iterator[None], sink: bytearray) -> None:
        self._members = members
        self._buffer = sink
        self._done = False
        self.error: BaseException | None = None

    def read(self, size: int = -1) -> bytes:
        while not self._done and (size < 0 or len(self._buffer) < size):
            try:
                next(self._members)
            except StopIteration:
                self._done = True
            except BaseException as exc:
                self.error = exc
                raise
        if size < 0:
            size = len(self._buffer)
        chunk = bytes(self._buffer[:size])
        del self._buffer[:size]
        return chunk


class _BufferSink(io.RawIOBase):
    def __init__(self, buffer: bytearray) -> None:
        self.buffer = buffer

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.buffer += data
        return len(data)


@dataclass
class BundleWriterV1:
    """Writes one bundle: records and attachments stream in, the manifest goes last."""

    sender: DeviceIdentity
    recipients: list[PublicIdentity]
    manifest: dict[str, Any]  # org_id, bundle_id, created_at, to, sequence, ... from the service
    mtime: int = 0
    progress: Progress | None = None

    def write(
        self,
        out: IO[bytes],
        revision_lines: Iterable[bytes],
        attachments: Iterable[tuple[str, bytes]],
        total_lines: int = 0,
    ) -> dict[str, Any]:
        """Encrypt the bundle into ``out``; returns the manifest written."""
        buffer = bytearray()
        producer = _TarProducer(
            self._members(buffer, revision_lines, attachments, total_lines), buffer
        )
        age_recipients = [r.age_recipient() for r in self.recipients]
        try:
            pyrage.encrypt_io(producer, out, age_recipients)
        except pyrage.EncryptError:
            # pyrage wraps what the producer raised; give the caller the original.
            if producer.error is not None:
                raise producer.error from None
            raise
        return self.manifest

    def _add(self, tar: tarfile.TarFile, name: str, data: bytes) -> dict[str, Any]:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        info.mtime = self.mtime
        info.mode = 0o600
        tar.addfile(info, io.BytesIO(data))
        return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}

    def _members(
        self,
        buffer: bytearray,
        revision_lines: Iterable[bytes],
        attachments: Iterable[tuple[str, bytes]],
        total_lines: int,
    ) -> Iterator[None]:
        tar = tarfile.open(  # noqa: SIM115 - closed when the last member is written
            fileobj=_BufferSink(buffer), mode="w|", format=tarfile.USTAR_FORMAT
        )
        members: dict[str, Any] = {}
        chunk: list[bytes] = []
        number = 0
        written = 0

        def flush_chunk() -> None:
            nonlocal number
            number += 1
            name = f"records/{number:06d}.jsonl"
            members[name] = self._add(tar, name, b"".join(chunk))
            chunk.clear()

        for line in revision_lines:
            chunk.append(line + b"\n")
            written += 1
            if len(chunk) >= RECORDS_PER_MEMBER:
                flush_chunk()
                _tick(self.progress, "records", written, total_lines)
                yield
        if chunk:
            flush_chunk()
            yield
        _tick(self.progress, "records", written, total_lines)
        for done, (sha256, data) in enumerate(attachments, 1):
            members[f"attachments/{sha256}"] = self._add(tar, f"attachments/{sha256}", data)
            _tick(self.progress, "attachments", done, 0)
            yield
        manifest = {**self.manifest, "members": members}
        manifest_bytes = json.dumps(manifest, indent=1, sort_keys=True).encode() + b"\n"
        self.manifest = manifest
        self._add(tar, MANIFEST, manifest_bytes)
        signature = base64.b64encode(self.sender.sign(manifest_bytes)) + b"\n"
        self._add(tar, SIGNATURE, signature)
        tar.close()
        yield


# --- reading ---------------------------------------------------------------------------------


_EOF = object()


class _PlaintextPipe:
    """decrypt_io writes plaintext here on a worker thread; tarfile reads it here."""

    def __init__(self) -> None:
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=32)
        self._pending = b""
        self._eof = False
        self.cancelled = False
        self.error: BaseException | None = None

    # the worker's side
    def write(self, data: bytes) -> int:
        if self.cancelled:
            raise Cancelled("reading stopped")
        self._queue.put(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def finish(self) -> None:
        self._queue.put(_EOF)

    # the reader's side
    def read(self, size: int = -1) -> bytes:
        parts = [self._pending]
        have = len(self._pending)
        while not self._eof and (size < 0 or have < size):
            item = self._queue.get()
            if item is _EOF:
                self._eof = True
                break
            parts.append(item)
            have += len(item)
        data = b"".join(parts)
        if size < 0:
            self._pending = b""
            return data
        self._pending = data[size:]
        return data[:size]

    def drain(self) -> None:
        """Stop the worker and wait for it to let go."""
        self.cancelled = True
        while not self._eof:
            if self._queue.get() is _EOF:
                self._eof = True


def _decrypt_error(exc: BaseException) -> Exception:
    message = str(exc)
    if "No matching keys" in message:
        return NotAddressed(
            "this bundle is not addressed to this vault: none of its recipients is this "
            "vault's identity (or the file's age header is damaged)"
        )
    if isinstance(exc, Cancelled):
        return exc
    return BundleInvalid(
        "the bundle is damaged, truncated or not an age-encrypted FieldPartner bundle "
        f"(age: {message.splitlines()[0] if message else type(exc).__name__})"
    )


@dataclass
class OpenedBundle:
    """A bundle decrypted and checked for integrity (not yet for trust)."""

    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: bytes
    sender: PublicIdentity
    revisions: list[tuple[Revision, bool]] = field(default_factory=list)
    attachments: dict[str, bytes] = field(default_factory=dict)

    @property
    def bundle_id(self) -> str:
        return str(self.manifest["bundle_id"])


def _member_name_ok(name: str) -> bool:
    return (
        name in (MANIFEST, SIGNATURE)
        or bool(_RECORD_MEMBER.fullmatch(name))
        or bool(_ATTACHMENT_MEMBER.fullmatch(name))
    )


class BundleReaderV1:
    """Reads one bundle: decrypt, unpack, check the signature and every hash and record."""

    def __init__(self, identities: list[x25519.Identity], progress: Progress | None = None):
        self.identities = identities
        self.progress = progress

    def read(self, source: BinaryIO) -> OpenedBundle:
        pipe = _PlaintextPipe()

        def decrypt() -> None:
            try:
                pyrage.decrypt_io(source, pipe, self.identities)
            except BaseException as exc:
                pipe.error = exc
            finally:
                pipe.finish()

        worker = threading.Thread(target=decrypt, name="bundle-decrypt", daemon=True)
        worker.start()
        try:
            contents = self._unpack(pipe)
            # Read to the end so that age checks the last chunk (truncation) and nothing
            # follows the archive.
            while True:
                rest = pipe.read(1 << 16)
                if not rest:
                    break
                if rest.strip(b"\0"):
                    raise BundleInvalid("the bundle has unexpected data after its archive")
        except BaseException as exc:
            pipe.drain()
            worker.join()
            if pipe.error is not None and not isinstance(pipe.error, Cancelled):
                raise _decrypt_error(pipe.error) from None
            if isinstance(exc, (BundleInvalid, Cancelled)):
                raise
            if isinstance(exc, Exception):
                raise BundleInvalid(f"the bundle's archive is damaged ({exc})") from None
            raise
        worker.join()
        if pipe.error is not None:
            raise _decrypt_error(pipe.error) from None
        return self._check(contents)

    def _unpack(self, pipe: _PlaintextPipe) -> dict[str, bytes]:
        contents: dict[str, bytes] = {}
        try:
            tar = tarfile.open(fileobj=pipe, mode="r|")  # type: ignore[call-overload]  # noqa: SIM115
        except tarfile.TarError as exc:
            raise BundleInvalid(f"the bundle does not hold a tar archive ({exc})") from None
        for member in tar:
            name = member.name
            if not member.isreg():
                raise BundleInvalid(f"the bundle's archive holds {name!r}, which is not a file")
            if not _member_name_ok(name):
                raise BundleInvalid(f"the bundle's archive holds an unexpected member {name!r}")
            if name in contents:
                raise BundleInvalid(f"the bundle's archive holds {name!r} twice")
            limit = MAX_MANIFEST_BYTES if name == MANIFEST else MAX_MEMBER_BYTES
            if member.size > limit:
                raise BundleInvalid(f"{name} is too large ({member.size} bytes)")
            handle = tar.extractfile(member)
            data = handle.read() if handle is not None else b""
            if len(data) != member.size:
                raise BundleInvalid(f"{name} is truncated")
            contents[name] = data
            _tick(self.progress, "reading", len(contents), 0)
        return contents

    def _check(self, contents: dict[str, bytes]) -> OpenedBundle:
        manifest_bytes = contents.pop(MANIFEST, None)
        signature_text = contents.pop(SIGNATURE, None)
        if manifest_bytes is None or signature_text is None:
            raise BundleInvalid("the bundle has no signed manifest (manifest.json, manifest.sig)")
        manifest = parse_manifest(manifest_bytes)
        sender = PublicIdentity.from_json(manifest["sender"], "manifest sender")
        signature = unb64(signature_text.strip().decode("ascii", "replace"), "manifest.sig", 64)
        if not sender.verify(signature, manifest_bytes):
            raise BundleInvalid(
                "the bundle's signature does not match its manifest: it was altered after "
                "it was signed"
            )
        members = manifest["members"]
        if set(members) != set(contents):
            missing = sorted(set(members) - set(contents))
            extra = sorted(set(contents) - set(members))
            raise BundleInvalid(
                "the bundle's members differ from its manifest"
                + (f"; missing {', '.join(missing[:3])}" if missing else "")
                + (f"; not listed {', '.join(extra[:3])}" if extra else "")
            )
        for name, data in contents.items():
            expected = members[name]
            if (
                len(data) != expected["size"]
                or hashlib.sha256(data).hexdigest() != expected["sha256"]
            ):
                raise BundleInvalid(f"{name} does not match the hash in the signed manifest")
        opened = OpenedBundle(manifest, manifest_bytes, signature, sender)
        for name in sorted(n for n in contents if n.startswith("records/")):
            lines = contents[name].split(b"\n")
            if lines[-1] != b"":
                raise BundleInvalid(f"{name} does not end with a newline")
            for number, line in enumerate(lines[:-1], 1):
                opened.revisions.append(parse_line(line, f"{name} line {number}"))
        for name in sorted(n for n in contents if n.startswith("attachments/")):
            sha256 = name.split("/", 1)[1]
            if hashlib.sha256(contents[name]).hexdigest() != sha256:
                raise BundleInvalid(f"{name} does not match its SHA-256 name")
            opened.attachments[sha256] = contents[name]
        counted = manifest["counts"]["revisions"]
        if counted != len(opened.revisions):
            raise BundleInvalid(
                f"the manifest counts {counted} revisions but the bundle holds "
                f"{len(opened.revisions)}"
            )
        return opened


# --- the manifest ------------------------------------------------------------------------


def _require(data: dict[str, Any], key: str, kind: type | tuple[type, ...], what: str) -> Any:
    value = data.get(key)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise BundleInvalid(f"manifest: {what}{key} is missing or of the wrong type")
    return value


def parse_manifest(raw: bytes) -> dict[str, Any]:
    """The manifest, checked for shape; its version first so that a newer bundle is
    reported as such rather than as damaged."""
    data = load_json(raw, "manifest.json")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BundleInvalid("manifest.json does not describe a FieldPartner bundle")
    version = data.get("version")
    if version != VERSION:
        newer = isinstance(version, int) and not isinstance(version, bool) and version > VERSION
        raise BundleInvalid(
            f"the bundle has format version {version!r}; this FieldPartner reads version "
            f"{VERSION}" + (" (it was written by a newer FieldPartner)" if newer else "")
        )
    for key in ("bundle_id", "org_id", "created_at", "to"):
        if len(_require(data, key, str, "")) > 64:
            raise BundleInvalid(f"manifest: {key} is too long")
    _require(data, "full", bool, "")
    _require(data, "sender", dict, "")
    recipients = _require(data, "recipients", list, "")
    for entry in recipients:
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise BundleInvalid("manifest: recipients must list fingerprints")
    sequence = _require(data, "sequence", dict, "")
    after = _require(sequence, "after", int, "sequence.")
    through = _require(sequence, "through", int, "sequence.")
    if not 0 <= after <= through:
        raise BundleInvalid("manifest: sequence.after must be between 0 and sequence.through")
    counts = _require(data, "counts", dict, "")
    _require(counts, "revisions", int, "counts.")
    _require(data, "acknowledgements", dict, "")
    members = _require(data, "members", dict, "")
    for name, entry in members.items():
        if not _member_name_ok(name) or name in (MANIFEST, SIGNATURE):
            raise BundleInvalid(f"manifest: unexpected member {name!r}")
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("sha256"), str)
            or not isinstance(entry.get("size"), int)
        ):
            raise BundleInvalid(f"manifest: member {name!r} needs sha256 and size")
    return data
