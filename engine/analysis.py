"""Looking inside a trained network: predictions, confusion matrix, weight images.

What the "Inside the network" view shows, computed in plain NumPy:

* ``predict_scores`` / ``predictions``: the network's scores and guesses for a
  whole data set, in chunks (as ``LayerNet.accuracy`` does, so the counts here
  agree exactly with the accuracy the trainer reports);
* ``confusion_matrix`` and ``per_class_accuracy``: which classes it mixes up;
* ``misclassified`` and ``confident_mistakes``: the test images it gets wrong;
* ``weight_tiles``: the 784 weights into each hidden unit, laid out as a
  28 x 28 image, one tile per unit (the "templates" the first layer learned);
  ``image_side`` says whether a row of pixels is a square image at all;
* ``classify``: one drawing's class probabilities, the whole path the Draw
  tab runs (preprocess as MNIST did, predict, softmax).

Vectorised throughout: no Python loop over samples or pixels.
"""
from __future__ import annotations

import math

import numpy as np

from .preprocess import PreprocessStages, preprocess_stages
from .functions import softmax
from .network import _EVAL_CHUNK

__all__ = [
    "predict_scores",
    "predictions",
    "confusion_matrix",
    "per_class_accuracy",
    "misclassified",
    "confident_mistakes",
    "weight_tiles",
    "image_side",
    "classify",
]

# The same chunk as LayerNet.accuracy: identical matrix products, identical argmax.
_BATCH = _EVAL_CHUNK


def predict_scores(net, x, batch: int = _BATCH) -> np.ndarray:
    """Scores of ``net`` for every row of x, computed ``batch`` rows at a time.

    Parameters
    ----------
    net : LayerNet (anything with ``predict(x) -> (n, C)``)
    x : ndarray, shape (N, D)
    batch : int, rows per call of ``net.predict`` (bounds the memory used)

    Returns
    -------
    ndarray, shape (N, C), the scores before softmax.
    """
    batch = int(batch)
    if batch < 1:
        raise ValueError(f"batch must be at least 1, not {batch}")
    chunks = [net.predict(x[start:start + batch]) for start in range(0, x.shape[0], batch)]
    if not chunks:
        n_out = net.sizes[-1] if hasattr(net, "sizes") else 0
        return np.zeros((0, n_out))
    return np.concatenate(chunks, axis=0)


def predictions(net, x, batch: int = _BATCH) -> np.ndarray:
    """The predicted class of every row of x: argmax of ``net.predict``.

    x : (N, D) -> (N,) int64, computed ``batch`` rows at a time.
    """
    return np.argmax(predict_scores(net, x, batch), axis=1).astype(np.int64)


def confusion_matrix(t, y, n_classes: int) -> np.ndarray:
    """Counts of (true class, predicted class) pairs.

    Parameters
    ----------
    t : array of int, shape (N,), true labels in 0..C-1
    y : array of int, shape (N,), predicted labels in 0..C-1
    n_classes : int, C

    Returns
    -------
    ndarray, int64, shape (C, C): ``cm[i, j]`` is the number of samples of
    true class i predicted as j. Rows are true classes, columns predictions;
    the diagonal holds the correct answers and ``cm.sum() == N``.
    """
    t = np.asarray(t, dtype=np.int64).ravel()
    y = np.asarray(y, dtype=np.int64).ravel()
    C = int(n_classes)
    if t.shape != y.shape:
        raise ValueError(f"t and y differ in length: {t.shape[0]} vs {y.shape[0]}")
    if t.size and (t.min() < 0 or t.max() >= C or y.min() < 0 or y.max() >= C):
        raise ValueError(f"labels must lie in 0..{C - 1}")
    return np.bincount(t * C + y, minlength=C * C).reshape(C, C).astype(np.int64)


def per_class_accuracy(cm) -> np.ndarray:
    """Fraction of each true class classified correctly (the recall).

    cm : (C, C) confusion matrix, rows = true class.
    Returns (C,) float64: ``cm[i, i] / cm[i].sum()``, NaN for a class with no samples.
    """
    cm = np.asarray(cm, dtype=np.float64)
    totals = cm.sum(axis=1)
    out = np.full(cm.shape[0], np.nan)
    np.divide(np.diag(cm), totals, out=out, where=totals > 0)
    return out


def misclassified(t, y) -> np.ndarray:
    """Indices where the prediction differs from the label: t, y (N,) -> (M,) int64, ascending."""
    return np.flatnonzero(np.asarray(t) != np.asarray(y)).astype(np.int64)


