"""Lessons: every preset sets exactly its config, the lessons vary what they
claim to vary, the panel's buttons, and LessonRunner with the real
RunController and worker thread on real MNIST."""
from dataclasses import fields

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTranslator, Signal
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QPushButton

from engine import LIMITS, Report, TrainConfig
from gui.classroom.lesson_data import LESSONS, Lesson, lesson
from gui.classroom.lesson_runner import LessonRunner
from gui.classroom.lessons import LessonsPanel
from gui.train.run_controller import IDLE, RunController

VARIANTS = [(item.key, i, label, config) for item in LESSONS for i, (label, config) in enumerate(item.variants)]
FULL_TRAIN_SET = 60000


def differing(configs):
    """Names of the TrainConfig fields whose value is not the same in every config."""
    return {f.name for f in fields(TrainConfig) if len({getattr(c, f.name) for c in configs}) > 1}


@pytest.fixture
def panel(qtbot):
    widget = LessonsPanel()
    qtbot.addWidget(widget)
    widget.resize(420, 760)
    widget.show()
    return widget


# -- the data ------------------------------------------------------------------------

def test_the_six_lessons_of_the_book():
    assert [item.key for item in LESSONS] == ["chapter5", "relu_vs_sigmoid", "weight_init", "activation_histograms",
                                              "optimizers", "overfitting"]
    for item in LESSONS:
        assert item.title and item.variants
        sentences = item.explanation.count(". ") + 1
        assert 2 <= sentences <= 5, item.key


@pytest.mark.parametrize("key, index, label, config", VARIANTS, ids=[f"{k}-{i}" for k, i, _, _ in VARIANTS])
def test_every_config_is_valid_and_short_enough_for_a_lesson(key, index, label, config):
    assert TrainConfig.from_dict(config.to_dict()) == config  # validated again, field by field
    n = min(config.train_size or FULL_TRAIN_SET, FULL_TRAIN_SET)
    steps = config.total_steps(n)
    assert steps <= 10_000
    evals = steps // config.eval_interval(n)
    assert 5 <= evals <= 60, "accuracy points appear a few times, but evaluation stays cheap"
    assert config.bug is None and config.dtype == "float32" and config.seed == 0


def test_chapter5_default_is_the_books_run():
    ((_label, config),) = lesson("chapter5").variants
    assert config == TrainConfig()
    assert (config.hidden_sizes, config.activation, config.weight_init, config.optimizer, config.lr,
            config.batch_size, config.steps) == ((50,), "relu", 0.01, "sgd", 0.1, 100, 10_000)


def test_relu_vs_sigmoid_differs_in_activation_and_matched_init_only():
    (relu_label, relu), (sigmoid_label, sigmoid) = lesson("relu_vs_sigmoid").variants
    assert differing([relu, sigmoid]) == {"activation", "weight_init"}
    assert (relu.activation, relu.weight_init) == ("relu", "he")
    assert (sigmoid.activation, sigmoid.weight_init) == ("sigmoid", "xavier")
    assert relu.hidden_sizes == (100, 100) and relu.optimizer == "sgd" and relu.lr == 0.1
    assert "ReLU" in relu_label and "Sigmoid" in sigmoid_label


def test_weight_init_lesson_differs_in_weight_init_only():
    variants = lesson("weight_init").variants
    configs = [c for _, c in variants]
    assert differing(configs) == {"weight_init"}
    assert [c.weight_init for c in configs] == [0.01, "xavier", "he"]
    assert [label for label, _ in variants] == ["std 0.01", "Xavier", "He"]
    first = configs[0]
    # The book's ch06/weight_init_compare.py: hidden_size_list=[100, 100, 100, 100], SGD(lr=0.01), 2000 iterations.
    assert (first.hidden_sizes, first.activation, first.optimizer, first.lr, first.steps) == \
        ((100,) * 4, "relu", "sgd", 0.01, 2000)


