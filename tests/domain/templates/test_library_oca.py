"""USAID's OCA in the library: seven domains, sub-areas scored 1-4, averages only.

The OCA's rule: the organisation agrees a score of 1 to 4 per sub-area; a domain's score
is the average of its sub-areas and the overall score averages the domains. The OCA sets
no thresholds, so no rating is given.
"""

from __future__ import annotations

from typing import Any

import pytest
from answer_sets import every_item, score, shipped

from fieldpartner.domain.templates import TemplateDocument, validate_template


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    return shipped("library", "usaid-oca")


def test_the_library_template_is_valid_with_seven_domains(template: dict[str, Any]) -> None:
    assert validate_template(template) == []
    doc = TemplateDocument(template)
    assert len(doc.top_sections()) == 7
    assert len(doc.item_order) == 27


def test_domain_and_overall_averages_computed_by_hand(template: dict[str, Any]) -> None:
    answers = every_item(template, 3)
    answers.update(
        {
            "oca.1.1": 4,  # Governance: (4 + 1) / 2 = 2.5
            "oca.1.5": 1,
            "oca.2.1": 2,  # Finance: (2 + 4) / 2 = 3.0
            "oca.2.8": 4,
            "oca.3.6": "n/a",  # Administration: (3 + 3 + 3) / 3 = 3.0, branding left out
            "oca.7.1": 1,  # Sustainability: (1 + 3 x 7) / 8 = 22 / 8 = 2.75
        }
    )
    results = score(template, answers)
    domains = {s["id"]: s["score"] for s in results["sections"]}
    assert domains["oca.governance"] == 2.5
    assert domains["oca.finance"] == 3.0
    assert domains["oca.administration"] == 3.0
    assert domains["oca.sustainability"] == 2.75
    # Overall: the mean of the seven domains (HR, programme and performance are 3.0):
    # (2.5 + 3 + 3 + 3 + 3 + 3 + 2.75) / 7 = 20.25 / 7 = 2.892857.
    assert results["overall"]["score"] == 2.892857
    # The OCA gives no rating and no decision.
    assert results["rating"] is None
    assert results["recommended_decision"] is None


def test_a_domain_with_one_sub_area_answered_counts_like_any_other(
    template: dict[str, Any],
) -> None:
    # The overall score averages domains, not sub-areas: a domain of two sub-areas
    # weighs as much as one of eight.
    answers = every_item(template, 4)
    answers["oca.1.1"] = answers["oca.1.5"] = 1
    overall = score(template, answers)["overall"]["score"]
    # (1 + 4 x 6) / 7 = 25 / 7 = 3.571429, not (2 + 4 x 25) / 27 = 3.777778.
    assert overall == 3.571429
