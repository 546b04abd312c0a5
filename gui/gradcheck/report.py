"""What the gradient-check lab says: verdict words (their symbols and colours are
``common.palette.VERDICT_FILLS``), number formats, the summary sentences, and
the texts of the table's columns and of the help.

Kept apart from the widgets so the wording can be read (and tested) as plain
functions of an ``engine.GradCheckResult``. The words go through Qt's
translation (context "GradCheck"); each sentence is a whole template, so a
language can order its parts (and need no English plural endings).
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from engine import BUGS, THRESHOLDS

from ..common.engine_text import bug_explanation, bug_title
from ..common.palette import VERDICT_FILLS
from ..common.text import sentences

__all__ = ["VERDICT_WORDS", "COLUMNS", "HELP_HTML", "verdict_text", "verdict_word", "column_texts",
           "help_html", "fmt_sci", "fmt_short", "fmt_seconds", "exp_text", "act_name", "summarize", "race_text",
           "tr"]


translate = QCoreApplication.translate  # lupdate reads translate("GradCheck", "...") calls


def tr(text: str) -> str:
    """A source text held in a variable (marked with QT_TRANSLATE_NOOP), translated."""
    return QCoreApplication.translate("GradCheck", text)


VERDICT_WORDS = {
    "excellent": QT_TRANSLATE_NOOP("GradCheck", "excellent"),
    "acceptable": QT_TRANSLATE_NOOP("GradCheck", "acceptable"),
    "suspicious": QT_TRANSLATE_NOOP("GradCheck", "suspicious"),
    "wrong": QT_TRANSLATE_NOOP("GradCheck", "wrong"),
}
COLUMNS = (  # (header, header tooltip): English sources, see column_texts()
    (QT_TRANSLATE_NOOP("GradCheck", "Parameter"),
     QT_TRANSLATE_NOOP("GradCheck", "Which parameter's gradient: W1 and b1 are the first Affine layer's weights "
                                    "and biases, W2 and b2 the second's, and so on.")),
    (QT_TRANSLATE_NOOP("GradCheck", "Shape"),
     QT_TRANSLATE_NOOP("GradCheck", "The parameter's shape. Hover over a cell to see how many entries were "
                                    "checked.")),
    (QT_TRANSLATE_NOOP("GradCheck", "mean |diff|\n(book's number)"),
     QT_TRANSLATE_NOOP("GradCheck", "Mean of |backprop − numerical| over the checked entries: the number the "
                                    "book's gradient_check.py prints. It depends on how big the gradients are, "
                                    "so it is hard to judge alone.")),
    (QT_TRANSLATE_NOOP("GradCheck", "max |diff|"),
     QT_TRANSLATE_NOOP("GradCheck", "The largest |backprop − numerical| over the checked entries.")),
    (QT_TRANSLATE_NOOP("GradCheck", "relative error"),
     QT_TRANSLATE_NOOP("GradCheck", "‖a − n‖ / (‖a‖ + ‖n‖), norm-wise over the checked entries (a: backprop, "
                                    "n: numerical). Between 0 and 1 and independent of the gradients' size: "
                                    "this is what the verdict judges.")),
    (QT_TRANSLATE_NOOP("GradCheck", "kinks"),
     QT_TRANSLATE_NOOP("GradCheck", "Checked entries whose +h and −h runs put some ReLU input on both sides of 0. "
                                    "Across a kink the central difference averages two slopes, so even a correct "
                                    "backprop disagrees a little there.")),
    (QT_TRANSLATE_NOOP("GradCheck", "verdict"),
     QT_TRANSLATE_NOOP("GradCheck", "✓ excellent: relative error ≤ 1e-7.  ~ acceptable: ≤ 1e-4 where ReLU kinks "
                                    "were crossed.  ! suspicious: in between.  ✗ wrong: > 1e-2.")),
)
HELP_HTML = QT_TRANSLATE_NOOP(
    "GradCheck",
    "<b>Reading the verdicts</b> (thresholds after CS231n): relative error "
    "<b>≤ 1e-7 ✓ excellent</b>; <b>≤ 1e-4 ~ acceptable</b> where ReLU kinks were crossed (there the "
    "numerical gradient itself is off), otherwise <b>! suspicious</b>; <b>&gt; 1e-2 ✗ wrong</b>: a bug; "
    "in between <b>! suspicious</b>. The numerical gradient is (L(w+h) − L(w−h)) / 2h in float64: "
    "a large h adds truncation error, a tiny h round-off error."
)


def verdict_word(verdict: str) -> str:
    """'excellent', 'acceptable', 'suspicious' or 'wrong', translated."""
    return tr(VERDICT_WORDS[verdict])


def verdict_text(verdict: str) -> str:
    """'✓ excellent', '~ acceptable', '! suspicious' or '✗ wrong'."""
    return f"{VERDICT_FILLS[verdict][0]} {verdict_word(verdict)}"


def column_texts() -> list[tuple[str, str]]:
    """The table's (header, tooltip) pairs, translated."""
    return [(tr(header), tr(tip)) for header, tip in COLUMNS]


