"""A stop that arrives while the trainer evaluates in the middle or at the end of a run is heard
between chunks: the evaluation is abandoned (no accuracy made up) and the run ends as stopped."""
import pytest

from engine import TrainConfig, Trainer, build_network, load_dataset


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    return load_dataset(cache_dir=tmp_path_factory.mktemp("cache"))


class StopDuringEvaluationAt:
    """A stop flag that is set on its ``after``-th poll once the trainer has made ``step`` steps."""

    def __init__(self, trainer, step, after=3):
        self.trainer, self.step, self.after = trainer, step, after
        self.polls_at_step = 0
        self.set = False

    def is_set(self):
        if self.trainer.step >= self.step:
            self.polls_at_step += 1  # the first poll at this step is the evaluation's first chunk
            if self.polls_at_step >= self.after:
                self.set = True
        return self.set


def run(ds, step, total, seed):
    config = TrainConfig(hidden_sizes=(256, 256), steps=total, eval_every=2, seed=seed)
    trainer = Trainer(build_network(config, 784, 10), ds.x_train, ds.t_train, ds.x_test, ds.t_test, config)
    stop = StopDuringEvaluationAt(trainer, step, after=2 + seed % 5)
    return trainer, stop, list(trainer.run(stop=stop))


@pytest.mark.parametrize("seed", range(4))
def test_a_stop_during_an_evaluation_in_the_middle_of_a_run(ds, seed):
    trainer, stop, reports = run(ds, step=4, total=100, seed=seed)
    assert [r.kind for r in reports[:5]] == ["start", "step", "step", "step", "step"]
    assert reports[2].evaluated and reports[2].step == 2  # step 2's evaluation was complete
    cut = reports[4]
    assert cut.step == 4 and not cut.evaluated and cut.train_acc is None  # abandoned, not made up
    assert reports[-1].kind == "stopped" and len(reports) == 6
    assert trainer.step == 4
    assert stop.polls_at_step < 10  # it did not evaluate all 70,000 images first


@pytest.mark.parametrize("seed", range(4))
def test_a_stop_during_the_last_evaluation_ends_the_run_stopped_without_an_accuracy(ds, seed):
    trainer, _stop, reports = run(ds, step=6, total=6, seed=seed)
    last = reports[-1]
    assert last.kind == "stopped" and last.step == 6 and last.test_acc is None and last.train_acc is None
    assert [r.kind for r in reports].count("stopped") == 1 and trainer.step == 6


def test_without_a_stop_every_evaluation_is_complete(ds):
    config = TrainConfig(hidden_sizes=(256, 256), steps=6, eval_every=2)
    trainer = Trainer(build_network(config, 784, 10), ds.x_train, ds.t_train, ds.x_test, ds.t_test, config)
    reports = list(trainer.run(stop=StopDuringEvaluationAt(trainer, step=10**9)))
    assert [r.step for r in reports if r.evaluated] == [0, 2, 4, 6]
    assert reports[-1].kind == "done" and reports[-1].test_acc is not None


def test_a_stopped_run_does_not_begin_a_final_evaluation_it_could_not_finish(ds, monkeypatch):
    import engine.trainer

    config = TrainConfig(hidden_sizes=(256, 256), steps=100)
    trainer = Trainer(build_network(config, 784, 10), ds.x_train, ds.t_train, ds.x_test, ds.t_test, config)
    n_params = sum(p.size for p in trainer.net.params.values())
    macs = n_params * (len(ds.t_train) + len(ds.t_test))
    real = trainer.net.accuracy
    for budget, evaluated in ((macs - 1, False), (macs, True)):
        monkeypatch.setattr(engine.trainer, "STOP_EVAL_MACS", budget)
        monkeypatch.setattr(engine.trainer, "STOP_EVAL_SECONDS", 60.0)  # only the budget decides here
        stop = StopDuringEvaluationAt(trainer, step=trainer.step + 1, after=1)
        calls = []
        monkeypatch.setattr(trainer.net, "accuracy", lambda *a, **k: calls.append(stop.set) or real(*a, **k))
        reports = list(trainer.run(stop=stop))
        final = reports[-1]
        assert final.kind == "stopped" and final.evaluated == evaluated
        assert any(calls) == evaluated  # an evaluation begun after the stop
