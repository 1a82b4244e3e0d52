"""Key material of a vault: Argon2id passphrase keys, recovery keys and AEAD key wrapping.

This module is the only place that derives or wraps keys. It never stores anything; the
header module decides where wrapped keys live.
"""

from __future__ import annotations

import os
import re
import time
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldpartner.domain.problems import Message
from fieldpartner.vault.errors import VaultError, WrongPassphrase

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12

# The floor of DESIGN.md: never below 64 MiB and 3 iterations, whatever the machine.
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
LANES = 4
# Calibration never asks for more than this, so a vault made on a big machine still opens
# on a small laptop.
MAX_MEMORY_KIB = 1024 * 1024
# What a header may ask for at most when read: an edited vault.json must not be able to
# make the program allocate unbounded memory or spin for hours before the passphrase fails.
READ_MAX_MEMORY_KIB = 4 * 1024 * 1024
READ_MAX_ITERATIONS = 64
TARGET_SECONDS = 0.5

RECOVERY_INFO = b"fieldpartner-vault recovery"
PASSPHRASE_REFUSED = (
    "the passphrase does not open this vault (or vault.json's passphrase slot was altered)"
)
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters as stored in vault.json."""

    salt: bytes
    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    lanes: int = LANES

    def check(self) -> None:
        if len(self.salt) != SALT_BYTES:
            raise VaultError(
                Message(
                    "kdf_salt_length",
                    "the Argon2id salt must be {length} bytes, not {count}",
                    length=SALT_BYTES,
                    count=len(self.salt),
                )
            )
        if self.memory_kib < MIN_MEMORY_KIB:
            raise VaultError(
                Message(
                    "kdf_memory_below_floor",
                    "Argon2id memory {memory_kib} KiB is below the floor of {floor} KiB",
                    memory_kib=self.memory_kib,
                    floor=MIN_MEMORY_KIB,
                )
            )
        if self.memory_kib > READ_MAX_MEMORY_KIB:
            raise VaultError(
                Message(
                    "kdf_memory_above_limit",
                    "Argon2id memory {memory_kib} KiB is above the limit of {limit} KiB",
                    memory_kib=self.memory_kib,
                    limit=READ_MAX_MEMORY_KIB,
                )
            )
        if self.iterations > READ_MAX_ITERATIONS:
            raise VaultError(
                Message(
                    "kdf_iterations_above_limit",
                    "Argon2id iterations {iterations} is above the limit of {limit}",
                    iterations=self.iterations,
                    limit=READ_MAX_ITERATIONS,
                )
            )
        if self.iterations < MIN_ITERATIONS:
            raise VaultError(
                Message(
                    "kdf_iterations_below_floor",
                    "Argon2id iterations {iterations} is below the floor of {floor}",
                    iterations=self.iterations,
                    floor=MIN_ITERATIONS,
                )
            )
        if not 1 <= self.lanes <= 64:
            raise VaultError(
                Message(
                    "kdf_lanes_out_of_range",
                    "Argon2id lanes {lanes} is outside 1..64",
                    lanes=self.lanes,
                )
            )


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC-normalised UTF-8, so the same passphrase typed on any keyboard gives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_passphrase_key(passphrase: str, params: KdfParams) -> bytes:
    params.check()
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise_passphrase(passphrase))


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Choose Argon2id memory so one derivation takes about ``target_seconds`` here.

    Time grows linearly with memory, so one measurement at the floor is enough to scale.
    """
    probe = KdfParams(salt=os.urandom(SALT_BYTES))
    start = time.perf_counter()
    derive_passphrase_key("calibration", probe)
    elapsed = max(time.perf_counter() - start, 1e-3)
    memory = int(MIN_MEMORY_KIB * target_seconds / elapsed)
    memory = max(MIN_MEMORY_KIB, min(MAX_MEMORY_KIB, memory))
    memory -= memory % 1024  # whole MiB, easier to read in vault.json
    return KdfParams(salt=os.urandom(SALT_BYTES), memory_kib=memory)


def recovery_wrapping_key(recovery_key: bytes, salt: bytes) -> bytes:
    if len(recovery_key) != KEY_BYTES:
        raise WrongPassphrase(
            Message("recovery_key_length", "a recovery key is 32 bytes (52 characters)")
        )
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=RECOVERY_INFO)
    return hkdf.derive(recovery_key)


def associated_data(vault_id: str, slot: str) -> bytes:
    return f"fieldpartner-vault:1:{vault_id}:{slot}".encode()


def wrap(wrapping_key: bytes, database_key: bytes, vault_id: str, slot: str) -> tuple[bytes, bytes]:
    """Encrypt the database key; returns (nonce, ciphertext). A fresh nonce every time."""
    nonce = os.urandom(NONCE_BYTES)
    ciphertext = ChaCha20Poly1305(wrapping_key).encrypt(
        nonce, database_key, associated_data(vault_id, slot)
    )
    return nonce, ciphertext


