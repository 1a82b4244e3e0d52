"""The partner table model pages through the partner service and forgets on clear."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldpartner.domain.ids import uuid7
from fieldpartner.domain.models import Partner
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.revisions import bulk_create
from fieldpartner.ui.partners.partner_model import PAGE_SIZE, PartnerTableModel


def _bulk_partners(vault, count: int) -> None:
    rows = [{"id": uuid7(), "name": f"Partner {i:04d}", "country": "KE"} for i in range(count)]
    with vault.transaction() as session:
        bulk_create(session, Partner, rows, vault.record_context())


def _loaded(qtbot, model: PartnerTableModel) -> PartnerTableModel:
    """Pages are read in the background: start the first read and wait for it."""
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        model.reload()
    return model


def test_columns_show_readable_values(qtbot, vault):
    with vault.transaction() as session:
        add_partner(
            session,
            name="Justice Watch",
            acronym="JW",
            country="ke",
            type="research_institute",
            phase="implementing",
            category="advocacy",
        )
    model = _loaded(qtbot, PartnerTableModel(vault))
    values = [model.index(0, column).data() for column in range(model.columnCount())]
    assert values[:6] == [
        "Justice Watch",
        "JW",
        "KE",
        "Research institute",
        "Implementing",
        "Advocacy",
    ]
    assert values[6:8] == ["", ""]  # no rating yet, nothing overdue
    assert values[8]  # the updated date, in the user's locale
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"


def test_fetch_more_loads_pages_until_every_partner_is_shown(qtbot, vault):
    _bulk_partners(vault, 450)
    model = _loaded(qtbot, PartnerTableModel(vault))
    assert model.total_count == 450
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE, timeout=5000)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 450, timeout=5000)
    assert not model.canFetchMore()
    assert model.index(449, 0).data() == "Partner 0449"


def test_clear_forgets_every_row_and_the_vault(qtbot, vault):
    _bulk_partners(vault, 3)
    model = _loaded(qtbot, PartnerTableModel(vault))
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        model.set_filter("Partner")
    assert model.rowCount() == 3
    model.clear()
    assert model.rowCount() == 0
    assert model.total_count == 0
    assert model.filter_text == ""
    assert not model.canFetchMore()


def test_quick_filter_changes_show_the_last_filter_only(qtbot, vault):
    with vault.transaction() as session:
        add_partner(session, name="Alpha Forum", country="KE")
        add_partner(session, name="Bravo Watch", country="KE")
    model = _loaded(qtbot, PartnerTableModel(vault))
    # Typing quickly asks for a read per change; reads run one at a time and the ones
    # overtaken by a newer filter are never shown.
    for text in ("A", "Al", "Br", "Bra"):
        model.set_filter(text)
    qtbot.waitUntil(lambda: not model.is_loading, timeout=5000)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Bravo Watch"]
    assert model.total_count == 1


def test_reloads_asked_for_in_one_turn_read_once_from_the_next_turn(qtbot, vault, monkeypatch):
    partners = 3
    _bulk_partners(vault, partners)
    model = PartnerTableModel(vault)
    reads: list[str] = []
    original = PartnerTableModel._read

    def counted(self, session, query, offset, limit, count):
        reads.append(query.text)
        return original(self, session, query, offset, limit, count)

    monkeypatch.setattr(PartnerTableModel, "_read", counted)
    # Showing a page, sorting and filtering in one turn: the turn ends before any read
    # starts (no reading thread takes the interpreter from it), and one read follows.
    model.reload()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_filter("Partner")
    assert model.is_loading and model.reads.current("page") is None
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        pass
    assert reads == ["Partner"]
    assert model.rowCount() == partners
    assert model.index(0, 0).data() == "Partner 0002"
