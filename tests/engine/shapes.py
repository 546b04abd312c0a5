"""Drawings made in NumPy, as a canvas would hold them: strokes of a round pen on a 280 x 280 field."""
from __future__ import annotations

import numpy as np

SIDE = 280


def strokes(segments, width: float, side: int = SIDE) -> np.ndarray:
    """White-on-black (side, side) float32: each (x0, y0, x1, y1) a segment of a round pen ``width`` wide."""
    yy, xx = np.mgrid[0:side, 0:side].astype(np.float32)
    img = np.zeros((side, side), np.float32)
    for x0, y0, x1, y1 in segments:
        px, py, dx, dy = xx - x0, yy - y0, x1 - x0, y1 - y0
        t = np.clip((px * dx + py * dy) / max(dx * dx + dy * dy, 1e-9), 0.0, 1.0)
        d = np.hypot(px - t * dx, py - t * dy)
        img = np.maximum(img, np.clip(width / 2 - d + 0.5, 0.0, 1.0))
    return img


def non_digit(kind: str, rng) -> np.ndarray:
    """A random dash, X or filled box: anywhere on the field, 60 to 220 pixels across,
    drawn with a pen 6 % to 16 % of its size (the stroke-to-size ratio of MNIST digits and of the canvas)."""
    cx, cy = rng.uniform(100, 180, 2)
    s = rng.uniform(30, 110)  # half the size
    width = 2 * s * rng.uniform(0.06, 0.16)
    if kind == "dash":
        angle = rng.uniform(-0.3, 0.3)
        dx, dy = s * np.cos(angle), s * np.sin(angle)
        return strokes([(cx - dx, cy - dy, cx + dx, cy + dy)], width)
    if kind == "X":
        a = s * rng.uniform(0.7, 1.3)
        return strokes([(cx - s, cy - a, cx + s, cy + a), (cx + s, cy - a, cx - s, cy + a)], width)
    if kind == "box":
        img = np.zeros((SIDE, SIDE), np.float32)
        h = s * rng.uniform(0.7, 1.3)
        img[max(0, int(cy - h)):int(cy + h), max(0, int(cx - s)):int(cx + s)] = 1.0
        return img
    raise ValueError(kind)


def digit(kind: str, rng) -> np.ndarray:
    """A random hand-drawn-style 1 or 7 (a few segments, jittered), for the no-false-alarm side."""
    def j():
        return rng.normal(0, 6)

    s = rng.uniform(60, 110)
    cx, cy = rng.uniform(110, 170, 2)
    width = 2 * s * rng.uniform(0.07, 0.12)
    if kind == "1":
        return strokes([(cx + j(), cy - s, cx + j() - 0.15 * s, cy + s)], width)
    if kind == "7":
        top, right = cy - s, cx + 0.6 * s
        return strokes([(cx - 0.6 * s + j(), top + j(), right, top),
                        (right, top, cx - 0.1 * s + j(), cy + s)], width)
    raise ValueError(kind)
