"""Train with my layers: a net of the student's passing classes learns MNIST in a child process;
failing classes are not used; a backward that hangs only on real batches is stopped; Stop is heard at once."""
import os
import signal
from pathlib import Path

from engine import isolation, train_isolated

HERE = Path(__file__).parent
BOOK = (HERE / "exercise_files" / "book_solutions.py").read_text()
NET = (HERE / "exercise_files" / "two_layer_net.py").read_text()


def run(paths, **kw):
    messages = []
    end = train_isolated(paths, messages.append, **kw)
    return end, messages


def test_the_students_layers_and_gradient_learn(tmp_path):
    layers, net = tmp_path / "layers.py", tmp_path / "net.py"
    layers.write_text(BOOK)
    net.write_text(NET)
    end, messages = run([layers, net], steps=120, timeout=60)
    assert end["kind"] == "done", end
    uses = messages[0]
    assert uses["kind"] == "uses" and uses["yours"] == ["Relu", "Affine", "SoftmaxWithLoss", "TwoLayerNet"]
    losses = [m["loss"] for m in messages if m["kind"] == "loss"]
    assert len(losses) == 12 and losses[-1] < 0.8 * losses[0]
    epoch = [m for m in messages if m["kind"] == "epoch"]
    assert len(epoch) == 1 and epoch[0]["test_acc"] == end["test_acc"] > 0.5  # chance is 0.1


def test_a_failing_layer_is_left_out(tmp_path):
    wrong = tmp_path / "wrong.py"
    wrong.write_text(BOOK.replace("        dout[self.mask] = 0\n        dx = dout", "        dx = dout"))
    end, messages = run([wrong], steps=10, timeout=60)
    assert end["kind"] == "done"
    assert "Relu" not in messages[0]["yours"] and "Relu" in messages[0]["book"]
    assert "Affine" in messages[0]["yours"]


def test_a_backward_that_hangs_on_real_batches_is_stopped(tmp_path):
    hang = tmp_path / "hang.py"
    hang.write_text(BOOK.replace("        dout[self.mask] = 0\n",
                                 "        while dout.shape[0] == 100:\n            pass\n        dout[self.mask] = 0\n"))
    end, messages = run([hang], steps=10, timeout=3)
    assert end["kind"] == "timeout"
    assert "Relu" in messages[0]["yours"]


def record_children(monkeypatch) -> list:
    children, start_child = [], isolation._start_child
    monkeypatch.setattr(isolation, "_start_child", lambda *a: children.append(start_child(*a)) or children[-1])
    return children


def test_stop_is_heard_while_the_child_keeps_talking(tmp_path, monkeypatch):
    # The child sends a loss every ~30 ms, less than the 50 ms wait for a line: Stop used to be
    # looked at only in a silence, so a whole 20-epoch training could end 'done' after Stop.
    children = record_children(monkeypatch)
    layers = tmp_path / "layers.py"
    layers.write_text(BOOK)
    messages = []
    end = train_isolated([layers], messages.append, epochs=20, timeout=60,
                         should_stop=lambda: any(m["kind"] == "loss" for m in messages))
    assert end == {"kind": "cancelled"}
    assert [m["kind"] for m in messages] == ["uses", "loss"]  # nothing handled after Stop
    assert len(children) == 1 and children[0].returncode != 0
    if os.name == "posix":
        assert children[0].returncode == -signal.SIGKILL


def test_a_stop_before_the_start_starts_no_child(tmp_path, monkeypatch):
    children = record_children(monkeypatch)
    layers = tmp_path / "layers.py"
    layers.write_text(BOOK)
    messages = []
    assert train_isolated([layers], messages.append, should_stop=lambda: True) == {"kind": "cancelled"}
    assert messages == [] and children == []
