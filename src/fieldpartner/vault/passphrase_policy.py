"""The passphrase policy: how strong a new passphrase must be, and how to say why not.

Every way of setting a passphrase (creating a vault, changing the passphrase, recovering
with the recovery key or HQ's escrow) passes through ``check_new_passphrase``; the start
dialog's meter calls ``assess_passphrase`` as the user types. The estimate is zxcvbn's
(dictionaries, keyboard patterns, repeats, dates, l33t), not a count of character classes:
``aaaaaaaaaaaaaaaaaaaa`` is as weak as it looks.

A passphrase below ``MIN_SCORE`` is refused unless the caller passes an explicit
acknowledgement (``--accept-weak-passphrase`` on the command line, a typed confirmation in
the application). Argon2id makes each guess cost about half a second on the user's laptop;
it cannot make a passphrase from a password list safe.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass

from zxcvbn import zxcvbn

from fieldpartner.domain.problems import Message
from fieldpartner.vault.errors import VaultError

# zxcvbn's scale: 0 too guessable, 1 very guessable, 2 somewhat guessable, 3 safely
# unguessable (about 10^10 guesses), 4 very unguessable. 3 is the floor: at Argon2id's
# half-second per guess, 10^10 guesses are beyond a well-funded attacker's year.
MIN_SCORE = 3
MAX_SCORE = 4
# zxcvbn refuses longer input (its matching is quadratic). A longer passphrase is judged by
# its first 72 characters: never stronger than it is, since adding characters only helps.
CHECKED_LENGTH = 72
SCORE_WORDS = (
    Message("score_too_guessable", "too guessable"),
    Message("score_very_guessable", "very guessable"),
    Message("score_guessable", "guessable"),
    Message("score_strong", "strong"),
    Message("score_very_strong", "very strong"),
)

# zxcvbn keeps the user's own words in a module-level dictionary while it runs.
_estimator_lock = threading.Lock()


class WeakPassphrase(VaultError):
    """A new passphrase is below the policy's minimum and weakness was not acknowledged."""

    exit_code = 4  # invalid input, for the command line

    def __init__(self, strength: PassphraseStrength) -> None:
        detail = strength.feedback or Message("few_unrelated_words", "use a few unrelated words")
        super().__init__(
            Message(
                "weak_passphrase",
                "the new passphrase is {strength} (score {score} of {maximum}, at least "
                "{minimum} needed): {detail}",
                strength=SCORE_WORDS[strength.score],
                score=strength.score,
                maximum=MAX_SCORE,
                minimum=MIN_SCORE,
                detail=detail,
            )
        )
        self.strength = strength


@dataclass(frozen=True)
class PassphraseStrength:
    """zxcvbn's verdict on one passphrase: what a strength meter shows."""

    score: int  # 0..4
    warning: str  # e.g. 'Repeats like "aaa" are easy to guess.'; may be empty
    suggestions: tuple[str, ...]
    guesses_log10: float

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE

    @property
    def feedback(self) -> str:
        """The estimator's warning and suggestions as one line (empty for a strong one)."""
        parts = [self.warning] if self.warning else []
        parts.extend(self.suggestions)
        return " ".join(part.strip() for part in parts if part.strip())


def assess_passphrase(passphrase: str, context: Iterable[str] = ()) -> PassphraseStrength:
    """Rate ``passphrase``; ``context`` holds words an attacker would try first (the vault's
    name, the user's name, the organisation): a passphrase built from them scores lower."""
    if not passphrase:
        return PassphraseStrength(0, "", ("Use a few words, avoid common phrases.",), 0.0)
    words = [word for word in context if word]
    with _estimator_lock:
        result = zxcvbn(passphrase[:CHECKED_LENGTH], user_inputs=words)
    feedback = result.get("feedback") or {}
    return PassphraseStrength(
        score=int(result["score"]),
        warning=str(feedback.get("warning") or ""),
        suggestions=tuple(str(s) for s in feedback.get("suggestions") or ()),
        guesses_log10=float(result["guesses_log10"]),
    )


def check_new_passphrase(
    passphrase: str, *, accept_weak: bool = False, context: Iterable[str] = ()
) -> PassphraseStrength:
    """The rule: a new passphrase is not empty, and is at least ``MIN_SCORE`` unless the
    user acknowledged its weakness. Raises ``WeakPassphrase`` (or ``VaultError`` for an
    empty one); returns the verdict otherwise."""
    if not passphrase:
        raise VaultError(Message("new_passphrase_empty", "the new passphrase is empty"))
    strength = assess_passphrase(passphrase, context)
    if not strength.acceptable and not accept_weak:
        raise WeakPassphrase(strength)
    return strength
