"""Tests for engine.augment: random distortions of MNIST-style digits."""
from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np
import pytest

from engine import Trainer, TrainConfig, build_network
from engine.augment import SHIFT, augment_batch

MNIST_TEST_IMAGES = Path(__file__).resolve().parents[2] / "resources" / "t10k-images-idx3-ubyte.gz"


@pytest.fixture(scope="module")
def digits() -> np.ndarray:
    """The first 2000 MNIST test images as float32 (2000, 784) in [0, 1], read directly."""
    with gzip.open(MNIST_TEST_IMAGES, "rb") as f:
        raw = f.read(16 + 2000 * 784)
    x = np.frombuffer(raw, dtype=np.uint8, offset=16).reshape(2000, 784)
    return x.astype(np.float32) / np.float32(255.0)


def moments(x: np.ndarray):
    """Ink mass (N,) and centre of mass (N,), (N,) of flattened 28x28 images."""
    img = x.reshape(-1, 28, 28).astype(np.float64)
    mass = img.sum(axis=(1, 2))
    cy = img.sum(axis=2) @ np.arange(28) / mass
    cx = img.sum(axis=1) @ np.arange(28) / mass
    return mass, cy, cx


# --- form -------------------------------------------------------------------

@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_shape_dtype_range_and_input_untouched(digits, dtype):
    x = digits[:100].astype(dtype)
    before = x.copy()
    y = augment_batch(x, np.random.default_rng(0))
    assert y.shape == x.shape
    assert y.dtype == dtype
    assert y is not x and not np.shares_memory(x, y)
    assert y.min() >= 0.0 and y.max() <= 1.0
    assert np.isfinite(y).all()
    np.testing.assert_array_equal(x, before)


def test_changes_every_digit(digits):
    x = digits[:200]
    y = augment_batch(x, np.random.default_rng(0))
    assert np.all(np.abs(y - x).max(axis=1) > 0.1)


def test_peak_brightness_is_kept(digits):
    # to_mnist divides every drawing by its maximum, so augmented digits keep their peak.
    x = digits[:200]
    y = augment_batch(x, np.random.default_rng(0))
    np.testing.assert_allclose(y.max(axis=1), x.max(axis=1), atol=1e-6)


def test_zero_images_stay_zero(digits):
    x = np.zeros((5, 784), np.float32)
    np.testing.assert_array_equal(augment_batch(x, np.random.default_rng(0)), 0.0)
    mixed = np.concatenate([digits[:3], x[:2]])
    y = augment_batch(mixed, np.random.default_rng(0))
    np.testing.assert_array_equal(y[3:], 0.0)
    assert y[:3].max() > 0.9


def test_empty_batch():
    y = augment_batch(np.zeros((0, 784), np.float32), np.random.default_rng(0))
    assert y.shape == (0, 784) and y.dtype == np.float32


@pytest.mark.parametrize("bad", [np.zeros((3, 28, 28)), np.zeros((3, 100)), np.zeros(784),
                                 np.zeros((3, 784), np.uint8)])
def test_rejects_what_is_not_a_batch_of_float_digits(bad):
    with pytest.raises(ValueError):
        augment_batch(bad, np.random.default_rng(0))


# --- randomness ---------------------------------------------------------------

def test_same_seed_same_output_and_other_seed_differs(digits):
    x = digits[:100]
    a = augment_batch(x, np.random.default_rng(42))
    b = augment_batch(x, np.random.default_rng(42))
    c = augment_batch(x, np.random.default_rng(43))
    np.testing.assert_array_equal(a, b)
    assert not np.array_equal(a, c)


def test_successive_calls_differ_and_advance_the_generator(digits):
    rng = np.random.default_rng(0)
    a = augment_batch(digits[:10], rng)
    b = augment_batch(digits[:10], rng)
    assert not np.array_equal(a, b)


def test_each_sample_is_distorted_on_its_own(digits):
    # Vectorised over the batch, yet no sample's result depends on the others:
    # the first 10 of a batch of 100 come out as a batch of those 10 alone.
    whole = augment_batch(digits[:100], np.random.default_rng(5))
    part = augment_batch(digits[:10], np.random.default_rng(5))
    np.testing.assert_allclose(whole[:10], part, atol=1e-6)


# --- the digits stay digits ---------------------------------------------------

def test_centre_of_mass_and_ink_mass_stay_plausible(digits):
    x = digits
    y = augment_batch(x, np.random.default_rng(0))
    m0, cy0, cx0 = moments(x)
    m1, cy1, cx1 = moments(y)
    # The shift moves the centre of mass up to SHIFT pixels on each axis.
    moved = np.hypot(cy1 - cy0, cx1 - cx0)
    assert np.mean(moved <= 3.0) >= 0.99
    assert moved.max() <= np.hypot(SHIFT, SHIFT) + 1.5
    assert np.mean(np.hypot(cy1 - 14.0, cx1 - 14.0) <= 3.5) >= 0.99
    # Scale and stroke width change the ink, within a factor of 2 for nearly all.
    ratio = m1 / m0
    assert np.mean((ratio >= 0.5) & (ratio <= 2.0)) >= 0.95
    assert 0.8 <= np.median(ratio) <= 1.25
    # Distortions are symmetric on average: no drift of the digits as a whole.
    assert abs(np.mean(cy1 - cy0)) < 0.2 and abs(np.mean(cx1 - cx0)) < 0.2


def test_distortions_vary_in_size(digits):
    # A mix of mild and strong distortions, not one fixed amount.
    x = digits[:500]
    y = augment_batch(x, np.random.default_rng(0))
    change = np.abs(y - x).sum(axis=1) / x.sum(axis=1)
    assert np.percentile(change, 90) > 1.5 * np.percentile(change, 10)


def test_rotation_keeps_a_centred_symmetric_blob_in_place():
    # A disc centred on the centre of mass: rotation and shear barely move it,
    # so its centre of mass moves by the shift only (at most SHIFT per axis).
    yy, xx = np.mgrid[:28, :28]
    disc = (((yy - 14) ** 2 + (xx - 14) ** 2) <= 25).astype(np.float32).reshape(1, 784)
    y = augment_batch(np.repeat(disc, 200, axis=0), np.random.default_rng(1))
    _, cy, cx = moments(y)
    assert np.all(np.abs(cy - 14) <= SHIFT + 0.3) and np.all(np.abs(cx - 14) <= SHIFT + 0.3)


# --- in the trainer -------------------------------------------------------------

def test_trainer_with_augment_is_deterministic_and_learns(digits):
    t = np.tile(np.arange(10), 200)[:2000]  # labels do not matter for this check
    config = TrainConfig(hidden_sizes=(20,), weight_init="he", optimizer="adam", lr=1e-3,
                         steps=30, augment=True, seed=3)

    def losses():
        net = build_network(config)
        trainer = Trainer(net, digits, t, digits[:100], t[:100], config)
        return [r.loss for r in trainer.run() if r.kind != "start"]

    first, second = losses(), losses()
    assert first == second
    assert all(np.isfinite(first))
    plain = config.replace(augment=False)
    net = build_network(plain)
    trainer = Trainer(net, digits, t, digits[:100], t[:100], plain)
    assert [r.loss for r in trainer.run() if r.kind != "start"] != first
