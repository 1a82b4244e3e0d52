"""Partners and contacts from a spreadsheet: mapping, dry run naming refused rows, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from fieldpartner.domain.models import Contact, Partner
from fieldpartner.domain.partner_import import (
    ImportRefused,
    MappingError,
    apply_import,
    automatic_mapping,
    check_mapping,
    choice_value,
    country_code,
    plan_import,
)
from fieldpartner.domain.partners import add_contact, contacts_of, find_partner
from fieldpartner.domain.revisions import RecordSession
from fieldpartner.domain.spreadsheets import fold, import_words, read_table

SHEET = (
    "Organisation,Acronym,Country,Type,Phase,Tags,Contact,Role,Email,Phone\n"
    'Legal Aid Centre,LAC,Kenya,National NGO,Implementing,"legal, aid",'
    "Amina Yusuf,Director,amina@lac.example,+254 700 000 001\n"
    "Legal Aid Centre,,,,,,Peter Otieno,Finance,peter@lac.example; p.otieno@lac.example,\n"
    "Women's Voice,WV,UG,Network,,,,,,\n"
)


def write(tmp_path: Path, text: str, name: str = "partners.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def count(session: RecordSession, model: type) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_headers_in_four_languages_are_recognised() -> None:
    assert automatic_mapping(
        ["Nom de l'organisation", "Pays", "Courriel", "T\u00e9l\u00e9phone"]
    ) == {
        0: "name",
        1: "country",
        2: "contact_email",
        3: "contact_phone",
    }
    assert automatic_mapping(["Nombre", "Pa\u00eds", "Cargo"]) == {
        0: "name",
        1: "country",
        2: "contact_role",
    }
    arabic = [
        "\u0627\u0633\u0645 \u0627\u0644\u0645\u0646\u0638\u0645\u0629",
        "\u0627\u0644\u0628\u0644\u062f",
    ]
    assert automatic_mapping(arabic) == {0: "name", 1: "country"}


def test_no_header_word_names_two_fields() -> None:
    seen: dict[str, str] = {}
    for table in ("partner_headers", "answer_headers"):
        for field, words in import_words()[table].items():
            for word in words:
                assert seen.setdefault(fold(word) + table, field) == field, word


def test_values_as_spreadsheets_write_them() -> None:
    assert country_code("Kenya") == "KE"
    assert country_code("ke") == "KE"
    assert country_code("Nig\u00e9ria") == "NG"
    assert country_code("\u0646\u064a\u062c\u064a\u0631\u064a\u0627") == "NG"
    assert country_code("Narnia") == "Narnia"  # left for the rule book to refuse
    assert choice_value("type", "National NGO") == "national_ngo"
    assert choice_value("phase", "Mise en \u0153uvre") == "implementing"
    assert choice_value("type", "cooperative") == "cooperative"


def test_mapping_needs_a_name_and_one_column_per_field() -> None:
    with pytest.raises(MappingError, match="partner's name"):
        check_mapping({0: "country"})
    with pytest.raises(MappingError, match="more than one column is mapped to country"):
        check_mapping({0: "name", 1: "country", 2: "country"})


def test_dry_run_plans_partners_with_their_contacts_and_writes_nothing(
    session: RecordSession, tmp_path: Path
) -> None:
    table = read_table(write(tmp_path, SHEET))
    plan = plan_import(session, table, automatic_mapping(table.headers))
    assert plan.accepted
    assert (plan.new_partners, plan.contacts, plan.rows) == (2, 2, 3)
    assert count(session, Partner) == 0 and count(session, Contact) == 0
    lac = plan.partners[0]
    assert lac.values == {
        "name": "Legal Aid Centre",
        "acronym": "LAC",
        "country": "KE",
        "type": "national_ngo",
        "phase": "implementing",
        "tags": ["legal", "aid"],
    }
    assert lac.contacts[1].values["channels"] == [
        {"kind": "email", "value": "peter@lac.example"},
        {"kind": "email", "value": "p.otieno@lac.example"},
    ]


def test_apply_writes_what_the_plan_said(session: RecordSession, tmp_path: Path) -> None:
    table = read_table(write(tmp_path, SHEET))
    result = apply_import(session, plan_import(session, table, automatic_mapping(table.headers)))
    assert len(result.partner_ids) == 2 and len(result.contact_ids) == 2
    lac = find_partner(session, "LAC")
    assert (lac.country, lac.type, lac.tags) == ("KE", "national_ngo", ["legal", "aid"])
    contacts = contacts_of(session, lac)
    assert [(c.name, c.role) for c in contacts] == [
        ("Amina Yusuf", "Director"),
        ("Peter Otieno", "Finance"),
    ]
    assert contacts[0].channels == [
        {"kind": "email", "value": "amina@lac.example"},
        {"kind": "phone", "value": "+254 700 000 001"},
    ]
    # Each made record has its revision, as an edit in the window makes.
    assert lac.rev.startswith("1-")


def test_every_refused_row_is_named_with_every_reason_and_nothing_is_written(
    session: RecordSession, tmp_path: Path
) -> None:
    text = (
        "Name,Country,Type,Contact,Email\n"
        "Good Partner,KE,network,,\n"
        "Bad Country,Narnia,cooperative,,\n"
        ",KE,,Someone,\n"
        "Good Partner,UG,,,\n"
        "No Contact Name,KE,,,x@y.example\n"
    )
    table = read_table(write(tmp_path, text))
    plan = plan_import(session, table, automatic_mapping(table.headers))
    refused = {row.row: row.reasons for row in plan.refused}
    assert sorted(refused) == [3, 4, 5, 6]
    assert any(r.startswith("country: 'Narnia'") for r in refused[3])
    assert any(r.startswith("type: 'cooperative'") for r in refused[3])
    assert any(r.startswith("name:") for r in refused[4])
    assert refused[5] == ("country: 'UG' differs from 'KE' in row 2",)
    assert refused[6] == ("contact name: must be given",)
    with pytest.raises(ImportRefused, match="4 rows refused, nothing was imported") as caught:
        apply_import(session, plan)
    assert "row 3: country: 'Narnia'" in str(caught.value)
    assert count(session, Partner) == 0


def test_the_rule_book_refuses_what_an_edit_in_the_window_refuses(
    session: RecordSession, tmp_path: Path
) -> None:
    table = read_table(write(tmp_path, "Name,Acronym\nLegal Aid," + "A" * 41 + "\n"))
    plan = plan_import(session, table, automatic_mapping(table.headers))
    assert plan.refused[0].row == 2
    assert plan.refused[0].reasons[0].startswith("acronym:")


def test_a_partner_in_the_vault_gets_the_new_contact_and_is_not_changed(
    session: RecordSession, partner: Partner, tmp_path: Path
) -> None:
    add_contact(session, partner, name="Amina Yusuf")
    text = (
        "Name,Country,Contact\n"
        "legal aid centre,KE,John Mwangi\n"
        "Legal Aid Centre,,Amina Yusuf\n"
        "Legal Aid Centre,UG,Other Person\n"
    )
    table = read_table(write(tmp_path, text))
    plan = plan_import(session, table, automatic_mapping(table.headers))
    refused = {row.row: row.reasons for row in plan.refused}
    assert refused == {
        3: ("contact 'Amina Yusuf' is already a contact of this partner",),
        4: ("country: 'UG' differs from 'KE' in the vault",),
    }
    fixed = read_table(write(tmp_path, "Name,Country,Contact\nlegal aid centre,KE,John Mwangi\n"))
    result = apply_import(
        session, plan_import(session, fixed, {0: "name", 1: "country", 2: "contact_name"})
    )
    assert result.partner_ids == ()
    assert [c.name for c in contacts_of(session, partner)] == ["Amina Yusuf", "John Mwangi"]
    assert count(session, Partner) == 1


def test_a_value_the_vault_lacks_is_refused_not_dropped(
    session: RecordSession, partner: Partner, tmp_path: Path
) -> None:
    # Only the contact of a row naming a held partner is written: the row's region, which
    # the vault's partner does not have, must be refused, never silently left out.
    text = "Name,Region,Contact\nLegal Aid Centre,Rift Valley,John Mwangi\n"
    table = read_table(write(tmp_path, text))
    plan = plan_import(session, table, {0: "name", 1: "region", 2: "contact_name"})
    assert [row.reasons for row in plan.refused] == [
        ("region: 'Rift Valley' is not in the vault's partner; add it in the window",)
    ]
    assert partner.region == ""


def test_xlsx_import_in_arabic(session: RecordSession, tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["\u0627\u0644\u0627\u0633\u0645", "\u0627\u0644\u0628\u0644\u062f"])
    sheet.append(
        [
            "\u062c\u0645\u0639\u064a\u0629 \u0627\u0644\u0645\u0633\u0627\u0639\u062f\u0629",
            "\u0627\u0644\u0633\u0648\u062f\u0627\u0646",
        ]
    )
    book.save(tmp_path / "ar.xlsx")
    table = read_table(tmp_path / "ar.xlsx")
    plan = plan_import(session, table, automatic_mapping(table.headers))
    assert plan.accepted, plan.refused
    assert plan.partners[0].values["country"] == "SD"


def test_imported_records_are_what_adding_them_in_the_window_stores(
    session: RecordSession, tmp_path: Path
) -> None:
    from fieldpartner.domain.models import RecordRevision
    from fieldpartner.domain.partners import add_partner
    from fieldpartner.domain.rules import check_record

    table = read_table(write(tmp_path, SHEET))
    result = apply_import(session, plan_import(session, table, automatic_mapping(table.headers)))
    by_hand = add_partner(
        session,
        name="Legal Aid Centre",
        acronym="LAC",
        country="KE",
        type="national_ngo",
        phase="implementing",
        tags=["legal", "aid"],
    )

    def body(record_id: str) -> dict:
        revision = session.scalars(
            select(RecordRevision).where(RecordRevision.record_id == record_id)
        ).one()
        assert check_record(revision.record_kind, revision.body) == []
        return {k: v for k, v in revision.body.items() if k not in {"created_at", "updated_at"}}

    imported = body(result.partner_ids[0])
    assert imported == body(by_hand.id)
    for contact_id in result.contact_ids:
        body(contact_id)
