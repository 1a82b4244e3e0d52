"""Several people at once on HQ's PostgreSQL database: each edit carries its author's login,
a change made from a stale version is refused (also between two windows on one vault), and
the roles (viewer, programme officer, administrator) are enforced."""

from __future__ import annotations

import inspect
import os

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError
from sync_helpers import PASSPHRASE, World, move_hq_to_postgresql

from fieldpartner.cli import main
from fieldpartner.domain.clock import FixedClock
from fieldpartner.domain.models import Partner, RecordRevision, SyncDevice
from fieldpartner.domain.partners import add_partner, edit_partner
from fieldpartner.domain.revisions import EditConflict, edit_based_on, history
from fieldpartner.domain.staff import (
    ADMINISTRATOR,
    OFFICER,
    VIEWER,
    NotPermitted,
    set_role,
)
from fieldpartner.sync import (
    conflicts,
    import_bundle,
    importer,
    list_conflicts,
    resolve_conflict,
    store,
)
from fieldpartner.sync.errors import SyncError
from fieldpartner.sync.org import (
    list_devices,
    revoke_device,
)
from fieldpartner.vault import Vault
from fieldpartner.vault.hq import HqDatabase
from fieldpartner.vault.keys import KdfParams
from pg_server import ROLE, PgServer


def _kdf() -> KdfParams:
    return KdfParams(salt=os.urandom(16))


def _open(url: str) -> HqDatabase:
    return HqDatabase.open(url, PASSPHRASE, clock=FixedClock())


def _partner_id(hq: HqDatabase) -> str:
    with hq.session() as session:
        return str(session.scalars(select(Partner.id)).one())


# --- 1. each person's edits carry their own name -----------------------------------------


def test_each_persons_edits_carry_their_login_as_author(staffed: dict[str, str]) -> None:
    amina, bruno = _open(staffed["amina"]), _open(staffed["bruno"])
    try:
        assert (amina.person, bruno.person) == ("amina", "bruno")
        partner_id = _partner_id(amina)
        with amina.transaction() as session:
            edit_partner(session, session.get(Partner, partner_id), region="Nairobi")
        with bruno.transaction() as session:
            edit_partner(session, session.get(Partner, partner_id), region="Mombasa")
        with bruno.session() as session:
            authors = [r.author for r in history(session, partner_id)]
        assert authors == [ROLE, "amina", "bruno"]
        assert "HQ" not in authors
    finally:
        amina.lock()
        bruno.lock()


# --- 2. stale edits refused ------------------------------------------------------------


def test_an_edit_from_a_stale_version_is_refused_naming_who_changed_it(
    staffed: dict[str, str],
) -> None:
    amina, bruno = _open(staffed["amina"]), _open(staffed["bruno"])
    try:
        partner_id = _partner_id(amina)
        with amina.session() as session:  # amina opens the record's form
            seen = session.get(Partner, partner_id)
            assert seen is not None
            base = seen.rev
        with bruno.transaction() as session:  # bruno saves a change meanwhile
            edit_partner(session, session.get(Partner, partner_id), region="Mombasa")
        stale = pytest.raises(EditConflict, match=r"Kenya Rights Watch.*changed by bruno")
        with stale, amina.transaction() as session:  # amina saves her form
            edit_based_on(session, partner_id, base)
            edit_partner(session, session.get(Partner, partner_id), region="Nairobi")
        with amina.session() as session:
            partner = session.get(Partner, partner_id)
            assert partner is not None and partner.region == "Mombasa"
            assert [r.author for r in history(session, partner_id)][-1] == "bruno"
    finally:
        amina.lock()
        bruno.lock()


def test_two_open_transactions_editing_one_record_never_overwrite(
    staffed: dict[str, str],
) -> None:
    """Both load the record in their own transaction; the second to save is refused."""
    amina, bruno = _open(staffed["amina"]), _open(staffed["bruno"])
    try:
        partner_id = _partner_id(amina)
        with (
            pytest.raises(EditConflict, match="changed by bruno"),
            amina.session() as a_session,
            a_session.begin(),
        ):
            a_partner = a_session.get(Partner, partner_id)
            assert a_partner is not None
            with bruno.transaction() as b_session:
                edit_partner(b_session, b_session.get(Partner, partner_id), region="Mombasa")
            edit_partner(a_session, a_partner, region="Nairobi")
        with amina.session() as session:
            assert session.get(Partner, partner_id).region == "Mombasa"  # type: ignore[union-attr]
    finally:
        amina.lock()
        bruno.lock()


