"""Tests for engine.preprocess: drawn image -> MNIST-style 28x28."""
from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np
import pytest

from engine.preprocess import (
    CENTRE,
    FIT,
    INK_FRACTION,
    EmptyDrawingError,
    PreprocessStages,
    area_resize,
    area_weights,
    preprocess_stages,
    to_mnist,
)

HALF = 0.5 + 1e-6   # half a pixel, with float slack for exact ties
MNIST_TEST_IMAGES = Path(__file__).resolve().parents[2] / "resources" / "t10k-images-idx3-ubyte.gz"


@pytest.fixture(scope="module")
def mnist_images() -> np.ndarray:
    """The 10 000 MNIST test images, uint8 (10000, 28, 28), read directly."""
    with gzip.open(MNIST_TEST_IMAGES, "rb") as f:
        raw = f.read()
    return np.frombuffer(raw, dtype=np.uint8, offset=16).reshape(-1, 28, 28)


def centre_of_mass(x: np.ndarray) -> tuple[float, float]:
    x = x.astype(np.float64)
    m = x.sum()
    return (float(x.sum(axis=1) @ np.arange(x.shape[0]) / m),
            float(x.sum(axis=0) @ np.arange(x.shape[1]) / m))


def ink_box(x: np.ndarray, level: float = 0.0) -> tuple[int, int]:
    """(height, width) of the bounding box of pixels above ``level``."""
    rows = np.flatnonzero((x > level).any(axis=1))
    cols = np.flatnonzero((x > level).any(axis=0))
    return int(rows[-1] - rows[0] + 1), int(cols[-1] - cols[0] + 1)


def ellipse(shape, cy, cx, ry, rx) -> np.ndarray:
    yy, xx = np.ogrid[:shape[0], :shape[1]]
    return (((yy - cy) / ry) ** 2 + ((xx - cx) / rx) ** 2 <= 1.0).astype(np.float32)


def random_shape(rng: np.random.Generator) -> np.ndarray:
    """A filled ellipse, rectangle or ring of random size, place and aspect."""
    H, W = int(rng.integers(60, 400)), int(rng.integers(60, 400))
    ry, rx = rng.uniform(12, H / 3), rng.uniform(12, W / 3)
    cy, cx = rng.uniform(ry, H - ry), rng.uniform(rx, W - rx)
    kind = rng.integers(3)
    if kind == 0:
        img = ellipse((H, W), cy, cx, ry, rx)
    elif kind == 1:
        img = np.zeros((H, W), np.float32)
        img[int(cy - ry):int(cy + ry), int(cx - rx):int(cx + rx)] = 1.0
    else:
        img = ellipse((H, W), cy, cx, ry, rx) - ellipse((H, W), cy, cx, 0.6 * ry, 0.6 * rx)
    return (img * rng.uniform(0.5, 1.0)).astype(np.float32)


def check_output(y: np.ndarray) -> None:
    assert y.shape == (28, 28)
    assert y.dtype == np.float32
    assert 0.0 <= y.min() and y.max() <= 1.0


# --- output form -------------------------------------------------------------

def test_output_shape_dtype_range_and_saturation(mnist_images):
    for img in (mnist_images[0], mnist_images[1].astype(np.float64) / 255.0,
                mnist_images[2].astype(np.int64)):
        y = to_mnist(img)
        check_output(y)
        assert y.max() == 1.0
        assert y.flags.writeable


def test_integer_and_float_inputs_agree(mnist_images):
    img = np.kron(mnist_images[7], np.ones((5, 5), np.uint8))
    np.testing.assert_allclose(to_mnist(img), to_mnist(img / 255.0), atol=1e-6)
    np.testing.assert_allclose(to_mnist(img), to_mnist(img.astype(np.float32) / 255), atol=1e-6)


def test_floats_are_clipped():
    img = np.zeros((50, 50))
    img[10:40, 20:30] = 3.0
    img[0, 0] = -2.0
    y = to_mnist(img)
    check_output(y)
    assert np.all((y == 0.0) | np.isclose(y, 1.0, rtol=0, atol=1e-6))


