"""The Sync page walked as its users do: a field officer sends a bundle to a USB stick, HQ
imports the bundles of several devices at once after seeing what they change, refuses what
it must, enrols a new device only once its fingerprint is confirmed, and locking leaves no
record data on screen."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken
from sqlalchemy import select
from sync_helpers import content_snapshot, vault_snapshot
from ui_helpers import interactive_widgets, texts_showing

from fieldpartner.domain.models import Partner
from fieldpartner.domain.partners import add_partner, edit_partner, find_partner
from fieldpartner.sync import ExportSummary, export_bundle, list_devices
from fieldpartner.sync.identity import ensure_device_identity
from fieldpartner.ui.main_window import MainWindow
from fieldpartner.ui.sync.batch import (
    BundlePreview,
    _drop_gaps_filled_by_the_batch,
    apply_batch,
    preview_batch,
)
from fieldpartner.ui.sync.bundle_dialogs import (
    DeviceConfirmDialog,
    ExportSummaryDialog,
    ImportPreviewDialog,
)
from fieldpartner.ui.sync.exchange import ExchangePanel
from fieldpartner.ui.sync.setup import CreateOrganisationDialog, JoinOrganisationDialog
from fieldpartner.ui.sync.sync_page import SyncPage
from fieldpartner.ui.worker import Cancelled, TaskControl
from fieldpartner.vault import Vault

WAIT = 15_000


@pytest.fixture
def open_page(qtbot):
    """Sync pages on unlocked vaults, forgotten before the vaults lock (as on lock)."""
    made: list[SyncPage] = []

    def open_(vault: Vault) -> SyncPage:
        page = SyncPage(vault)
        qtbot.addWidget(page)
        made.append(page)
        page.resize(1000, 700)
        page.show()
        page.activated()
        qtbot.waitUntil(lambda: page.tabs is not None and not page.is_loading, timeout=WAIT)
        _settled(qtbot, page)
        return page

    yield open_
    for page in made:
        if Shiboken.isValid(page):
            page.forget()


def _settled(qtbot, page: SyncPage) -> None:
    assert page.exchange is not None and page.history is not None
    qtbot.waitUntil(lambda: not page.history.is_loading, timeout=WAIT)
    qtbot.waitUntil(
        lambda: page.exchange.task is None or not page.exchange.task.is_running, timeout=WAIT
    )


def _partner_names(vault: Vault) -> list[str]:
    with vault.session() as session:
        return sorted(session.scalars(select(Partner.name).where(Partner.deleted.is_(False))))


def _add(vault: Vault, name: str) -> None:
    with vault.transaction() as session:
        add_partner(session, name=name, country="KE")


def _dialog(qtbot, exchange: ExchangePanel, kind: type) -> QWidget:
    qtbot.waitUntil(lambda: isinstance(exchange.dialog, kind), timeout=WAIT)
    dialog = exchange.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


class Shown(NamedTuple):
    """What the export summary showed."""

    rows: dict[str, str]
    heading: str
    nothing_new: str


def _export(qtbot, page: SyncPage, folder: Path) -> Shown:
    """Press Send (or Export), see the summary, choose ``folder`` and save."""
    exchange = page.exchange
    assert exchange is not None
    before = set(folder.iterdir())
    exchange.ask_export_folder = lambda: str(folder)
    qtbot.waitUntil(exchange.export_button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(exchange.export_button, Qt.MouseButton.LeftButton)
    summary = _dialog(qtbot, exchange, ExportSummaryDialog)
    rows = {
        summary.table.topLevelItem(i).text(0): summary.table.topLevelItem(i).text(1)
        for i in range(summary.table.topLevelItemCount())
    }
    shown = Shown(rows, summary.heading.text(), summary.nothing_new.text())
    qtbot.mouseClick(summary.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(set(folder.iterdir()) - before) == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: "Saved" in exchange.export_result.text(), timeout=WAIT)
    return shown


def _import(qtbot, page: SyncPage, files: list[Path]) -> ImportPreviewDialog:
    """Press Import bundles, choose ``files``; returns the preview dialog (after any
    device confirmation, which the caller answers first if one comes)."""
    exchange = page.exchange
    assert exchange is not None
    exchange.ask_bundle_files = lambda: [str(f) for f in files]
    qtbot.waitUntil(exchange.import_button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(exchange.import_button, Qt.MouseButton.LeftButton)
    return _dialog(qtbot, exchange, ImportPreviewDialog)  # type: ignore[return-value]


def _tree_text(tree) -> str:
    lines = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        lines.append(f"{item.text(0)} | {item.text(1)}")
        for j in range(item.childCount()):
            child = item.child(j)
            lines.append(f"  {child.text(0)} | {child.text(1)}")
    return "\n".join(lines)


def _apply(qtbot, page: SyncPage, preview: ImportPreviewDialog) -> str:
    exchange = page.exchange
    assert exchange is not None
    qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "imported" in exchange.import_result.text(), timeout=WAIT)
    _settled(qtbot, page)
    return exchange.import_result.text()


def _history_rows(qtbot, page: SyncPage) -> list[list[str]]:
    history = page.history
    assert history is not None
    qtbot.waitUntil(lambda: not history.is_loading, timeout=WAIT)
    model = history.model
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


# --- field: sending ------------------------------------------------------------------------


def test_field_officer_sends_to_hq_after_seeing_what_goes_and_never_overwrites(
    qtbot, open_page, sync_world
):
    _hq, device, usb = sync_world
    page = open_page(device)
    assert page.title() == "Sync"
    assert page.org_label.text() == "Organisation: Test Org"
    assert "field device" in page.role_label.text()
    assert page.fingerprint_label.text() == ensure_device_identity(device).fingerprint
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Send and receive", "History", "Conflicts"]  # no Devices in the field
    assert page.exchange.export_button.text() == "&Send to HQ…"
    assert not page.exchange.device_combo.isVisible()

    # Nothing new yet: the summary says so; sending anyway still writes a bundle.
    summary = _export(qtbot, page, usb)
    assert summary.rows == {}
    assert "They already have everything" in summary.nothing_new
    # A neutral name: no organisation, device or recipient on the stick.
    assert [p.name for p in usb.iterdir()] == ["bundle-2026-01-15-1.fpbundle"]

    _add(device, "Field Partner One")
    summary = _export(qtbot, page, usb)
    assert summary.rows == {"Partners": "1"}
    assert "To: HQ" in summary.heading and summary.nothing_new == ""
    written = usb / "bundle-2026-01-15-2.fpbundle"  # never overwritten
    assert sorted(p.name for p in usb.iterdir())[-1] == written.name
    assert written.stat().st_size > 0
    assert "1 record(s)" in page.exchange.export_result.text()
    assert not list(usb.glob(".*"))  # no temporary file left behind

    rows = _history_rows(qtbot, page)  # newest first
    assert [r[1] for r in rows[:2]] == ["Sent", "Sent"]
    assert rows[0][2] == "HQ" and rows[0][8] == written.name
    assert rows[0][4] == "1"  # records


def test_cancelling_the_summary_writes_nothing(qtbot, open_page, sync_world):
    _hq, device, usb = sync_world
    _add(device, "Field Partner One")
    page = open_page(device)
    exchange = page.exchange
    asked: list[bool] = []
    exchange.ask_export_folder = lambda: asked.append(True) or str(usb)
    qtbot.mouseClick(exchange.export_button, Qt.MouseButton.LeftButton)
    summary = _dialog(qtbot, exchange, ExportSummaryDialog)
    qtbot.mouseClick(summary.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: exchange.dialog is None, timeout=WAIT)
    assert asked == [] and list(usb.iterdir()) == []
    assert exchange.export_button.isEnabled()


# --- HQ: receiving -------------------------------------------------------------------------


def test_hq_imports_two_devices_bundles_at_once_after_the_preview(
    qtbot, open_page, sync_org, tmp_path
):
    usb = tmp_path / "usb"
    usb.mkdir()
    first, second = sync_org.devices
    _add(first, "Partner From First")
    _add(second, "Partner From Second")
    with second.transaction() as session:
        edit_partner(session, find_partner(session, "Sudan Monitors"), country="SD")
    files = [usb / "a.fpbundle", usb / "b.fpbundle"]
    export_bundle(first, files[0])
    export_bundle(second, files[1])

    page = open_page(sync_org.hq)
    assert "HQ" in page.role_label.text()
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Send and receive", "History", "Conflicts", "Devices"]

    preview = _import(qtbot, page, files)
    shown = _tree_text(preview.tree)
    assert "a.fpbundle | Ready to import" in shown
    assert "b.fpbundle | Ready to import" in shown
    assert "Partners | 1 new" in shown
    assert "Partners | 1 new, 1 updated" in shown
    assert ensure_device_identity(first).fingerprint in shown
    assert "2 to import" in preview.summary.text()
    assert "Partner From First" not in _partner_names(sync_org.hq)  # nothing applied yet

    result = _apply(qtbot, page, preview)
    assert result == "2 bundle(s) imported, 0 already imported, 0 not imported."
    names = _partner_names(sync_org.hq)
    assert "Partner From First" in names and "Partner From Second" in names
    results = _tree_text(page.exchange.results)
    assert "a.fpbundle | Imported" in results and "Partners | 1 new" in results

    rows = _history_rows(qtbot, page)  # newest first
    assert [r[1] for r in rows[:2]] == ["Received", "Received"]
    assert {r[8] for r in rows[:2]} == {"a.fpbundle", "b.fpbundle"}

    # The same bundles again: already imported, and nothing changes.
    before = content_snapshot(sync_org.hq)
    preview = _import(qtbot, page, files)
    assert "Already imported: nothing will change" in _tree_text(preview.tree)
    assert not preview.apply_button.isEnabled()
    qtbot.mouseClick(preview.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.exchange.dialog is None, timeout=WAIT)
    assert page.exchange.import_result.text() == "Nothing imported."
    assert content_snapshot(sync_org.hq) == before


def test_a_tampered_bundle_is_refused_plainly_and_changes_nothing(qtbot, open_page, sync_world):
    hq, device, usb = sync_world
    _add(device, "Field Partner One")
    bundle = usb / "tampered.fpbundle"
    export_bundle(device, bundle)
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    bundle.write_bytes(bytes(data))
    page = open_page(hq)
    before = vault_snapshot(hq)

    preview = _import(qtbot, page, [bundle])
    shown = _tree_text(preview.tree)
    assert "tampered.fpbundle | Refused; it cannot be imported" in shown
    why = re.search(r"tampered.fpbundle \| Refused; it cannot be imported\n  Why \| (.+)", shown)
    assert why is not None and "bundle" in why.group(1)
    assert not preview.apply_button.isEnabled()
    qtbot.mouseClick(preview.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.exchange.dialog is None, timeout=WAIT)
    assert vault_snapshot(hq) == before


def test_a_bundle_spoiled_after_the_preview_is_refused_and_the_others_go_on(
    qtbot, open_page, sync_org, tmp_path
):
    usb = tmp_path / "usb"
    usb.mkdir()
    first, second = sync_org.devices
    _add(first, "Partner From First")
    _add(second, "Partner From Second")
    good, spoiled = usb / "good.fpbundle", usb / "spoiled.fpbundle"
    export_bundle(first, good)
    export_bundle(second, spoiled)
    page = open_page(sync_org.hq)
    preview = _import(qtbot, page, [good, spoiled])
    assert "2 to import" in preview.summary.text()
    spoiled.write_bytes(spoiled.read_bytes()[:-200])  # the stick was pulled mid-copy

    result = _apply(qtbot, page, preview)
    assert result == "1 bundle(s) imported, 0 already imported, 1 not imported."
    results = _tree_text(page.exchange.results)
    assert "spoiled.fpbundle | Refused; nothing changed" in results
    why = re.search(r"spoiled.fpbundle \| Refused; nothing changed\n  Why \| (.+)", results)
    assert why is not None and why.group(1).strip()
    names = _partner_names(sync_org.hq)
    assert "Partner From First" in names and "Partner From Second" not in names


def test_an_unknown_device_is_enrolled_only_after_its_fingerprint_is_confirmed(
    qtbot, open_page, sync_world, stranger
):
    hq, _device, usb = sync_world
    _add(stranger, "Partner From Stranger")
    bundle = usb / "stranger.fpbundle"
    export_bundle(stranger, bundle)
    page = open_page(hq)
    exchange = page.exchange
    before = vault_snapshot(hq)
    fingerprint = ensure_device_identity(stranger).fingerprint

    exchange.ask_bundle_files = lambda: [str(bundle)]
    qtbot.mouseClick(exchange.import_button, Qt.MouseButton.LeftButton)
    ask = _dialog(qtbot, exchange, DeviceConfirmDialog)
    assert ask.fingerprint_label.text() == fingerprint
    assert stranger.device_id in ask.explanation.text()
    assert ask.decline_button.isDefault()
    qtbot.mouseClick(ask.decline_button, Qt.MouseButton.LeftButton)
    preview = _dialog(qtbot, exchange, ImportPreviewDialog)
    assert "Not imported: you did not enrol the device" in _tree_text(preview.tree)
    assert not preview.apply_button.isEnabled()
    qtbot.mouseClick(preview.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: exchange.dialog is None, timeout=WAIT)
    assert vault_snapshot(hq) == before
    assert stranger.device_id not in {d.device_id for d in list_devices(hq)}

    # Confirmed this time: enrolled and imported.
    qtbot.mouseClick(exchange.import_button, Qt.MouseButton.LeftButton)
    ask = _dialog(qtbot, exchange, DeviceConfirmDialog)
    qtbot.mouseClick(ask.enrol_button, Qt.MouseButton.LeftButton)
    preview = _dialog(qtbot, exchange, ImportPreviewDialog)
    assert "Ready; enrols the new device you confirmed" in _tree_text(preview.tree)
    _apply(qtbot, page, preview)
    assert "Partner From Stranger" in _partner_names(hq)
    enrolled = {d.device_id: d for d in list_devices(hq)}
    assert enrolled[stranger.device_id].fingerprint == fingerprint
    assert f"fingerprint {fingerprint}" in _tree_text(exchange.results)
    # The new device can now be chosen to send a bundle to.
    page.show_tab("history")
    page.show_tab("exchange")
    qtbot.waitUntil(lambda: exchange.device_combo.findData(stranger.device_id) >= 0, timeout=WAIT)


def test_hq_sends_a_chosen_device_its_bundle_and_the_device_imports_it(
    qtbot, open_page, sync_world
):
    hq, device, usb = sync_world
    with hq.transaction() as session:
        edit_partner(session, find_partner(session, "Kenya Rights Watch"), acronym="KRW")
    page = open_page(hq)
    exchange = page.exchange
    qtbot.waitUntil(lambda: exchange.device_combo.count() == 2, timeout=WAIT)
    exchange.device_combo.setCurrentIndex(exchange.device_combo.findData(device.device_id))
    assert exchange.export_button.text() == "&Export for the device…"
    summary = _export(qtbot, page, usb)
    assert summary.rows.get("Partners") == "1"
    [written] = list(usb.iterdir())
    assert written.name == "bundle-2026-01-15-1.fpbundle"  # names neither HQ nor the device

    field = open_page(device)
    preview = _import(qtbot, field, [written])
    assert "Partners | 1 updated" in _tree_text(preview.tree)
    _apply(qtbot, field, preview)
    with device.session() as session:
        assert find_partner(session, "Kenya Rights Watch").acronym == "KRW"
    assert _history_rows(qtbot, field)[0][1] == "Received"


def test_a_gap_that_another_bundle_of_the_batch_fills_is_not_reported(tmp_path):
    def preview(name: str, sender: str, after: int, through: int, gaps):
        return BundlePreview(
            tmp_path / name, name, sender, "device", "F", "", (after, through), gaps=gaps
        )

    later = preview("later", "d1", 5, 9, [(1, 5)])
    earlier = preview("earlier", "d1", 0, 5, [])
    other = preview("other", "d2", 7, 9, [(1, 7)])
    _drop_gaps_filled_by_the_batch([later, earlier, other])
    assert later.gaps == [] and other.gaps == [(1, 7)]


def test_cancelling_an_import_leaves_the_vault_as_it_was(sync_world):
    hq, device, usb = sync_world
    _add(device, "Field Partner One")
    bundle = usb / "one.fpbundle"
    export_bundle(device, bundle)
    control = TaskControl(lambda _done, _total: None)
    [preview] = preview_batch(hq, [bundle], is_hq=True, control=control)
    assert preview.importable
    before = vault_snapshot(hq)
    control.cancel_event.set()
    [outcome] = apply_batch(hq, [preview], control=control)
    assert outcome.status == "cancelled"
    assert vault_snapshot(hq) == before
    with pytest.raises(Cancelled):
        preview_batch(hq, [bundle], is_hq=True, control=control)


# --- lock ------------------------------------------------------------------------------------


def test_lock_leaves_no_record_data_in_the_page(qtbot, open_page, sync_world):
    hq, device, usb = sync_world
    canary = "Canary Partner Zq"
    _add(device, canary)
    with device.transaction() as session:
        edit_partner(session, find_partner(session, "Sudan Monitors"), mandate="Canary side A")
    with hq.transaction() as session:
        edit_partner(session, find_partner(session, "Sudan Monitors"), mandate="Canary side B")
    bundle = usb / "canary.fpbundle"
    export_bundle(device, bundle)
    page = open_page(hq)
    preview = _import(qtbot, page, [bundle])
    assert "Conflicts | 1 field conflict(s)" in _tree_text(preview.tree)
    _apply(qtbot, page, preview)
    assert "Conflicts | 1 to resolve" in _tree_text(page.exchange.results)
    assert page.exchange.results.topLevelItemCount() == 1
    # A second import is waiting on its preview when the vault locks.
    _import(qtbot, page, [bundle])

    page.forget()
    for text in (canary, "Canary side", "Sudan Monitors"):
        assert texts_showing(page, text) == [], text
    assert page.exchange.results.topLevelItemCount() == 0
    assert page.history.model.rowCount() == 0
    assert page.exchange.dialog is None
    assert page.fingerprint_label.text() == ""
    page.vault_locked()
    assert page.vault is None and page.exchange.vault is None


# --- the rules every page keeps ---------------------------------------------------------------


def test_every_control_is_named_and_the_layout_mirrors_right_to_left(
    qtbot, open_page, sync_world, tmp_path
):
    hq, _device, _usb = sync_world
    page = open_page(hq)
    exchange = page.exchange
    summary = ExportSummary("d" * 36, "device", 3, {"partner": 2}, 1, 2048, (0, 5), False, False)
    preview = BundlePreview(tmp_path / "x.fpbundle", "b", "d" * 36, "device", "F", "", (0, 5))
    dialogs = [
        ExportSummaryDialog(summary, "Device dddddddd", page),
        DeviceConfirmDialog("d" * 36, "AAAA-BBBB-CCCC-DDDD-EEEE", ["x.fpbundle"], page),
        ImportPreviewDialog([preview], page),
        JoinOrganisationDialog(hq, page),
        CreateOrganisationDialog(hq, page),
    ]
    roots = [exchange, page.history, page.setup_panel, *dialogs]
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for root in roots
        for w in interactive_widgets(root)
        if not w.objectName() or not w.accessibleName()
    ]
    assert unnamed == []
    for dialog in dialogs:
        dialog.deleteLater()

    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    page.show_tab("exchange")
    assert exchange.export_button.x() > exchange.full_check.x()
    # The action button ends the row in reading order: on the left when mirrored.
    qtbot.waitUntil(lambda: exchange.export_button.x() < exchange.full_check.x(), timeout=WAIT)


def test_sync_is_a_section_of_the_main_window_and_locking_forgets_it(qtbot, sync_world, tmp_path):
    _hq, device, usb = sync_world
    _add(device, "Canary Partner Zq")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(device, settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.build_all_pages()
    sections = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert sections.index("Sync") == sections.index("Upcoming") + 1
    window.navigation.setCurrentRow(sections.index("Sync"))
    page = window.page("sync")
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.tabs is not None and not page.is_loading, timeout=WAIT)
    _settled(qtbot, page)
    _export(qtbot, page, usb)
    assert "1 record(s)" in page.exchange.export_result.text()

    window.lock()
    assert device.is_locked and page.vault is None
    for text in ("Canary Partner Zq", "1 record(s)", "Test Org"):
        assert texts_showing(page, text) == [], text


def test_an_edit_made_while_an_import_applies_waits_for_it_and_lands(
    qtbot, open_page, sync_org, tmp_path, monkeypatch
):
    import threading

    from fieldpartner.domain.partners import get_partner
    from fieldpartner.ui.operations import change, writer_of
    from fieldpartner.ui.sync import exchange as exchange_module

    usb = tmp_path / "usb"
    usb.mkdir()
    first = sync_org.devices[0]
    _add(first, "Partner From First")
    export_bundle(first, usb / "a.fpbundle")
    hq = sync_org.hq
    with hq.session() as session:
        partner_id = find_partner(session, "Sudan Monitors").id
    page = open_page(hq)
    preview = _import(qtbot, page, [usb / "a.fpbundle"])

    # The import is held at its start, on the writer's thread, as a long one would be.
    started, release = threading.Event(), threading.Event()
    real_apply = exchange_module.apply_batch

    def held(vault, previews, *, control):
        started.set()
        release.wait(WAIT / 1000)
        return real_apply(vault, previews, control=control)

    monkeypatch.setattr(exchange_module, "apply_batch", held)
    qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    writer = writer_of(hq)
    assert writer.long_write_running
    landed: list[str] = []
    try:
        change(
            page,
            hq,
            lambda session: edit_partner(
                session, get_partner(session, partner_id), region="Darfur"
            ),
            on_saved=lambda _none: landed.append("region"),
        )
        assert writer.backlog == 2 and landed == []  # queued behind the import, not lost
    finally:
        release.set()
    qtbot.waitUntil(lambda: "imported" in page.exchange.import_result.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: writer.backlog == 0, timeout=WAIT)
    assert landed == ["region"]
    assert "Partner From First" in _partner_names(hq)
    with hq.session() as session:
        assert get_partner(session, partner_id).region == "Darfur"
    _settled(qtbot, page)
