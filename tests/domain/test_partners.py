"""Partners and contacts: adding, editing, finding, searching, filtering, paging, validation."""

from __future__ import annotations

from typing import Any

import pytest

from fieldpartner.domain.models import Partner
from fieldpartner.domain.partners import (
    Ambiguous,
    NotFound,
    PartnerFilter,
    add_contact,
    add_partner,
    contacts_of,
    count_partners,
    delete_partner,
    edit_contact,
    edit_partner,
    find_partner,
    get_partner,
    list_partners,
)
from fieldpartner.domain.revisions import RecordSession
from fieldpartner.domain.validation import ValidationError
from fieldpartner.vault import Vault

# "Centre for Justice" and its middle word "justice", in Arabic.
ARABIC_NAME = "\u0645\u0631\u0643\u0632 \u0627\u0644\u0639\u062f\u0627\u0644\u0629"
ARABIC_WORD = "\u0627\u0644\u0639\u062f\u0627\u0644\u0629"


def names(partners: list[Partner]) -> list[str]:
    return [p.name for p in partners]


# --- adding and editing ----------------------------------------------------------------


def test_added_partner_is_read_back_after_reopening_the_vault(vault: Vault) -> None:
    with vault.transaction() as session:
        partner_id = add_partner(
            session,
            name="  Legal Aid Centre ",
            acronym="LAC",
            country="ke",
            region="Nairobi",
            type="network",
            tags=["litigation", " Litigation", "", "women's rights"],
        ).id
    with vault.session() as session:
        partner = get_partner(session, partner_id)
        assert partner.name == "Legal Aid Centre"
        assert partner.country == "KE"
        assert partner.type == "network"
        assert partner.tags == ["litigation", "women's rights"]
        assert partner.phase == "preparing"  # the default of a new partnership


def test_edit_changes_only_the_fields_given(session: RecordSession, partner: Partner) -> None:
    edit_partner(session, partner, phase="implementing", relationship_owner=" Amina ")
    assert partner.phase == "implementing"
    assert partner.relationship_owner == "Amina"
    assert partner.name == "Legal Aid Centre"
    assert partner.country == "KE"


def test_partner_name_in_arabic_is_kept_exactly(session: RecordSession) -> None:
    partner = add_partner(session, name=ARABIC_NAME, country="SD")
    session.expire_all()
    assert get_partner(session, partner.id).name == ARABIC_NAME


def test_deleted_partner_is_kept_but_no_longer_found(
    session: RecordSession, partner: Partner
) -> None:
    delete_partner(session, partner)
    assert session.get(Partner, partner.id) is not None
    with pytest.raises(NotFound):
        get_partner(session, partner.id)
    with pytest.raises(NotFound):
        find_partner(session, "LAC")
    assert list_partners(session) == []


def test_editing_a_deleted_partner_is_refused(session: RecordSession, partner: Partner) -> None:
    delete_partner(session, partner)
    with pytest.raises(ValidationError, match="'Legal Aid Centre' has been deleted"):
        edit_partner(session, partner, notes="late note")


# --- validation ------------------------------------------------------------------------


def test_empty_name_is_rejected_naming_the_field(session: RecordSession) -> None:
    with pytest.raises(ValidationError) as caught:
        add_partner(session, name="   ")
    assert caught.value.problems == [("name", "must not be empty")]


def test_unknown_country_is_rejected_naming_the_value(session: RecordSession) -> None:
    with pytest.raises(ValidationError) as caught:
        add_partner(session, name="Legal Aid Centre", country="XX")
    [(field, message)] = caught.value.problems
    assert field == "country"
    assert "'XX' is not an ISO 3166-1 alpha-2 country code" in message


def test_wrong_type_is_rejected_listing_the_allowed_values(session: RecordSession) -> None:
    with pytest.raises(ValidationError) as caught:
        add_partner(session, name="Legal Aid Centre", type="charity")
    [(field, message)] = caught.value.problems
    assert field == "type"
    assert message.startswith("'charity' is not one of: national_ngo, regional_ngo")


def test_every_bad_field_is_reported_at_once(session: RecordSession) -> None:
    with pytest.raises(ValidationError) as caught:
        add_partner(session, name="", country="XX", phase="dormant", colour="red")
    assert [field for field, _ in caught.value.problems] == ["colour", "name", "country", "phase"]
    assert "colour: is not a partner field" in str(caught.value)


