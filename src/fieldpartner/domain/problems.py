"""Refusals the interface can say in its own language.

A refusal of ``domain/`` or ``sync/`` is an English sentence: what the CLI prints and what
the log and tests read. Built as a ``Message`` it is still that sentence (a ``str``), and
also carries a stable ``code`` with its ``arguments`` (names, numbers, ids: values, never
sentences). The interface looks the code up in its translated catalogue
(``ui/problems.py``) and fills in the arguments; a plain ``str``, or a code it does
not know, is shown as the English sentence. Codes are a contract between the layers:
renaming one is a change of both.
"""

from __future__ import annotations

from typing import Any


class Message(str):
    """``template`` filled with ``arguments``, remembering ``code`` and ``arguments``."""

    code: str
    arguments: dict[str, Any]

    def __new__(cls, code: str, template: str, **arguments: Any) -> Message:
        message = super().__new__(cls, template.format(**arguments))
        message.code = code
        message.arguments = arguments
        return message

    def __reduce__(self) -> tuple[Any, ...]:
        # Copies (and pickles) keep the code: rebuilt from the English sentence as it is.
        return (_rebuild, (self.code, str(self), self.arguments))


def _rebuild(code: str, text: str, arguments: dict[str, Any]) -> Message:
    message = Message(code, "{text}", text=text)
    message.arguments = arguments
    return message


def code_of(message: object) -> str:
    """The code of a ``Message`` ("" for a plain sentence)."""
    return getattr(message, "code", "") if isinstance(message, str) else ""
