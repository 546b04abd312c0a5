"""Tests for engine.config: TrainConfig's defaults, validation, immutability and round trip."""

import dataclasses
import json
import math

import pytest

from engine import BUGS, LIMITS, TrainConfig

BAD_HIDDEN_ENTRIES = [[0], [50, -1], [10.5], [5000]]


def test_defaults_are_the_books_run():
    c = TrainConfig()
    assert c.hidden_sizes == (50,)
    assert c.activation == "relu"
    assert c.weight_init == 0.01
    assert c.optimizer == "sgd"
    assert c.lr == 0.1
    assert c.batch_size == 100
    assert c.steps == 10_000
    assert c.epochs is None
    assert c.eval_every is None
    assert c.weight_decay == 0.0
    assert c.train_size is None
    assert c.bug is None
    # The book: 10000 iterations of 100 from 60000 samples, evaluated once per epoch (600 steps).
    assert c.total_steps(60000) == 10_000
    assert c.steps_per_epoch(60000) == 600
    assert c.eval_interval(60000) == 600


@pytest.mark.parametrize("field, value", [
    ("lr", 0),
    ("lr", -1),
    ("lr", float("nan")),
    ("lr", float("inf")),
    ("lr", 1e9),
    ("lr", "0.1"),
    ("batch_size", 0),
    ("batch_size", 2.5),
    ("batch_size", -100),
    ("batch_size", 60001),
    ("hidden_sizes", []),
    ("hidden_sizes", [10] * 11),
    *[("hidden_sizes", v) for v in BAD_HIDDEN_ENTRIES],
    ("hidden_sizes", None),
    ("activation", "tanh"),
    ("activation", "ReLU "),
    ("weight_init", "foo"),
    ("weight_init", -1),
    ("weight_init", 0),
    ("weight_init", float("nan")),
    ("optimizer", "rmsprop"),
    ("optimizer", None),
    ("steps", 0),
    ("steps", -5),
    ("steps", 1.5),
    ("epochs", -1),
    ("epochs", 0),
    ("epochs", float("nan")),
    ("eval_every", 0),
    ("eval_every", -10),
    ("seed", -1),
    ("seed", 2**32),
    ("seed", 1.5),
    ("weight_decay", -0.1),
    ("weight_decay", float("nan")),
    ("train_size", 0),
    ("train_size", 60001),
    ("augment", "yes"),
    ("dtype", "float16"),
    ("dtype", "int32"),
    ("bug", "nope"),
    ("bug", ""),
])
def test_invalid_values_raise_naming_the_field(field, value):
    with pytest.raises(ValueError) as info:
        TrainConfig(**{field: value})
    assert field in str(info.value)


@pytest.mark.parametrize("sizes", BAD_HIDDEN_ENTRIES)
def test_bad_hidden_size_entries_are_rejected(sizes):
    with pytest.raises(ValueError, match="hidden_size"):
        TrainConfig(hidden_sizes=sizes)


def test_bools_are_not_numbers():
    for field in ("lr", "batch_size", "steps", "seed"):
        with pytest.raises(ValueError, match=field):
            TrainConfig(**{field: True})


def test_steps_or_epochs_required():
    with pytest.raises(ValueError):
        TrainConfig(steps=None, epochs=None)
    assert TrainConfig(steps=None, epochs=2).total_steps(60000) == 1200


@pytest.mark.parametrize("field, value", [
    ("lr", LIMITS["lr"][0]), ("lr", LIMITS["lr"][1]), ("lr", 1),
    ("batch_size", 1), ("batch_size", 60000), ("batch_size", 100.0),
    ("hidden_sizes", [1] * 5), ("hidden_sizes", [100] * 6), ("hidden_sizes", [1] * 10),
    ("hidden_sizes", [4096]), ("hidden_sizes", 30),
    ("weight_init", "he"), ("weight_init", "Xavier"), ("weight_init", 10.0),
    ("optimizer", "Adam"), ("activation", "sigmoid"),
    ("seed", 0), ("seed", 2**32 - 1), ("epochs", 0.5), ("eval_every", 1),
    ("weight_decay", 0.0), ("train_size", 1), ("dtype", "float64"),
    ("bug", "relu-no-mask"), ("augment", True),
])
def test_valid_edge_values(field, value):
    TrainConfig(**{field: value})


