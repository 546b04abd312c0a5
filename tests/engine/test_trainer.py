"""Tests for engine.trainer on real MNIST: determinism, real epochs, stop, divergence, reports."""

import dataclasses
import threading
import warnings

import numpy as np
import pytest

from engine import (
    DivergenceCause,
    MultiLayerNet,
    Report,
    TrainConfig,
    Trainer,
    build_network,
    load_dataset,
)
from engine.trainer import DIVERGENCE_FACTOR


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    return load_dataset(cache_dir=tmp_path_factory.mktemp("cache"))


def make_trainer(ds, config):
    return Trainer(build_network(config), ds.x_train, ds.t_train, ds.x_test, ds.t_test, config)


def record_batches(trainer):
    """Wrap the trainer's _next_batch (black box) and keep a copy of every batch it returns."""
    batches = []
    original = trainer._next_batch

    def recording():
        x_batch, t_batch = original()
        batches.append((np.array(x_batch, copy=True), np.array(t_batch, copy=True)))
        return x_batch, t_batch

    trainer._next_batch = recording
    return batches


def trained(reports):
    """The reports of mini-batches and the end, without the 'start' evaluation."""
    return (r for r in reports if r.kind != "start")


def test_a_fresh_run_starts_with_the_accuracy_before_training(ds):
    trainer = make_trainer(ds, TrainConfig(train_size=1000, steps=3))
    first = next(trainer.run())
    assert first.kind == "start" and first.step == 0 and first.elapsed == 0.0
    assert 0.0 < first.test_acc < 0.3  # ten classes: about chance
    assert np.isnan(first.loss)
    resumed = list(trainer.run())  # a second run() of the same trainer does not repeat it
    assert [r.kind for r in resumed] == ["step", "step", "done"]


def row_index(x):
    """Map each row's bytes to its index; the rows must be unique."""
    index = {row.tobytes(): i for i, row in enumerate(x)}
    assert len(index) == len(x), "training rows are not unique: cannot identify them"
    return index


# ---------------------------------------------------------------- network and determinism

def test_build_network_follows_config():
    config = TrainConfig(hidden_sizes=(30, 20), activation="sigmoid", weight_init="xavier", seed=5,
                         dtype="float64", weight_decay=0.1, bug="affine-double-db")
    net = build_network(config)
    assert isinstance(net, MultiLayerNet)
    assert net.sizes == [784, 30, 20, 10]
    assert net.activation == "sigmoid"
    assert net.dtype == np.float64
    assert net.weight_decay_lambda == 0.1
    assert net.bug == "affine-double-db"
    assert net.config is config
    twin = build_network(config)
    for key in net.params:
        np.testing.assert_array_equal(net.params[key], twin.params[key])
    assert build_network(TrainConfig()).dtype == np.float32


def test_same_seed_same_losses_bit_for_bit(ds):
    config = TrainConfig(steps=50)
    runs = []
    for _ in range(2):
        trainer = make_trainer(ds, config)
        reports = list(trained(trainer.run()))
        runs.append((np.array([r.loss for r in reports]), trainer.net.state_dict()))
    (losses_a, params_a), (losses_b, params_b) = runs
    assert len(losses_a) == 50
    assert losses_a.tobytes() == losses_b.tobytes()
    for key in params_a:
        assert params_a[key].tobytes() == params_b[key].tobytes()

    other = np.array([r.loss for r in trained(make_trainer(ds, config.replace(seed=1)).run())])
    assert len(other) == 50
    assert not np.array_equal(other, losses_a)


def test_batch_order_is_seeded(ds):
    # Same seed for both: the order stream is separate from initialisation, so
    # two trainers built alike draw the same first batch.
    a, b = make_trainer(ds, TrainConfig(steps=1)), make_trainer(ds, TrainConfig(steps=1))
    xa, ta = a._next_batch()
    xb, tb = b._next_batch()
    np.testing.assert_array_equal(xa, xb)
    np.testing.assert_array_equal(ta, tb)
    c = make_trainer(ds, TrainConfig(steps=1, seed=9))
    assert not np.array_equal(c._next_batch()[1], ta)


