"""Search folding and country names (``domain.search``), and the partner search using them."""

from __future__ import annotations

from fieldpartner.domain.partners import PartnerFilter, add_partner, list_partners
from fieldpartner.domain.search import countries_matching, country_name, fold

NIGERIA_AR = "\u0646\u064a\u062c\u064a\u0631\u064a\u0627"
AHMED_HAMZA = "\u0623\u062d\u0645\u062f"  # with alef-hamza
AHMED_BARE = "\u0627\u062d\u0645\u062f"


def test_fold_ignores_case_and_accents_in_every_script():
    assert fold("ASOCIACIÓN") == fold("asociacion") == fold("Asociación")
    assert fold("Égalité") == fold("egalite")
    assert fold(AHMED_HAMZA) == fold(AHMED_BARE)
    assert fold("\u0645\u064f\u062d\u064e\u0645\u0651\u064e\u062f") == fold(
        "\u0645\u062d\u0645\u062f"
    )  # short vowels and shadda
    assert fold("Straße") == fold("STRASSE")


def test_countries_are_found_by_code_or_by_name_in_the_reader_language():
    assert countries_matching("nigeria") == {"NG"}
    assert countries_matching("Nigeria", "fr") == {"NG"}
    assert countries_matching(NIGERIA_AR, "ar") == {"NG"}
    assert countries_matching("ng") == {"NG"}  # two letters are a code, not a part of "Congo"
    assert "CI" in countries_matching("costa de marfil", "es")
    assert country_name("NG", "ar") == NIGERIA_AR


def test_partner_search_folds_accents_and_finds_country_names(vault):
    with vault.transaction() as session:
        add_partner(session, name="Asociación Pro Derechos", country="CO")
        add_partner(session, name="Lagos Legal Aid", country="NG")
        add_partner(session, name=AHMED_HAMZA + " Centre", country="JO")
    with vault.session() as session:

        def names(text: str, language: str = "en") -> list[str]:
            flt = PartnerFilter(text=text, language=language)
            return [p.name for p in list_partners(session, flt)]

        assert names("asociacion") == ["Asociación Pro Derechos"]
        assert names("ASOCIACION") == ["Asociación Pro Derechos"]
        assert names("nigeria") == ["Lagos Legal Aid"]
        assert names(NIGERIA_AR, "ar") == ["Lagos Legal Aid"]
        assert names("NG") == ["Lagos Legal Aid"]
        assert names(AHMED_BARE) == [AHMED_HAMZA + " Centre"]
