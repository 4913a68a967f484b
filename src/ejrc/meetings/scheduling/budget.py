"""The time a solve may take, shared out between its phases.

One object holds the deadline; a phase asks for a share of what is left (``share``) or for a
point in the whole budget (``point``), so no phase computes "the time remaining" for itself.
It also carries the solve's :class:`~.monitor.Monitor`: once a stop is requested, no time is
left.
"""

import time

from .monitor import Monitor


class TimeBudget:
    def __init__(self, seconds, *, margin=0.0, monitor=None):
        """``margin``: kept back at the end for work after the last solve (tables, checks)."""
        self.started = time.monotonic()
        self.seconds = seconds
        self.deadline = self.started + seconds - margin
        self.monitor = monitor or Monitor(seconds)

    def elapsed(self):
        return time.monotonic() - self.started

    def stopped(self):
        return self.monitor.stopped()

    def remaining(self):
        if self.stopped():
            return 0.0
        return max(0.0, self.deadline - time.monotonic())

    def share(self, fraction, *, at_most=None):
        """``fraction`` of the time left, at most ``at_most`` seconds."""
        seconds = self.remaining() * fraction
        return seconds if at_most is None else min(seconds, at_most)

    def point(self, fraction):
        """The moment when ``fraction`` of the whole budget has passed."""
        return self.started + self.seconds * fraction

    def until(self, moment):
        """Seconds from now to ``moment`` (0 when it has passed)."""
        if self.stopped():
            return 0.0
        return max(0.0, moment - time.monotonic())
