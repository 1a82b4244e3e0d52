"""HQ on PostgreSQL, against a real throw-away server (tests/pg_server.py): migrations, the
HQ database's sealed secrets, ``hq init`` in both forms, bundles to and from field vaults,
and two processes importing the same bundle at once."""

from __future__ import annotations

import base64
import json
import multiprocessing
import os
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sync_helpers import PASSPHRASE, World, content_snapshot, new_device

from fieldpartner.cli import main
from fieldpartner.domain.clock import FixedClock
from fieldpartner.domain.models import Base, Partner, RecordRevision, SyncReceivedBundle
from fieldpartner.domain.partners import add_partner, edit_partner, list_partners
from fieldpartner.domain.search import fold
from fieldpartner.sync import export_bundle, import_bundle, list_conflicts
from fieldpartner.sync.identity import ensure_device_identity
from fieldpartner.sync.org import create_organisation, join_organisation, list_devices
from fieldpartner.vault import Vault, WrongPassphrase
from fieldpartner.vault.hq import HqDatabase, move_vault
from fieldpartner.vault.keys import KdfParams
from fieldpartner.vault.migrate import current_revision, head_revision
from pg_server import PgServer


def _kdf() -> KdfParams:
    return KdfParams(salt=os.urandom(16))


def _new_hq(url: str, folder: Path) -> HqDatabase:
    hq = HqDatabase.make(url, PASSPHRASE, name="HQ", kdf=_kdf(), clock=FixedClock())
    create_organisation(hq, "Test Org", folder / "org.fporg", folder / "hq-identity.txt")
    return hq


# --- the schema --------------------------------------------------------------------------------


def test_the_migrations_make_the_models_schema_on_postgresql(hq_url: str) -> None:
    hq = HqDatabase.make(hq_url, PASSPHRASE, name="HQ", kdf=_kdf())
    try:
        engine = hq.engine
        assert engine is not None and engine.dialect.name == "postgresql"
        assert current_revision(engine) == head_revision()
        with engine.connect() as conn:
            tables = set(
                conn.scalars(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
                )
            )
            assert tables == set(Base.metadata.tables) | {"alembic_version"}
            not_deferrable = conn.scalar(
                text("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND NOT condeferrable")
            )
            assert not_deferrable == 0
            # The vault's Python fold and the database's agree on every script.
            samples = ["Émile Zoë", "ÇA VA", "أحمد إبراهيم آمنة", "Ṭāhā", "Niño", "ﬁve", "Ünïcödé"]
            for sample in samples:
                assert conn.scalar(text("SELECT fold(:s)"), {"s": sample}) == fold(sample)
            found = conn.scalar(
                text("SELECT json_extract(CAST(:j AS json), '$.a.b')"), {"j": '{"a": {"b": "x"}}'}
            )
            assert found == "x"
    finally:
        hq.lock()


def test_an_hq_database_is_made_only_in_an_empty_database(hq_url: str) -> None:
    HqDatabase.make(hq_url, PASSPHRASE, name="HQ", kdf=_kdf()).lock()
    from fieldpartner.vault import VaultExists

    with pytest.raises(VaultExists, match="already holds tables"):
        HqDatabase.make(hq_url, PASSPHRASE, name="HQ again", kdf=_kdf())


def test_search_sort_and_filters_of_the_partner_list_run_on_postgresql(
    hq_url: str, tmp_path: Path
) -> None:
    hq = _new_hq(hq_url, tmp_path)
    try:
        with hq.transaction() as session:
            add_partner(session, name="Réseau Étoile", country="SN", tags=["média"])
            add_partner(session, name="أمل", country="EG")
        from fieldpartner.domain.partners import PartnerFilter

        with hq.session() as session:
            found = list_partners(session, PartnerFilter(text="reseau etoile"))
            assert [p.name for p in found] == ["Réseau Étoile"]
            found = list_partners(session, PartnerFilter(text="امل"))
            assert [p.name for p in found] == ["أمل"]
            found = list_partners(session, PartnerFilter(tag="média"))
            assert [p.name for p in found] == ["Réseau Étoile"]
            rated = list_partners(session, PartnerFilter(sort="last_rating"))
            assert len(rated) == 2
    finally:
        hq.lock()


# --- secrets ------------------------------------------------------------------------------------


def _all_text(hq: HqDatabase) -> str:
    """Every row of every table as PostgreSQL's text of the row."""
    assert hq.engine is not None
    parts = []
    with hq.engine.connect() as conn:
        for table in [*Base.metadata.tables, "alembic_version"]:
            parts.extend(str(v) for v in conn.scalars(text(f'SELECT t::text FROM "{table}" t')))
    return "\n".join(parts)


