"""Helpers of the desktop tests: build the zip, make an empty profile, run the real QGIS under Xvfb (and openbox)."""
import configparser
import json
import os
import shutil
import signal
import subprocess
import sysconfig
import time
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PLUGIN = "ocsge_review_plugin"
QGIS_TIMEOUT = 120

# This tier runs in CI, never skipped: `make test` installs both.
for _tool in ("qgis", "xvfb-run"):
    if not shutil.which(_tool):
        pytest.fail(f"{_tool} is missing: run `make test`, which installs it", pytrace=False)


def version():
    parser = configparser.ConfigParser()
    parser.read(REPO / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


def demo_campaign(tmp_path: Path, threshold: str = "0.95"):
    """(demo folder, review store): a 1 000-polygon demo département with its orthophotos and a campaign whose
    review queue holds what the model is less than ``threshold`` sure of (empty: the command's default), made
    by the command line."""
    import sys
    demo = tmp_path / "demo"
    store = demo / "review.gpkg"
    for args in (["demo", "--out", str(demo), "--polygons", "1000", "--quiet"],
                 ["campaign", "create", "--model", str(demo / "model_output.gpkg"), "--department", "32",
                  "--store", str(store), *(["--threshold", threshold] if threshold else []), "--quiet"]):
        subprocess.run([sys.executable, "-m", "ocsge_review", *args], cwd=REPO, check=True, capture_output=True)
    return demo, store


def make_profile(root: Path, plugin_zip: Path, user: str = "") -> Path:
    """An empty profile with the packaged plugin; ``user`` is the name the plugin writes in the
    journal (its setting), else the system login."""
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
        "NewsFeed\\httpsfeedqgisorg\\disabled=true\n"
        + (f"\n[ocsge_review]\nreview\\user={user}\n" if user else ""), encoding="utf-8")
    return profile


def qgis_env(out: Path, runtime: Path, lang: str = "fr_FR.UTF-8", display: str = "", **extra) -> dict:
    """The environment QGIS runs a desktop script in: this venv's packages and tests/e2e importable, X (``display``:
    an X server of ours, its own authority), ``out`` for the script's files, the language."""
    path = os.pathsep.join([sysconfig.get_paths()["purelib"], str(REPO / "tests" / "e2e")])
    env = dict(os.environ, PYTHONPATH=path, QT_QPA_PLATFORM="xcb", OCSGE_E2E_OUT=str(out), XDG_RUNTIME_DIR=str(runtime), LANG=lang, LANGUAGE="",
               LC_ALL="", **extra)
    if display:
        env["DISPLAY"] = display
        env.pop("XAUTHORITY", None)
    return env


def qgis_command(root: Path, script: Path) -> list:
    """QGIS on the e2e profile under ``root``, running ``script`` once started."""
    return ["qgis", "--nologo", "--noversioncheck", "--profiles-path", str(root), "--profile", "e2e", "--code",
            str(script)]


def start_screen(screen, log: Path):
    """Xvfb at ``screen`` (width, height) on a free display, openbox on it as a desktop's window manager:
    (the X display, [Xvfb, openbox]); ``stop`` them."""
    read, write = os.pipe()
    with open(log, "wb") as errors:
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "%dx%dx24" % tuple(screen),
                                 "-nolisten", "tcp", "-ac"], pass_fds=(write,), stdout=subprocess.DEVNULL,
                                stderr=errors, start_new_session=True)
    os.close(write)
    display = b""
    while not display.endswith(b"\n"):    # Xvfb writes the number, then the newline: both awaited,
        chunk = os.read(read, 32)          # or it dies writing to a closed pipe
        if not chunk:
            os.close(read)
            stop([xvfb])
            raise RuntimeError(f"Xvfb did not start: {Path(log).read_text(errors='replace')}")
        display += chunk
    os.close(read)
    display = f":{display.decode().strip()}"
    env = dict(os.environ, DISPLAY=display)
    env.pop("XAUTHORITY", None)
    openbox = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    time.sleep(0.5)
    return display, [xvfb, openbox]


def stop(processes) -> None:
    """SIGKILL to each process group still running, in order."""
    for process in processes:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def run_desktop(root: Path, script: str, tmp_path: Path, out: Path, lang: str = "fr_FR.UTF-8",
                timeout: int = QGIS_TIMEOUT, screen: str = "1400x900", window_manager: bool = False, **extra_env):
    """Start QGIS on the e2e profile with ``--code script``; returns (result.json, console).

    ``window_manager``: openbox runs first, as a desktop's does (maximising, frames, the screen's limits)."""
    env = qgis_env(out, tmp_path, lang, **extra_env)
    qgis = qgis_command(root, REPO / "tests" / "e2e" / script)
    if window_manager:
        qgis = ["sh", "-c", 'openbox --sm-disable & exec "$@"', "sh", *qgis]
    command = ["xvfb-run", "-a", "-s", f"-screen 0 {screen}x24", *qgis]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               start_new_session=True, cwd=tmp_path)
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        pytest.fail("QGIS did not quit within %d s:\n%s" % (timeout, output.decode(errors="replace")[-3000:]))
    console = output.decode(errors="replace")
    result_file = out / "result.json"
    assert result_file.exists(), console[-3000:]
    return json.loads(result_file.read_text(encoding="utf-8")), console
