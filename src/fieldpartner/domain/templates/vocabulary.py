"""The words results are given in: risk ratings, and capacity, fit and verification levels.

A risk rating and a capacity level are different things: "high" risk is bad, a "strong"
capacity is good. Each vocabulary lists its words from worst to best, so one rule serves
all of them: a risk rule makes a result worse, whatever its vocabulary.
"""

from __future__ import annotations

RISK = "risk"

# Words of each vocabulary, worst first.
VOCABULARIES: dict[str, tuple[str, ...]] = {
    RISK: ("high", "significant", "moderate", "low"),
    "capacity": ("weak", "developing", "established", "strong"),
    "fit": ("poor", "partial", "good"),
    "verification": ("not_verified", "partly_verified", "verified"),
}

ALL_LEVELS = frozenset(w for name, words in VOCABULARIES.items() if name != RISK for w in words)


def worst(vocabulary: str, words: list[str | None]) -> str | None:
    """The worst of ``words`` in ``vocabulary`` (unknown words and None are ignored)."""
    order = VOCABULARIES.get(vocabulary, ())
    known = [w for w in words if w is not None and w in order]
    return min(known, key=order.index) if known else None


def vocabulary_of(word: str) -> str | None:
    """The vocabulary a word belongs to (risk ratings included)."""
    for name, words in VOCABULARIES.items():
        if word in words:
            return name
    return None
