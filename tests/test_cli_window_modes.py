"""The window's scripted modes (they quit by themselves) when the data does not load: exit 2 with the
reason, never hang; and --screenshot into a missing folder is refused before the window opens."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args, timeout=120):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=ROOT)


def reason_line(done):
    lines = [line for line in done.stderr.splitlines() if "propagateSizeHints" not in line]
    assert len(lines) == 1, done.stderr
    return lines[0]


@pytest.mark.parametrize("make", ["missing", "empty", "garbage"])
def test_autostart_exit_after_training_json_without_data_exits_2_with_the_reason(tmp_path, make):
    folder = tmp_path / "data"
    if make != "missing":
        folder.mkdir()
    if make == "garbage":
        for name in ("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                     "t10k-labels-idx1-ubyte"):
            (folder / name).write_bytes(b"\x00\x00\x08\x03 not an idx file")
    done = run("--autostart", "--exit-after-training", "--json", "--data-dir", str(folder))
    assert done.returncode == 2, done.stderr
    line = reason_line(done)
    assert line.startswith("backprop-lab: cannot load the data: ") and str(folder) in line
    summary = json.loads(done.stdout)
    assert summary["status"] == "not run" and str(folder) in summary["error"]


def test_screenshot_without_data_exits_2_with_the_reason_and_no_picture(tmp_path):
    shot = tmp_path / "x.png"
    done = run("--screenshot", str(shot), "--data-dir", str(tmp_path / "missing"))
    assert done.returncode == 2, done.stderr
    assert "cannot load the data" in reason_line(done) and "missing" in reason_line(done)
    assert done.stdout == ""
    assert not shot.exists()


def test_screenshot_into_a_missing_folder_says_so_and_exits_non_zero(tmp_path):
    done = run("--screenshot", str(tmp_path / "nowhere" / "x.png"))
    assert done.returncode == 2
    assert "--screenshot" in reason_line(done) and "does not exist" in reason_line(done)


@pytest.mark.parametrize("args, words", [
    (["--h", "0"], ("--h", "not 0.0")),
    (["--h", "nan"], ("--h", "not nan")),
    (["--h", "-1"], ("--h", "not -1.0")),
    (["--h", "inf"], ("--h", "not inf")),
    (["--max-entries", "0"], ("--max-entries", "not 0")),
    (["--max-entries", "-3"], ("--max-entries", "not -3")),
])
def test_gradient_check_flags_out_of_range_are_one_line_errors(args, words):
    done = run("--headless", "--gradcheck", *args)
    assert done.returncode == 2
    assert done.stdout == "" and "Traceback" not in done.stderr
    line = reason_line(done)
    assert line.startswith("backprop-lab: error: ")
    for word in words:
        assert word in line, line
