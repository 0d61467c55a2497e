"""Run one command in a child process; measure its wall time and peak RSS.

The peak RSS comes from the child's rusage (``os.wait4``): never mixed with
another tool, but not the child alone either. Linux keeps, across exec, the
high-water mark of the address space the child was forked with, so
``ru_maxrss`` is at least the bench process's RSS at the fork. A bench that
holds much memory when it starts its children has them report their own peak
(VmHWM, which starts afresh at exec) with ``PEAK_KIB``.
"""
from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass
from typing import Dict, Optional, Sequence

# A Python expression, for a child's own code, giving that process's own peak RSS in KiB (VmHWM).
PEAK_KIB = "int(next(x.split()[1] for x in open('/proc/self/status') if x.startswith('VmHWM:')))"


@dataclass
class Measured:
    argv: Sequence[str]
    returncode: int
    seconds: float          # wall time, fork to reap
    max_rss_kib: int        # ru_maxrss (Linux: KiB): the child's peak, or the parent's RSS at the fork if higher
    user_seconds: float
    system_seconds: float
    stdout: str
    stderr: str


def run_measured(argv: Sequence[str], cwd: Optional[str] = None, env: Optional[Dict[str, str]] = None,
                 log_dir: Optional[str] = None, label: str = "run") -> Measured:
    """Run ``argv`` to completion; stdout/stderr go to files (no pipe can block the child)."""
    log_dir = log_dir or os.getcwd()
    os.makedirs(log_dir, exist_ok=True)
    out_path = os.path.join(log_dir, f"{label}.stdout")
    err_path = os.path.join(log_dir, f"{label}.stderr")
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(list(argv), cwd=cwd, env=env, stdout=out, stderr=err,
                                stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)   # reaped here, not by Popen
    with open(out_path, encoding="utf-8", errors="replace") as f:
        stdout = f.read()
    with open(err_path, encoding="utf-8", errors="replace") as f:
        stderr = f.read()
    return Measured(argv=list(argv), returncode=proc.returncode, seconds=seconds,
                    max_rss_kib=int(usage.ru_maxrss), user_seconds=usage.ru_utime,
                    system_seconds=usage.ru_stime, stdout=stdout, stderr=stderr)
