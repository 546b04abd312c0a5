"""Random distortions of MNIST-style digits, so a net learns to read drawn ones.

A digit drawn on the canvas reaches the network through ``engine.preprocess``
(crop to the ink, fit to 20 pixels, centre of mass to the middle), so it
looks much like an MNIST digit, but not exactly: people tilt and slant their
digits, make them wider or narrower, use a thicker or thinner pen than the
NIST writers did, and the whole-pixel centring leaves it a pixel or so off.
A network trained on clean MNIST only has never seen those variations.
``augment_batch`` shows it each training digit distorted a little
differently every time, which costs a little clean test accuracy and buys
a lot of robustness.

Per sample, in this order:

1. **Stroke width.** With probability ``P_DILATE`` a 3x3 grey dilation (max
   of the neighbourhood), with ``P_THICKEN`` a soft thickening (max of the
   digit and a brightened 3x3 blur of it, by a random gain), with ``P_ERODE``
   a 3x3 grey erosion (min); dilation and erosion are blended with the
   original by a random strength, so a stroke grows or shrinks by part of a
   pixel on each side.
2. **Affine warp** about the digit's centre of mass: rotation within
   ``ROTATION_DEG``, shear (slant) within ``SHEAR``, scale within ``SCALE``,
   then a shift within ``SHIFT`` pixels on each axis. Sampled by bilinear
   interpolation with zero outside the image.
3. **Blur**, with probability ``P_BLUR``: a blend with the [1 2 1]/4 blur.
4. **Peak**: rescale so that the brightest pixel is as bright as in the
   input, because ``to_mnist`` divides every drawing by its maximum.

Everything is vectorised over the batch, with no Python loop: one 2x3 affine
matrix per sample, then four gathers (one per bilinear corner) over the whole
batch at once; the 3x3 filters are separable, one 3-tap pass per axis. The
random numbers are drawn as one (N, 9) array, a row per sample, so a sample's
distortion does not depend on the rest of the batch. About a millisecond per
100 digits (``benchmarks/bench_pretrained.py``).
"""
from __future__ import annotations

import numpy as np

__all__ = [
    "P_BLUR",
    "P_DILATE",
    "P_ERODE",
    "P_THICKEN",
    "ROTATION_DEG",
    "SCALE",
    "SHEAR",
    "SHIFT",
    "SIDE",
    "augment_batch",
]

SIDE = 28                 # images are SIDE x SIDE, flattened to SIDE * SIDE
ROTATION_DEG = 15.0       # rotation, uniform in +-ROTATION_DEG degrees
SHEAR = 0.3               # horizontal shear (slant), uniform in +-SHEAR
SCALE = (0.85, 1.1)       # isotropic scale, uniform in this range
SHIFT = 2.0               # shift, uniform in +-SHIFT pixels on each axis
P_DILATE = 0.15           # probability of a (blended) 3x3 dilation
P_THICKEN = 0.15          # probability of the soft thickening
P_ERODE = 0.15            # probability of a (blended) 3x3 erosion
P_BLUR = 0.25             # probability of a mild blur

_PAD = 2                  # zero border for the bilinear gathers
_PSIDE = SIDE + 2 * _PAD
_AXIS = np.arange(SIDE, dtype=np.float32)  # pixel coordinates along a row or column
# Columns 1, y, x of every pixel: images @ _MOMENTS gives mass and first moments.
_MOMENTS = np.stack([np.ones(SIDE * SIDE, dtype=np.float32),
                     np.repeat(_AXIS, SIDE), np.tile(_AXIS, SIDE)], axis=1)
_N_UNIFORMS = 9           # uniform numbers drawn per sample (see augment_batch)


def _separable3(img, combine):
    """Apply a 3-tap ``combine`` (np.maximum, np.minimum or a sum) down the
    columns, then along the rows, of images (N, 28, 28), with zero outside.

    A 3x3 max, min or box sum is the same filter done once along each axis,
    which takes 4 array operations instead of 8.
    """
    p = np.zeros((img.shape[0], SIDE + 2, SIDE + 2), dtype=img.dtype)
    p[:, 1:-1, 1:-1] = img
    cols = combine(combine(p[:, :-2, :], p[:, 1:-1, :]), p[:, 2:, :])
    return combine(combine(cols[:, :, :-2], cols[:, :, 1:-1]), cols[:, :, 2:])


