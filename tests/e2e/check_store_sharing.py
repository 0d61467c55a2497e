"""Run inside the real QGIS desktop: an interpreter decides in the review panel (real key presses) while
the command line reads the store (`campaign status`) and writes it (`queue next` / `queue decide` of
another user); the validator's panel is opened on the same store; then QGIS is quit as a user does
(Projet ▸ Quitter), both panels open. Writes result.json before quitting, and quit-errors.txt with every
Python error logged while quitting (unload included).
"""
import json
import os
import subprocess

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QMessageBox
from qgis.utils import iface
import qgis.utils

from in_qgis import OUT, PLUGIN, press, report_exception, result, through_menu, when_plugin_loaded

STORE = os.environ["OCSGE_E2E_STORE"]
PYTHON = os.environ["OCSGE_E2E_PYTHON"]
REPO = os.environ["OCSGE_E2E_REPO"]
OTHER = "bob"


def cli(*args):
    """The command line, run as a user would from a terminal next to QGIS; its standard output."""
    res = subprocess.run([PYTHON, "-m", "ocsge_review", *args], cwd=REPO, capture_output=True, text=True,
                         timeout=120)
    if res.returncode:
        result["errors"].append(f"command line {args[:2]}: {res.stderr[-1500:]}")
    return res.stdout


def decided():
    return json.loads(cli("campaign", "status", "--store", STORE, "--json") or "{}").get("by_state", {}).get("decided")


def decide(panel, n):
    for _ in range(n):
        for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_Return, Qt.Key.Key_N):
            press(panel.body, key)


def keep_quit_errors(message, tag, level):
    if tag == "Python error" or "Traceback" in message or "RuntimeError" in message:
        with open(os.path.join(OUT, "quit-errors.txt"), "a", encoding="utf-8") as out:
            out.write(f"[{tag}] {message}\n")


def drive():
    try:
        plugin = qgis.utils.plugins[PLUGIN]
        through_menu("Panneau de revue…", STORE)
        panel = plugin.panel
        result["user"] = panel.user
        decide(panel, 4)
        result["seen_after_4"] = decided()
        item = json.loads(cli("queue", "next", "--store", STORE, "--user", OTHER, "--json") or "null")
        cli("queue", "decide", "--store", STORE, "--user", OTHER, "--item", str(item["id"]), "--cs", "CS2.2.1",
            "--us", "US1.1")
        result["other_item"] = item["id"]
        decide(panel, 2)
        result["session_decisions"] = panel.session_decisions
        result["progress"] = panel.progressLabel.text()
        result["seen_after_6"] = decided()
        through_menu("Panneau de validation…", STORE)
        validator = plugin.validator_panel
        validator.select_item(item["id"])
        result["validator_layers"] = len(validator.layers)
    except Exception as exc:
        report_exception("check script", exc)
    finally:
        with open(os.path.join(OUT, "result.json"), "w", encoding="utf-8") as out:
            json.dump(result, out, ensure_ascii=False, indent=1)
        QgsApplication.messageLog().messageReceived.connect(keep_quit_errors)
        QTimer.singleShot(1000, quit_as_a_user)


def answer_yes():
    """QGIS asks before quitting whether the project's temporary layers (the validator's before / after)
    may be lost: yes, as a user answers."""
    dialog = QgsApplication.activeModalWidget()
    if isinstance(dialog, QMessageBox):
        yes = dialog.button(QMessageBox.StandardButton.Yes)
        if yes is not None:
            yes.click()
        else:
            dialog.accept()
    QTimer.singleShot(200, answer_yes)


def quit_as_a_user():
    QgsProject.instance().setDirty(False)       # no « save the project? » question
    QTimer.singleShot(200, answer_yes)
    iface.actionExit().trigger()


when_plugin_loaded(drive)
