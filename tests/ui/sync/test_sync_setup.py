"""Setting up sync without the command line: a field officer joins with HQ's profile and
the fingerprint HQ reads over the phone (a wrong one is refused); HQ sets up the
organisation, saving the profile to hand out and its identity backup, and sees the
fingerprint to read out."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtCore import Qt
from shiboken6 import Shiboken
from ui_helpers import texts_showing

from fieldpartner.sync import read_profile
from fieldpartner.sync.identity import ensure_device_identity
from fieldpartner.sync.org import organisation
from fieldpartner.ui.sync.setup import CreateOrganisationDialog, JoinOrganisationDialog
from fieldpartner.ui.sync.sync_page import SyncPage
from fieldpartner.vault import Vault

WAIT = 15_000


@pytest.fixture
def setup_page(qtbot, vault: Vault):
    """The Sync page of a vault that belongs to no organisation yet."""
    page = SyncPage(vault)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    page.activated()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.setup_panel, timeout=WAIT)
    yield page
    if Shiboken.isValid(page):
        page.forget()


def _org(vault: Vault):
    with vault.session() as session:
        return organisation(session)


def _wrong(fingerprint: str) -> str:
    """The same fingerprint with one character changed (as a misheard letter would)."""
    first = fingerprint[0]
    return ("B" if first == "A" else "A") + fingerprint[1:]


def test_a_field_officer_joins_only_with_the_fingerprint_hq_reads_out(
    qtbot, setup_page, vault, sync_org
):
    page = setup_page
    hq_fingerprint = ensure_device_identity(sync_org.hq).fingerprint
    assert page.org_label.text() == "No organisation yet"
    assert page.fingerprint_label.text() == ensure_device_identity(vault).fingerprint

    qtbot.mouseClick(page.setup_panel.join_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, JoinOrganisationDialog) and dialog.isVisible()
    assert not dialog.join_button.isEnabled()
    dialog.ask_profile_path = lambda: str(sync_org.profile)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.profile is not None, timeout=WAIT)
    assert dialog.organisation_label.text().startswith("Test Org (profile made ")
    # HQ's fingerprint is not on the screen to be copied: it must come from HQ.
    assert texts_showing(dialog, hq_fingerprint) == []

    qtbot.keyClicks(dialog.fingerprint_edit, "not a fingerprint")
    assert not dialog.join_button.isEnabled()

    dialog.fingerprint_edit.clear()
    qtbot.keyClicks(dialog.fingerprint_edit, _wrong(hq_fingerprint).lower().replace("-", " "))
    assert dialog.join_button.isEnabled()
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not the fingerprint" in dialog.message.text(), timeout=WAIT)
    assert "Do not join" in dialog.message.text()
    assert texts_showing(dialog, hq_fingerprint) == []
    assert dialog.isVisible() and _org(vault) is None

    dialog.fingerprint_edit.clear()
    qtbot.keyClicks(dialog.fingerprint_edit, hq_fingerprint.lower())
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.tabs is not None and not page.is_loading, timeout=WAIT)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.tabs, timeout=WAIT)
    org = _org(vault)
    assert org is not None and org.name == "Test Org" and not org.is_hq
    assert page.org_label.text() == "Organisation: Test Org"
    assert "field device" in page.role_label.text()
    assert "Joined Test Org" in page.notice.text()
    assert page.exchange is not None and page.exchange.export_button.text() == "&Send to HQ…"
    assert page.devices is None


def test_a_file_that_is_not_a_profile_is_refused_plainly(qtbot, setup_page, tmp_path):
    page = setup_page
    bogus = tmp_path / "holiday.fporg"
    bogus.write_text("{}")
    page.ask_join()
    dialog = page.dialog
    dialog.ask_profile_path = lambda: str(bogus)
    dialog.choose_profile()
    qtbot.waitUntil(lambda: "cannot be used" in dialog.message.text(), timeout=WAIT)
    assert "not a FieldPartner organisation profile" in dialog.message.text()
    assert dialog.profile is None and not dialog.join_button.isEnabled()


def test_hq_sets_up_the_organisation_and_sees_its_fingerprint(qtbot, setup_page, vault, tmp_path):
    page = setup_page
    qtbot.mouseClick(page.setup_panel.create_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, CreateOrganisationDialog) and dialog.isVisible()
    suggested: list[str] = []
    qtbot.keyClicks(dialog.name_edit, "Rights Alliance")
    dialog.ask_profile_save_path = lambda name: (
        suggested.append(name) or str(tmp_path / "handout" / "alliance")
    )
    dialog.ask_backup_save_path = lambda name: (
        suggested.append(name) or str(tmp_path / "offline" / "hq-key")
    )
    (tmp_path / "handout").mkdir()
    (tmp_path / "offline").mkdir()
    qtbot.mouseClick(dialog.profile_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert suggested == ["Rights-Alliance.fporg", "Rights-Alliance-hq-identity.txt"]
    assert dialog.profile_edit.text().endswith("alliance.fporg")
    assert "HQ's secret key" in dialog.findChild(type(dialog.message), "createBackupWarning").text()
    assert not dialog.create_button.isEnabled()  # until the backup's keeping is promised
    dialog.understood.setChecked(True)
    assert dialog.create_button.isEnabled()

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.created is not None, timeout=WAIT)
    fingerprint = ensure_device_identity(vault).fingerprint
    assert dialog.fingerprint_label.text() == fingerprint
    assert dialog.close_button.isVisible() and not dialog.create_button.isVisible()
    profile = read_profile(tmp_path / "handout" / "alliance.fporg")
    assert profile.name == "Rights Alliance" and profile.hq.fingerprint == fingerprint
    backup = tmp_path / "offline" / "hq-key.txt"
    assert "AGE-SECRET-KEY-1" in backup.read_text()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600

    # The Done button has just appeared: click it once the dialog has laid it out.
    qtbot.waitUntil(lambda: dialog.close_button.height() > 0, timeout=WAIT)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.tabs is not None and not page.is_loading, timeout=WAIT)
    assert page.org_label.text() == "Organisation: Rights Alliance"
    assert page.role_label.text() == "This vault is HQ"
    assert page.fingerprint_label.text() == fingerprint
    assert page.devices is not None
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())][-1] == "Devices"


def test_the_profile_and_the_backup_must_be_two_files(qtbot, setup_page, tmp_path):
    page = setup_page
    dialog = page.ask_create()
    dialog.name_edit.setText("Rights Alliance")
    dialog.ask_profile_save_path = lambda _name: str(tmp_path / "same.txt")
    dialog.ask_backup_save_path = lambda _name: str(tmp_path / "same.txt")
    dialog.choose_profile()
    dialog.choose_backup()
    dialog.understood.setChecked(True)
    assert dialog.profile_edit.text() != dialog.backup_edit.text()  # .fporg added
    dialog.ask_profile_save_path = lambda _name: str(tmp_path / "same.fporg")
    dialog.ask_backup_save_path = lambda _name: str(tmp_path / "same.fporg.txt")
    dialog.choose_profile()
    dialog.choose_backup()
    assert dialog.create_button.isEnabled()
    dialog.backup_edit.setText(dialog.profile_edit.text())
    dialog.name_edit.setText("Rights Alliance.")  # any change re-checks
    assert not dialog.create_button.isEnabled()
    assert "two different files" in dialog.message.text()


def test_lock_closes_a_set_up_dialog_and_forgets_the_header(qtbot, setup_page, sync_org):
    page = setup_page
    dialog = page.ask_join()
    dialog.ask_profile_path = lambda: str(sync_org.profile)
    dialog.choose_profile()
    qtbot.waitUntil(lambda: dialog.profile is not None, timeout=WAIT)
    page.forget()
    assert page.dialog is None
    assert page.fingerprint_label.text() == "" and page.org_label.text() == ""
    assert texts_showing(page, "Test Org") == []
