"""Mini-batch training as a generator of small, immutable progress reports.

The loop is the book's ``train_neuralnet.py``: draw a mini-batch, compute the
gradient by backprop, let the optimizer update the parameters, and every
epoch measure train and test accuracy. It differs in three ways that matter
to an app:

* Real epochs: a fresh permutation of the training set each epoch, so every
  sample is seen once per epoch (the book samples with replacement).
* It yields a ``Report`` after every mini-batch instead of printing, and it
  checks a stop flag before each mini-batch, so a caller on another thread
  can stop it promptly. It never sleeps and never prints.
* A loss that is not finite, or one that climbs far above where it started,
  ends the run with a 'diverged' report (its ``divergence`` says how) rather
  than a wall of overflow warnings.

Same config and same seed give the same loss sequence, bit for bit.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import Iterator

import numpy as np

from .config import TrainConfig
from .network import MultiLayerNet
from .optimizers import make_optimizer
from .pixels import Pixels, to_float32
from .reasons import Divergence, DivergenceCause

__all__ = ["Report", "Trainer", "build_network", "DIVERGENCE_FACTOR", "FINAL_KINDS"]

FINAL_KINDS = ("done", "stopped", "diverged")  # the report kinds that end a run
STOP_EVAL_SECONDS = 0.5  # how long a stopped run may spend on its final accuracy
# A stopped run's final accuracy is not even begun when it needs more multiply-adds than this
# (parameters x images): about a second on one core of a fast machine, so it could not finish
# within STOP_EVAL_SECONDS anyway, and starting it would only delay the Stop.
STOP_EVAL_MACS = 25_000_000_000

# A run has diverged when its loss is not finite, or when the loss, smoothed,
# has climbed to DIVERGENCE_FACTOR times where it started and above twice the
# loss of guessing (2 ln C for C classes). The second rule matters: with an
# exact log-softmax the loss of a wrecked network grows (10, 20, 80, ...) but
# may stay finite for a long time. The floor keeps a well-trained net (loss
# 0.001) from "diverging" on mini-batch noise. The smoothing is the loss
# plot's at its default (a debiased moving average, a = 0.9), so the value
# the message gives is the one the plot's read-out shows at that step.
DIVERGENCE_FACTOR = 4.0
DIVERGENCE_SMOOTHING = 0.9
_EMA_WARMUP = 20


@dataclass(frozen=True)
class Report:
    """One step of progress.

    kind : 'start' (step 0 of a fresh network: accuracy before any training,
        as the book's loop records at i = 0), 'step' (a mini-batch was
        trained), 'done' (all steps made), 'stopped' (the stop flag ended the
        run) or 'diverged' (the loss blew up). The last three end a run.
    step : updates made so far; epoch : step / steps_per_epoch (a float).
    loss : loss of the latest mini-batch (NaN before the first one).
    train_acc, test_acc : set at evaluation points, None otherwise.
    elapsed : seconds spent training so far, evaluation excluded.
    divergence : for a 'diverged' report, how the run diverged (None otherwise).
    """

    kind: str
    step: int
    epoch: float
    loss: float
    total_steps: int
    elapsed: float
    train_acc: float | None = None
    test_acc: float | None = None
    lr: float | None = None
    divergence: Divergence | None = None
    eval_elapsed: float = 0.0  # seconds spent evaluating so far (not in ``elapsed``)

    @property
    def evaluated(self) -> bool:
        return self.test_acc is not None


def build_network(config: TrainConfig, input_size: int = 784, output_size: int = 10) -> MultiLayerNet:
    """The network a config describes, initialised from ``config.seed``."""
    net = MultiLayerNet(
        input_size,
        config.hidden_sizes,
        output_size,
        activation=config.activation,
        weight_init=config.weight_init,
        weight_decay=config.weight_decay,
        seed=config.seed,
        dtype=np.dtype(config.dtype),
        bug=config.bug,
    )
    net.config = config
    return net


def _head(x, n):
    """The first n rows of x (Pixels stay Pixels)."""
    return x.rows(slice(0, n)) if isinstance(x, Pixels) else x[:n]


def _stored(x, dtype):
    """How the trainer keeps inputs x: Pixels as they are, anything else as a contiguous array."""
    return x if isinstance(x, Pixels) else np.ascontiguousarray(x, dtype=dtype)


class Trainer:
    """Trains ``net`` on (x_train, t_train), evaluating on (x_test, t_test).

    x_* : (N, D) float arrays, or Pixels (uint8 read as float32; see
    ``engine.pixels``), as a Dataset holds them; t_* : (N,) integer labels.
    ``optimizer.lr`` may be changed between steps (the GUI's live learning rate).
    ``step`` and ``elapsed`` carry over if ``run`` is called again (resume).
    """

    def __init__(self, net, x_train, t_train, x_test, t_test, config: TrainConfig):
        self.net = net
        self.config = config
        if config.train_size is not None:
            x_train, t_train = _head(x_train, config.train_size), t_train[: config.train_size]
        dtype = net.dtype
        # Pixels (a Dataset's uint8 images) stay uint8: each mini-batch and each
        # evaluation chunk becomes float when used. An array is cast once, up front.
        self.x_train = _stored(x_train, dtype)
        self.t_train = np.asarray(t_train).astype(np.intp, copy=False)
        self.x_test = _stored(x_test, dtype)
        self.t_test = np.asarray(t_test).astype(np.intp, copy=False)
        # The mini-batch is gathered into these, reused every step (see _gather).
        batch_shape = (min(config.batch_size, self.x_train.shape[0]),) + self.x_train.shape[1:]
        self._x_batch = np.empty(batch_shape, dtype=dtype)
        self._raw_batch = np.empty(batch_shape, np.uint8) if isinstance(self.x_train, Pixels) else None
        self.optimizer = make_optimizer(config.optimizer, config.lr)
        n = self.x_train.shape[0]
        self.batch_size = min(config.batch_size, n)
        self.steps_per_epoch = config.steps_per_epoch(n)
        self.total_steps = config.total_steps(n)
        self.eval_interval = config.eval_interval(n)
        # Mini-batch order has its own stream, apart from weight initialisation.
        self.rng = np.random.default_rng([config.seed, 1])
        self.step = 0
        self.elapsed = 0.0
        self.eval_elapsed = 0.0
        self.loss = float("nan")
        self._first_loss = None
        self._started = False
        self._loss_ema = 0.0  # the un-debiased moving average of the losses
        self._n_losses = 0
        self._order = np.empty(0, dtype=np.intp)
        if config.augment:
            from .augment import augment_batch  # only runs that ask for it pay for it

            self._augment = augment_batch
        else:
            self._augment = None

    @property
    def finished(self) -> bool:
        return self.step >= self.total_steps

    def extend(self, steps: int) -> None:
        """Allow ``steps`` more updates: train on from where the run ended."""
        self.total_steps = self.step + int(steps)

    def evaluate(self, should_stop=None) -> tuple:
        """(train accuracy, test accuracy) of the network now; (None, None) if ``should_stop`` cut it short.

        should_stop : optional callable polled between chunks of rows, so that an
        evaluation of a large network over all 70,000 images can be abandoned.
        """
        train = self.net.accuracy(self.x_train, self.t_train, should_stop)
        test = None if train is None else self.net.accuracy(self.x_test, self.t_test, should_stop)
        return (None, None) if test is None else (train, test)

    def _next_batch(self):
        position = self.step % self.steps_per_epoch
        if position == 0 or self._order.size == 0:
            self._order = self.rng.permutation(self.x_train.shape[0])  # a real epoch
        batch_mask = self._order[position * self.batch_size:(position + 1) * self.batch_size]
        x_batch = self._gather(batch_mask)  # the book: x_batch = x_train[batch_mask]
        if self._augment is not None:
            x_batch = self._augment(x_batch, self.rng)
        return x_batch, self.t_train[batch_mask]

    def _gather(self, batch_mask):
        """x_train[batch_mask] in the net's dtype, written into the reused batch buffer."""
        n = batch_mask.size
        x_batch = self._x_batch[:n]
        # mode='clip' lets np.take write straight into out (the indices are a permutation's)
        if self._raw_batch is None:
            return np.take(self.x_train, batch_mask, axis=0, out=x_batch, mode="clip")
        raw = np.take(self.x_train.uint8, batch_mask, axis=0, out=self._raw_batch[:n], mode="clip")
        if x_batch.dtype == np.float32:
            return to_float32(raw, out=x_batch)
        x_batch[...] = to_float32(raw)  # float32 values, as a float32 data set cast to the net's dtype
        return x_batch

    def _report(self, kind, evaluate=False, divergence=None, should_stop=None):
        train_acc = test_acc = None
        if evaluate:
            start = time.perf_counter()
            train_acc, test_acc = self.evaluate(should_stop)
            self.eval_elapsed += time.perf_counter() - start
        return Report(kind=kind, step=self.step, epoch=self.step / self.steps_per_epoch, loss=self.loss,
                      total_steps=self.total_steps, elapsed=self.elapsed, train_acc=train_acc,
                      test_acc=test_acc, lr=float(self.optimizer.lr), divergence=divergence,
                      eval_elapsed=self.eval_elapsed)

    def _divergence(self) -> Divergence | None:
        """How the run has diverged with the latest step (None if it has not)."""
        lr = float(self.optimizer.lr)
        if not np.isfinite(self.loss):
            return Divergence(self.step, self.loss, DivergenceCause.NON_FINITE, lr)
        a = DIVERGENCE_SMOOTHING
        self._n_losses += 1
        self._loss_ema = a * self._loss_ema + (1.0 - a) * self.loss
        smoothed = self._loss_ema / (1.0 - a ** self._n_losses)
        if self._first_loss is None:
            self._first_loss = self.loss
            return None
        n_classes = self.net.sizes[-1]
        limit = max(DIVERGENCE_FACTOR * self._first_loss, 2.0 * np.log(n_classes))
        if self.step > _EMA_WARMUP and smoothed > limit:
            return Divergence(self.step, self.loss, DivergenceCause.CLIMBED, lr, smoothed=float(smoothed),
                              factor=DIVERGENCE_FACTOR, baseline=float(self._first_loss))
        return None

    def run(self, stop=None) -> Iterator[Report]:
        """Train until ``total_steps``, yielding a Report after every mini-batch.

        stop : anything with ``is_set()`` (a threading.Event), checked before
        each mini-batch. The last report's kind says how the run ended.
        """
        net, optimizer = self.net, self.optimizer
        stopped = (lambda: stop.is_set()) if stop is not None else None
        if self.step == 0 and not self._started:
            self._started = True
            # where learning starts from (~10%); a stop during this evaluation is heard between chunks
            yield self._report("start", evaluate=True, should_stop=stopped)
            if stop is not None and stop.is_set():  # stopped while evaluating: end at once
                yield self._report("stopped")
                return
        while self.step < self.total_steps:
            if stop is not None and stop.is_set():
                # The final accuracy, unless it takes longer than STOP_EVAL_SECONDS (a large
                # network over 70,000 images): Stop must answer at once; the accuracy is then None.
                deadline = time.perf_counter() + STOP_EVAL_SECONDS
                n_params = sum(p.size for p in net.params.values())
                hopeless = n_params * (self.x_train.shape[0] + self.x_test.shape[0]) > STOP_EVAL_MACS
                yield self._report("stopped", evaluate=not hopeless,
                                   should_stop=lambda: time.perf_counter() > deadline)
                return
            start = time.perf_counter()
            # A diverging run overflows; we detect it from the loss instead.
            with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
                x_batch, t_batch = self._next_batch()
                grads = net.gradient(x_batch, t_batch)
                optimizer.update(net.params, grads)
            self.elapsed += time.perf_counter() - start
            self.step += 1
            self.loss = float(net.last_loss)
            divergence = self._divergence()
            if divergence is not None:
                yield self._report("diverged", divergence=divergence)
                return
            finished = self.step >= self.total_steps
            if finished:
                report = self._report("done", evaluate=True, should_stop=stopped)
                if stopped is not None and stopped() and not report.evaluated:
                    # Stopped during the last evaluation: a stopped run, without an accuracy.
                    report = replace(report, kind="stopped")
                yield report
                return
            # An evaluation Stop cuts short is left out (no accuracy); the loop then ends the run.
            yield self._report("step", evaluate=self.step % self.eval_interval == 0, should_stop=stopped)
