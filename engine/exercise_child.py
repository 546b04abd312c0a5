"""The child process of ``engine.isolation``: grade one file, answer in one JSON line.

    python -m engine.exercise_child FILE [--no-network]

Whatever the student's code prints goes to standard error, so standard
output carries only the answer.
"""
from __future__ import annotations

import json
import os
import sys

from .isolation import exit_with_parent


def main(argv) -> int:
    path = argv[0]
    exit_with_parent()  # a student's endless loop must not outlive the app
    network = "--no-network" not in argv
    answer = sys.stdout
    sys.stdout = sys.stderr  # the student's prints must not corrupt the answer
    from .exercise import ExerciseReport, grade_source

    try:
        with open(path, encoding="utf-8") as f:
            source = f.read()
    except (OSError, UnicodeDecodeError) as exc:
        report = ExerciseReport((), {"kind": "unreadable", "line": None, "message": str(exc)})
    else:
        data = None
        if network:
            import numpy as np

            from .data import load_dataset

            dataset = load_dataset()  # the bundled MNIST (from the cache after the first time)
            data = (np.asarray(dataset.x_test[:3], dtype=np.float64), np.asarray(dataset.t_test[:3]))
        report = grade_source(source, os.path.abspath(path), data=data)
    answer.write(json.dumps(report.to_dict()) + "\n")
    answer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
