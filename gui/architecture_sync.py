"""The network follows the architecture controls, or says plainly that it does not yet.

Changing Hidden layers, Activation, Initial weights or the Seed changes the
network only when it is built: by Reset, or by Start when the architecture
differs. Until then the gradient check, the Draw tab and Inside the network
all use the network as it is. A teacher should never have to guess which one:

* While the network holds new random weights, untrained (nothing to lose), a
  change is applied at once: new weights from the controls, as Reset would
  make them. The gradient check and the Draw tab then use the network the
  controls describe.
* Once it has trained, or came from a file or a session, it is kept (a slip
  of the mouse must not throw away a trained network), and a note under the
  Network controls says what the network still is and what Start or Reset
  would build; the Draw tab says the same where "my network" reads the
  drawing. ``pendingChanged`` carries the note (or '') for any other view.

A change is looked at once the event queue is empty, so a caller that sets
the controls and then replaces the network itself (loading a model, a
lesson's Set up) is never second-guessed.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from .common.engine_text import activation_name
from .common.network_change import NEW_WEIGHTS
from .common.palette import colours
from .common.panel import Retranslating
from .common.run_state import IDLE

__all__ = ["ArchitectureSync", "PendingNote"]

BUILD_FIELDS = ("hidden_sizes", "activation", "weight_init", "seed")  # what new weights are made from


def _arch(sizes, activation) -> str:
    return "{} {}".format("-".join(str(s) for s in sizes), activation_name(activation))


class PendingNote(Retranslating, QLabel):
    """Under the Network controls: what the network still is, while the controls say otherwise."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("pendingArchitecture")
        self.setWordWrap(True)
        self._text = None
        self.setVisible(False)

    def say(self, text) -> None:
        """``text``: a callable making the note in the current language, or None to hide it."""
        self._text = text
        self.retranslate()

    def retranslate(self) -> None:
        self.setVisible(self._text is not None)
        self.setText(self._text() if self._text is not None else "")
        self.setToolTip(self.tr("The architecture controls apply when the network is built: "
                                "by Reset, or by Start when the architecture differs."))
        # the panel's colours: a label with a style sheet keeps its old palette on a theme change
        self.setStyleSheet(f"color: {colours(self.parentWidget() or self).warn}; font-weight: bold;")


class ArchitectureSync(QObject):
    """Applies architecture changes to an untrained network at once; otherwise shows them as pending."""

    pendingChanged = Signal(str)  # the note in the current language, or '' when the network is as the controls say
    pendingNoteChanged = Signal(object)  # the note as a callable making it in the current language, or None

    def __init__(self, controller, controls, parent: QObject | None = None):
        super().__init__(parent)
        self.controller, self.controls = controller, controls
        self.note = PendingNote()
        controls.layout().insertWidget(1, self.note)  # under the Network group
        controls.installEventFilter(self)  # a theme change: the note's colour (its style sheet hides it)
        self._pending = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.check)
        controls.configChanged.connect(self._timer.start)
        controller.stateChanged.connect(lambda _state: self._timer.start())
        controller.networkReset.connect(lambda _reason: self._timer.start())

    def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange:
            self.note.retranslate()
        return False

    def pending(self) -> str:
        """The note shown now ('' when none)."""
        return self._pending() if self._pending is not None else ""

    def pending_note(self):
        """The note as a callable (for the Draw tab, which says it where "my network" reads), or None."""
        return self._pending

    def check(self) -> None:
        """Apply the controls to an untrained network, or show what is pending."""
        c = self.controller
        self._timer.stop()
        config = None
        if c.dataset is not None and c.net is not None and self.controls.is_valid():
            try:
                config = self.controls.config()
            except ValueError:
                config = None
        pending = None
        if config is not None and c.state == IDLE:
            built = c.config
            differs = any(getattr(built, f) != getattr(config, f) for f in BUILD_FIELDS)
            if c.has_new_weights():
                if differs:
                    c.reset(config, reason=NEW_WEIGHTS)  # nothing to lose: the controls apply now
            elif (tuple(c.net.sizes[1:-1]), c.net.activation) != (tuple(config.hidden_sizes), config.activation):
                pending = self._note(c, config)
        self._show(pending)

    def _note(self, c, config):
        now = _arch(c.net.sizes, c.net.activation)
        wanted = _arch([c.n_in, *config.hidden_sizes, c.n_out], config.activation)
        loaded, steps = c.loaded_from(), c.total_step

        def what():
            if steps:
                return self.tr("trained {0:,} steps").format(steps)
            if loaded is not None:
                return self.tr("loaded from {0}").format(loaded)
            return self.tr("from the opened session")

        return lambda: self.tr("The network is still {0} ({1}): the gradient check and the Draw tab use it. "
                               "Start or Reset builds {2}, with new random weights.").format(now, what(), wanted)

    def _show(self, pending) -> None:
        self._pending = pending
        self.note.say(pending)
        self.pendingNoteChanged.emit(pending)
        self.pendingChanged.emit(self.pending())
