"""Finding refusals in the source: the ``Message`` codes used under ``src/`` and the
refusals of ``domain/``, ``sync/`` and ``vault/`` still written as plain English."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "fieldpartner"
REFUSING_PACKAGES = ("domain", "sync", "vault")
# A call of a name ending so, returned rather than raised, builds a refusal too.
REFUSAL_NAMES = ("Error", "Invalid", "Refused", "Rejected", "Damaged", "Missing", "NotFound")


def placeholders(template: str) -> set[str]:
    """The names of a template's ``{placeholders}`` (without conversion or format)."""
    return {
        name.split(".")[0].split("[")[0]
        for _, name, _, _ in string.Formatter().parse(template)
        if name is not None
    }


def message_codes() -> dict[str, list[tuple[str, str]]]:
    """Each code given to ``Message(code, template, ...)`` in ``src/``, with the English
    template and the place of each use."""
    found: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and _name(node.func) == "Message"):
                continue
            code, template = ([*node.args, None, None])[:2]
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if not (_literal(code) and _literal(template)):
                if path.name != "problems.py":  # Message's own rebuilding of a copy
                    found.setdefault("<not literal>", []).append(("", where))
                continue
            assert isinstance(code, ast.Constant) and isinstance(template, ast.Constant)
            found.setdefault(code.value, []).append((template.value, where))
    return found


def english_refusals() -> Iterator[tuple[str, str]]:
    """(key, place) of every refusal under domain/, sync/ and vault/ whose text is an
    English literal instead of a ``Message``. The key is the file and the text's start, so
    that it survives lines moving."""
    for package in REFUSING_PACKAGES:
        for path in sorted((SOURCE / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                call = _refusal_call(node)
                if call is None:
                    continue
                for text in _english(call):
                    key = f"{path.relative_to(SOURCE).as_posix()}: {text[:60]}"
                    yield key, f"{path.relative_to(ROOT)}:{node.lineno}"


def _refusal_call(node: ast.AST) -> ast.Call | None:
    if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
        return node.exc
    if (
        isinstance(node, ast.Return)
        and isinstance(node.value, ast.Call)
        and _name(node.value.func).endswith(REFUSAL_NAMES)
    ):
        return node.value
    return None


def _english(call: ast.Call) -> Iterator[str]:
    """The literal texts a refusal is made of: its own arguments, and the problems of a
    ``ValidationError([(field, problem)])``."""
    for argument in call.args:
        if _literal(argument) or isinstance(argument, ast.JoinedStr):
            yield _text(argument)
        elif isinstance(argument, ast.List | ast.Tuple):
            for element in argument.elts:
                if isinstance(element, ast.Tuple) and len(element.elts) == 2:
                    problem = element.elts[1]
                    if _literal(problem) or isinstance(problem, ast.JoinedStr):
                        yield _text(problem)
        elif isinstance(argument, ast.BinOp) and isinstance(argument.op, ast.Add):
            first: ast.AST = argument
            while isinstance(first, ast.BinOp):  # "text " + ... : the leftmost part
                first = first.left
            if _literal(first) or isinstance(first, ast.JoinedStr):
                yield _text(argument)


def _literal(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _text(node: ast.AST) -> str:
    """The literal text, each formatted value written ``{}``."""
    if isinstance(node, ast.Constant):
        return str(node.value)
    if isinstance(node, ast.JoinedStr):
        return "".join(_text(v) if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.BinOp):
        return _text(node.left) + _text(node.right)
    return "{}"


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""
