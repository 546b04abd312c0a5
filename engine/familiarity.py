"""Does a drawing look like the digits a network was trained on?

A classifier trained on MNIST must answer one of its ten classes for *any*
input: its softmax has no "none of these". A dash, an X or a filled box gets a
guess, often a confident one. So the Draw tab asks a second, separate question
that does not involve the network at all: is this input like the training
images?

`Familiarity` answers it by comparison with the training set, after the
drawing has been prepared as MNIST was (``preprocess``):

* **shape**: the cosine distance ``1 - x·r / (|x| |r|)`` from the input ``x``
  to its nearest neighbour ``r`` among ``n_reference`` training images, both
  slightly blurred (3 x 3 mean) so a stroke a pixel thicker or off still
  overlaps: the comparison is of shapes, not of pens. The
  input is *unlike* the training digits when that distance is larger than for
  ``quantile`` (99 %) of other training images, ``n_calibration`` of them,
  none in the reference set (so the calibration is honest: held out). The
  cosine ignores how bright the strokes are, so a drawing in a thin or thick
  pen is judged by its shape.
* **ink**: the input holds more ink (sum of intensities) than every
  reference and calibration image. This catches a filled box or a scribbled
  blob, whose *shape* is close to a fat 0 or 8.

By construction about 1 % of real digits are called unlike (the quantile); on
the MNIST test set it is measured in ``tests/engine/test_familiarity.py``,
with crafted non-digits (a dash, an X, a filled box) that must all be called
unlike. One check is one (1, 784) x (784, n_reference) product; the threshold
is made once per data set, in steps of tens of milliseconds.
``benchmarks/bench_familiarity.py`` prints the times and the rates.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["Familiarity", "FamiliarityVerdict", "N_REFERENCE", "N_CALIBRATION", "QUANTILE"]

N_REFERENCE = 8000   # training images compared with each input
N_CALIBRATION = 1000  # other training images that set the threshold
QUANTILE = 0.99      # of real training digits, this fraction is called familiar
_CHUNK = 50          # calibration images per build step (see benchmarks/bench_familiarity.py)


@dataclass(frozen=True)
class FamiliarityVerdict:
    """The answer for one input.

    unlike : bool        the input looks unlike the training images (``shape`` or ``ink``)
    shape_unlike : bool  its nearest training image is farther than the threshold
    ink_unlike : bool    it holds more ink than every training image compared
    distance : float     cosine distance to the nearest training image, in [0, 1]
    threshold : float    the distance that ``quantile`` of training images stay within
    ink : float          its ink, the sum of its intensities in [0, 1]
    ink_limit : float    the most ink among the training images compared
    nearest : int        index (into the data set's training images) of the nearest one
    """

    unlike: bool
    shape_unlike: bool
    ink_unlike: bool
    distance: float
    threshold: float
    ink: float
    ink_limit: float
    nearest: int


class Familiarity:
    """How like the training images an input is (see the module notes).

    Building it takes a few tenths of a second, in small steps: call
    ``advance()`` until ``ready`` (a window does it between events), or
    make it at once with ``Familiarity.built(x_train)``.

    Parameters
    ----------
    x_train : array_like, shape (N, D), floats in [0, 1] (``Dataset.x_train``: uint8-backed is fine);
        D a square (28 * 28) for the blur, any D otherwise
    n_reference, n_calibration : training images compared with, and setting the threshold
        (fewer when the set is small: the calibration takes a fifth at most)
    quantile : fraction of held-out training images called familiar
    seed : which training images are drawn for the two sets
    """

    def __init__(self, x_train, *, n_reference: int = N_REFERENCE, n_calibration: int = N_CALIBRATION,
                 quantile: float = QUANTILE, seed: int = 0):
        n = len(x_train)
        if n < 2:
            raise ValueError(f"need at least 2 training images, got {n}")
        if not 0.0 < quantile < 1.0:
            raise ValueError(f"quantile must be between 0 and 1, got {quantile}")
        n_cal = max(1, min(int(n_calibration), n // 5))
        n_ref = max(1, min(int(n_reference), n - n_cal))
        order = np.random.default_rng(seed).permutation(n)
        self._x = x_train
        self._ref_index = np.sort(order[:n_ref])
        self._cal_index = np.sort(order[n_ref:n_ref + n_cal])
        self.quantile = float(quantile)
        self.threshold = float("nan")
        self.ink_limit = float("nan")
        self._reference = None
        self._steps = self._build()

    @classmethod
    def built(cls, x_train, **kwargs) -> "Familiarity":
        """A ready Familiarity, built at once."""
        f = cls(x_train, **kwargs)
        while not f.ready:
            f.advance()
        return f

    @property
    def ready(self) -> bool:
        return self._steps is None

    def advance(self) -> bool:
        """One step of the build (tens of milliseconds). Returns ``ready``."""
        if self._steps is not None:
            try:
                next(self._steps)
            except StopIteration:
                self._steps = None
                self._x = None  # the training images are not needed any more
        return self.ready

    def _build(self):
        reference = np.empty((len(self._ref_index), self._x.shape[1]), dtype=np.float32)
        ink = 0.0
        for start in range(0, len(self._ref_index), _CHUNK * 5):
            rows = np.asarray(self._x[self._ref_index[start:start + _CHUNK * 5]], dtype=np.float32)
            ink = max(ink, float(rows.sum(axis=1).max()))
            reference[start:start + len(rows)] = _unit_rows(_blur(rows))
            yield
        self._reference = reference
        distances = []
        for start in range(0, len(self._cal_index), _CHUNK):
            rows = np.asarray(self._x[self._cal_index[start:start + _CHUNK]], dtype=np.float32)
            ink = max(ink, float(rows.sum(axis=1).max()))
            distances.append(self._nearest(rows)[0])
            yield
        self.threshold = float(np.quantile(np.concatenate(distances), self.quantile))
        self.ink_limit = ink

    def _nearest(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(cosine distance of blurred ``x`` to the nearest reference image (N,), its row in the reference set (N,))."""
        similarity = _unit_rows(_blur(x)) @ self._reference.T
        best = np.argmax(similarity, axis=1)
        return 1.0 - similarity[np.arange(len(x)), best], best

    def _ready_or_raise(self) -> None:
        if not self.ready:
            raise RuntimeError("Familiarity is not built yet: call advance() until ready")

    def distances(self, x) -> np.ndarray:
        """Cosine distance from each row of ``x`` (N, D) to its nearest reference image, shape (N,)."""
        self._ready_or_raise()
        return self._nearest(np.atleast_2d(np.asarray(x, dtype=np.float32)))[0]

    def unlike(self, x) -> np.ndarray:
        """Whether each row of ``x`` (N, D) looks unlike the training images, shape (N,) bool."""
        x = np.atleast_2d(np.asarray(x, dtype=np.float32))
        return (self.distances(x) > self.threshold) | (x.sum(axis=1) > self.ink_limit)

    def check(self, x) -> FamiliarityVerdict:
        """The verdict for one input ``x``: (D,) or (H, W) with H * W == D."""
        self._ready_or_raise()
        row = np.asarray(x, dtype=np.float32).reshape(1, -1)
        distance, best = self._nearest(row)
        ink = float(row.sum())
        shape_unlike = bool(distance[0] > self.threshold)
        ink_unlike = ink > self.ink_limit
        return FamiliarityVerdict(unlike=shape_unlike or ink_unlike, shape_unlike=shape_unlike,
                                  ink_unlike=ink_unlike, distance=float(distance[0]), threshold=self.threshold,
                                  ink=ink, ink_limit=self.ink_limit, nearest=int(self._ref_index[best[0]]))


def _blur(x: np.ndarray) -> np.ndarray:
    """Each (N, side * side) image averaged over 3 x 3 neighbourhoods: a stroke a pixel
    thicker or thinner, or a pixel off, still overlaps. Rows that are not square images stay as they are."""
    side = int(round(np.sqrt(x.shape[1])))
    if side * side != x.shape[1] or side < 3:
        return x
    img = np.pad(x.reshape(-1, side, side), ((0, 0), (1, 1), (1, 1)))
    out = np.zeros((x.shape[0], side, side), dtype=np.float32)
    for dy in range(3):
        for dx in range(3):
            out += img[:, dy:dy + side, dx:dx + side]
    return (out / np.float32(9.0)).reshape(x.shape[0], -1)


def _unit_rows(x: np.ndarray) -> np.ndarray:
    """Rows scaled to length 1 (an all-zero row stays zero: nothing is like it)."""
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.maximum(norms, np.float32(1e-12))
