"""Named points where the crash-safety tests kill the program (tests/core/test_crash_safety.py).

``TVET_ALLIANCE_KILL_AT=<name>`` in the environment makes :func:`fault_point` with that name kill
the process at once (SIGKILL: no clean-up, no ``finally``), as a power cut or ``kill -9`` would.
Without the variable a point costs one dictionary look-up.
"""

from __future__ import annotations

import os
import signal

KILL_ENV = "TVET_ALLIANCE_KILL_AT"


def fault_point(name: str) -> None:
    if os.environ.get(KILL_ENV) == name:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
