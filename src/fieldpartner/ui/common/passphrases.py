"""Rules the start dialog applies to what a person types: passphrase strength and a group
of the recovery key typed back from paper."""

from __future__ import annotations

import re

MIN_PASSPHRASE_LENGTH = 8


def normalise_key_group(text: str) -> str:
    """A typed group of the recovery key as Crockford base32 reads it: case, spaces and
    dashes ignored, O read as 0 and I or L as 1."""
    cleaned = re.sub(r"[\s-]", "", text).upper()
    return cleaned.translate(str.maketrans("OIL", "011"))


def passphrase_strength(passphrase: str) -> int:
    """A plain heuristic from 0 (too short) to 4 (strong): length and character classes.

    It cannot know whether a passphrase is guessable; it nudges towards long ones.
    """
    length = len(passphrase)
    if length < MIN_PASSPHRASE_LENGTH:
        return 0
    classes = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    score = 1
    if length >= 12:
        score += 1
    if length >= 20:
        score += 1
    if classes >= 3 or (length >= 16 and classes >= 2):
        score += 1
    return min(score, 4)
