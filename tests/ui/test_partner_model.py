"""The partner table model pages through the partner service and forgets on clear."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldpartner.domain.ids import uuid7
from fieldpartner.domain.models import Partner
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.revisions import bulk_create
from fieldpartner.ui.partner_model import PAGE_SIZE, PartnerTableModel


def _bulk_partners(vault, count: int) -> None:
    rows = [{"id": uuid7(), "name": f"Partner {i:04d}", "country": "KE"} for i in range(count)]
    with vault.transaction() as session:
        bulk_create(session, Partner, rows, vault.record_context())


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
    model = PartnerTableModel(vault)
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
    model = PartnerTableModel(vault)
    assert model.total_count == 450
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore()
    assert model.rowCount() == 450
    assert not model.canFetchMore()
    assert model.index(449, 0).data() == "Partner 0449"


def test_clear_forgets_every_row_and_the_vault(qtbot, vault):
    _bulk_partners(vault, 3)
    model = PartnerTableModel(vault)
    model.set_filter("Partner")
    assert model.rowCount() == 3
    model.clear()
    assert model.rowCount() == 0
    assert model.total_count == 0
    assert model.filter_text == ""
    assert not model.canFetchMore()
