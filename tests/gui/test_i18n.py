"""Languages: the translators load, the .ts/.qm files are complete and current,
and the engine's words and sentences read as each language writes them.
(Every visible string of the window: test_i18n_window.py.)
"""
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

import engine
from engine import TrainConfig
from gui.app import choose_language
from gui.common import engine_text
from gui.common.network_change import NEW_WEIGHTS, NetworkChange, Origin
from gui.common.text import sentences
from gui.i18n import (
    SETTING_KEY,
    current_language,
    install_language,
)
from gui.settings import Settings
from tests.gui.i18n_words import ALLOWED, TRANSLATED, app, english_words, language  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent

# -------------------------------------------------------------- loading ----

def test_korean_and_japanese_load_and_translate(app, language):
    for code, word in (("ko", "학습"), ("ja", "学習")):
        language(code)
        assert current_language() == code
        assert QCoreApplication.translate("MainWindow", "Training") == word
        assert QLocale().name() == {"ko": "ko_KR", "ja": "ja_JP"}[code]
    language("en")
    assert QCoreApplication.translate("MainWindow", "Training") == "Training"


def test_unknown_language_is_english(app):
    assert install_language(app, "xx") is False
    assert current_language() == "en"
    assert QCoreApplication.translate("MainWindow", "Training") == "Training"
    assert install_language(app, "en") is True


def test_switching_back_and_forth_leaves_one_set_of_translators(app, language):
    for code in ("ko", "ja", "ko", "en", "ja"):
        language(code)
    assert QCoreApplication.translate("MainWindow", "Training") == "学習"
    language("en")
    assert QCoreApplication.translate("MainWindow", "Training") == "Training"


def test_qt_standard_dialog_buttons_are_translated(app, language):
    language("ko")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"


def test_start_up_language_comes_from_the_flag_then_the_setting(tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert choose_language(None, settings) == "en"
    settings.set_value(SETTING_KEY, "ja")
    assert choose_language(None, settings) == "ja"
    assert choose_language("ko", settings) == "ko"


# ------------------------------------------------------------ the files ----

def _messages(path):
    """[(context, source, translation, unfinished)] of a .ts file."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            out.append((name, message.findtext("source"), translation.text or "",
                        translation.get("type") == "unfinished"))
    return out


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated_with_its_placeholders(code):
    messages = _messages(TS_DIR / f"backprop_lab_{code}.ts")
    assert len(messages) > 500
    placeholder = re.compile(r"\{[^{}]*\}")
    problems = []
    for context, source, translation, unfinished in messages:
        if unfinished or not translation:
            problems.append(("unfinished", context, source))
        elif sorted(placeholder.findall(source)) != sorted(placeholder.findall(translation)):
            problems.append(("placeholders", context, source, translation))
        elif re.search(r"&[A-Za-z]", source.replace("&gt;", "").replace("&lt;", "")) \
                and not re.search(r"\(&[A-Z]\)", translation):
            problems.append(("accelerator", context, source, translation))
    assert problems == []


def _tool(name):
    path = BIN / name
    if not path.exists():
        found = shutil.which(name)
        if found is None:
            pytest.skip(f"{name} is not installed")
        path = Path(found)
    return str(path)


@pytest.mark.parametrize("code", TRANSLATED)
def test_qm_is_compiled_from_the_current_ts(tmp_path, code):
    ts, qm = TS_DIR / f"backprop_lab_{code}.ts", TS_DIR / f"backprop_lab_{code}.qm"
    fresh = tmp_path / qm.name
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == qm.read_bytes(), f"run pyside6-lrelease on {ts.name}"
    translator = QTranslator()
    assert translator.load(str(qm))
    for context, source, translation, _ in _messages(ts):
        assert translator.translate(context, source) == translation, (context, source)


def test_ts_files_hold_every_string_of_the_code(tmp_path):
    """lupdate on the sources finds nothing new: no string was added without a translation."""
    expected = {(c, s) for c, s, _, _ in _messages(TS_DIR / "backprop_lab_ko.ts")}
    copy = tmp_path / "backprop_lab_ko.ts"
    shutil.copy(TS_DIR / "backprop_lab_ko.ts", copy)
    sources = [str(p) for p in sorted((ROOT / "gui").rglob("*.py"))] + [str(ROOT / "main.py")]
    subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-silent", *sources, "-ts", str(copy)],
                   check=True, capture_output=True)
    found = _messages(copy)
    assert {(c, s) for c, s, _, _ in found} == expected
    assert [m for m in found if m[3]] == []
    assert {(c, s) for c, s, _, _ in _messages(TS_DIR / "backprop_lab_ja.ts")} == expected


def test_engine_words_match_the_engine():
    for name, bug in engine.BUGS.items():
        assert engine_text.BUG_TEXTS[name] == (bug.title, bug.explanation), name
    assert engine_text.FASHION_NAMES == engine.FASHION_CLASS_NAMES
    for (kind, direction), formula in engine.FORMULAS.items():
        words = [w for w in re.findall(r"[A-Za-z]{3,}", formula) if w not in ALLOWED]
        if words:
            assert formula in engine_text._FORMULA_TEXTS, formula
    with pytest.raises(ValueError) as error:
        TrainConfig(lr="abc")
    assert engine_text.config_error_text(error.value) == \
        "“Learning rate” must be a number from 1e-06 to 100, not 'abc'."  # English: the control's label


def test_engine_words_in_korean(language):
    language("ko")
    assert engine_text.bug_title("relu-no-mask") == "ReLU 역전파가 mask를 무시함"
    assert engine_text.reason_text(NetworkChange(Origin.LOADED_MODEL, "model.npz")) == "model.npz에서 불러옴"
    assert engine_text.reason_text(NEW_WEIGHTS) == "새 가중치"
    with pytest.raises(ValueError) as error:
        TrainConfig(lr="abc")
    assert engine_text.config_error_text(error.value).startswith("“학습률”에는 ")
    diverged = engine.Divergence(12, float("nan"), engine.DivergenceCause.NON_FINITE, 50.0)
    assert engine_text.divergence_text(diverged) == \
        "스텝 12에서 학습이 발산했습니다: 손실이 NaN이(가) 됨. 더 작은 학습률을 써 보십시오(지금 50)."
    fashion = SimpleNamespace(class_names=engine.FASHION_CLASS_NAMES)
    assert engine_text.class_names(fashion)[:2] == ("티셔츠/탑", "바지")
    assert engine_text.class_names(SimpleNamespace(class_names=engine.MNIST_CLASS_NAMES)) == \
        engine.MNIST_CLASS_NAMES


def test_sentences_run_together_as_each_language_writes_them(language):
    assert sentences("Done.", "Go on.") == "Done. Go on."
    language("ko")
    assert sentences("완료.", "", "계속.") == "완료. 계속."
    language("ja")
    assert sentences("完了。", "続けます。") == "完了。続けます。"
