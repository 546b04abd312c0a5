"""The gradient check in the command line's words: the table, the verdict line, the bug list.

Returns lines of text; it never prints (``main.py`` does). The table has the
panel's columns in the panel's words: the book's mean |diff| at h, the max
|diff|, the relative error at h, the entries that crossed a ReLU kink, of
those the ones re-checked with a smaller step and the ones left out on a kink,
the round-off floor, the relative error after the re-check, and the verdict.
A planted bug that the check does not catch is "NOT CAUGHT", never "PASS".
"""
from __future__ import annotations

from .faults import BUGS

__all__ = ["COLUMNS", "bug_list_lines", "table_lines", "verdict_line"]

# (header, width): the panel's column headers (gui/gradcheck/report.py COLUMNS), in English.
COLUMNS = (("param", 6), ("mean |diff|", 13), ("max |diff|", 12), ("rel error at h", 15), ("kinks", 7),
           ("re-checked", 11), ("on kink", 8), ("round-off floor", 16), ("after re-check", 15))
_NEEDS = {"relu": "ReLU nets only", "sigmoid": "Sigmoid nets only", "weight decay": "only with --weight-decay"}


def _sci(value) -> str:
    return f"{value:.2e}" if value == value and abs(value) != float("inf") else "—"


def _cells(cells) -> str:
    return "".join(f"{c:<{w}}" if i == 0 else f"{c:>{w}}" for i, (c, (_, w)) in enumerate(zip(cells, COLUMNS)))


def bug_list_lines() -> list[str]:
    """--list-bugs: every planted bug, what it needs and what it breaks in a two-layer net."""
    return [f"{name:<24}{bug.title}{f' ({_NEEDS[bug.needs]})' if bug.needs else ''}; breaks {', '.join(bug.affects)}"
            for name, bug in BUGS.items()]


def table_lines(result) -> list[str]:
    """The header, one line per parameter of ``result`` (a GradCheckResult), and the kink note if any."""
    lines = [_cells([h for h, _ in COLUMNS]) + "  verdict"]
    for row in result.rows:
        lines.append(_cells((row.name, _sci(row.mean_abs_diff), _sci(row.max_abs_diff), _sci(row.rel_error),
                             f"{row.kinks:,}", f"{row.rechecked:,}", f"{row.on_kink:,}", _sci(row.roundoff),
                             _sci(row.rel_error_after))) + f"  {row.verdict}")
    if any(r.kinks for r in result.rows):
        lines.append("kinks: entries whose +h/-h runs crossed a ReLU kink; re-checked with a smaller step that "
                     "stays on one side; on kink: no such step, left out of the verdict")
    return lines


def verdict_line(result) -> str:
    """PASS, FAIL (which parameters, and whether a planted bug was caught) or NOT CAUGHT."""
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
