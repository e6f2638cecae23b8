"""SIGTERM as an exception: ``Terminated``, raised in the main thread as Ctrl-C's ``KeyboardInterrupt`` is (it is
one), so that every clean-up a Ctrl-C runs also runs when a job manager or ``kill`` ends vnx, and the command can
still tell the two apart (exit status 143, not 130)."""
from __future__ import annotations

import signal
import threading


class Terminated(KeyboardInterrupt):
    """The process received SIGTERM."""


def raise_terminated(signum, frame) -> None:
    raise Terminated


def on_sigterm_raise():
    """Make SIGTERM raise ``Terminated`` in the main thread; the handler it replaces (None off the main thread, where
    no handler can be set)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, raise_terminated)
