"""gui.export: plot images (PNG, SVG), CSV, exact curve and session round trips, data-set helpers."""
import math
import xml.etree.ElementTree as ET

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from engine import Report, TrainConfig, Trainer, TwoLayerNet, build_network
from engine.session import CURVE_KEYS, Session, load_session, save_session
from gui.common.network_change import NetworkChange, Origin
from gui.train.controls import ControlsPanel
from gui.export import (
    FASHION_MNIST_DIR,
    apply_session,
    choose_data_dir,
    export_curves_csv,
    export_plot,
    fashion_mnist_dir,
    plot_curves,
    restore_curves,
    session_data_loaded,
    session_from_window_state,
)
from gui.train.plots import TrainingPlots
from gui.train.run_controller import IDLE, RunController


@pytest.fixture(autouse=True)
def _pg_options():
    # As gui/app.py sets them for the app.
    pg.setConfigOptions(background="w", foreground="k", antialias=True)


@pytest.fixture(scope="module")
def real_reports(dataset):
    """A tiny real run: 50 steps, evaluated every 10 (the last report is 'done')."""
    config = TrainConfig(hidden_sizes=(20,), steps=50, eval_every=10, batch_size=50, train_size=2000, seed=3)
    net = build_network(config)
    trainer = Trainer(net, dataset.x_train, dataset.t_train, dataset.x_test[:1000], dataset.t_test[:1000], config)
    reports = [r for r in trainer.run() if r.kind != "start"]
    assert len(reports) == 50 and reports[-1].kind == "done"
    assert sum(r.evaluated for r in reports) == 5
    return reports


@pytest.fixture
def make_plots(qtbot):
    def make():
        plots = TrainingPlots()
        qtbot.addWidget(plots)
        plots.resize(1000, 700)
        plots.show()
        qtbot.waitExposed(plots)
        return plots
    return make


def feed(plots, reports, batch=7):
    """As the window does: batches of reports, as the timer flushes them."""
    for i in range(0, len(reports), batch):
        plots.add_reports(reports[i:i + batch])


def svg_shapes(root, stroke=None):
    """(tag, stroke) of every <path> and <polyline>, the stroke inherited from enclosing <g>s."""
    stroke = root.get("stroke") or stroke
    tag = root.tag.rsplit("}", 1)[-1]
    found = [(tag, (stroke or "").lower())] if tag in ("path", "polyline") else []
    for child in root:
        found += svg_shapes(child, stroke)
    return found


def assert_curves_equal(a, b):
    assert set(a) == set(b) == set(CURVE_KEYS)
    for key in CURVE_KEYS:
        assert a[key].dtype == b[key].dtype == np.float64
        assert a[key].tobytes() == b[key].tobytes(), key  # bit for bit, NaN included


# ------------------------------------------------------------ plot images ----

@pytest.fixture
def plot_widget(qtbot):
    widget = pg.PlotWidget(title="loss")
    qtbot.addWidget(widget)
    widget.resize(800, 500)
    x = np.arange(200.0)
    widget.plot(x, np.exp(-x / 50), pen=pg.mkPen("#0072B2", width=2), name="loss")
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("name", ["loss.png", "LOSS.PNG"])
def test_png_is_1600_wide_and_not_blank(plot_widget, tmp_path, name):
    path = export_plot(plot_widget, tmp_path / name)
    assert path == tmp_path / name and path.stat().st_size > 0
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() == 1600
    assert image.height() == pytest.approx(1600 * 500 / 800, rel=0.1)  # the plot's shape
    # the blue curve is drawn (not just a white page)
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)  # kept: the array views its memory
    pixels = pg.functions.ndarray_from_qimage(rgb)
    blue = (np.abs(pixels[..., 2].astype(int) - 0x00) < 40) & (np.abs(pixels[..., 0].astype(int) - 0xB2) < 40)
    assert blue.sum() > 500
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary file left


def test_png_width_can_be_chosen(plot_widget, tmp_path):
    path = export_plot(plot_widget, tmp_path / "small.png", width=400)
    assert QImage(str(path)).width() == 400


def test_svg_is_xml_with_paths(plot_widget, tmp_path):
    path = export_plot(plot_widget, tmp_path / "loss.svg")
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    shapes = svg_shapes(root)
    assert shapes
    assert ("path", "#0072b2") in shapes  # the curve itself, as a vector path
    assert sorted(p.name for p in tmp_path.iterdir()) == ["loss.svg"]


