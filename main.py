"""Backprop Lab: entry point.

``python main.py`` opens the window; ``python main.py --headless`` trains (or
gradient-checks) in the terminal with the same hyperparameter flags. The
defaults reproduce the book's chapter 5 run: 784-50-10, ReLU, std 0.01, SGD
with lr 0.1, batch 100, 10,000 steps.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

# One BLAS thread, set before NumPy loads: for this app's matrices (a batch of
# 100 against a few hundred units) a second thread gains little, and on a
# 2-core machine it would fight the window's own thread for the other core.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

EPILOG = """examples:
  python main.py --headless                      the book's chapter 5 run
  python main.py --headless --hidden 256,128 --weight-init he --optimizer adam --lr 0.001 --epochs 10
  python main.py --headless --gradcheck          the book's gradient check, with verdicts
  python main.py --headless --gradcheck --inject-bug relu-no-mask
  python main.py --headless --health --hidden 100,100,100,100,100 --activation sigmoid --weight-init 1
  python main.py --autostart --epochs 2          train in the window at once
  python main.py --graph apple-orange --set tax=1.2   a computational graph of chapter 5, forward and backward
"""


def _weight_init(text: str):
    if text.lower() in ("he", "xavier"):
        return text.lower()
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected 'he', 'xavier' or a number, not {text!r}") from None


def _hidden(text: str):
    parts = text.replace(" ", "").split(",")
    try:
        if not all(parts):  # '50,,50', '50,' or '': a size left out is a typo, not a smaller net
            raise ValueError
        return tuple(int(part) for part in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated sizes such as 50 or 100,100, not {text!r}") from None


class _Parser(argparse.ArgumentParser):
    """argparse with its errors on one line, as the other errors here (the usage is one --help away)."""

    def error(self, message):
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="backprop-lab",
        description="Learn and teach error backpropagation (Deep Learning from Scratch, chapter 5).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    mode = p.add_argument_group("mode")
    mode.add_argument("--headless", action="store_true", help="run in the terminal, without a window")
    mode.add_argument("--gradcheck", action="store_true",
                      help="compare backprop with numerical gradients (the book's gradient_check.py)")
    mode.add_argument("--health", action="store_true", help="layer health at initialisation (or after --steps N)")
    mode.add_argument("--list-bugs", action="store_true", help="list the bugs --inject-bug can plant, then exit")
    mode.add_argument("--json", action="store_true", help="print one JSON summary at the end (progress goes to stderr)")

    h = p.add_argument_group("hyperparameters (defaults: the book's chapter 5 run)")
    h.add_argument("--hidden", type=_hidden, default=(50,), metavar="SIZES",
                   help="hidden layer sizes, comma-separated (default 50)")
    h.add_argument("--activation", choices=("relu", "sigmoid"), default="relu")
    h.add_argument("--weight-init", type=_weight_init, default=0.01, metavar="INIT",
                   help="'he', 'xavier' or a standard deviation (default 0.01)")
    h.add_argument("--optimizer", choices=("sgd", "momentum", "adagrad", "adam"), default="sgd")
    h.add_argument("--lr", type=float, default=0.1, help="learning rate (default 0.1)")
    h.add_argument("--batch-size", type=int, default=100)
    length = h.add_mutually_exclusive_group()
    length.add_argument("--steps", type=int, default=None, help="mini-batch updates (default 10000)")
    length.add_argument("--epochs", type=float, default=None, help="passes over the training set")
    h.add_argument("--eval-every", type=int, default=None, metavar="STEPS",
                   help="steps between accuracy evaluations (default: once per epoch)")
    h.add_argument("--seed", type=int, default=0)
    h.add_argument("--weight-decay", type=float, default=0.0, metavar="LAMBDA")
    h.add_argument("--train-size", type=int, default=None, metavar="N", help="train on the first N samples only")
    h.add_argument("--augment", action="store_true",
                   help="random shifts, rotations, stroke thickness and blur on each mini-batch")
    h.add_argument("--inject-bug", default=None, metavar="NAME", help="plant a bug in a backward pass (see --list-bugs)")

    d = p.add_argument_group("data and files")
    d.add_argument("--data-dir", default=None, metavar="DIR",
                   help="a folder of MNIST-format IDX files (e.g. /usr/share/datasets/fashion-mnist)")
    d.add_argument("--save", default=None, metavar="PATH", help="save the trained model (.npz)")

    g = p.add_argument_group("gradient check")
    g.add_argument("--samples", type=int, default=3, help="samples in the gradient check (default 3, as the book)")
    g.add_argument("--h", type=float, default=1e-4, dest="step_h", metavar="H", help="finite-difference step (default 1e-4)")
    g.add_argument("--max-entries", type=int, default=None, metavar="N",
                   help="check at most N random entries per parameter (default: all)")

    cg = p.add_argument_group("computational graphs (chapter 5.1-5.7; imply --headless)")
    cg.add_argument("--graph", default=None, metavar="NAME",
                    help="print a graph's nodes with their values and gradients (see --list-graphs)")
    cg.add_argument("--set", action="append", default=[], metavar="INPUT=VALUE",
                    help="give an input of the graph a value first: a number or a list such as [[1, 2], [3, 4]]")
    cg.add_argument("--list-graphs", action="store_true", help="list the graphs --graph can show, then exit")

    ex = p.add_argument_group("exercises (imply --headless)")
    ex.add_argument("--check-exercise", default=None, metavar="FILE",
                    help="grade a file defining the book's layers (Relu, Sigmoid, Affine, SoftmaxWithLoss, "
                         "MulLayer, AddLayer); exit 0 all pass, 1 some fail, 2 not gradable")
    ex.add_argument("--timeout", type=float, default=10.0, metavar="S",
                    help="seconds the graded code may run (default 10)")

    w = p.add_argument_group("window")
    w.add_argument("--autostart", action="store_true", help="start training as soon as the window is ready")
    w.add_argument("--exit-after-training", action="store_true", help="quit when the run ends")
    w.add_argument("--screenshot", default=None, metavar="PATH",
                   help="save a PNG of the window when ready (after training with --autostart), then quit")
    w.add_argument("--lang", default=None, metavar="CODE",
                   help="interface language: en, ko (한국어) or ja (日本語); default: the one last chosen "
                        "in the window, else en")
    return p


def config_from_args(args):
    """The TrainConfig the flags describe. Raises ValueError naming a bad field."""
    from engine import TrainConfig

    return TrainConfig(
        hidden_sizes=args.hidden,
        activation=args.activation,
        weight_init=args.weight_init,
        optimizer=args.optimizer,
        lr=args.lr,
        batch_size=args.batch_size,
        steps=args.steps if args.steps is not None else (None if args.epochs is not None else 10_000),
        epochs=args.epochs,
        eval_every=args.eval_every,
        seed=args.seed,
        weight_decay=args.weight_decay,
        train_size=args.train_size,
        augment=args.augment,
        bug=args.inject_bug,
    )


def _say(args, text=""):
    # With --json, stdout carries only the JSON object; progress goes to stderr.
    print(text, file=sys.stderr if args.json else sys.stdout, flush=True)


def _fmt(value, spec=".4f"):
    return "-" if value is None else format(value, spec)


def run_gradcheck(args, config, dataset):
    """Check the gradients of the network ``config`` describes; print the table; return the JSON summary."""
    import numpy as np

    from engine import BUGS, build_network, gradient_check
    from engine.gradcheck_text import table_lines, verdict_line

    net = build_network(config.replace(dtype="float64"), dataset.x_train.shape[1], len(dataset.class_names))
    n = max(1, min(args.samples, dataset.x_test.shape[0]))
    x, t = dataset.x_test[:n].astype(np.float64), dataset.t_test[:n]
    result = gradient_check(net, x, t, h=args.step_h, max_entries=args.max_entries)
    arch = "-".join(str(s) for s in net.sizes)
    _say(args, f"Gradient check: {arch} {config.activation} net, {n} test samples, float64, h={args.step_h:g}"
               + (f", at most {args.max_entries} entries per parameter" if args.max_entries else ""))
    if config.bug:
        _say(args, f"PLANTED BUG: {config.bug} ({BUGS[config.bug].title})")
    for line in table_lines(result):
        _say(args, line)
    _say(args, f"backprop {result.backprop_seconds * 1e3:.2f} ms, numerical {result.numerical_seconds * 1e3:.1f} ms "
               f"(re-check {result.recheck_seconds * 1e3:.1f} ms): backprop was {result.speedup:,.0f} times faster")
    _say(args, verdict_line(result))
    return {
        "architecture": net.sizes, "samples": n, "h": args.step_h, "bug": config.bug, "passed": result.passed,
        "caught": bool(config.bug) and not result.passed, "backprop_seconds": result.backprop_seconds,
        "numerical_seconds": result.numerical_seconds, "recheck_seconds": result.recheck_seconds,
        "rows": [row.to_dict() for row in result.rows],
    }


def run_health(args, config, dataset, net):
    """--health: the table of engine.layer_health (thresholds and verdicts: engine/health.py)."""
    from engine import layer_health

    report = layer_health(net, dataset.x_test, dataset.t_test, lr=config.lr)
    _say(args, f"Layer health on the first {report.samples} test images (update ratio for SGD at lr {report.lr:g})")
    _say(args, "layer        mean  spread  satur.  dead  grad norm  ratio      dW/W  update  verdict")
    for h in report.layers:
        _say(args, f"{h.name:<10}{h.mean:>7.3f}{h.spread:>8.3f}{_fmt(h.saturated, '.2f'):>8}{_fmt(h.dead, '.2f'):>6}"
                   f"{h.grad_norm:>11.3e}{_fmt(h.grad_ratio, '.2f'):>7}{h.dw_ratio:>10.2e}{h.update_ratio:>8.2f}"
                   f"  {h.verdict}")
    return report.to_dict()


def run_training(args, config, dataset, net=None):
    from engine import Trainer, build_network

    net = net or build_network(config, dataset.x_train.shape[1], len(dataset.class_names))
    trainer = Trainer(net, dataset.x_train, dataset.t_train, dataset.x_test, dataset.t_test, config)
    arch = "-".join(str(s) for s in net.sizes)
    _say(args, f"Training {arch} ({config.activation}, init {config.weight_init}, {config.optimizer} lr {config.lr:g}, "
               f"batch {trainer.batch_size}) on {dataset.name}: {trainer.total_steps} steps, "
               f"{trainer.steps_per_epoch} per epoch" + (f"  [PLANTED BUG: {config.bug}]" if config.bug else ""))
    last, last_code = None, 0
    start = time.perf_counter()
    try:
        for report in trainer.run():
            last = report
            if report.evaluated or report.kind not in ("start", "step"):
                _say(args, f"epoch {report.epoch:6.2f}  step {report.step:>7}/{report.total_steps}  "
                           f"loss {report.loss:.4f}  train acc {_fmt(report.train_acc)}  "
                           f"test acc {_fmt(report.test_acc)}  ({report.elapsed:.1f} s training)")
    except KeyboardInterrupt:
        _say(args, "interrupted")
        train_acc, test_acc = trainer.evaluate()
        last = trainer._report("stopped")
        last = type(last)(**{**last.__dict__, "train_acc": train_acc, "test_acc": test_acc})
    wall = time.perf_counter() - start
    if last.kind == "diverged":
        _say(args, f"DIVERGED: {last.divergence}")  # the engine's English sentence for its facts
    summary = {
        "status": last.kind,
        "steps": last.step,
        "epochs": last.epoch,
        "train_seconds": last.elapsed,
        "wall_seconds": wall,
        "test_accuracy": last.test_acc,
        "train_accuracy": last.train_acc,
        "loss": last.loss,
        "dataset": dataset.name,
        "config": config.to_dict(),
    }
    if args.save and last.kind != "diverged":
        info = {"test_accuracy": last.test_acc, "train_accuracy": last.train_acc, "steps": last.step,
                "dataset": dataset.name}
        path, error = save_keeping_the_work(net, args.save, config=config, info=info)
        if error is not None:
            summary["save_error"] = str(error)
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            print(f"backprop-lab: could not save {args.save}: {reason}"
                  if isinstance(error, OSError) else f"backprop-lab: {reason}", file=sys.stderr)
            if path is not None:
                print(f"backprop-lab: the trained model is saved in {path} instead", file=sys.stderr)
            last_code = 1
        if path is not None:
            summary["saved"] = str(path)
            _say(args, f"saved {path}")
    elif args.save:
        _say(args, f"not saved: the run diverged, {args.save} was left as it was")
    _say(args, f"{last.step} steps in {last.elapsed:.2f} s of training ({last.step / max(last.elapsed, 1e-9):,.0f} steps/s); "
               f"test accuracy {_fmt(last.test_acc)}")
    return summary, (0 if last.kind in ("done", "stopped") and not last_code else 1)


def save_keeping_the_work(net, path, **kwargs):
    """(path written or None, error or None): ``save_model`` to ``path``, else to a new file in the temp folder.

    Training may have taken hours: when ``path`` cannot be written after all
    (a disk filled, a folder removed meanwhile), the model goes to a private
    file in ``tempfile.gettempdir()`` and the caller says where.
    """
    import tempfile
    from pathlib import Path

    from engine import save_model

    try:
        return save_model(net, path, **kwargs), None
    except ValueError as exc:  # the model itself cannot be saved: no other place helps
        return None, exc
    except OSError as exc:
        error = exc
    try:
        fd, spare = tempfile.mkstemp(prefix=f"backprop-lab-{Path(path).stem or 'model'}-", suffix=".npz")
        os.close(fd)  # mode 0600, which the save keeps
        return save_model(net, spare, **kwargs), error
    except (OSError, ValueError):
        return None, error


def check_args(args) -> str | None:
    """What is wrong with flags that argparse alone cannot check, as one line (None: nothing).

    Checked before the data loads, training starts or the window opens, so a
    bad --save path does not cost a whole run.
    """
    from engine import SaveTargetError, check_save_target

    if not args.step_h > 0:  # NaN too; an infinite h runs and gives 'failed' rows, never a pass
        return f"--h must be a positive number, not {args.step_h}"
    if args.max_entries is not None and args.max_entries < 1:
        return f"--max-entries must be a whole number >= 1, not {args.max_entries}"
    if args.samples < 1:
        return f"--samples must be a whole number >= 1, not {args.samples}"
    if not (0 < args.step_h < float("inf")):  # NaN fails the comparison too
        return f"--h must be a positive finite number, not {args.step_h}"
    if args.max_entries is not None and args.max_entries < 1:
        return f"--max-entries must be a whole number >= 1, not {args.max_entries}"
    for flag, path in (("--save", args.save), ("--screenshot", args.screenshot)):
        if path is not None:
            try:
                check_save_target(path)
            except SaveTargetError as exc:
                return f"{flag} {path!r}: cannot write there: {exc.strerror}"
    return None


def run_headless(args) -> int:
    from engine import DataFileError, bug_refusal, build_network, load_dataset
    from engine.gradcheck_text import bug_list_lines

    if args.list_bugs:
        print("\n".join(bug_list_lines()))
        return 0
    try:
        config = config_from_args(args)
    except ValueError as exc:
        print(f"backprop-lab: error: {exc}", file=sys.stderr)
        return 2
    refusal = bug_refusal(config.bug, config) if config.bug else None
    if refusal:  # a bug needs its layer: planting it elsewhere would check (or train) nothing
        print(f"backprop-lab: error: --inject-bug {config.bug}: {refusal}", file=sys.stderr)
        return 2
    try:
        t0 = time.perf_counter()
        dataset = load_dataset(args.data_dir)
        _say(args, f"Loaded {dataset.name}: {len(dataset.x_train)} training and {len(dataset.x_test)} test images "
                   f"in {time.perf_counter() - t0:.2f} s")
    except DataFileError as exc:
        print(f"backprop-lab: cannot load the data: {exc}", file=sys.stderr)
        return 2

    summary, code = {}, 0
    train_too = args.steps is not None or args.epochs is not None or args.save
    net = build_network(config, dataset.x_train.shape[1], len(dataset.class_names)) if args.health else None
    if args.gradcheck:
        summary["gradcheck"] = run_gradcheck(args, config, dataset)
        code = 0 if summary["gradcheck"]["passed"] else 1
    if not (args.gradcheck or args.health) or train_too:
        training, train_code = run_training(args, config, dataset, net)
        summary.update(training)
        code = max(code, train_code)
    if args.health:
        summary["health"] = run_health(args, config, dataset, net)
    if args.json:
        print(json.dumps(summary, indent=2))
    return code


def run_graph(args) -> int:
    """--list-graphs, or --graph NAME [--set INPUT=VALUE ...] [--json]: every node's value and grad."""
    from engine import (
        GRAPH_PRESETS,
        DataFileError,
        GraphError,
        build_graph,
        load_dataset,
        parse_value,
    )
    from engine.graph_records import table_lines

    if args.list_graphs:
        for name, preset in GRAPH_PRESETS.items():
            print(f"{name:<15}{preset.title}  [{preset.section}, {preset.source}]")
        return 0
    try:
        options = {}
        if args.graph == "two-layer-net":  # a TwoLayerNet(784, 50, 10, seed) on the first --samples test images
            options = {"samples": max(1, args.samples), "seed": args.seed, "dataset": load_dataset(args.data_dir)}
        graph = build_graph(args.graph, **options)
        for item in args.set:
            name, sep, text = item.partition("=")
            if not sep:
                raise GraphError(f"--set expects INPUT=VALUE, not {item!r}")
            graph.set_input(name.strip(), parse_value(text), run=False)
        graph.run()
    except (GraphError, DataFileError) as exc:
        print(f"backprop-lab: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(graph.to_dict(), indent=2))
        return 0
    print(f"{graph.name}: {graph.preset.title}  [book {graph.preset.section}, {graph.preset.source}]")
    print("\n".join(table_lines(graph.to_dict())))
    return 0


def run_exercise(args) -> int:
    """--check-exercise FILE: grade the file in a child process (time and memory limits)."""
    from engine import grade_file_isolated

    if not args.timeout > 0 or args.timeout != args.timeout:
        print(f"backprop-lab: error: --timeout must be a positive number of seconds, not {args.timeout}",
              file=sys.stderr)
        return 2
    if not os.path.isfile(args.check_exercise):
        print(f"backprop-lab: error: no such file: {args.check_exercise}", file=sys.stderr)
        return 2
    report = grade_file_isolated(args.check_exercise, timeout=args.timeout)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        if report.error:
            e = report.error
            where = f" (line {e['line']})" if e.get("line") else ""
            print({"syntax": "syntax error", "timeout": "stopped: does your code loop forever?",
                   "memory": "ran out of memory", "no-layers": "nothing to grade"}.get(e["kind"], e["kind"])
                  + where + ": " + e["message"])
        for grade in report.layers:
            print(("PASS  " if grade.passed else "FAIL  ") + grade.message)
    if report.error:
        return 2
    return 0 if report.passed else 1


def main(argv=None) -> int:
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.set and not args.graph:
            parser.error("--set gives a value to an input of a graph: use it with --graph NAME")
        if args.graph or args.list_graphs:
            return run_graph(args)
        if args.check_exercise:
            return run_exercise(args)
        problem = None if args.list_bugs else check_args(args)
        if problem:
            print(f"backprop-lab: error: {problem}", file=sys.stderr)
            return 2
        if args.headless or args.list_bugs:
            return run_headless(args)
        from gui.app import run_app

        return run_app(args, config_from_args)
    except KeyboardInterrupt:  # Ctrl-C while starting up, loading data or checking gradients
        print("backprop-lab: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
