"""DrawingCanvas.set_image with arrays that are not a grayscale image of real numbers: a clear
ValueError, and the drawing is left as it was."""
import re

import numpy as np
import pytest

from gui.draw.canvas import DrawingCanvas, canvas_pixels


@pytest.fixture
def canvas(qtbot):
    c = DrawingCanvas()
    qtbot.addWidget(c)
    c.resize(280, 280)
    return c


@pytest.mark.parametrize("image", [
    np.full((28, 28), None, dtype=object),
    np.array([[1, "a"], [2, 3]], dtype=object),
    np.full((28, 28), 0.5 + 0.5j),
    np.zeros((28, 28), dtype=np.complex64),
    np.full((28, 28), "1"),
    np.zeros((28, 28), dtype="datetime64[s]"),
])
def test_set_image_refuses_what_is_not_real_numbers(canvas, qtbot, image):
    canvas.set_image(np.eye(28))
    before = canvas.pixels().copy()
    with qtbot.assertNotEmitted(canvas.changed), \
            pytest.raises(ValueError, match=re.escape(f"real numbers, got dtype {image.dtype}")):
        canvas.set_image(image)
    np.testing.assert_array_equal(canvas.pixels(), before)
    canvas.undo()
    assert canvas.is_blank()  # only the eye was pushed on the undo stack


@pytest.mark.parametrize("image", [np.eye(28, dtype=bool), np.eye(28, dtype=np.uint8) * 255,
                                   np.eye(28, dtype=np.int64) * 255, np.eye(28, dtype=np.float16)])
def test_real_images_of_any_number_type_are_drawn(image):
    assert canvas_pixels(image, 280).max() == 255
