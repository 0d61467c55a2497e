"""Run one command in a child process; measure its wall time and peak RSS.

The peak RSS comes from the child's own rusage (``os.wait4``), so each
measured tool is counted alone, never mixed with the bench driver or with
another tool.
"""
from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass
from typing import Dict, Optional, Sequence


@dataclass
class Measured:
    argv: Sequence[str]
    returncode: int
    seconds: float          # wall time, fork to reap
    max_rss_kib: int        # peak resident set size of the child (Linux: KiB)
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
