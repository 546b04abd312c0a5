"""Languages: the translators load, the .ts/.qm files are complete and current,
every visible string of the window is translated (Korean and Japanese), and
switching the language from the menu keeps the network and the curves.
"""
import html
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

import engine
from engine import TrainConfig
from gui.common import engine_text
from gui.app import choose_language, make_app
from gui.i18n import (
    LANGUAGES,
    SETTING_KEY,
    current_language,
    flush_language_change,
    install_language,
)
from gui.common.network_change import NEW_WEIGHTS, NetworkChange, Origin
from gui.common.text import sentences
from gui.train.run_controller import IDLE
from gui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
TRANSLATED = ("ko", "ja")

# Words that stay as they are in every language: the book's names and notation,
# units, formats, key caps, and names of things.
ALLOWED = {
    # the book's layers, functions, optimizers, initialisations, arrays and data sets
    "Affine", "Relu", "ReLU", "Sigmoid", "Softmax", "SoftmaxWithLoss", "WithLoss", "TwoLayerNet",
    "SGD", "Momentum", "AdaGrad", "Adam", "Xavier", "MNIST", "Fashion", "EMA",
    "dout", "params", "grads", "mask", "out", "std", "softmax", "log", "exp", "max", "diff",
    "True", "False", "float", "NaN",
    # the classes and methods an exercise asks the student to write, named as in their code
    "MulLayer", "AddLayer", "forward", "backward", "gradient", "Python",
    # files, formats, references, keys
    "PNG", "SVG", "CSV", "npz", "IDX", "Okabe", "Ito", "Debian",
    "Space", "Esc", "Ctrl", "Delete", "Page", "Enter",
    # languages named in themselves (View > Language)
    "English",
}
# The book's variable names in the computational graphs stay as printed (buy_apple.py's
# apple, apple_num, tax; the network's W1, dot1, ...): they are code, shown as in the book.
ALLOWED |= {word for name in engine.GRAPH_PRESETS if name != "two-layer-net"
            for node in engine.build_graph(name).nodes for word in re.findall(r"[A-Za-z]{3,}", node)}
ALLOWED |= {"dot"}
PHRASES = ("Backprop Lab", "Softmax-with-Loss", "CS231n", "Fashion-MNIST", "dataset-fashion-mnist", "Page Up", "Page Down")
# ... and hyperparameters written as the command line's settings in run names (lr=0.1, seed=7)
CODE = re.compile(r"\b\w+\.\w+\b|\b[A-Za-z0-9]+_[A-Za-z0-9_]+\b|\b[a-z]+=\S+")  # Affine.backward, gradient_check.py, x_train
TAG = re.compile(r"<[^>]+>")


@pytest.fixture
def app():
    return make_app()


@pytest.fixture
def language(app):
    """language(code): install ``code`` for this test; English again afterwards."""
    def use(code):
        assert install_language(app, code)
        flush_language_change()
    yield use
    install_language(app, "en")
    flush_language_change()


def english_words(text):
    """The runs of three or more ASCII letters in ``text`` that are not allowed to stay English."""
    text = html.unescape(TAG.sub(" ", text))
    for phrase in PHRASES:
        text = text.replace(phrase, " ")
    text = CODE.sub(" ", text)
    return [w for w in re.findall(r"[A-Za-z]{3,}", text) if w not in ALLOWED]


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


# ------------------------------------------------------------ the window ----

def _plot_texts(plot_item):
    texts = [plot_item.titleLabel.text]
    for side in ("left", "bottom", "right", "top"):
        axis = plot_item.getAxis(side)
        if axis.isVisible() and axis.labelText:
            texts.append(axis.labelText)
        ticks = getattr(axis, "_tickLevels", None)
        if side == "right" and ticks:
            texts += [text for level in ticks for _value, text in level]
    if plot_item.legend is not None:
        texts += [label.text for _sample, label in plot_item.legend.items]
    return texts


def visible_texts(window):
    """(where, text) of every string the window shows or would show as a tooltip."""
    out = []

    def add(where, text):
        if text:
            out.append((where, str(text)))

    add("title", window.windowTitle())
    add("status bar", window.statusBar().currentMessage())
    for w in window.findChildren(QWidget):
        name = w.objectName() or type(w).__name__
        add(f"{name} tooltip", w.toolTip())
        if isinstance(w, QLabel):
            add(name, w.text())
        if isinstance(w, QAbstractButton):
            add(name, w.text())
        if isinstance(w, QGroupBox):
            add(name, w.title())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(f"{name} tab {i}", w.tabText(i))
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"{name} item {i}", w.itemText(i))
                add(f"{name} item {i} tooltip", w.itemData(i, Qt.ItemDataRole.ToolTipRole))
        if isinstance(w, QLineEdit):
            add(f"{name} placeholder", w.placeholderText())
        if isinstance(w, QAbstractSpinBox):
            add(f"{name} special", w.specialValueText())
            add(f"{name} suffix", getattr(w, "suffix", lambda: "")())
        if isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                item = w.horizontalHeaderItem(c)
                if item is not None:
                    add(f"{name} header {c}", item.text())
                    add(f"{name} header {c} tooltip", item.toolTip())
            for r in range(w.rowCount()):
                for c in range(w.columnCount()):
                    item = w.item(r, c)
                    if item is not None:
                        add(f"{name} cell", item.text())
                        add(f"{name} cell tooltip", item.toolTip())
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                add(f"{name} item", w.item(i).text())
                add(f"{name} item tooltip", w.item(i).toolTip())
        if isinstance(w, QTextBrowser):
            add(name, w.toPlainText())
        if isinstance(w, pg.PlotWidget):
            for text in _plot_texts(w.getPlotItem()):
                add(f"{name} plot", text)
        if isinstance(w, pg.GraphicsLayoutWidget):
            for item in w.ci.items:
                if isinstance(item, pg.PlotItem):
                    for text in _plot_texts(item):
                        add(f"{name} plot", text)

    def menu(m, where):
        add(where, m.title())
        for action in m.actions():
            if action.menu() is not None:
                menu(action.menu(), f"{where} > {action.menu().objectName()}")
            elif not action.isSeparator():
                add(f"{where} > {action.objectName()}", action.text())
                add(f"{where} > {action.objectName()} tooltip", action.toolTip())
                add(f"{where} > {action.objectName()} status tip", action.statusTip())

    for action in window.menuBar().actions():
        menu(action.menu(), action.menu().objectName())
    return out


