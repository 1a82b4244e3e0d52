"""Refusals the interface can say in its own language.

A refusal of ``domain/``, ``sync/`` or ``vault/`` is an English sentence: what the CLI
prints and what the log and tests read. Built as a ``Message`` it is still that sentence
(a ``str``), and also carries a stable ``code`` with its ``arguments`` (names, numbers,
ids: values, never sentences). The interface looks the code up in its translated
catalogue (``ui/problems.py``) and fills in the arguments; a plain ``str``, or a code it
does not know, is shown as the English sentence. Codes are a contract between the layers:
renaming one is a change of both.

A refusal made of other refusals ("row 4: ...", a list of reasons) passes them as
arguments: a ``Message`` argument, or ``Parts`` of them, is translated part by part.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class Message(str):
    """``template`` filled with ``arguments``, remembering ``code`` and ``arguments``."""

    code: str
    arguments: dict[str, Any]

    def __new__(cls, code: str, template: str, /, **arguments: Any) -> Message:
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


class Parts(tuple[str, ...]):
    """Several refusals given as one argument: written joined by ``separator`` in English,
    each part translated on its own by the interface."""

    separator: str

    def __new__(cls, parts: Iterable[str], separator: str = "; ") -> Parts:
        made = super().__new__(cls, parts)
        made.separator = separator
        return made

    def __str__(self) -> str:
        return self.separator.join(str(part) for part in self)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Parts, (tuple(self), self.separator))


def field_problems(problems: Iterable[tuple[str, str]]) -> Message:
    """Each field's problem, "field: problem", joined by "; " (the field named by its label
    in the interface)."""
    return Message(
        "field_problems",
        "{problems}",
        problems=Parts(
            Message("field_problem", "{field}: {problem}", field=field, problem=problem)
            for field, problem in problems
        ),
    )


def code_of(message: object) -> str:
    """The code of a ``Message`` ("" for a plain sentence)."""
    return getattr(message, "code", "") if isinstance(message, str) else ""
