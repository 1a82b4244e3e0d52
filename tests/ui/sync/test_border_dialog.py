"""File → Before a border crossing: the bundle for HQ, a progress view, a summary of what
left the laptop, then the vault locks; records HQ holds are gone until HQ refills them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from sqlalchemy import select
from sync_helpers import import_bundle, reopen

from conftest import SHARED_PARTNERS, SyncWorld
from fieldpartner.domain.models import Partner
from fieldpartner.domain.partners import add_partner
from fieldpartner.sync import export_bundle
from fieldpartner.ui.main_window import MainWindow
from fieldpartner.ui.sync.border_dialog import BorderDialog


def _names(vault) -> set[str]:  # type: ignore[no-untyped-def]
    with vault.session() as session:
        return set(session.scalars(select(Partner.name)))


def test_border_crossing_from_the_menu_shows_what_left_and_locks(
    qtbot, sync_world: SyncWorld, tmp_path: Path
) -> None:
    hq, device, folder = sync_world
    with device.transaction() as session:
        add_partner(session, name="Met On This Trip", country="UG")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(device, settings=settings)
    qtbot.addWidget(window)
    window.show()

    window.border_action.trigger()
    dialog = window.findChild(BorderDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.keep_unacknowledged.isChecked()
    assert Path(dialog.bundle_path.text()).name.startswith("bundle-")  # a neutral name
    out = folder / "crossing.fpbundle"
    dialog.bundle_path.setText(str(out))
    stages: list[str] = []
    dialog.stage_reached.connect(lambda stage, _d, _t: stages.append(stage))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == dialog.RUNNING_PAGE
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.SUMMARY_PAGE, timeout=30_000)
    assert {"verifying", "removing", "compacting"} <= set(stages)

    summary = dialog.summary.text()
    assert str(out) in summary
    assert f"Removed from this laptop: Partners: {len(SHARED_PARTNERS)}" in summary
    assert "Still on this laptop (HQ has not confirmed them yet): Partners: 1" in summary
    assert out.is_file()
    path = device.path
    with qtbot.waitSignal(window.locked, timeout=10_000):
        qtbot.mouseClick(dialog.findChild(type(dialog.start_button), "borderDone"),
                         Qt.MouseButton.LeftButton)  # fmt: skip
    assert device.is_locked

    reopened = reopen(path)
    try:
        assert _names(reopened) == {"Met On This Trip"}
        # HQ takes the bundle and fills the device again.
        import_bundle(hq, out)
        refill = folder / "refill.fpbundle"
        export_bundle(hq, refill, to=reopened.device_id, full=True)
        import_bundle(reopened, refill)
        assert _names(reopened) == {*SHARED_PARTNERS, "Met On This Trip"}
    finally:
        reopened.lock()


def test_a_failed_crossing_removes_nothing_and_says_why(
    qtbot, sync_world: SyncWorld, tmp_path: Path
) -> None:
    _hq, device, _folder = sync_world
    dialog = BorderDialog(device)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.bundle_path.setText(str(tmp_path / "no such folder" / "x.fpbundle"))
    dialog.start()
    assert dialog.pages.currentIndex() == dialog.CHOOSE_PAGE
    assert "folder that exists" in dialog.choose_feedback.text()
    assert _names(device) == set(SHARED_PARTNERS)


def test_cancelling_a_crossing_removes_nothing(qtbot, sync_world: SyncWorld) -> None:
    _hq, device, folder = sync_world
    dialog = BorderDialog(device)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.bundle_path.setText(str(folder / "cancelled.fpbundle"))
    dialog.start()
    dialog.cancel()  # the crossing stops at its next step (sync/border.py: all or nothing)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.CHOOSE_PAGE, timeout=30_000)
    assert dialog.choose_feedback.text() == "Nothing was removed from this laptop: cancelled"
    assert _names(device) == set(SHARED_PARTNERS)
