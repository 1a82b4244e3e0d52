"""HQ's devices panel: enrolled devices with their fingerprints and what arrived from them,
revoking through a confirmation that asks for the short id (later bundles refused), and
assigning partners found by a search; nothing left on screen after forget()."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from shiboken6 import Shiboken
from sync_helpers import World
from ui_helpers import interactive_widgets, texts_showing

from fieldpartner.domain.partners import add_partner, edit_partner, find_partner
from fieldpartner.sync import export_bundle, import_bundle
from fieldpartner.sync.errors import TrustRefused
from fieldpartner.sync.identity import ensure_device_identity
from fieldpartner.sync.org import EnrolledDevice, list_devices
from fieldpartner.ui.sync.assign_dialog import AssignPartnersDialog
from fieldpartner.ui.sync.devices_panel import DevicesPanel, DeviceTableModel, RevokeDeviceDialog
from fieldpartner.ui.sync.labels import short_device

CANARY = "Zq7 Bahrain"


@pytest.fixture
def make_panel(qtbot):
    """Panels on a vault, forgotten before the world's vaults lock (as the window does)."""
    made = []

    def make(vault) -> DevicesPanel:
        panel = DevicesPanel(vault)
        qtbot.addWidget(panel)
        panel.resize(1100, 500)
        panel.show()
        made.append(panel)
        with qtbot.waitSignal(panel.reloaded, timeout=5000):
            panel.reload()
        return panel

    yield make
    for panel in made:
        if Shiboken.isValid(panel):
            panel.forget()


def _row_texts(panel: DevicesPanel, device_id: str) -> dict[str, str]:
    row = panel.model.row_of(device_id)
    assert row >= 0, "the device is not listed"
    return {
        name: panel.model.index(row, column).data()
        for column, name in enumerate(DeviceTableModel.COLUMNS)
    }


def _select(panel: DevicesPanel, device_id: str) -> None:
    assert panel.select_device(device_id)
    assert panel.selected_id() == device_id


def test_lists_enrolled_devices_with_fingerprints_and_assignments(
    qtbot, sync_org: World, make_panel
):
    panel = make_panel(sync_org.hq)
    assert panel.model.rowCount() == 2
    for device in sync_org.devices:
        texts = _row_texts(panel, device.device_id)
        assert texts["device"] == short_device(device.device_id)
        assert texts["fingerprint"] == ensure_device_identity(device).fingerprint
        assert texts["status"] == "Active"
        assert texts["partners"] == "2"  # the shared partners every device was given
        assert texts["enrolled"]  # a date and time in the user's locale
    assert "2 device(s)" in panel.count_label.text() or "2 devices" in panel.count_label.text()
    assert not panel.hint.isVisible()
    # Buttons act on a selection only.
    assert not panel.revoke_button.isEnabled() and not panel.assign_button.isEnabled()
    _select(panel, sync_org.devices[0].device_id)
    assert panel.revoke_button.isEnabled() and panel.assign_button.isEnabled()
    for widget in interactive_widgets(panel):
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()


def test_last_bundle_sequence_and_gaps_are_shown_and_gaps_stand_out(qtbot):
    model = DeviceTableModel()
    assert model.gaps_text([(12, 15), (20, 20)]) == "missing 12\u201315, 20"
    assert model.gaps_text([]) == ""
    common = {
        "fingerprint": "5XNT-QE1H-R19Z-4M91-VTZA",
        "recipient": "age1example",
        "status": "active",
        "enrolled_at": "2026-01-15T09:00:00Z",
        "revoked_at": "",
        "assigned_partners": [],
    }
    model.set_devices(
        [
            EnrolledDevice(
                device_id="0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
                last_bundle_at="2026-01-20T10:30:00Z",
                last_sequence=42,
                gaps=[(12, 15)],
                bundles_received=3,
                **common,
            ),
            EnrolledDevice(device_id="0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a6c", **common),
        ]
    )
    columns = {name: column for column, name in enumerate(DeviceTableModel.COLUMNS)}
    gaps = model.index(0, columns["gaps"])
    assert gaps.data() == "missing 12\u201315"
    assert gaps.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert gaps.data(Qt.ItemDataRole.FontRole).bold()
    assert "full bundle" in gaps.data(Qt.ItemDataRole.ToolTipRole)
    assert "2026" in model.index(0, columns["last_bundle"]).data()
    assert model.index(0, columns["sequence"]).data() == "42"
    assert "3 bundle" in model.index(0, columns["sequence"]).data(Qt.ItemDataRole.ToolTipRole)
    # A device with nothing missing shows nothing there, and nothing highlighted.
    assert model.index(1, columns["gaps"]).data() == ""
    assert model.index(1, columns["gaps"]).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, columns["device"]).data() == "2e3f4a6c"


