"""File → Connect to HQ database…: the window on HQ's PostgreSQL database (a real
throw-away server, tests/pg_server.py), the person's role in the status bar, vault-only
actions and, for a viewer, editing actions disabled."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldpartner.domain.clock import FixedClock
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.staff import VIEWER, set_role
from fieldpartner.sync.org import create_organisation
from fieldpartner.ui.main_window import MainWindow
from fieldpartner.vault import Vault
from fieldpartner.vault.hq import HqDatabase
from fieldpartner.vault.keys import KdfParams
from pg_server import ROLE, PgServer

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def hq_with_viewer(hq_url: str, pg_server: PgServer, tmp_path: Path) -> dict[str, str]:
    hq = HqDatabase.make(
        hq_url, PASSPHRASE, name="HQ", kdf=KdfParams(salt=os.urandom(16)), clock=FixedClock()
    )
    try:
        create_organisation(hq, "Test Org", tmp_path / "org.fporg", tmp_path / "hq-id.txt")
        with hq.transaction() as session:
            add_partner(session, name="Kenya Rights Watch", country="KE")
            set_role(session, "vera", VIEWER)
    finally:
        hq.lock()
    return {"owner": hq_url, "vera": pg_server.login(hq_url, "vera", read_only=True)}


@pytest.fixture
def vault_window(qtbot: QtBot, vault: Vault) -> Iterator[MainWindow]:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    yield window
    for hq_window in list(window.hq_windows):
        hq_window.close()


def _connect(qtbot: QtBot, window: MainWindow, url: str) -> MainWindow:
    dialog = window.ask_hq_connection()
    dialog.url_edit.setText(url)
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.connected, timeout=60_000):
        dialog.connect_button.click()
    [hq_window] = window.hq_windows
    qtbot.waitUntil(lambda: hq_window.partner_model.rowCount() == 1, timeout=10_000)
    return hq_window


def test_connecting_to_hq_shows_its_partners_and_the_role(
    qtbot: QtBot, vault_window: MainWindow, hq_with_viewer: dict[str, str]
) -> None:
    hq_window = _connect(qtbot, vault_window, hq_with_viewer["owner"])
    assert hq_window.partner_model.index(0, 0).data() == "Kenya Rights Watch"
    assert hq_window.role_label.text() == f"HQ database · {ROLE} (administrator)"
    for action in (hq_window.lock_action, hq_window.wipe_action, hq_window.backup_action):
        assert not action.isEnabled()
        assert "Only for a vault" in action.statusTip()
    assert hq_window.import_partners_action.isEnabled()
    # The vault's own window is unchanged.
    assert vault_window.lock_action.isEnabled()
    assert not vault_window.role_label.isVisibleTo(vault_window)


def test_a_viewer_sees_editing_disabled(
    qtbot: QtBot, vault_window: MainWindow, hq_with_viewer: dict[str, str]
) -> None:
    hq_window = _connect(qtbot, vault_window, hq_with_viewer["vera"])
    assert hq_window.role_label.text() == "HQ database · vera (viewer)"
    for action in (
        hq_window.import_partners_action,
        hq_window.import_template_action,
        hq_window.organisation_action,
    ):
        assert not action.isEnabled()
        assert "(viewer) does not allow" in action.statusTip()
    assert not hq_window.partner_page.add_button.isEnabled()


def test_a_wrong_passphrase_or_address_is_named_and_nothing_opens(
    qtbot: QtBot, vault_window: MainWindow, hq_with_viewer: dict[str, str]
) -> None:
    dialog = vault_window.ask_hq_connection()
    dialog.url_edit.setText("/home/someone/HQ.fpvault")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.connect_button.click()
    assert "postgresql://" in dialog.feedback.text()
    dialog.url_edit.setText(hq_with_viewer["owner"])
    dialog.passphrase.setText("not the passphrase at all")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.feedback.text().startswith("Not connected"), timeout=60_000)
    assert vault_window.hq_windows == []


def test_a_form_saved_after_another_window_changed_the_record_is_refused_until_reloaded(
    qtbot: QtBot, vault: Vault
) -> None:
    """Two windows on one vault: the profile opened before the other window's change."""
    from fieldpartner.domain.models import Partner
    from fieldpartner.domain.partners import edit_partner
    from fieldpartner.ui.operations import close_writer
    from fieldpartner.ui.partners.profile_tab import ProfileTab

    with vault.transaction() as session:
        partner_id = add_partner(session, name="Sudan Monitors", country="SD").id
    tab = ProfileTab()
    qtbot.addWidget(tab)
    tab.load(vault, partner_id)
    with vault.transaction(author="the other window") as session:
        edit_partner(session, session.get(Partner, partner_id), region="Khartoum")
    line = tab.fields["region"]
    line.setText("Darfur")
    line.editingFinished.emit()
    qtbot.waitUntil(
        lambda: "changed by the other window" in tab.error_text("region"), timeout=10_000
    )
    assert tab.fields["region"].text() == "Darfur"  # what was typed stays
    assert "changed by the other window" in tab.stale.message
    close_writer(vault)
    with vault.session() as session:
        assert session.get(Partner, partner_id).region == "Khartoum"  # type: ignore[union-attr]
    tab.stale.reload_button.click()  # the record as it is now
    assert tab.fields["region"].text() == "Khartoum"
    assert tab.error_text("region") == "" and not tab.stale.is_stale
    # Edited again from what it shows now, the change is saved.
    line.setText("Darfur")
    line.editingFinished.emit()
    qtbot.waitUntil(lambda: tab.error_text("region") == "", timeout=10_000)
    close_writer(vault)
    with vault.session() as session:
        assert session.get(Partner, partner_id).region == "Darfur"  # type: ignore[union-attr]


def test_refusals_of_roles_and_stale_edits_are_shown_as_their_message() -> None:
    from fieldpartner.domain.revisions import EditConflict
    from fieldpartner.domain.staff import Action, NotPermitted, Staff
    from fieldpartner.ui.worker import describe_failure

    refused = NotPermitted(Staff("vera", VIEWER), Action.EDIT_RECORDS)
    assert describe_failure(refused).startswith("vera is a viewer in HQ's database")
    stale = EditConflict("partner", "p1", "Sudan Monitors", "bruno", "2026-01-15T09:00:00Z")
    assert "changed by bruno" in describe_failure(stale)
