"""Readable, translated labels for the stored vocabulary values of partners (types,
phases, categories, modalities, sensitivity, ratings) and the ISO country list.

Values are stored in English snake_case (``national_ngo``); only the label is shown.
"""

from __future__ import annotations

from functools import cache

import pycountry
from PySide6.QtCore import QCoreApplication, QLocale
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


def labels() -> dict[str, str]:
    """Every vocabulary value with its label in the interface language.

    Each call is spelled out in full so that pyside6-lupdate finds the strings.
    """
    return {
        # partner types
        "national_ngo": QCoreApplication.translate("Vocabulary", "National NGO"),
        "regional_ngo": QCoreApplication.translate("Vocabulary", "Regional NGO"),
        "international_ngo": QCoreApplication.translate("Vocabulary", "International NGO"),
        "network": QCoreApplication.translate("Vocabulary", "Network"),
        "research_institute": QCoreApplication.translate("Vocabulary", "Research institute"),
        "professional_body": QCoreApplication.translate("Vocabulary", "Professional body"),
        "monitoring_body": QCoreApplication.translate("Vocabulary", "Monitoring body"),
        "intergovernmental_body": QCoreApplication.translate(
            "Vocabulary", "Intergovernmental body"
        ),
        "government_agency": QCoreApplication.translate("Vocabulary", "Government agency"),
        "national_human_rights_institution": QCoreApplication.translate(
            "Vocabulary", "National human rights institution"
        ),
        "foundation_or_donor": QCoreApplication.translate("Vocabulary", "Foundation or donor"),
        "other": QCoreApplication.translate("Vocabulary", "Other"),
        # phases
        "preparing": QCoreApplication.translate("Vocabulary", "Preparing"),
        "establishing": QCoreApplication.translate("Vocabulary", "Establishing"),
        "implementing": QCoreApplication.translate("Vocabulary", "Implementing"),
        "phasing_out": QCoreApplication.translate("Vocabulary", "Phasing out"),
        "ended": QCoreApplication.translate("Vocabulary", "Ended"),
        # partnership categories
        "advocacy": QCoreApplication.translate("Vocabulary", "Advocacy"),
        "project": QCoreApplication.translate("Vocabulary", "Project"),
        "research_and_learning": QCoreApplication.translate("Vocabulary", "Research and learning"),
        "strategic": QCoreApplication.translate("Vocabulary", "Strategic"),
        # modalities ("strategic" is shared with the categories)
        "pilot": QCoreApplication.translate("Vocabulary", "Pilot"),
        "alliance": QCoreApplication.translate("Vocabulary", "Alliance"),
        # sensitivity
        "standard": QCoreApplication.translate("Vocabulary", "Standard"),
        "sensitive": QCoreApplication.translate("Vocabulary", "Sensitive"),
        "high_risk": QCoreApplication.translate("Vocabulary", "High risk"),
        # risk ratings
        "low": QCoreApplication.translate("Vocabulary", "Low"),
        "moderate": QCoreApplication.translate("Vocabulary", "Moderate"),
        "significant": QCoreApplication.translate("Vocabulary", "Significant"),
        "high": QCoreApplication.translate("Vocabulary", "High"),
        # assessment and action states
        "draft": QCoreApplication.translate("Vocabulary", "Draft"),
        "final": QCoreApplication.translate("Vocabulary", "Final"),
        "approved": QCoreApplication.translate("Vocabulary", "Approved"),
        "proposed": QCoreApplication.translate("Vocabulary", "Proposed"),
        "open": QCoreApplication.translate("Vocabulary", "Open"),
        "in_progress": QCoreApplication.translate("Vocabulary", "In progress"),
        "done": QCoreApplication.translate("Vocabulary", "Done"),
        "dropped": QCoreApplication.translate("Vocabulary", "Dropped"),
    }


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
