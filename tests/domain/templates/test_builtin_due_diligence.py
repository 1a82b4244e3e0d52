"""The built-in due-diligence review gives results a grants officer would sign.

Each test starts from a review where every question has its best answer and changes
what a field officer found, as the errors reported against the first version did.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from answer_sets import (
    applicable_items,
    at_least,
    best_answers,
    risky_answers,
    score,
    shipped,
)

from fieldpartner.domain.templates import LANGUAGES, validate_template

TIERS = ("small", "medium", "large")


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    return shipped("builtin", "due-diligence")


def with_answers(template: dict[str, Any], tier: str, **changed: Any) -> dict[str, Any]:
    answers = best_answers(template, tier)
    answers.update({k.replace("__", "."): v for k, v in changed.items()})
    return score(template, answers, tier)


def test_the_shipped_review_is_valid(template: dict[str, Any]) -> None:
    assert validate_template(template) == []


@pytest.mark.parametrize("tier", TIERS)
def test_a_partner_with_every_best_answer_is_approved(template: dict[str, Any], tier: str) -> None:
    results = with_answers(template, tier)
    assert (results["rating"], results["recommended_decision"]) == ("low", "approve")


@pytest.mark.parametrize("tier", TIERS)
@pytest.mark.parametrize(
    ("item", "answer"),
    [
        # Ties to armed groups, a political party or the government.
        ("gov.political_independence", "no"),
        # Objectives that are not charitable.
        ("legal.mandate", "no"),
    ],
)
def test_answers_that_rule_a_partner_out_lead_to_decline(
    template: dict[str, Any], tier: str, item: str, answer: str
) -> None:
    results = with_answers(template, tier, **{item: answer})
    assert results["rating"] == "high"
    assert results["recommended_decision"] == "decline"


def test_a_large_grant_without_records_segregation_or_reconciliation_is_not_approved(
    template: dict[str, Any],
) -> None:
    results = with_answers(
        template,
        "large",
        fin__records="no",
        fin__segregation="no",
        fin__bank_reconciliation="no",
    )
    assert results["rating"] in ("significant", "high")
    assert at_least(results["recommended_decision"], "approve_with_conditions")


def answered_alone(template: dict[str, Any], tier: str, risks: set[str]) -> dict[Any, str]:
    """The decision for each answer carrying one of ``risks``, every other answer best."""
    return {
        (item, answer): with_answers(template, tier, **{item: answer})["recommended_decision"]
        for item, answer in risky_answers(template, tier, risks)
    }


@pytest.mark.parametrize("tier", TIERS)
def test_every_material_red_flag_on_its_own_leads_at_least_to_conditions(
    template: dict[str, Any], tier: str
) -> None:
    decisions = answered_alone(template, tier, {"significant"})
    assert ("fin.records", "no") in decisions
    assert {k: d for k, d in decisions.items() if not at_least(d, "approve_with_conditions")} == {}


@pytest.mark.parametrize("tier", TIERS)
def test_every_disqualifying_answer_on_its_own_leads_to_decline_or_stop(
    template: dict[str, Any], tier: str
) -> None:
    decisions = answered_alone(template, tier, {"high"})
    assert ("gov.political_independence", "no") in decisions
    assert ("legal.mandate", "no") in decisions
    assert {k: d for k, d in decisions.items() if not at_least(d, "decline")} == {}


def test_a_confirmed_sanctions_match_stops_everything(template: dict[str, Any]) -> None:
    results = with_answers(template, "small", int__sanctions="confirmed")
    assert results["recommended_decision"] == "stop"


@pytest.mark.parametrize("tier", TIERS)
def test_not_registering_for_a_documented_safety_reason_is_acceptable(
    template: dict[str, Any], tier: str
) -> None:
    # The question's guidance calls this answer acceptable, so it must not force conditions.
    results = with_answers(template, tier, legal__registration="safety_reason")
    assert (results["rating"], results["recommended_decision"]) == ("low", "approve")
    assert results["rules_applied"] == []


def test_tiers_are_proportionate_to_the_grant(template: dict[str, Any]) -> None:
    counts = {tier: len(applicable_items(template, tier)) for tier in TIERS}
    # A light review is about a quarter of the full one, a medium one a little over half.
    assert 13 <= counts["small"] <= 17, counts
    assert 28 <= counts["medium"] <= 34, counts
    assert 50 <= counts["large"] <= 58, counts


AMOUNT = re.compile(r"£|GBP|\b(?:2|10)[ ,.\u00a0\u202f]?000\b")


def _texts(node: Any, path: str = "$") -> list[tuple[str, str]]:
    if isinstance(node, dict):
        if set(node) >= set(LANGUAGES):
            return [(f"{path}.{lang}", str(node[lang])) for lang in LANGUAGES]
        found = []
        for key, value in node.items():
            found += _texts(value, f"{path}.{key}")
        return found
    if isinstance(node, list):
        return [t for i, v in enumerate(node) for t in _texts(v, f"{path}[{i}]")]
    return []


def test_tier_thresholds_are_not_written_into_the_template(template: dict[str, Any]) -> None:
    # The amounts that decide a tier are a vault setting; a label that repeats them is
    # wrong as soon as an organisation sets its own.
    assert [(path, text) for path, text in _texts(template) if AMOUNT.search(text)] == []
    assert "2000" not in str(template.get("risk_rules")) + str(template.get("sections"))


def test_the_review_says_what_it_is_modelled_on(template: dict[str, Any]) -> None:
    modelled_on = template["modelled_on"]
    publishers = {s["publisher"] for s in modelled_on["sources"]}
    assert "REDRESS" in publishers
    assert "REDRESS" in modelled_on["name"]


def test_criteria_for_new_partners_are_not_risk_points(template: dict[str, Any]) -> None:
    # Anti-Slavery International's criteria say whether a partner fits, not how risky it
    # is; they belong to the partner-selection template.
    ids = [ref.id for ref in applicable_items(template, "large")]
    assert not [i for i in ids if i.startswith("asi.")]


@pytest.mark.parametrize(
    "item", ["fin.records", "gov.political_independence", "legal.mandate", "int.sanctions"]
)
def test_a_material_answer_not_verified_is_not_approved(
    template: dict[str, Any], item: str
) -> None:
    # "Don't know / not verified" is not "yes": it is a gap, and a condition to verify it.
    results = with_answers(template, "large", **{item: "dont_know"})
    assert at_least(results["recommended_decision"], "approve_with_conditions")
    assert item in [g["item_id"] for g in results["gaps"]]


def test_the_template_thresholds_are_data_the_vault_can_override(template: dict[str, Any]) -> None:
    # REDRESS's amounts as the template's defaults, used where the vault has none.
    assert template["tier_currency"] == "GBP"
    assert [t.get("up_to") for t in template["tiers"]] == [2000, 10000, None]


def test_not_applicable_needs_a_justification(template: dict[str, Any]) -> None:
    assert template["na_needs_justification"] is True


def test_financial_records_need_evidence_from_the_medium_tier(template: dict[str, Any]) -> None:
    # A light review takes the partner's word for its bookkeeping; a larger grant needs
    # the ledger seen.
    evidence = {ref.id: ref.item.get("evidence") for ref in applicable_items(template, "large")}
    assert evidence["fin.records"]["tiers"] == ["medium", "large"]
    assert all(
        evidence[item] for item in ("fin.segregation", "fin.bank_reconciliation", "fin.audit")
    )
