"""Issue 15 item 11: Reset gives new weights each time, the same ones when the seed is fixed; the seed is shown."""
import numpy as np

from engine import TrainConfig


def _weights(window):
    return window.controller.network_copy().params["W1"].copy()


def test_each_reset_gives_new_weights_and_shows_their_seed(qtbot, make_window):
    window = make_window()
    assert not window.controls.seed_row.is_fixed()
    seen = []
    for _ in range(4):
        window.reset()
        seed = window.controls.config().seed
        assert window.controller.config.seed == seed  # the seed on screen made these weights
        assert f"seed {seed}" in window.statusBar().currentMessage()
        seen.append((seed, _weights(window)))
    seeds = [s for s, _ in seen]
    assert len(set(seeds)) == len(seeds)
    for i in range(1, len(seen)):
        assert not np.array_equal(seen[i - 1][1], seen[i][1])


def test_a_fixed_seed_gives_the_same_weights_every_reset(qtbot, make_window):
    window = make_window()
    window.controls.seed_row.set_fixed(True)
    window.reset()
    first, seed = _weights(window), window.controls.config().seed
    for _ in range(3):
        window.reset()
        assert window.controls.config().seed == seed
        np.testing.assert_array_equal(_weights(window), first)


def test_typing_a_seed_fixes_it_and_reproduces_the_weights(qtbot, make_window):
    window = make_window()
    window.controls.seed.setValue(1234)
    assert window.controls.seed_row.is_fixed()
    window.reset()
    a = _weights(window)
    window.reset()
    np.testing.assert_array_equal(_weights(window), a)
    assert window.controller.config.seed == 1234


def test_set_config_does_not_fix_the_seed(qtbot, make_window):
    window = make_window()
    window.controls.set_config(TrainConfig(seed=77))
    assert not window.controls.seed_row.is_fixed()


def test_the_fixed_switch_is_remembered(qtbot, make_window, settings):
    window = make_window()
    window.controls.seed_row.set_fixed(True)
    window.close()
    again = make_window(settings_=settings)
    assert again.controls.seed_row.is_fixed()
