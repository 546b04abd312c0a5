"""The command line: headless training, the gradient check, planted bugs,
bad input, and the window's --autostart/--json options, each in a real
subprocess as a user would run them."""
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from engine import BUGS, load_model

ROOT = Path(__file__).resolve().parents[1]


def run(*args, timeout=300):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=ROOT)


def test_headless_training_prints_one_json_summary(tmp_path):
    path = tmp_path / "model.npz"
    done = run("--headless", "--steps", "120", "--eval-every", "60", "--json", "--save", str(path))
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)  # stdout holds the JSON object alone
    assert summary["steps"] == 120 and summary["status"] == "done"
    assert summary["epochs"] == pytest.approx(0.2)
    assert 0 < summary["train_seconds"] < summary["wall_seconds"]
    assert 0.5 < summary["test_accuracy"] <= 1 and 0.5 < summary["train_accuracy"] <= 1
    assert summary["loss"] > 0
    assert "test acc" in done.stderr  # readable progress went to stderr
    assert load_model(path).info["steps"] == 120


def test_readable_progress_without_json():
    done = run("--headless", "--steps", "60", "--eval-every", "30")
    assert done.returncode == 0
    assert "step      30/60" in done.stdout and "test accuracy" in done.stdout


def test_gradcheck_table_and_json_rows():
    done = run("--headless", "--gradcheck", "--json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)["gradcheck"]["rows"]
    assert [r["name"] for r in rows] == ["W1", "b1", "W2", "b2"]
    for row in rows:
        assert set(row) >= {"name", "mean_abs_diff", "max_abs_diff", "rel_error", "verdict"}
        assert row["rel_error"] <= 1e-7 and row["verdict"] == "excellent"
    assert "PASS" in done.stderr


@pytest.mark.parametrize("bug", ["relu-no-mask", "affine-double-db"])
def test_gradcheck_with_a_planted_bug_fails_its_parameters(bug):
    done = run("--headless", "--gradcheck", "--inject-bug", bug, "--json")
    assert done.returncode == 1
    rows = json.loads(done.stdout)["gradcheck"]["rows"]
    failing = {r["name"] for r in rows if not r["passed"]}
    assert failing == set(BUGS[bug].affects)
    assert "PLANTED BUG" in done.stderr and "PASS" not in done.stderr
    for word in ("rel error at h", "kinks", "re-checked", "on kink", "round-off floor", "after re-check", "verdict"):
        assert word in done.stderr  # the panel's column headers
    assert {"rel_error_after", "rechecked", "on_kink", "roundoff", "kinks"} <= set(rows[0])


@pytest.mark.parametrize("args, needs", [
    (["--inject-bug", "sigmoid-uses-input"], "--activation sigmoid"),
    (["--inject-bug", "sigmoid-no-dout"], "--activation sigmoid"),
    (["--inject-bug", "relu-no-mask", "--activation", "sigmoid"], "--activation relu"),
    (["--inject-bug", "weight-decay-doubled"], "--weight-decay"),
])
def test_a_bug_without_its_layer_is_refused(args, needs):
    # Issue 9: planting the Sigmoid bug in a ReLU net printed "PLANTED BUG" and then "PASS".
    done = run("--headless", "--gradcheck", *args)
    one_line_error(done, args[1], needs)
    assert "PASS" not in done.stderr


def test_an_infinite_step_fails_and_never_passes():
    # h = inf cannot give a numerical gradient: refused before any check, never a pass.
    done = run("--headless", "--gradcheck", "--h", "inf", "--json")
    assert done.returncode == 2
    assert "--h must be a positive finite number" in done.stderr
    assert "PASS" not in done.stdout + done.stderr


def test_list_bugs():
    done = run("--list-bugs")
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(BUGS)
    assert len(BUGS) >= 10
    for line, bug in zip(lines, BUGS.values()):
        assert "breaks " + ", ".join(bug.affects) in line
        assert ("nets only)" in line or "only with --weight-decay)" in line) == (bug.needs is not None)


@pytest.mark.parametrize("args, field", [
    (["--lr", "-1"], "lr"),
    (["--batch-size", "0"], "batch_size"),
    (["--hidden", "50,0"], "hidden_sizes"),
    (["--inject-bug", "nope"], "bug"),
])
def test_an_invalid_hyperparameter_is_a_clear_error(args, field):
    done = run("--headless", *args)
    assert done.returncode == 2
    assert field in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("args, message", [
    (["--hidden", "4096,4096"], ("backprop-lab: error: hidden_sizes: a 784-4096-4096-10 network has 20,037,642 "
                                 "parameters (weights and biases); at most 10,500,000: use fewer or narrower hidden "
                                 "layers\n")),
    (["--hidden", "1000", "--batch-size", "60000"], ("backprop-lab: error: batch_size: a mini-batch of 60,000 "
                                                     "through 784-1000-10 is 4.76e10 multiply-adds; at most 2.5e9: "
                                                     "use a batch of at most 3,148\n")),
])
def test_a_network_or_batch_beyond_the_work_limits_is_refused_with_its_numbers(args, message):
    for mode in (["--headless"], ["--autostart", "--exit-after-training"]):
        done = run(*mode, *args, "--steps", "1")
        assert (done.returncode, done.stderr, done.stdout) == (2, message, "")


def test_missing_data_is_a_clear_error(tmp_path):
    done = run("--headless", "--data-dir", str(tmp_path / "nowhere"))
    assert done.returncode == 2
    assert "nowhere" in done.stderr and "Traceback" not in done.stderr


def test_a_diverging_run_ends_with_a_message_not_a_traceback(tmp_path):
    done = run("--headless", "--lr", "50", "--steps", "500", "--json", "--save", str(tmp_path / "m.npz"))
    assert done.returncode == 1
    assert json.loads(done.stdout)["status"] == "diverged"
    assert "diverged" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "m.npz").exists()  # a wrecked model is not saved


