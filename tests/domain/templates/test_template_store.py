"""Templates in a vault: import, immutability of a stored version, the built-in set."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from template_builders import EXAMPLE, example_template

from fieldpartner.domain.assessments import compute_assessment, create_assessment, set_answer
from fieldpartner.domain.models import Partner, Template
from fieldpartner.domain.revisions import RecordSession
from fieldpartner.domain.templates import (
    TemplateConflict,
    TemplateInvalid,
    builtin_template_files,
    ensure_builtin_templates,
    get_template,
    import_template_file,
    list_templates,
    store_template,
)
from fieldpartner.domain.templates.resources import RESOURCES_ENV, templates_dir


@pytest.fixture
def resources_with_builtin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A resources folder whose built-in set is the example template."""
    root = tmp_path / "resources"
    (root / "templates" / "builtin").mkdir(parents=True)
    shutil.copy(templates_dir() / "template.schema.json", root / "templates")
    shutil.copy(EXAMPLE, root / "templates" / "builtin")
    monkeypatch.setenv(RESOURCES_ENV, str(root))
    return root


def test_ensure_builtin_templates_is_idempotent(
    session: RecordSession, resources_with_builtin: Path
) -> None:
    first = ensure_builtin_templates(session)
    assert [(t.template_key, t.version, t.origin) for t in first] == [
        ("fp.example.due-diligence", 1, "builtin")
    ]
    assert ensure_builtin_templates(session) == []
    assert len(list_templates(session)) == 1


def test_a_new_version_is_a_new_row_and_the_old_one_stays(session: RecordSession) -> None:
    store_template(session, example_template())
    changed = example_template()
    changed["version"] = 2
    changed["sections"][0]["items"][1]["risk"]["no"] = "high"
    store_template(session, changed)
    assert [t.version for t in list_templates(session)] == [1, 2]
    assert get_template(session, "fp.example.due-diligence").version == 2
    old = get_template(session, "fp.example.due-diligence", 1)
    assert old.body["sections"][0]["items"][1]["risk"]["no"] == "significant"


def test_same_version_with_other_content_is_refused(session: RecordSession) -> None:
    store_template(session, example_template())
    again = store_template(session, example_template())
    assert again.created is False
    changed = example_template()
    changed["sections"][0]["items"][1]["risk"]["no"] = "high"
    with pytest.raises(TemplateConflict, match="new version number"):
        store_template(session, changed)
    assert len(session.query(Template).all()) == 1


def test_an_invalid_template_is_not_imported(session: RecordSession, tmp_path: Path) -> None:
    body = example_template()
    body["scales"] = {}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    with pytest.raises(TemplateInvalid) as caught:
        import_template_file(session, path)
    assert caught.value.exit_code == 4
    assert len(caught.value.problems) == 2  # both scored items name an unknown scale
    assert list_templates(session) == []


def test_a_new_template_version_does_not_change_existing_assessments(
    session: RecordSession, partner: Partner
) -> None:
    v1 = store_template(session, example_template()).template
    assessment = create_assessment(session, partner, v1, tier="small")
    set_answer(session, assessment, "legal.bank_account", "no")
    assert compute_assessment(session, assessment).rating == "significant"

    v2_body = example_template()
    v2_body["version"] = 2
    v2_body["sections"][0]["items"][1]["risk"]["no"] = "high"
    store_template(session, v2_body)
    # Still read and scored with version 1.
    assert compute_assessment(session, assessment).rating == "significant"
    assert assessment.template_version == 1


def test_the_shipped_builtin_templates_load_into_a_vault(session: RecordSession) -> None:
    added = ensure_builtin_templates(session)
    assert len(added) == len(builtin_template_files())
    assert all(t.origin == "builtin" for t in added)
    assert ensure_builtin_templates(session) == []
