"""engine_text writes the engine's facts in each language: every refusal, divergence and network change."""
import pytest

import engine
from engine import ConfigError, ConfigProblem, Divergence, DivergenceCause, TrainConfig
from gui.common import engine_text
from gui.common.network_change import NetworkChange, Origin
from tests.gui.i18n_words import app, english_words, language  # noqa: F401 (fixtures)

# One real refusal of TrainConfig for every field and every problem it can have.
REFUSALS = [
    {"hidden_sizes": None}, {"hidden_sizes": []}, {"hidden_sizes": [100] * 11}, {"hidden_sizes": [0]},
    {"hidden_sizes": [2.5]}, {"hidden_sizes": ["x"]}, {"hidden_sizes": [10**40]},
    {"activation": "tanh"}, {"activation": 3},
    {"weight_init": "lecun"}, {"weight_init": 0}, {"weight_init": float("nan")}, {"weight_init": 11.0},
    {"optimizer": "rmsprop"}, {"optimizer": None},
    {"lr": 0}, {"lr": "x"}, {"lr": float("inf")}, {"lr": 1e9},
    {"batch_size": 0}, {"batch_size": 2.5}, {"batch_size": 10**50},
    {"steps": 0}, {"steps": 1.5}, {"steps": None, "epochs": None}, {"steps": None, "epochs": 0},
    {"steps": None, "epochs": float("nan")},
    {"eval_every": 0}, {"eval_every": 0.5}, {"seed": -1}, {"seed": 2**32}, {"seed": 0.5},
    {"weight_decay": -1.0}, {"weight_decay": "x"}, {"train_size": 0}, {"train_size": 70_000},
    {"augment": "yes"}, {"dtype": "float16"}, {"bug": "nope"},
    {"hidden_sizes": [4096] * 10}, {"hidden_sizes": [1000], "batch_size": 60_000},
]


def refusal(fields) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        TrainConfig(**fields)
    return info.value


def all_refusals():
    errors = [refusal(fields) for fields in REFUSALS]
    with pytest.raises(ConfigError) as info:
        TrainConfig.from_dict([1])
    return errors + [info.value]


DIVERGENCES = [
    Divergence(1234, float("nan"), DivergenceCause.NON_FINITE, 50.0),
    Divergence(7, float("inf"), DivergenceCause.NON_FINITE, 3.0),
    Divergence(25, 88.0, DivergenceCause.CLIMBED, 12.5, smoothed=40.2, factor=4.0, baseline=2.31),
]
CHANGES = [NetworkChange(origin) for origin in Origin] + [
    NetworkChange(Origin.LOADED_MODEL, "mine.npz"), NetworkChange(Origin.OPENED_SESSION, "lesson.npz")]


def test_every_field_and_every_problem_is_covered():
    errors = all_refusals()
    assert {e.problem for e in errors} == set(ConfigProblem)
    assert {e.field for e in errors} == set(TrainConfig.__dataclass_fields__) | {""}


@pytest.mark.parametrize("code", ["ko", "ja"])
def test_every_fact_in_korean_and_japanese_leaves_no_english(language, code):  # noqa: F811
    language(code)
    texts = []
    for error in all_refusals():
        text = engine_text.config_error_text(error)
        assert text != str(error)
        if error.shown is not None:
            text = text.replace(error.shown, " ")  # the value refused is shown as it was given
        texts.append(text.replace("list", " ") if error.problem is ConfigProblem.NOT_A_DICT else text)
    texts += [engine_text.divergence_text(d) for d in DIVERGENCES]
    texts += [engine_text.reason_text(c) for c in CHANGES]
    for text in texts:
        assert english_words(text.replace("dtype", " ").replace("NaN", " ")) == [], text