def exercise(qtbot, window):
    """Make the window show its dynamic texts: a short run that becomes a ghost curve and a row
    of the runs table, a second run, a gradient check, a drawn test image, the other tabs
    visited, a lesson chosen."""
    for _ in range(2):
        with qtbot.waitSignal(window.runEnded, timeout=60_000):
            window.start()
        if window.plots.ghost_labels == []:
            window.reset()  # the run becomes a ghost curve with a legend entry
    gc = window.gradcheck
    window.tabs.setCurrentWidget(gc)
    gc.options.mode.setCurrentIndex(1)  # sampled: quick
    gc.options.max_entries.setValue(100)
    with qtbot.waitSignal(gc.checkFinished, timeout=60_000):
        assert gc.run_check()
    window.tabs.setCurrentWidget(window.draw_tab)
    window.draw_tab.load_test_image()
    window.tabs.setCurrentWidget(window.inside)
    qtbot.waitUntil(lambda: window.inside.confusion is not None, timeout=20_000)
    window.tabs.setCurrentWidget(window.one_step)
    qtbot.waitUntil(lambda: window.one_step.trace is not None, timeout=20_000)
    window.one_step.show_stage(3)
    window.tabs.setCurrentWidget(window.lessons)
    window.lessons.select_lesson("relu_vs_sigmoid")
    window.tabs.setCurrentWidget(window.runs_table)
    for i in range(window.tabs.count()):  # the pages not opened above are built too (they are built when first shown)
        window.tabs.widget(i)
    window.tabs.setCurrentWidget(window.plots)
    window.plots.show_readout_at(100)


def offenders(window):
    return [(where, text, words) for where, text in visible_texts(window)
            if (words := english_words(text))]


@pytest.fixture
def build(make_window, app):
    """A shown window at 1280x800 in the installed language, its data loaded."""
    def make(config=TrainConfig(steps=200, eval_every=100)):
        window = make_window(config)
        window.resize(1280, 800)
        return window

    return make


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_visible_string_is_translated(qtbot, build, language, code):
    language(code)
    window = build()
    exercise(qtbot, window)
    assert offenders(window) == []
    # ... and the texts really are that language, not English that happens to pass
    assert window.tabs.tabText(0) == {"ko": "학습", "ja": "学習"}[code]


@pytest.mark.parametrize("code", TRANSLATED)
def test_switching_from_english_translates_every_string(qtbot, build, language, code):
    window = build()
    exercise(qtbot, window)
    assert english_words(window.start_button.toolTip())  # English at first
    window.findChild(type(window.language_actions["en"]), f"actionLanguage{code.title()}").trigger()
    try:
        assert current_language() == code
        assert offenders(window) == []
    finally:
        window.set_language("en")


def test_switch_keeps_the_network_and_curves_and_english_comes_back_the_same(qtbot, build, language, settings):
    window = build()
    exercise(qtbot, window)
    before = visible_texts(window)
    net, points, ghosts = window.controller.net, window.plots.n_points, window.plots.ghost_labels
    step, rows = window.controller.total_step, len(window.runs_table.rows)
    window.language_actions["ko"].trigger()
    assert window.language_actions["ko"].isChecked()
    assert settings.value(SETTING_KEY) == "ko"
    assert window.tabs.tabText(0) == "학습" and window.start_button.text() == "시작"
    assert window.menuBar().actions()[0].text() == "파일(&F)"
    assert window.controller.net is net and window.controller.total_step == step
    assert window.plots.n_points == points and window.plots.ghost_labels == ghosts
    assert len(window.runs_table.rows) == rows
    window.language_actions["en"].trigger()
    assert settings.value(SETTING_KEY) == "en"
    assert visible_texts(window) == before
    assert window.controller.net is net


def test_language_actions_have_names_and_tooltips_and_wait_for_idle(qtbot, build, language):
    window = build(TrainConfig(steps=1_000_000, eval_every=100_000))
    actions = window.language_actions
    assert set(actions) == set(LANGUAGES)
    assert {a.objectName() for a in actions.values()} == {"actionLanguageEn", "actionLanguageKo",
                                                          "actionLanguageJa"}
    assert [a.text() for a in actions.values()] == ["English", "한국어", "日本語"]
    assert window.findChild(type(window.language_menu), "menuLanguage") is window.language_menu
    for action in actions.values():
        assert action.isCheckable() and action.isEnabled() and action.toolTip()
    window.start()
    qtbot.waitUntil(lambda: window.controller.state != IDLE)
    for action in actions.values():
        assert not action.isEnabled()
        assert action.toolTip() == "Stop training to switch the language"
    assert window.set_language("ko") is False and current_language() == "en"
    window.stop()
    qtbot.waitUntil(lambda: window.controller.state == IDLE, timeout=20_000)
    assert all(a.isEnabled() for a in actions.values())
    assert window.set_language("ja") is True
    try:
        assert actions["ja"].toolTip() == "表示言語の切り替え：日本語"
    finally:
        window.set_language("en")
