"""The packaged plugin's Processing provider from the command line: headless ``qgis_process.bin`` on a fresh
profile where the zip is installed and enabled (Debian's ``qgis_process`` wrapper passes an option the
executable refuses, so the executable is called itself)."""
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile

import pytest

from desktop import PLUGIN, REPO

EXECUTABLE = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"


@pytest.fixture(scope="module")
def qgis_process(plugin_zip, tmp_path_factory):
    """``qgis_process(*args)`` → CompletedProcess, on a profile holding only the packaged plugin, enabled."""
    assert os.path.exists(EXECUTABLE), "qgis_process.bin is missing: install the qgis package"
    root = tmp_path_factory.mktemp("config")
    plugins = root / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(plugin_zip).extractall(plugins)
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(root), QT_QPA_PLATFORM="offscreen",
               XDG_RUNTIME_DIR=str(root), LANG="fr_FR.UTF-8", LANGUAGE="", LC_ALL="",
               PYTHONPATH=sysconfig.get_paths()["purelib"])

    def run(*args):
        return subprocess.run([EXECUTABLE, *args], env=env, cwd=str(root), capture_output=True, text=True,
                              timeout=300)
    listed = run("plugins")
    assert PLUGIN in listed.stdout and f"* {PLUGIN}" not in listed.stdout, listed.stdout    # installed, not on
    enabled = run("plugins", "enable", PLUGIN)
    assert enabled.returncode == 0 and f"* {PLUGIN}" in enabled.stdout, enabled.stdout + enabled.stderr
    return run


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    subprocess.run([sys.executable, "-m", "ocsge_review", "demo", "--out", str(out), "--polygons", "1000",
                    "--quiet"], check=True, cwd=REPO, capture_output=True)
    return out


def test_list_shows_the_provider_and_its_algorithms(qgis_process):
    listed = qgis_process("list")
    assert listed.returncode == 0
    block = listed.stdout.split("OCS GE Review\n", 1)[1].split("\n\n", 1)[0]
    assert [line.strip().split("\t")[0] for line in block.strip().splitlines()] == [
        "ocsge_review:confidence", "ocsge_review:createcampaign", "ocsge_review:exporttraining",
        "ocsge_review:monthlyreport", "ocsge_review:statistics", "ocsge_review:syncvalidated"]
    helped = qgis_process("help", "ocsge_review:exporttraining")
    assert helped.returncode == 0 and "INCLUDE_UNVALIDATED" in helped.stdout and "correction_id" in helped.stdout


def test_confidence_campaign_and_training_from_the_command_line(qgis_process, demo, tmp_path):
    conf = tmp_path / "conf.gpkg"
    done = qgis_process("--json", "run", "ocsge_review:confidence", "--", f"INPUT={demo / 'model_output.gpkg'}",
                        f"RASTER={demo / 'probabilities.tif'}", f"OUTPUT={conf}")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["results"] == {"OUTPUT": str(conf), "POLYGONS": 1000}
    assert conf.exists()

    store = tmp_path / "review.gpkg"
    done = qgis_process("--json", "run", "ocsge_review:createcampaign", "--", f"INPUT={demo / 'model_output.gpkg'}",
                        "DEPARTMENT=32", "AUDIT_SIZE=30", f"OUTPUT={store}")
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)["results"]
    assert results["QUEUE"] + results["AUDIT"] + results["AUTO"] == 1000 and store.exists()

    subprocess.run([sys.executable, "-m", "ocsge_review", "simulate", "--store", str(store), "--truth",
                    str(demo / "truth.gpkg"), "--limit", "50"], check=True, cwd=REPO, capture_output=True)
    out = tmp_path / "training.gpkg"
    done = qgis_process("--json", "run", "ocsge_review:exporttraining", "--", f"STORE={store}",
                        "INCLUDE_UNVALIDATED=true", f"OUTPUT={out}")
    assert done.returncode == 0, done.stderr
    corrections = json.loads(done.stdout)["results"]["CORRECTIONS"]
    # The same export by the core's own command line: the same corrections.
    cli = subprocess.run([sys.executable, "-m", "ocsge_review", "export-training", "--store", str(store), "--out",
                          str(tmp_path / "cli.gpkg"), "--include-unvalidated", "--quiet"],
                         check=True, cwd=REPO, capture_output=True, text=True)
    assert corrections > 0 and cli.stdout.startswith(f"{corrections} correction(s)")

    report = tmp_path / "rapport"
    done = qgis_process("run", "ocsge_review:monthlyreport", "--", f"STORES={store}", f"OUTPUT={report}")
    assert done.returncode == 0, done.stderr
    assert (report / "rapport.html").exists()


def test_bad_input_exits_non_zero_in_french_and_writes_nothing(qgis_process, demo, tmp_path):
    done = qgis_process("run", "ocsge_review:statistics", "--", f"STORE={demo / 'model_output.gpkg'}",
                        f"OUTPUT={tmp_path / 'stats.json'}")
    assert done.returncode != 0
    assert "« model_output.gpkg » n'est pas un magasin de revue OCS GE Review." in done.stdout + done.stderr
    done = qgis_process("run", "ocsge_review:createcampaign", "--", f"INPUT={demo / 'model_output.gpkg'}",
                        "DEPARTMENT=971", f"OUTPUT={tmp_path / 'review.gpkg'}")
    assert done.returncode != 0
    assert "les campagnes du département 971 sont en EPSG:5490" in done.stdout + done.stderr
    assert os.listdir(tmp_path) == []
