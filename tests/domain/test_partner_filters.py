"""The partner list's filters on worked-out facts (last rating, overdue actions) and its
server-side sort, each done in one query."""

from __future__ import annotations

from datetime import date

from sqlalchemy import event

from fieldpartner.domain.actions import add_action
from fieldpartner.domain.models import Assessment
from fieldpartner.domain.partners import (
    NO_RATING,
    PartnerFilter,
    add_partner,
    count_partners,
    list_partner_summaries,
    list_partners,
)

TODAY = date(2026, 6, 1)


def _assessment(session, partner, on: date, status: str, rating: str | None) -> None:
    session.add(
        Assessment(
            partner_id=partner.id,
            assessment_kind="due_diligence",
            template_key="dd",
            template_version=1,
            assessed_on=on,
            status=status,
            results={"rating": rating},
        )
    )
    session.flush()


def _setup(vault) -> None:
    with vault.transaction() as session:
        a = add_partner(session, name="Alpha", country="KE")
        b = add_partner(session, name="Bravo", country="SD")
        c = add_partner(session, name="Charlie", country="KE")
        # Alpha: an older high rating, then a newer low one; a draft never counts.
        _assessment(session, a, date(2025, 1, 1), "final", "high")
        _assessment(session, a, date(2026, 1, 1), "approved", "low")
        _assessment(session, a, date(2026, 3, 1), "draft", "significant")
        _assessment(session, b, date(2026, 2, 1), "final", "high")
        add_action(session, partner=a, title="Late", due_date=date(2026, 5, 1))
        add_action(session, partner=b, title="Later", due_date=date(2026, 7, 1))
        add_action(session, partner=c, title="Done late", due_date=date(2026, 1, 1), status="done")


def _names(session, **kwargs) -> list[str]:
    return [p.name for p in list_partners(session, PartnerFilter(today=TODAY, **kwargs))]


def test_rating_filter_uses_the_latest_final_or_approved_assessment(vault):
    _setup(vault)
    with vault.session() as session:
        assert _names(session, rating="low") == ["Alpha"]
        assert _names(session, rating="high") == ["Bravo"]
        assert _names(session, rating=NO_RATING) == ["Charlie"]
        assert count_partners(session, PartnerFilter(rating="high", today=TODAY)) == 1


def test_overdue_filter_keeps_partners_with_open_actions_past_due(vault):
    _setup(vault)
    with vault.session() as session:
        assert _names(session, overdue=True) == ["Alpha"]
        assert _names(session, overdue=True, country="SD") == []


def test_summaries_carry_rating_and_overdue_count_in_one_query(vault):
    _setup(vault)
    with vault.session() as session:
        statements: list[str] = []
        engine = session.get_bind()

        def count(*args) -> None:
            statements.append(args[2])

        event.listen(engine, "before_cursor_execute", count)
        try:
            rows = list_partner_summaries(session, PartnerFilter(today=TODAY))
        finally:
            event.remove(engine, "before_cursor_execute", count)
        assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1
    by_name = {row.name: row for row in rows}
    assert by_name["Alpha"].last_rating == "low" and by_name["Alpha"].overdue_actions == 1
    assert by_name["Bravo"].last_rating == "high" and by_name["Bravo"].overdue_actions == 0
    assert by_name["Charlie"].last_rating is None


def test_sort_by_column_in_either_direction(vault):
    _setup(vault)
    with vault.session() as session:
        assert _names(session, sort="name", descending=True) == ["Charlie", "Bravo", "Alpha"]
        assert _names(session, sort="country") == ["Alpha", "Charlie", "Bravo"]
        assert _names(session, sort="last_rating") == ["Charlie", "Alpha", "Bravo"]
        assert _names(session, sort="last_rating", descending=True)[0] == "Bravo"
        assert _names(session, sort="overdue_actions", descending=True)[0] == "Alpha"


def test_deleted_contact_is_no_longer_listed(vault):
    from fieldpartner.domain.partners import (
        NotFound,
        add_contact,
        contacts_of,
        delete_contact,
        get_contact,
    )

    with vault.transaction() as session:
        partner = add_partner(session, name="Delta")
        contact = add_contact(session, partner, name="Amina", role="Director")
        delete_contact(session, get_contact(session, contact.id))
        assert contacts_of(session, partner) == []
        try:
            get_contact(session, contact.id)
        except NotFound:
            pass
        else:
            raise AssertionError("a deleted contact was found")
