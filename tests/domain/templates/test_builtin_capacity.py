"""The built-in capacity assessment speaks of capacity, never of risk."""

from __future__ import annotations

from typing import Any

import pytest
from answer_sets import every_item, score, shipped

from fieldpartner.domain.templates import LANGUAGES, validate_template


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    return shipped("builtin", "capacity")


def test_the_template_is_valid(template: dict[str, Any]) -> None:
    assert validate_template(template) == []


def test_a_weak_capacity_is_called_weak_not_high(template: dict[str, Any]) -> None:
    results = score(template, every_item(template, 1))
    assert results["rating"] is None
    assert results["level"] == "weak"
    assert results["overall"]["vocabulary"] == "capacity"
    assert {s["level"] for s in results["sections"]} == {"weak"}
    label = results["overall"]["label"]
    assert "High" not in label and "capacity" in label.lower()


@pytest.mark.parametrize(
    ("level", "word"), [(1, "weak"), (2, "developing"), (3, "established"), (4, "strong")]
)
def test_each_level_reads_as_a_capacity_word(
    template: dict[str, Any], level: int, word: str
) -> None:
    assert score(template, every_item(template, level))["level"] == word


def test_capacity_words_are_translated_in_every_language(template: dict[str, Any]) -> None:
    for band in template["scoring"]["bands"]:
        assert "rating" not in band
        assert all(band["label"][lang] for lang in LANGUAGES)


def test_a_nascent_key_indicator_holds_the_overall_level_down(template: dict[str, Any]) -> None:
    answers = every_item(template, 4)
    answers["cap.fin.controls"] = 1
    results = score(template, answers)
    assert results["level"] == "developing"
    assert [r["id"] for r in results["rules_applied"]] == ["key-capacity-nascent"]


def test_partner_feeds_no_risk_rating(template: dict[str, Any]) -> None:
    assert template["feeds_risk_rating"] is False
    assert all("risk" not in level for level in template["scales"]["cap4"]["levels"])
