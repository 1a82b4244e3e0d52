"""Properties every scoring method keeps, whatever the answers."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from template_builders import checklist, hact_like, scored, section, template

from fieldpartner.domain.scoring import GivenAnswer
from fieldpartner.domain.scoring import compute_results as compute_typed

BANDS = [
    {"from_fraction": 0, "rating": "high"},
    {"from_fraction": 0.4, "rating": "moderate"},
    {"from_fraction": 0.8, "rating": "low"},
]
ITEMS = [
    scored("a", weight=2),
    scored("b"),
    scored("c", key=True),
    checklist("d"),
    checklist("e", weight=0.5),
]


def compute_results(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """The results as JSON: the shape stored, shown by ``assessment show --json`` and
    documented for template authors."""
    return compute_typed(*args, **kwargs).to_json()


def body_for(method: str) -> dict[str, Any]:
    scoring: dict[str, Any] = {"method": method, "bands": BANDS}
    if method == "points":
        scoring["key_multiplier"] = 3
    if method == "count":
        scoring = {"method": "count", "values": ["yes", 4], "bands": BANDS}
    return template([section("s", ITEMS, scoring=scoring)], scoring)


answer = st.one_of(st.none(), st.just("na"), st.integers(1, 4))
checklist_answer = st.sampled_from([None, "yes", "no", "partly", "not_applicable"])


@settings(max_examples=150, deadline=None)
@given(
    method=st.sampled_from(["weighted_mean", "sum", "points", "count"]),
    scores=st.tuples(answer, answer, answer),
    checks=st.tuples(checklist_answer, checklist_answer),
)
def test_score_stays_in_its_range_and_the_band_matches(
    method: str, scores: tuple[Any, ...], checks: tuple[Any, ...]
) -> None:
    given_answers = {}
    for item_id, value in zip("abcde", (*scores, *checks), strict=True):
        if value == "na":
            given_answers[item_id] = GivenAnswer(None, True)
        elif value is not None:
            given_answers[item_id] = GivenAnswer(value)
    results = compute_results(body_for(method), given_answers)
    overall = results["overall"]
    if overall["score"] is None:
        assert results["rating"] is None
        return
    assert overall["min"] - 1e-9 <= overall["score"] <= overall["max"] + 1e-9
    if overall["max"] > overall["min"]:
        fraction = (overall["score"] - overall["min"]) / (overall["max"] - overall["min"])
        expected = (
            "low" if fraction >= 0.8 - 1e-6 else "moderate" if fraction >= 0.4 - 1e-6 else "high"
        )
        assert results["rating"] == expected
    # Answer order never matters.
    reordered = dict(reversed(list(given_answers.items())))
    assert compute_results(body_for(method), reordered) == results


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["low", "moderate", "significant", "high", "na"]), min_size=5, max_size=5
    )
)
def test_a_worse_answer_never_lowers_hact_points(risks: list[str]) -> None:
    body = hact_like()
    ids = ["funds.q1", "funds.q2", "funds.q3", "proc.q1", "proc.q2"]
    answers = {
        i: GivenAnswer(None, True) if r == "na" else GivenAnswer(r)
        for i, r in zip(ids, risks, strict=True)
    }
    before = compute_results(body, answers)["overall"]["score"]
    order = ["low", "moderate", "significant", "high"]
    for item_id, risk in zip(ids, risks, strict=True):
        if risk in order[:-1]:
            worse = dict(answers)
            worse[item_id] = GivenAnswer(order[order.index(risk) + 1])
            assert compute_results(body, worse)["overall"]["score"] > before
