"""Progress and cancellation for long jobs, without depending on QGIS."""
from __future__ import annotations

import logging
from typing import Callable, Optional

from .errors import Cancelled

log = logging.getLogger(__name__)


class Feedback:
    """What a long job reports to: a QgsTask, a Processing feedback or nothing.

    ``progress`` receives a percentage (0–100); ``is_cancelled`` is polled
    between blocks of work and makes the job raise :class:`Cancelled`.
    """

    def __init__(self, progress: Optional[Callable[[float], None]] = None,
                 is_cancelled: Optional[Callable[[], bool]] = None):
        self._progress = progress
        self._is_cancelled = is_cancelled

    def set_progress(self, percent: float) -> None:
        if self._progress is not None:
            self._progress(max(0.0, min(100.0, float(percent))))

    def check(self) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise Cancelled()

    def step(self, percent: float) -> None:
        self.check()
        self.set_progress(percent)

    def sub(self, start: float, end: float) -> "Feedback":
        """A feedback whose 0–100 maps onto ``start``–``end`` of this one."""
        span = end - start
        return Feedback(lambda p: self.set_progress(start + span * p / 100.0),
                        self._is_cancelled)
