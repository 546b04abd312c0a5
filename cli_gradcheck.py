"""The command line's gradient check: ``--gradcheck``, ``--inject-bug`` and ``--list-bugs``.

The table has the panel's columns in the panel's words: the book's mean
|diff| at h, the max |diff|, the relative error at h, the entries that crossed
a ReLU kink, of those the ones re-checked with a smaller step and the ones
left out on a kink, the round-off floor, the relative error after the
re-check, and the verdict. A planted bug that the check does not catch is
"NOT CAUGHT", never "PASS".
"""
from __future__ import annotations

import sys

__all__ = ["COLUMNS", "list_bugs", "refuse_bug", "run_gradcheck"]

# (header, width): the panel's column headers (gui/gradcheck/report.py COLUMNS), in English.
COLUMNS = (("param", 6), ("mean |diff|", 13), ("max |diff|", 12), ("rel error at h", 15), ("kinks", 7),
           ("re-checked", 11), ("on kink", 8), ("round-off floor", 16), ("after re-check", 15))


def _say(args, text=""):
    # With --json, stdout carries only the JSON object; progress goes to stderr.
    print(text, file=sys.stderr if args.json else sys.stdout, flush=True)


def _sci(value) -> str:
    return f"{value:.2e}" if value == value and abs(value) != float("inf") else "—"


def list_bugs() -> int:
    """--list-bugs: every planted bug, what it needs and what it breaks in a two-layer net."""
    from engine import BUGS

    needs = {"relu": "ReLU nets only", "sigmoid": "Sigmoid nets only", "weight decay": "only with --weight-decay"}
    for name, bug in BUGS.items():
        only = f" ({needs[bug.needs]})" if bug.needs else ""
        print(f"{name:<24}{bug.title}{only}; breaks {', '.join(bug.affects)}")
    return 0


def refuse_bug(config) -> str | None:
    """Why the planted bug of ``config`` cannot be planted in its network, or None."""
    from engine import bug_refusal

    return bug_refusal(config.bug, config) if config.bug else None


def _verdict_line(result) -> str:
    failing = [r.name for r in result.rows if not r.passed]
    if any(r.verdict == "failed" for r in result.rows):
        bad = ", ".join(r.name for r in result.rows if r.verdict == "failed")
        return f"FAIL: {bad} could not be compared (NaN or infinity in a gradient: check h and the weights)"
    if failing:
        caught = f" (the planted bug {result.bug} was caught)" if result.bug else ""
        return "FAIL: " + ", ".join(failing) + " disagree" + caught
    if result.bug:
        return (f"NOT CAUGHT: the planted bug {result.bug} did not show on these samples "
                f"(try more samples or another seed)")
    return "PASS: backprop agrees with the numerical gradient"


def run_gradcheck(args, config, dataset) -> dict:
    """Check the gradients of the network ``config`` describes; print the table; return the JSON summary."""
    import numpy as np

    from engine import BUGS, build_network, gradient_check

    net = build_network(config.replace(dtype="float64"), dataset.x_train.shape[1], len(dataset.class_names))
    n = max(1, min(args.samples, dataset.x_test.shape[0]))
    x, t = dataset.x_test[:n].astype(np.float64), dataset.t_test[:n]
    result = gradient_check(net, x, t, h=args.step_h, max_entries=args.max_entries)
    arch = "-".join(str(s) for s in net.sizes)
    _say(args, f"Gradient check: {arch} {config.activation} net, {n} test samples, float64, h={args.step_h:g}"
               + (f", at most {args.max_entries} entries per parameter" if args.max_entries else ""))
    if config.bug:
        _say(args, f"PLANTED BUG: {config.bug} ({BUGS[config.bug].title})")
    _say(args, "".join(f"{h:<{w}}" if i == 0 else f"{h:>{w}}" for i, (h, w) in enumerate(COLUMNS)) + "  verdict")
    for row in result.rows:
        cells = (row.name, _sci(row.mean_abs_diff), _sci(row.max_abs_diff), _sci(row.rel_error), f"{row.kinks:,}",
                 f"{row.rechecked:,}", f"{row.on_kink:,}", _sci(row.roundoff), _sci(row.rel_error_after))
        _say(args, "".join(f"{c:<{w}}" if i == 0 else f"{c:>{w}}" for i, (c, (_, w)) in enumerate(zip(cells, COLUMNS)))
             + f"  {row.verdict}")
    if any(r.kinks for r in result.rows):
        _say(args, "kinks: entries whose +h/-h runs crossed a ReLU kink; re-checked with a smaller step that stays "
                   "on one side; on kink: no such step, left out of the verdict")
    _say(args, f"backprop {result.backprop_seconds * 1e3:.2f} ms, numerical {result.numerical_seconds * 1e3:.1f} ms "
               f"(re-check {result.recheck_seconds * 1e3:.1f} ms): backprop was {result.speedup:,.0f} times faster")
    _say(args, _verdict_line(result))
    return {
        "architecture": net.sizes,
        "samples": n,
        "h": args.step_h,
        "bug": config.bug,
        "passed": result.passed,
        "caught": bool(config.bug) and not result.passed,
        "backprop_seconds": result.backprop_seconds,
        "numerical_seconds": result.numerical_seconds,
        "recheck_seconds": result.recheck_seconds,
        "rows": [row.to_dict() for row in result.rows],
    }
