"""Rules the start dialog applies to what a person types: passphrase strength and a group
of the recovery key typed back from paper."""

from __future__ import annotations

import re
from collections.abc import Iterable

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
    """The estimator's warning and suggestions for a weak passphrase, as one line."""
    from fieldpartner.vault.passphrase_policy import assess_passphrase

    return assess_passphrase(passphrase, context).feedback


def passphrase_acceptable(score: int) -> bool:
    """Whether the policy takes a passphrase of ``score`` without an acknowledgement."""
    from fieldpartner.vault.passphrase_policy import MIN_SCORE

    return score >= MIN_SCORE