def unwrap(wrapping_key: bytes, nonce: bytes, ciphertext: bytes, vault_id: str, slot: str) -> bytes:
    try:
        key = ChaCha20Poly1305(wrapping_key).decrypt(
            nonce, ciphertext, associated_data(vault_id, slot)
        )
    except InvalidTag:
        if slot == "recovery":
            raise WrongPassphrase(
                Message(
                    "recovery_key_does_not_open",
                    "the recovery key does not open this vault (or vault.json's recovery slot was altered)",
                )
            ) from None
        raise WrongPassphrase(PASSPHRASE_REFUSED) from None
    if len(key) != KEY_BYTES:
        raise VaultError(
            Message("database_key_length", "the unwrapped database key has the wrong length")
        )
    return key


def format_recovery_key(key: bytes) -> str:
    """Crockford base32 in groups of four, e.g. ``7K2M-Q0ZR-...`` (52 characters, 13 groups)."""
    number = int.from_bytes(key, "big")
    chars = []
    for _ in range(52):  # 256 bits need 52 base32 digits (260 bits, top 4 zero)
        chars.append(_CROCKFORD[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


RECOVERY_GROUPS = 13
RECOVERY_GROUP_LENGTH = 4
_READ_ALIKE = str.maketrans("OIL", "011")


@dataclass(frozen=True)
class GroupProblem:
    """A group of a recovery key typed wrong: its number (from 1), the group as typed, and
    either a character outside the alphabet or the wrong length."""

    number: int
    group: str
    char: str = ""  # a character outside the alphabet, if that is the problem
    length: int = RECOVERY_GROUP_LENGTH

    def __str__(self) -> str:
        if self.char:
            return (
                f"group {self.number} ({self.group}) contains {self.char!r}, "
                "which is not in its alphabet"
            )
        return (
            f"group {self.number} ({self.group}) has {self.length} characters; "
            f"each group has {RECOVERY_GROUP_LENGTH}"
        )


def recovery_group_problem(number: int, group: str) -> GroupProblem | None:
    """What is wrong with group ``number`` (from 1) of a recovery key as typed, or None.

    Only the form of a group can be checked: the key carries no check digits, so a group
    of four valid characters that differs from the paper is found only when the whole key
    fails to open the vault."""
    cleaned = group.upper().translate(_READ_ALIKE)
    for char in cleaned:
        if _CROCKFORD.find(char) < 0:
            return GroupProblem(number, group, char=char)
    if len(cleaned) != RECOVERY_GROUP_LENGTH:
        return GroupProblem(number, group, length=len(cleaned))
    return None


def recovery_key_problem(text: str) -> GroupProblem | None:
    """The first group of a key typed in groups that is typed wrong, or None. A wrong
    length is reported once all thirteen groups are there (before, the key is unfinished)."""
    groups = recovery_groups(text)
    if len(groups) < 2:
        return None
    for number, group in enumerate(groups, start=1):
        problem = recovery_group_problem(number, group)
        if problem is not None and (problem.char or len(groups) >= RECOVERY_GROUPS):
            return problem
    return None


def recovery_groups(text: str) -> list[str]:
    """The groups of a recovery key as typed (separated by dashes, spaces or lines)."""
    return [group for group in re.split(r"[\s-]+", text.strip()) if group]


def parse_recovery_key(text: str) -> bytes:
    """Read a recovery key as a person typed it: case, spaces, dashes and O/I/L forgiven.

    A key typed in groups is checked group by group first, so a mistake is reported with
    the group it is in."""
    problem = recovery_key_problem(text)
    if problem is not None:
        raise WrongPassphrase(
            Message("recovery_key_problem", "the recovery key's {problem}", problem=problem)
        )
    groups = recovery_groups(text)
    # A key copied from paper or pasted across lines: drop dashes and any whitespace.
    cleaned = "".join(groups).upper().translate(_READ_ALIKE)
    if len(cleaned) != 52:
        raise WrongPassphrase(
            Message(
                "recovery_key_characters",
                "a recovery key has 52 characters (13 groups of 4); this one has {count}",
                count=len(cleaned),
            )
        )
    number = 0
    for char in cleaned:
        digit = _CROCKFORD.find(char)
        if digit < 0:
            raise WrongPassphrase(
                Message(
                    "recovery_key_alphabet",
                    "the recovery key contains {char!r}, which is not in its alphabet",
                    char=char,
                )
            )
        number = number * 32 + digit
    if number >> 256:
        raise WrongPassphrase(
            Message(
                "recovery_key_first_character", "the recovery key's first character is out of range"
            )
        )
    return number.to_bytes(KEY_BYTES, "big")
