"""Languages: English (the source text), Korean and Japanese, through Qt's translators.

Every user-visible string in ``gui`` is English source text passed through
``self.tr`` (a QObject's class is the context) or ``QCoreApplication.translate``
with an explicit context; ``pyside6-lupdate`` collects them into
``resources/translations/backprop_lab_<code>.ts`` and ``pyside6-lrelease``
compiles those to the ``.qm`` files loaded here (see
``resources/translations/README.md``).

``install_language(app, code)`` swaps the installed translators: this app's
``backprop_lab_<code>.qm`` and Qt's own ``qtbase_<code>.qm`` (the buttons of
standard dialogs), and sets the default QLocale. Qt then sends every widget a
``LanguageChange`` event; each widget class of the window answers it with its
``retranslate()``, which sets its texts again, so a switch keeps the network,
the curves and everything else on screen.

The names the book prints (Affine1, Relu1, SoftmaxWithLoss, x, t, y, dout,
dx, W, b, dW, db, ReLU, Sigmoid, SGD, Momentum, AdaGrad, Adam, He, Xavier,
MNIST, ...) are the same in every language.
"""
from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from .common.text import current_language, set_current_language

__all__ = ["LANGUAGES", "DEFAULT_LANGUAGE", "SETTING_KEY", "install_language", "current_language",
           "translation_file", "flush_language_change"]

LANGUAGES = {"en": "English", "ko": "한국어", "ja": "日本語"}
DEFAULT_LANGUAGE = "en"
SETTING_KEY = "view/language"
_LOCALES = {"ko": "ko_KR", "ja": "ja_JP"}
_ORIGINAL_LOCALE = QLocale()  # English keeps the number formats the app started with

_installed: list[QTranslator] = []


def translation_file(code: str):
    """The packaged ``backprop_lab_<code>.qm`` (an importlib.resources Traversable)."""
    return resources.files("resources") / "translations" / f"backprop_lab_{code}.qm"


def _remove_translators(app) -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def install_language(app, code: str | None) -> bool:
    """Show the interface in ``code`` ('en', 'ko' or 'ja'). False (and English) if unknown or missing.

    Replaces the translators installed before, so switching back and forth
    leaves one set installed. Widgets hear of it through QEvent.LanguageChange.
    """
    code = str(code or DEFAULT_LANGUAGE).strip().lower().replace("-", "_").split("_")[0]
    _remove_translators(app)
    ok = code in LANGUAGES
    if ok and code != DEFAULT_LANGUAGE:
        ours = QTranslator(app)
        resource = translation_file(code)
        ok = resource.is_file()
        if ok:
            # QTranslator reads a file path; as_file gives one even for a zipped install.
            with resources.as_file(resource) as path:
                ok = ours.load(str(path))
        if ok:
            app.installTranslator(ours)
            _installed.append(ours)
            qt = QTranslator(app)  # Qt's own strings: OK, Cancel, Save, ... in file dialogs and message boxes
            if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt)
                _installed.append(qt)
    if not ok:
        code = DEFAULT_LANGUAGE
    set_current_language(code)
    QLocale.setDefault(QLocale(_LOCALES[code]) if code in _LOCALES else _ORIGINAL_LOCALE)
    return ok


def flush_language_change() -> None:
    """Deliver the LanguageChange events Qt has posted, now rather than at the next event loop turn."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