def test_what_arrived_from_each_device_is_shown(qtbot, sync_org: World, make_panel):
    hq, device = sync_org.hq, sync_org.devices[0]
    with device.transaction() as session:
        edit_partner(session, find_partner(session, "Sudan Monitors"), region="Kassala")
    import_bundle(hq, sync_org.send_to_hq(device))
    (listed,) = [d for d in list_devices(hq) if d.device_id == device.device_id]
    assert listed.last_sequence > 0 and listed.bundles_received >= 2

    panel = make_panel(hq)
    row = panel.model.row_of(device.device_id)
    columns = {name: column for column, name in enumerate(DeviceTableModel.COLUMNS)}
    sequence = panel.model.index(row, columns["sequence"])
    assert sequence.data() == str(listed.last_sequence)
    assert f"{listed.bundles_received} bundle" in sequence.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.model.index(row, columns["last_bundle"]).data()
    # Nothing went missing (gaps are shown as in the test above when sync reports them).
    assert panel.model.index(row, columns["gaps"]).data() == ""


def test_a_field_vault_is_told_it_has_no_devices(qtbot, sync_org: World, make_panel):
    panel = make_panel(sync_org.devices[0])
    assert panel.model.rowCount() == 0
    assert panel.hint.isVisible() and "HQ" in panel.hint.text()


def test_revoke_after_typing_the_short_id_refuses_later_bundles(qtbot, sync_org: World, make_panel):
    hq, device = sync_org.hq, sync_org.devices[0]
    panel = make_panel(hq)
    _select(panel, device.device_id)
    qtbot.mouseClick(panel.revoke_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, RevokeDeviceDialog) and dialog.isVisible()
    assert "refused" in dialog.findChild(type(panel.hint), "revokeExplanation").text()
    assert not dialog.revoke_button.isEnabled()
    dialog.confirm_id.setText("wrong id")
    assert not dialog.revoke_button.isEnabled()
    dialog.confirm_id.setText(short_device(device.device_id).upper())
    assert dialog.revoke_button.isEnabled()
    with (
        qtbot.waitSignal(panel.status_message, timeout=5000) as said,
        qtbot.waitSignal(panel.reloaded, timeout=5000),
    ):
        qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    assert "revoked" in said.args[0]
    assert panel.dialog is None

    statuses = {d.device_id: d.status for d in list_devices(hq)}
    assert statuses[device.device_id] == "revoked"
    assert statuses[sync_org.devices[1].device_id] == "active"
    texts = _row_texts(panel, device.device_id)
    assert texts["status"] == "Revoked" and texts["revoked"]
    # The selection stays on the device, which can no longer be revoked or given partners.
    assert panel.selected_id() == device.device_id
    assert not panel.revoke_button.isEnabled() and not panel.assign_button.isEnabled()

    # A bundle the revoked laptop makes afterwards is refused.
    with device.transaction() as session:
        edit_partner(session, find_partner(session, "Sudan Monitors"), region="Kassala")
    later = sync_org.bundle_path("after-revoke")
    export_bundle(device, later)
    with pytest.raises(TrustRefused):
        import_bundle(hq, later)


def test_cancelling_the_revoke_dialog_changes_nothing(qtbot, sync_org: World, make_panel):
    panel = make_panel(sync_org.hq)
    device_id = sync_org.devices[1].device_id
    _select(panel, device_id)
    panel.revoke_selected()
    dialog = panel.dialog
    dialog.confirm_id.setText(short_device(device_id))
    dialog.reject()
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=2000)
    assert {d.status for d in list_devices(sync_org.hq)} == {"active"}


def _add_partners(hq) -> dict[str, str]:
    names = [
        f"{CANARY} Centre for Rights",
        f"{CANARY} Youth Society",
        "Lanka Legal Aid",
        "Andean Monitors",
        "Sahel Women's Network",
    ]
    with hq.transaction() as session:
        return {name: add_partner(session, name=name, country="LK").id for name in names}


def _open_assign(qtbot, panel: DevicesPanel, device_id: str) -> AssignPartnersDialog:
    _select(panel, device_id)
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, AssignPartnersDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=5000)
    return dialog