def test_hq_secrets_are_never_in_clear_in_the_database(hq_url: str, tmp_path: Path) -> None:
    hq = _new_hq(hq_url, tmp_path)
    identity = ensure_device_identity(hq)
    hq.lock()
    secrets = [
        identity.age_secret,
        identity.age_secret.lower(),
        base64.b64encode(identity.signing_secret).decode(),
        identity.signing_secret.hex(),
    ]
    backup = (tmp_path / "hq-identity.txt").read_text()
    assert identity.age_secret in backup  # the backup is where it leaves, and only there
    reopened = HqDatabase.open(hq_url, PASSPHRASE)
    try:
        everything = _all_text(reopened)
        assert "sync.identity" in everything and "age1" in everything  # the public halves
        for secret in secrets:
            assert secret not in everything
        again = ensure_device_identity(reopened)
        assert (again.age_secret, again.signing_secret) == (
            identity.age_secret,
            identity.signing_secret,
        )
    finally:
        reopened.lock()
    with pytest.raises(WrongPassphrase):
        HqDatabase.open(hq_url, "not the passphrase at all")


# --- bundles --------------------------------------------------------------------------------------


def test_bundles_round_trip_between_a_field_vault_and_hq_on_postgresql(
    hq_url: str,
    tmp_path: Path,
    _template_vault: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hq = _new_hq(hq_url, tmp_path)
    device = new_device(_template_vault[0], tmp_path / "Field.fpvault")
    try:
        join_organisation(device, tmp_path / "org.fporg", ensure_device_identity(hq).fingerprint)
        with device.transaction() as session:
            partner = add_partner(session, name="Kenya Rights Watch", country="KE")
        export_bundle(device, tmp_path / "up.fpbundle")
        fingerprint = ensure_device_identity(device).fingerprint
        first = import_bundle(hq, tmp_path / "up.fpbundle", trust=fingerprint)
        assert first.applied
        again = import_bundle(hq, tmp_path / "up.fpbundle")
        assert not again.applied and again.plan.already_imported
        [enrolled] = list_devices(hq)
        assert enrolled.device_id == device.device_id and enrolled.bundles_received == 1

        with hq.transaction() as session:
            edit_partner(session, session.get(Partner, partner.id), region="Nairobi")
            add_partner(session, name="Sudan Monitors", country="SD")
        main_args = [
            "partner",
            "assign",
            hq.url,
            "Sudan Monitors",
            "--device",
            device.device_id,
        ]
        monkeypatch.setenv("FIELDPARTNER_PASSPHRASE", PASSPHRASE)
        assert main(main_args) == 0
        assert main([*main_args[:3], "Kenya Rights Watch", *main_args[4:]]) == 0
        export_bundle(hq, tmp_path / "down.fpbundle", to=device.device_id)
        assert import_bundle(device, tmp_path / "down.fpbundle").applied
        assert content_snapshot(device) == content_snapshot(hq)
    finally:
        device.lock()
        hq.lock()


def _import_in_process(url: str, bundle: str, ready: object, results: object) -> None:
    hq = HqDatabase.open(url, PASSPHRASE)
    try:
        ready.wait(timeout=60)  # type: ignore[attr-defined]
        result = import_bundle(hq, Path(bundle))
        outcome: object = (result.applied, result.plan.already_imported)
    except Exception as exc:  # reported to the test, which fails naming it
        outcome = (type(exc).__name__, str(exc))
    finally:
        hq.lock()
    results.put(outcome)  # type: ignore[attr-defined]


def test_two_processes_importing_the_same_bundle_apply_it_once(
    hq_url: str, tmp_path: Path, _template_vault: tuple[Path, str]
) -> None:
    hq = _new_hq(hq_url, tmp_path)
    device = new_device(_template_vault[0], tmp_path / "Field.fpvault")
    try:
        join_organisation(device, tmp_path / "org.fporg", ensure_device_identity(hq).fingerprint)
        export_bundle(device, tmp_path / "hello.fpbundle")
        import_bundle(
            hq, tmp_path / "hello.fpbundle", trust=ensure_device_identity(device).fingerprint
        )
        with device.transaction() as session:
            for n in range(40):
                add_partner(session, name=f"Partner {n}", country="KE")
        bundle = tmp_path / "many.fpbundle"
        export_bundle(device, bundle)
        with hq.session() as session:
            revisions_before = len(session.scalars(select(RecordRevision.seq)).all())
    finally:
        device.lock()
        hq.lock()

    spawn = multiprocessing.get_context("spawn")
    ready = spawn.Barrier(2)
    results = spawn.Queue()
    workers = [
        spawn.Process(target=_import_in_process, args=(hq_url, str(bundle), ready, results))
        for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    outcomes = sorted(results.get(timeout=120) for _ in workers)
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    assert outcomes == [(False, True), (True, False)]

    hq = HqDatabase.open(hq_url, PASSPHRASE)
    try:
        with hq.session() as session:
            received = session.scalars(select(SyncReceivedBundle.bundle_id)).all()
            assert len(received) == 2  # the first bundle and this one, once
            revisions = len(session.scalars(select(RecordRevision.seq)).all())
            assert revisions == revisions_before + 40
            assert len(session.scalars(select(Partner.id)).all()) == 40
    finally:
        hq.lock()


def test_an_import_holds_the_lock_of_its_sender_until_it_ends(hq_url: str) -> None:
    from fieldpartner.vault.postgresql import lock_key
    from fieldpartner.vault.sql import serialise_sender

    hq = HqDatabase.make(hq_url, PASSPHRASE, name="HQ", kdf=_kdf())
    assert hq.engine is not None
    probe = text("SELECT pg_try_advisory_xact_lock(:key)")
    try:
        with hq.transaction() as session, hq.engine.connect() as other:
            serialise_sender(session, "device-a")
            assert other.scalar(probe, {"key": lock_key("device-a")}) is False
            assert other.scalar(probe, {"key": lock_key("device-b")}) is True
            other.rollback()
        with hq.engine.connect() as other:
            assert other.scalar(probe, {"key": lock_key("device-a")}) is True
    finally:
        hq.lock()


# --- hq init --------------------------------------------------------------------------------------


def test_hq_init_makes_a_new_organisation(
    hq_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("FIELDPARTNER_PASSPHRASE", PASSPHRASE)
    profile, backup = tmp_path / "org.fporg", tmp_path / "hq-identity.txt"
    args = ["hq", "init", hq_url, "--name", "Rights Org"]
    assert main([*args, "--profile-out", str(profile)]) == 2  # all three, or --from-vault
    assert "needs --name, --profile-out and --identity-backup-out" in capsys.readouterr().err
    assert main([*args, "--profile-out", str(profile), "--identity-backup-out", str(backup)]) == 0
    shown = capsys.readouterr().out
    from fieldpartner.sync.org import read_profile

    read = read_profile(profile)
    assert read.name == "Rights Org" and f"fingerprint: {read.hq.fingerprint}" in shown
    assert "AGE-SECRET-KEY-" in backup.read_text()
    assert main(["device", "list", hq_url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    # Twice is refused: the database is not empty any more.
    assert main([*args, "--profile-out", str(profile), "--identity-backup-out", str(backup)]) == 1


def _cli_json(*args: str, capsys: pytest.CaptureFixture) -> object:
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_hq_init_from_vault_moves_everything_and_exports_the_same(
    hq_world: World,
    hq_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
) -> None:
    world = hq_world
    # A conflict at HQ: both devices edit the same field, then both send.
    with world.hq.session() as session:
        partner_id = session.scalars(select(Partner.id).order_by(Partner.name)).first()
    for n, device in enumerate(world.devices):
        with device.transaction() as session:
            edit_partner(session, session.get(Partner, partner_id), region=f"Region {n}")
    for device in world.devices:
        import_bundle(world.hq, world.send_to_hq(device))
    assert list_conflicts(world.hq)
    vault_path = world.hq.path
    world.hq.lock()

    monkeypatch.setenv("FIELDPARTNER_PASSPHRASE", PASSPHRASE)
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    views = [
        ("device", "list", "--json"),
        ("conflict", "list", "--all", "--json"),
        ("bundle", "history", "--json"),
    ]
    assert main(["export", str(vault_path), "--format", "json", "-o", str(before), "--yes"]) == 0
    capsys.readouterr()
    seen = [_cli_json(v[0], v[1], str(vault_path), *v[2:], capsys=capsys) for v in views]

    assert main(["hq", "init", hq_url, "--from-vault", str(vault_path)]) == 0
    assert "moved:" in capsys.readouterr().out
    assert main(["export", hq_url, "--format", "json", "-o", str(after), "--yes"]) == 0
    capsys.readouterr()
    assert json.loads(after.read_text()) == json.loads(before.read_text())
    assert before.read_bytes() == after.read_bytes()
    assert [_cli_json(v[0], v[1], hq_url, *v[2:], capsys=capsys) for v in views] == seen

    # Conflicts are settled and devices revoked in the database.
    [conflict] = _cli_json("conflict", "list", hq_url, "--json", capsys=capsys)  # type: ignore[misc]
    assert main(["conflict", "resolve", hq_url, conflict["id"], "--take", "incoming"]) == 0
    assert "resolved:" in capsys.readouterr().out
    assert _cli_json("conflict", "list", hq_url, "--json", capsys=capsys) == []

    # HQ goes on from the database: the devices' next bundles import there.
    hq = HqDatabase.open(hq_url, PASSPHRASE, clock=FixedClock())
    world.hq = hq
    try:
        with world.devices[0].transaction() as session:
            add_partner(session, name="After the move", country="KE")
        assert import_bundle(hq, world.send_to_hq(world.devices[0])).applied
        assert import_bundle(world.devices[1], world.send_to_device(world.devices[1])).applied
        assert content_snapshot(world.devices[1], audit=False) == content_snapshot(hq, audit=False)
        hq.lock()
        revoked = world.devices[0].device_id
        assert main(["device", "revoke", hq_url, revoked]) == 0
        capsys.readouterr()
        listed = _cli_json("device", "list", hq_url, "--json", capsys=capsys)
        assert {d["device_id"]: d["status"] for d in listed}[revoked] == "revoked"  # type: ignore[attr-defined,index]
    finally:
        hq.lock()


def test_moving_a_vault_that_is_not_hq_is_refused(
    hq_url: str, vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("FIELDPARTNER_PASSPHRASE", PASSPHRASE)
    assert main(["hq", "init", hq_url, "--from-vault", str(vault_path)]) == 4
    assert "not an organisation's HQ vault" in capsys.readouterr().err


def test_move_vault_keeps_the_identity(hq_world: World, hq_url: str) -> None:
    identity = ensure_device_identity(hq_world.hq)
    hq = move_vault(hq_world.hq, hq_url, PASSPHRASE, kdf=_kdf())
    try:
        moved = ensure_device_identity(hq)
        assert moved == identity and hq.device_id == hq_world.hq.device_id
    finally:
        hq.lock()


# --- the same answers from both engines -------------------------------------------------------


RATINGS_SHOWN = ("low", "moderate", "significant", "high")


def _answers(vault: Vault) -> dict[str, object]:
    """What the partner list, the plans and the assessment list show, on either engine."""
    from datetime import date

    from fieldpartner.domain.assessments import list_assessments
    from fieldpartner.domain.partners import RATINGS, SORT_KEYS, PartnerFilter
    from fieldpartner.domain.plans import dialogues_due, upcoming_overview

    today = date(2026, 3, 1)
    shown: dict[str, object] = {}
    with vault.session() as session:
        for key in SORT_KEYS:
            for descending in (False, True):
                flt = PartnerFilter(sort=key, descending=descending, today=today)
                shown[f"sort {key} {descending}"] = [p.id for p in list_partners(session, flt)]
        for rating in (*RATINGS, "none"):
            flt = PartnerFilter(rating=rating, today=today)
            shown[f"rating {rating}"] = [p.id for p in list_partners(session, flt)]
        shown["overdue"] = [
            p.id for p in list_partners(session, PartnerFilter(overdue=True, today=today))
        ]
        shown["upcoming"] = _plain(upcoming_overview(session, today, 365))
        shown["dialogues"] = _plain(dialogues_due(session, today))
        shown["assessments"] = _plain(list_assessments(session))
    return shown


def _plain(value: object) -> object:
    """Dataclasses and lists as plain values, records by their id."""
    import dataclasses

    if hasattr(value, "__table__"):
        return value.id  # type: ignore[attr-defined]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def test_demo_data_moved_to_postgresql_answers_every_query_the_same(
    vault: Vault, hq_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldpartner.domain.demo import populate_demo

    populate_demo(vault, "small")
    create_organisation(vault, "Demo Org", tmp_path / "org.fporg", tmp_path / "id.txt")
    expected = _answers(vault)
    assert any(expected[f"rating {r}"] for r in RATINGS_SHOWN)
    assert expected["assessments"] and expected["dialogues"] and expected["overdue"]
    hq = move_vault(vault, hq_url, PASSPHRASE, kdf=_kdf())
    try:
        assert _answers(hq) == expected
        partner_name = list_partners_names(hq)[0]
    finally:
        hq.lock()
    monkeypatch.setenv("FIELDPARTNER_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "dossier.pdf"
    args = ["report", hq_url, "--partner", partner_name, "--kind", "dossier", "-o", str(out)]
    assert main(args) == 0
    assert out.read_bytes().startswith(b"%PDF")


def list_partners_names(vault: Vault) -> list[str]:
    with vault.session() as session:
        return [p.name for p in list_partners(session)]


def test_a_database_that_is_not_hq_is_refused_and_no_password_is_shown(
    pg_server: PgServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("FIELDPARTNER_PASSPHRASE", PASSPHRASE)
    empty = pg_server.new_database()
    assert main(["device", "list", empty]) == 4
    assert "is not a FieldPartner HQ database" in capsys.readouterr().err
    nowhere = f"postgresql://fieldpartner:s3cret-pw@/nowhere?host={pg_server.folder}/none"
    assert main(["device", "list", nowhere]) == 4
    err = capsys.readouterr().err
    assert "cannot use the HQ database" in err and "s3cret-pw" not in err
