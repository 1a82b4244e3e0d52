"""Bounded, signature-first reading of bundle files (sync/bundle_v1.py).

Nothing of a bundle is decoded before its signed manifest is checked; every archive header
is checked before its member is read; sparse files, links, devices and extension headers are
refused from their header; sizes and counts are capped while streaming.
"""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pyrage
import pytest
from bundle_crafting import encrypt, members_of, resign, tar_of

from fieldpartner.domain.ids import uuid7
from fieldpartner.sync import bundle_v1
from fieldpartner.sync.bundle_v1 import BundleReaderV1, BundleWriterV1, Manifest
from fieldpartner.sync.errors import BundleInvalid
from fieldpartner.sync.identity import DeviceIdentity, generate_identity

SPARSE_GIGABYTES = 4


def _manifest(sender: DeviceIdentity, to: DeviceIdentity) -> Manifest:
    return Manifest(
        bundle_id=uuid7(),
        org_id=uuid7(),
        created_at="2026-12-01T10:00:00.000000Z",
        sender=sender.public,
        sender_role="device",
        to=to.device_id,
        recipients=((to.device_id, to.fingerprint),),
        sequence=(0, 0),
        full=True,
        revisions=0,
        records={},
        attachments=1,
        acknowledgements={},
    )


def _good_bundle(sender: DeviceIdentity, to: DeviceIdentity) -> bytes:
    out = io.BytesIO()
    writer = BundleWriterV1(sender=sender, recipients=[to.public], manifest=_manifest(sender, to))
    data = b"an attachment"
    writer.write(out, [], [(hashlib.sha256(data).hexdigest(), data)], 0)
    return out.getvalue()


def _read(data: bytes, identity: DeviceIdentity) -> bundle_v1.OpenedBundle:
    return BundleReaderV1([identity.age_identity]).read(io.BytesIO(data))


def _header(name: str, size: int, typeflag: bytes, magic: bytes = b"ustar\x0000") -> bytearray:
    block = bytearray(512)
    block[0 : len(name)] = name.encode()
    block[100:108] = b"0000600\0"
    block[108:116] = b"0000000\0"
    block[116:124] = b"0000000\0"
    block[124:136] = f"{size:011o}\0".encode()
    block[136:148] = b"00000000000\0"
    block[156:157] = typeflag
    block[257:265] = magic
    return block


def _finish(block: bytearray) -> bytes:
    block[148:156] = b" " * 8
    block[148:156] = f"{sum(block):06o}\0 ".encode()
    return bytes(block)


def sparse_tar(real_size: int, members: int) -> bytes:
    """GNU sparse members each declaring ``real_size`` bytes and holding 1 byte (a few kB in
    all): each under any per-member cap, gigabytes together."""
    blocks = []
    for number in range(1, members + 1):
        block = _header(f"records/{number:06d}.jsonl", 1, b"S", magic=b"ustar  \0")
        block[386:398] = f"{real_size - 1:011o}\0".encode()  # one data byte at the very end
        block[398:410] = b"00000000001\0"
        block[483:495] = f"{real_size:011o}\0".encode()  # GNU realsize
        blocks.append(_finish(block) + b"x" + b"\0" * 511)
    return b"".join(blocks) + b"\0" * 1024


