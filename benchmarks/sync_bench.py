"""Sync benchmark: bundle export and import timings, and pyrage against the age tool.

    .venv/bin/python benchmarks/sync_bench.py [--partners 2000] [--answers 20000]
                                             [--attachments 50] [--mb 64]

Builds a field vault and an HQ vault in a temporary folder (never the user's home), fills
the field vault with partners, contacts, assessments with answers and attachments, then
times a full export, its import at HQ (every record new), a re-import of the same bundle
(a no-op), HQ's reply carrying its acknowledgement, and an incremental export and import
after editing 1% of the partners, and last the floor of the import: the same rows written
alone into an empty vault through one driver connection. Every step prints its time and the processor time it
used (all threads of this process: on a shared machine the load inflates the first far
more). Each import also prints its peak resident memory (the process's high-water mark
reset just before it) and its time as a ratio to the baseline of the same run: decrypting the same file with pyrage and hashing its plaintext, which every
import must do at least once. The fleet mode then has HQ import one bundle from each of 50
devices (``--devices``) in one batch and prints revisions/s. Last, it encrypts and decrypts
the same random bytes with pyrage's streaming API and with the `age` command and prints
their throughput and the ratio (DESIGN.md "Performance": benchmarks report ratios against a
baseline measured in the same run).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pyrage
from pyrage import x25519

from fieldpartner.domain.clock import FixedClock
from fieldpartner.domain.ids import answer_id, uuid7
from fieldpartner.domain.models import Answer, Assessment, Attachment, Blob, Contact, Partner
from fieldpartner.domain.revisions import bulk_create
from fieldpartner.sync import export_bundle, import_bundle, import_bundles, store
from fieldpartner.sync.bundle_v1 import BundleReaderV1
from fieldpartner.sync.identity import ensure_device_identity
from fieldpartner.sync.org import create_organisation, join_organisation
from fieldpartner.sync.records import Revision
from fieldpartner.vault import Vault
from fieldpartner.vault.keys import KdfParams

PASSPHRASE = "benchmark passphrase"


def _timed(label: str, action, *args, **kwargs):  # type: ignore[no-untyped-def]
    """Run ``action``, print its time and the processor time this process used for it
    (all its threads): on a machine shared with other work the first grows with the load,
    the second much less."""
    start, cpu = time.perf_counter(), time.process_time()
    result = action(*args, **kwargs)
    elapsed = time.perf_counter() - start
    print(f"{label:<44} {elapsed:8.3f} s  (processor {time.process_time() - cpu:.3f} s)")
    return result, elapsed


def _reset_peak_memory() -> None:
    """Reset this process's peak resident memory (VmHWM), Linux 4.0 and later."""
    with open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")


def _peak_memory_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _measured_import(label: str, vault: Vault, path: Path, **kwargs):  # type: ignore[no-untyped-def]
    _reset_peak_memory()
    result, elapsed = _timed(label, import_bundle, vault, path, **kwargs)
    print(f"{'':<44} peak resident memory {_peak_memory_mb():.0f} MB")
    return result, elapsed


def _floor(vault: Vault, path: Path) -> float:
    """The baseline: decrypt the file with pyrage and hash its plaintext, nothing else."""
    identity = ensure_device_identity(vault).age_identity

    class Sink(io.RawIOBase):
        def __init__(self) -> None:
            self.digest = hashlib.sha256()

        def writable(self) -> bool:
            return True

        def write(self, data):  # type: ignore[no-untyped-def]
            self.digest.update(data)
            return len(data)

    start = time.perf_counter()
    with open(path, "rb") as source:
        pyrage.decrypt_io(source, Sink(), [identity])
    return time.perf_counter() - start


