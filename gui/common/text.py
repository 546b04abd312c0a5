"""Small text helpers every view uses: joining sentences per language, durations.

The language itself is installed by the shell (``gui/i18n.py``); it records
the current code here so that features can ask without importing the shell.
"""
from __future__ import annotations

__all__ = ["current_language", "set_current_language", "sentences", "format_duration"]

_NO_SPACE_BETWEEN_SENTENCES = {"ja"}  # Japanese runs sentences together: 。 ends them
_current = ["en"]


def current_language() -> str:
    """The code of the language installed last ('en' until another one is)."""
    return _current[0]


def set_current_language(code: str) -> None:
    _current[0] = code


def sentences(*parts: str) -> str:
    """Sentences (translated separately) run together as the language writes them:
    with a space in English and Korean, without one in Japanese."""
    gap = "" if current_language() in _NO_SPACE_BETWEEN_SENTENCES else " "
    return gap.join(part for part in parts if part)


def format_duration(seconds: float | None) -> str:
    """'42 s', '3:07', '1:02:03' or '-'."""
    if seconds is None or seconds != seconds or seconds == float("inf"):
        return "-"
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}:{seconds:02d}"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}"