def test_stages_are_consistent(mnist_images):
    img = np.zeros((300, 240), np.uint8)
    img[40:240, 30:230] = np.kron(mnist_images[3], np.ones((8, 8), np.uint8))[12:212, :200]
    s = preprocess_stages(img)
    assert isinstance(s, PreprocessStages)
    top, left, bottom, right = s.bbox
    np.testing.assert_array_equal(s.cropped, img[top:bottom, left:right] / np.float32(255))
    assert max(s.fitted.shape) == FIT and s.fitted.max() == 1.0
    assert s.boxed.shape == s.centred.shape == (28, 28)
    dy, dx = s.shift
    np.testing.assert_array_equal(np.roll(s.boxed, (dy, dx), axis=(0, 1)), s.centred)
    np.testing.assert_array_equal(to_mnist(img), s.centred)
    for a in (s.cropped, s.fitted, s.boxed, s.centred):
        assert a.dtype == np.float32 and not a.flags.writeable
    with pytest.raises(AttributeError):
        s.shift = (0, 0)


# --- centring and size ---------------------------------------------------------

def test_centre_of_mass_of_random_shapes():
    rng = np.random.default_rng(0)
    for _ in range(200):
        img = random_shape(rng)
        y = to_mnist(img)
        check_output(y)
        cy, cx = centre_of_mass(y)
        assert abs(cy - CENTRE) <= HALF and abs(cx - CENTRE) <= HALF
        assert max(ink_box(y)) == FIT


def test_centre_of_mass_of_mnist_digits(mnist_images):
    for img in mnist_images[:1000]:
        y = to_mnist(img)
        cy, cx = centre_of_mass(y)
        assert abs(cy - CENTRE) <= HALF and abs(cx - CENTRE) <= HALF
        assert max(ink_box(y, 0.05)) == FIT


def test_centre_matches_mnist_convention(mnist_images):
    """MNIST puts the centre of mass at index 14 (not 13.5) on both axes."""
    x = mnist_images.astype(np.float64)
    m = x.sum(axis=(1, 2))
    cy = x.sum(axis=2) @ np.arange(28) / m
    cx = x.sum(axis=1) @ np.arange(28) / m
    assert abs(cy.mean() - CENTRE) < 0.05 and abs(cx.mean() - CENTRE) < 0.05


def test_mnist_digits_come_back_unchanged(mnist_images):
    """MNIST digits already follow the procedure, so it leaves them alone,
    except for pixels fainter than the ink threshold outside the ink box."""
    x = mnist_images[:2000].astype(np.float32)
    x /= x.max(axis=(1, 2), keepdims=True)
    y = np.stack([to_mnist(img) for img in mnist_images[:2000]])
    diff = np.abs(y - x).max(axis=(1, 2))
    assert (diff < 1e-6).mean() > 0.9
    assert (diff <= INK_FRACTION + 1e-6).mean() > 0.99


@pytest.mark.parametrize("h, w", [(200, 50), (50, 200), (100, 100), (13, 7), (7, 13),
                                  (3, 90), (90, 3), (37, 23), (5, 8), (4, 4), (2, 7)])
def test_solid_rectangle_fills_exactly_20_on_its_long_side(h, w):
    img = np.zeros((max(h, 30) + 17, max(w, 30) + 11), np.uint8)
    img[9:9 + h, 5:5 + w] = 255
    y = to_mnist(img)
    check_output(y)
    short = max(1, int(np.floor(min(h, w) * FIT / max(h, w) + 0.5)))
    assert ink_box(y) == ((FIT, short) if h >= w else (short, FIT))
    assert np.all((y == 0.0) | np.isclose(y, 1.0, rtol=0, atol=1e-6))
    cy, cx = centre_of_mass(y)
    assert abs(cy - CENTRE) <= HALF and abs(cx - CENTRE) <= HALF


def test_shift_is_clamped_so_no_ink_leaves_the_field():
    # A heavy blob at the top of a long thin tail: its centre of mass sits far
    # from the box centre, farther than the field allows to shift.
    img = np.zeros((300, 300), np.float32)
    img[20:60, 100:200] = 1.0
    img[60:280, 148:152] = 1.0
    s = preprocess_stages(img)
    assert s.shift[0] == 4                      # clamped: 20 rows + 4 + 4 = 28
    np.testing.assert_allclose(s.centred.sum(), s.fitted.sum(), rtol=1e-6)
    assert s.centred[27].any() and not s.centred[:8].any()


# --- blank drawings ------------------------------------------------------------

@pytest.mark.parametrize("img", [
    np.zeros((280, 280), np.uint8),
    np.zeros((280, 280), np.float32),
    np.zeros((1, 1)),
    np.pad(np.full((5, 5), 255, np.uint8), ((100, 175), (200, 75))),   # a click dot
    np.pad(np.ones((2, 2)), ((3, 23), (10, 16))),                      # 2x2 on 28x28
    np.pad(np.ones((1, 1)), ((13, 14), (13, 14))),                     # 1 px on 28x28
    np.full((280, 280), 1e-9),                                         # faint haze
], ids=["uint8", "float", "1x1", "dot", "2x2", "pixel", "haze"])
def test_blank_or_stray_dot_raises(img):
    with pytest.raises(EmptyDrawingError, match="Draw a digit"):
        to_mnist(img)
    with pytest.raises(ValueError):
        preprocess_stages(img)