def _writes_floor(folder: Path, reader_vault: Vault, path: Path) -> None:
    """The import's writes alone: the rows the import of ``path`` writes (its attachments,
    revision rows and record rows), made beforehand, written into an empty vault through
    one of its driver connections (the vault's settings: SQLCipher key, memory security,
    WAL, synchronous FULL) in one transaction with ``executemany``, and committed. No
    reading, decrypting, checking or planning: what an import cannot go below."""
    identity = ensure_device_identity(reader_vault).age_identity
    # The reader closes what the opener gives it, pass by pass.
    opened = BundleReaderV1([identity]).read(lambda: open(path, "rb"))  # noqa: SIM115
    revisions = [revision for revision, _head in opened.revisions]
    blobs: list[tuple[str, int, bytes]] = []
    opened.store_attachments(opened.attachments, lambda s, d: blobs.append((s, len(d), d)))
    empty, _ = Vault.create(
        folder / "Floor.fpvault", PASSPHRASE, kdf=KdfParams(os.urandom(16)), clock=FixedClock()
    )
    revision_rows = [store.revision_row(r) for r in revisions]
    by_kind: dict[str, list[Revision]] = {}
    for revision in revisions:
        by_kind.setdefault(revision.kind, []).append(revision)
    assert empty.engine is not None
    record_rows = []
    for kind, of_kind in by_kind.items():
        # The import's own row conversion (store's private writer), so the rows are the same.
        writer = store._RowWriter(kind, empty.engine.dialect)
        record_rows.append((writer.insert, [writer.insert_row(r) for r in of_kind]))
    connection = empty.engine.raw_connection()
    cursor = connection.cursor()
    steps: dict[str, float] = {}
    start, cpu = time.perf_counter(), time.process_time()
    mark = start
    cursor.execute("BEGIN")
    cursor.execute("PRAGMA defer_foreign_keys = ON")
    cursor.executemany("INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?)", blobs)
    steps["attachments"], mark = time.perf_counter() - mark, time.perf_counter()
    for at in range(0, len(revision_rows), 5000):
        cursor.executemany(store._INSERT_REVISION, revision_rows[at : at + 5000])
    steps["revision rows"], mark = time.perf_counter() - mark, time.perf_counter()
    for statement, rows in record_rows:
        for at in range(0, len(rows), 5000):
            cursor.executemany(statement, rows[at : at + 5000])
    steps["record rows"], mark = time.perf_counter() - mark, time.perf_counter()
    cursor.execute("COMMIT")
    steps["commit"] = time.perf_counter() - mark
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    connection.close()
    empty.lock()
    print(
        f"{'floor: the same writes alone, bare connection':<44} {elapsed:8.3f} s  "
        f"(processor {used:.3f} s)"
    )
    print(
        f"{'':<44} {len(revisions) / used:,.0f} revisions/s of processor time; "
        + ", ".join(f"{name} {seconds:.3f} s" for name, seconds in steps.items())
    )


