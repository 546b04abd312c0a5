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
    "below resolution": QT_TRANSLATE_NOOP("GradCheck", "below resolution"),
    "on a kink": QT_TRANSLATE_NOOP("GradCheck", "on a kink"),
    "suspicious": QT_TRANSLATE_NOOP("GradCheck", "suspicious"),
    "wrong": QT_TRANSLATE_NOOP("GradCheck", "wrong"),
    "failed": QT_TRANSLATE_NOOP("GradCheck", "failed"),
}
# (header, header tooltip): English sources, see column_texts(); the CLI uses the same words.
# The verdict comes second, beside the parameter: it stays in sight however narrow the window.
COLUMNS = (
    (QT_TRANSLATE_NOOP("GradCheck", "Parameter"),
     QT_TRANSLATE_NOOP("GradCheck", "Which parameter's gradient: W1 and b1 are the first Affine layer's weights "
                                    "and biases, W2 and b2 the second's, and so on. Hover over a cell for its "
                                    "shape.")),
    (QT_TRANSLATE_NOOP("GradCheck", "verdict"),
     QT_TRANSLATE_NOOP("GradCheck", "✓ excellent: ≤ 1e-7.  ≈ below resolution: within float64 round-off.  "
                                    "~ acceptable: ≤ 1e-4 where entries were re-checked near kinks.  "
                                    "! suspicious: up to 1e-2.  ✗ wrong: > 1e-2.  ∧ on a kink: nothing left to "
                                    "judge.  ⊘ failed: NaN or infinity, nothing compared.")),
    (QT_TRANSLATE_NOOP("GradCheck", "mean |diff|\n(book's number)"),
     QT_TRANSLATE_NOOP("GradCheck", "Mean of |backprop − numerical| over the checked entries at the step h: the "
                                    "number the book's gradient_check.py prints. It depends on how big the "
                                    "gradients are, so it is hard to judge alone.")),
    (QT_TRANSLATE_NOOP("GradCheck", "max |diff|"),
     QT_TRANSLATE_NOOP("GradCheck", "The largest |backprop − numerical| over the checked entries at the step h.")),
    (QT_TRANSLATE_NOOP("GradCheck", "rel error\nat h"),
     QT_TRANSLATE_NOOP("GradCheck", "‖a − n‖ / (‖a‖ + ‖n‖) at the step h, norm-wise over the checked entries "
                                    "(a: backprop, n: numerical), before any re-check. Between 0 and 1 and "
                                    "independent of the gradients' size.")),
    (QT_TRANSLATE_NOOP("GradCheck", "kinks"),
     QT_TRANSLATE_NOOP("GradCheck", "Checked entries whose +h or −h run moved some ReLU input to the other side "
                                    "of 0. Across a kink the central difference averages two slopes, so even a "
                                    "correct backprop disagrees there.")),
    (QT_TRANSLATE_NOOP("GradCheck", "re-checked"),
     QT_TRANSLATE_NOOP("GradCheck", "Of the kinked entries, those checked again with a smaller step that stays "
                                    "on one side of every kink.")),
    (QT_TRANSLATE_NOOP("GradCheck", "on kink"),
     QT_TRANSLATE_NOOP("GradCheck", "Kinked entries for which no step above the round-off floor stays on one "
                                    "side: the point sits on a kink, where the loss has no derivative. They are "
                                    "left out of the verdict.")),
    (QT_TRANSLATE_NOOP("GradCheck", "round-off\nfloor"),
     QT_TRANSLATE_NOOP("GradCheck", "The relative error that float64 round-off alone can cause in these central "
                                    "differences. A smaller disagreement says nothing: 'below resolution'.")),
    (QT_TRANSLATE_NOOP("GradCheck", "after\nre-check"),
     QT_TRANSLATE_NOOP("GradCheck", "The relative error after the re-check, without the entries on a kink: "
                                    "this is what the verdict judges.")),
)
HELP_HTML = QT_TRANSLATE_NOOP(
    "GradCheck",
    "<b>Reading the verdicts</b> (thresholds after CS231n): the relative error after the re-check is "
    "<b>≤ 1e-7 ✓ excellent</b>; <b>≤ 1e-4 ~ acceptable</b> where entries had to be re-checked near kinks; "
    "up to 1e-2 <b>! suspicious</b>; <b>&gt; 1e-2 ✗ wrong</b>: a bug. "
    "<b>Kinks:</b> ReLU bends at 0. When the +h or −h run of an entry pushes a ReLU input across 0, the "
    "central difference mixes two slopes and a correct backprop seems wrong. The lab then checks that entry "
    "again with a smaller step that stays on one side of the kink (<b>re-checked</b>). If even the smallest "
    "allowed step crosses it, the point sits <b>on a kink</b>, where there is no derivative, and the entry "
    "is left out. "
    "<b>The floor:</b> float64 keeps about 16 digits, so (L(w+h) − L(w−h)) / 2h carries a round-off error; "
    "tiny gradients (a deep net with std 0.01, a saturated sigmoid, a trained net) can be smaller than it. "
    "Where the disagreement is within that floor the lab says <b>≈ below resolution</b>, not wrong. "
    "<b>⊘ failed</b>: NaN or infinity (a bad h, NaN weights): nothing was compared, and that never passes."
)


