"""What the gradient-check lab says: verdict symbols and colours, number formats,
the summary sentences, and the texts of the table's columns and of the help.

Kept apart from the widgets so the wording can be read (and tested) as plain
functions of an ``engine.GradCheckResult``.
"""
from __future__ import annotations

import math

import numpy as np

from engine import BUGS, THRESHOLDS

__all__ = ["VERDICTS", "COLUMNS", "HELP_HTML", "verdict_text", "fmt_sci", "fmt_short", "fmt_seconds",
           "exp_text", "act_name", "summarize", "race_text"]

# verdict -> (symbol, cell background, cell text, bar colour)
VERDICTS = {
    "excellent": ("✓", "#1E8449", "#FFFFFF", "#1E8449"),
    "acceptable": ("~", "#8FD8C6", "#0B3B30", "#3FAE96"),
    "suspicious": ("!", "#F5B82E", "#3D2A00", "#E69F00"),
    "wrong": ("✗", "#C0392B", "#FFFFFF", "#C0392B"),
}
COLUMNS = (
    ("Parameter", "Which parameter's gradient: W1 and b1 are the first Affine layer's weights and "
                  "biases, W2 and b2 the second's, and so on."),
    ("Shape", "The parameter's shape. Hover over a cell to see how many entries were checked."),
    ("mean |diff|\n(book's number)",
     "Mean of |backprop − numerical| over the checked entries: the number the book's "
     "gradient_check.py prints. It depends on how big the gradients are, so it is hard to judge alone."),
    ("max |diff|", "The largest |backprop − numerical| over the checked entries."),
    ("relative error",
     "‖a − n‖ / (‖a‖ + ‖n‖), norm-wise over the checked entries (a: backprop, n: numerical). "
     "Between 0 and 1 and independent of the gradients' size: this is what the verdict judges."),
    ("kinks", "Checked entries whose +h and −h runs put some ReLU input on both sides of 0. Across "
              "a kink the central difference averages two slopes, so even a correct backprop "
              "disagrees a little there."),
    ("verdict", "✓ excellent: relative error ≤ 1e-7.  ~ acceptable: ≤ 1e-4 where ReLU kinks were "
                "crossed.  ! suspicious: in between.  ✗ wrong: > 1e-2."),
)
HELP_HTML = (
    "<b>Reading the verdicts</b> (thresholds after CS231n): relative error "
    "<b>≤ 1e-7 ✓ excellent</b>; <b>≤ 1e-4 ~ acceptable</b> where ReLU kinks were crossed (there the "
    "numerical gradient itself is off), otherwise <b>! suspicious</b>; <b>&gt; 1e-2 ✗ wrong</b>: a bug; "
    "in between <b>! suspicious</b>. The numerical gradient is (L(w+h) − L(w−h)) / 2h in float64: "
    "a large h adds truncation error, a tiny h round-off error."
)


def verdict_text(verdict: str) -> str:
    """'✓ excellent', '~ acceptable', '! suspicious' or '✗ wrong'."""
    return f"{VERDICTS[verdict][0]} {verdict}"


def fmt_sci(value: float) -> str:
    """Scientific notation with 3 significant figures: '2.62e-10'; '0' for zero."""
    if value is None or not math.isfinite(value):
        return "—"
    return "0" if value == 0 else f"{value:.2e}"


def fmt_short(value: float) -> str:
    """Two significant figures, short: '7.9e-9' (for labels in the chart)."""
    if value is None or not math.isfinite(value):
        return "—"
    if value == 0:
        return "0"
    mantissa, exponent = f"{value:.1e}".split("e")
    return f"{mantissa}e{int(exponent)}"


def fmt_seconds(seconds: float) -> str:
    """'0.45 ms', '110 ms', '2.3 s': 2-3 significant figures, readable units."""
    ms = seconds * 1e3
    if ms < 1:
        return f"{ms:.2f} ms"
    if ms < 10:
        return f"{ms:.1f} ms"
    if ms < 1000:
        return f"{ms:.0f} ms"
    return f"{seconds:.1f} s" if seconds < 100 else f"{seconds:.0f} s"


