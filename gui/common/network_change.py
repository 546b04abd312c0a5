"""Why the run controller's network changed: the ``networkReset`` signal's argument.

A fact, not a sentence: views decide by ``origin`` (the Draw tab trusts a
model loaded from a file, the one-step view says where its weights came
from) and ``engine_text.reason_text`` says it in the user's language.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

__all__ = ["NEW_ARCHITECTURE", "NEW_WEIGHTS", "NEW_WEIGHTS_AFTER_DIVERGENCE", "NetworkChange", "Origin"]


class Origin(str, Enum):
    NEW_WEIGHTS = "new-weights"  # Reset, a lesson's set-up, a data set of another shape
    AFTER_DIVERGENCE = "after-divergence"  # Start after a diverged run: new weights
    NEW_ARCHITECTURE = "new-architecture"  # Start with other layer sizes or activation: new weights
    LOADED_MODEL = "loaded-model"  # File > Open model (``file``: its name)
    OPENED_SESSION = "opened-session"  # File > Open session (``file``: its name, if known)


@dataclass(frozen=True)
class NetworkChange:
    """Where the current network's weights came from; ``file`` names the file they were read from."""

    origin: Origin
    file: str = ""

    @property
    def from_file(self) -> bool:
        """The weights were read from a model file (not drawn at random, not a session's)."""
        return self.origin is Origin.LOADED_MODEL

    @property
    def random(self) -> bool:
        """Freshly drawn random weights."""
        return self.origin in (Origin.NEW_WEIGHTS, Origin.AFTER_DIVERGENCE, Origin.NEW_ARCHITECTURE)


NEW_WEIGHTS = NetworkChange(Origin.NEW_WEIGHTS)
NEW_WEIGHTS_AFTER_DIVERGENCE = NetworkChange(Origin.AFTER_DIVERGENCE)
NEW_ARCHITECTURE = NetworkChange(Origin.NEW_ARCHITECTURE)
