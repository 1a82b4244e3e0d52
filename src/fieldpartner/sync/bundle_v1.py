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
import dataclasses
import hashlib
import io
import json
import queue
import re
import tarfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Annotated, Any, BinaryIO

import msgspec
import pyrage
from pyrage import x25519

from fieldpartner.domain.problems import Message, Parts
from fieldpartner.domain.types import parse_utc_text, utc_text
from fieldpartner.sync.errors import BundleInvalid, Cancelled, NotAddressed
from fieldpartner.sync.identity import DeviceIdentity, PublicIdentity, unb64
from fieldpartner.sync.records import CHANGED_AT_PATTERN, UUID_PATTERN, Revision, parse_line

FORMAT = "fieldpartner-bundle"
VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
RECORDS_PER_MEMBER = 5000
# Absolute caps, enforced from each header before its member is read and before the
# signature is known; after it, the signed manifest's own sizes and count are enforced.
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_MEMBER_BYTES = 1024 * 1024 * 1024
MAX_MEMBERS = 100_000
MAX_BUNDLE_BYTES = 32 * 1024 * 1024 * 1024
_RECORD_MEMBER = re.compile(r"records/[0-9]{6}\.jsonl")
_ATTACHMENT_MEMBER = re.compile(r"attachments/[0-9a-f]{64}")

# (stage, done, total) -> False to cancel.
Progress = Callable[[str, int, int], bool | None]
# Offered, in the decoding pass, each attachment that follows every record member: its
# SHA-256 and a function that reads its bytes (checked against that hash). Whatever it
# reads is not read again when attachments are stored.
TakeAttachment = Callable[[str, Callable[[], bytes]], None]


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
    manifest: Manifest  # without members: the writer lists them as it writes them
    mtime: int = 0
    progress: Progress | None = None

    def write(
        self,
        out: IO[bytes],
        revision_lines: Iterable[bytes],
        attachments: Iterable[tuple[str, bytes]],
        total_lines: int = 0,
    ) -> Manifest:
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

    def _add(self, tar: tarfile.TarFile, name: str, data: bytes) -> Member:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        info.mtime = self.mtime
        info.mode = 0o600
        tar.addfile(info, io.BytesIO(data))
        return Member(hashlib.sha256(data).hexdigest(), len(data))

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
        members: dict[str, Member] = {}
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
        self.manifest = dataclasses.replace(self.manifest, members=members)
        manifest_bytes = self.manifest.encode()
        self._add(tar, MANIFEST, manifest_bytes)
        signature = base64.b64encode(self.sender.sign(manifest_bytes)) + b"\n"
        self._add(tar, SIGNATURE, signature)
        tar.close()
        yield


# --- the manifest --------------------------------------------------------------------------


@dataclass(frozen=True)
class Member:
    """One archive member as the signed manifest lists it."""

    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    """What a bundle is, from whom, to whom, and every member's hash (``manifest.json``)."""

    bundle_id: str
    org_id: str
    created_at: str
    sender: PublicIdentity
    sender_role: str  # "hq" | "device"
    to: str
    recipients: tuple[tuple[str, str], ...]  # (device id, fingerprint)
    sequence: tuple[int, int]  # (after, through) of the sender's change sequence
    full: bool
    revisions: int
    records: dict[str, int]
    attachments: int
    acknowledgements: dict[str, int]
    assigned_partners: tuple[str, ...] = ()
    members: dict[str, Member] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "bundle_id": self.bundle_id,
            "org_id": self.org_id,
            "created_at": self.created_at,
            "sender": {**self.sender.to_json(), "role": self.sender_role},
            "to": self.to,
            "recipients": [{"device_id": d, "fingerprint": f} for d, f in self.recipients],
            "sequence": {"after": self.sequence[0], "through": self.sequence[1]},
            "full": self.full,
            "counts": {
                "revisions": self.revisions,
                "records": dict(self.records),
                "attachments": self.attachments,
            },
            "acknowledgements": dict(self.acknowledgements),
            "assigned_partners": list(self.assigned_partners),
            "members": {
                name: {"sha256": m.sha256, "size": m.size} for name, m in self.members.items()
            },
        }

    def encode(self) -> bytes:
        return json.dumps(self.to_json(), indent=1, sort_keys=True).encode() + b"\n"

    @property
    def record_members(self) -> list[str]:
        return sorted(n for n in self.members if n.startswith("records/"))


