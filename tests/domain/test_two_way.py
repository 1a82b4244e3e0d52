"""Two-way assessments are read only combined across partners, above a threshold."""

from __future__ import annotations

from datetime import date

import pytest

from fieldpartner.domain.models import VaultSetting
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.revisions import RecordSession
from fieldpartner.domain.staff import (
    ADMINISTRATOR,
    OFFICER,
    STAFF_KEY,
    VIEWER,
    NotPermitted,
    Staff,
)
from fieldpartner.domain.templates import ensure_builtin_templates
from fieldpartner.domain.two_way import (
    ANONYMITY_SETTING,
    DEFAULT_ANONYMITY_THRESHOLD,
    anonymity_threshold,
    combine_two_way,
    set_anonymity_threshold,
)
from fieldpartner.domain.validation import ValidationError
from two_way_answers import answered, answered_by


@pytest.fixture
def partners(session: RecordSession) -> RecordSession:
    ensure_builtin_templates(session)
    return session


def test_below_the_threshold_nothing_is_shown(partners: RecordSession) -> None:
    for number, level in enumerate((4, 1, 3, 2), start=1):
        answered_by(partners, f"Partner {number}", level, date(2026, 3, number))
    combined = combine_two_way(partners, minimum=5)
    assert combined.partners == 4
    assert combined.withheld
    assert combined.overall.mean is None
    assert all(section.mean is None for section in combined.sections)


def test_at_the_threshold_the_means_of_the_partners_are_shown(partners: RecordSession) -> None:
    for number, level in enumerate((4, 1, 3, 2, 4), start=1):
        answered_by(partners, f"Partner {number}", level, date(2026, 3, number))
    combined = combine_two_way(partners, minimum=5)
    assert not combined.withheld
    # Every statement at the partner's level: each partner's section score is that level,
    # so each section's mean is (4 + 1 + 3 + 2 + 4) / 5 = 2.8.
    assert combined.overall.mean == 2.8
    scored = [s for s in combined.sections if s.partners]
    assert scored and {s.mean for s in scored} == {2.8}


def test_only_each_partners_latest_final_assessment_counts(partners: RecordSession) -> None:
    first = add_partner(partners, name="Partner 1")
    answered(partners, first, 1, date(2025, 3, 1))
    answered(partners, first, 4, date(2026, 3, 1))
    answered_by(partners, "Partner 2", 2, date(2025, 6, 1))
    combined = combine_two_way(partners, minimum=2)
    # Partner 1 counts once, with its 2026 answers: (4 + 2) / 2 = 3.0.
    assert combined.partners == 2
    assert combined.overall.mean == 3.0


def test_the_threshold_is_a_vault_setting(partners: RecordSession) -> None:
    assert anonymity_threshold(partners) == DEFAULT_ANONYMITY_THRESHOLD
    partners.add(VaultSetting(key=ANONYMITY_SETTING, value=3))
    partners.flush()
    assert anonymity_threshold(partners) == 3
    # One partner's answers are never "combined", whatever the setting says.
    assert anonymity_threshold({ANONYMITY_SETTING: 1}) == 2
    with pytest.raises(ValueError, match="not a whole number"):
        anonymity_threshold({ANONYMITY_SETTING: "five"})


def test_setting_the_threshold_refuses_fewer_than_two(partners: RecordSession) -> None:
    assert set_anonymity_threshold(partners, 3) == 3
    partners.flush()
    assert anonymity_threshold(partners) == 3
    assert set_anonymity_threshold(partners, 4) == 4
    partners.flush()
    assert anonymity_threshold(partners) == 4
    for bad in (1, 0, -3, True, "5", 2.5):
        with pytest.raises(ValidationError, match=ANONYMITY_SETTING):
            set_anonymity_threshold(partners, bad)
    partners.flush()
    assert anonymity_threshold(partners) == 4


@pytest.mark.parametrize("role", [VIEWER, OFFICER])
def test_on_hq_only_an_administrator_sets_the_threshold(session: RecordSession, role: str) -> None:
    """An organisation setting: at HQ a viewer or programme officer is refused."""
    session.info[STAFF_KEY] = Staff("vera", role)
    with pytest.raises(NotPermitted, match="may not change the organisation's settings"):
        set_anonymity_threshold(session, 3)
    assert session.get(VaultSetting, ANONYMITY_SETTING) is None
    session.info[STAFF_KEY] = Staff("ada", ADMINISTRATOR)
    assert set_anonymity_threshold(session, 3) == 3
