"""The GeoPackage store in the real QGIS desktop with the packaged plugin, the command line reading and
writing it while the interpreter decides, then QGIS quit with both panels open: every decision the
panel showed is in the .gpkg alone, the file is whole, and no Python error was shown."""
import shutil
import sqlite3
import sys

import pytest

from desktop import QGIS_TIMEOUT, REPO, demo_campaign, make_profile, run_desktop

pytestmark = [pytest.mark.timeout(QGIS_TIMEOUT + 180)]


def test_cli_alongside_the_panels_then_quitting_loses_nothing(plugin_zip, tmp_path):
    _, store = demo_campaign(tmp_path)
    root = tmp_path / "qgis-profiles"
    make_profile(root, plugin_zip, user="ana")
    out = tmp_path / "out"
    out.mkdir()
    result, console = run_desktop(root, "check_store_sharing.py", tmp_path, out, OCSGE_E2E_STORE=str(store),
                                  OCSGE_E2E_PYTHON=sys.executable, OCSGE_E2E_REPO=str(REPO))
    assert result["errors"] == [], result["errors"]
    quit_errors = out / "quit-errors.txt"
    assert not quit_errors.exists(), quit_errors.read_text(encoding="utf-8")
    assert "Traceback" not in console and "RuntimeError" not in console, console[-3000:]
    assert result["session_decisions"] == 6 and "Faits : 7" in result["progress"], result["progress"]
    assert (result["seen_after_4"], result["seen_after_6"]) == (4, 7), "the command line sees every decision"
    assert result["validator_layers"] == 2
    shutil.copy(store, tmp_path / "copy.gpkg")          # the .gpkg alone, once QGIS has quit
    con = sqlite3.connect(tmp_path / "copy.gpkg")
    users = [row[0] for row in con.execute("SELECT user FROM ocsge_journal ORDER BY seq")]
    integrity = con.execute("PRAGMA integrity_check").fetchall()
    con.close()
    assert integrity == [("ok",)]
    assert sorted(users) == ["ana"] * 6 + ["bob"]
