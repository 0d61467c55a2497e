"""Run inside the real QGIS desktop, under a window manager: the window maximised as a user has it, then the
review panel, the validator's panel and the dashboard opened one after the other through the plugin's menu;
after each, the main window's frame and the screen's available area go to result.json, with a screenshot."""
import os

from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface
import qgis.utils

from in_qgis import OUT, PLUGIN, report_exception, result, through_menu, when_plugin_loaded, write_and_quit

STORE = os.environ["OCSGE_E2E_STORE"]
ENTRIES = ("Panneau de revue…", "Panneau de validation…", "Tableau de bord…")
DOCKS = ("panel", "validator_panel", "dashboard")
result["frames"] = []


def rect(r):
    return [r.x(), r.y(), r.width(), r.height()]


def step(n=0):
    try:
        window = iface.mainWindow()
        if n:
            dock = getattr(qgis.utils.plugins[PLUGIN], DOCKS[n - 1])
            result["frames"].append({"entry": ENTRIES[n - 1], "frame": rect(window.frameGeometry()),
                                     "geometry": rect(window.geometry()),
                                     "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
                                     "dock_opened": dock is not None,
                                     "dock": rect(dock.geometry()) if dock is not None else None})
            window.grab().save(os.path.join(OUT, f"fit-{n}.png"))
        if n == len(ENTRIES):
            write_and_quit()
            return
        through_menu(ENTRIES[n], STORE)
        QTimer.singleShot(2500, lambda: step(n + 1))     # time for the window manager to apply any resize
    except Exception as exc:  # noqa: BLE001 (reported, and QGIS quits)
        report_exception("step", exc)
        write_and_quit()


def maximised():
    window = iface.mainWindow()
    result["available"] = rect(window.screen().availableGeometry())
    result["maximised"] = rect(window.frameGeometry())
    step()


def start():
    iface.mainWindow().showMaximized()
    QTimer.singleShot(2500, maximised)


when_plugin_loaded(start)