def _dilate(img):
    """3x3 grey dilation: each pixel becomes the max of its neighbourhood."""
    return _separable3(img, np.maximum)


def _erode(img):
    """3x3 grey erosion: each pixel becomes the min of its neighbourhood."""
    return _separable3(img, np.minimum)


def _box3(img):
    """3x3 mean."""
    return _separable3(img, np.add) * np.float32(1 / 9)


def _blur121(img):
    """Separable [1 2 1] / 4 blur in both directions, zero outside."""
    p = np.zeros((img.shape[0], SIDE + 2, SIDE + 2), dtype=img.dtype)
    p[:, 1:-1, 1:-1] = img
    cols = p[:, :-2, :] + p[:, 2:, :]
    cols += 2.0 * p[:, 1:-1, :]
    out = cols[:, :, :-2] + cols[:, :, 2:]
    out += 2.0 * cols[:, :, 1:-1]
    out *= np.float32(1 / 16)
    return out


def _blend_where(img, mask, strength, op):
    """img[mask] <- img + strength * (op(img) - img), only for the masked samples."""
    idx = np.flatnonzero(mask)
    if idx.size:
        sub = img[idx]
        a = strength[idx, None, None]
        img[idx] = sub + a * (op(sub) - sub)


def _thicken(img, gain):
    """Max of the digit and its 3x3 box blur times ``gain`` (N,), capped at 1."""
    return np.maximum(img, np.minimum(_box3(img) * gain[:, None, None], np.float32(1.0)))


def _inverse_affines(u, cy, cx):
    """Per-sample 2x3 matrices mapping output (x, y) back to input (x, y).

    The forward map is p_out = c + t + R(theta) @ Shear(k) @ (s * (p_in - c)),
    with c the centre of mass; its inverse is what sampling needs.
    """
    theta = np.deg2rad(ROTATION_DEG) * (2.0 * u[:, 0] - 1.0)
    k = SHEAR * (2.0 * u[:, 1] - 1.0)
    s = SCALE[0] + (SCALE[1] - SCALE[0]) * u[:, 2]
    tx = SHIFT * (2.0 * u[:, 3] - 1.0)
    ty = SHIFT * (2.0 * u[:, 4] - 1.0)
    cos, sin = np.cos(theta), np.sin(theta)
    # A = R @ [[1, k], [0, 1]] * s, in (x, y) coordinates (y pointing down).
    a, b = cos * s, (cos * k - sin) * s
    c, d = sin * s, (sin * k + cos) * s
    det = a * d - b * c  # = s**2, never 0
    ia, ib, ic, id_ = d / det, -b / det, -c / det, a / det
    # p_in = c + A^-1 (p_out - c - t)  =  A^-1 p_out + offset
    ox = cx - (ia * (cx + tx) + ib * (cy + ty))
    oy = cy - (ic * (cx + tx) + id_ * (cy + ty))
    return np.stack([np.stack([ia, ib, ox], 1), np.stack([ic, id_, oy], 1)], 1)  # (N, 2, 3)


def _warp(img, M):
    """Sample every image at its inverse affine ``M`` (N, 2, 3), bilinearly."""
    n = img.shape[0]
    M = M.astype(np.float32)
    # Source coordinates M @ (x, y, 1), shifted into the padded image. The map
    # is separable: a (N, 28, 1) column term plus a (N, 1, 28) row term.
    sx = (M[:, 0, 1:2] * _AXIS + (M[:, 0, 2:3] + _PAD))[:, :, None] + (M[:, 0, 0:1] * _AXIS)[:, None, :]
    sy = (M[:, 1, 1:2] * _AXIS + (M[:, 1, 2:3] + _PAD))[:, :, None] + (M[:, 1, 0:1] * _AXIS)[:, None, :]
    # Beyond the image everything reads the zero border; clipping keeps indices valid.
    np.clip(sx, _PAD - 1, SIDE + _PAD, out=sx)
    np.clip(sy, _PAD - 1, SIDE + _PAD, out=sy)
    fx = np.floor(sx)
    fy = np.floor(sy)
    sx -= fx  # now the bilinear weights
    sy -= fy
    fy *= _PSIDE
    fy += fx  # index within one padded image: exact in float32 (< 2**24)
    base = fy.astype(np.intp).reshape(n, SIDE * SIDE)
    base += (np.arange(n, dtype=np.intp) * (_PSIDE * _PSIDE))[:, None]
    padded = np.zeros((n, _PSIDE, _PSIDE), dtype=np.float32)
    padded[:, _PAD:_PAD + SIDE, _PAD:_PAD + SIDE] = img
    flat = padded.ravel()
    # One gather per corner over the whole batch.
    v00 = flat.take(base)
    v01 = flat.take(base + 1)
    base += _PSIDE
    v10 = flat.take(base)
    v11 = flat.take(base + 1)
    wx, wy = sx.reshape(n, -1), sy.reshape(n, -1)
    v01 -= v00
    v01 *= wx
    v00 += v01  # top row, interpolated along x
    v11 -= v10
    v11 *= wx
    v10 += v11  # bottom row
    v10 -= v00
    v10 *= wy
    v00 += v10
    return v00.reshape(n, SIDE, SIDE)