def test_normalises_values():
    c = TrainConfig(hidden_sizes=[100, 50], optimizer="AdaGrad", weight_init="HE")
    assert c.hidden_sizes == (100, 50)
    assert c.optimizer == "adagrad"
    assert c.weight_init == "he"
    assert TrainConfig(hidden_sizes=30).hidden_sizes == (30,)


def test_frozen():
    c = TrainConfig()
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.lr = 0.5
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.hidden_sizes = (10,)
    assert c.lr == 0.1
    changed = c.replace(lr=0.5)
    assert changed.lr == 0.5 and c.lr == 0.1
    with pytest.raises(ValueError, match="lr"):
        c.replace(lr=-1)


def test_hashable_and_equal():
    assert TrainConfig(hidden_sizes=[10, 5]) == TrainConfig(hidden_sizes=(10, 5))
    assert hash(TrainConfig()) == hash(TrainConfig())
    assert TrainConfig(seed=1) != TrainConfig(seed=2)


@pytest.mark.parametrize("config", [
    TrainConfig(),
    TrainConfig(hidden_sizes=(100, 50, 20), activation="sigmoid", weight_init="xavier", optimizer="adam",
                lr=0.001, batch_size=32, steps=None, epochs=2.5, eval_every=50, seed=123,
                weight_decay=0.01, train_size=300, augment=True, dtype="float64", bug="affine-double-db"),
])
def test_dict_round_trip(config):
    d = config.to_dict()
    assert isinstance(d["hidden_sizes"], list)
    assert TrainConfig.from_dict(d) == config
    # and through JSON, as settings, model and session files store it
    again = TrainConfig.from_dict(json.loads(json.dumps(d)))
    assert again == config
    assert again.hidden_sizes == config.hidden_sizes


def test_from_dict_ignores_unknown_and_defaults_missing():
    c = TrainConfig.from_dict({"lr": 0.5, "future_option": 1})
    assert c == TrainConfig(lr=0.5)
    with pytest.raises(ValueError, match="batch_size"):
        TrainConfig.from_dict({"batch_size": 0})


def test_total_steps_with_epochs():
    assert TrainConfig(epochs=2).total_steps(60000) == 1200  # epochs win over steps
    assert TrainConfig(epochs=0.5, batch_size=100).total_steps(60000) == 300
    assert TrainConfig(epochs=1, batch_size=7).total_steps(60000) == math.ceil(60000 / 7)
    assert TrainConfig(epochs=0.01, batch_size=100).total_steps(1000) == 1  # never zero
    assert TrainConfig(epochs=3, train_size=1000).total_steps(60000) == 30
    assert TrainConfig(steps=77, epochs=None).total_steps(60000) == 77


def test_steps_per_epoch_with_train_size():
    assert TrainConfig(train_size=1000).steps_per_epoch(60000) == 10
    assert TrainConfig(train_size=1050).steps_per_epoch(60000) == 11
    assert TrainConfig(train_size=50).steps_per_epoch(60000) == 1  # batch larger than the data
    assert TrainConfig(train_size=60000).steps_per_epoch(500) == 5  # cannot exceed the data
    assert TrainConfig(batch_size=256).steps_per_epoch(60000) == 235


def test_eval_interval():
    assert TrainConfig(eval_every=25).eval_interval(60000) == 25
    assert TrainConfig(train_size=1000).eval_interval(60000) == 10


def test_limits_cover_the_validated_fields():
    for key in ("lr", "batch_size", "steps", "epochs", "eval_every", "seed", "weight_decay", "train_size",
                "hidden_size", "hidden_layers", "weight_init_std"):
        low, high = LIMITS[key]
        assert low <= high
    assert set(BUGS) >= {"relu-no-mask"}
