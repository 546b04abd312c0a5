"""Turn a drawn image into an MNIST-style 28x28 digit.

A network trained on MNIST has only ever seen digits prepared one particular
way, so a digit drawn on a canvas must be prepared the same way before the
network can read it. LeCun, Cortes and Burges describe the MNIST procedure:

    "The original black and white (bilevel) images from NIST were size
    normalized to fit in a 20x20 pixel box while preserving their aspect
    ratio. The resulting images contain grey levels as a result of the
    anti-aliasing technique used by the normalization algorithm. The images
    were centered in a 28x28 image by computing the center of mass of the
    pixels, and translating the image so as to position this point at the
    center of the 28x28 field."

We follow it step by step (ink is high, background is 0):

1. **Crop** to the bounding box of the ink. A pixel is *ink* when it is
   brighter than ``INK_FRACTION`` (5 %) of the brightest pixel, so faint
   smudges around a drawing do not widen the box. This makes the result
   independent of where the digit was drawn.
2. **Fit** the longer side to ``FIT`` = 20 pixels, keeping the aspect ratio
   (shorter side ``round(short * 20 / long)``, halves rounded up, at least 1).
   Resampling is *area averaging*: each output pixel is the mean of the input
   area it covers, counting partly covered input pixels by the fraction
   covered. That is the exact box filter, so it anti-aliases when shrinking
   and stays correct when a tiny drawing is enlarged. It is linear, so it is
   two matrix products ``A @ crop @ B.T`` with ``A`` and ``B`` the
   (out, in) overlap weights of rows and of columns (see `area_weights`).
   The fitted image is then divided by its maximum, so strokes saturate at
   1.0 as most MNIST strokes do (90 % of MNIST test digits reach 255),
   whatever the pen's grey level or width.
3. **Box** it in a 28x28 field, centred by its bounding box (a 4-pixel
   margin on the long side).
4. **Centre** by centre of mass: shift by whole pixels so that the centre of
   mass, in row/column index coordinates, lands on ``CENTRE`` = (14, 14).
   That is where MNIST puts it: over the 10 000 test digits the centre of mass
   is 14.0 +- 0.29 on each axis, always within half a pixel of 14, and 0.29 is
   the spread of a uniform rounding error, so MNIST itself shifted by whole
   pixels (``benchmarks/bench_preprocess.py`` prints these figures). Whole
   pixel shifts keep the strokes crisp; the shift is clamped so that no ink
   ever leaves the field.

A blank canvas, or one holding only a stray dot, raises `EmptyDrawingError`
(a ``ValueError``) rather than returning a digit the network would guess at.
The image is blank when its total ink (sum of intensities in [0, 1]) is below
``BLANK_MASS_FRACTION`` * H * W (39 pixels' worth on a 280x280 canvas), or
when its ink bounding box is under ``MIN_EXTENT`` = 3 pixels on both sides.
A thin one-stroke '1' is far above both limits.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = [
    "BLANK_MASS_FRACTION",
    "CENTRE",
    "FIT",
    "INK_FRACTION",
    "MIN_EXTENT",
    "SIDE",
    "EmptyDrawingError",
    "PreprocessStages",
    "area_resize",
    "area_weights",
    "preprocess_stages",
    "to_mnist",
]

SIDE = 28                   # MNIST images are SIDE x SIDE
FIT = 20                    # the longer side of the digit after fitting
CENTRE = 14.0               # centre of mass target (row and column index)
INK_FRACTION = 0.05         # ink: brighter than this fraction of the peak
BLANK_MASS_FRACTION = 5e-4  # blank: total ink below this fraction of H * W
MIN_EXTENT = 3              # blank: ink box under this many pixels both ways


class EmptyDrawingError(ValueError):
    """The image holds no digit: it is blank or only a stray dot."""


@dataclass(frozen=True, eq=False)
class PreprocessStages:
    """Every intermediate image of `preprocess_stages`, for display.

    All arrays are float32 in [0, 1] and read-only.

    Attributes
    ----------
    cropped : ndarray, shape (bottom - top, right - left)
        The input, scaled to [0, 1], cropped to the ink's bounding box.
    fitted : ndarray, shape (h, w), max(h, w) == FIT
        ``cropped`` area-resampled so its longer side is 20 pixels, then
        divided by its maximum.
    boxed : ndarray, shape (28, 28)
        ``fitted`` placed in the field centred by its bounding box.
    centred : ndarray, shape (28, 28)
        ``boxed`` shifted by ``shift``: the final MNIST-style digit.
    bbox : tuple of int
        ``(top, left, bottom, right)`` of the ink in input coordinates,
        bottom and right exclusive: ``image[top:bottom, left:right]``.
    shift : tuple of int
        ``(dy, dx)`` in pixels that moved ``boxed`` to ``centred``.
    """

    cropped: np.ndarray
    fitted: np.ndarray
    boxed: np.ndarray
    centred: np.ndarray
    bbox: tuple[int, int, int, int]
    shift: tuple[int, int]


def area_weights(n_in: int, n_out: int) -> np.ndarray:
    """Area-averaging weights that resample ``n_in`` pixels to ``n_out``.

    Output pixel ``i`` covers the input interval
    ``[i * n_in / n_out, (i + 1) * n_in / n_out)``; its weight on input pixel
    ``j`` (covering ``[j, j + 1)``) is the overlap length divided by the
    interval length. Each row sums to 1 (a constant stays constant) and each
    column to ``n_out / n_in`` (ink mass scales with the size).

    Returns
    -------
    W : ndarray, shape (n_out, n_in), float32
    """
    if n_in < 1 or n_out < 1:
        raise ValueError(f"sizes must be positive, got n_in={n_in}, n_out={n_out}")
    edges = np.arange(n_out + 1, dtype=np.float64) * n_in / n_out
    lo, hi = edges[:-1, None], edges[1:, None]
    j = np.arange(n_in, dtype=np.float64)[None, :]
    overlap = np.clip(np.minimum(hi, j + 1.0) - np.maximum(lo, j), 0.0, None)
    return (overlap * (n_out / n_in)).astype(np.float32)


def area_resize(x: np.ndarray, out_shape: tuple[int, int]) -> np.ndarray:
    """Resample a 2-D image by exact area averaging (box filter).

    Parameters
    ----------
    x : ndarray, shape (H, W)
    out_shape : (h, w)

    Returns
    -------
    y : ndarray, shape (h, w), float32
        ``A @ x @ B.T`` with ``A = area_weights(H, h)``, ``B = area_weights(W, w)``.
    """
    x = np.asarray(x, dtype=np.float32)
    if x.ndim != 2:
        raise ValueError(f"expected a 2-D image (H, W), got shape {x.shape}")
    h, w = out_shape
    return area_weights(x.shape[0], h) @ x @ area_weights(x.shape[1], w).T


def _as_unit_gray(image) -> np.ndarray:
    """Validate ``image`` and return it as float32 in [0, 1], shape (H, W)."""
    x = np.asarray(image)
    if x.ndim != 2:
        raise ValueError(
            f"expected a 2-D grayscale image (H, W), got shape {x.shape}; "
            "convert colour images to gray first")
    if x.size == 0:
        raise ValueError(f"the image is empty (shape {x.shape})")
    if x.dtype == np.bool_:
        return x.astype(np.float32)
    if np.issubdtype(x.dtype, np.integer):
        # 8-bit convention: 255 is full ink.
        return np.clip(x.astype(np.float32) / np.float32(255.0), 0.0, 1.0)
    if np.issubdtype(x.dtype, np.floating):
        x = x.astype(np.float32)
        if not np.isfinite(x).all():
            raise ValueError("the image holds NaN or infinite values")
        return np.clip(x, 0.0, 1.0)
    raise ValueError(f"unsupported image dtype {x.dtype}; use integers 0..255 or floats 0..1")


def _empty() -> EmptyDrawingError:
    return EmptyDrawingError(
        "Nothing to recognise: the image is blank or holds only a stray dot. "
        "Draw a digit first.")


def _round_half_up(v: float) -> int:
    return int(np.floor(v + 0.5))


def _readonly(a: np.ndarray) -> np.ndarray:
    a.setflags(write=False)
    return a


def preprocess_stages(image) -> PreprocessStages:
    """Prepare a drawn digit as MNIST did, keeping every intermediate image.

    Parameters
    ----------
    image : array_like, shape (H, W)
        Grayscale, ink high and background 0. Integer dtypes are read as
        0..255; floats as 0..1 (values outside are clipped); bool as 0/1.

    Returns
    -------
    PreprocessStages
        ``.centred`` (28, 28) float32 is the MNIST-style digit.

    Raises
    ------
    EmptyDrawingError
        The image is blank or holds only a stray dot (see the module notes).
    ValueError
        ``image`` is not a non-empty 2-D array of numbers.
    """
    x = _as_unit_gray(image)
    H, W = x.shape

    # 1. Crop to the ink's bounding box.
    peak = float(x.max())
    if peak <= 0.0 or float(x.sum(dtype=np.float64)) < BLANK_MASS_FRACTION * H * W:
        raise _empty()
    ink = x > INK_FRACTION * peak
    rows, cols = ink.any(axis=1), ink.any(axis=0)
    top, bottom = int(rows.argmax()), H - int(rows[::-1].argmax())
    left, right = int(cols.argmax()), W - int(cols[::-1].argmax())
    h0, w0 = bottom - top, right - left
    if max(h0, w0) < MIN_EXTENT:
        raise _empty()
    cropped = x[top:bottom, left:right].copy()

    # 2. Fit the longer side to FIT pixels by area averaging. Integer
    # arithmetic for the short side: round(short * FIT / long), halves up.
    long_, short = max(h0, w0), min(h0, w0)
    short_out = max(1, (2 * short * FIT + long_) // (2 * long_))
    h, w = (FIT, short_out) if h0 >= w0 else (short_out, FIT)
    fitted = area_resize(cropped, (h, w))
    fitted /= fitted.max()

    # 3. Box: centre the fitted image in the field by its bounding box.
    top_b, left_b = (SIDE - h) // 2, (SIDE - w) // 2
    boxed = np.zeros((SIDE, SIDE), dtype=np.float32)
    boxed[top_b:top_b + h, left_b:left_b + w] = fitted

    # 4. Centre of mass to CENTRE by a whole-pixel shift that keeps all ink in.
    mass = float(fitted.sum(dtype=np.float64))
    cy = top_b + float(fitted.sum(axis=1, dtype=np.float64) @ np.arange(h)) / mass
    cx = left_b + float(fitted.sum(axis=0, dtype=np.float64) @ np.arange(w)) / mass
    dy = min(max(_round_half_up(CENTRE - cy), -top_b), SIDE - h - top_b)
    dx = min(max(_round_half_up(CENTRE - cx), -left_b), SIDE - w - left_b)
    centred = np.zeros((SIDE, SIDE), dtype=np.float32)
    centred[top_b + dy:top_b + dy + h, left_b + dx:left_b + dx + w] = fitted

    return PreprocessStages(
        cropped=_readonly(cropped), fitted=_readonly(fitted),
        boxed=_readonly(boxed), centred=_readonly(centred),
        bbox=(top, left, bottom, right), shift=(dy, dx))


def to_mnist(image) -> np.ndarray:
    """Prepare a drawn digit as MNIST did (see the module notes).

    Parameters
    ----------
    image : array_like, shape (H, W)
        Grayscale, ink high and background 0: integers 0..255 or floats 0..1.

    Returns
    -------
    x : ndarray, shape (28, 28), float32 in [0, 1]
        Equal to ``preprocess_stages(image).centred``; a fresh writable array.
        Flatten with ``x.reshape(1, 784)`` to feed a network.

    Raises
    ------
    EmptyDrawingError
        The image is blank or holds only a stray dot.
    ValueError
        ``image`` is not a non-empty 2-D array of numbers.
    """
    return preprocess_stages(image).centred.copy()
