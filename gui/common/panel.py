"""The base every translated widget shares: texts set in ``retranslate()``.

A widget sets its visible texts in ``retranslate()``, calls it once at the end
of ``__init__``, and this mixin calls it again on every
``QEvent.LanguageChange``, so a language switch keeps the network, the curves
and every view as they are. Put it first among the bases:
``class Foo(Retranslating, QWidget)``.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent

__all__ = ["Retranslating"]


class Retranslating:
    """Mixin: ``retranslate()`` runs again whenever the interface language changes."""

    def retranslate(self) -> None:  # pragma: no cover - every user overrides it
        raise NotImplementedError

    def changeEvent(self, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