def confident_mistakes(t, scores, k: int | None = None) -> np.ndarray:
    """The misclassified samples, the most confidently wrong first.

    Parameters
    ----------
    t : (N,) int, true labels
    scores : (N, C) float, network scores (softmax is applied here)
    k : int or None, keep at most this many

    Returns
    -------
    (M,) int64 indices, sorted by the probability given to the (wrong)
    predicted class, highest first; ties keep index order.
    """
    t = np.asarray(t)
    scores = np.asarray(scores)
    y = np.argmax(scores, axis=1)
    wrong = misclassified(t, y)
    if wrong.size == 0:
        return wrong
    p = softmax(scores[wrong].astype(np.float64))
    confidence = p[np.arange(wrong.size), y[wrong]]
    order = np.argsort(-confidence, kind="stable")
    wrong = wrong[order]
    return wrong if k is None else wrong[:max(int(k), 0)]


def weight_tiles(W1, side: int = 28, pad: int = 1, columns: int | None = None) -> np.ndarray:
    """Each hidden unit's incoming weights as a side x side image, tiled in a grid.

    Parameters
    ----------
    W1 : ndarray, shape (side*side, H), the first layer's weights (column j
        holds the weights into hidden unit j)
    side : int, the image side (28 for MNIST)
    pad : int, pixels of NaN between neighbouring tiles
    columns : int or None, tiles per row; default ceil(sqrt(H))

    Returns
    -------
    ndarray, float64, shape (rows*side + (rows-1)*pad, columns*side + (columns-1)*pad)
    with rows = ceil(H / columns). Tile j sits at row j // columns, column
    j % columns, pixel (r, c) of the tile being ``W1[r*side + c, j]``, divided
    by the tile's own max |w| so that it spans [-1, 1] symmetric around 0
    (an all-zero tile stays 0). Padding and unused grid cells are NaN.
    """
    W1 = np.asarray(W1, dtype=np.float64)
    side, pad = int(side), int(pad)
    if W1.ndim != 2 or W1.shape[0] != side * side:
        raise ValueError(f"W1 must have shape ({side * side}, H), not {W1.shape}")
    if pad < 0:
        raise ValueError(f"pad must be >= 0, not {pad}")
    H = W1.shape[1]
    if H == 0:
        return np.full((0, 0), np.nan)
    columns = math.ceil(math.sqrt(H)) if columns is None else int(columns)
    if columns < 1:
        raise ValueError(f"columns must be at least 1, not {columns}")
    columns = min(columns, H)
    rows = math.ceil(H / columns)

    scale = np.abs(W1).max(axis=0)  # (H,)
    scale[~(scale > 0)] = 1.0  # all-zero (or non-finite) tiles: leave as they are
    tiles = (W1 / scale).T.reshape(H, side, side)  # (H, side, side)

    # Lay the tiles out on a grid of (side + pad) cells, then trim the last pad.
    cell = side + pad
    grid = np.full((rows * columns, cell, cell), np.nan)
    grid[:H, :side, :side] = tiles
    grid = grid.reshape(rows, columns, cell, cell).transpose(0, 2, 1, 3).reshape(rows * cell, columns * cell)
    return grid[:rows * cell - pad, :columns * cell - pad]


def image_side(n_pixels: int) -> int | None:
    """The side of a square image of ``n_pixels`` pixels (28 for MNIST's 784), or None if none is square."""
    n = int(n_pixels)
    side = math.isqrt(n) if n > 0 else 0
    return side if side > 0 and side * side == n else None


def classify(net, image) -> tuple[np.ndarray, PreprocessStages]:
    """A drawing's class probabilities under ``net``.

    Parameters
    ----------
    net : LayerNet
        Used from the caller's thread only: ``predict`` writes the layers' caches.
    image : ndarray, shape (H, W)
        Ink high, floats in [0, 1] or integers 0..255.

    Returns
    -------
    probs : ndarray, shape (C,)
        softmax of the scores for the preprocessed image (its 28 x 28 pixels
        flattened to one row of 784, in the network's dtype).
    stages : PreprocessStages
        Every intermediate image of the preprocessing.

    Raises
    ------
    EmptyDrawingError
        Nothing drawn (from ``preprocess_stages``).
    """
    stages = preprocess_stages(image)
    x = stages.centred.reshape(1, -1).astype(net.dtype, copy=False)
    return softmax(net.predict(x))[0], stages