def verdict_word(verdict: str) -> str:
    """One of engine.VERDICTS ('excellent', 'below resolution', ...), translated."""
    return tr(VERDICT_WORDS[verdict])


def verdict_text(verdict: str) -> str:
    """'✓ excellent', '≈ below resolution', '~ acceptable', '! suspicious', '✗ wrong', ...: symbol and word."""
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
    """(kind, headline, details) for a GradCheckResult; kind is 'pass', 'suspicious' or 'wrong'.

    A planted bug the check did not catch is never a pass: its headline says "not caught".
    """
    rows = result.rows
    finite = [r for r in rows if math.isfinite(r.rel_error_after)]
    worst = max(finite, key=lambda r: r.rel_error_after) if finite else None
    worst_text = fmt_sci(worst.rel_error_after) if worst else "—"
    failed = [r.name for r in rows if r.verdict == "failed"]
    wrong = [r.name for r in rows if r.verdict == "wrong"]
    odd = [r.name for r in rows if r.verdict == "suspicious"]
    if failed:
        kind = "wrong"
        headline = "⊘ " + translate("GradCheck", "{0}: nothing could be compared (NaN or infinity in a gradient): "
                                                 "check the step h and the weights").format(_join(failed))
    elif wrong:
        kind = "wrong"
        if len(wrong) == 1:
            text = translate("GradCheck", "{0} disagrees: {1}")
        else:
            text = translate("GradCheck", "{0} disagree: {1}")
        headline = "✗ " + text.format(_join(wrong), _hint(rows, activation))
    elif odd:
        kind = "suspicious"
        if len(odd) == 1:
            text = translate("GradCheck", "{0} is suspicious (worst relative error {1})")
        else:
            text = translate("GradCheck", "{0} are suspicious (worst relative error {1})")
        headline = "! " + text.format(_join(odd), worst_text)
    elif result.bug:
        kind = "suspicious"
        headline = "! " + translate("GradCheck", "Not caught: the planted bug did not show on these images "
                                                 "(worst relative error {0})").format(worst_text)
    else:
        kind = "pass"
        headline = "✓ " + translate("GradCheck", "Backprop agrees with the numerical gradient "
                                                 "(worst relative error {0})").format(worst_text)
    details = []
    if result.bug:
        title, explanation = bug_title(result.bug), bug_explanation(result.bug)
        if not result.passed:
            details.append(translate("GradCheck", "Planted bug: {0}. The check caught it. {1}")
                           .format(title, explanation))
        else:
            details.append(translate("GradCheck", "Planted bug: {0}. This check did not catch it. {1}")
                           .format(title, explanation))
    details += _kink_details(rows, activation, result.h)
    below = [r.name for r in rows if r.verdict == "below resolution"]
    if below:
        details.append(translate("GradCheck", "{0}: the gradients are so small that float64 round-off in the "
                                              "central difference is as large as the disagreement; the check "
                                              "cannot resolve them, so it does not call them wrong.")
                       .format(_join(below)))
    return kind, headline, details


def _kink_details(rows, activation: str, h: float) -> list[str]:
    """What the kinks did: none crossed, or how many entries were re-checked and left out."""
    if activation != "relu":
        return [translate("GradCheck", "A Sigmoid net has no kinks: the loss is smooth, so the numerical "
                                       "gradient can be trusted everywhere.")]
    kinked = [r for r in rows if r.kinks]
    if not kinked:
        return [translate("GradCheck", "No checked entry crossed a ReLU kink, so the numerical gradient "
                                       "is trustworthy here.")]
    parts = _join(translate("GradCheck", "{0:,} of {1:,} {2} entries").format(r.kinks, r.n_checked, r.name)
                  for r in kinked)
    rechecked = sum(r.rechecked for r in rows)
    on_kink = sum(r.on_kink for r in rows)
    text = translate("GradCheck", "{0} crossed a ReLU kink at h = {1}: {2:,} were re-checked with a smaller step "
                                  "that stays on one side of every kink, {3:,} sit on a kink and were left out.")
    return [text.format(parts, exp_text(h), rechecked, on_kink)]


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