_Count = Annotated[int, msgspec.Meta(ge=0, le=2**62)]
_Id = Annotated[str, msgspec.Meta(pattern=UUID_PATTERN)]


class _RawSequence(msgspec.Struct):
    after: _Count
    through: _Count


class _RawCounts(msgspec.Struct):
    revisions: _Count
    records: dict[Annotated[str, msgspec.Meta(max_length=40)], _Count] = {}
    attachments: _Count = 0


class _RawMember(msgspec.Struct, forbid_unknown_fields=True):
    sha256: Annotated[str, msgspec.Meta(pattern="^[0-9a-f]{64}$")]
    size: Annotated[int, msgspec.Meta(ge=0, le=MAX_MEMBER_BYTES)]


class _RawRecipient(msgspec.Struct):
    fingerprint: Annotated[str, msgspec.Meta(max_length=64)]
    device_id: Annotated[str, msgspec.Meta(max_length=36)] = ""


class _RawManifest(msgspec.Struct):
    """The manifest's shape; ``format`` and ``version`` are read first, on their own."""

    bundle_id: _Id
    org_id: Annotated[str, msgspec.Meta(max_length=64)]
    created_at: Annotated[str, msgspec.Meta(pattern=CHANGED_AT_PATTERN)]
    sender: dict[str, Any]
    to: _Id
    recipients: Annotated[list[_RawRecipient], msgspec.Meta(max_length=16)]
    sequence: _RawSequence
    full: bool
    counts: _RawCounts
    acknowledgements: dict[Annotated[str, msgspec.Meta(max_length=36)], _Count]
    members: Annotated[dict[str, _RawMember], msgspec.Meta(max_length=MAX_MEMBERS)]
    assigned_partners: Annotated[list[_Id], msgspec.Meta(max_length=1_000_000)] = []


class _Version(msgspec.Struct):
    format: Any = None
    version: Any = None


def parse_manifest(raw: bytes) -> Manifest:
    """The manifest, checked for shape; its version first so that a newer bundle is
    reported as such rather than as damaged."""
    try:
        head = msgspec.json.decode(raw, type=_Version)
    except (msgspec.DecodeError, RecursionError, UnicodeError):
        raise BundleInvalid(
            Message("manifest_not_json", "manifest.json is not valid JSON")
        ) from None
    if head.format != FORMAT:
        raise BundleInvalid(
            Message(
                "manifest_not_fieldpartner", "manifest.json does not describe a FieldPartner bundle"
            )
        )
    version = head.version
    if version != VERSION:
        newer = isinstance(version, int) and not isinstance(version, bool) and version > VERSION
        if newer:
            raise BundleInvalid(
                Message(
                    "bundle_version_newer",
                    "the bundle has format version {version!r}; this FieldPartner reads "
                    "version {readable} (it was written by a newer FieldPartner)",
                    version=version,
                    readable=VERSION,
                )
            )
        raise BundleInvalid(
            Message(
                "bundle_version_unknown",
                "the bundle has format version {version!r}; this FieldPartner reads version "
                "{readable}",
                version=version,
                readable=VERSION,
            )
        )
    try:
        data = msgspec.json.decode(raw, type=_RawManifest)
    except msgspec.DecodeError as exc:
        raise BundleInvalid(
            Message("manifest_invalid", "manifest: {problem}", problem=str(exc).replace("$.", ""))
        ) from None
    except (RecursionError, UnicodeError):
        raise BundleInvalid(
            Message("manifest_not_json", "manifest.json is not valid JSON")
        ) from None
    try:
        created = parse_utc_text(data.created_at)
    except ValueError:
        created = None
    if created is None or utc_text(created) != data.created_at:
        raise BundleInvalid(
            Message(
                "manifest_time_not_utc",
                "manifest: created_at {created_at!r} is not a UTC time",
                created_at=data.created_at,
            )
        )
    if data.sequence.after > data.sequence.through:
        raise BundleInvalid(
            Message(
                "manifest_sequence",
                "manifest: sequence.after must be between 0 and sequence.through",
            )
        )
    for name in data.members:
        if not _member_name_ok(name) or name in (MANIFEST, SIGNATURE):
            raise BundleInvalid(
                Message(
                    "manifest_unexpected_member",
                    "manifest: unexpected member {name!r}",
                    name=name[:120],
                )
            )
    role = data.sender.get("role")
    if role not in ("hq", "device"):
        raise BundleInvalid(
            Message("manifest_sender_role", "manifest: sender.role must be hq or device")
        )
    return Manifest(
        bundle_id=data.bundle_id,
        org_id=data.org_id,
        created_at=data.created_at,
        sender=PublicIdentity.from_json(data.sender, "manifest sender"),
        sender_role=str(role),
        to=data.to,
        recipients=tuple((r.device_id, r.fingerprint) for r in data.recipients),
        sequence=(data.sequence.after, data.sequence.through),
        full=data.full,
        revisions=data.counts.revisions,
        records=dict(data.counts.records),
        attachments=data.counts.attachments,
        acknowledgements=dict(data.acknowledgements),
        assigned_partners=tuple(data.assigned_partners),
        members={n: Member(m.sha256, m.size) for n, m in data.members.items()},
    )


