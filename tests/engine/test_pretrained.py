"""Tests for engine.pretrained: the bundled model loads, is accurate, and reads drawn digits."""
from __future__ import annotations

import shlex

import numpy as np
import pytest

from engine import LayerNet, ModelFileError, TrainConfig, load_dataset, to_mnist
from engine import pretrained
from engine.augment import augment_batch
from engine.pretrained import PRETRAINED_COMMAND, PRETRAINED_NAME, load_pretrained


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    return load_dataset(cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def net():
    return load_pretrained()


def predict(net, x):
    return np.argmax(net.predict(x), axis=1)


# --- the file -------------------------------------------------------------------

def test_loads_as_documented(net):
    assert isinstance(net, LayerNet)
    assert net.sizes == [784, 256, 128, 10]
    assert net.activation == "relu"
    assert net.dtype == np.float32
    assert all(p.dtype == np.float32 for p in net.params.values())
    assert net.info["name"] == PRETRAINED_NAME
    assert net.info["rebuild"] == PRETRAINED_COMMAND
    assert net.info["test_accuracy"] >= 0.98
    assert isinstance(net.config, TrainConfig) and net.config.augment


def test_every_call_gives_an_independent_copy(net):
    other = load_pretrained()
    other.params["W1"][...] = 0.0
    assert np.abs(net.params["W1"]).max() > 0


def test_command_describes_the_bundled_model(net):
    """PRETRAINED_COMMAND, parsed by the real CLI, gives the config stored in the file."""
    main = pytest.importorskip("main")
    argv = shlex.split(PRETRAINED_COMMAND)
    assert argv[:2] == ["python", "main.py"]
    args = main.build_parser().parse_args(argv[2:])
    assert args.headless and args.save == "resources/pretrained.npz"
    assert main.config_from_args(args).to_dict() == net.config.to_dict()


def test_missing_file_raises_model_file_error(monkeypatch):
    monkeypatch.setattr(pretrained, "RESOURCE", "no-such-model.npz")
    with pytest.raises(ModelFileError):
        load_pretrained()


def test_missing_package_raises_model_file_error(monkeypatch):
    monkeypatch.setattr(pretrained, "PACKAGE", "no_such_resources_package_xyz")
    with pytest.raises(ModelFileError):
        load_pretrained()


@pytest.mark.parametrize("content", [b"", b"not a zip file at all", b"PK\x03\x04truncated"])
def test_corrupt_file_raises_model_file_error(tmp_path, monkeypatch, content):
    package = tmp_path / "fake_resources_for_pretrained"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "pretrained.npz").write_bytes(content)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(pretrained, "PACKAGE", package.name)
    with pytest.raises(ModelFileError):
        load_pretrained()


# --- how well it reads digits -----------------------------------------------------

def test_accuracy_on_mnist_test_set(net, ds):
    assert net.accuracy(ds.x_test, ds.t_test) >= 0.975


def test_accuracy_on_augmented_test_digits(net, ds):
    x = augment_batch(ds.x_test, np.random.default_rng(0))
    assert net.accuracy(x, ds.t_test) >= 0.9


def test_reads_test_digits_drawn_10x_larger_anywhere_on_a_canvas(net, ds):
    """The issue's acceptance test: an MNIST test digit drawn 10 times larger
    at a random place on a 400x400 canvas, prepared by to_mnist, gets the same
    answer as the original digit. All 10 000 test digits (about 5 s)."""
    n = len(ds.x_test)
    rng = np.random.default_rng(2024)
    ones = np.ones((10, 10), np.float32)
    prepared = np.empty((n, 784), np.float32)
    canvas = np.zeros((400, 400), np.float32)
    for i in range(n):  # to_mnist takes one drawing at a time, as the canvas gives it
        canvas[...] = 0.0
        top, left = rng.integers(0, 400 - 280 + 1, size=2)
        canvas[top:top + 280, left:left + 280] = np.kron(ds.x_test[i].reshape(28, 28), ones)
        prepared[i] = to_mnist(canvas).ravel()
    same = predict(net, prepared) == predict(net, ds.x_test)
    assert same.mean() >= 0.97
    assert np.mean(predict(net, prepared) == ds.t_test) >= 0.975