# ---------------------------------------------------------------- real epochs

@pytest.mark.parametrize("train_size, batch_size", [(1000, 100), (250, 100)])
def test_every_index_once_per_epoch(ds, train_size, batch_size):
    config = TrainConfig(train_size=train_size, batch_size=batch_size, steps=10_000)
    trainer = make_trainer(ds, config)
    per_epoch = -(-train_size // batch_size)
    assert trainer.steps_per_epoch == per_epoch
    batches = record_batches(trainer)
    for _ in zip(range(2 * per_epoch), trained(trainer.run())):
        pass
    assert len(batches) == 2 * per_epoch

    index = row_index(np.ascontiguousarray(ds.x_train[:train_size]))
    epochs = []
    for e in range(2):
        order = []
        for x_batch, t_batch in batches[e * per_epoch:(e + 1) * per_epoch]:
            idx = np.array([index[row.tobytes()] for row in x_batch])  # KeyError: a row from outside
            np.testing.assert_array_equal(t_batch, ds.t_train[idx])  # labels travel with their images
            order.append(idx)
        order = np.concatenate(order)
        assert order.size == train_size
        np.testing.assert_array_equal(np.sort(order), np.arange(train_size))  # each exactly once
        epochs.append(order)
    assert not np.array_equal(epochs[0], epochs[1])  # a fresh permutation each epoch
    assert not np.array_equal(epochs[0], np.arange(train_size))  # shuffled, not in file order
    sizes = [len(t) for _, t in batches[:per_epoch]]
    assert sizes == [batch_size] * (train_size // batch_size) + ([train_size % batch_size] if train_size % batch_size else [])


# ---------------------------------------------------------------- reports

def test_done_report_at_total_steps(ds):
    config = TrainConfig(train_size=1000, steps=25)
    trainer = make_trainer(ds, config)
    reports = list(trained(trainer.run()))
    assert len(reports) == 25
    assert [r.kind for r in reports] == ["step"] * 24 + ["done"]
    done = reports[-1]
    assert done.step == done.total_steps == trainer.total_steps == 25
    assert done.epoch == pytest.approx(2.5)
    assert 0.0 <= done.train_acc <= 1.0 and 0.0 <= done.test_acc <= 1.0
    assert done.evaluated
    assert [r.step for r in reports] == list(range(1, 26))
    assert all(isinstance(r, Report) for r in reports)
    assert all(np.isfinite(r.loss) for r in reports)
    with pytest.raises(dataclasses.FrozenInstanceError):
        done.loss = 0.0
    assert list(trainer.run()) == []  # nothing left to do


def test_epochs_config_runs_whole_epochs(ds):
    config = TrainConfig(train_size=500, batch_size=100, epochs=2)
    reports = list(trained(make_trainer(ds, config).run()))
    assert len(reports) == 10
    assert reports[-1].kind == "done"
    assert reports[-1].epoch == 2.0


def test_evaluation_points_at_eval_every(ds):
    config = TrainConfig(train_size=1000, steps=35, eval_every=10)
    reports = list(trained(make_trainer(ds, config).run()))
    evaluated = [r.step for r in reports if r.evaluated]
    assert evaluated == [10, 20, 30, 35]
    for r in reports:
        assert (r.train_acc is None) == (r.test_acc is None) == (not r.evaluated)


def test_evaluation_once_per_epoch_by_default(ds):
    config = TrainConfig(train_size=1000, steps=25)
    reports = list(trained(make_trainer(ds, config).run()))
    assert [r.step for r in reports if r.evaluated] == [10, 20, 25]


def test_evaluation_matches_the_network(ds):
    config = TrainConfig(train_size=1000, steps=10, eval_every=10)
    trainer = make_trainer(ds, config)
    done = list(trainer.run())[-1]
    assert done.test_acc == trainer.net.accuracy(ds.x_test, ds.t_test)
    assert done.train_acc == trainer.net.accuracy(ds.x_train[:1000], ds.t_train[:1000])


def test_elapsed_is_monotonic(ds):
    reports = list(trained(make_trainer(ds, TrainConfig(train_size=1000, steps=30)).run()))
    elapsed = [r.elapsed for r in reports]
    assert all(b >= a for a, b in zip(elapsed, elapsed[1:]))
    assert elapsed[-1] > 0.0


# ---------------------------------------------------------------- stop, divergence, live lr

def test_stop_flag_ends_the_run(ds):
    trainer = make_trainer(ds, TrainConfig(train_size=1000, steps=1000))
    stop = threading.Event()
    reports = []
    for report in trained(trainer.run(stop=stop)):
        reports.append(report)
        if len(reports) == 5:
            stop.set()
        assert len(reports) <= 6
    assert [r.kind for r in reports] == ["step"] * 5 + ["stopped"]
    assert reports[-1].step == 5
    assert trainer.step == 5  # no mini-batch trained after the flag was seen


def test_stop_before_start(ds):
    stop = threading.Event()
    stop.set()
    trainer = make_trainer(ds, TrainConfig(train_size=1000, steps=100))
    reports = list(trained(trainer.run(stop=stop)))
    assert [r.kind for r in reports] == ["stopped"]
    assert reports[0].step == 0 and trainer.step == 0


def test_huge_lr_diverges_quietly(ds):
    config = TrainConfig(lr=50, steps=3000, eval_every=5, train_size=2000)
    trainer = make_trainer(ds, config)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        reports = list(trained(trainer.run()))
    last = reports[-1]
    assert last.kind == "diverged"
    assert last.step < 3000
    d = last.divergence
    assert d is not None and d.step == last.step and d.lr == 50
    assert d.why in (DivergenceCause.NON_FINITE, DivergenceCause.CLIMBED)
    if d.why is DivergenceCause.NON_FINITE:
        assert not np.isfinite(d.loss) and d.smoothed is None
    else:
        assert d.smoothed > d.factor * d.baseline
    assert str(d).startswith(f"The run diverged at step {last.step}: the loss ")
    assert str(d).endswith("Try a smaller learning rate (now 50).")
    assert all(r.kind == "step" and r.divergence is None for r in reports[:-1])


def fed_losses(trainer, losses):
    """The trainer's divergence rule over a loss sequence (as if its mini-batches had these losses)."""
    for loss in losses:
        trainer.step += 1
        trainer.loss = float(loss)
        found = trainer._divergence()
        if found is not None:
            return found
    return None


@pytest.mark.parametrize("seed", range(20))
def test_the_divergence_rule_both_ways(ds, seed):
    rng = np.random.default_rng(seed)
    config = TrainConfig(train_size=100, steps=10, lr=float(rng.uniform(0.01, 10)))
    start = rng.uniform(0.5, 3.0)
    # No false alarm: a loss that falls, or wanders around where it began with mini-batch noise.
    falling = start * np.exp(-np.arange(300) / rng.uniform(20, 200)) * rng.uniform(0.5, 1.5, 300)
    assert fed_losses(make_trainer(ds, config), falling) is None
    noisy = start * rng.uniform(0.2, 2.5, 300)
    assert fed_losses(make_trainer(ds, config), noisy) is None
    # No miss: a loss that climbs past DIVERGENCE_FACTOR times its start and stays finite.
    limit = max(DIVERGENCE_FACTOR * start, 2 * np.log(10))
    climbing = np.concatenate([[start], np.linspace(start, 3 * limit, 400)])
    trainer = make_trainer(ds, config)
    found = fed_losses(trainer, climbing)
    assert found is not None and found.why is DivergenceCause.CLIMBED
    assert found.step == trainer.step > 20 and found.lr == config.lr
    assert found.baseline == start and found.factor == DIVERGENCE_FACTOR and found.smoothed > limit
    assert found.loss == climbing[found.step - 1]
    # A loss that is not finite, at any step.
    bad = rng.integers(1, 50)
    losses = list(start * rng.uniform(0.5, 1.0, bad)) + [rng.choice([np.inf, np.nan])]
    found = fed_losses(make_trainer(ds, config), losses)
    assert found is not None and found.why is DivergenceCause.NON_FINITE and found.step == bad + 1
    assert found.smoothed is None and not np.isfinite(found.loss)
    assert str(found) == (f"The run diverged at step {bad + 1}: the loss became {found.loss}. "
                          f"Try a smaller learning rate (now {config.lr:g}).")


def test_changing_lr_mid_run_takes_effect(ds):
    trainer = make_trainer(ds, TrainConfig(train_size=1000, steps=10))
    reports, frozen = [], None
    for report in trained(trainer.run()):
        reports.append(report)
        if len(reports) == 3:
            trainer.optimizer.lr = 0.0  # from now on, updates change nothing
            frozen = trainer.net.state_dict()
    assert [r.lr for r in reports] == [0.1] * 3 + [0.0] * 7
    for key, value in frozen.items():
        np.testing.assert_array_equal(trainer.net.params[key], value)
    assert reports[-1].kind == "done"


def test_short_run_learns_mnist(ds):
    # The book's configuration for one epoch (600 steps): ~90% on the test set.
    trainer = make_trainer(ds, TrainConfig(steps=600))
    reports = list(trained(trainer.run()))
    done = reports[-1]
    assert done.kind == "done" and done.step == 600
    assert done.test_acc > 0.85
    assert done.train_acc > 0.85
    assert np.mean([r.loss for r in reports[-50:]]) < 0.6 < reports[0].loss


def test_the_books_chapter5_run_reaches_its_published_accuracy(ds):
    """The defaults are the book's run; its notebook prints 0.969 test accuracy."""
    reports = list(trained(make_trainer(ds, TrainConfig()).run()))
    done = reports[-1]
    assert done.kind == "done" and done.step == 10_000
    assert done.test_acc >= 0.965


def test_a_stop_during_the_first_evaluation_of_a_large_network_is_heard_between_chunks(ds):
    """Stop must answer at once even while a large net evaluates 70,000 images."""
    import threading

    config = TrainConfig(hidden_sizes=(1024, 1024), steps=100)
    net = build_network(config, 784, 10)
    trainer = Trainer(net, ds.x_train, ds.t_train, ds.x_test, ds.t_test, config)
    polls = []
    stop = threading.Event()

    class CountingStop:
        def is_set(self):
            polls.append(1)
            if len(polls) == 3:  # the stop arrives in the middle of the evaluation
                stop.set()
            return stop.is_set()

    reports = list(trainer.run(stop=CountingStop()))
    assert [r.kind for r in reports] == ["start", "stopped"]
    assert reports[0].train_acc is None and reports[0].test_acc is None  # abandoned, not made up
    assert trainer.step == 0
    assert len(polls) < 10  # it did not evaluate every chunk first


def test_accuracy_abandoned_returns_none_and_complete_equals_the_plain_count(ds):
    from engine import TwoLayerNet

    for net in (TwoLayerNet(784, 50, 10, seed=0), MultiLayerNet(784, [1024, 1024], 10, seed=0)):
        x, t = ds.x_test, ds.t_test
        assert net.accuracy(x, t, should_stop=lambda: True) is None
        expected = float(np.mean(np.argmax(net.predict(x[0:10000]), axis=1) == t))
        assert net.accuracy(x, t, should_stop=lambda: False) == pytest.approx(expected, abs=1e-12)
