"""scripts/open-demo.sh: a message without a display, QGIS with the styled demo layers with one."""
import os
import re
import shutil
import signal
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TIMEOUT = 120

pytestmark = pytest.mark.timeout(TIMEOUT + 120)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    run = dict(cwd=REPO, check=True, capture_output=True)
    subprocess.run([sys.executable, "-m", "ocsge_review", "demo", "--out", str(out), "--polygons", "2000"], **run)
    subprocess.run([sys.executable, "-m", "ocsge_review", "confidence", "--model", str(out / "model_output.gpkg"),
                    "--raster", str(out / "probabilities.tif"), "--out", str(out / "confidence.gpkg")], **run)
    subprocess.run([sys.executable, "-m", "ocsge_review", "campaign", "create", "--model",
                    str(out / "model_output.gpkg"), "--department", "32", "--store", str(out / "review.gpkg")], **run)
    return out


def test_without_display_prints_where_the_outputs_are(demo):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run(["bash", str(REPO / "scripts" / "open-demo.sh"), str(demo)], env=env,
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    for name in ("confidence.gpkg", "model_output.gpkg", "probabilities.tif", "truth.gpkg"):
        assert f"{demo / name}   " in done.stdout or f"{demo / name}    " in done.stdout
    assert "confiance par polygone" in done.stdout


def test_missing_output_is_an_error(tmp_path):
    done = subprocess.run(["bash", str(REPO / "scripts" / "open-demo.sh"), str(tmp_path)],
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 1 and "model_output.gpkg" in done.stderr


def test_with_display_opens_qgis_with_the_styled_layers_and_the_panel(demo, tmp_path):
    for tool in ("qgis", "xvfb-run"):   # installed by `make test`: never skipped
        assert shutil.which(tool), f"{tool} is missing: run `make test`"
    shot = tmp_path / "demo.png"
    # The user's own demo profile is not the test's: QGIS saves its window size there (a 1400×900 one here
    # made the next `make demo` open too tall for a 1366×768 screen).
    users = REPO / "build" / "qgis-profile"
    before = sorted((str(p), p.stat().st_mtime) for p in users.rglob("*") if p.is_file()) if users.exists() else []
    env = dict(os.environ, OCSGE_DEMO_SCREENSHOT=str(shot), OCSGE_SITE_PACKAGES=sysconfig.get_paths()["purelib"],
               OCSGE_DEMO_PROFILES=str(tmp_path / "profiles"),
               XDG_RUNTIME_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen", LANG="fr_FR.UTF-8")
    process = subprocess.Popen(["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "bash",
                                str(REPO / "scripts" / "open-demo.sh"), str(demo)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        output, _ = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        pytest.fail("QGIS did not quit:\n" + output.decode(errors="replace")[-3000:])
    console = output.decode(errors="replace")
    assert "Traceback" not in console, console[-3000:]
    assert (tmp_path / "profiles" / "profiles" / "demo").is_dir()
    after = sorted((str(p), p.stat().st_mtime) for p in users.rglob("*") if p.is_file()) if users.exists() else []
    assert after == before, "the test wrote into the user's demo profile"
    assert shot.exists() and shot.stat().st_size > 50_000, console[-3000:]
    served = re.search(r"Panneau de revue ouvert sur l'élément (\d+)\.", console)
    assert served, console[-3000:]
    sys.path.insert(0, str(REPO))
    from ocsge_review.store import open_store
    store = open_store(str(demo / "review.gpkg"))
    try:   # the first item of the queue, given back when QGIS closed
        item = store.item(int(served.group(1)))
        assert item.state == "pending" and item.part in ("queue", "audit")
    finally:
        store.close()
    profile = tmp_path / "profiles" / "profiles" / "demo"
    assert (profile / "python" / "plugins" / "ocsge_review_plugin").resolve() == REPO
    assert "ocsge_review_plugin=true" in (profile / "QGIS" / "QGIS3.ini").read_text()
    keep = os.environ.get("OCSGE_E2E_KEEP")
    if keep:
        shutil.copy(shot, Path(keep) / "demo.png")