def help_html() -> str:
    return tr(HELP_HTML)


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
    """'W1', 'W1 and b1', 'W1, b1 and W2' (each language its own way)."""
    names = list(names)
    if len(names) == 1:
        return names[0]
    head = translate("GradCheck", ", ").join(names[:-1])
    return translate("GradCheck", "{0} and {1}").format(head, names[-1])


def _hint(rows, activation: str) -> str:
    """Where to look, judged from which parameters fail (gradients flow from the loss down)."""
    failing = [r.name for r in rows if not r.passed]
    passing = [r.name for r in rows if r.passed]
    layers = max(int(r.name[1:]) for r in rows)
    if all(n.startswith("b") for n in failing) and any(n.startswith("W") for n in passing):
        return translate("GradCheck", "only biases: look at how Affine.backward computes db")
    if all(n.startswith("W") for n in failing) and any(n.startswith("b") for n in passing):
        return translate("GradCheck", "only weights: look at how Affine.backward computes dW")
    top = max(int(n[1:]) for n in failing)
    if top == layers:
        return translate("GradCheck", "from the top layer down: look at SoftmaxWithLoss.backward "
                                      "and Affine{0}.backward").format(top)
    act = "Relu" if activation == "relu" else "Sigmoid"
    return translate("GradCheck", "W{0} and b{0} agree, so look between them: "
                                  "{1}{2}.backward and Affine{2}.backward").format(top + 1, act, top)


def summarize(result, activation: str):
    """(kind, headline, details) for a GradCheckResult; kind is 'pass', 'suspicious' or 'wrong'."""
    rows = result.rows
    worst = max(rows, key=lambda r: r.rel_error if np.isfinite(r.rel_error) else np.inf)
    wrong = [r.name for r in rows if r.verdict == "wrong"]
    odd = [r.name for r in rows if r.verdict == "suspicious"]
    if result.passed:
        kind = "pass"
        headline = "✓ " + translate("GradCheck", "Backprop agrees with the numerical gradient "
                                                 "(worst relative error {0})").format(fmt_sci(worst.rel_error))
    elif wrong:
        kind = "wrong"
        if len(wrong) == 1:
            text = translate("GradCheck", "{0} disagrees: {1}")
        else:
            text = translate("GradCheck", "{0} disagree: {1}")
        headline = "✗ " + text.format(_join(wrong), _hint(rows, activation))
    else:
        kind = "suspicious"
        if len(odd) == 1:
            text = translate("GradCheck", "{0} is suspicious (worst relative error {1})")
        else:
            text = translate("GradCheck", "{0} are suspicious (worst relative error {1})")
        headline = "! " + text.format(_join(odd), fmt_sci(worst.rel_error))
    details = []
    if result.bug:
        bug = BUGS[result.bug]
        title, explanation = bug_title(result.bug), bug_explanation(result.bug)
        if not result.passed:
            details.append(translate("GradCheck", "Planted bug: {0}. The check caught it. {1}")
                           .format(title, explanation))
        elif bug.needs_activation and bug.needs_activation != activation:
            details.append(translate("GradCheck", "Planted bug: {0}. It only affects {1} layers and this net "
                                                  "uses {2}, so there is nothing to catch.")
                           .format(title, act_name(bug.needs_activation), act_name(activation)))
        else:
            details.append(translate("GradCheck", "Planted bug: {0}. This check did not catch it. {1}")
                           .format(title, explanation))
    kinked = [r for r in rows if r.kinks]
    if activation != "relu":
        details.append(translate("GradCheck", "A Sigmoid net has no kinks: the loss is smooth, so the numerical "
                                              "gradient can be trusted everywhere."))
    elif kinked:
        parts = _join(translate("GradCheck", "{0:,} of {1:,} {2} entries").format(r.kinks, r.n_checked, r.name)
                      for r in kinked)
        details.append(translate("GradCheck", "{0} crossed a ReLU kink: a correct net can then show 1e-5, so up "
                                              "to {1} counts as acceptable there.")
                       .format(parts, exp_text(THRESHOLDS["acceptable"])))
        if not result.passed and any(not r.passed for r in kinked) and not result.bug:
            details.append(translate("GradCheck", "Failing rows crossed kinks: try a smaller step h or fewer "
                                                  "images before blaming backprop."))
    else:
        details.append(translate("GradCheck", "No checked entry crossed a ReLU kink, so the numerical gradient "
                                              "is trustworthy here."))
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
    text = translate("GradCheck", "The race: backprop {0} vs numerical gradient {1}: backprop was {2} faster")
    text = text.format(fmt_seconds(result.backprop_seconds), fmt_seconds(result.numerical_seconds), times)
    if result.sampled:
        checked = sum(r.n_checked for r in result.rows)
        total = sum(int(np.prod(r.shape)) for r in result.rows)
        est = result.numerical_seconds * total / checked
        text = sentences(text, translate("GradCheck", "(the numerical gradient did only {0:,} of {1:,} entries; "
                                                      "all of them would take about {2})").format(
            checked, total, fmt_seconds(est)))
    return text