def _fill(vault: Vault, partners: int, answers: int, attachments: int) -> None:
    context = vault.record_context("Benchmark")
    partner_rows = [
        {"id": uuid7(), "name": f"Partner {n:05d}", "country": "KE", "notes": "x" * 200}
        for n in range(partners)
    ]
    contact_rows = [
        {"id": uuid7(), "partner_id": p["id"], "name": f"Contact of {p['name']}", "role": "ED"}
        for p in partner_rows
    ]
    per_assessment = 40
    assessment_rows = [
        {
            "id": uuid7(),
            "partner_id": partner_rows[n % partners]["id"],
            "assessment_kind": "capacity",
            "template_key": "capacity",
            "template_version": 1,
            "title": f"Capacity assessment {n}",
        }
        for n in range(max(1, answers // per_assessment))
    ]
    answer_rows = [
        {
            "id": answer_id(a["id"], f"item-{i}"),
            "assessment_id": a["id"],
            "item_id": f"item-{i}",
            "value": i % 5,
            "evidence_note": "seen the minutes of the board meeting",
        }
        for a in assessment_rows
        for i in range(per_assessment)
    ]
    with vault.transaction() as session:
        bulk_create(session, Partner, partner_rows, context)
        bulk_create(session, Contact, contact_rows, context)
        bulk_create(session, Assessment, assessment_rows, context)
        bulk_create(session, Answer, answer_rows, context)
    for n in range(attachments):
        # A JPEG's first bytes: an attachment's content must be what its name says.
        data = b"\xff\xd8\xff\xe0" + os.urandom(1024 * 1024 - 4)
        sha = hashlib.sha256(data).hexdigest()
        with vault.transaction() as session:
            session.add(Blob(sha256=sha, size=len(data), data=data))
            session.flush()
            session.add(
                Attachment(
                    filename=f"scan-{n}.jpg",
                    media_type="image/jpeg",
                    size=len(data),
                    sha256=sha,
                    partner_id=partner_rows[n % partners]["id"],
                )
            )


def bundle_timings(folder: Path, partners: int, answers: int, attachments: int) -> None:
    clock = FixedClock()
    hq, _ = Vault.create(
        folder / "HQ.fpvault", PASSPHRASE, kdf=KdfParams(os.urandom(16)), clock=clock
    )
    field, _ = Vault.create(
        folder / "Field.fpvault", PASSPHRASE, kdf=KdfParams(os.urandom(16)), clock=clock
    )
    create_organisation(hq, "Benchmark Org", folder / "org.fporg", folder / "hq.txt")
    join_organisation(field, folder / "org.fporg", ensure_device_identity(hq).fingerprint)
    _, fill_time = _timed(
        f"fill field vault ({partners} partners, {answers} answers)",
        _fill,
        field,
        partners,
        answers,
        attachments,
    )
    full = folder / "full.fpbundle"
    result, export_time = _timed("export full bundle", export_bundle, field, full, full=True)
    size_mb = full.stat().st_size / 1e6
    print(
        f"{'':<44} {result.revisions} revisions, {result.attachments} attachments, "
        f"{size_mb:.1f} MB, {result.revisions / export_time:,.0f} revisions/s"
    )
    fingerprint = ensure_device_identity(field).fingerprint
    floor = _floor(hq, full)
    print(f"{'baseline: decrypt and hash the bundle':<44} {floor:8.3f} s")
    _, import_time = _measured_import(
        "import full bundle at HQ (all new)", hq, full, trust=fingerprint
    )
    print(
        f"{'':<44} {result.revisions / import_time:,.0f} revisions/s, {size_mb / import_time:.1f} MB/s,"
        f" {import_time / floor:.1f}x the baseline"
    )
    _, noop_time = _measured_import("re-import the same bundle (no-op)", hq, full)
    print(f"{'':<44} {noop_time / floor:.1f}x the baseline")
    # HQ's reply carries its acknowledgement: the device's next export starts from there
    # (until then every export re-sends what HQ has not confirmed).
    reply = folder / "reply.fpbundle"
    _timed("HQ's reply (acknowledgements, templates)", export_bundle, hq, reply, to=field.device_id)
    _timed("import HQ's reply on the device", import_bundle, field, reply)
    with field.transaction() as session:
        for partner in session.query(Partner).limit(max(1, partners // 100)):
            partner.notes = "edited after the first export"
    inc = folder / "inc.fpbundle"
    result, _ = _timed("export incremental (1% of partners edited)", export_bundle, field, inc)
    print(f"{'':<44} {result.revisions} revisions, {inc.stat().st_size / 1e3:.0f} kB")
    _timed("import incremental at HQ", import_bundle, hq, inc)
    # Last, so that the rows it holds do not count in the imports' peak memory.
    _writes_floor(folder, hq, full)
    hq.lock()
    field.lock()
    print(f"{'':<44} (filling took {fill_time:.1f} s)")


def fleet_timings(folder: Path, devices: int, partners: int, answers: int) -> None:
    """HQ importing one bundle from each of ``devices`` devices in one batch."""
    clock = FixedClock()
    hq, _ = Vault.create(
        folder / "HQ.fpvault", PASSPHRASE, kdf=KdfParams(os.urandom(16)), clock=clock
    )
    create_organisation(hq, "Fleet Org", folder / "org.fporg", folder / "hq.txt")
    hq_fingerprint = ensure_device_identity(hq).fingerprint
    paths = []
    start = time.perf_counter()
    for number in range(devices):
        device, _ = Vault.create(
            folder / f"D{number}.fpvault", PASSPHRASE, kdf=KdfParams(os.urandom(16)), clock=clock
        )
        join_organisation(device, folder / "org.fporg", hq_fingerprint)
        _fill(device, partners, answers, 0)
        paths.append(folder / f"D{number}.fpbundle")
        export_bundle(device, paths[-1], full=True)
        device.lock()
    print(f"{'':<44} (making {devices} devices took {time.perf_counter() - start:.1f} s)")
    _reset_peak_memory()
    (results, _), elapsed = _timed(
        f"HQ imports {devices} bundles from {devices} devices",
        import_bundles,
        hq,
        paths,
        confirm=lambda _device: True,
    )
    applied = sum(r.plan.revisions for _, r in results if r.applied)
    assert len(results) == devices and all(r.applied for _, r in results)
    print(
        f"{'':<44} {applied:,} revisions, {applied / elapsed:,.0f} revisions/s, "
        f"peak resident memory {_peak_memory_mb():.0f} MB"
    )
    hq.lock()


def age_ratio(megabytes: int) -> None:
    age = shutil.which("age")
    identity = x25519.Identity.generate()
    recipient = str(identity.to_public())
    plaintext = os.urandom(megabytes * 1024 * 1024)
    start = time.perf_counter()
    sink = io.BytesIO()
    pyrage.encrypt_io(io.BytesIO(plaintext), sink, [identity.to_public()])
    py_encrypt = time.perf_counter() - start
    ciphertext = sink.getvalue()
    start = time.perf_counter()
    out = io.BytesIO()
    pyrage.decrypt_io(io.BytesIO(ciphertext), out, [identity])
    py_decrypt = time.perf_counter() - start
    assert out.getvalue() == plaintext
    print(f"pyrage streaming encrypt {megabytes} MB            {megabytes / py_encrypt:8.0f} MB/s")
    print(f"pyrage streaming decrypt {megabytes} MB            {megabytes / py_decrypt:8.0f} MB/s")
    if age is None:
        print("age tool not found: no ratio (apt install age)")
        return
    with tempfile.TemporaryDirectory() as folder:
        key_file = Path(folder) / "key.txt"
        key_file.write_text(str(identity) + "\n")
        key_file.chmod(0o600)
        start = time.perf_counter()
        encrypted = subprocess.run(
            [age, "-r", recipient], input=plaintext, capture_output=True, check=True
        ).stdout
        cli_encrypt = time.perf_counter() - start
        start = time.perf_counter()
        decrypted = subprocess.run(
            [age, "-d", "-i", str(key_file)], input=ciphertext, capture_output=True, check=True
        ).stdout
        cli_decrypt = time.perf_counter() - start
    assert decrypted == plaintext and encrypted.startswith(b"age-encryption.org/v1")
    print(f"age tool encrypt {megabytes} MB                    {megabytes / cli_encrypt:8.0f} MB/s")
    print(f"age tool decrypt {megabytes} MB                    {megabytes / cli_decrypt:8.0f} MB/s")
    print(f"ratio pyrage/age encrypt (throughput)          {cli_encrypt / py_encrypt:8.2f}")
    print(f"ratio pyrage/age decrypt (throughput)          {cli_decrypt / py_decrypt:8.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partners", type=int, default=2000)
    parser.add_argument("--answers", type=int, default=20000)
    parser.add_argument("--attachments", type=int, default=50)
    parser.add_argument("--mb", type=int, default=64)
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument(
        "--only", choices=("bundle", "fleet", "age"), help="run one part of the benchmark"
    )
    args = parser.parse_args()
    if args.only in (None, "bundle"):
        with tempfile.TemporaryDirectory(prefix="fp-sync-bench-") as folder:
            bundle_timings(Path(folder), args.partners, args.answers, args.attachments)
    if args.only in (None, "fleet"):
        with tempfile.TemporaryDirectory(prefix="fp-sync-bench-") as folder:
            fleet_timings(Path(folder), args.devices, 20, 400)
    if args.only in (None, "age"):
        age_ratio(args.mb)


if __name__ == "__main__":
    main()
