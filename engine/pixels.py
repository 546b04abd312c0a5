"""Images kept as uint8 (0..255) and read as float32 in [0, 1] when used.

The training set of MNIST is 60,000 x 784 pixels: 47 MB as the bytes of the
files, 188 MB as the float32 the network multiplies. ``Pixels`` keeps the
bytes and hands out float32 rows on demand, with the very values the book's
``load_mnist(normalize=True)`` returns (``astype(float32)`` then ``/= 255.0``).
The trainer converts one mini-batch at a time into a reused buffer, and the
evaluation one chunk at a time.

``Pixels`` reads like the float32 array it stands for: ``x[i]``, ``x[a:b]``,
``x[index_array]`` return fresh float32 arrays; ``x.shape``, ``x.dtype``,
``len(x)`` describe the float array; ``np.asarray(x)``, arithmetic and
comparisons convert the whole of it (use them on small data only). The
stored bytes are ``x.uint8``, read-only.
"""
from __future__ import annotations

import numpy as np
from numpy.lib.mixins import NDArrayOperatorsMixin

__all__ = ["Pixels", "to_float32"]


def to_float32(raw, out=None):
    """uint8 pixels 0..255 as float32 pixel / 255, any shape.

    out : optional float32 array of raw's shape to write into (returned).
    The book's two steps, ``astype(float32)`` then ``/= 255.0``: every
    uint8 is exact in float32 and the division is one correctly rounded
    float32 operation, so the values equal ``np.divide(raw, 255, dtype=float32)``.
    """
    if out is None:
        out = np.empty(np.shape(raw), dtype=np.float32)
    np.copyto(out, raw)
    out /= 255.0
    return out


class Pixels(NDArrayOperatorsMixin):
    """A read-only (N, D) float32 image array in [0, 1], stored as uint8 (N, D).

    Parameters
    ----------
    uint8 : array of uint8, any shape; kept (not copied) as a read-only view.
    """

    __slots__ = ("uint8",)
    dtype = np.dtype(np.float32)  # of what indexing returns

    def __init__(self, uint8):
        raw = np.asarray(uint8)
        if raw.dtype != np.uint8:
            raise TypeError(f"Pixels stores uint8, not {raw.dtype}")
        raw = raw.view()
        raw.flags.writeable = False
        self.uint8 = raw

    # -- what the float32 array would say about itself -----------------------
    @property
    def shape(self):
        return self.uint8.shape

    @property
    def ndim(self):
        return self.uint8.ndim

    @property
    def size(self):
        return self.uint8.size

    @property
    def flags(self):
        """The stored array's flags: never writeable."""
        return self.uint8.flags

    def __len__(self):
        return len(self.uint8)

    def __repr__(self):
        return f"Pixels(shape={self.shape}, stored as uint8: {self.uint8.nbytes:,} bytes)"

    # -- conversion ------------------------------------------------------------
    def __getitem__(self, key):
        """The selected pixels as a fresh float32 array (pixel / 255)."""
        return to_float32(self.uint8[key])

    def rows(self, key):
        """The selected rows as Pixels again: a slice costs no conversion (e.g. x.rows(slice(0, 1000)))."""
        return Pixels(self.uint8[key])

    def __array__(self, dtype=None, copy=None):
        if copy is False:
            raise ValueError("Pixels are stored as uint8: a float array needs a copy")
        out = to_float32(self.uint8)
        return out if dtype is None else out.astype(dtype, copy=False)

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        if any(isinstance(a, Pixels) for a in kwargs.get("out", ())):
            return NotImplemented  # read-only
        inputs = tuple(np.asarray(a) if isinstance(a, Pixels) else a for a in inputs)
        return getattr(ufunc, method)(*inputs, **kwargs)

    def astype(self, dtype, copy=True):
        """All pixels as ``dtype`` (float32 values, then cast, as the float32 array would)."""
        return np.asarray(self).astype(dtype, copy=False)

    def reshape(self, *shape):
        return np.asarray(self).reshape(*shape)

    def max(self, axis=None):
        # pixel / 255 grows with the pixel, so the largest byte gives the largest value
        return to_float32(self.uint8.max(axis=axis))

    def min(self, axis=None):
        return to_float32(self.uint8.min(axis=axis))
