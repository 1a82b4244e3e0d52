"""Record identifiers: UUIDv7 (time-ordered, RFC 9562) made without a global clock."""

from __future__ import annotations

import os
import time
import uuid

# Answers are identified by their assessment and item, so that two devices answering the
# same item offline produce the same record and merge field by field instead of
# duplicating it. This namespace keeps those ids apart from any other UUIDv5.
ANSWER_NAMESPACE = uuid.UUID("6f1c2b0e-5d7a-4c39-9e64-0b8f3a2d7c15")


def uuid7(unix_ms: int | None = None, random_bytes: bytes | None = None) -> str:
    """A UUIDv7 string; time and randomness may be given so tests are exact."""
    ms = int(time.time() * 1000) if unix_ms is None else unix_ms
    rand = os.urandom(10) if random_bytes is None else random_bytes
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= (int.from_bytes(rand[:2], "big") & 0x0FFF) << 64
    value |= 0b10 << 62
    value |= int.from_bytes(rand[2:10], "big") & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def answer_id(assessment_id: str, item_id: str) -> str:
    return str(uuid.uuid5(ANSWER_NAMESPACE, f"{assessment_id}/{item_id}"))