@pytest.mark.parametrize("name", ["loss.jpg", "loss.pdf", "loss", "loss.png.txt"])
def test_other_extensions_are_refused(plot_widget, tmp_path, name):
    with pytest.raises(ValueError, match=r"\.png.*\.svg"):
        export_plot(plot_widget, tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_raises_oserror(plot_widget, tmp_path):
    with pytest.raises(OSError):
        export_plot(plot_widget, tmp_path / "no-such-folder" / "loss.png")


def test_training_plots_export_each_plot_without_crosshair(make_plots, real_reports, tmp_path):
    plots = make_plots()
    feed(plots, real_reports)
    plots.show_readout_at(25)  # shows the crosshair
    assert all(line.isVisible() for line in plots._crosshairs)
    for plot, name in ((plots.loss_plot, "loss"), (plots.accuracy_plot, "accuracy")):
        png = export_plot(plot, tmp_path / f"{name}.png")
        assert QImage(str(png)).width() == 1600
        svg = export_plot(plot, tmp_path / f"{name}.svg")
        shapes = svg_shapes(ET.parse(svg).getroot())
        # the smoothed loss (drawn in segments: polylines) or the train accuracy, in blue
        assert any(stroke == "#0072b2" for _, stroke in shapes)
        assert not any(stroke == "#555555" for _, stroke in shapes)  # no dashed crosshair
    assert all(line.isVisible() for line in plots._crosshairs)  # and is back on screen


def test_export_curves_csv_is_the_plots_csv(make_plots, real_reports, tmp_path):
    plots = make_plots()
    feed(plots, real_reports)
    path = export_curves_csv(plots, tmp_path / "run.csv")
    plots.export_csv(tmp_path / "direct.csv")
    assert path.read_text() == (tmp_path / "direct.csv").read_text()
    assert path.read_text().startswith("step,loss,smoothed,train_acc,test_acc")


# ------------------------------------------------------------ curves ----

def test_plot_curves_reads_the_real_run(make_plots, real_reports):
    plots = make_plots()
    feed(plots, real_reports)
    curves = plot_curves(plots)
    np.testing.assert_array_equal(curves["loss_step"], np.arange(1, 51))
    assert curves["loss"].tolist() == [r.loss for r in real_reports]
    evals = [r for r in real_reports if r.evaluated]
    assert curves["eval_step"].tolist() == [r.step for r in evals]
    assert curves["train_acc"].tolist() == [r.train_acc for r in evals]
    assert curves["test_acc"].tolist() == [r.test_acc for r in evals]
    curves["loss"][0] = -1.0  # a copy: the plots are untouched
    assert plot_curves(plots)["loss"][0] == real_reports[0].loss


def test_restore_curves_round_trip_is_exact(make_plots, real_reports, tmp_path):
    original = make_plots()
    feed(original, real_reports)
    curves = plot_curves(original)
    restored = make_plots()
    restored.add_reports(real_reports[:5])  # whatever it showed before is replaced
    restore_curves(restored, curves)
    assert_curves_equal(plot_curves(restored), curves)
    assert restored.n_points == original.n_points == 50
    assert restored.n_evals == original.n_evals == 5
    assert restored.n_nonfinite == 0
    # the smoothed line is recomputed for the slider's value: equal up to rounding
    np.testing.assert_allclose(restored._loss["smoothed"], original._loss["smoothed"], rtol=1e-12)
    # what is on screen is the same too
    for name in ("raw_curve", "train_curve", "test_curve"):
        a, b = getattr(original, name).getOriginalDataset(), getattr(restored, name).getOriginalDataset()
        assert a[0].tobytes() == b[0].tobytes() and a[1].tobytes() == b[1].tobytes()


def test_restore_curves_with_eval_only_steps_and_unmeasured_train(make_plots):
    """An evaluation at step 0 (no loss yet), one at a step with no loss point, a NaN train accuracy."""
    curves = {
        "loss_step": np.array([1.0, 2.0, 3.0, 5.0]),
        "loss": np.array([2.3, 2.1, 1.9, 1.7]),
        "eval_step": np.array([0.0, 2.0, 4.0, 5.0]),
        "train_acc": np.array([math.nan, 0.2, 0.3, math.nan]),
        "test_acc": np.array([0.1, 0.21, 0.31, 0.41]),
    }
    plots = make_plots()
    restore_curves(plots, curves)
    assert_curves_equal(plot_curves(plots), curves)
    assert plots.n_nonfinite == 0


def test_restore_empty_curves_clears(make_plots, real_reports):
    plots = make_plots()
    feed(plots, real_reports)
    restore_curves(plots, {key: np.zeros(0) for key in CURVE_KEYS})
    assert plots.n_points == 0 and plots.n_evals == 0


@pytest.mark.parametrize("change", [{"loss": np.zeros(2)}, {"loss_step": np.array([3.0, 2.0, 1.0])},
                                    {"test_acc": np.zeros(2)}])
def test_restore_refuses_inconsistent_curves(make_plots, change):
    curves = {"loss_step": np.array([1.0, 2.0, 3.0]), "loss": np.ones(3), "eval_step": np.array([3.0]),
              "train_acc": np.array([0.5]), "test_acc": np.array([0.5])}
    curves.update(change)
    with pytest.raises(ValueError):
        restore_curves(make_plots(), curves)


def test_restore_a_long_run(make_plots):
    n = 120_000  # more than one add_reports chunk
    rng = np.random.default_rng(0)
    curves = {"loss_step": np.arange(1.0, n + 1), "loss": rng.uniform(0.01, 3, n),
              "eval_step": np.arange(600.0, n + 1, 600), "train_acc": rng.uniform(0, 1, n // 600),
              "test_acc": rng.uniform(0, 1, n // 600)}
    plots = make_plots()
    restore_curves(plots, curves)
    assert_curves_equal(plot_curves(plots), curves)


# ------------------------------------------------------------ sessions ----

@pytest.fixture
def make_controller(qtbot, dataset):
    controllers = []

    def make(config=None):
        controller = RunController()
        controller.config = config or TrainConfig()
        controller.set_dataset(dataset)
        controllers.append(controller)
        return controller

    yield make
    for controller in controllers:
        controller.shutdown()


def train(qtbot, controller, plots, config):
    controller.progress.connect(plots.add_reports)
    with qtbot.waitSignal(controller.runFinished, timeout=60_000) as finished:
        assert controller.start(config)
    assert controller.state == IDLE
    return finished.args[0]


CONFIG = TrainConfig(hidden_sizes=(30, 20), activation="sigmoid", weight_init="xavier", optimizer="momentum",
                     lr=0.05, steps=40, eval_every=10, batch_size=64, train_size=3000, seed=11)


def test_full_session_round_trip_through_a_run_controller(qtbot, make_controller, make_plots, tmp_path):
    controller, plots = make_controller(CONFIG), make_plots()
    plots.set_smoothing(0.8)
    plots.log_check.setChecked(True)
    last = train(qtbot, controller, plots, CONFIG)
    assert last.kind == "done" and controller.total_step == 40

    state = session_from_window_state(controller, plots, info={"note": "lesson 3"})
    path = save_session(tmp_path / "lesson.npz", **state)
    session = load_session(path)

    fresh, fresh_plots = make_controller(), make_plots()
    controls = ControlsPanel()
    qtbot.addWidget(controls)
    assert not session_data_loaded(session, make_controller(), "/elsewhere")
    assert session_data_loaded(session, fresh, None)
    reasons = []
    fresh.networkReset.connect(reasons.append)
    apply_session(session, fresh, fresh_plots, controls, reason=NetworkChange(Origin.OPENED_SESSION, "lesson.npz"))

    assert reasons == [NetworkChange(Origin.OPENED_SESSION, "lesson.npz")]
    for key, value in controller.net.params.items():
        assert fresh.net.params[key].tobytes() == value.tobytes()  # weights bit for bit
    assert fresh.net.architecture() == controller.net.architecture()
    assert fresh.config == controller.config == CONFIG
    assert controls.config() == CONFIG
    assert fresh.total_step == 40
    assert_curves_equal(plot_curves(fresh_plots), plot_curves(plots))
    assert fresh_plots.smoothing == 0.8 and fresh_plots.log_check.isChecked()
    assert session.info["note"] == "lesson 3" and session.dataset_name == "MNIST" and session.data_dir is None

    # Training on continues the step axis from the saved count.
    steps = []
    fresh.progress.connect(lambda reports: steps.extend(r.step for r in reports if r.kind != "start"))
    train(qtbot, fresh, fresh_plots, CONFIG.replace(steps=5))
    assert steps[0] == 41 and steps[-1] == 45 and fresh.total_step == 45
    assert plot_curves(fresh_plots)["loss_step"][-6:].tolist() == [40, 41, 42, 43, 44, 45]


def test_a_planted_bug_reopens_in_the_controls(qtbot, make_controller, make_plots, tmp_path):
    config = CONFIG.replace(activation="relu", bug="relu-no-mask", steps=12)
    controller, plots = make_controller(config), make_plots()
    train(qtbot, controller, plots, config)
    session = load_session(save_session(tmp_path / "bug.npz", **session_from_window_state(controller, plots)))
    fresh = make_controller()
    controls = ControlsPanel()
    qtbot.addWidget(controls)
    apply_session(session, fresh, make_plots(), controls)
    assert fresh.net.bug == "relu-no-mask"
    assert controls.config().bug == "relu-no-mask"


def test_data_dir_is_kept_absolute(make_controller, make_plots, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    state = session_from_window_state(make_controller(), make_plots(), data_dir="fashion")
    assert state["data_dir"] == str(tmp_path / "fashion")


def test_no_session_while_training(qtbot, make_controller, make_plots):
    controller = make_controller()
    config = TrainConfig(hidden_sizes=(10,), steps=1_000_000)
    assert controller.start(config)
    try:
        with pytest.raises(ValueError, match="Stop training"):
            session_from_window_state(controller, make_plots())
        empty = Session(net=build_network(config), config=config, curves={k: np.zeros(0) for k in CURVE_KEYS},
                        total_step=0, dataset_name="MNIST", data_dir=None)
        with pytest.raises(ValueError, match="Stop training"):
            apply_session(empty, controller, make_plots())
    finally:
        controller.stop(wait=True)


def test_no_session_without_a_network(make_plots):
    with pytest.raises(ValueError, match="no network"):
        session_from_window_state(RunController(), make_plots())


def test_a_session_that_does_not_fit_the_data_is_refused(make_controller, make_plots):
    controller = make_controller()
    before = controller.net
    config = TrainConfig(hidden_sizes=(5,))
    session = Session(net=TwoLayerNet(100, 5, 10, seed=0), config=config,
                      curves={k: np.zeros(0) for k in CURVE_KEYS}, total_step=3, dataset_name="other",
                      data_dir=None)
    with pytest.raises(ValueError, match="100 inputs"):
        apply_session(session, controller, make_plots())
    assert controller.net is before


# ------------------------------------------------------------ data sets ----

@pytest.mark.parametrize("style", ["-", ".", "-gz", ".gz"])
def test_fashion_mnist_dir_finds_the_four_files(tmp_path, style):
    sep, ext = style[0], ".gz" if style.endswith("gz") else ""
    for stem, rank in (("train-images", 3), ("train-labels", 1), ("t10k-images", 3), ("t10k-labels", 1)):
        (tmp_path / f"{stem}{sep}idx{rank}-ubyte{ext}").write_bytes(b"")
    assert fashion_mnist_dir(tmp_path) == str(tmp_path)
    (tmp_path / f"t10k-labels{sep}idx1-ubyte{ext}").unlink()
    assert fashion_mnist_dir(tmp_path) is None


def test_fashion_mnist_dir_when_not_installed(tmp_path):
    assert fashion_mnist_dir(tmp_path / "missing") is None
    assert fashion_mnist_dir(tmp_path) is None  # an empty folder
    assert fashion_mnist_dir() in (None, FASHION_MNIST_DIR)  # this machine's answer


def test_choose_data_dir(monkeypatch, tmp_path):
    answers = [str(tmp_path), ""]
    asked = []

    def fake(parent, caption, start):
        asked.append((parent, caption, start))
        return answers.pop(0)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(fake))
    assert choose_data_dir(None, start="/tmp") == str(tmp_path)
    assert choose_data_dir(None) is None  # cancelled
    assert asked[0][2] == "/tmp" and "MNIST" in asked[0][1]


def test_reports_in_this_file_are_real_reports(real_reports):
    assert all(isinstance(r, Report) for r in real_reports)