# --- reading ---------------------------------------------------------------------------------


_EOF = object()


class _PlaintextPipe:
    """decrypt_io writes plaintext here on a worker thread; the archive reader reads it."""

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
    def read(self, size: int) -> bytes:
        parts = [self._pending]
        have = len(self._pending)
        while not self._eof and have < size:
            item = self._queue.get()
            if item is _EOF:
                self._eof = True
                break
            parts.append(item)
            have += len(item)
        data = b"".join(parts) if len(parts) > 1 else parts[0]
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
        Message(
            "bundle_not_decrypted",
            "the bundle is damaged, truncated or not an age-encrypted FieldPartner bundle (age: {reason})",
            reason=message.splitlines()[0] if message else type(exc).__name__,
        )
    )


def _member_name_ok(name: str) -> bool:
    return (
        name in (MANIFEST, SIGNATURE)
        or bool(_RECORD_MEMBER.fullmatch(name))
        or bool(_ATTACHMENT_MEMBER.fullmatch(name))
    )


# ustar type flags (POSIX): only "0" (and the old NUL) is a regular file. Everything else —
# links, devices, folders, FIFOs, pax and GNU extension headers, GNU sparse files — is refused
# from its header, before a byte of it is read.
_TYPE_NAMES = {
    b"1": "a hard link",
    b"2": "a symbolic link",
    b"3": "a character device",
    b"4": "a block device",
    b"5": "a folder",
    b"6": "a FIFO",
    b"7": "a contiguous file",
    b"S": "a GNU sparse file",
    b"L": "a GNU long name",
    b"K": "a GNU long link",
    b"x": "a pax extended header",
    b"g": "a pax global header",
}
_BLOCK = 512
_CHUNK = 1 << 20


def _octal(field_bytes: bytes, what: str) -> int:
    text = field_bytes.rstrip(b"\0 ").lstrip(b" ")
    if not text or not all(48 <= c <= 55 for c in text):
        raise BundleInvalid(
            Message(
                "bundle_header_damaged",
                "the bundle's archive has a damaged header ({what})",
                what=what,
            )
        )
    return int(text, 8)


