"""The fast forms change no bit: the engine against the book's forms and the hand-fused loop.

The engine replaces a few of the book's lines with faster NumPy (ReLU by
np.maximum and a multiply, in-place Affine bias and SGD, a reused mini-batch
buffer, uint8 pixels converted per batch). These tests hold it to the
book's forms bit for bit, and to ``benchmarks/fused.py`` (the reference the
speed is measured against) within float32 rounding.
"""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from engine import SGD, Momentum, TrainConfig, Trainer, build_network, load_dataset, load_mnist
from engine.layers import Affine, Relu, SoftmaxWithLoss
from engine.pixels import Pixels


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    return load_dataset(cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def x32(ds):
    """The training images as the book's load_mnist(normalize=True) returns them."""
    (x, _), _ = load_mnist(normalize=True)
    return x


def load_fused():
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "fused.py"
    spec = importlib.util.spec_from_file_location("fused_reference", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.FusedNet


# ---------------------------------------------------------------- the book's forms

class BookRelu(Relu):
    def forward(self, x):
        self.mask = (x <= 0)
        out = x.copy()
        out[self.mask] = 0
        return out

    def backward(self, dout):
        dx = dout.copy()
        dx[self.mask] = 0
        return dx


class BookAffine(Affine):
    def forward(self, x):
        self.original_x_shape = x.shape
        x = x.reshape(x.shape[0], -1)
        self.x = x
        return np.dot(self.x, self.W) + self.b


class BookSoftmaxWithLoss(SoftmaxWithLoss):
    def backward(self, dout=1):
        batch_size = self.t.shape[0]
        dx = self.y.copy()
        dx[np.arange(batch_size), self.t] -= 1
        dx = dx / batch_size
        return dx * dout


def with_book_layers(net):
    for name, layer in net.layers.items():
        if isinstance(layer, Affine):
            book = BookAffine(layer.W, layer.b)
            book.need_dx = layer.need_dx
            net.layers[name] = book
        else:
            net.layers[name] = BookRelu()
    net.lastLayer = BookSoftmaxWithLoss()
    return net


def book_loop(config, x, t, steps):
    """The book's train_neuralnet.py loop with real epochs in the trainer's batch order."""
    net = with_book_layers(build_network(config))
    n = config.train_size or len(t)
    x, t = x[:n], t[:n]
    steps_per_epoch = config.steps_per_epoch(n)
    rng = np.random.default_rng([config.seed, 1])  # the trainer's batch stream
    losses = []
    for step in range(steps):
        position = step % steps_per_epoch
        if position == 0:
            order = rng.permutation(n)
        batch_mask = order[position * config.batch_size:(position + 1) * config.batch_size]
        grads = net.gradient(x[batch_mask], t[batch_mask])
        for key in net.params:
            net.params[key] -= config.lr * grads[key]
        losses.append(float(net.last_loss))
    return net, losses


def train(ds, config, x_train=None):
    trainer = Trainer(build_network(config), ds.x_train if x_train is None else x_train, ds.t_train,
                      ds.x_test[:500], ds.t_test[:500], config)
    losses = [r.loss for r in trainer.run() if r.kind != "start"]
    return trainer, losses


def same_params(a, b):
    return all(a.params[k].tobytes() == b.params[k].tobytes() for k in a.params)


@pytest.mark.parametrize("hidden, train_size", [((50,), 1050), ((40, 30), None)])
def test_trainer_on_uint8_pixels_equals_the_books_forms_bit_for_bit(ds, x32, hidden, train_size):
    # 1050 samples in batches of 100: every 11th batch has 50, the buffer's first rows
    config = TrainConfig(hidden_sizes=hidden, train_size=train_size, steps=40, eval_every=10**6, lr=0.1)
    trainer, losses = train(ds, config)
    book, book_losses = book_loop(config, x32, ds.t_train, 40)
    assert losses == book_losses
    assert same_params(trainer.net, book)


def test_same_seed_same_params_bit_for_bit(ds):
    config = TrainConfig(hidden_sizes=(30,), optimizer="momentum", lr=0.05, steps=50, eval_every=25)
    (a, losses_a), (b, losses_b) = train(ds, config), train(ds, config)
    assert losses_a == losses_b and same_params(a.net, b.net)
    c, _ = train(ds, config.replace(seed=config.seed + 1))
    assert not same_params(a.net, c.net)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_pixels_and_a_float32_array_train_identically(ds, x32, dtype):
    config = TrainConfig(hidden_sizes=(20,), dtype=dtype, train_size=2000, steps=30, eval_every=15)
    a, losses_a = train(ds, config)
    b, losses_b = train(ds, config, x_train=x32)
    assert isinstance(a.x_train, Pixels) and not isinstance(b.x_train, Pixels)
    assert losses_a == losses_b and same_params(a.net, b.net)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_batches_identical_to_the_old_float32_division(ds, dtype):
    config = TrainConfig(hidden_sizes=(10,), dtype=dtype, train_size=250, batch_size=100, steps=7)
    trainer = Trainer(build_network(config), ds.x_train, ds.t_train, ds.x_test, ds.t_test, config)
    old = np.divide(ds.x_train.uint8[:250], np.float32(255.0), dtype=np.float32).astype(dtype)
    seen = 0
    for _ in range(config.steps):
        x_batch, t_batch = trainer._next_batch()
        position = trainer.step % 3  # 3 batches per epoch: 100, 100, 50
        batch_mask = trainer._order[position * 100:(position + 1) * 100]
        assert x_batch.dtype == np.dtype(dtype) and len(x_batch) == (50 if position == 2 else 100)
        assert x_batch.tobytes() == old[batch_mask].tobytes()
        np.testing.assert_array_equal(t_batch, ds.t_train[batch_mask])
        trainer.step += 1
        seen += len(x_batch)
    assert seen == 2 * 250 + 100


# ---------------------------------------------------------------- the fused reference

@pytest.mark.parametrize("hidden", [50, 256])
def test_fused_reference_computes_the_engines_gradients(ds, hidden):
    FusedNet = load_fused()
    config = TrainConfig(hidden_sizes=(hidden,), lr=0.1)
    net = build_network(config)
    fused = FusedNet(net.params, 100)
    idx = np.random.default_rng(3).permutation(60000)[:100]
    x = fused.gather(ds.x_train.uint8, idx)
    assert x.tobytes() == ds.x_train[idx].tobytes()
    t = ds.t_train[idx]
    grads = net.gradient(x, t)
    loss = fused.gradient(x, t)
    assert loss == pytest.approx(net.last_loss, rel=1e-6)
    for key in ("W1", "b1", "W2", "b2"):
        np.testing.assert_allclose(getattr(fused, "d" + key), grads[key], rtol=1e-5, atol=1e-7)
    SGD(lr=0.1).update(net.params, grads)
    fused.update(0.1)
    for key in ("W1", "b1", "W2", "b2"):
        np.testing.assert_allclose(getattr(fused, key), net.params[key], rtol=1e-5, atol=1e-7)


# ---------------------------------------------------------------- single forms

def test_relu_fast_forms_equal_the_books_on_zeros_and_signs():
    rng = np.random.default_rng(1)
    x = rng.standard_normal((8, 9)).astype(np.float32)
    x[::3, ::2] = 0.0
    dout = rng.standard_normal((8, 9)).astype(np.float32)
    dout_before = dout.copy()
    fast, book = Relu(), BookRelu()
    np.testing.assert_array_equal(fast.forward(x), book.forward(x))
    np.testing.assert_array_equal(fast.mask, book.mask)
    np.testing.assert_array_equal(fast.backward(dout), book.backward(dout))
    np.testing.assert_array_equal(dout, dout_before)
    assert fast.forward(x).dtype == fast.backward(dout).dtype == np.float32


@pytest.mark.parametrize("cls", [SGD, Momentum])
def test_in_place_updates_equal_the_books_rule_and_leave_grads(cls):
    rng = np.random.default_rng(2)
    params = {"W": rng.standard_normal((3, 4)).astype(np.float32), "b": np.zeros(4, np.float32)}
    W = params["W"]
    book = {k: v.copy() for k, v in params.items()}
    v = {k: np.zeros_like(val) for k, val in params.items()}
    opt = cls(lr=0.1)
    for _ in range(3):
        grads = {k: rng.standard_normal(val.shape).astype(np.float32) for k, val in params.items()}
        grads_before = {k: g.copy() for k, g in grads.items()}
        opt.update(params, grads)
        for key in book:
            if cls is SGD:
                book[key] -= 0.1 * grads[key]
            else:
                v[key] = 0.9 * v[key] - 0.1 * grads[key]
                book[key] += v[key]
            assert params[key].tobytes() == book[key].tobytes()
            np.testing.assert_array_equal(grads[key], grads_before[key])
    assert params["W"] is W