def test_optimizer_lesson_differs_in_optimizer_and_lr_only():
    variants = lesson("optimizers").variants
    configs = [c for _, c in variants]
    assert differing(configs) == {"optimizer", "lr"}
    assert [(c.optimizer, c.lr) for c in configs] == [("sgd", 0.01), ("momentum", 0.01), ("adagrad", 0.01),
                                                      ("adam", 0.001)]
    assert [label for label, _ in variants] == ["SGD", "Momentum", "AdaGrad", "Adam"]
    assert configs[0].hidden_sizes == (100,) * 4 and configs[0].weight_init == "he"
    assert configs[0].activation == "relu" and configs[0].steps == 2000


def test_overfitting_lesson_trains_on_300_samples_then_adds_weight_decay():
    (plain_label, plain), (decay_label, decay) = lesson("overfitting").variants
    assert differing([plain, decay]) == {"weight_decay"}
    assert plain.train_size == 300 and plain.weight_decay == 0.0
    assert decay.weight_decay > 0 and "weight decay" in decay_label
    assert plain.epochs == 200 and plain.batch_size == 100 and plain.optimizer == "sgd" and plain.lr == 0.01
    # The book's net: six hidden layers of 100, within the engine's limit.
    assert plain.hidden_sizes == (100,) * 6 and len(plain.hidden_sizes) <= LIMITS["hidden_layers"][1]
    assert "six" in lesson("overfitting").explanation and "784-100×6-10" in lesson("overfitting").explanation


def test_a_lesson_refuses_bad_variants():
    with pytest.raises(ValueError, match="no variants"):
        Lesson("k", "t", "e", ())
    with pytest.raises(ValueError, match="not a TrainConfig"):
        Lesson("k", "t", "e", (("a", {"lr": 0.1}),))
    with pytest.raises(ValueError, match="differ"):
        Lesson("k", "t", "e", (("a", TrainConfig()), ("a", TrainConfig(lr=0.2))))
    with pytest.raises(KeyError):
        lesson("no such lesson")


# -- the panel ---------------------------------------------------------------------------

