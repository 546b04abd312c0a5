"""Persistent settings: the last hyperparameters, window geometry, view options (theme, language).

Stored with QSettings under the organisation 'BackpropLab' and application
'Backprop Lab' (an INI file on Linux). The config is stored as JSON of
``TrainConfig.to_dict()``; a stored config that no longer validates (an old
version, a hand-edited file) is ignored and the defaults are used instead.
"""
from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

from engine import TrainConfig

__all__ = ["Settings", "ORGANIZATION", "APPLICATION"]

ORGANIZATION = "BackpropLab"
APPLICATION = "Backprop Lab"


class Settings:
    """A thin, typed wrapper around QSettings."""

    def __init__(self, qsettings: QSettings | None = None):
        self._s = qsettings if qsettings is not None else QSettings(ORGANIZATION, APPLICATION)
        self._config_held = False

    def has_config(self) -> bool:
        """Whether a config was saved by an earlier start."""
        return bool(self._s.value("train/config", ""))

    def hold_config(self, held: bool = True) -> None:
        """While held, ``set_config`` keeps the saved config: a window opened with
        hyperparameter flags for one run must not overwrite it for later starts."""
        self._config_held = bool(held)

    def config_held(self) -> bool:
        return self._config_held

    def config(self) -> TrainConfig:
        raw = self._s.value("train/config", "")
        if not raw:
            return TrainConfig()
        try:
            return TrainConfig.from_dict(json.loads(str(raw)))
        except (ValueError, TypeError):
            return TrainConfig()

    def set_config(self, config: TrainConfig) -> None:
        if self._config_held:
            return
        self._s.setValue("train/config", json.dumps(config.to_dict()))

    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)

    def value(self, key: str, default=None):
        return self._s.value(key, default)

    def set_value(self, key: str, value) -> None:
        self._s.setValue(key, value)

    def sync(self) -> None:
        self._s.sync()
