"""The estimator's advice on a weak passphrase is shown in the interface's language, and
every sentence the estimator can give has a translation."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import zxcvbn.feedback
from PySide6.QtCore import QTranslator

from fieldpartner.ui.common.passphrases import _ESTIMATOR_WORDS, passphrase_feedback

ROOT = Path(__file__).resolve().parents[2]


def _estimator_sentences() -> set[str]:
    tree = ast.parse(Path(zxcvbn.feedback.__file__).read_text(encoding="utf-8"))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "_"
        and isinstance(node.args[0], ast.Constant)
    }


def test_every_sentence_of_the_estimator_is_known():
    assert _estimator_sentences() == set(_ESTIMATOR_WORDS)


def test_weak_passphrase_advice_is_in_french(qapp, tmp_path):
    catalogue = tmp_path / "fieldpartner_fr.qm"
    subprocess.run(
        [
            str(Path(sys.executable).with_name("pyside6-lrelease")),
            "-silent",
            str(ROOT / "translations" / "fieldpartner_fr.ts"),
            "-qm",
            str(catalogue),
        ],
        check=True,
        timeout=120,
    )
    english = passphrase_feedback("password")
    assert "common password" in english
    translator = QTranslator()
    assert translator.load(str(catalogue))
    qapp.installTranslator(translator)
    try:
        french = passphrase_feedback("password")
    finally:
        qapp.removeTranslator(translator)
    assert "password" not in french and "mots de passe" in french, french