def test_window_autostart_prints_the_same_summary():
    done = run("--autostart", "--steps", "40", "--eval-every", "20", "--exit-after-training", "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["status"] == "done" and summary["steps"] == 40
    assert {"epochs", "train_seconds", "test_accuracy", "train_accuracy", "loss"} <= set(summary)


def test_window_takes_hyperparameter_flags_without_autostart(tmp_path):
    shot = tmp_path / "window.png"
    done = run("--steps", "1234", "--hidden", "30", "--screenshot", str(shot), "--json")
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 10_000
    summary = json.loads(done.stdout)
    assert summary["status"] == "not run"
    assert summary["config"]["steps"] == 1234 and summary["config"]["hidden_sizes"] == [30]


# ------------------------------------------------ flags checked before any work ----

def one_line_error(done, *words):
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("backprop-lab: error: "), done.stderr
    for word in words:
        assert word in lines[0], lines[0]
    assert done.stdout == ""  # nothing loaded, nothing trained


@pytest.mark.parametrize("args, words", [
    (["--samples", "0"], ("--samples", "not 0")),
    (["--samples", "-5"], ("--samples", "not -5")),
    (["--hidden", "50,,50"], ("--hidden", "'50,,50'")),
    (["--hidden", "50,"], ("--hidden",)),
    (["--save", ""], ("--save", "no file name")),
    (["--h", "0"], ("--h", "positive")),
    (["--h", "nan"], ("--h", "positive")),
    (["--h", "-1"], ("--h", "positive")),
    (["--max-entries", "0"], ("--max-entries",)),
])
def test_bad_flags_are_one_line_errors(args, words):
    one_line_error(run("--headless", "--gradcheck", *args), *words)


def test_save_into_a_missing_folder_fails_before_training(tmp_path):
    one_line_error(run("--headless", "--save", str(tmp_path / "nowhere" / "m.npz")), "does not exist")


def test_save_onto_a_folder_fails_before_training(tmp_path):
    one_line_error(run("--headless", "--save", str(tmp_path)), "is a folder")


def test_save_into_a_read_only_folder_fails_before_training(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        one_line_error(run("--headless", "--save", str(folder / "m.npz")), "read-only")
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize("make", ["symlink", "fifo", "read-only"])
def test_save_onto_what_is_not_a_writable_file_is_refused(tmp_path, make):
    target = tmp_path / "m.npz"
    if make == "symlink":
        (tmp_path / "real.npz").write_bytes(b"kept")
        target.symlink_to(tmp_path / "real.npz")
    elif make == "fifo":
        os.mkfifo(target)
    else:
        target.write_bytes(b"kept")
        target.chmod(0o444)
    one_line_error(run("--headless", "--save", str(target)), str(target))
    if make != "fifo":
        assert target.read_bytes() == b"kept"


def test_screenshot_into_a_missing_folder_fails_before_the_window_opens(tmp_path):
    one_line_error(run("--screenshot", str(tmp_path / "nowhere" / "w.png")), "--screenshot", "does not exist")


SAVE_FAILS = """
import errno, sys, engine, main
real = engine.save_model
def flaky(net, path, **kw):
    if str(path) == sys.argv[-1]:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))
    return real(net, path, **kw)
engine.save_model = flaky
sys.exit(main.main(sys.argv[1:]))
"""


def test_a_save_that_fails_after_training_keeps_the_work(tmp_path):
    target = tmp_path / "out" / "m.npz"
    target.parent.mkdir()
    spare_dir = tmp_path / "tmp"
    spare_dir.mkdir()
    env = dict(os.environ, TMPDIR=str(spare_dir))
    done = subprocess.run([sys.executable, "-c", SAVE_FAILS, "--headless", "--steps", "30", "--json",
                           "--save", str(target)], capture_output=True, text=True, timeout=300, env=env, cwd=ROOT)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert f"could not save {target}: No space left on device" in done.stderr
    (spare,) = spare_dir.glob("backprop-lab-m-*.npz")
    assert f"saved in {spare} instead" in done.stderr
    summary = json.loads(done.stdout)
    assert summary["saved"] == str(spare) and "No space left" in summary["save_error"]
    assert load_model(spare).info["steps"] == 30
    assert not target.exists()


INTERRUPTED = """
import sys, time, engine, main
def wait(*args, **kwargs):
    print("ready", flush=True)
    time.sleep(60)
setattr(engine, sys.argv[1], wait)
sys.exit(main.main(sys.argv[2:]))
"""


@pytest.mark.parametrize("where, args", [
    ("load_dataset", ["--headless"]),            # start-up: loading the data
    ("gradient_check", ["--headless", "--gradcheck"]),
])
def test_ctrl_c_exits_130_without_a_traceback(where, args):
    child = subprocess.Popen([sys.executable, "-c", INTERRUPTED, where, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        while "ready" not in child.stdout.readline():
            assert child.poll() is None, child.stderr.read()
        child.send_signal(signal.SIGINT)
        _, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 130
    assert err.strip() == "backprop-lab: interrupted"
