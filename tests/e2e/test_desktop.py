"""The packaged plugin, installed into an empty QGIS profile, loads and works in the real desktop."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import QGIS_TIMEOUT, REPO, make_profile, run_desktop

pytestmark = [pytest.mark.timeout(QGIS_TIMEOUT + 120)]


@pytest.mark.parametrize("lang, actions", [
    ("fr_FR.UTF-8", ["Charger une sortie du modèle…", "Nouvelle campagne de revue…", "Panneau de revue…",
                     "Panneau de validation…", "Seconds avis…", "Tableau de bord…",
                     "Conflits de synchronisation…"]),
    ("en_GB.UTF-8", ["Load a model output…", "New review campaign…", "Review panel…", "Validation panel…",
                     "Second opinions…", "Dashboard…", "Sync conflicts…"])])
def test_plugin_loads_in_qgis_desktop(plugin_zip, tmp_path, lang, actions):
    root = tmp_path / "qgis-profiles"
    make_profile(root, plugin_zip)
    out = tmp_path / "out"
    out.mkdir()
    model = tmp_path / "demo"
    subprocess.run([sys.executable, "-m", "ocsge_review", "demo", "--out", str(model), "--polygons", "1000"],
                   cwd=REPO, check=True, capture_output=True)
    result, console = run_desktop(root, "check_desktop.py", tmp_path, out, lang,
                                  OCSGE_E2E_MODEL=str(model / "model_output.gpkg"))

    assert result["plugin_loaded"], result
    assert result["menu_present"], result["menus"]
    assert result["actions"] == actions
    assert result["actions_enabled"] == [True] * len(actions), result["dependency_problems"]
    assert result["errors"] == []
    assert "Traceback" not in console, console[-3000:]
    assert result["dialog_roles"] >= 5
    # The confidence job ran in the desktop's task manager and its three styled
    # views are in the project: one process, one GDAL, no crash.
    assert result["task_complete"], result
    assert [(name, count) for name, count, _ in result["task_layers"]] == [
        (name, 1000) for name, _, _ in result["task_layers"]] and len(result["task_layers"]) == 3
    assert sorted(kind for _, _, kind in result["task_layers"]) == [
        "categorizedSymbol", "categorizedSymbol", "graduatedSymbol"]
    for name in ("qgis.png", "dialog.png", "map.png"):
        shot = out / name
        assert shot.exists() and shot.stat().st_size > 10_000
        keep = os.environ.get("OCSGE_E2E_KEEP")
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            shutil.copy(shot, Path(keep) / f"{lang[:2]}-{name}")
