"""Taking bundles apart and putting them back together, for tamper and fuzz tests.

Uses only pyrage, tarfile and the sender's own key, as an attacker (or a buggy other
implementation) would; nothing here goes through the bundle writer.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tarfile
from pathlib import Path
from typing import Any

import pyrage

from fieldpartner.sync.identity import DeviceIdentity, PublicIdentity

Members = list[tuple[str, bytes]]


def decrypt(path: Path, identity: DeviceIdentity) -> bytes:
    return bytes(pyrage.decrypt(Path(path).read_bytes(), [identity.age_identity]))


def encrypt(plaintext: bytes, recipients: list[PublicIdentity]) -> bytes:
    return bytes(pyrage.encrypt(plaintext, [r.age_recipient() for r in recipients]))


def members_of(tar_bytes: bytes) -> Members:
    found = []
    with tarfile.open(fileobj=io.BytesIO(tar_bytes), mode="r:") as tar:
        for member in tar:
            handle = tar.extractfile(member)
            found.append((member.name, handle.read() if handle else b""))
    return found


def tar_of(members: Members) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o600
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


def manifest_of(members: Members) -> dict[str, Any]:
    return json.loads(dict(members)["manifest.json"])


def resign(
    members: Members,
    sender: DeviceIdentity,
    manifest_changes: dict[str, Any] | None = None,
    *,
    recount: bool = True,
) -> Members:
    """The members with a manifest that lists their true hashes, signed by ``sender``."""
    content = [(n, d) for n, d in members if n not in ("manifest.json", "manifest.sig")]
    manifest = manifest_of(members)
    manifest["members"] = {
        n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in content
    }
    if recount:
        manifest["counts"]["revisions"] = sum(
            d.count(b"\n") for n, d in content if n.startswith("records/")
        )
    manifest.update(manifest_changes or {})
    raw = json.dumps(manifest, indent=1, sort_keys=True).encode() + b"\n"
    signature = base64.b64encode(sender.sign(raw)) + b"\n"
    return [*content, ("manifest.json", raw), ("manifest.sig", signature)]


def record_lines(members: Members) -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for name, data in members
        if name.startswith("records/")
        for line in data.splitlines()
    ]


def with_record_lines(members: Members, lines: list[dict[str, Any]]) -> Members:
    body = b"".join(json.dumps(line, sort_keys=True).encode() + b"\n" for line in lines)
    kept = [(n, d) for n, d in members if not n.startswith("records/")]
    return [("records/000001.jsonl", body), *kept]
