"""ConfigError: every refusal of TrainConfig as facts (field, problem, value, range or choices) and its English."""

import pickle

import pytest

from engine import (
    BUGS,
    LIMITS,
    OPTIMIZERS,
    ConfigError,
    ConfigPart,
    ConfigProblem,
    TrainConfig,
)
from engine.config import ACTIVATIONS, DTYPES, WEIGHT_INITS

P = ConfigProblem
RANGED = {  # field -> (LIMITS key, whole numbers only)
    "lr": ("lr", False), "batch_size": ("batch_size", True), "steps": ("steps", True),
    "epochs": ("epochs", False), "eval_every": ("eval_every", True), "seed": ("seed", True),
    "weight_decay": ("weight_decay", False), "train_size": ("train_size", True),
}


def refusal(**fields) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        TrainConfig(**fields)
    assert isinstance(info.value, ValueError)  # callers that catch ValueError still catch it
    return info.value


@pytest.mark.parametrize("field", sorted(RANGED))
@pytest.mark.parametrize("value, problem", [
    ("abc", P.NOT_A_NUMBER), (None, P.NOT_A_NUMBER), ([1], P.NOT_A_NUMBER), (True, P.NOT_A_NUMBER),
    (float("nan"), P.NOT_A_NUMBER), (float("inf"), P.NOT_A_NUMBER),
    (-1, P.OUT_OF_RANGE), (10**40, P.OUT_OF_RANGE), (-(10**400), P.OUT_OF_RANGE),
])
def test_every_ranged_field_says_what_is_wrong(field, value, problem):
    if field == "steps" and value is None:
        value = "abc"  # steps=None is allowed (with epochs)
    if field in ("eval_every", "train_size", "epochs") and value is None:
        return  # None means 'each epoch' / 'all images' / 'count steps'
    if field == "weight_decay" and value == -1:
        value = -0.5
    err = refusal(**{field: value})
    key, whole = RANGED[field]
    assert (err.field, err.problem, err.low, err.high, err.whole, err.part) == \
        (field, problem, *LIMITS[key], whole, None)
    assert err.value is value or err.value == value
    what = "a whole number" if whole else "a number"
    shown = "a number of more than 30 digits" if isinstance(value, int) and abs(value) >= 10**30 else repr(value)
    assert err.shown == (None if shown.startswith("a number of") else shown)
    assert str(err) == f"{field} must be {what} from {LIMITS[key][0]:g} to {LIMITS[key][1]:g}, not {shown}"


@pytest.mark.parametrize("field", [f for f, (_, whole) in RANGED.items() if whole])
def test_a_fraction_is_not_a_whole_number(field):
    err = refusal(**{field: 2.5})
    assert (err.field, err.problem, err.value, err.whole) == (field, P.NOT_WHOLE, 2.5, True)


def test_above_the_range_too():
    for field, (key, whole) in RANGED.items():
        high = LIMITS[key][1]
        err = refusal(**{field: high + 1 if whole else high * 2})
        assert (err.field, err.problem) == (field, P.OUT_OF_RANGE)


def test_hidden_layers_facts():
    err = refusal(hidden_sizes=[])
    assert (err.field, err.problem, err.value, err.low, err.high) == ("hidden_sizes", P.LAYER_COUNT, 0, 1, 10)
    assert str(err) == "hidden_sizes must have 1 to 10 layers, not 0"
    err = refusal(hidden_sizes=[100] * 11)
    assert (err.problem, err.value) == (P.LAYER_COUNT, 11)
    err = refusal(hidden_sizes=None)
    assert (err.field, err.problem, err.value) == ("hidden_sizes", P.NOT_A_LIST, None)
    assert str(err) == "hidden_sizes must be a list of layer widths, not None"
    for value, problem in ((0, P.OUT_OF_RANGE), (5000, P.OUT_OF_RANGE), (10.5, P.NOT_WHOLE), ("abc", P.NOT_A_NUMBER)):
        err = refusal(hidden_sizes=[50, value])
        assert (err.field, err.part, err.problem, err.value) == ("hidden_sizes", ConfigPart.WIDTH, problem, value)
        assert (err.low, err.high, err.whole) == (*LIMITS["hidden_size"], True)
        assert str(err).startswith("hidden_sizes entries must be a whole number from 1 to 4096, not ")


def test_the_books_chapter6_networks_pass():
    assert TrainConfig(hidden_sizes=[100] * 6).hidden_sizes == (100,) * 6  # ch06 overfitting
    assert TrainConfig(hidden_sizes=[100] * 5).hidden_sizes == (100,) * 5  # ch06 weight init
    assert LIMITS["hidden_layers"] == (1, 10)


def test_weight_init_facts():
    err = refusal(weight_init="foo")
    assert (err.field, err.problem, err.value, err.choices) == ("weight_init", P.NOT_A_CHOICE_OR_NUMBER, "foo",
                                                               WEIGHT_INITS)
    assert (err.low, err.high) == LIMITS["weight_init_std"]
    assert str(err) == "weight_init must be 'he', 'xavier' or a std from 1e-06 to 10, not 'foo'"
    err = refusal(weight_init=0)
    assert (err.field, err.part, err.problem, err.value) == ("weight_init", ConfigPart.STD, P.OUT_OF_RANGE, 0)
    assert str(err) == "weight_init_std must be a number from 1e-06 to 10, not 0"


@pytest.mark.parametrize("field, choices", [
    ("activation", ACTIVATIONS), ("optimizer", tuple(OPTIMIZERS)), ("dtype", DTYPES), ("bug", tuple(BUGS))])
def test_choice_fields_list_their_choices(field, choices):
    for value in ("nope", 3):
        err = refusal(**{field: value})
        assert (err.field, err.problem, err.value, err.choices) == (field, P.NOT_A_CHOICE, value, choices)
        assert str(err).startswith(f"{field} must be one of {', '.join(choices)}")
        assert str(err).endswith(f"not {value!r}")


def test_length_augment_and_dict_facts():
    err = refusal(steps=None, epochs=None)
    assert (err.field, err.problem) == ("steps", P.NO_LENGTH)
    assert str(err) == "give steps or epochs: how long to train"
    err = refusal(augment="yes")
    assert (err.field, err.problem, err.value) == ("augment", P.NOT_TRUE_OR_FALSE, "yes")
    assert str(err) == "augment must be true or false, not 'yes'"
    with pytest.raises(ConfigError) as info:
        TrainConfig.from_dict([1, 2])
    assert (info.value.field, info.value.problem) == ("", P.NOT_A_DICT)
    assert str(info.value) == "a config must be a dict of settings, not a list"


def test_every_problem_is_reachable_and_the_error_survives_pickling():
    seen = set()
    for fields in ({"lr": "x"}, {"lr": 0}, {"seed": 0.5}, {"activation": "x"}, {"weight_init": "x"},
                   {"hidden_sizes": None}, {"hidden_sizes": []}, {"steps": None}, {"augment": 1},
                   {"hidden_sizes": (4096, 4096)}, {"hidden_sizes": (1000,), "batch_size": 60_000}):
        err = refusal(**fields)
        seen.add(err.problem)
        again = pickle.loads(pickle.dumps(err))
        assert (str(again), again.field, again.problem, again.value) == (str(err), err.field, err.problem, err.value)
    seen.add(P.NOT_A_DICT)
    assert seen == set(ConfigProblem)
