"""UNICEF's PSEA assessment in the library scores as UNICEF's eTools does.

eTools (psea/models.py): each of the six core standards is rated Absent (1), Progressing
(2) or Adequate (3); the overall rating is the sum, given only when every standard is
rated: 8 or less High risk, 9 to 14 Moderate, 15 or more Low. This is UNICEF's scale,
not the UN common protocol's count of standards met.
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

import pytest
from answer_sets import score, score_with, shipped

from fieldpartner.domain.scoring import AssessmentFacts
from fieldpartner.domain.templates import TemplateDocument, validate_template

STANDARDS = [f"psea.cs{n}" for n in range(1, 7)]


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    return shipped("library", "unicef-psea-cso")


def rated(*levels: int) -> dict[str, int]:
    return dict(zip(STANDARDS, levels, strict=True))


def test_the_library_template_is_valid_with_six_core_standards(template: dict[str, Any]) -> None:
    assert validate_template(template) == []
    assert [r.id for r in TemplateDocument(template).item_order] == STANDARDS


@pytest.mark.parametrize(
    ("levels", "total", "rating"),
    [
        # 1+1+1+1+1+1 = 6: every standard absent.
        ((1, 1, 1, 1, 1, 1), 6, "high"),
        # 2+2+1+1+1+1 = 8: the highest total still rated high risk.
        ((2, 2, 1, 1, 1, 1), 8, "high"),
        # 2+2+2+1+1+1 = 9: the lowest moderate total.
        ((2, 2, 2, 1, 1, 1), 9, "moderate"),
        # 3+3+2+2+2+2 = 14: the highest moderate total.
        ((3, 3, 2, 2, 2, 2), 14, "moderate"),
        # 3+3+3+2+2+2 = 15: the lowest total rated low risk.
        ((3, 3, 3, 2, 2, 2), 15, "low"),
        # 3 x 6 = 18: every standard adequate.
        ((3, 3, 3, 3, 3, 3), 18, "low"),
        # 3+3+3+3+3+1 = 16: one absent standard does not stop a low rating under UNICEF's sum.
        ((3, 3, 3, 3, 3, 1), 16, "low"),
    ],
)
def test_totals_and_ratings_computed_by_hand(
    template: dict[str, Any], levels: tuple[int, ...], total: int, rating: str
) -> None:
    results = score(template, rated(*levels))
    assert results["overall"]["score"] == total
    assert results["rating"] == rating


def test_every_answer_set_matches_the_etools_bands(template: dict[str, Any]) -> None:
    for levels in itertools.product((1, 2, 3), repeat=6):
        total = sum(levels)
        want = "high" if total <= 8 else "moderate" if total <= 14 else "low"
        assert score(template, rated(*levels))["rating"] == want, levels


def test_no_rating_until_every_standard_is_rated(template: dict[str, Any]) -> None:
    answers = rated(3, 3, 3, 3, 3, 3)
    del answers["psea.cs6"]
    results = score(template, answers)
    assert results["overall"]["score"] == 15
    assert results["rating"] is None


def test_a_standard_cannot_be_marked_not_applicable(template: dict[str, Any]) -> None:
    doc = TemplateDocument(template)
    assert not any(doc.items[s].allow_na for s in STANDARDS)


def test_an_assessment_is_valid_for_five_years(template: dict[str, Any]) -> None:
    results = score_with(
        template, rated(3, 3, 3, 3, 3, 3), AssessmentFacts(assessed_on=date(2026, 2, 28))
    )
    assert results["valid_until"] == "2031-02-28"
