"""Tests for engine.analysis: predictions, confusion matrix, per-class accuracy, weight tiles, classify."""
import numpy as np
import pytest

import engine
from engine.analysis import (
    classify,
    confident_mistakes,
    confusion_matrix,
    image_side,
    misclassified,
    per_class_accuracy,
    predict_scores,
    predictions,
    weight_tiles,
)
from engine.functions import softmax
from engine.network import MultiLayerNet, TwoLayerNet
from engine.preprocess import EmptyDrawingError, preprocess_stages


@pytest.fixture
def labels():
    rng = np.random.default_rng(1)
    t = rng.integers(0, 10, size=500)
    y = np.where(rng.random(500) < 0.7, t, rng.integers(0, 10, size=500))
    return t, y


def test_confusion_matrix_matches_a_double_loop(labels):
    t, y = labels
    cm = confusion_matrix(t, y, 10)
    expected = np.zeros((10, 10), dtype=np.int64)
    for i in range(10):
        for j in range(10):
            expected[i, j] = sum(1 for a, b in zip(t, y) if a == i and b == j)
    assert cm.dtype == np.int64 and cm.shape == (10, 10)
    np.testing.assert_array_equal(cm, expected)
    assert cm.sum() == t.size
    np.testing.assert_array_equal(cm.sum(axis=1), np.bincount(t, minlength=10))  # rows = true class
    np.testing.assert_array_equal(cm.sum(axis=0), np.bincount(y, minlength=10))  # columns = predicted
    assert np.trace(cm) == np.sum(t == y)


def test_confusion_matrix_matches_np_add_at(labels):
    t, y = labels
    expected = np.zeros((10, 10), dtype=np.int64)
    np.add.at(expected, (t, y), 1)
    np.testing.assert_array_equal(confusion_matrix(t, y, 10), expected)


def test_confusion_matrix_orientation():
    cm = confusion_matrix([3, 3, 3], [3, 5, 5], 10)  # two 3s read as 5
    assert cm[3, 5] == 2 and cm[5, 3] == 0 and cm[3, 3] == 1


def test_confusion_matrix_rejects_bad_input():
    with pytest.raises(ValueError):
        confusion_matrix([0, 1], [0], 2)
    with pytest.raises(ValueError):
        confusion_matrix([0, 2], [0, 1], 2)
    with pytest.raises(ValueError):
        confusion_matrix([0, 1], [0, -1], 2)
    assert confusion_matrix([], [], 3).sum() == 0


def test_per_class_accuracy_with_an_empty_row():
    cm = np.array([[8, 2, 0], [0, 0, 0], [1, 1, 2]])
    acc = per_class_accuracy(cm)
    assert acc.shape == (3,)
    assert acc[0] == pytest.approx(0.8)
    assert np.isnan(acc[1])
    assert acc[2] == pytest.approx(0.5)


def test_per_class_accuracy_is_recall(labels):
    t, y = labels
    acc = per_class_accuracy(confusion_matrix(t, y, 10))
    for c in range(10):
        assert acc[c] == pytest.approx(np.mean(y[t == c] == c))


def test_misclassified():
    t = np.array([0, 1, 2, 3, 4])
    y = np.array([0, 7, 2, 1, 4])
    idx = misclassified(t, y)
    np.testing.assert_array_equal(idx, [1, 3])
    assert idx.dtype == np.int64
    assert misclassified(t, t).size == 0


def test_confident_mistakes_sorted_by_wrong_probability():
    t = np.array([0, 0, 1, 1])
    scores = np.array([[5.0, 0.0], [0.0, 0.5], [0.0, 9.0], [3.0, 0.0]])
    # wrong: sample 1 (p(1) ~ 0.62), sample 3 (p(0) ~ 0.95)
    np.testing.assert_array_equal(confident_mistakes(t, scores), [3, 1])
    np.testing.assert_array_equal(confident_mistakes(t, scores, k=1), [3])
    p = softmax(scores)
    assert p[3, 0] > p[1, 1]
    assert confident_mistakes(np.array([0, 1]), np.array([[1.0, 0.0], [0.0, 1.0]])).size == 0


def test_predictions_equal_argmax_of_predict():
    rng = np.random.default_rng(0)
    net = MultiLayerNet(784, [30], 10, seed=3)
    x = rng.random((2503, 784), dtype=np.float32)
    expected = np.argmax(net.predict(x), axis=1)
    y = predictions(net, x, batch=1000)  # 3 chunks, the last one short
    np.testing.assert_array_equal(y, expected)
    assert y.shape == (2503,) and y.dtype == np.int64
    np.testing.assert_array_equal(predictions(net, x), expected)
    assert predict_scores(net, x, batch=700).shape == (2503, 10)