def _header(block: bytes) -> tuple[str, int]:
    """(name, size) of one ustar header block, or BundleInvalid."""
    stored = _octal(block[148:156], "checksum")
    if stored != sum(block[:148]) + 8 * 32 + sum(block[156:]):
        raise BundleInvalid(
            Message(
                "bundle_header_checksum",
                "the bundle's archive has a damaged header (checksum)",
            )
        )
    try:
        name = block[:100].split(b"\0", 1)[0].decode("ascii")
    except UnicodeDecodeError:
        raise BundleInvalid(
            Message(
                "bundle_member_name_not_ascii",
                "the bundle's archive holds a member with a non-ASCII name",
            )
        ) from None
    typeflag = block[156:157]
    if typeflag not in (b"0", b"\0"):
        what = _TYPE_NAMES.get(typeflag, f"of type {typeflag!r}")
        raise BundleInvalid(
            Message(
                "bundle_member_not_a_file",
                "the bundle's archive holds {name!r}, which is {what}, not a file; a bundle holds regular files only",
                name=name[:120],
                what=what,
            )
        )
    if block[257:263] != b"ustar\0" or block[345:500].strip(b"\0"):
        raise BundleInvalid(
            Message(
                "bundle_member_not_ustar",
                "the bundle's archive holds {name!r} in a form other than POSIX ustar",
                name=name[:120],
            )
        )
    return name, _octal(block[124:136], "size")


class _Archive:
    """A streaming ustar reader over decrypted bytes: headers are checked before contents
    are read, and contents come in bounded chunks."""

    def __init__(self, pipe: _PlaintextPipe) -> None:
        self._pipe = pipe
        self.members = 0
        self.total = 0

    def _exact(self, size: int, what: str) -> bytes:
        data = self._pipe.read(size)
        if len(data) != size:
            raise BundleInvalid(
                Message(
                    "bundle_truncated",
                    "the bundle's archive is truncated ({what})",
                    what=what,
                )
            )
        return data

    def members_of(self, seen: set[str]) -> Iterator[tuple[str, int]]:
        while True:
            block = self._exact(_BLOCK, "header")
            if not block.strip(b"\0"):
                self._exact(_BLOCK, "end of archive")
                return
            name, size = _header(block)
            if not _member_name_ok(name):
                raise BundleInvalid(
                    Message(
                        "bundle_unexpected_member",
                        "the bundle's archive holds an unexpected member {name!r}",
                        name=name,
                    )
                )
            if name in seen:
                raise BundleInvalid(
                    Message(
                        "bundle_member_twice",
                        "the bundle's archive holds {name!r} twice",
                        name=name,
                    )
                )
            seen.add(name)
            self.members += 1
            self.total += size
            limit = MAX_MANIFEST_BYTES if name in (MANIFEST, SIGNATURE) else MAX_MEMBER_BYTES
            if size > limit:
                raise BundleInvalid(
                    Message(
                        "bundle_member_too_large",
                        "{name} is too large ({size} bytes; at most {limit})",
                        name=name,
                        size=size,
                        limit=limit,
                    )
                )
            if self.members > MAX_MEMBERS + 2:
                raise BundleInvalid(
                    Message(
                        "bundle_too_many_members",
                        "the bundle holds more than {limit} members",
                        limit=MAX_MEMBERS,
                    )
                )
            if self.total > MAX_BUNDLE_BYTES:
                raise BundleInvalid(
                    Message(
                        "bundle_too_large",
                        "the bundle is larger than {limit} bytes",
                        limit=MAX_BUNDLE_BYTES,
                    )
                )
            yield name, size

    def chunks(self, size: int, name: str) -> Iterator[bytes]:
        left = size
        while left:
            chunk = self._exact(min(left, _CHUNK), name)
            left -= len(chunk)
            yield chunk
        padding = -size % _BLOCK
        if padding:
            self._exact(padding, name)

    def content(self, size: int, name: str) -> bytes:
        return b"".join(self.chunks(size, name))

    def rest_is_padding(self) -> None:
        """Nothing but zeros may follow the archive (and reading to the end lets age check
        its last chunk, so a truncated file is noticed)."""
        while True:
            rest = self._pipe.read(1 << 16)
            if not rest:
                return
            if rest.strip(b"\0"):
                raise BundleInvalid(
                    Message(
                        "bundle_data_after_archive",
                        "the bundle has unexpected data after its archive",
                    )
                )


