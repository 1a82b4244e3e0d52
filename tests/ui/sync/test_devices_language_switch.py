"""HQ's device dialogs (revoke, assign partners) survive a language switch with what was
typed in them (tests/ui/test_language_switch_dialogs.py does the other dialogs)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from switch_helpers import switch_with_dialogs_open
from sync_helpers import World

from fieldpartner.app import AppShell
from fieldpartner.ui.common.preferences import LANGUAGE_KEY


def test_device_dialogs_keep_what_is_typed_over_a_language_switch(
    qtbot, sync_org: World, tmp_path, catalogues
):
    device_id = sync_org.devices[0].device_id
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shell = AppShell(settings)
    shell.show_main(sync_org.hq)
    try:
        for language, name, open_it in (
            ("fr", "RevokeDeviceDialog", lambda p: p.ask_revoke(device_id)),
            ("ar", "AssignPartnersDialog", lambda p: p.ask_assign(device_id)),
        ):
            shell.main_window._navigate("sync", "")
            page = shell.main_window.page("sync")
            qtbot.waitUntil(page.ready_for_dialogs, timeout=15_000)
            page.tabs.setCurrentWidget(page.devices)
            qtbot.waitUntil(page.devices.ready_for_dialogs, timeout=15_000)
            switch_with_dialogs_open(
                qtbot,
                shell,
                settings,
                language,
                ("sync", ""),
                {name: lambda w, open_it=open_it: open_it(w.page("sync").devices)},
            )
    finally:
        settings.setValue(LANGUAGE_KEY, "en")
        if shell.main_window is not None:
            shell.main_window.apply_settings()
        shell.shutdown()
