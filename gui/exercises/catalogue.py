"""The exercises: which classes a student writes, the task, its hints, the starting file.

Starting files and solutions are Python in the book's interface (code stays
English, as the book prints it); the task, its formula and the hints are
sentences, translated when shown.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["Exercise", "EXERCISES", "SOLVED_AFTER_TRIES"]

SOLVED_AFTER_TRIES = 3  # "Show the book's solution" unlocks after this many checks

_HEADER = "import numpy as np\n\n\n"


@dataclass(frozen=True)
class Exercise:
    key: str
    classes: tuple  # the classes the file must define (graded)
    title: str  # QT_TRANSLATE_NOOP("Exercises", ...)
    task: str
    formula: str  # math in the book's names: not translated
    hints: tuple
    starter: str
    solution: str


RELU_FORWARD = '''class Relu:
    def __init__(self):
        self.mask = None

    def forward(self, x):
        self.mask = (x <= 0)
        out = x.copy()
        out[self.mask] = 0
        return out

'''
SIGMOID_FORWARD = '''class Sigmoid:
    def __init__(self):
        self.out = None

    def forward(self, x):
        out = 1 / (1 + np.exp(-x))
        self.out = out
        return out

'''
AFFINE_FORWARD = '''class Affine:
    def __init__(self, W, b):
        self.W = W
        self.b = b
        self.x = None
        self.dW = None
        self.db = None

    def forward(self, x):
        self.x = x
        out = np.dot(x, self.W) + self.b
        return out

'''
SOFTMAX_HELPERS = '''def softmax(x):
    x = x - np.max(x, axis=-1, keepdims=True)  # guard against overflow
    return np.exp(x) / np.sum(np.exp(x), axis=-1, keepdims=True)


def cross_entropy_error(y, t):
    if y.ndim == 1:
        t = t.reshape(1, t.size)
        y = y.reshape(1, y.size)
    if t.size == y.size:  # one-hot t -> labels
        t = t.argmax(axis=1)
    batch_size = y.shape[0]
    return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size


'''
SOFTMAX_INIT = '''class SoftmaxWithLoss:
    def __init__(self):
        self.loss = None
        self.y = None  # output of softmax
        self.t = None  # targets (one-hot)

'''
SOFTMAX_FORWARD = '''    def forward(self, x, t):
        self.t = t
        self.y = softmax(x)
        self.loss = cross_entropy_error(self.y, self.t)
        return self.loss

'''
NET_HEADER = "import numpy as np\nfrom collections import OrderedDict\n"
NET_CLASS = '''
# Affine, Relu and SoftmaxWithLoss are the book's layers (common/layers.py): the lab provides them.


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01):
        self.params = {}
        self.params['W1'] = weight_init_std * np.random.randn(input_size, hidden_size)
        self.params['b1'] = np.zeros(hidden_size)
        self.params['W2'] = weight_init_std * np.random.randn(hidden_size, output_size)
        self.params['b2'] = np.zeros(output_size)

        self.layers = OrderedDict()
        self.layers['Affine1'] = Affine(self.params['W1'], self.params['b1'])
        self.layers['Relu1'] = Relu()
        self.layers['Affine2'] = Affine(self.params['W2'], self.params['b2'])
        self.lastLayer = SoftmaxWithLoss()

    def predict(self, x):
        for layer in self.layers.values():
            x = layer.forward(x)
        return x

    def loss(self, x, t):
        y = self.predict(x)
        return self.lastLayer.forward(y, t)

'''
NET_STARTER_GRADIENT = '''    def gradient(self, x, t):
        # TODO: the forward pass (self.loss), then the backward pass: self.lastLayer
        # first, then every layer in self.layers in reverse order, each fed the
        # gradient the layer above returned.

        grads = {}
        grads['W1'] = None  # TODO: each Affine layer keeps its dW and db
        grads['b1'] = None
        grads['W2'] = None
        grads['b2'] = None
        return grads
'''
NET_GRADIENT = '''    def gradient(self, x, t):
        # forward
        self.loss(x, t)

        # backward
        dout = 1
        dout = self.lastLayer.backward(dout)

        layers = list(self.layers.values())
        layers.reverse()
        for layer in layers:
            dout = layer.backward(dout)

        grads = {}
        grads['W1'] = self.layers['Affine1'].dW
        grads['b1'] = self.layers['Affine1'].db
        grads['W2'] = self.layers['Affine2'].dW
        grads['b2'] = self.layers['Affine2'].db
        return grads
'''
TODO_BACKWARD = '''    def backward(self, dout):
        # TODO: write the backward pass here.
        dx = None
        return dx
'''

EXERCISES = (
    Exercise(
        "mul-add", ("MulLayer", "AddLayer"),
        QT_TRANSLATE_NOOP("Exercises", "MulLayer and AddLayer (5.4)"),
        QT_TRANSLATE_NOOP("Exercises", "Write backward for the multiply and the add node of the apple example. "
                                       "Each returns the pair (dx, dy)."),
        "z = x · y:  dx = dout · y,  dy = dout · x        z = x + y:  dx = dout,  dy = dout",
        (QT_TRANSLATE_NOOP("Exercises", "A multiply node sends back the upstream gradient times the *other* "
                                        "input: that is why forward keeps x and y."),
         QT_TRANSLATE_NOOP("Exercises", "An add node passes the upstream gradient on unchanged to both inputs."),
         QT_TRANSLATE_NOOP("Exercises", "For the apples: dout = 1 at the price, so d(apple) = 1.1 × 2 = 2.2.")),
        _HEADER + '''class MulLayer:
    def __init__(self):
        self.x = None
        self.y = None

    def forward(self, x, y):
        self.x = x
        self.y = y
        out = x * y
        return out

    def backward(self, dout):
        # TODO: the gradients for x and y
        dx = None
        dy = None
        return dx, dy


class AddLayer:
    def __init__(self):
        pass

    def forward(self, x, y):
        out = x + y
        return out

    def backward(self, dout):
        # TODO: the gradients for x and y
        dx = None
        dy = None
        return dx, dy
''',
        _HEADER + '''class MulLayer:
    def __init__(self):
        self.x = None
        self.y = None

    def forward(self, x, y):
        self.x = x
        self.y = y
        out = x * y
        return out

    def backward(self, dout):
        dx = dout * self.y  # x and y swapped
        dy = dout * self.x
        return dx, dy


class AddLayer:
    def __init__(self):
        pass

    def forward(self, x, y):
        out = x + y
        return out

    def backward(self, dout):
        dx = dout * 1
        dy = dout * 1
        return dx, dy
'''),
    Exercise(
        "relu", ("Relu",),
        QT_TRANSLATE_NOOP("Exercises", "Relu backward (5.5.1)"),
        QT_TRANSLATE_NOOP("Exercises", "Write Relu's backward. forward keeps a mask that is True where the input "
                                       "was 0 or less."),
        "y = x (x > 0), 0 (x ≤ 0)    ∂y/∂x = 1 (x > 0), 0 (x ≤ 0)",
        (QT_TRANSLATE_NOOP("Exercises", "Where the input was positive, the gradient passes unchanged; "
                                        "elsewhere it is 0."),
         QT_TRANSLATE_NOOP("Exercises", "self.mask is True exactly where the gradient must be 0."),
         QT_TRANSLATE_NOOP("Exercises", "Copy dout, then set the masked entries to 0: dx[self.mask] = 0.")),
        _HEADER + RELU_FORWARD + TODO_BACKWARD,
        _HEADER + RELU_FORWARD + '''    def backward(self, dout):
        dout[self.mask] = 0
        dx = dout
        return dx
'''),
    Exercise(
        "sigmoid", ("Sigmoid",),
        QT_TRANSLATE_NOOP("Exercises", "Sigmoid backward (5.5.2)"),
        QT_TRANSLATE_NOOP("Exercises", "Write Sigmoid's backward. forward keeps its output y in self.out."),
        "y = 1 / (1 + exp(−x))    ∂L/∂x = ∂L/∂y · y (1 − y)",
        (QT_TRANSLATE_NOOP("Exercises", "The derivative of the sigmoid can be written with its output alone."),
         QT_TRANSLATE_NOOP("Exercises", "It is y (1 − y), where y is the output, not the input x."),
         QT_TRANSLATE_NOOP("Exercises", "Do not forget to multiply by dout: backward passes the upstream "
                                        "gradient on.")),
        _HEADER + SIGMOID_FORWARD + TODO_BACKWARD,
        _HEADER + SIGMOID_FORWARD + '''    def backward(self, dout):
        dx = dout * (1.0 - self.out) * self.out
        return dx
'''),
    Exercise(
        "affine", ("Affine",),
        QT_TRANSLATE_NOOP("Exercises", "Affine backward (5.6.2)"),
        QT_TRANSLATE_NOOP("Exercises", "Write Affine's backward: return dx, and keep dW and db in self.dW and "
                                       "self.db. x is a batch of shape (N, D)."),
        "Y = X · W + B    ∂L/∂X = ∂L/∂Y · Wᵀ    ∂L/∂W = Xᵀ · ∂L/∂Y    ∂L/∂B = Σ over the batch of ∂L/∂Y",
        (QT_TRANSLATE_NOOP("Exercises", "Check the shapes: dx has x's shape (N, D), dW has W's (D, H), db has "
                                        "b's (H,)."),
         QT_TRANSLATE_NOOP("Exercises", "The bias was added to every row of the batch, so its gradient is the sum "
                                        "of dout over the rows (axis=0)."),
         QT_TRANSLATE_NOOP("Exercises", "np.dot(dout, self.W.T) for dx; np.dot(self.x.T, dout) for dW.")),
        _HEADER + AFFINE_FORWARD + TODO_BACKWARD.replace("dx = None", "dx = None\n        self.dW = None\n"
                                                                      "        self.db = None"),
        _HEADER + AFFINE_FORWARD + '''    def backward(self, dout):
        dx = np.dot(dout, self.W.T)
        self.dW = np.dot(self.x.T, dout)
        self.db = np.sum(dout, axis=0)
        return dx
'''),
    Exercise(
        "softmax", ("SoftmaxWithLoss",),
        QT_TRANSLATE_NOOP("Exercises", "SoftmaxWithLoss backward (5.6.3)"),
        QT_TRANSLATE_NOOP("Exercises", "Write SoftmaxWithLoss's backward for one-hot targets t. The loss is the "
                                       "mean over the batch."),
        "L = −(1/N) Σ t log y    ∂L/∂x = (y − t) / N",
        (QT_TRANSLATE_NOOP("Exercises", "The beauty of the pair: the gradient of the loss with respect to the "
                                        "scores is simply y − t."),
         QT_TRANSLATE_NOOP("Exercises", "The loss is a mean over the N samples of the batch: divide by N."),
         QT_TRANSLATE_NOOP("Exercises", "batch_size = self.t.shape[0]; dx = (self.y - self.t) / batch_size.")),
        _HEADER + SOFTMAX_HELPERS + SOFTMAX_INIT + SOFTMAX_FORWARD + TODO_BACKWARD.replace("(self, dout)",
                                                                                           "(self, dout=1)"),
        _HEADER + SOFTMAX_HELPERS + SOFTMAX_INIT + SOFTMAX_FORWARD + '''    def backward(self, dout=1):
        batch_size = self.t.shape[0]
        dx = (self.y - self.t) / batch_size
        return dx
'''),
    Exercise(
        "softmax-full", ("SoftmaxWithLoss",),
        QT_TRANSLATE_NOOP("Exercises", "SoftmaxWithLoss, forward and backward (5.6.3)"),
        QT_TRANSLATE_NOOP("Exercises", "Write both passes of SoftmaxWithLoss: forward keeps y and t and returns "
                                       "the mean cross-entropy loss; backward returns its gradient."),
        "y = softmax(x)    L = −(1/N) Σ t log y    ∂L/∂x = (y − t) / N",
        (QT_TRANSLATE_NOOP("Exercises", "forward: self.y = softmax(x), then the loss with cross_entropy_error."),
         QT_TRANSLATE_NOOP("Exercises", "backward needs the y and t that forward kept."),
         QT_TRANSLATE_NOOP("Exercises", "The gradient is (y − t) / N, N being the batch size.")),
        _HEADER + SOFTMAX_HELPERS + SOFTMAX_INIT + '''    def forward(self, x, t):
        # TODO: keep t and y = softmax(x); return the loss
        self.loss = None
        return self.loss

''' + TODO_BACKWARD.replace("(self, dout)", "(self, dout=1)"),
        _HEADER + SOFTMAX_HELPERS + SOFTMAX_INIT + SOFTMAX_FORWARD + '''    def backward(self, dout=1):
        batch_size = self.t.shape[0]
        dx = (self.y - self.t) / batch_size
        return dx
'''),
    Exercise(
        "two-layer-net", ("TwoLayerNet",),
        QT_TRANSLATE_NOOP("Exercises", "TwoLayerNet's gradient (5.7.2)"),
        QT_TRANSLATE_NOOP("Exercises", "Write TwoLayerNet.gradient: a forward pass, then the backward pass from "
                                       "the loss down through the layers in reverse order. Return the gradients "
                                       "W1, b1, W2, b2 that the Affine layers keep. The book's layers are "
                                       "provided; a class your file defines takes their place."),
        "dout = lastLayer.backward(1)    for layer in reversed(layers): dout = layer.backward(dout)",
        (QT_TRANSLATE_NOOP("Exercises", "Backward needs what forward kept: call self.loss(x, t) first."),
         QT_TRANSLATE_NOOP("Exercises", "The gradient starts at the loss: dout = self.lastLayer.backward(1)."),
         QT_TRANSLATE_NOOP("Exercises", "layers = list(self.layers.values()); layers.reverse(); then "
                                        "dout = layer.backward(dout) for each."),
         QT_TRANSLATE_NOOP("Exercises", "grads['W1'] = self.layers['Affine1'].dW, grads['b1'] = "
                                        "self.layers['Affine1'].db, and the same for Affine2.")),
        NET_HEADER + NET_CLASS + NET_STARTER_GRADIENT,
        NET_HEADER + NET_CLASS + NET_GRADIENT),
)
