"""The review panel in the real QGIS desktop, packaged plugin, decisions made with real key presses."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import QGIS_TIMEOUT, REPO, make_profile, run_desktop

pytestmark = [pytest.mark.timeout(QGIS_TIMEOUT + 180)]


def test_decisions_through_the_panel_reach_the_journal(plugin_zip, tmp_path):
    demo = tmp_path / "demo"
    for args in (["demo", "--out", str(demo), "--polygons", "1000", "--quiet"],
                 ["campaign", "create", "--model", str(demo / "model_output.gpkg"), "--department", "32",
                  "--store", str(demo / "review.gpkg"), "--threshold", "0.95", "--quiet"]):
        subprocess.run([sys.executable, "-m", "ocsge_review", *args], cwd=REPO, check=True, capture_output=True)
    root = tmp_path / "qgis-profiles"
    make_profile(root, plugin_zip)
    out = tmp_path / "out"
    out.mkdir()
    result, console = run_desktop(root, "check_panel.py", tmp_path, out, OCSGE_E2E_STORE=str(demo / "review.gpkg"))
    assert result["errors"] == [] and "Traceback" not in console, result["errors"] or console[-3000:]
    assert result["first_framed"], result["frame"]     # the first item framed, in an empty project too
    journal = result["journal"]
    first_id = result["steps"][0][1]
    second_id = result["steps"][2][1]
    assert [row[0] for row in journal] == [first_id, second_id]
    assert journal[1][1] == "flag" and journal[1][4] == "doubt"
    if not result["first"]["blind"] and result["second_proposal_cs"]:
        assert journal[0][2] == result["second_proposal_cs"]          # key 2 chose the second proposal
    shot = out / "panel.png"
    assert shot.exists() and shot.stat().st_size > 10_000
    keep = os.environ.get("OCSGE_E2E_KEEP")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / "panel.png")
