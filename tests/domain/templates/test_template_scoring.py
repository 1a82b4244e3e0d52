"""The scoring engine against results computed by hand from each template's rules."""

from __future__ import annotations

from typing import Any

import pytest
from template_builders import (
    checklist,
    example_template,
    hact_like,
    psea_like,
    scale4,
    scored,
    section,
    template,
    tr,
)

from fieldpartner.domain.scoring import (
    GivenAnswer,
    compare_perspectives,
    compare_results,
)
from fieldpartner.domain.scoring import compute_results as compute_typed
from fieldpartner.domain.templates import validate_template


def compute_results(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """The results as JSON: the shape stored, shown by ``assessment show --json`` and
    documented for template authors."""
    return compute_typed(*args, **kwargs).to_json()


def answers(**values: Any) -> dict[str, GivenAnswer]:
    """Answers by item id (the first '_' stands for '.'); 'na' means not applicable."""
    return {
        key.replace("_", ".", 1): GivenAnswer(None, True) if v == "na" else GivenAnswer(v)
        for key, v in values.items()
    }


def section_result(results: dict[str, Any], section_id: str) -> dict[str, Any]:
    return next(s for s in results["sections"] if s["id"] == section_id)


def valid(body: dict[str, Any]) -> dict[str, Any]:
    assert validate_template(body) == []
    return body


FRACTION_BANDS = [
    {"from_fraction": 0, "rating": "high"},
    {"from_fraction": 0.5, "rating": "moderate"},
    {"from_fraction": 0.75, "rating": "low"},
]


def test_weighted_mean_uses_weights_and_bands_as_fractions_of_the_range() -> None:
    body = valid(
        template(
            [
                section(
                    "gov",
                    [scored("g.a", weight=3), scored("g.b"), scored("g.c", weight=0.5)],
                    scoring={"method": "weighted_mean", "bands": FRACTION_BANDS},
                )
            ]
        )
    )
    results = compute_results(body, answers(g_a=4, g_b=2, g_c=1))
    gov = section_result(results, "gov")
    # (3*4 + 1*2 + 0.5*1) / 4.5 = 14.5 / 4.5
    assert gov["score"] == pytest.approx(14.5 / 4.5, abs=1e-6)
    assert (gov["min"], gov["max"]) == (1.0, 4.0)
    # fraction of range: (3.2222 - 1) / 3 = 0.7407 -> between 0.5 and 0.75: moderate
    assert gov["percent"] == pytest.approx(100 * (14.5 / 4.5 - 1) / 3, abs=1e-4)
    assert gov["rating"] == "moderate"


def test_not_applicable_answers_leave_the_score_and_range() -> None:
    body = valid(template([section("s", [scored("a"), scored("b"), checklist("c")])]))
    results = compute_results(body, answers(a=4, b="na", c="not_applicable"))
    s = section_result(results, "s")
    assert s["score"] == 4.0
    assert (s["min"], s["max"]) == (1.0, 4.0)
    # Not applicable counts as answered for completeness.
    assert s["completeness"]["answered"] == 3
    assert s["completeness"]["not_applicable"] == 2
    assert results["items"]["b"] == {"applicable": True, "not_applicable": True}


def test_partial_completion_scores_what_is_answered_and_reports_completeness() -> None:
    body = valid(
        template(
            [section("s", [scored("a"), scored("b"), scored("c"), scored("d", required=False)])],
            {"method": "weighted_mean", "bands": FRACTION_BANDS},
        )
    )
    results = compute_results(body, answers(a=3, b=2))
    assert results["overall"]["score"] == 2.5
    assert results["completeness"] == {
        "applicable": 4,
        "required": 3,
        "answered": 2,
        "not_applicable": 0,
        "ratio": pytest.approx(2 / 3, abs=1e-6),
        "not_verified": 0,
        "covered": 0,
    }
    # (2.5 - 1) / 3 = 0.5 -> moderate
    assert results["rating"] == "moderate"


def test_min_completeness_withholds_the_rating() -> None:
    body = valid(
        template(
            [section("s", [scored("a"), scored("b")])],
            {"method": "weighted_mean", "bands": FRACTION_BANDS, "min_completeness": 1},
        )
    )
    partial = compute_results(body, answers(a=4))
    assert partial["overall"]["score"] == 4.0
    assert partial["rating"] is None
    assert "withheld" in partial["overall"]
    assert compute_results(body, answers(a=4, b=4))["rating"] == "low"


def test_sum_with_absolute_bands() -> None:
    body = valid(
        template(
            [section("s", [checklist("a"), checklist("b", weight=2), checklist("c")])],
            {
                "method": "sum",
                "bands": [
                    {"from": 0, "rating": "high", "decision": "decline"},
                    {"from": 2, "rating": "moderate", "decision": "approve_with_conditions"},
                    {"from": 3.5, "rating": "low", "decision": "approve"},
                ],
            },
        )
    )
    # yes=1, partly=0.5, no=0: 1 + 2*0.5 + 0 = 2
    results = compute_results(body, answers(a="yes", b="partly", c="no"))
    assert results["overall"]["score"] == 2.0
    assert (results["overall"]["min"], results["overall"]["max"]) == (0.0, 4.0)
    assert results["rating"] == "moderate"
    assert results["recommended_decision"] == "approve_with_conditions"
    best = compute_results(body, answers(a="yes", b="yes", c="partly"))
    assert best["overall"]["score"] == 3.5
    assert best["recommended_decision"] == "approve"


def test_points_from_risk_with_key_items_like_hact() -> None:
    body = valid(hact_like())
    results = compute_results(
        body,
        answers(
            funds_q1="high",  # key: 4 points x 2
            funds_q2="low",  # 1
            funds_q3="moderate",  # 2
            proc_q1="low",  # 1
            proc_q2="moderate",  # key: 2 x 2
        ),
    )
    funds = section_result(results, "funds")
    # 8 + 1 + 2 = 11 of a range 4 (all low: 2+1+1) .. 16 (all high: 8+4+4)
    assert (funds["score"], funds["min"], funds["max"]) == (11.0, 4.0, 16.0)
    # (11 - 4) / 12 = 0.583 -> significant
    assert funds["rating"] == "significant"
    proc = section_result(results, "procurement")
    # 1 + 4 = 5 of 3 .. 12: (5 - 3) / 9 = 0.222 -> low
    assert (proc["score"], proc["min"], proc["max"]) == (5.0, 3.0, 12.0)
    assert proc["rating"] == "low"
    # overall: 16 of 7 .. 28: 9 / 21 = 0.4286 -> moderate
    assert (results["overall"]["score"], results["overall"]["max"]) == (16.0, 28.0)
    assert results["rating"] == "moderate"
    assert results["recommended_decision"] == "approve_with_conditions"


def test_points_not_applicable_question_leaves_the_range_like_hact_na() -> None:
    body = valid(hact_like())
    results = compute_results(
        body, answers(funds_q1="low", funds_q2="na", funds_q3="high", proc_q1="low", proc_q2="low")
    )
    funds = section_result(results, "funds")
    # 2 + 4 = 6 of 3 .. 12: (6 - 3) / 9 = 0.333 -> moderate
    assert (funds["score"], funds["min"], funds["max"]) == (6.0, 3.0, 12.0)
    assert funds["rating"] == "moderate"


def test_count_of_standards_met_like_psea() -> None:
    body = valid(psea_like())
    seven = {f"cs{n}": "yes" for n in range(1, 8)} | {"cs8": "no"}
    results = compute_results(body, answers(**seven))
    assert results["overall"]["score"] == 7.0
    assert results["rating"] == "moderate"
    assert results["overall"]["label"] == "Medium capacity"
    full = compute_results(body, answers(**{f"cs{n}": "yes" for n in range(1, 9)}))
    assert (full["rating"], full["overall"]["label"]) == ("low", "Full capacity")
    five = {f"cs{n}": "yes" if n <= 5 else "no" for n in range(1, 9)}
    assert compute_results(body, answers(**five))["overall"]["label"] == "Low capacity"
    # An unanswered standard is not taken for a met one: no rating until all are answered.
    assert (
        compute_results(body, answers(**{f"cs{n}": "yes" for n in range(1, 8)}))["rating"] is None
    )


def test_highest_risk_wins_over_items_and_sections() -> None:
    body = example_template()
    results = compute_results(
        body,
        answers(
            legal_registered="yes",
            legal_bank_account="no",  # significant
            finance_procedures=4,
            finance_audit=4,
        ),
        tier="large",
    )
    assert section_result(results, "legal")["rating"] == "significant"
    assert section_result(results, "finance")["rating"] == "low"
    assert results["rating"] == "significant"
    assert results["recommended_decision"] == "approve_with_conditions"


def test_risk_rule_escalates_rating_and_decision() -> None:
    body = example_template()
    given = answers(
        legal_registered="no", legal_bank_account="yes", finance_procedures=4, finance_audit=4
    )
    large = compute_results(body, given, tier="large")
    assert [r["id"] for r in large["rules_applied"]] == ["unregistered-large-grant"]
    assert (large["rating"], large["recommended_decision"]) == ("high", "decline")
    # For a small grant the rule does not apply; "no" still carries a high risk.
    small = compute_results(body, given, tier="small")
    assert small["rules_applied"] == []
    assert small["rating"] == "high"


def test_rules_only_make_things_more_severe() -> None:
    body = valid(
        template(
            [section("s", [checklist("a", risk={"yes": "low", "no": "high"})])],
            {"method": "highest_risk"},
            risk_rules=[
                {"id": "soft", "if": {"answer": "a", "in": ["no"]}, "rating": "low"},
                {"id": "stop", "if": {"items_with_risk": ["high"]}, "decision": "stop"},
            ],
            decisions={"high": "decline", "low": "approve"},
        )
    )
    results = compute_results(body, answers(a="no"))
    assert results["rating"] == "high"
    assert results["recommended_decision"] == "stop"


def test_applicability_by_tier_and_expression() -> None:
    body = example_template()
    small = compute_results(body, answers(finance_procedures=2), tier="small")
    assert small["items"]["finance.audit"]["applicable"] is False
    assert small["items"]["finance.audit_year"]["applicable"] is False
    weak_audit = compute_results(body, answers(finance_audit=2), tier="large")
    assert weak_audit["items"]["finance.audit_year"]["applicable"] is False
    strong_audit = compute_results(body, answers(finance_audit=3), tier="large")
    assert strong_audit["items"]["finance.audit_year"]["applicable"] is True


def test_answers_to_inapplicable_items_are_ignored() -> None:
    body = example_template()
    results = compute_results(body, answers(finance_procedures=4, finance_audit=1), tier="small")
    # The audit answer (level 1) is ignored for a small grant: the mean is 4.
    assert section_result(results, "finance")["score"] == 4.0


def test_weighted_mean_over_sections_uses_section_weights() -> None:
    body = valid(
        template(
            [
                section("a", [scored("a1"), scored("a2")], weight=2),
                section("b", [scored("b1")]),
            ],
            {"method": "weighted_mean", "over": "sections"},
        )
    )
    results = compute_results(body, answers(a1=4, a2=2, b1=1))
    # a = 3, b = 1: (2*3 + 1) / 3
    assert results["overall"]["score"] == pytest.approx(7 / 3, abs=1e-6)


def test_nested_sections_score_their_descendants() -> None:
    inner = section("inner", [scored("i1")])
    outer = section("outer", [scored("o1")], sections=[inner])
    body = valid(template([outer]))
    results = compute_results(body, answers(i1=4, o1=2))
    assert section_result(results, "outer")["score"] == 3.0
    assert section_result(results, "inner")["score"] == 4.0
    assert section_result(results, "inner")["parent"] == "outer"


def test_gaps_from_targets_checklists_risks_and_gap_conditions() -> None:
    body = template(
        [
            section(
                "s",
                [
                    scored("a", action={"title": tr("Write the policy")}),
                    scored("b"),
                    checklist("c"),
                    checklist("d"),
                    scored("e", gap_if={"answer": "e", "lte": 3}),
                ],
            )
        ]
    )
    body["scales"]["s4"] = scale4(target=3)
    body = valid(body)
    results = compute_results(body, answers(a=2, b=3, c="partly", d="yes", e=3))
    gaps = {g["item_id"]: g for g in results["gaps"]}
    assert set(gaps) == {"a", "c", "e"}
    assert gaps["a"]["action_title"] == "Write the policy"
    assert gaps["a"]["reason"] == "level 2 is below the target level 3"


def test_comparison_of_two_assessments_of_one_partner() -> None:
    body = template(
        [section("s", [scored("a"), scored("b")]), section("t", [scored("c")])],
        {"method": "weighted_mean", "over": "sections"},
    )
    body["scales"]["s4"] = scale4(target=3)
    before = compute_typed(body, answers(a=1, b=2, c=4))
    after = compute_typed(body, answers(a=3, b=2, c=4))
    comparison = compare_results(before, after)
    s = comparison["sections"][0]
    assert (s["before"], s["after"], s["change"]) == (1.5, 2.5, 1.0)
    assert comparison["gaps_closed"] == ["a"]
    assert comparison["gaps_remaining"] == ["b"]
    assert comparison["overall"]["change"] == 0.5


def test_self_assessment_beside_the_assessors_view() -> None:
    body = template([section("s", [scored("a"), scored("b"), checklist("c")])])
    mine = answers(a=4, b=2, c="yes")
    theirs = answers(a=2, b=2, c="partly")
    comparison = compare_perspectives(body, mine, theirs)
    by_item = {i["item_id"]: i for i in comparison["items"]}
    assert by_item["a"]["difference"] == 2.0
    assert by_item["b"]["agree"] is True
    assert by_item["c"]["difference"] == 0.5
    assert comparison["agreement"] == pytest.approx(1 / 3, abs=1e-6)
    # self (4 + 2 + 1) / 3, assessor (2 + 2 + 0.5) / 3
    assert comparison["sections"][0]["difference"] == pytest.approx(7 / 3 - 1.5, abs=1e-6)


def test_number_items_carry_risk_by_bands() -> None:
    item = {
        "id": "reserves",
        "type": "number",
        "text": tr("Months of running costs held in reserve"),
        "risk_bands": [
            {"from": 0, "rating": "high"},
            {"from": 1, "rating": "significant"},
            {"from": 3, "rating": "low"},
        ],
    }
    body = valid(template([section("s", [item])], {"method": "highest_risk"}))
    assert compute_results(body, answers(reserves=0.5))["rating"] == "high"
    assert compute_results(body, answers(reserves=2))["rating"] == "significant"
    results = compute_results(body, answers(reserves=6))
    assert results["rating"] == "low"
    assert results["gaps"] == []


def test_items_for_one_side_only_in_a_template_answered_by_both() -> None:
    body = valid(
        template(
            [
                section(
                    "s",
                    [scored("shared"), scored("assessor.only", respondent="assessor")],
                )
            ],
            respondent="both",
        )
    )
    given = {"shared": GivenAnswer(2), "assessor.only": GivenAnswer(4)}
    assert compute_results(body, given, respondent="assessor")["overall"]["score"] == 3.0
    own = compute_results(body, given, respondent="partner_self")
    assert own["overall"]["score"] == 2.0
    assert own["items"]["assessor.only"]["applicable"] is False