@pytest.mark.parametrize("key, index, label, config", VARIANTS, ids=[f"{k}-{i}" for k, i, _, _ in VARIANTS])
def test_set_up_button_emits_exactly_its_config(qtbot, panel, key, index, label, config):
    panel.select_lesson(key)
    button = panel.findChild(QPushButton, f"lessonVariant{index}")
    assert button is not None and button.isVisible() and button.isEnabled()
    assert button.text() == f"Set up: {label}"
    assert label in button.toolTip() and button.toolTip().startswith("Set every control for")
    with qtbot.waitSignal(panel.configChosen, timeout=1000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == config
    assert blocker.args[0] is config


def test_choosing_a_lesson_shows_its_text_and_only_its_buttons(qtbot, panel):
    panel.select_lesson("optimizers")
    assert len(panel.findChildren(QPushButton, "lessonVariant3")) == 1
    chooser = panel.findChild(QListWidget, "lessonChooser")
    chooser.setCurrentRow([item.key for item in LESSONS].index("relu_vs_sigmoid"))
    assert panel.current_lesson.key == "relu_vs_sigmoid"
    explanation = panel.findChild(QLabel, "lessonExplanation")
    assert explanation.text() == lesson("relu_vs_sigmoid").explanation
    assert panel.findChild(QLabel, "lessonTitle").text() == "ReLU vs Sigmoid"
    names = [b.objectName() for b in panel.findChildren(QPushButton) if b.objectName().startswith("lessonVariant")]
    assert sorted(names) == ["lessonVariant0", "lessonVariant1"]  # the old ones are gone at once


def test_explanation_is_wrapped_and_large(panel):
    explanation = panel.findChild(QLabel, "lessonExplanation")
    assert explanation.wordWrap()
    assert explanation.font().pointSizeF() >= 1.2 * panel.font().pointSizeF()
    size = explanation.font().pointSizeF()
    panel.set_font_scale(1.5)
    assert explanation.font().pointSizeF() == pytest.approx(1.5 * size)


def test_the_activation_histograms_lesson_is_the_books_experiment_and_lands_on_layer_health(qtbot, panel):
    item = lesson("activation_histograms")
    assert item.reference == "ch06/weight_init_activation_histogram.py" and item.view == "healthView"
    assert [(c.activation, c.weight_init) for _label, c in item.variants] == [
        ("sigmoid", 1.0), ("sigmoid", 0.01), ("sigmoid", "xavier"), ("relu", 0.01), ("relu", "xavier"), ("relu", "he")]
    assert {c.hidden_sizes for _label, c in item.variants} == {(100,) * 5}  # five hidden layers of 100
    assert differing([c for _label, c in item.variants]) == {"activation", "weight_init"}
    panel.select_lesson("activation_histograms")
    with qtbot.waitSignal(panel.viewRequested, timeout=1000) as blocker:
        qtbot.mouseClick(panel.findChild(QPushButton, "lessonVariant0"), Qt.MouseButton.LeftButton)
    assert blocker.args == ["healthView"]
    panel.select_lesson("optimizers")  # a lesson without a view of its own asks for none
    with qtbot.assertNotEmitted(panel.viewRequested):
        qtbot.mouseClick(panel.findChild(QPushButton, "lessonVariant0"), Qt.MouseButton.LeftButton)


def test_run_all_emits_every_variant_of_the_lesson(qtbot, panel):
    panel.select_lesson("optimizers")
    button = panel.findChild(QPushButton, "lessonRunAll")
    assert "ghost" in button.toolTip()
    with qtbot.waitSignal(panel.runAllRequested, timeout=1000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == lesson("optimizers").variants


def test_every_interactive_widget_has_a_name_and_a_tooltip(panel):
    for item in LESSONS:
        panel.select_lesson(item.key)
        widgets = [*panel.findChildren(QAbstractButton), *panel.findChildren(QListWidget)]
        assert len(widgets) == len(item.variants) + 2
        for widget in widgets:
            assert widget.objectName() and widget.toolTip(), widget
    assert panel.objectName() == "lessonsPanel"


def test_set_training_locks_the_buttons(panel):
    panel.set_training(True)
    assert not any(b.isEnabled() for b in panel.findChildren(QPushButton))
    panel.set_training(False)
    assert all(b.isEnabled() for b in panel.findChildren(QPushButton))


# -- LessonRunner with fake signals: ordering and outcomes -----------------------------------

class FakeController(QObject):
    runFinished = Signal(object)
    runFailed = Signal(str)


def done(kind="done"):
    return Report(kind=kind, step=10, epoch=0.1, loss=0.5, total_steps=10, elapsed=0.1, train_acc=0.5,
                  test_acc=0.5, lr=0.1)


def fake_runner(qtbot, can_start=True):
    source = FakeController()
    calls = []

    def start(config):
        calls.append(("start", config))
        return can_start

    runner = LessonRunner(lambda c: calls.append(("set", c)), start, source.runFinished, source.runFailed, gap_ms=0)
    return source, runner, calls


A, B = TrainConfig(steps=30, eval_every=15), TrainConfig(hidden_sizes=(20,), steps=30, eval_every=15)


def test_runner_moves_on_after_every_slot_has_seen_the_report(qtbot):
    source, runner, calls = fake_runner(qtbot)
    seen = []
    source.runFinished.connect(lambda r: seen.append((runner.running, runner.current_label, len(calls))))
    assert runner.run_all([("a", A), ("b", B)])
    assert calls == [("set", A), ("start", A)] and runner.current_label == "a"
    source.runFinished.emit(done())
    assert seen == [(True, "a", 2)]  # the next variant has not started inside the signal
    qtbot.waitUntil(lambda: len(calls) == 4, timeout=1000)
    assert calls[2:] == [("set", B), ("start", B)] and runner.current_label == "b"
    with qtbot.waitSignal(runner.allFinished, timeout=1000):
        source.runFinished.emit(done("diverged"))  # divergence can be the lesson: the queue ends normally
    assert not runner.running and runner.current_label is None
    assert [(label, r.kind) for label, _, r in runner.results] == [("a", "done"), ("b", "diverged")]


def test_runner_refuses_a_second_queue_and_an_empty_one(qtbot):
    _source, runner, _calls = fake_runner(qtbot)
    assert not runner.run_all([])
    assert runner.run_all([("a", A)])
    assert not runner.run_all([("b", B)])
    other = FakeController()
    with pytest.raises(TypeError):
        LessonRunner(lambda c: None, lambda c: True, other.runFinished).run_all([("x", {"lr": 1})])


def test_a_variant_that_cannot_start_cancels_the_lesson(qtbot):
    _source, runner, calls = fake_runner(qtbot, can_start=False)
    with qtbot.waitSignal(runner.cancelled, timeout=1000) as blocker:
        runner.run_all([("a", A), ("b", B)])
    assert "a" in blocker.args[0] and not runner.running
    assert calls == [("set", A), ("start", A)]


def test_a_failed_run_cancels_the_lesson(qtbot):
    source, runner, calls = fake_runner(qtbot)
    runner.run_all([("a", A), ("b", B)])
    with qtbot.waitSignal(runner.cancelled, timeout=1000):
        source.runFailed.emit("out of memory")
    QCoreApplication.processEvents()  # anything the runner scheduled (its gap timer is 0 ms) runs now
    assert len(calls) == 2 and not runner.running


def test_reports_outside_a_lesson_are_ignored(qtbot):
    source, runner, calls = fake_runner(qtbot)
    with qtbot.assertNotEmitted(runner.variantFinished):
        source.runFinished.emit(done())
    assert runner.results == [] and calls == []


def test_the_panel_shows_the_runners_progress(qtbot, panel):
    source, runner, _calls = fake_runner(qtbot)
    panel.attach_runner(runner)
    progress = panel.findChild(QLabel, "lessonProgress")
    runner.run_all([("a", A), ("b", B)])
    assert "1 of 2" in progress.text() and "a" in progress.text()
    assert not panel.findChild(QPushButton, "lessonRunAll").isEnabled()
    assert not panel.findChild(QListWidget, "lessonChooser").isEnabled()
    source.runFinished.emit(done())
    qtbot.waitUntil(lambda: "2 of 2" in progress.text(), timeout=1000)
    with qtbot.waitSignal(runner.allFinished, timeout=1000):
        source.runFinished.emit(done())
    assert "done" in progress.text()
    assert panel.findChild(QPushButton, "lessonRunAll").isEnabled()


# -- LessonRunner with the real RunController on MNIST ---------------------------------------

@pytest.fixture
def controller(qtbot, dataset):
    c = RunController()
    c.set_dataset(dataset)
    yield c
    c.shutdown()


def real_runner(controller, log, gap_ms=0):
    def set_config(config):
        log.append(("set", config))

    def reset_and_start(config):
        controller.reset(config)
        return controller.start(config)

    return LessonRunner(set_config, reset_and_start, controller.runFinished, controller.runFailed, gap_ms=gap_ms)


TINY = (("first", TrainConfig(hidden_sizes=(30,), steps=30, eval_every=15)),
        ("second", TrainConfig(hidden_sizes=(20,), activation="sigmoid", weight_init="xavier", steps=30,
                               eval_every=15)))


def test_runner_trains_every_variant_in_order_with_the_real_controller(qtbot, controller):
    log = []
    runner = real_runner(controller, log)
    runner.variantStarting.connect(lambda label, config: log.append(("starting", label)))
    runner.variantFinished.connect(lambda label, config, report: log.append(("finished", label, report)))
    with qtbot.waitSignal(runner.allFinished, timeout=60_000):
        assert runner.run_all(TINY)
    order = [entry[:2] if entry[0] != "set" else ("set", entry[1].hidden_sizes) for entry in log]
    assert order == [("starting", "first"), ("set", (30,)), ("finished", "first"),
                     ("starting", "second"), ("set", (20,)), ("finished", "second")]
    reports = [entry[2] for entry in log if entry[0] == "finished"]
    assert [r.kind for r in reports] == ["done", "done"]
    assert [r.step for r in reports] == [30, 30]  # each variant from new weights
    assert all(r.test_acc is not None for r in reports)
    assert controller.net.sizes == [784, 20, 10] and controller.net.activation == "sigmoid"
    assert controller.state == IDLE and not runner.running
    assert [label for label, _, _ in runner.results] == ["first", "second"]


def test_cancel_stops_the_queue_with_the_real_controller(qtbot, controller):
    log = []
    runner = real_runner(controller, log)
    runner.variantStarting.connect(lambda label, config: log.append(("starting", label)))
    runner.allFinished.connect(lambda: log.append(("all",)))
    assert runner.run_all(TINY)
    with qtbot.waitSignal(runner.cancelled, timeout=1000):
        runner.cancel()
    assert not runner.running
    with qtbot.waitSignal(controller.runFinished, timeout=60_000) as blocker:
        pass  # the first run goes on to its end; cancel only empties the queue
    assert blocker.args[0].kind == "done"
    QCoreApplication.processEvents()  # a next variant would be scheduled by a 0-ms timer: let it fire
    assert [e for e in log if e[0] in ("starting", "all")] == [("starting", "first")]
    assert controller.net.sizes == [784, 30, 10] and controller.state == IDLE


def test_stop_ends_the_lesson_with_the_real_controller(qtbot, controller):
    log = []
    runner = real_runner(controller, log)
    runner.variantStarting.connect(lambda label, config: log.append(("starting", label)))
    long_first = (("long", TrainConfig(hidden_sizes=(30,), steps=1_000_000, eval_every=100_000)), TINY[1])
    runner.run_all(long_first)
    qtbot.waitUntil(lambda: controller.total_step >= 5, timeout=20_000)
    with qtbot.waitSignal(runner.cancelled, timeout=20_000) as blocker:
        controller.stop()
    assert blocker.args[0] == "stopped"
    assert runner.results[0][2].kind == "stopped"
    QCoreApplication.processEvents()  # a next variant would be scheduled by a 0-ms timer: let it fire
    assert [e for e in log if e[0] == "starting"] == [("starting", "long")]
    assert controller.state == IDLE and not runner.running


# -- translation ------------------------------------------------------------------------------

class Marking(QTranslator):
    """Translates the lesson texts and the panel's own strings to «text»."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if context in ("Lessons", "LessonsPanel") else ""


def test_lesson_texts_and_widget_strings_are_translated_when_shown(qtbot):
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    try:
        panel = LessonsPanel()
        qtbot.addWidget(panel)
        panel.select_lesson("relu_vs_sigmoid")
        assert panel.findChild(QLabel, "lessonTitle").text() == "«ReLU vs Sigmoid»"
        assert panel.findChild(QLabel, "lessonExplanation").text().startswith("«The same")
        assert panel.findChild(QPushButton, "lessonVariant1").text() == "«Set up: «Sigmoid (Xavier)»»"
        with qtbot.waitSignal(panel.runAllRequested, timeout=1000) as blocker:
            panel.findChild(QPushButton, "lessonRunAll").click()
        assert [label for label, _ in blocker.args[0]] == ["«ReLU (He)»", "«Sigmoid (Xavier)»"]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert lesson("relu_vs_sigmoid").title == "ReLU vs Sigmoid"  # the data keeps the English source