def test_edit_is_validated_and_leaves_the_partner_unchanged(
    session: RecordSession, partner: Partner
) -> None:
    with pytest.raises(ValidationError, match="sensitivity: 'secret' is not one of"):
        edit_partner(session, partner, sensitivity="secret", notes="kept?")
    assert partner.sensitivity == "standard"
    assert partner.notes == ""


def test_too_long_acronym_is_rejected_with_its_length(session: RecordSession) -> None:
    with pytest.raises(ValidationError, match="acronym: is 41 characters long; the limit is 40"):
        add_partner(session, name="Legal Aid Centre", acronym="A" * 41)


# --- finding one partner ---------------------------------------------------------------


def test_partner_is_found_by_id_prefix_name_and_acronym(
    session: RecordSession, partner: Partner
) -> None:
    assert find_partner(session, partner.id) is partner
    assert find_partner(session, partner.id[:8]) is partner
    assert find_partner(session, partner.id[:8].upper()) is partner
    assert find_partner(session, "legal aid centre") is partner
    assert find_partner(session, " lac ") is partner


def test_partner_is_found_by_its_arabic_name(session: RecordSession) -> None:
    arabic = add_partner(session, name=ARABIC_NAME)
    assert find_partner(session, ARABIC_NAME) is arabic


def test_short_id_prefix_is_not_taken_as_an_id(session: RecordSession, partner: Partner) -> None:
    with pytest.raises(NotFound):
        find_partner(session, partner.id[:7])


def test_unknown_name_is_not_found(session: RecordSession, partner: Partner) -> None:
    with pytest.raises(NotFound, match="'Nobody'"):
        find_partner(session, "Nobody")
    with pytest.raises(NotFound):
        find_partner(session, "  ")


def test_two_partners_with_one_name_must_be_told_apart_by_id(session: RecordSession) -> None:
    first = add_partner(session, name="Justice Network", country="KE")
    second = add_partner(session, name="Justice Network", country="UG")
    with pytest.raises(Ambiguous, match="2 partners") as caught:
        find_partner(session, "justice network")
    assert first.id in str(caught.value) and second.id in str(caught.value)
    assert find_partner(session, second.id) is second


# --- searching, filtering, paging ------------------------------------------------------


@pytest.fixture
def several(session: RecordSession) -> dict[str, Partner]:
    specs: dict[str, dict[str, Any]] = {
        "lac": dict(name="Legal Aid Centre", acronym="LAC", country="KE", tags=["litigation"]),
        "arabic": dict(name=ARABIC_NAME, country="SD", type="network", region="Khartoum"),
        "women": dict(
            name="Women's Rights Forum",
            country="CO",
            phase="implementing",
            category="advocacy",
            tags=["gender", "litigation"],
        ),
        "percent": dict(name="100% Open Data", country="KE", type="research_institute"),
    }
    return {key: add_partner(session, **values) for key, values in specs.items()}


def test_list_is_sorted_by_name_ignoring_case(
    session: RecordSession, several: dict[str, Partner]
) -> None:
    assert names(list_partners(session)) == [
        "100% Open Data",
        "Legal Aid Centre",
        "Women's Rights Forum",
        ARABIC_NAME,
    ]


def test_search_ignores_latin_case(session: RecordSession, several: dict[str, Partner]) -> None:
    assert names(list_partners(session, PartnerFilter(text="RIGHTS"))) == ["Women's Rights Forum"]
    assert names(list_partners(session, PartnerFilter(text="lac"))) == ["Legal Aid Centre"]


def test_search_finds_a_word_inside_an_arabic_name(
    session: RecordSession, several: dict[str, Partner]
) -> None:
    assert names(list_partners(session, PartnerFilter(text=ARABIC_WORD))) == [ARABIC_NAME]


def test_search_matches_region_country_and_tags(
    session: RecordSession, several: dict[str, Partner]
) -> None:
    assert names(list_partners(session, PartnerFilter(text="khartoum"))) == [ARABIC_NAME]
    assert names(list_partners(session, PartnerFilter(text="gender"))) == ["Women's Rights Forum"]
    assert len(list_partners(session, PartnerFilter(text="ke"))) == 2  # KE country code