def test_two_windows_on_one_vault_never_overwrite(vault: Vault) -> None:
    """The same check in a vault: the base revision of a form opened in another window."""
    with vault.transaction() as session:
        partner_id = add_partner(session, name="Sudan Monitors", country="SD").id
    with vault.session() as session:
        base = session.get(Partner, partner_id).rev  # type: ignore[union-attr]
    with vault.transaction(author="window two") as session:
        edit_partner(session, session.get(Partner, partner_id), region="Khartoum")
    with pytest.raises(EditConflict, match="changed by window two"), vault.transaction() as session:
        edit_based_on(session, partner_id, base)
        edit_partner(session, session.get(Partner, partner_id), region="Darfur")
    with vault.session() as session:
        assert session.get(Partner, partner_id).region == "Khartoum"  # type: ignore[union-attr]


def test_an_edit_from_the_current_version_is_saved(vault: Vault) -> None:
    with vault.transaction() as session:
        partner = add_partner(session, name="Sudan Monitors", country="SD")
        partner_id, base = partner.id, partner.rev
    with vault.transaction() as session:
        edit_based_on(session, partner_id, base)
        edit_partner(session, session.get(Partner, partner_id), region="Darfur")
    with vault.session() as session:
        assert session.get(Partner, partner_id).region == "Darfur"  # type: ignore[union-attr]


def _moved_world_with_a_conflict(world: World, url: str) -> None:
    """Both devices edit the same field of one partner and send; HQ then moves to ``url``."""
    with world.hq.session() as session:
        partner_id = session.scalars(select(Partner.id).order_by(Partner.name)).first()
    for n, device in enumerate(world.devices):
        with device.transaction() as session:
            edit_partner(session, session.get(Partner, partner_id), region=f"Region {n}")
    for device in world.devices:
        import_bundle(world.hq, world.send_to_hq(device))
    assert len(list_conflicts(world.hq)) == 1
    move_hq_to_postgresql(world, url)
    with world.hq.transaction() as session:
        set_role(session, "amina", OFFICER)
        set_role(session, "bruno", OFFICER)


def test_two_people_resolving_one_conflict_the_second_is_told_who_did(
    hq_world: World, hq_url: str, pg_server: PgServer
) -> None:
    _moved_world_with_a_conflict(hq_world, hq_url)
    amina = _open(pg_server.login(hq_url, "amina"))
    bruno = _open(pg_server.login(hq_url, "bruno"))
    try:
        [conflict] = list_conflicts(bruno)  # both see it open
        resolve_conflict(amina, conflict.id, "incoming")
        with pytest.raises(SyncError, match=r"already resolved \(taken: incoming\) by amina"):
            resolve_conflict(bruno, conflict.id, "local")
        with bruno.session() as session:
            [last] = session.scalars(
                select(RecordRevision)
                .where(RecordRevision.record_id == conflict.record_id)
                .order_by(RecordRevision.seq.desc())
                .limit(1)
            )
        assert last.author == "amina"
    finally:
        amina.lock()
        bruno.lock()


# --- 3. roles ------------------------------------------------------------------------------


def test_a_viewers_write_is_refused_and_nothing_changes(staffed: dict[str, str]) -> None:
    vera = _open(staffed["vera"])
    try:
        assert vera.staff().role == VIEWER
        partner_id = _partner_id(vera)
        with (
            pytest.raises(NotPermitted, match=r"vera is a viewer .* may not edit records"),
            vera.transaction() as session,
        ):
            edit_partner(session, session.get(Partner, partner_id), region="Nairobi")
        with (
            pytest.raises(NotPermitted, match="may not edit records"),
            vera.transaction() as session,
        ):
            add_partner(session, name="Another", country="KE")
        with vera.session() as session:
            assert session.get(Partner, partner_id).region in ("", None)  # type: ignore[union-attr]
            assert len(history(session, partner_id)) == 1
            assert session.scalars(select(Partner.name)).all() == ["Kenya Rights Watch"]
    finally:
        vera.lock()


