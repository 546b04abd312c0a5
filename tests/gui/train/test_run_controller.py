"""RunController's step arithmetic across runs, with the real worker thread on real MNIST."""
from engine import TrainConfig
from gui.common.network_change import NetworkChange, Origin
from gui.train.run_controller import IDLE


def run(qtbot, controller, config):
    """Start a run and collect its progress reports; returns (reports, final report)."""
    reports = []
    controller.progress.connect(reports.extend)
    try:
        with qtbot.waitSignal(controller.runFinished, timeout=60_000) as finished:
            assert controller.start(config)
    finally:
        controller.progress.disconnect(reports.extend)
    return reports, finished.args[0]


def test_a_first_run_counts_from_zero(qtbot, controller):
    assert (controller.run_start_step, controller.run_end_step) == (0, None)
    reports, last = run(qtbot, controller, TrainConfig(steps=20, eval_every=10))
    assert (controller.run_start_step, controller.run_end_step) == (0, 20)
    assert last.kind == "done" and controller.steps_this_run(last) == (20, 20)
    assert [controller.steps_this_run(r)[0] for r in reports if r.step > 0] == list(range(1, 21))


def test_runs_on_the_same_network_count_on_and_report_their_own_progress(qtbot, controller):
    config = TrainConfig(steps=20, eval_every=10)
    run(qtbot, controller, config)
    # Start after a finished run trains on for another run's length: steps 21..40.
    reports, last = run(qtbot, controller, config)
    assert (controller.run_start_step, controller.run_end_step) == (20, 40)
    assert last.step == 40 == controller.total_step
    assert controller.steps_this_run(last) == (20, 20)
    steps = [r.step for r in reports if r.kind == "step"]
    assert steps[0] == 21 and max(r.step for r in reports) == 40
    assert controller.steps_this_run(reports[0])[1] == 20  # the progress bar's full length: this run's
    # Another batch size needs a new trainer; the step axis still goes on from 40.
    reports, last = run(qtbot, controller, config.replace(batch_size=50))
    assert (controller.run_start_step, controller.run_end_step) == (40, 60)
    assert last.step == 60 and controller.steps_this_run(last) == (20, 20)


def stop_after(qtbot, controller, steps):
    qtbot.waitUntil(lambda: controller.total_step >= steps, timeout=20_000)
    with qtbot.waitSignal(controller.runFinished, timeout=20_000) as finished:
        controller.stop()
    return finished.args[0]


def test_a_stopped_run_continues_where_it_stopped(qtbot, controller):
    """Issue 15 item 16: after Stop then Start the progress went back (11% -> 7%): it is the same run."""
    config = TrainConfig(steps=100_000, eval_every=100_000)
    assert controller.start(config)
    stopped = stop_after(qtbot, controller, 5)
    assert stopped.kind == "stopped" and controller.state == IDLE
    assert controller.steps_this_run(stopped) == (stopped.step, 100_000)
    assert controller.start(config)
    # The run goes on: its first step is still 0, so its progress only grows.
    assert controller.run_start_step == 0 and controller.run_end_step == 100_000
    later = stop_after(qtbot, controller, stopped.step + 3)
    done, total = controller.steps_this_run(later)
    assert total == 100_000 and done == later.step > stopped.step


def test_an_edited_length_counts_after_a_stop(qtbot, controller):
    """Issue 15 item 16: 'Train for' set to 2000 after a stop at 1,077 was ignored (it ran on to 10,000)."""
    assert controller.start(TrainConfig(steps=100_000, eval_every=100_000))
    stopped = stop_after(qtbot, controller, 5)
    # Shorter, still ahead: the run ends at that many steps from its start.
    assert controller.start(TrainConfig(steps=stopped.step + 4, eval_every=100_000))
    assert controller.run_end_step == stopped.step + 4
    with qtbot.waitSignal(controller.runFinished, timeout=20_000) as finished:
        pass
    assert finished.args[0].kind == "done" and finished.args[0].step == stopped.step + 4
    # Now at 'Train for 3' the run is past that: Start trains 3 more (a finished run goes on).
    assert controller.start(TrainConfig(steps=3, eval_every=100_000))
    with qtbot.waitSignal(controller.runFinished, timeout=20_000) as finished:
        pass
    assert finished.args[0].step == stopped.step + 7


def test_reset_and_an_adopted_network_set_the_count(qtbot, controller):
    run(qtbot, controller, TrainConfig(steps=10, eval_every=10))
    controller.reset(TrainConfig())
    assert (controller.total_step, controller.run_start_step, controller.run_end_step) == (0, 0, None)
    controller.set_network(controller.net.copy(), NetworkChange(Origin.OPENED_SESSION), total_step=37)
    assert (controller.total_step, controller.run_start_step, controller.run_end_step) == (37, 37, None)
    reports, last = run(qtbot, controller, TrainConfig(steps=10, eval_every=10))
    assert controller.run_start_step == 37 and last.step == 47
    assert controller.steps_this_run(last) == (10, 10)


def test_a_divergence_counts_its_step_across_runs_and_the_next_start_draws_new_weights(qtbot, controller):
    changes = []
    controller.networkReset.connect(changes.append)
    run(qtbot, controller, TrainConfig(steps=20, eval_every=10))
    # Another batch size: a new trainer that counts from 0, shifted by 20 steps.
    _, last = run(qtbot, controller, TrainConfig(lr=50.0, batch_size=50, steps=2000, eval_every=1000))
    assert last.kind == "diverged" and last.step > 20
    assert last.divergence.step == last.step  # shifted with the report, as the banner shows it
    run(qtbot, controller, TrainConfig(steps=10, eval_every=10))
    assert changes == [NetworkChange(Origin.AFTER_DIVERGENCE)]
