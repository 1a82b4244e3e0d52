"""The UN HACT micro-assessment in the library scores exactly as UNICEF's eTools does.

eTools' rule (audit/serializers/risks.py, "v1 calculations", questionnaire version 1):
a question rated Low scores 1 point; any other rating scores its value (Moderate 2,
Significant 3, High 4) times the question's weight, 2 for a key question. For an area
with N applicable questions of which K are key, the score P / N is compared with bands
of equal width between 1 and (4N + 4K) / N: low, moderate, significant, high. Not
applicable answers (value 0) leave N and K.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from answer_sets import every_item, score, shipped

from fieldpartner.domain.templates import TemplateDocument, validate_template

LEVELS = {"low": 1, "moderate": 2, "significant": 3, "high": 4}


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    return shipped("library", "un-hact-micro-2016")


def key_ids(template: dict[str, Any]) -> list[str]:
    return [ref.id for ref in TemplateDocument(template).item_order if ref.key]


def sections(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {s["id"]: s for s in results["sections"]}


def test_the_library_template_is_valid_with_96_questions_39_of_them_key(
    template: dict[str, Any],
) -> None:
    assert validate_template(template) == []
    doc = TemplateDocument(template)
    assert len(doc.item_order) == 96
    assert len(key_ids(template)) == 39
    assert [s.id for s in doc.top_sections()] == [
        "hact.ip",
        "hact.programme",
        "hact.staffing",
        "hact.accounting",
        "hact.assets",
        "hact.reporting",
        "hact.procurement",
    ]


def test_a_low_answer_scores_one_point_even_on_a_key_question(template: dict[str, Any]) -> None:
    doc = TemplateDocument(template)
    key, plain = doc.items["hact.1.1"], doc.items["hact.1.4"]
    assert key.key and not plain.key
    assert [doc.answer_points(key, v) for v in (1, 2, 3, 4)] == [1, 4, 6, 8]
    assert [doc.answer_points(plain, v) for v in (1, 2, 3, 4)] == [1, 2, 3, 4]


def test_area_one_computed_by_hand(template: dict[str, Any]) -> None:
    answers = every_item(template, 1)
    answers.update(
        {
            "hact.1.1": 1,  # key, Low          -> 1
            "hact.1.2": 1,  # key, Low          -> 1
            "hact.1.3": 2,  # key, Moderate     -> 2 x 2 = 4
            "hact.1.4": 4,  # High              -> 4
            "hact.1.5": 1,  # key, Low          -> 1
            "hact.1.6": 3,  # key, Significant  -> 3 x 2 = 6
            "hact.1.7": 2,  # Moderate          -> 2
            "hact.1.8": 1,  # Low               -> 1
            "hact.1.9": 4,  # High              -> 4
            "hact.1.10": 2,  # Moderate         -> 2
            "hact.1.11": "n/a",  # not applicable: leaves N
        }
    )
    area = sections(score(template, answers))["hact.ip"]
    # P = 1+1+4+4+1+6+2+1+4+2 = 26; N = 10 applicable, K = 5 key.
    # Range: 1 point per question = 10 .. 4N + 4K = 40 + 20 = 60.
    # eTools: 26 / 10 = 2.6; top = 60 / 10 = 6.0; band width (6.0 - 1) / 4 = 1.25;
    # low below 2.25, moderate below 3.5 -> moderate. As a share: (26-10)/(60-10) = 0.32.
    assert (area["score"], area["min"], area["max"]) == (26.0, 10.0, 60.0)
    assert area["percent"] == 32.0
    assert area["rating"] == "moderate"


def test_sixteen_key_questions_rated_high_make_the_whole_assessment_moderate(
    template: dict[str, Any],
) -> None:
    answers = every_item(template, 1)
    for item_id in key_ids(template)[:16]:
        answers[item_id] = 4
    results = score(template, answers)
    overall = results["overall"]
    # 16 key High = 16 x 8 = 128; 23 key Low = 23; 57 other Low = 57; P = 208.
    # N = 96, K = 39: range 96 .. 4 x 96 + 4 x 39 = 540.
    # eTools: 208 / 96 = 2.1667 against low-below 1 + (540/96 - 1) / 4 = 2.15625 -> moderate.
    # The "key_multiplier: 2" recipe would score a key Low 2 points: (128 + 46 + 57 - 135)
    # / (540 - 135) = 96 / 405 = 0.237 -> low, one band too lenient.
    assert (overall["score"], overall["min"], overall["max"]) == (208.0, 96.0, 540.0)
    assert results["rating"] == "moderate"


def test_contract_management_not_applicable_leaves_the_range(template: dict[str, Any]) -> None:
    answers = every_item(template, 1)
    for number in (17, 18, 19, 20):
        answers[f"hact.7.{number}"] = "n/a"
    answers["hact.7.8"] = 4  # key, High -> 8
    results = score(template, answers)
    by_id = sections(results)
    # 7b has no applicable question: no score and no rating, as in eTools.
    assert by_id["hact.procurement.contracts"]["score"] is None
    assert by_id["hact.procurement.contracts"]["rating"] is None
    # Area 7 keeps 16 questions, 5 key: P = 15 + 8 = 23, range 16 .. 64 + 20 = 84;
    # (23 - 16) / (84 - 16) = 0.103 -> low.
    area = by_id["hact.procurement"]
    assert (area["score"], area["min"], area["max"], area["rating"]) == (23.0, 16.0, 84.0, "low")


def test_no_rating_until_every_question_is_answered(template: dict[str, Any]) -> None:
    answers = every_item(template, 1)
    del answers["hact.6.3"]
    results = score(template, answers)
    assert results["rating"] is None
    assert sections(results)["hact.reporting"]["rating"] is None
    assert sections(results)["hact.ip"]["rating"] == "low"


def etools_rating(template: dict[str, Any], section_id: str | None, answers: dict[str, Any]) -> Any:
    """eTools' calculation transcribed from its published source, for comparison."""
    doc = TemplateDocument(template)
    points = applicable = key = 0
    for ref in doc.items_under(section_id):
        value = answers[ref.id]
        if value == "n/a":
            continue
        points += value if value == 1 else (2 if ref.key else 1) * value
        applicable += 1
        key += ref.key
    if not applicable:
        return None
    risk_score = points / applicable
    width = ((4 * applicable + 4 * key) / applicable - 1) / 4
    for rating, limit in (("low", 1), ("moderate", 2), ("significant", 3)):
        if risk_score < 1 + limit * width:
            return rating
    return "high"


def test_every_rating_matches_etools_on_random_answer_sets(template: dict[str, Any]) -> None:
    rng = random.Random(2016)
    doc = TemplateDocument(template)
    for _ in range(60):
        weights = [rng.random() for _ in range(5)]
        answers = {
            ref.id: rng.choices([1, 2, 3, 4, "n/a"], weights=weights)[0] for ref in doc.item_order
        }
        results = score(template, answers)
        got = {s["id"]: s["rating"] for s in results["sections"]}
        want = {s.id: etools_rating(template, s.id, answers) for s in doc.section_order}
        assert got == want
        assert results["rating"] == etools_rating(template, None, answers)