def augment_batch(x, rng):
    """A randomly distorted copy of a batch of 28x28 digits (see the module notes).

    Parameters
    ----------
    x : ndarray, shape (N, 784), float
        Flattened 28x28 images in [0, 1], ink high, background 0.
    rng : numpy.random.Generator
        The only source of randomness: the same generator state gives the
        same output.

    Returns
    -------
    ndarray, shape (N, 784), same dtype as x
        A new array in [0, 1]; ``x`` is not modified. An all-zero image stays
        all zero.
    """
    x = np.asarray(x)
    if x.ndim != 2 or x.shape[1] != SIDE * SIDE:
        raise ValueError(f"expected a batch of flattened 28x28 images (N, 784), got shape {x.shape}")
    if not np.issubdtype(x.dtype, np.floating):
        raise ValueError(f"expected float images in [0, 1], got dtype {x.dtype}")
    n = x.shape[0]
    if n == 0:
        return x.copy()
    # All randomness drawn up front, in one fixed order: deterministic per rng state.
    u = rng.random((n, _N_UNIFORMS))
    img = x.reshape(n, SIDE, SIDE).astype(np.float32)  # a copy
    peak = img.max(axis=(1, 2))

    # 1. Stroke width: one of dilate / thicken / erode / nothing.
    kind = u[:, 5]
    strength = (0.4 + 0.4 * u[:, 6]).astype(np.float32)  # 0.4 .. 0.8
    dilate = kind < P_DILATE
    thicken = (kind >= P_DILATE) & (kind < P_DILATE + P_THICKEN)
    erode = (kind >= P_DILATE + P_THICKEN) & (kind < P_DILATE + P_THICKEN + P_ERODE)
    _blend_where(img, dilate, strength, _dilate)
    idx = np.flatnonzero(thicken)
    if idx.size:
        img[idx] = _thicken(img[idx], (1.0 + 0.6 * u[idx, 6]).astype(np.float32))
    _blend_where(img, erode, strength * np.float32(0.75), _erode)  # 0.3 .. 0.6

    # 2. Affine warp about the centre of mass (the image centre if blank).
    moments = img.reshape(n, SIDE * SIDE) @ _MOMENTS  # (N, 3): mass, mass * y, mass * x
    mass = moments[:, 0]
    inked = mass > 0
    safe = np.where(inked, mass, 1.0)
    cy = np.where(inked, moments[:, 1] / safe, (SIDE - 1) / 2)
    cx = np.where(inked, moments[:, 2] / safe, (SIDE - 1) / 2)
    img = _warp(img, _inverse_affines(u, cy, cx))

    # 3. Mild blur.
    _blend_where(img, u[:, 7] < P_BLUR, (0.2 + 0.4 * u[:, 8]).astype(np.float32), _blur121)

    # 4. Peak back to the input's peak, as to_mnist normalises by the maximum.
    new_peak = img.max(axis=(1, 2))
    gain = np.where(new_peak > 0, peak / np.where(new_peak > 0, new_peak, 1), 0).astype(np.float32)
    img *= gain[:, None, None]
    np.clip(img, 0.0, 1.0, out=img)
    return img.reshape(n, SIDE * SIDE).astype(x.dtype, copy=False)