def test_empty_drawing_error_is_a_value_error():
    assert issubclass(EmptyDrawingError, ValueError)


def test_thin_one_is_not_blank():
    img = np.zeros((280, 280), np.uint8)
    img[40:240, 139:142] = 255              # a 3-pixel-wide vertical stroke
    y = to_mnist(img)
    check_output(y)
    assert ink_box(y) == (FIT, 1)
    cy, cx = centre_of_mass(y)
    assert abs(cy - CENTRE) <= HALF and abs(cx - CENTRE) <= HALF


# --- invariance ----------------------------------------------------------------

def test_upscaled_and_moved_digits_match_the_original(mnist_images):
    rng = np.random.default_rng(1)
    for i in rng.choice(len(mnist_images), 100, replace=False):
        small = mnist_images[i]
        big = np.kron(small, np.ones((10, 10), np.uint8))
        canvas = np.zeros((400, 500), np.uint8)
        top, left = int(rng.integers(0, 120)), int(rng.integers(0, 220))
        canvas[top:top + 280, left:left + 280] = big
        np.testing.assert_allclose(to_mnist(canvas), to_mnist(small), atol=1e-4)


# --- area averaging ------------------------------------------------------------

@pytest.mark.parametrize("n_in, n_out", [(280, 20), (20, 20), (37, 20), (3, 20), (1, 20), (7, 3)])
def test_area_weights_rows_sum_to_one_and_columns_to_ratio(n_in, n_out):
    W = area_weights(n_in, n_out)
    assert W.shape == (n_out, n_in) and W.dtype == np.float32 and W.min() >= 0
    np.testing.assert_allclose(W.sum(axis=1), 1.0, rtol=1e-6)
    np.testing.assert_allclose(W.sum(axis=0), n_out / n_in, rtol=1e-6)


@pytest.mark.parametrize("shape_in, shape_out", [((280, 140), (20, 10)), ((53, 31), (20, 12)),
                                                 ((3, 2), (20, 13)), ((20, 20), (20, 20))])
def test_area_resize_keeps_a_constant_and_scales_the_mass(shape_in, shape_out):
    const = np.full(shape_in, 0.7, np.float32)
    np.testing.assert_allclose(area_resize(const, shape_out), 0.7, rtol=1e-5)
    x = np.random.default_rng(2).random(shape_in).astype(np.float32)
    ratio = shape_out[0] * shape_out[1] / (shape_in[0] * shape_in[1])
    np.testing.assert_allclose(area_resize(x, shape_out).sum(), x.sum() * ratio, rtol=1e-5)


def test_area_resize_matches_block_mean_and_repeat():
    x = np.random.default_rng(3).random((280, 200)).astype(np.float32)
    np.testing.assert_allclose(area_resize(x, (28, 20)),
                               x.reshape(28, 10, 20, 10).mean(axis=(1, 3)), atol=1e-6)
    small = x[:4, :5]
    np.testing.assert_allclose(area_resize(small, (20, 20)),
                               small.repeat(5, axis=0).repeat(4, axis=1), atol=1e-6)
    np.testing.assert_array_equal(area_resize(x, x.shape), x)


# --- validation ----------------------------------------------------------------

@pytest.mark.parametrize("bad, message", [
    (np.zeros((28, 28, 3)), "2-D"),
    (np.zeros((28, 28, 4), np.uint8), "2-D"),
    (np.zeros(784), "2-D"),
    (np.float64(1.0), "2-D"),
    (np.zeros((0, 28)), "empty"),
    (np.full((28, 28), np.nan), "NaN"),
    (np.array([["a", "b"], ["c", "d"]]), "dtype"),
])
def test_invalid_input_raises_value_error(bad, message):
    with pytest.raises(ValueError, match=message):
        to_mnist(bad)


def test_bool_and_list_inputs_are_accepted():
    img = np.zeros((40, 40), bool)
    img[5:35, 18:22] = True
    np.testing.assert_array_equal(to_mnist(img), to_mnist(img.astype(np.uint8) * 255))
    np.testing.assert_array_equal(to_mnist(img.tolist()), to_mnist(img))
