"""The vocabularies of partners (types, phases, categories, modalities, sensitivity,
ratings) as choices, with their translated labels (``ui/names.py``, re-exported here as
``labels``), and the ISO country list."""

from __future__ import annotations

from functools import cache

import pycountry
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox

from fieldpartner.domain.models import (
    Modality,
    PartnershipCategory,
    PartnerType,
    Phase,
    Sensitivity,
)
from fieldpartner.domain.partners import RATINGS
from fieldpartner.domain.search import country_name, fold
from fieldpartner.ui.names import vocabulary_labels as labels

VOCABULARIES: dict[str, tuple[str, ...]] = {
    "type": tuple(v.value for v in PartnerType),
    "phase": tuple(v.value for v in Phase),
    "category": tuple(v.value for v in PartnershipCategory),
    "modality": tuple(v.value for v in Modality),
    "sensitivity": tuple(v.value for v in Sensitivity),
    "rating": RATINGS,
}


def reader_language() -> str:
    """The language the interface is read in (``fr``), for names the domain translates."""
    return QLocale().name().split("_", 1)[0] or "en"


@cache
def _countries(language: str) -> tuple[tuple[str, str], ...]:
    names = ((c.alpha_2, country_name(c.alpha_2, language)) for c in pycountry.countries)
    return tuple(sorted(names, key=lambda pair: fold(pair[1])))


def countries() -> tuple[tuple[str, str], ...]:
    """(ISO 3166-1 alpha-2 code, name in the interface language) for every country, by
    name."""
    return _countries(reader_language())


def fill_choices(combo: QComboBox, field: str, *, any_label: str | None = None) -> None:
    """Put a vocabulary's labels in ``combo``, each item's data its stored value.

    With ``any_label`` the first item (data "") means "no filter" or "not set".
    """
    names = labels()
    combo.clear()
    if any_label is not None:
        combo.addItem(any_label, "")
    for value in VOCABULARIES[field]:
        combo.addItem(names.get(value, value), value)


def fill_countries(combo: QComboBox, *, any_label: str) -> None:
    combo.clear()
    combo.addItem(any_label, "")
    for code, name in countries():
        combo.addItem(f"{name} ({code})", code)


def select_data(combo: QComboBox, value: str) -> None:
    """Select the item whose data is ``value`` (the first item when none matches)."""
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)