def test_percent_sign_in_search_is_literal(
    session: RecordSession, several: dict[str, Partner]
) -> None:
    assert names(list_partners(session, PartnerFilter(text="%"))) == ["100% Open Data"]
    assert list_partners(session, PartnerFilter(text="_")) == []


def test_filters_combine(session: RecordSession, several: dict[str, Partner]) -> None:
    assert names(list_partners(session, PartnerFilter(country="KE", tag="litigation"))) == [
        "Legal Aid Centre"
    ]
    assert names(list_partners(session, PartnerFilter(tag="litigation"))) == [
        "Legal Aid Centre",
        "Women's Rights Forum",
    ]
    assert names(list_partners(session, PartnerFilter(type="network"))) == [ARABIC_NAME]
    assert names(list_partners(session, PartnerFilter(phase="implementing"))) == [
        "Women's Rights Forum"
    ]
    assert names(list_partners(session, PartnerFilter(category="advocacy"))) == [
        "Women's Rights Forum"
    ]
    assert list_partners(session, PartnerFilter(text="legal", country="CO")) == []


def test_tag_filter_matches_whole_tags_only(
    session: RecordSession, several: dict[str, Partner]
) -> None:
    assert list_partners(session, PartnerFilter(tag="litig")) == []


def test_paging_walks_the_sorted_list_and_count_matches(
    session: RecordSession, several: dict[str, Partner]
) -> None:
    pages = [names(list_partners(session, offset=start, limit=2)) for start in (0, 2, 4)]
    assert pages == [
        ["100% Open Data", "Legal Aid Centre"],
        ["Women's Rights Forum", ARABIC_NAME],
        [],
    ]
    assert count_partners(session) == 4
    assert count_partners(session, PartnerFilter(country="KE")) == 2
    delete_partner(session, several["lac"])
    assert count_partners(session) == 3


# --- contacts --------------------------------------------------------------------------


def test_contacts_are_listed_by_name_and_deleted_ones_hidden(
    session: RecordSession, partner: Partner
) -> None:
    add_contact(session, partner, name="Zainab", role="Director")
    wanjiru = add_contact(
        session,
        partner,
        name="Wanjiru",
        channels=[{"kind": "signal", "value": "+254 700 000000"}],
    )
    assert [c.name for c in contacts_of(session, partner)] == ["Wanjiru", "Zainab"]
    edit_contact(session, wanjiru, role="Finance officer")
    assert wanjiru.role == "Finance officer"
    wanjiru.deleted = True
    session.flush()
    assert [c.name for c in contacts_of(session, partner)] == ["Zainab"]


def test_contact_channel_of_unknown_kind_is_rejected(
    session: RecordSession, partner: Partner
) -> None:
    with pytest.raises(ValidationError) as caught:
        add_contact(
            session,
            partner,
            name="Wanjiru",
            channels=[{"kind": "email", "value": ""}, {"kind": "fax", "value": "123"}],
        )
    assert caught.value.problems == [
        ("channels[0]", "value must not be empty"),
        (
            "channels[1]",
            "kind must be one of email, phone, signal, whatsapp, telegram, address, other",
        ),
    ]


def test_contact_without_a_name_is_rejected(session: RecordSession, partner: Partner) -> None:
    with pytest.raises(ValidationError, match="name: must not be empty"):
        add_contact(session, partner, name="")


def test_search_folds_case_beyond_ascii(session: RecordSession) -> None:
    add_partner(session, name="\u00c9cole des droits humains")
    found = list_partners(session, PartnerFilter(text="\u00e9cole"))
    assert [p.name for p in found] == ["\u00c9cole des droits humains"]


def test_arabic_tag_is_found_by_search_and_by_tag_filter(session: RecordSession) -> None:
    tag = "\u062a\u0648\u062b\u064a\u0642"  # "documentation"
    add_partner(session, name="Documentation Centre", tags=[tag])
    assert [p.name for p in list_partners(session, PartnerFilter(text=tag))] == [
        "Documentation Centre"
    ]
    assert [p.name for p in list_partners(session, PartnerFilter(tag=tag))] == [
        "Documentation Centre"
    ]


def test_id_prefix_wildcards_are_literal(session: RecordSession, partner: Partner) -> None:
    with pytest.raises(NotFound):
        find_partner(session, "________")
