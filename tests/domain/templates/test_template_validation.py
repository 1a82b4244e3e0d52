"""Template validation reports every problem, each at its JSON path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from template_builders import (
    checklist,
    example_template,
    hact_like,
    psea_like,
    scored,
    section,
    template,
)

from fieldpartner.domain.templates import (
    TemplateInvalid,
    builtin_template_files,
    load_template_file,
    validate_template,
)


def messages(body: dict) -> list[str]:
    return [str(p) for p in validate_template(body)]


def test_the_example_and_the_hact_and_psea_sketches_are_valid() -> None:
    assert messages(example_template()) == []
    assert messages(hact_like()) == []
    assert messages(psea_like()) == []


@pytest.mark.parametrize("path", builtin_template_files(), ids=lambda p: p.name)
def test_builtin_templates_are_valid(path: Path) -> None:
    body = json.loads(path.read_text(encoding="utf-8"))
    assert messages(body) == []


def test_ten_different_errors_give_ten_messages_with_paths() -> None:
    body = example_template()
    legal, finance = body["sections"][0]["items"], body["sections"][1]["items"]
    del body["title"]["fr"]  # 1 missing translation
    body["sections"][0]["title"]["ar"] = " "  # 2 empty translation
    finance[0]["scale"] = "capacity5"  # 3 unknown scale
    finance[1]["id"] = "finance.procedures"  # 4 duplicate item id
    finance[2]["applies_if"] = {"answer": "finance.ghost", "gte": 3}  # 5 unknown item
    legal[1]["weight"] = -2  # 6 negative weight
    finance[3]["key"] = True  # 7 key item that is not scored
    body["sections"][1]["scoring"]["bands"][0]["from_fraction"] = 0.2  # 8 bands leave a gap
    legal[0]["risk"]["perhaps"] = "low"  # 9 risk for an answer the item does not have
    body["risk_rules"][0]["if"]["all"][0]["tier"] = ["huge"]  # 10 unknown tier
    found = messages(body)
    assert found == [
        "$.title: the fr translation is missing",
        "$.sections[0].title.ar: the ar translation is empty",
        "$.sections[0].items[0].risk.perhaps: 'perhaps' is not an answer of this item (yes, no, partly)",
        "$.sections[0].items[1].weight: weight -2 is negative",
        "$.sections[1].scoring.bands[0].from_fraction: bands do not cover the range: scores below 0.2 of the range get no rating (start the first band at 0)",
        "$.sections[1].items[0].scale: unknown scale 'capacity5'",
        "$.sections[1].items[1].id: duplicate id 'finance.procedures' (first used at $.sections[1].items[0])",
        "$.sections[1].items[2].applies_if.answer: refers to unknown item 'finance.ghost'",
        "$.sections[1].items[3].key: a key item must be scored, but this number item's answers carry no points or risk",
        "$.risk_rules[0].if.all[0].tier: unknown tier 'huge'",
    ]


def test_schema_errors_are_all_reported_with_paths() -> None:
    body = example_template()
    body["format_version"] = 3
    body["kind"] = "audit"
    body["sections"][0]["items"][0]["type"] = "essay"
    found = messages(body)
    assert "$.format_version: 3 is not one of [1, 2]" in found
    assert any(m.startswith("$.kind: 'audit' is not one of") for m in found)
    assert any(m.startswith("$.sections[0].items[0].type: 'essay' is not one of") for m in found)


def test_absolute_bands_must_cover_the_possible_range() -> None:
    body = template(
        [section("s", [checklist("a"), checklist("b")])],
        {"method": "sum", "bands": [{"from": 0.5, "rating": "high"}, {"from": 3, "rating": "low"}]},
    )
    assert messages(body) == [
        "$.scoring.bands[0].from: bands do not cover the range: scores can be as low as 0 but the first band starts at 0.5",
        "$.scoring.bands[1].from: band starting at 3 can never be reached; the highest possible score is 2",
    ]


def test_bands_must_rise() -> None:
    body = template(
        [section("s", [scored("a")])],
        {
            "method": "weighted_mean",
            "bands": [{"from": 1, "rating": "high"}, {"from": 1, "rating": "low"}],
        },
    )
    assert messages(body) == [
        "$.scoring.bands[1].from: bands must start in increasing order (1 follows 1.0)"
    ]


def test_applicability_that_depends_on_itself_is_refused() -> None:
    body = template(
        [
            section(
                "s",
                [
                    scored("a", applies_if={"answer": "b", "gte": 2}),
                    scored("b", applies_if={"answer": "a", "gte": 2}),
                ],
            )
        ]
    )
    assert messages(body) == [
        "$.sections[0].items[0].applies_if: applicability depends on itself: a -> b -> a"
    ]


def test_expressions_are_checked_for_shape_and_place() -> None:
    body = template(
        [section("s", [scored("a", applies_if={"any": [], "answer": "a"})])],
        risk_rules=[{"id": "r", "if": {"rating": "nowhere", "in": ["awful"]}, "rating": "high"}],
    )
    found = messages(body)
    assert any("exactly one of" in m for m in found)
    assert (
        "$.risk_rules[0].if.rating: refers to unknown section 'nowhere' (or use 'overall')" in found
    )
    assert "$.risk_rules[0].if.in: 'awful' is not a rating" in found
    result_term = template(
        [section("s", [scored("a"), scored("b", applies_if={"rating": "s", "in": ["low"]})])]
    )
    assert messages(result_term) == [
        "$.sections[0].items[1].applies_if: 'rating' can only be used in risk rules"
    ]


def test_scored_items_need_a_descriptor_for_every_level() -> None:
    body = template([section("s", [scored("a")])])
    del body["scales"]["s4"]["levels"][2]["descriptor"]
    assert messages(body) == [
        "$.sections[0].items[0]: no descriptor for level 3 (give one in the scale or in the item's descriptors)"
    ]
    body["sections"][0]["items"][0]["descriptors"] = {
        "3": body["scales"]["s4"]["levels"][0]["label"]
    }
    assert messages(body) == []


def test_a_file_that_is_not_json_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": ', encoding="utf-8")
    with pytest.raises(TemplateInvalid) as caught:
        load_template_file(path)
    assert [p.path for p in caught.value.problems] == ["$"]
    assert caught.value.exit_code == 4


def test_conditions_cannot_test_answers_an_item_never_has() -> None:
    body = template(
        [
            section(
                "s",
                [
                    checklist("a"),
                    scored("b", applies_if={"answer": "a", "in": ["yes", "maybe"]}),
                    scored("c", applies_if={"answer": "a", "gte": 1}),
                ],
            )
        ]
    )
    assert messages(body) == [
        "$.sections[0].items[1].applies_if.in: a can never be answered 'maybe' (yes, no, partly)",
        "$.sections[0].items[2].applies_if.gte: a has no numeric answer to compare with gte",
    ]
