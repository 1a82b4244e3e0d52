"""The conflicts panel: a real conflict (two devices editing the same partner fields) is
listed with the devices it came from and settled field by field; a refused value changes
nothing; resolved conflicts can be shown; nothing is left on screen after forget()."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from shiboken6 import Shiboken
from sync_helpers import World
from ui_helpers import interactive_widgets, texts_showing

from fieldpartner.domain.partners import edit_partner, find_partner
from fieldpartner.sync import import_bundle, list_conflicts
from fieldpartner.sync.conflicts import Conflict
from fieldpartner.ui.sync.conflict_model import ConflictTableModel
from fieldpartner.ui.sync.conflict_values import EDIT, INCOMING, LOCAL, display_value
from fieldpartner.ui.sync.conflicts_panel import ConflictsPanel
from fieldpartner.ui.sync.labels import short_device

CANARY = "Qx9 canary"
PARTNER = "Sudan Monitors"


def _edit(vault, **changes) -> None:
    with vault.transaction() as session:
        edit_partner(session, find_partner(session, PARTNER), **changes)


def _partner(vault):
    with vault.session() as session:
        partner = find_partner(session, PARTNER)
        return partner.region, partner.notes


@pytest.fixture
def conflict(sync_org: World) -> Conflict:
    """Two devices change the same two fields differently; HQ imports both bundles."""
    d0, d1 = sync_org.devices
    _edit(d0, region="Khartoum", notes=f"{CANARY} seen from Khartoum")
    _edit(d1, region="Darfur", notes=f"{CANARY} seen from Darfur")
    import_bundle(sync_org.hq, sync_org.send_to_hq(d0))
    import_bundle(sync_org.hq, sync_org.send_to_hq(d1))
    (entry,) = list_conflicts(sync_org.hq)
    assert {f.field for f in entry.fields} == {"region", "notes"}
    return entry


@pytest.fixture
def make_panel(qtbot):
    made = []

    def make(vault) -> ConflictsPanel:
        panel = ConflictsPanel(vault)
        qtbot.addWidget(panel)
        panel.resize(1100, 700)
        panel.show()
        made.append(panel)
        with qtbot.waitSignal(panel.reloaded, timeout=5000):
            panel.reload()
        return panel

    yield make
    for panel in made:
        if Shiboken.isValid(panel):
            panel.forget()


def _cells(panel: ConflictsPanel, row: int = 0) -> dict[str, str]:
    return {
        name: panel.model.index(row, column).data()
        for column, name in enumerate(ConflictTableModel.COLUMNS)
    }


def _resolve(qtbot, panel: ConflictsPanel, button) -> bool:
    with qtbot.waitSignal(panel.resolution_finished, timeout=5000) as finished:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if finished.args[0]:
        qtbot.waitUntil(lambda: not panel.is_loading, timeout=5000)
    return finished.args[0]


def test_lists_the_conflict_with_its_fields_and_devices(
    qtbot, sync_org: World, conflict: Conflict, make_panel
):
    panel = make_panel(sync_org.hq)
    assert panel.model.rowCount() == 1
    cells = _cells(panel)
    assert cells["kind"] == "Partner"
    assert cells["record"] == PARTNER
    assert set(cells["fields"].split(", ")) == {"Region", "Notes"}
    d0, d1 = sync_org.devices
    assert cells["devices"] == f"{short_device(d0.device_id)} and {short_device(d1.device_id)}"
    assert cells["status"] == "Open"
    assert cells["found"]
    assert "1 open conflict" in panel.count_label.text()

    # The first conflict is selected and shown field by field.
    assert panel.selected_id() == conflict.id
    region = panel.choice_for("region")
    assert region.local_label.text() == "Khartoum"
    assert region.incoming_label.text() == "Darfur"
    assert panel.choice_for("notes").local_label.text() == f"{CANARY} seen from Khartoum"
    assert PARTNER in panel.title.text()
    assert panel.resolve_button.isEnabled()
    for widget in interactive_widgets(panel):
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()


def test_resolve_field_by_field_keeps_local_and_an_edited_value(
    qtbot, sync_org: World, conflict: Conflict, make_panel
):
    hq = sync_org.hq
    panel = make_panel(hq)
    panel.choice_for("region").set_choice(LOCAL)
    notes = panel.choice_for("notes")
    notes.set_edited_text("Agreed by phone: both offices")
    assert notes.chosen() == EDIT and notes.editor.isEnabled()
    assert not panel.choice_for("region").editor.isEnabled()
    with qtbot.waitSignal(panel.status_message, timeout=5000) as said:
        assert _resolve(qtbot, panel, panel.resolve_button)
    assert "resolved" in said.args[0] and PARTNER in said.args[0]

    assert list_conflicts(hq) == []
    assert _partner(hq) == ("Khartoum", "Agreed by phone: both offices")
    (stored,) = list_conflicts(hq, include_resolved=True)
    assert stored.status == "resolved"
    # The list now shows no open conflict and nothing to act on.
    assert panel.model.rowCount() == 0
    assert not panel.resolve_button.isEnabled()

    # Resolved conflicts can be shown, read-only.
    with qtbot.waitSignal(panel.reloaded, timeout=5000):
        panel.include_resolved.setChecked(True)
    assert panel.model.rowCount() == 1 and _cells(panel)["status"] == "Resolved"
    assert panel.selected_id() == conflict.id
    assert not panel.resolve_button.isEnabled() and not panel.take_local_button.isEnabled()
    assert not panel.choice_for("region").choice.isEnabled()


def test_an_invalid_edited_value_is_refused_and_changes_nothing(
    qtbot, sync_org: World, conflict: Conflict, make_panel
):
    hq = sync_org.hq
    before = _partner(hq)
    panel = make_panel(hq)
    panel.choice_for("region").set_edited_text("x" * 201)
    panel.choice_for("notes").set_choice(INCOMING)
    assert not _resolve(qtbot, panel, panel.resolve_button)
    assert panel.feedback.isVisible()
    assert "region: is 201 characters long; the limit is 200" in panel.feedback.text()
    assert "Nothing was changed" in panel.feedback.text()
    assert [c.id for c in list_conflicts(hq)] == [conflict.id]
    assert _partner(hq) == before
    # The choices stay as they were, to be corrected.
    assert panel.choice_for("region").edited_text() == "x" * 201
    assert panel.resolve_button.isEnabled()
    panel.choice_for("region").set_edited_text("Darfur and Khartoum")
    assert _resolve(qtbot, panel, panel.resolve_button)
    assert _partner(hq) == ("Darfur and Khartoum", f"{CANARY} seen from Darfur")


def test_take_all_incoming_settles_every_field(
    qtbot, sync_org: World, conflict: Conflict, make_panel
):
    hq = sync_org.hq
    panel = make_panel(hq)
    assert _resolve(qtbot, panel, panel.take_incoming_button)
    assert list_conflicts(hq) == []
    assert _partner(hq) == ("Darfur", f"{CANARY} seen from Darfur")


def test_the_field_grid_mirrors_right_to_left(
    qtbot, sync_org: World, conflict: Conflict, make_panel
):
    panel = make_panel(sync_org.hq)
    panel.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.wait(20)
    region = panel.choice_for("region")
    # Field name at the right edge, the editor at the left.
    assert region.label.x() > region.local_label.x() > region.choice.x() > region.editor.x()


def test_values_are_shown_readably(qtbot):
    assert display_value("partner", "tags", ["women", "media"]) == "women, media"
    assert display_value("partner", "tags", []) == "(empty)"
    assert display_value("partner", "type", "national_ngo") == "National NGO"
    assert display_value("answer", "value", {"score": 3}) == '{"score": 3}'
    assert display_value("answer", "not_applicable", True) == "Yes"
    assert display_value("project", "start_date", None) == "(empty)"
    assert "2026" in display_value("project", "start_date", "2026-03-01")


def test_forget_leaves_no_record_data(qtbot, sync_org: World, conflict: Conflict, make_panel):
    panel = make_panel(sync_org.hq)
    panel.choice_for("notes").set_edited_text(f"{CANARY} being typed")
    assert texts_showing(panel, CANARY)
    assert texts_showing(panel, PARTNER)
    panel.forget()
    assert texts_showing(panel, CANARY) == []
    assert texts_showing(panel, PARTNER) == []
    assert texts_showing(panel, "Khartoum") == []
    assert panel.model.rowCount() == 0 and panel.choices == []


def test_every_synchronised_field_has_a_written_label(qtbot):
    # Labels must be literal so lupdate extracts them; a made-up label is never translated.
    from fieldpartner.domain.rules import COLUMNS
    from fieldpartner.ui.names import field_label, field_labels

    labels = field_labels()
    names = {name for rules in COLUMNS.values() for name in rules}
    assert sorted(names - labels.keys()) == []
    assert all(labels[name].strip() for name in names)
    assert field_label("sha256") == "File fingerprint (SHA-256)"
    assert field_label("due_diligence_tier") == "Due-diligence tier"
    assert field_label("a_field_from_a_newer_version") == "A field from a newer version"


def test_an_empty_date_can_be_chosen_field_by_field():
    from fieldpartner.ui.sync.conflict_values import value_text

    assert value_text("action", "due_date", None) == ""  # clears the date
    assert value_text("action", "due_date", "2027-01-31") == "2027-01-31"
    assert value_text("partner", "region", "Coast") == "Coast"


def test_only_the_latest_resolved_conflicts_are_read_and_the_rest_is_counted(
    qtbot, sync_org: World, conflict: Conflict, make_panel, monkeypatch: pytest.MonkeyPatch
):
    from fieldpartner.sync import resolve_conflict
    from fieldpartner.ui.sync import conflict_rows

    hq = sync_org.hq
    resolve_conflict(hq, conflict.id, "local")
    monkeypatch.setattr(conflict_rows, "RESOLVED_SHOWN", 0)
    panel = make_panel(hq)
    with qtbot.waitSignal(panel.reloaded, timeout=5000):
        panel.include_resolved.setChecked(True)
    assert panel.model.rowCount() == 0
    assert "Showing the latest 0 of 1 resolved conflicts." in panel.count_label.text()
    monkeypatch.setattr(conflict_rows, "RESOLVED_SHOWN", 500)
    with qtbot.waitSignal(panel.reloaded, timeout=5000):
        panel.reload()
    assert panel.model.rowCount() == 1 and "Showing" not in panel.count_label.text()