def _join(names) -> str:
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _hint(rows, activation: str) -> str:
    """Where to look, judged from which parameters fail (gradients flow from the loss down)."""
    failing = [r.name for r in rows if not r.passed]
    passing = [r.name for r in rows if r.passed]
    layers = max(int(r.name[1:]) for r in rows)
    if all(n.startswith("b") for n in failing) and any(n.startswith("W") for n in passing):
        return "only biases: look at how Affine.backward computes db"
    if all(n.startswith("W") for n in failing) and any(n.startswith("b") for n in passing):
        return "only weights: look at how Affine.backward computes dW"
    top = max(int(n[1:]) for n in failing)
    if top == layers:
        return f"from the top layer down: look at SoftmaxWithLoss.backward and Affine{top}.backward"
    act = "Relu" if activation == "relu" else "Sigmoid"
    return (f"W{top + 1} and b{top + 1} agree, so look between them: "
            f"{act}{top}.backward and Affine{top}.backward")


def summarize(result, activation: str):
    """(kind, headline, details) for a GradCheckResult; kind is 'pass', 'suspicious' or 'wrong'."""
    rows = result.rows
    worst = max(rows, key=lambda r: r.rel_error if np.isfinite(r.rel_error) else np.inf)
    wrong = [r.name for r in rows if r.verdict == "wrong"]
    odd = [r.name for r in rows if r.verdict == "suspicious"]
    if result.passed:
        kind = "pass"
        headline = (f"✓ Backprop agrees with the numerical gradient "
                    f"(worst relative error {fmt_sci(worst.rel_error)})")
    elif wrong:
        kind = "wrong"
        verb = "disagrees" if len(wrong) == 1 else "disagree"
        headline = f"✗ {_join(wrong)} {verb}: {_hint(rows, activation)}"
    else:
        kind = "suspicious"
        verb = "is" if len(odd) == 1 else "are"
        headline = f"! {_join(odd)} {verb} suspicious (worst relative error {fmt_sci(worst.rel_error)})"
    details = []
    if result.bug:
        bug = BUGS[result.bug]
        if not result.passed:
            details.append(f"Planted bug: {bug.title}. The check caught it. {bug.explanation}")
        elif bug.needs_activation and bug.needs_activation != activation:
            details.append(f"Planted bug: {bug.title}. It only affects {act_name(bug.needs_activation)} "
                           f"layers and this net uses {act_name(activation)}, so there is nothing to catch.")
        else:
            details.append(f"Planted bug: {bug.title}. This check did not catch it. {bug.explanation}")
    kinked = [r for r in rows if r.kinks]
    if activation != "relu":
        details.append("A Sigmoid net has no kinks: the loss is smooth, so the numerical gradient "
                       "can be trusted everywhere.")
    elif kinked:
        parts = _join(f"{r.kinks:,} of {r.n_checked:,} {r.name} entries" for r in kinked)
        details.append(f"{parts} crossed a ReLU kink: a correct net can then show 1e-5, "
                       f"so up to {exp_text(THRESHOLDS['acceptable'])} counts as acceptable there.")
        if not result.passed and any(not r.passed for r in kinked) and not result.bug:
            details.append("Failing rows crossed kinks: try a smaller step h or fewer images "
                           "before blaming backprop.")
    else:
        details.append("No checked entry crossed a ReLU kink, so the numerical gradient is trustworthy here.")
    return kind, headline, details


def exp_text(value: float) -> str:
    """1e-4 rather than Python's 1e-04."""
    mantissa, exponent = f"{value:.0e}".split("e")
    return f"{mantissa}e{int(exponent)}"


def act_name(activation: str) -> str:
    return "ReLU" if activation == "relu" else "Sigmoid"


def race_text(result) -> str:
    """'backprop 0.45 ms vs numerical gradient 110 ms: backprop was 245× faster', and for a
    sampled check how many entries the numerical gradient covered."""
    speed = result.speedup
    times = f"{speed:,.0f}×" if speed >= 10 else f"{speed:.2g}×"
    text = (f"The race: backprop {fmt_seconds(result.backprop_seconds)} vs numerical gradient "
            f"{fmt_seconds(result.numerical_seconds)}: backprop was {times} faster")
    if result.sampled:
        checked = sum(r.n_checked for r in result.rows)
        total = sum(int(np.prod(r.shape)) for r in result.rows)
        est = result.numerical_seconds * total / checked
        text += (f" (the numerical gradient did only {checked:,} of {total:,} entries; "
                 f"all of them would take about {fmt_seconds(est)})")
    return text
