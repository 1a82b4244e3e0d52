"""Rules the start dialog applies to what a person types: passphrase strength and a group
of the recovery key typed back from paper."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

MIN_PASSPHRASE_LENGTH = 8


def normalise_key_group(text: str) -> str:
    """A typed group of the recovery key as Crockford base32 reads it: case, spaces and
    dashes ignored, O read as 0 and I or L as 1."""
    cleaned = re.sub(r"[\s-]", "", text).upper()
    return cleaned.translate(str.maketrans("OIL", "011"))


def passphrase_strength(passphrase: str, context: Iterable[str] = ()) -> int:
    """The passphrase policy's score (``vault.passphrase_policy``), 0 to 4, for the meter:
    the same estimate ``vault create`` applies, so the meter never calls "Good" what the
    vault then refuses. ``context`` holds words an attacker would try first (the vault's
    name). The estimator is loaded by the start-up preload, before anyone types."""
    if not passphrase:
        return 0
    from fieldpartner.vault.passphrase_policy import assess_passphrase

    return assess_passphrase(passphrase, context).score


def passphrase_feedback(passphrase: str, context: Iterable[str] = ()) -> str:
    """The estimator's warning and suggestions for a weak passphrase, as one line, each in
    the interface's language."""
    from fieldpartner.vault.passphrase_policy import assess_passphrase

    strength = assess_passphrase(passphrase, context)
    advice = _estimator_advice()
    parts = [strength.warning, *strength.suggestions] if strength.warning else strength.suggestions
    return " ".join(advice.get(part.strip(), part.strip()) for part in parts if part.strip())


# The estimator's (zxcvbn's) every warning and suggestion, as it words them.
_ESTIMATOR_WORDS = (
    "Use a few words, avoid common phrases.",
    "No need for symbols, digits, or uppercase letters.",
    "Add another word or two. Uncommon words are better.",
    "Straight rows of keys are easy to guess.",
    "Short keyboard patterns are easy to guess.",
    "Use a longer keyboard pattern with more turns.",
    'Repeats like "aaa" are easy to guess.',
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".',
    "Avoid repeated words and characters.",
    'Sequences like "abc" or "6543" are easy to guess.',
    "Avoid sequences.",
    "Recent years are easy to guess.",
    "Avoid recent years.",
    "Avoid years that are associated with you.",
    "Dates are often easy to guess.",
    "Avoid dates and years that are associated with you.",
    "This is a top-10 common password.",
    "This is a top-100 common password.",
    "This is a very common password.",
    "This is similar to a commonly used password.",
    "A word by itself is easy to guess.",
    "Names and surnames by themselves are easy to guess.",
    "Common names and surnames are easy to guess.",
    "Capitalization doesn't help very much.",
    "All-uppercase is almost as easy to guess as all-lowercase.",
    "Reversed words aren't much harder to guess.",
    "Predictable substitutions like '@' instead of 'a' don't help very much.",
)


def _estimator_advice() -> dict[str, str]:
    """Each of the estimator's sentences in the interface's language (spelled out in full
    so that pyside6-lupdate finds them)."""
    translated = (
        QCoreApplication.translate("PassphraseAdvice", "Use a few words, avoid common phrases."),
        QCoreApplication.translate(
            "PassphraseAdvice", "No need for symbols, digits, or uppercase letters."
        ),
        QCoreApplication.translate(
            "PassphraseAdvice", "Add another word or two. Uncommon words are better."
        ),
        QCoreApplication.translate("PassphraseAdvice", "Straight rows of keys are easy to guess."),
        QCoreApplication.translate(
            "PassphraseAdvice", "Short keyboard patterns are easy to guess."
        ),
        QCoreApplication.translate(
            "PassphraseAdvice", "Use a longer keyboard pattern with more turns."
        ),
        QCoreApplication.translate("PassphraseAdvice", 'Repeats like "aaa" are easy to guess.'),
        QCoreApplication.translate(
            "PassphraseAdvice",
            'Repeats like "abcabcabc" are only slightly harder to guess than "abc".',
        ),
        QCoreApplication.translate("PassphraseAdvice", "Avoid repeated words and characters."),
        QCoreApplication.translate(
            "PassphraseAdvice", 'Sequences like "abc" or "6543" are easy to guess.'
        ),
        QCoreApplication.translate("PassphraseAdvice", "Avoid sequences."),
        QCoreApplication.translate("PassphraseAdvice", "Recent years are easy to guess."),
        QCoreApplication.translate("PassphraseAdvice", "Avoid recent years."),
        QCoreApplication.translate("PassphraseAdvice", "Avoid years that are associated with you."),
        QCoreApplication.translate("PassphraseAdvice", "Dates are often easy to guess."),
        QCoreApplication.translate(
            "PassphraseAdvice", "Avoid dates and years that are associated with you."
        ),
        QCoreApplication.translate("PassphraseAdvice", "This is a top-10 common password."),
        QCoreApplication.translate("PassphraseAdvice", "This is a top-100 common password."),
        QCoreApplication.translate("PassphraseAdvice", "This is a very common password."),
        QCoreApplication.translate(
            "PassphraseAdvice", "This is similar to a commonly used password."
        ),
        QCoreApplication.translate("PassphraseAdvice", "A word by itself is easy to guess."),
        QCoreApplication.translate(
            "PassphraseAdvice", "Names and surnames by themselves are easy to guess."
        ),
        QCoreApplication.translate(
            "PassphraseAdvice", "Common names and surnames are easy to guess."
        ),
        QCoreApplication.translate("PassphraseAdvice", "Capitalization doesn't help very much."),
        QCoreApplication.translate(
            "PassphraseAdvice", "All-uppercase is almost as easy to guess as all-lowercase."
        ),
        QCoreApplication.translate(
            "PassphraseAdvice", "Reversed words aren't much harder to guess."
        ),
        QCoreApplication.translate(
            "PassphraseAdvice",
            "Predictable substitutions like '@' instead of 'a' don't help very much.",
        ),
    )
    return dict(zip(_ESTIMATOR_WORDS, translated, strict=True))


def passphrase_acceptable(score: int) -> bool:
    """Whether the policy takes a passphrase of ``score`` without an acknowledgement."""
    from fieldpartner.vault.passphrase_policy import MIN_SCORE

    return score >= MIN_SCORE
