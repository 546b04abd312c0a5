"""The book's first layers: ``MulLayer`` and ``AddLayer`` (``ch05/layer_naive.py``).

Section 5.4 builds the apple shopping graph out of these two before any
neural-network layer appears. The interface is the book's, line by line:
``forward(x, y)`` returns ``out``; ``backward(dout)`` returns ``(dx, dy)``.
They work on Python numbers and NumPy arrays alike (element-wise).

    mul_apple_layer = MulLayer()
    apple_price = mul_apple_layer.forward(100, 2)      # 200
    dapple, dapple_num = mul_apple_layer.backward(1.1) # (2.2, 110.00000000000001)
"""
from __future__ import annotations

__all__ = ["MulLayer", "AddLayer"]


class MulLayer:
    """Multiplication node: ``out = x * y``."""

    def __init__(self):
        self.x = None
        self.y = None

    def forward(self, x, y):
        self.x = x
        self.y = y
        out = x * y

        return out

    def backward(self, dout):
        dx = dout * self.y  # swap x and y: d(xy)/dx = y
        dy = dout * self.x

        return dx, dy


class AddLayer:
    """Addition node: ``out = x + y``; backward passes ``dout`` on unchanged."""

    def __init__(self):
        pass

    def forward(self, x, y):
        out = x + y

        return out

    def backward(self, dout):
        dx = dout * 1
        dy = dout * 1

        return dx, dy
