"""The read-out line under the training plots: the values at the step the mouse points at."""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from .curve_data import nearest_index

__all__ = ["describe"]

_SEPARATOR = "     |     "


def describe(run, ghosts, x: float) -> tuple[str, float | None]:
    """(text, step the crosshair goes to) for step ``x``.

    run : the current run's ``RunCurves``;
    ghosts : ``GhostRuns``, described when the current run has no point.
    """
    parts, line_x = [], None
    loss, evals = run.loss, run.evals
    i = nearest_index(loss["step"], x)
    if i is not None:
        line_x = loss["step"][i]
        parts.append(QCoreApplication.translate("TrainingPlots", "step {0}: loss {1:.4f} (smoothed {2:.4f})").format(
            int(line_x), loss["loss"][i], loss["smoothed"][i]))
    j = nearest_index(evals["step"], x)
    if j is not None:
        if line_x is None:
            line_x = evals["step"][j]
        train, test = evals["train"][j], evals["test"][j]
        train_text = f"{train:.4f}" if math.isfinite(train) else "–"
        parts.append(QCoreApplication.translate("TrainingPlots", "step {0}: train acc {1}, test acc {2:.4f}").format(
            int(evals["step"][j]), train_text, test))
    if not parts:
        for ghost, k in ghosts.nearest(x):
            step = ghost.steps[k]
            line_x = step if line_x is None else line_x
            parts.append(QCoreApplication.translate("TrainingPlots", "{0}, step {1}: smoothed loss {2:.4f}").format(
                ghost.label, int(step), ghost.smoothed[k]))
    return (_SEPARATOR.join(parts) if parts else QCoreApplication.translate("TrainingPlots", "No data yet.")), line_x