def test_assign_partners_found_by_search(qtbot, sync_org: World, make_panel):
    hq, device = sync_org.hq, sync_org.devices[0]
    added = _add_partners(hq)
    panel = make_panel(hq)
    dialog = _open_assign(qtbot, panel, device.device_id)
    assert len(dialog.listed_ids()) == 7
    # Already assigned partners are ticked; unticking one would take it back.
    (assigned_before,) = [
        d.assigned_partners for d in list_devices(hq) if d.device_id == device.device_id
    ]
    for row in range(dialog.model.rowCount()):
        item = dialog.model.item(row)
        if item.data(dialog.ID_ROLE) in assigned_before:
            assert item.checkState() == Qt.CheckState.Checked
            assert item.isCheckable() and "Untick" in item.toolTip()
    assert dialog.set_checked(assigned_before[0], False)
    assert dialog.removed_ids() == [assigned_before[0]] and dialog.save_button.isEnabled()
    assert dialog.set_checked(assigned_before[0], True)
    assert dialog.removed_ids() == [] and not dialog.save_button.isEnabled()

    # The search runs in the database and keeps only the matches.
    qtbot.keyClicks(dialog.search, "bahrain")
    qtbot.waitUntil(lambda: len(dialog.listed_ids()) == 2, timeout=5000)
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=5000)
    wanted = [added[f"{CANARY} Centre for Rights"], added[f"{CANARY} Youth Society"]]
    assert sorted(dialog.listed_ids()) == sorted(wanted)
    assert "2 partner" in dialog.count_label.text()
    for partner_id in wanted:
        assert dialog.set_checked(partner_id, True)
    # A tick survives another search.
    dialog.search.setText("lanka legal")  # "lanka" alone also finds partners in Sri Lanka
    dialog.apply_search()
    qtbot.waitUntil(lambda: dialog.listed_ids() == [added["Lanka Legal Aid"]], timeout=5000)
    assert dialog.added_ids() == sorted(wanted)
    assert dialog.save_button.isEnabled()

    with (
        qtbot.waitSignal(panel.status_message, timeout=5000) as said,
        qtbot.waitSignal(panel.reloaded, timeout=5000),
    ):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "2 partner" in said.args[0]
    (assigned,) = [d.assigned_partners for d in list_devices(hq) if d.device_id == device.device_id]
    assert set(assigned) == set(assigned_before) | set(wanted)
    assert _row_texts(panel, device.device_id)["partners"] == "4"
    # The other device was given nothing new.
    (other,) = [d for d in list_devices(hq) if d.device_id == sync_org.devices[1].device_id]
    assert len(other.assigned_partners) == 2


def test_forget_leaves_no_partner_names_or_devices(qtbot, sync_org: World, make_panel):
    _add_partners(sync_org.hq)
    panel = make_panel(sync_org.hq)
    dialog = _open_assign(qtbot, panel, sync_org.devices[0].device_id)
    assert texts_showing(panel, CANARY)
    panel.forget()
    assert texts_showing(panel, CANARY) == []
    if Shiboken.isValid(dialog):
        assert dialog.model.rowCount() == 0 and not dialog.isVisible()
    assert panel.dialog is None
    assert panel.model.rowCount() == 0
    fingerprint = ensure_device_identity(sync_org.devices[0]).fingerprint
    assert texts_showing(panel, fingerprint) == []
    assert panel.count_label.text() == ""


def test_unticking_an_assigned_partner_takes_the_assignment_back(
    qtbot, sync_org: World, make_panel
):
    hq, device = sync_org.hq, sync_org.devices[0]
    panel = make_panel(hq)
    (assigned_before,) = [
        d.assigned_partners for d in list_devices(hq) if d.device_id == device.device_id
    ]
    dialog = _open_assign(qtbot, panel, device.device_id)
    taken_back = assigned_before[0]
    assert dialog.set_checked(taken_back, False)
    assert "1 to take back" in dialog.summary_label.text()
    with (
        qtbot.waitSignal(panel.status_message, timeout=5000) as said,
        qtbot.waitSignal(panel.reloaded, timeout=5000),
    ):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "no longer sent" in said.args[0]
    (assigned,) = [d.assigned_partners for d in list_devices(hq) if d.device_id == device.device_id]
    assert taken_back not in assigned and len(assigned) == len(assigned_before) - 1
