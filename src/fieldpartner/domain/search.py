"""What a search matches: the one folding rule, and country names in any language.

A search ignores case and accents in every script: "asociacion" finds "Asociación",
"ASOCIACIÓN" and "asociación"; in Arabic, short-vowel marks, the tatweel and the forms of
alef with hamza or madda do not matter either ("احمد" finds "أحمد"). Text and query are
both ``fold``-ed; the vault engine registers ``fold`` as an SQL function so that searches
run in the database with this same rule.

A country is found by its ISO code or its name, in English or in the language the person
reads the interface in ("nigeria", "Nigeria" and "نيجيريا" all find NG).
"""

from __future__ import annotations

import gettext
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import Any

import pycountry
from sqlalchemy import ColumnElement, func, or_

# Letters that are one letter to a reader searching in Arabic script.
_ARABIC_LETTERS = str.maketrans(
    {
        "\u0623": "\u0627",  # alef with hamza above -> alef
        "\u0625": "\u0627",  # alef with hamza below -> alef
        "\u0622": "\u0627",  # alef with madda -> alef
        "\u0671": "\u0627",  # alef wasla -> alef
        "\u0649": "\u064a",  # alef maqsura -> ya
        "\u0640": None,  # tatweel (a stretch, not a letter)
    }
)


def fold(text: str) -> str:
    """``text`` with case, accents and marks folded away, for comparing in any script."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ARABIC_LETTERS))
    bare = "".join(char for char in decomposed if unicodedata.category(char) != "Mn")
    return unicodedata.normalize("NFC", bare.casefold())


@cache
def _names_in(language: str) -> gettext.NullTranslations:
    """pycountry's catalogue of country names in ``language`` (English when none)."""
    if language == "en":
        return gettext.NullTranslations()
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return gettext.NullTranslations()


@cache
def _country_names(language: str) -> tuple[tuple[str, str], ...]:
    """(code, folded name) for every country, in English and in ``language``."""
    names = []
    local = _names_in(language)
    for country in pycountry.countries:
        for name in (
            country.name,
            getattr(country, "common_name", ""),
            local.gettext(country.name),
        ):
            if name:
                names.append((country.alpha_2, fold(name)))
    return tuple(dict.fromkeys(names))


def country_name(code: str, language: str = "en") -> str:
    """The name of the country ``code`` in ``language`` (English when there is none)."""
    country = pycountry.countries.get(alpha_2=code) if code else None
    if country is None:
        return code
    return _names_in(language).gettext(str(country.name))


def countries_matching(query: str, language: str = "en") -> set[str]:
    """Codes of the countries ``query`` names, folded: a code (two letters), or part of
    a name in English or in ``language`` (three letters or more)."""
    wanted = fold(query.strip())
    if not wanted:
        return set()
    if len(wanted) <= 2:
        # Two letters are a code: "ng" is Nigeria, not every name with "ng" in it.
        return {code for code, _name in _country_names("en") if code.casefold() == wanted}
    return {code for code, name in _country_names(language) if wanted in name}


def escape_like(text: str) -> str:
    """``text`` taken literally by SQL's LIKE with ``ESCAPE '\\'``."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def text_matches(columns: Iterable[Any], text: str) -> ColumnElement[bool]:
    """SQL: one of ``columns`` contains ``text``, both folded (``fold`` is registered on
    every connection by the vault engine)."""
    pattern = f"%{escape_like(fold(text.strip()))}%"
    return or_(*(func.fold(column).like(pattern, escape="\\") for column in columns))
