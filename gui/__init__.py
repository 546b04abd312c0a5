"""Backprop Lab's window: PySide6 + pyqtgraph on top of the engine."""