# Opens the bundle file for one pass (a context manager giving a binary file).
Opener = Callable[[], Any]


@dataclass
class OpenedBundle:
    """A bundle decrypted, its signed manifest checked, every member matching it, and every
    record line decoded (not yet checked for trust). Attachments stay in the file:
    ``attachment_data`` reads them again, one at a time, when they are stored."""

    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    revisions: list[tuple[Revision, bool]] = field(default_factory=list)
    attachments: dict[str, int] = field(default_factory=dict)  # sha256 -> size
    source: Opener | None = None
    reader: BundleReaderV1 | None = None

    decoded: bool = False
    # Attachments read while decoding (``decode(take=...)``), by SHA-256.
    taken: set[str] = field(default_factory=set)

    @property
    def bundle_id(self) -> str:
        return self.manifest.bundle_id

    def decode(self, take: TakeAttachment | None = None) -> None:
        """Decode the record lines (once), after the caller has decided to trust the sender.
        With ``take``, the attachments after the records are offered to it in the same
        pass (an import that stores them at once reads the file one time fewer)."""
        if self.decoded:
            return
        if self.reader is None:
            raise BundleInvalid(
                Message("bundle_no_longer_readable", "the bundle can no longer be read")
            )
        self.reader.decode(self, take)
        self.decoded = True

    @property
    def sender(self) -> PublicIdentity:
        return self.manifest.sender

    def store_attachments(self, wanted: Iterable[str], store: Callable[[str, bytes], None]) -> None:
        """Read the wanted attachments from the file again and hand each to ``store``."""
        chosen = set(wanted) & set(self.attachments)
        if not chosen:
            return
        if self.source is None or self.reader is None:
            raise BundleInvalid(
                Message(
                    "bundle_attachments_no_longer_readable",
                    "the bundle's attachments can no longer be read",
                )
            )
        self.reader.attachments(self.source, self.manifest, chosen, store)


class _TakerFailed(Exception):
    def __init__(self, failure: Exception) -> None:
        super().__init__(str(failure))
        self.failure = failure