def test_a_viewers_login_with_select_only_is_refused_by_the_database_too(
    staffed: dict[str, str],
) -> None:
    """Past the application (a role mistakenly raised), the grants still refuse."""
    from sqlalchemy.exc import ProgrammingError

    owner = _open(staffed["owner"])
    try:
        with owner.transaction() as session:
            set_role(session, "vera", OFFICER)
    finally:
        owner.lock()
    vera = _open(staffed["vera"])
    try:
        partner_id = _partner_id(vera)
        with (
            pytest.raises(ProgrammingError, match="permission denied"),
            vera.transaction() as session,
        ):
            edit_partner(session, session.get(Partner, partner_id), region="Nairobi")
    finally:
        vera.lock()


def test_an_officer_cannot_revoke_a_device_an_administrator_can(
    hq_world: World, hq_url: str, pg_server: PgServer
) -> None:
    _moved_world_with_a_conflict(hq_world, hq_url)
    device_id = hq_world.devices[0].device_id
    amina = _open(pg_server.login(hq_url, "amina"))
    try:
        with pytest.raises(NotPermitted, match=r"amina is a programme-officer .* may not enrol or"):
            revoke_device(amina, device_id)
        with amina.session() as session:
            assert session.get(SyncDevice, device_id).status == "active"  # type: ignore[union-attr]
        with (
            pytest.raises(NotPermitted, match="may not assign staff roles"),
            amina.transaction() as session,
        ):
            set_role(session, "amina", ADMINISTRATOR)
    finally:
        amina.lock()
    assert hq_world.hq.staff().role == ADMINISTRATOR  # the database's owner
    revoke_device(hq_world.hq, device_id)
    assert {d.device_id: d.status for d in list_devices(hq_world.hq)}[device_id] == "revoked"


def test_hq_role_assigns_and_lists_roles(
    staffed: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("FIELDPARTNER_PASSPHRASE", PASSPHRASE)
    owner = staffed["owner"]
    assert main(["hq", "role", owner, "--person", "bruno", "--role", "administrator"]) == 0
    assert main(["hq", "role", owner]) == 0
    out = capsys.readouterr().out
    assert f"{ROLE}: administrator (the database's owner)" in out
    assert "amina: programme-officer" in out and "bruno: administrator" in out
    assert "vera: viewer" in out
    # Now bruno may, amina may not.
    assert (
        main(["hq", "role", staffed["bruno"], "--person", "vera", "--role", "programme-officer"])
        == 0
    )
    assert (
        main(["hq", "role", staffed["amina"], "--person", "amina", "--role", "administrator"]) == 1
    )
    assert "may not assign staff roles" in capsys.readouterr().err
    assert main(["hq", "role", owner, "--person", "amina", "--role", "boss"]) == 2


def test_heads_an_import_reads_stay_locked_until_it_commits(staffed: dict[str, str]) -> None:
    """The rows whose heads a bundle import (or a conflict resolution) reads are locked
    until it commits: a person's edit of one waits, then finds it changed, instead of
    landing between the read and the merge written on the strength of it."""
    from psycopg.errors import LockNotAvailable

    amina, bruno = _open(staffed["amina"]), _open(staffed["bruno"])
    try:
        partner_id = _partner_id(amina)
        with amina.session() as a_session, a_session.begin():
            heads = store.read_heads(a_session, "partner", [partner_id], lock=True)
            assert partner_id in heads
            with bruno.session() as b_session, b_session.begin():
                with pytest.raises(OperationalError) as refused:
                    b_session.execute(
                        text("SELECT id FROM partners WHERE id = :id FOR UPDATE NOWAIT"),
                        {"id": partner_id},
                    )
                assert isinstance(refused.value.orig, LockNotAvailable)
    finally:
        amina.lock()
        bruno.lock()
    # The import and the conflict resolution read their heads so.
    for module in (importer, conflicts):
        assert "read_heads(session, kind, " in inspect.getsource(module)
        assert all(
            "lock=True" in line
            for line in inspect.getsource(module).splitlines()
            if "read_heads(session, kind, " in line
        ), module.__name__
