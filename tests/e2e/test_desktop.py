"""The packaged plugin, installed into an empty QGIS profile, loads in the real desktop."""
import configparser
import json
import os
import shutil
import signal
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PLUGIN = "ocsge_review_plugin"
QGIS_TIMEOUT = 120

pytestmark = [pytest.mark.timeout(QGIS_TIMEOUT + 120)]

# This tier runs in CI, never skipped: `make test` installs both.
for _tool in ("qgis", "xvfb-run"):
    if not shutil.which(_tool):
        pytest.fail(f"{_tool} is missing: run `make test`, which installs it", pytrace=False)


def _version():
    parser = configparser.ConfigParser()
    parser.read(REPO / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, str(REPO / "scripts" / "package.py"), "--out", str(out)],
                   check=True, capture_output=True)
    path = out / f"{PLUGIN}-{_version()}.zip"
    assert path.exists()
    return path


def test_zip_holds_one_plugin_folder_and_nothing_for_developers(plugin_zip):
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert {n.split("/")[0] for n in names} == {PLUGIN}
    for required in ("metadata.txt", "__init__.py", "LICENSE", "README.md", "ui/plugin.py",
                     "ocsge_review/confidence.py", "resources/load_dialog.ui",
                     "resources/icons/ocsge_review.svg", "resources/styles/confidence.qml",
                     "i18n/ocsge_review_en.qm", "i18n/ocsge_review_fr.qm"):
        assert f"{PLUGIN}/{required}" in names
    forbidden = ("/tests/", "/bench/", "/scripts/", "/.ci/", "/build/", "/dist/", "__pycache__",
                 "/Makefile", "requirements-dev.txt", ".git/")
    assert [n for n in names if any(f in n for f in forbidden) or n.endswith((".pyc", ".ts"))] == []


def _profile(root: Path, plugin_zip: Path) -> Path:
    profile = root / "profiles" / "e2e"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(plugin_zip).extractall(plugins)
    (profile / "QGIS").mkdir()
    # The settings a user gets by ticking the plugin in the Plugin Manager, and no
    # start-up dialogs that would wait for a click.
    (profile / "QGIS" / "QGIS3.ini").write_text(
        "[PythonPlugins]\n"
        f"{PLUGIN}=true\n"
        "\n[qgis]\n"
        "showTips322=false\n"
        "checkVersion=false\n"
        "allowVersionCheck=false\n"
        "\n[core]\n"
        "NewsFeed\\httpsfeedqgisorg\\disabled=true\n", encoding="utf-8")
    return profile


@pytest.mark.parametrize("lang, actions", [("fr_FR.UTF-8", ["Charger une sortie du modèle…", "Panneau de revue…"]),
                                           ("en_GB.UTF-8", ["Load a model output…", "Review panel…"])])
def test_plugin_loads_in_qgis_desktop(plugin_zip, tmp_path, lang, actions):
    root = tmp_path / "qgis-profiles"
    _profile(root, plugin_zip)
    out = tmp_path / "out"
    out.mkdir()
    model = tmp_path / "demo"
    subprocess.run([sys.executable, "-m", "ocsge_review", "demo", "--out", str(model), "--polygons", "1000"],
                   cwd=REPO, check=True, capture_output=True)
    env = dict(os.environ)
    env.update(PYTHONPATH=sysconfig.get_paths()["purelib"], QT_QPA_PLATFORM="xcb",
               OCSGE_E2E_OUT=str(out), OCSGE_E2E_MODEL=str(model / "model_output.gpkg"),
               XDG_RUNTIME_DIR=str(tmp_path), LANG=lang, LANGUAGE="", LC_ALL="")
    command = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "qgis", "--nologo", "--noversioncheck",
               "--profiles-path", str(root), "--profile", "e2e",
               "--code", str(REPO / "tests" / "e2e" / "check_desktop.py")]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               start_new_session=True, cwd=tmp_path)
    try:
        output, _ = process.communicate(timeout=QGIS_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        pytest.fail("QGIS did not quit within %d s:\n%s" % (QGIS_TIMEOUT, output.decode(errors="replace")[-3000:]))
    console = output.decode(errors="replace")
    result_file = out / "result.json"
    assert result_file.exists(), console[-3000:]
    result = json.loads(result_file.read_text(encoding="utf-8"))

    assert result["plugin_loaded"], result
    assert result["menu_present"], result["menus"]
    assert result["actions"] == actions
    assert result["actions_enabled"] == [True, True], result["dependency_problems"]
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