class BundleReaderV1:
    """Reads one bundle in two passes over the encrypted file, signature first.

    Pass 1 streams the archive without keeping any member but the manifest and its
    signature: every header is checked (regular files with the names of this format, each
    once, under absolute size and count caps) and every member hashed as it passes. Then
    the signature is checked against the manifest, and the members against the manifest.
    Pass 2 reads the file again: each member must be the next one the manifest lists with
    exactly its size, is hashed again before a line of it is decoded (the file cannot be
    swapped between the passes), and only then decoded. Memory holds one member at a time.
    """

    def __init__(self, identities: list[x25519.Identity], progress: Progress | None = None):
        self.identities = identities
        self.progress = progress

    def _stream(self, source: BinaryIO, consume: Callable[[_Archive], Any]) -> Any:
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
            archive = _Archive(pipe)
            result = consume(archive)
            archive.rest_is_padding()
        except BaseException as exc:
            pipe.drain()
            worker.join()
            if pipe.error is not None and not isinstance(pipe.error, Cancelled):
                raise _decrypt_error(pipe.error) from None
            if isinstance(exc, _TakerFailed):
                raise exc.failure from None
            if isinstance(exc, (BundleInvalid, Cancelled)):
                raise
            if isinstance(exc, Exception):
                raise BundleInvalid(
                    Message(
                        "bundle_archive_damaged",
                        "the bundle's archive is damaged ({reason})",
                        reason=exc,
                    )
                ) from None
            raise
        worker.join()
        if pipe.error is not None:
            raise _decrypt_error(pipe.error) from None
        return result

    def read(self, source: BinaryIO | Opener) -> OpenedBundle:
        """The bundle checked and its records decoded (``open`` then ``decode``)."""
        opened = self.open(source)
        opened.decode()
        return opened

    def open(self, source: BinaryIO | Opener) -> OpenedBundle:
        """Pass 1: the bundle's signed manifest, every member checked against it; no record
        decoded yet. ``source`` is an opener (called once per pass) or a seekable file."""
        opener = source if callable(source) else _rewinding(source)
        with opener() as handle:
            manifest_bytes, signature, hashes = self._stream(handle, self._scan)
        manifest = self._verify(manifest_bytes, signature, hashes)
        attachments = {
            name.split("/", 1)[1]: member.size
            for name, member in manifest.members.items()
            if name.startswith("attachments/")
        }
        return OpenedBundle(
            manifest, manifest_bytes, signature, attachments=attachments, source=opener, reader=self
        )

    def decode(self, opened: OpenedBundle, take: TakeAttachment | None = None) -> None:
        """Pass 2: every record line decoded, each member hashed again first; with
        ``take``, the attachments that follow the last record member offered to it."""
        if opened.source is None:
            raise BundleInvalid(
                Message("bundle_no_longer_readable", "the bundle can no longer be read")
            )
        manifest = opened.manifest
        with opened.source() as handle:
            self._stream(handle, lambda archive: self._decode(archive, manifest, opened, take))
        if manifest.revisions != len(opened.revisions):
            raise BundleInvalid(
                Message(
                    "manifest_revision_count",
                    "the manifest counts {revisions} revisions but the bundle holds {count}",
                    revisions=manifest.revisions,
                    count=len(opened.revisions),
                )
            )

    def _scan(self, archive: _Archive) -> tuple[bytes | None, bytes | None, dict[str, Member]]:
        kept: dict[str, bytes] = {}
        hashes: dict[str, Member] = {}
        for name, size in archive.members_of(set()):
            if name in (MANIFEST, SIGNATURE):
                kept[name] = archive.content(size, name)
                continue
            digest = hashlib.sha256()
            for chunk in archive.chunks(size, name):
                digest.update(chunk)
            hashes[name] = Member(digest.hexdigest(), size)
            _tick(self.progress, "checking", len(hashes), 0)
        return kept.get(MANIFEST), kept.get(SIGNATURE), hashes

    def _verify(
        self, manifest_bytes: bytes | None, signature_text: bytes | None, found: dict[str, Member]
    ) -> Manifest:
        if manifest_bytes is None or signature_text is None:
            raise BundleInvalid(
                Message(
                    "bundle_no_signed_manifest",
                    "the bundle has no signed manifest (manifest.json, manifest.sig)",
                )
            )
        manifest = parse_manifest(manifest_bytes)
        signature = unb64(signature_text.strip().decode("ascii", "replace"), "manifest.sig", 64)
        if not manifest.sender.verify(signature, manifest_bytes):
            raise BundleInvalid(
                Message(
                    "bundle_signature_mismatch",
                    "the bundle's signature does not match its manifest: it was altered after it was signed",
                )
            )
        listed = manifest.members
        if set(listed) != set(found):
            missing = sorted(set(listed) - set(found))
            extra = sorted(set(found) - set(listed))
            parts = [
                Message("bundle_members_differ", "the bundle's members differ from its manifest")
            ]
            if missing:
                parts.append(
                    Message("members_missing", "missing {names}", names=", ".join(missing[:3]))
                )
            if extra:
                parts.append(
                    Message("members_not_listed", "not listed {names}", names=", ".join(extra[:3]))
                )
            raise BundleInvalid(Message("bundle_members", "{parts}", parts=Parts(parts)))
        for name, member in found.items():
            if member != listed[name]:
                raise BundleInvalid(
                    Message(
                        "bundle_member_hash_mismatch",
                        "{name} does not match the hash in the signed manifest",
                        name=name,
                    )
                )
        for name in listed:
            if name.startswith("attachments/") and listed[name].sha256 != name.split("/", 1)[1]:
                raise BundleInvalid(
                    Message(
                        "bundle_attachment_name_mismatch",
                        "{name} does not match its SHA-256 name",
                        name=name,
                    )
                )
        return manifest

    def _signed_member(self, manifest: Manifest, name: str, size: int) -> None:
        listed = manifest.members.get(name)
        if listed is None or listed.size != size:
            raise BundleInvalid(
                Message(
                    "bundle_member_changed",
                    "{name} changed since the bundle was checked",
                    name=name,
                )
            )

    def _decode(
        self,
        archive: _Archive,
        manifest: Manifest,
        opened: OpenedBundle,
        take: TakeAttachment | None,
    ) -> None:
        records_left = set(manifest.record_members)
        for name, size in archive.members_of(set()):
            if name in (MANIFEST, SIGNATURE):
                archive.content(size, name)
                continue
            self._signed_member(manifest, name, size)
            expected = manifest.members[name].sha256
            if name.startswith("attachments/"):
                # Read here only for ``take`` and only once every record is decoded (the
                # taker checks an attachment against the records that name it); else
                # hashed against its name again when it is stored, and one not stored
                # is never used.
                if take is not None and not records_left:
                    self._offer(archive, name, size, opened, take)
                else:
                    for _ in archive.chunks(size, name):
                        pass
                continue
            records_left.discard(name)
            data = archive.content(size, name)
            if hashlib.sha256(data).hexdigest() != expected:
                raise BundleInvalid(
                    Message(
                        "bundle_member_changed",
                        "{name} changed since the bundle was checked",
                        name=name,
                    )
                )
            if data and not data.endswith(b"\n"):
                raise BundleInvalid(
                    Message(
                        "bundle_member_no_newline", "{name} does not end with a newline", name=name
                    )
                )
            for number, line in enumerate(data.split(b"\n")[:-1], 1):
                opened.revisions.append(parse_line(line, f"{name} line {number}"))
            _tick(self.progress, "reading", len(opened.revisions), manifest.revisions)

    def _offer(
        self, archive: _Archive, name: str, size: int, opened: OpenedBundle, take: TakeAttachment
    ) -> None:
        sha256 = name.split("/", 1)[1]
        read = False

        def data() -> bytes:
            nonlocal read
            read = True
            content = archive.content(size, name)
            if hashlib.sha256(content).hexdigest() != sha256:
                raise BundleInvalid(
                    Message(
                        "bundle_member_changed",
                        "{name} changed since the bundle was checked",
                        name=name,
                    )
                )
            opened.taken.add(sha256)
            return content

        try:
            take(sha256, data)
        except (BundleInvalid, Cancelled):
            raise
        except Exception as exc:
            # The taker's own failure (storing, say), not damage to the archive.
            raise _TakerFailed(exc) from exc
        if not read:
            for _ in archive.chunks(size, name):
                pass
        _tick(self.progress, "attachments", len(opened.taken), 0)

    def attachments(
        self,
        opener: Opener,
        manifest: Manifest,
        wanted: set[str],
        store: Callable[[str, bytes], None],
    ) -> None:
        """Pass 3, when attachments are stored: hand each wanted one to ``store``, one at
        a time, checked against its SHA-256 again."""

        def collect(archive: _Archive) -> None:
            for name, size in archive.members_of(set()):
                sha256 = name.split("/", 1)[1] if name.startswith("attachments/") else ""
                if sha256 not in wanted:
                    for _ in archive.chunks(size, name):
                        pass
                    continue
                self._signed_member(manifest, name, size)
                data = archive.content(size, name)
                if hashlib.sha256(data).hexdigest() != sha256:
                    raise BundleInvalid(
                        Message(
                            "bundle_member_changed",
                            "{name} changed since the bundle was checked",
                            name=name,
                        )
                    )
                store(sha256, data)
                _tick(self.progress, "attachments", len(wanted), 0)

        with opener() as handle:
            self._stream(handle, collect)


class _Rewind:
    """An opener over an already open, seekable file: each pass starts from its beginning."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle

    def __call__(self) -> Any:
        self._handle.seek(0)
        return _Unclosed(self._handle)


class _Unclosed:
    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle

    def __enter__(self) -> BinaryIO:
        return self._handle

    def __exit__(self, *exc: object) -> None:
        return None


def _rewinding(handle: BinaryIO) -> Opener:
    return _Rewind(handle)
