"""PredictingNetwork: which network reads the drawing, kept fresh during training.

* The bundled pre-trained model (``engine.pretrained``) until the learner's
  own network has something to show: until the controller has trained it for
  at least one step, or it was loaded from a file (the ``networkReset``
  NetworkChange's ``from_file``). After Reset gives new random weights, the
  pre-trained model predicts again: random weights guess at random.
* Otherwise "your network": this object's *own* copy of the controller's
  network. Never the controller's live network: training writes its layers'
  caches on another thread. The copy's parameters are refreshed from the
  controller's thread-safe snapshot at most every ``REFRESH_S`` seconds during
  training (and at once when a run ends or the network is replaced), so the
  guess for a drawing changes as the network learns.

The pre-trained model reads MNIST digits only; with another data set (say
Fashion-MNIST) the learner's network predicts whatever its training.
``describe()`` says which network predicts, in the current language.
The Draw tab's switch overrides the automatic choice (``set_choice``): the
pre-trained model even while the learner's network trains, or "my network"
even with its random initial weights (a lesson in itself: it guesses at random).
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from engine import ModelFileError, load_pretrained

from ..common.text import sentences

__all__ = ["PredictingNetwork", "REFRESH_S"]

REFRESH_S = 0.5  # at most this often, copy the training network's parameters


def _load_pretrained():
    """(network, None) or (None, why it is unavailable)."""
    try:
        return load_pretrained(), None
    except (ModelFileError, OSError, ValueError) as exc:
        return None, str(exc)


class PredictingNetwork(QObject):
    """The network the Draw tab predicts with: the pre-trained one, the learner's (a copy), or none.

    Signals
    -------
    changed()
        Another network predicts now, or the same one has fresh parameters: predict again.
    """

    changed = Signal()

    def __init__(self, controller, pretrained=..., parent: QObject | None = None):
        """``pretrained``: a network to use instead of the bundled one, or None for none (tests)."""
        super().__init__(parent)
        self.controller = controller
        if pretrained is ...:
            self._pretrained, self._pretrained_error = _load_pretrained()
        else:
            self._pretrained = pretrained
            self._pretrained_error = None if pretrained is not None else "not provided"
        self._own_net = None  # our copy of the controller's network
        self._net = None  # the network predicting now: the pre-trained one or _own_net
        self._source = None  # "pretrained" or "own"
        self._own_step = 0  # step of the parameters in _own_net (approximately, while training)
        self._loaded_from_file = False
        self._choice = None  # the user's switch: None (automatic), "pretrained" or "own"
        self._last_test_acc = None
        self._last_refresh = -1e9
        self.version = 0  # counts refreshes: a cache of predictions is valid for one version
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.refresh)
        controller.progress.connect(self._on_progress)
        controller.runFinished.connect(self._on_run_finished)
        controller.networkReset.connect(self._on_network_reset)

    # -- public -------------------------------------------------------------------------
    def network(self):
        """The predicting network (its own object; not the controller's), or None."""
        return self._net

    def source(self) -> str | None:
        """'pretrained', 'own', or None (no network to predict with)."""
        return self._source

    def choice(self) -> str | None:
        """The user's choice: None (automatic), 'pretrained' or 'own'."""
        return self._choice

    def set_choice(self, choice: str | None) -> None:
        """Predict with the bundled pre-trained model ('pretrained'), the learner's network ('own'),
        or choose automatically (None); predict again."""
        if choice not in (None, "pretrained", "own"):
            raise ValueError(f"choice must be None, 'pretrained' or 'own', not {choice!r}")
        self._choice = choice
        self.refresh()

    def can_use(self, source: str) -> bool:
        """Whether ``source`` ('pretrained' or 'own') can predict now."""
        return self._pretrained_fits() if source == "pretrained" else self.controller.net is not None

    def refresh(self) -> None:
        """Choose the predicting network and copy fresh parameters; then ``changed``."""
        self._refresh_timer.stop()
        self._last_refresh = time.monotonic()
        c = self.controller
        if self._wants_own():
            src = c.net
            own = self._own_net
            same = (own is not None and type(own) is type(src) and own.sizes == src.sizes
                    and own.activation == src.activation and own.bug == src.bug)
            params = c.snapshot_params() if same else None
            if params is not None:
                own.load_state_dict(params)
            else:
                self._own_net = c.network_copy()
            self._own_step = c.total_step
            self._net, self._source = self._own_net, "own"
        elif self._pretrained_fits():
            self._net, self._source = self._pretrained, "pretrained"
        else:
            self._net, self._source = None, None
        self.version += 1
        self.changed.emit()

    def describe(self) -> str:
        """Which network predicts, with its architecture and accuracy, in the current language."""
        c = self.controller
        if self._source == "pretrained":
            net = self._pretrained
            acc = (net.info or {}).get("test_accuracy")
            arch = "-".join(str(s) for s in net.sizes)
            if acc is not None:
                text = self.tr("Predicting with: the bundled pre-trained model ({0}, test accuracy {1:.2%})").format(
                    arch, acc)
            else:
                text = self.tr("Predicting with: the bundled pre-trained model ({0})").format(arch)
            if c.net is not None and self._choice is None:
                text = sentences(text, self.tr("Your network takes over once it has trained a step."))
        elif self._source == "own":
            net = self._own_net
            arch = "-".join(str(s) for s in net.sizes)
            if self._loaded_from_file and self._own_step == 0:
                where = self.tr("as loaded from the file")
            elif self._own_step == 0:
                where = self.tr("random initial weights, not trained yet")
            else:
                where = self.tr("step {0:,}").format(self._own_step)
            if self._last_test_acc is not None:
                text = self.tr("Predicting with: your network ({0}, {1}, test accuracy {2:.2%})").format(
                    arch, where, self._last_test_acc)
            else:
                text = self.tr("Predicting with: your network ({0}, {1})").format(arch, where)
            if net.bug:
                text += self.tr(", PLANTED BUG: {0}").format(net.bug)
            if self._pretrained is None:
                text = sentences(text, self.tr("The bundled pre-trained model is unavailable: {0}").format(
                    self._pretrained_error))
            elif not self._pretrained_fits():
                text = sentences(text, self.tr("(The pre-trained model reads MNIST digits only.)"))
        else:
            text = self.tr("No network yet: the data set is still loading.")
            if self._pretrained is None:
                text = sentences(text, self.tr("The bundled pre-trained model is unavailable: {0}").format(
                    self._pretrained_error))
        return text

    # -- choosing -------------------------------------------------------------------------
    def _pretrained_fits(self) -> bool:
        net = self._pretrained
        if net is None:
            return False
        ds = self.controller.dataset
        if ds is None:
            return True
        trained_on = (net.info or {}).get("dataset", "MNIST")
        return ds.name == trained_on and len(ds.class_names) == net.sizes[-1] \
            and ds.x_test.shape[1] == net.sizes[0]

    def _wants_own(self) -> bool:
        c = self.controller
        if c.net is None:
            return False
        if not self._pretrained_fits() or self._choice == "own":
            return True
        if self._choice == "pretrained":
            return False
        return self._loaded_from_file or c.total_step >= 1

    # -- controller signals -----------------------------------------------------------------
    def _on_progress(self, reports) -> None:
        for report in reports:
            if report.test_acc is not None:
                self._last_test_acc = report.test_acc
        wait = REFRESH_S - (time.monotonic() - self._last_refresh)
        if wait <= 0:
            self.refresh()
        elif not self._refresh_timer.isActive():  # trailing refresh: the last snapshot is never lost
            self._refresh_timer.start(int(wait * 1000) + 1)

    def _on_run_finished(self, report) -> None:
        if report is not None and report.test_acc is not None:
            self._last_test_acc = report.test_acc
        self.refresh()

    def _on_network_reset(self, reason) -> None:  # a NetworkChange
        self._loaded_from_file = reason.from_file
        info = getattr(self.controller.net, "info", None) or {}
        self._last_test_acc = info.get("test_accuracy") if self._loaded_from_file else None
        self._own_net = None  # a new network: build a new copy
        self.refresh()
