"""The book's buy_apple.py and buy_apple_orange.py, run as the book writes them,
against the numbers the book prints."""
import numpy as np
import pytest

from engine import AddLayer, MulLayer


def test_buy_apple():
    apple = 100
    apple_num = 2
    tax = 1.1

    mul_apple_layer = MulLayer()
    mul_tax_layer = MulLayer()

    # forward
    apple_price = mul_apple_layer.forward(apple, apple_num)
    price = mul_tax_layer.forward(apple_price, tax)

    # backward
    dprice = 1
    dapple_price, dtax = mul_tax_layer.backward(dprice)
    dapple, dapple_num = mul_apple_layer.backward(dapple_price)

    # The book prints: price: 220, dApple: 2.2, dApple_num: 110, dTax: 200
    assert int(price) == 220 and price == pytest.approx(220)
    assert dapple == pytest.approx(2.2)
    assert int(dapple_num) == 110 and dapple_num == pytest.approx(110)
    assert dtax == 200
    assert str(dapple) == "2.2"  # exactly what the book's print shows


def test_buy_apple_orange():
    apple = 100
    apple_num = 2
    orange = 150
    orange_num = 3
    tax = 1.1

    # layer
    mul_apple_layer = MulLayer()
    mul_orange_layer = MulLayer()
    add_apple_orange_layer = AddLayer()
    mul_tax_layer = MulLayer()

    # forward
    apple_price = mul_apple_layer.forward(apple, apple_num)  # (1)
    orange_price = mul_orange_layer.forward(orange, orange_num)  # (2)
    all_price = add_apple_orange_layer.forward(apple_price, orange_price)  # (3)
    price = mul_tax_layer.forward(all_price, tax)  # (4)

    # backward
    dprice = 1
    dall_price, dtax = mul_tax_layer.backward(dprice)  # (4)
    dapple_price, dorange_price = add_apple_orange_layer.backward(dall_price)  # (3)
    dorange, dorange_num = mul_orange_layer.backward(dorange_price)  # (2)
    dapple, dapple_num = mul_apple_layer.backward(dapple_price)  # (1)

    # The book prints: price: 715, dApple: 2.2, dApple_num: 110, dOrange: 3.3, dOrange_num: 165, dTax: 650
    assert int(price) == 715
    assert dapple == pytest.approx(2.2)
    assert int(dapple_num) == 110
    assert dorange == pytest.approx(3.3)
    assert int(dorange_num) == 165
    assert dtax == 650


def test_layers_keep_what_backward_needs_and_work_on_arrays():
    mul = MulLayer()
    x, y = np.array([1.0, 2.0]), np.array([3.0, -4.0])
    assert np.array_equal(mul.forward(x, y), [3.0, -8.0])
    assert mul.x is x and mul.y is y
    dx, dy = mul.backward(np.array([1.0, 10.0]))
    assert np.array_equal(dx, [3.0, -40.0]) and np.array_equal(dy, [1.0, 20.0])
    add = AddLayer()
    assert np.array_equal(add.forward(x, y), [4.0, -2.0])
    dx, dy = add.backward(np.array([5.0, 6.0]))
    assert np.array_equal(dx, [5.0, 6.0]) and np.array_equal(dy, [5.0, 6.0])
