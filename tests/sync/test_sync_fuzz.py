"""Fuzzing the bundle reader: mutated bundles give a documented error or a clean import.

Mutations reach every layer: ciphertext bytes; tar bytes (re-encrypted, so they get past
age); members changed without a new signature; and records or manifests changed, then
re-hashed and re-signed with the sender's own key (so they reach record validation,
trust, merge and the database transaction). A case must end either in a ``SyncError``
with exit code 3, 4 or 5 and the vault untouched, or in an applied import. Never a crash,
never a partial apply.

The default run is 1,000 cases; ``-m slow`` runs 10,000.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from bundle_crafting import (
    Members,
    decrypt,
    encrypt,
    manifest_of,
    members_of,
    record_lines,
    resign,
    tar_of,
    with_record_lines,
)
from sqlalchemy import func, select
from sync_helpers import World, vault_snapshot

from fieldpartner.domain.models import Attachment, Blob, RecordRevision, VaultSetting
from fieldpartner.domain.partners import add_partner, edit_partner, find_partner
from fieldpartner.domain.revisions import make_rev
from fieldpartner.sync import import_bundle
from fieldpartner.sync.errors import SyncError
from fieldpartner.sync.identity import DeviceIdentity, PublicIdentity, ensure_device_identity
from fieldpartner.vault import Vault

ODD_VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    2**70,
    1.5,
    "",
    "x" * 400,
    [],
    {},
    ["a", 1],
    {"k": [None]},
    "2026-13-45",
    "2026-01-15T09:00:00.000000Z",
    "1e999",
    "age1qqqq",
    "\u0644\u0627",
    "01a20000-0000-7000-8000-000000000000",
    "1-" + "0" * 32,
    [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]],
]


def _odd(rng: random.Random) -> Any:
    return rng.choice(ODD_VALUES)


def _quick_state(vault: Vault) -> tuple[Any, ...]:
    with vault.session() as session:
        revisions = session.execute(
            select(func.count(RecordRevision.seq), func.max(RecordRevision.seq))
        ).one()
        settings = sorted(
            (row.key, json.dumps(row.value, sort_keys=True))
            for row in session.scalars(select(VaultSetting))
        )
        blobs = session.scalar(select(func.count(Blob.sha256)))
    return (tuple(revisions), hashlib.sha256(repr(settings).encode()).hexdigest(), blobs)


class Mutator:
    def __init__(
        self,
        rng: random.Random,
        members: Members,
        ciphertext: bytes,
        sender: DeviceIdentity,
        recipients: list[PublicIdentity],
    ) -> None:
        self.rng = rng
        self.members = members
        self.ciphertext = ciphertext
        self.sender = sender
        self.recipients = recipients
        self.tar = tar_of(members)

    def __call__(self) -> tuple[str, bytes]:
        roll = self.rng.random()
        if roll < 0.08:
            return "ciphertext", self._flip(self.ciphertext)
        if roll < 0.30:
            return "tar bytes", encrypt(self._tar_bytes(), self.recipients)
        if roll < 0.42:
            return "unsigned member", encrypt(tar_of(self._unsigned()), self.recipients)
        if roll < 0.55:
            return "signed manifest", encrypt(tar_of(self._manifest()), self.recipients)
        return "signed records", encrypt(tar_of(self._records()), self.recipients)

    def _flip(self, data: bytes) -> bytes:
        mutated = bytearray(data)
        for _ in range(self.rng.randint(1, 4)):
            mutated[self.rng.randrange(len(mutated))] ^= 1 << self.rng.randrange(8)
        return bytes(mutated)

    def _tar_bytes(self) -> bytes:
        data = self.tar
        how = self.rng.randrange(4)
        if how == 0:
            return self._flip(data)
        if how == 1:
            return data[: self.rng.randrange(len(data))]
        position = self.rng.randrange(len(data))
        if how == 2:
            return data[:position] + self.rng.randbytes(self.rng.randint(1, 600)) + data[position:]
        block = position - position % 512
        return data[:block] + data[block : block + 512] + data[block:]

    def _unsigned(self) -> Members:
        members = list(self.members)
        index = self.rng.randrange(len(members))
        name, data = members[index]
        how = self.rng.randrange(5)
        if how == 0:
            del members[index]
        elif how == 1:
            members.append((name, data))
        elif how == 2:
            members[index] = (name + "x", data)
        elif how == 3:
            members.append(("../escape", b"x"))
        else:
            members[index] = (name, self._flip(data) if data else b"\0")
        return members

    def _manifest(self) -> Members:
        manifest = manifest_of(self.members)
        key = self.rng.choice(sorted(manifest))
        how = self.rng.randrange(3)
        if how == 0:
            del manifest[key]
        elif how == 1 and isinstance(manifest[key], dict) and manifest[key]:
            inner = self.rng.choice(sorted(manifest[key]))
            manifest[key][inner] = _odd(self.rng)
        else:
            manifest[key] = _odd(self.rng)
        members = resign(self.members, self.sender, recount=False)
        if self.rng.random() < 0.8:
            manifest["bundle_id"] = self._fresh_id()
        raw = json.dumps(manifest, sort_keys=True).encode()
        signature = base64.b64encode(self.sender.sign(raw))
        return [
            *[(n, d) for n, d in members if n not in ("manifest.json", "manifest.sig")],
            ("manifest.json", raw),
            ("manifest.sig", signature),
        ]

    def _records(self) -> Members:
        lines = record_lines(self.members)
        index = self.rng.randrange(len(lines))
        line = lines[index]
        how = self.rng.randrange(8)
        if how == 0:
            line[self.rng.choice(sorted(line))] = _odd(self.rng)
        elif how == 1:
            del line[self.rng.choice(sorted(line))]
        elif how == 2:
            line["kind"] = self.rng.choice(["partner", "contact", "answer", "template", "x"])
        elif how == 3:
            field = self.rng.choice(sorted(line["body"]))
            line["body"][field] = _odd(self.rng)
            line["rev"] = make_rev(line["parents"], line["deleted"], line["body"])
        elif how == 4:
            del lines[index]
        elif how == 5:
            lines.append(dict(line))
        elif how == 6:
            line["parents"] = self.rng.choice([[], ["1-" + "a" * 32], line["parents"] * 2])
        else:
            # A genuine new revision on top of a head: must import cleanly.
            heads = [li for li in lines if li["head"]]
            head = self.rng.choice(heads)
            text_fields = [
                k
                for k, v in head["body"].items()
                if isinstance(v, str) and k in ("notes", "region", "description", "acronym", "role")
            ]
            if text_fields:
                head["head"] = False
                body = dict(head["body"])
                body[self.rng.choice(text_fields)] = f"fuzz {self.rng.random()}"
                new = dict(head, body=body, parents=[head["rev"]], head=True)
                new["rev"] = make_rev(new["parents"], new["deleted"], body)
                lines.append(new)
        return resign(
            with_record_lines(self.members, lines), self.sender, {"bundle_id": self._fresh_id()}
        )

    def _fresh_id(self) -> str:
        # A new bundle id, so that a mutation is judged on its content, not skipped as
        # "already imported".
        return str(uuid.UUID(int=self.rng.getrandbits(128)))


def _fuzz(world: World, cases: int, seed: int) -> None:
    device = world.devices[0]
    data = b"\x89PNG\r\n\x1a\n fuzz attachment" * 40
    sha = hashlib.sha256(data).hexdigest()
    with device.transaction() as session:
        partner = find_partner(session, "Kenya Rights Watch")
        edit_partner(session, partner, region="Turkana")
        add_partner(session, name="Fuzz Partner", tags=["a"])
        session.add(Blob(sha256=sha, size=len(data), data=data))
        session.flush()
        session.add(
            Attachment(
                filename="f.png",
                media_type="image/png",
                size=len(data),
                sha256=sha,
                partner_id=partner.id,
            )
        )
    bundle = world.send_to_hq(device)
    hq_identity = ensure_device_identity(world.hq)
    sender = ensure_device_identity(device)
    members = members_of(decrypt(bundle, hq_identity))
    mutate: Callable[[], tuple[str, bytes]] = Mutator(
        random.Random(seed),
        members,
        bundle.read_bytes(),
        sender,
        [hq_identity.public, sender.public],
    )
    target = world.folder / "fuzzed.fpbundle"
    baseline = _quick_state(world.hq)
    outcomes: dict[str, int] = {}
    for case in range(cases):
        kind, ciphertext = mutate()
        target.write_bytes(ciphertext)
        try:
            result = import_bundle(world.hq, target)
        except SyncError as error:
            assert error.exit_code in (3, 4, 5), (case, kind, error)
            assert str(error)
            outcomes[f"refused {error.exit_code}"] = (
                outcomes.get(f"refused {error.exit_code}", 0) + 1
            )
            after = _quick_state(world.hq)
            assert after == baseline, f"case {case} ({kind}) changed the vault: {error}"
        else:
            outcomes["applied" if result.applied else "no-op"] = (
                outcomes.get("applied" if result.applied else "no-op", 0) + 1
            )
            baseline = _quick_state(world.hq)
        if case % 250 == 0:
            # Now and then the full snapshot, not only the quick one.
            full = vault_snapshot(world.hq)
            assert vault_snapshot(world.hq) == full
    assert outcomes.get("refused 4", 0) > cases // 2, outcomes
    print(f"fuzz outcomes over {cases} cases: {dict(sorted(outcomes.items()))}")


def test_fuzzed_bundles_give_documented_errors_only(world: World) -> None:
    _fuzz(world, cases=1000, seed=1)


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_ten_thousand_fuzzed_bundles(world: World) -> None:
    _fuzz(world, cases=10_000, seed=2)