def test_predictions_agree_with_net_accuracy():
    rng = np.random.default_rng(2)
    net = TwoLayerNet(784, 20, 10, weight_init_std=0.1, seed=5)
    x = rng.random((300, 784))
    t = rng.integers(0, 10, size=300)
    cm = confusion_matrix(t, predictions(net, x), 10)
    assert np.trace(cm) / 300 == net.accuracy(x, t)


def test_weight_tiles_shape_for_50_hidden_units():
    W1 = np.random.default_rng(0).standard_normal((784, 50))
    img = weight_tiles(W1)
    # ceil(sqrt(50)) = 8 columns, 7 rows; 28 px tiles with 1 px between them
    assert img.shape == (7 * 28 + 6, 8 * 28 + 7)
    assert weight_tiles(W1, columns=10).shape == (5 * 28 + 4, 10 * 28 + 9)
    assert weight_tiles(W1, pad=0, columns=5).shape == (10 * 28, 5 * 28)


def test_weight_tiles_place_and_normalise_each_unit():
    rng = np.random.default_rng(4)
    W1 = rng.standard_normal((784, 5)) * np.array([1.0, 0.01, 100.0, 3.0, 0.5])
    W1[:, 3] = 0.0
    img = weight_tiles(W1, columns=3)  # 2 rows: units 0 1 2 / 3 (4 then an empty cell)
    assert img.shape == (2 * 28 + 1, 3 * 28 + 2)
    for j in range(5):
        r, c = divmod(j, 3)
        tile = img[r * 29:r * 29 + 28, c * 29:c * 29 + 28]
        if j == 3:
            np.testing.assert_array_equal(tile, 0.0)  # an all-zero unit stays zero, not NaN
            continue
        expected = W1[:, j].reshape(28, 28) / np.abs(W1[:, j]).max()
        np.testing.assert_allclose(tile, expected)
        assert np.nanmax(np.abs(tile)) == pytest.approx(1.0)
    assert np.all(np.isnan(img[28, :]))  # padding row
    assert np.all(np.isnan(img[:, 28]))  # padding column
    assert np.all(np.isnan(img[29:, 58:]))  # the unused cell


def test_weight_tiles_rejects_wrong_shape():
    with pytest.raises(ValueError):
        weight_tiles(np.zeros((100, 4)))
    assert weight_tiles(np.zeros((100, 4)), side=10).shape == (21, 21)


def test_image_side():
    assert image_side(784) == 28 == engine.MNIST_SIDE
    assert image_side(1) == 1 and image_side(4096) == 64
    assert image_side(785) is None and image_side(0) is None and image_side(2) is None


@pytest.fixture(scope="module")
def mnist_test():
    return engine.load_dataset()


def _drawn(pixels):
    """A 28 x 28 test image as a learner's drawing: ten times larger, off centre on a 400 x 400 canvas."""
    canvas = np.zeros((400, 400), np.float32)
    canvas[30:310, 90:370] = np.kron(pixels.reshape(28, 28), np.ones((10, 10), np.float32))
    return canvas


def test_classify_is_preprocess_then_softmax_of_predict(mnist_test):
    net = engine.load_pretrained()
    for index in (0, 1, 2):
        image = _drawn(mnist_test.x_test[index])
        probs, stages = classify(net, image)
        x = preprocess_stages(image).centred.reshape(1, 784)
        assert probs.shape == (10,) and probs.dtype == net.dtype
        np.testing.assert_allclose(probs, softmax(net.predict(x))[0], rtol=1e-6)
        np.testing.assert_array_equal(stages.centred, preprocess_stages(image).centred)
        assert abs(float(probs.sum()) - 1.0) < 1e-5
        assert int(np.argmax(probs)) == int(mnist_test.t_test[index])  # the bundled model reads them


def test_classify_accepts_uint8_images_and_float64_networks():
    net = TwoLayerNet(784, 20, 10, seed=0, dtype=np.float64)
    image = np.zeros((280, 280), np.uint8)
    image[60:220, 130:150] = 255  # a '1'
    probs, stages = classify(net, image)
    assert probs.dtype == np.float64 and stages.centred.shape == (28, 28)
    np.testing.assert_allclose(probs, softmax(net.predict(stages.centred.reshape(1, -1).astype(np.float64)))[0])


def test_classify_a_blank_drawing_raises():
    net = TwoLayerNet(784, 20, 10, seed=0, dtype=np.float32)
    with pytest.raises(EmptyDrawingError):
        classify(net, np.zeros((280, 280), np.float32))
