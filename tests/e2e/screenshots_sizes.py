"""Run inside the real QGIS desktop by scripts/screenshots.py, once per screen size, under a window manager:
the validator's bulk approval with its sampling plan (the sample checked with A and N, the lot accepted) and
the dashboard, the window maximised as a user has it. PNGs (named after the screen) and result.json go to
OCSGE_E2E_OUT, then QGIS quits."""
import os

from qgis.PyQt.QtCore import Qt, QTimer
from qgis.utils import iface
import qgis.utils

from in_qgis import OUT, PLUGIN, press, report_exception, result, through_menu, when_plugin_loaded, write_and_quit

STORE = os.environ["OCSGE_SHOTS_STORE"]
PLAN = os.environ["OCSGE_SHOTS_PLAN"]
HOURLY = float(os.environ["OCSGE_SHOTS_HOURLY"])
SCREEN = os.environ["OCSGE_SHOTS_SCREEN"]
result["shots"] = []


def guarded(step):
    """A step whose failure is reported and ends the run instead of leaving QGIS open."""
    def run():
        try:
            step()
        except Exception as exc:  # noqa: BLE001 (reported, and QGIS quits)
            report_exception(step.__name__, exc)
            write_and_quit()
    return run


def save(name):
    iface.mainWindow().grab().save(os.path.join(OUT, f"{name}_{SCREEN}.png"))
    result["shots"].append(f"{name}_{SCREEN}.png")


def bulk_approval():
    through_menu("Panneau de validation…", STORE)
    panel = qgis.utils.plugins[PLUGIN].validator_panel
    panel.sampleButton.click()
    for _ in list(panel.sample):         # the spot-check, one item after the other, as a validator does
        press(panel.table, Qt.Key.Key_A)
        press(panel.table, Qt.Key.Key_N)
    result["plan"] = panel.sampleLabel.text()
    result["bulk_button"] = [panel.bulkButton.text(), panel.bulkButton.isEnabled()]
    # The bulk approval's group in view, as the validator sees it before « Approuver le reste ».
    panel.widget().ensureWidgetVisible(panel.bulkButton)
    QTimer.singleShot(1500, guarded(bulk_taken))


def bulk_taken():
    save("bulk_approval")
    qgis.utils.plugins[PLUGIN].validator_panel.close()
    through_menu("Tableau de bord…", STORE)
    dock = qgis.utils.plugins[PLUGIN].dashboard
    dock.plan.setFilePath(PLAN)
    dock.hourly.setValue(HOURLY)
    dock.refresh()
    QTimer.singleShot(2500, guarded(dashboard_taken))


def dashboard_taken():
    save("dashboard")
    window = iface.mainWindow()
    result["frame"] = [window.frameGeometry().width(), window.frameGeometry().height()]
    write_and_quit()


def start():
    iface.mainWindow().showMaximized()
    QTimer.singleShot(2500, guarded(bulk_approval))


when_plugin_loaded(guarded(start))