def test_a_sparse_member_bundle_is_refused_within_a_second_and_100_mb(tmp_path: Path) -> None:
    hq = generate_identity(uuid7())
    bundle = tmp_path / "sparse.fpbundle"
    bundle.write_bytes(encrypt(sparse_tar((1 << 30) - 512, SPARSE_GIGABYTES), [hq.public]))
    assert bundle.stat().st_size < 8 * 1024  # a few kB declaring gigabytes
    child = textwrap.dedent(
        """
        import io, sys, time
        from pyrage import x25519
        from fieldpartner.sync.bundle_v1 import BundleReaderV1
        from fieldpartner.sync.errors import BundleInvalid
        identity = x25519.Identity.from_str(sys.argv[2])
        start = time.perf_counter()
        try:
            with open(sys.argv[1], "rb") as source:
                BundleReaderV1([identity]).read(source)
            outcome = "read"
        except BundleInvalid as exc:
            outcome = str(exc)
        elapsed = time.perf_counter() - start
        # VmHWM is this program's own peak (ru_maxrss would also count the copy of the
        # parent the child was forked from, before exec).
        with open("/proc/self/status") as status:
            peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
        print(f"{elapsed:.3f}\\n{peak}\\n{outcome}")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", child, str(bundle), str(hq.age_identity)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    elapsed, peak_kb, outcome = done.stdout.strip().split("\n", 2)
    assert "sparse" in outcome
    assert float(elapsed) < 1.0
    assert int(peak_kb) < 100 * 1024, f"peak RSS {int(peak_kb) // 1024} MB"


@pytest.mark.parametrize(
    ("typeflag", "what"),
    [
        (b"1", "hard link"),
        (b"2", "symbolic link"),
        (b"3", "character device"),
        (b"4", "block device"),
        (b"5", "folder"),
        (b"6", "FIFO"),
        (b"x", "pax extended header"),
        (b"L", "GNU long name"),
    ],
)
def test_links_devices_and_extension_headers_are_refused(typeflag: bytes, what: str) -> None:
    hq = generate_identity(uuid7())
    tar = _finish(_header("records/000001.jsonl", 0, typeflag)) + b"\0" * 1024
    with pytest.raises(BundleInvalid, match=what):
        _read(encrypt(tar, [hq.public]), hq)


def test_a_member_larger_than_the_cap_is_refused_from_its_header() -> None:
    hq = generate_identity(uuid7())
    # The header declares 2 GiB; the file holds none of it.
    tar = _finish(_header("attachments/" + "a" * 64, 2 << 30, b"0")) + b"\0" * 1024
    with pytest.raises(BundleInvalid, match="too large"):
        _read(encrypt(tar, [hq.public]), hq)


def test_the_member_count_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_v1, "MAX_MEMBERS", 3)
    hq = generate_identity(uuid7())
    members = [
        (f"attachments/{hashlib.sha256(bytes([n])).hexdigest()}", bytes([n])) for n in range(6)
    ]
    with pytest.raises(BundleInvalid, match="more than 3 members"):
        _read(encrypt(tar_of(members), [hq.public]), hq)


def decrypt_bytes(data: bytes, identity: DeviceIdentity) -> bytes:
    return bytes(pyrage.decrypt(data, [identity.age_identity]))


def test_no_record_is_decoded_before_the_signature_is_checked() -> None:
    sender, hq, stranger = (generate_identity(uuid7()) for _ in range(3))
    members = members_of(decrypt_bytes(_good_bundle(sender, hq), hq))
    members.insert(0, ("records/000001.jsonl", b"{this is not json\n"))
    # Signed with another key than the one the manifest names: refused for the signature,
    # although the records member (listed with its true hash) is not JSON.
    forged = resign(members, stranger, recount=False)
    with pytest.raises(BundleInvalid, match="signature"):
        _read(encrypt(tar_of(forged), [hq.public]), hq)
    # Signed properly, the same member is decoded and refused for what it is.
    signed = resign(members, sender, {"counts": {"revisions": 1, "records": {}, "attachments": 1}})
    with pytest.raises(BundleInvalid, match=r"records/000001\.jsonl line 1"):
        _read(encrypt(tar_of(signed), [hq.public]), hq)


def test_a_file_changed_between_the_passes_is_refused() -> None:
    sender, hq = generate_identity(uuid7()), generate_identity(uuid7())
    first = _good_bundle(sender, hq)
    members = [
        (name, b"another attachment" if name.startswith("attachments/") else data)
        for name, data in members_of(decrypt_bytes(first, hq))
    ]
    second = encrypt(tar_of(members), [hq.public])
    files = iter([first, second])

    def opener() -> io.BytesIO:
        return io.BytesIO(next(files))

    with pytest.raises(BundleInvalid, match="changed since the bundle was checked"):
        BundleReaderV1([hq.age_identity]).read(opener)


def test_a_good_bundle_reads_and_its_attachment_is_read_again_when_stored() -> None:
    sender, hq = generate_identity(uuid7()), generate_identity(uuid7())
    data = _good_bundle(sender, hq)
    opened = BundleReaderV1([hq.age_identity]).read(lambda: io.BytesIO(data))
    sha = hashlib.sha256(b"an attachment").hexdigest()
    assert opened.attachments == {sha: len(b"an attachment")}
    assert json.loads(opened.manifest_bytes)["members"][f"attachments/{sha}"]["size"] == 13
    stored: dict[str, bytes] = {}
    opened.store_attachments({sha}, stored.__setitem__)
    assert stored == {sha: b"an attachment"}
