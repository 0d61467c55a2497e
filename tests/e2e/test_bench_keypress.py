"""bench/keypress.py, tiny: five keys N and five moves with QGIS's own tools in the real desktop give numbers,
a report and no Python error (times are the benchmark's business, never asserted here)."""
import json
import subprocess
import sys

import pytest

from desktop import REPO

pytestmark = pytest.mark.timeout(600)


def test_the_keypress_bench_measures_five_moves_of_each_kind(tmp_path):
    report = tmp_path / "RESULTS-keypress.md"
    run = subprocess.run([sys.executable, str(REPO / "bench" / "keypress.py"), "--polygons", "1000", "--items", "5",
                          "--repeat", "1", "--think", "0.3", "--work", str(tmp_path / "work"), "--out", str(report)],
                         cwd=REPO, capture_output=True, text=True, timeout=540)
    log = (tmp_path / "work" / "run-1" / "qgis.log").read_text(errors="replace")
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:] + log[-2000:]
    result = json.loads((tmp_path / "work" / "run-1" / "out" / "result.json").read_text(encoding="utf-8"))
    assert result["errors"] == []
    assert "Traceback" not in log
    for kind in ("panel", "qgis"):
        moves = result["moves"][kind]
        assert len(moves) == 5 and not any(m["timed_out"] for m in moves), moves
        assert all(m["drawn_ms"] > 0 and m["ran_ms"] > 0 for m in moves), moves
    assert result["facts"]["background"] == "orthophoto_rvb.tif"
    assert "| **Review panel, key N → next item drawn**" in report.read_text(encoding="utf-8")
