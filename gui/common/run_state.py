"""The states of a training run, shared by every view that must know whether one is going on."""

__all__ = ["IDLE", "RUNNING", "PAUSED"]

IDLE, RUNNING, PAUSED = "idle", "running", "paused"