@pytest.mark.parametrize("code", ["en", "ko", "ja"])
def test_a_refusal_names_the_control_and_its_limits(language, code):  # noqa: F811
    language(code)
    label = engine_text.field_label("hidden_sizes")
    assert label == {"en": "Hidden layers", "ko": "은닉층", "ja": "隠れ層"}[code]
    text = engine_text.config_error_text(refusal({"hidden_sizes": [100] * 11}))
    assert label in text and "hidden_sizes" not in text and "10" in text and "11" in text
    text = engine_text.config_error_text(refusal({"seed": -1}))
    assert engine_text.field_label("seed") in text and "4,294,967,295" in text  # written in full, not 4.29497e+09
    text = engine_text.config_error_text(refusal({"batch_size": 10**50}))
    assert "30" in text and "1" * 10 not in text  # a number too long to show is described
    text = engine_text.config_error_text(refusal({"hidden_sizes": [4096] * 10}))
    assert label in text and "784-4096x10-10" in text and "154,288,138" in text and "10,500,000" in text
    text = engine_text.config_error_text(refusal({"hidden_sizes": [1000], "batch_size": 60_000}))
    assert engine_text.field_label("batch_size") in text and "60,000" in text and "3,148" in text
    assert "4.76e10" in text and "2.5e9" in text


def test_english_sentences_from_the_facts(language):  # noqa: F811
    language("en")
    say = engine_text.config_error_text
    assert say(refusal({"lr": 0})) == "“Learning rate” must be a number from 1e-06 to 100, not 0."
    assert say(refusal({"batch_size": 2.5})) == "“Batch size” must be a whole number from 1 to 60,000, not 2.5."
    assert say(refusal({"hidden_sizes": [0]})) == \
        "Each width in “Hidden layers” must be a whole number from 1 to 4,096, not 0."
    assert say(refusal({"weight_init": 0})) == "The std in “Initial weights” must be a number from 1e-06 to 10, not 0."
    assert say(refusal({"weight_init": "lecun"})) == \
        "“Initial weights” must be He, Xavier or a std from 1e-06 to 10, not 'lecun'."
    assert say(refusal({"optimizer": "rmsprop"})) == \
        "“Optimizer” must be one of SGD, Momentum, AdaGrad, Adam, not 'rmsprop'."
    assert say(refusal({"steps": None, "epochs": None})) == "“Train for” needs a number of steps or epochs."
    assert say(refusal({"augment": "yes"})) == "“Augment (shifts, rotations, thickness)” must be on or off, not 'yes'."
    bug = say(refusal({"bug": "nope"}))
    assert bug.startswith("“Planted bug” must be one of none, ReLU backward ignores its mask, ")
    assert say(ValueError("anything else")) == "anything else"
    assert say(refusal({"hidden_sizes": [4096] * 10})) == (
        "“Hidden layers”: a 784-4096x10-10 network has 154,288,138 parameters (weights and biases); at most "
        "10,500,000 are allowed, so that Stop and Reset answer within a second. Use fewer or narrower hidden layers.")
    assert say(refusal({"hidden_sizes": [1000], "batch_size": 60_000})) == (
        "“Batch size”: a mini-batch of 60,000 through 784-1000-10 is 4.76e10 multiply-adds; at most 2.5e9 are "
        "allowed, so that Stop answers within a second. Use a batch of at most 3,148.")
    assert [engine_text.divergence_text(d) for d in DIVERGENCES] == [
        "The run diverged at step 1,234: the loss became NaN. Try a smaller learning rate (now 50).",
        "The run diverged at step 7: the loss became ∞. Try a smaller learning rate (now 3).",
        ("The run diverged at step 25: the loss climbed to 40.2 (smoothed), more than 4 times its starting value "
         "2.31. Try a smaller learning rate (now 12.5)."),
    ]
    assert [engine_text.reason_text(c) for c in CHANGES] == [
        "new weights", "new weights: the last run diverged", "new weights for the new architecture",
        "loaded from ", "opened a session", "loaded from mine.npz", "session lesson.npz"]


def test_the_command_line_says_the_same_facts_in_the_engines_english():
    for d in DIVERGENCES[:1]:
        assert str(d) == "The run diverged at step 1234: the loss became nan. Try a smaller learning rate (now 50)."
    assert str(DIVERGENCES[2]) == ("The run diverged at step 25: the loss climbed to 40.2 (smoothed), more than "
                                   "4 times its starting value 2.31. Try a smaller learning rate (now 12.5).")
    assert engine.ConfigError is ConfigError
