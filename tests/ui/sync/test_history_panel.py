"""The History tab reads the newest bundles first and older ones a page at a time."""

from __future__ import annotations

import pytest
from sync_helpers import World

from fieldpartner.sync import bundle_history
from fieldpartner.ui.sync import history as history_module
from fieldpartner.ui.sync.history import HistoryPanel

WAIT = 10_000


def _files(panel: HistoryPanel) -> list[str]:
    return [panel.model.item(row, 8).text() for row in range(panel.model.rowCount())]


def test_history_is_read_a_page_at_a_time_newest_first(
    qtbot, sync_org: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq = sync_org.hq
    for device in sync_org.devices:
        sync_org.send_to_device(device)
    everything = [event.file_name for event in bundle_history(hq)]
    assert len(everything) >= 4
    monkeypatch.setattr(history_module, "PAGE_SIZE", 3)
    panel = HistoryPanel(hq)
    qtbot.addWidget(panel)
    panel.reload()
    qtbot.waitUntil(lambda: not panel.is_loading and panel.model.rowCount() > 0, timeout=WAIT)
    assert _files(panel) == everything[:3]
    assert not panel.more_button.isHidden()
    while not panel.more_button.isHidden():
        shown = panel.model.rowCount()
        panel.more_button.click()
        qtbot.waitUntil(lambda shown=shown: panel.model.rowCount() > shown, timeout=WAIT)
    assert _files(panel) == everything
    panel.forget()
    assert panel.model.rowCount() == 0 and panel.more_button.isHidden()
