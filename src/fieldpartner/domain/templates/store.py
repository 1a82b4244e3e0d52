"""Templates in a vault: reading template files, importing them, the built-in set.

A template row is immutable once stored: assessments keep ``template_key`` and
``template_version`` and are read and scored with exactly that body for ever. A new
version of a template is a new row; importing a key and version that is already stored
is a no-op when the content is identical and refused when it differs.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldpartner.domain.models import Template
from fieldpartner.domain.problems import Message
from fieldpartner.domain.revisions import canonical_json
from fieldpartner.domain.staff import Action, require
from fieldpartner.domain.templates.document import TemplateDocument, text_of
from fieldpartner.domain.templates.resources import builtin_dir, library_dir
from fieldpartner.domain.templates.validate import (
    TemplateInvalid,
    TemplateProblem,
    validate_template,
)
from fieldpartner.resources import ResourceMissing


class TemplateConflict(ValueError):
    """The vault already holds this template key and version with different content."""

    exit_code = 4


class TemplateNotFound(LookupError):
    exit_code = 4


def read_template_file(path: Path | str) -> dict[str, Any]:
    """The JSON of a template file (not yet validated); TemplateInvalid if it is not JSON."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise TemplateInvalid(
            str(path), [TemplateProblem("$", "the file is not UTF-8 text")]
        ) from None
    try:
        body = json.loads(text)
    except json.JSONDecodeError as exc:
        problem = TemplateProblem(
            "$", f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        )
        raise TemplateInvalid(str(path), [problem]) from None
    if not isinstance(body, dict):
        raise TemplateInvalid(str(path), [TemplateProblem("$", "a template must be a JSON object")])
    return body


def load_template_file(path: Path | str) -> dict[str, Any]:
    """A template file's body after full validation; TemplateInvalid lists every problem."""
    body = read_template_file(path)
    problems = validate_template(body)
    if problems:
        raise TemplateInvalid(str(path), problems)
    return body


@dataclass(frozen=True)
class ImportOutcome:
    template: Template
    created: bool


def stored_version(session: Session, body: Mapping[str, Any]) -> tuple[Template | None, bool]:
    """The stored template with ``body``'s key and version (None if there is none), and
    whether its content is the same as ``body``."""
    doc = TemplateDocument(body)
    existing = find_template(session, doc.key, doc.version) if doc.key and doc.version else None
    if existing is None:
        return None, False
    return existing, canonical_json(existing.body) == canonical_json(dict(body))


def store_template(
    session: Session, body: Mapping[str, Any], *, origin: str = "imported", source: str = "template"
) -> ImportOutcome:
    """Validate and store a template version; refuses a changed body for a stored version.
    Finding the same version already stored changes nothing, so any role may ask (a
    programme officer's New assessment makes sure the built-in templates are there)."""
    doc = TemplateDocument(body)
    existing, same = stored_version(session, body)
    # Only valid bodies are stored, so an identical one needs no second validation.
    if existing is not None and same:
        return ImportOutcome(existing, created=False)
    require(session, Action.MANAGE_TEMPLATES)
    problems = validate_template(body)
    if problems:
        raise TemplateInvalid(source, problems)
    if existing is not None:
        raise TemplateConflict(
            Message(
                "template_version_taken",
                "{template} version {version} is already in the vault with different content; a changed template needs a new version number",
                template=doc.key,
                version=doc.version,
            )
        )
    template = Template(
        template_key=doc.key,
        version=doc.version,
        assessment_kind=doc.kind,
        title=doc.title("en")[:300],
        origin=origin,
        body=dict(body),
    )
    session.add(template)
    session.flush()
    return ImportOutcome(template, created=True)


def import_template_file(session: Session, path: Path | str) -> ImportOutcome:
    return store_template(session, load_template_file(path), origin="imported", source=str(path))


def builtin_template_files() -> list[Path]:
    """The built-in template files; a build without any is broken and raises ResourceMissing."""
    folder = builtin_dir()
    files = sorted(folder.glob("*.json"))
    if not files:
        raise ResourceMissing(f"the built-in templates ({folder}/*.json)")
    return files


def ensure_builtin_templates(session: Session) -> list[Template]:
    """Store every built-in template version the vault lacks; running it again adds nothing.

    A built-in file that is invalid, or that changed without a new version, is a bug in
    the release: it raises rather than being skipped.
    """
    added = []
    for path in builtin_template_files():
        outcome = store_template(
            session, load_template_file(path), origin="builtin", source=str(path)
        )
        if outcome.created:
            added.append(outcome.template)
    return added


def library_template_files() -> list[Path]:
    folder = library_dir()
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def library_templates() -> list[dict[str, Any]]:
    """The library's templates (established tools such as HACT or the CHS), each validated.

    They are not stored in a vault until someone imports one; an invalid library file is
    a bug in the release and raises.
    """
    return [load_template_file(path) for path in library_template_files()]


def import_library_template(session: Session, key: str) -> ImportOutcome:
    """Store the library template ``key`` in the vault (origin ``library``)."""
    for body in library_templates():
        if body.get("id") == key:
            return store_template(session, body, origin="library", source=key)
    raise TemplateNotFound(
        Message("no_template_in_library", "no template {key} in the library", key=key)
    )


def find_template(session: Session, key: str, version: int | None = None) -> Template | None:
    """A stored template version; without ``version``, the newest."""
    query = select(Template).where(Template.template_key == key, Template.deleted.is_(False))
    if version is not None:
        query = query.where(Template.version == version)
    return session.scalars(query.order_by(Template.version.desc()).limit(1)).first()


def get_template(session: Session, key: str, version: int | None = None) -> Template:
    template = find_template(session, key, version)
    if template is None:
        which = f"{key} version {version}" if version is not None else key
        raise TemplateNotFound(
            Message("no_template_in_vault", "no template {which} in the vault", which=which)
        )
    return template


def list_templates(session: Session) -> list[Template]:
    return list(
        session.scalars(
            select(Template)
            .where(Template.deleted.is_(False))
            .order_by(Template.template_key, Template.version)
        )
    )


def template_summary(template: Template, language: str = "en") -> dict[str, Any]:
    """What ``template list`` shows of a stored template."""
    return _summary(template.body, template.origin, language, fallback_title=template.title)


def library_summary(body: Mapping[str, Any], language: str = "en") -> dict[str, Any]:
    """What ``template list`` shows of a library template not yet in the vault."""
    return _summary(body, "library", language)


def _summary(
    body: Mapping[str, Any], origin: str, language: str, fallback_title: str = ""
) -> dict[str, Any]:
    doc = TemplateDocument(body)
    return {
        "id": doc.key,
        "version": doc.version,
        "kind": doc.kind,
        "title": text_of(body.get("title"), language) or fallback_title,
        "origin": origin,
        "respondent": body.get("respondent", ""),
        "modelled_on": (body.get("modelled_on") or {}).get("name", ""),
        "items": len(doc.item_order),
    }
