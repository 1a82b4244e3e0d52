"""The interface language: Qt's own translations and FieldPartner's, and the layout direction.

Compiled catalogues (``translations/fieldpartner_<lang>.qm``) are built from the Qt Linguist
sources by ``make``; a missing one raises ``ResourceMissing`` (an incomplete installation).
Arabic switches the whole application to right-to-left.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from fieldpartner.resources import ResourceMissing, translation_file

RIGHT_TO_LEFT = frozenset({"ar"})


def switch_language(
    app: QCoreApplication, language: str, installed: list[QTranslator]
) -> list[QTranslator]:
    """Take ``installed`` out of ``app`` and install ``language`` instead (while running:
    windows built after this speak the new language)."""
    for translator in installed:
        app.removeTranslator(translator)
    return install_language(app, language)


def install_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the catalogues for ``language`` into ``app``; returns the translators kept alive."""
    installed: list[QTranslator] = []
    if language != "en":
        qt_own = QTranslator(app)
        if qt_own.load(
            QLocale(language),
            "qtbase",
            "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        ):
            app.installTranslator(qt_own)
            installed.append(qt_own)
        ours = QTranslator(app)
        catalogue = translation_file(language)
        if not ours.load(str(catalogue)):
            raise ResourceMissing(f"a readable catalogue at {catalogue}")
        app.installTranslator(ours)
        installed.append(ours)
    QLocale.setDefault(QLocale(language))
    direction = (
        Qt.LayoutDirection.RightToLeft
        if language in RIGHT_TO_LEFT
        else Qt.LayoutDirection.LeftToRight
    )
    app.setLayoutDirection(direction)  # type: ignore[attr-defined]
    return installed
