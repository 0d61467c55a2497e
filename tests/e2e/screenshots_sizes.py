"""Run inside the real QGIS desktop by scripts/screenshots.py, once per screen size, under a window manager, the
window maximised as a user has it, over the demo's orthophotos: the review panel on an item over natural colour
and over infrared (B), on a blind audit item, on a rejected item back with both answers; the validator's
before / after of a reshaped item; the validator's blind spot-check (a sampled item, neither pair shown, the
pickers waiting); the bulk approval with its sampling plan (each sampled item answered blind with the
interpreter's pair, Entrée and N, the lot accepted); the dashboard. PNGs (named after the screen) and result.json go to OCSGE_E2E_OUT,
then QGIS quits."""
import os

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QDockWidget
from qgis.utils import iface
import qgis.utils

from in_qgis import (OUT, PLUGIN, add_imagery, clear_messages, guarded, press, result, through_menu, when_drawn,
                     when_plugin_loaded, write_and_quit)

STORE = os.environ["OCSGE_SHOTS_STORE"]
DEMO = os.environ["OCSGE_SHOTS_DEMO"]
PLAN = os.environ["OCSGE_SHOTS_PLAN"]
HOURLY = float(os.environ["OCSGE_SHOTS_HOURLY"])
SCREEN = os.environ["OCSGE_SHOTS_SCREEN"]
INTERPRETER = os.environ["OCSGE_SHOTS_INTERPRETER"]
REJECTED_BY = os.environ["OCSGE_SHOTS_REJECTED_BY"]
VALIDATOR = os.environ["OCSGE_SHOTS_VALIDATOR"]
RESHAPED = int(os.environ["OCSGE_SHOTS_RESHAPED"])
USER_KEY = "ocsge_review/review/user"       # the name the store dialog offers (ui/review/review_panel.py)
SKIPS = 400                                 # S pressed at most this many times looking for an item
result["shots"] = []


def save(name):
    clear_messages()
    iface.mainWindow().grab().save(os.path.join(OUT, f"{name}_{SCREEN}.png"))
    result["shots"].append(f"{name}_{SCREEN}.png")


def review_panel(user):
    """The review panel opened through the menu by ``user``."""
    QgsSettings().setValue(USER_KEY, user)
    through_menu("Panneau de revue…", STORE)
    return qgis.utils.plugins[PLUGIN].panel


def skip_until(panel, wanted, what):
    """S (pass) until the panel serves an item ``wanted`` accepts."""
    for _ in range(SKIPS):
        if panel.item is not None and wanted(panel.item):
            return
        press(panel.body, Qt.Key.Key_S)
    raise RuntimeError(f"no {what} within {SKIPS} items")


def rejected():
    # The interpreter's rejected items come first: one shows the validator's reason and « Votre réponse ».
    panel = review_panel(REJECTED_BY)
    skip_until(panel, lambda item: item.rejection and not item.blind, "rejected item")
    result["rejection"] = panel.rejectionLabel.text()
    when_drawn(rejected_taken)


def rejected_taken():
    save("review_rejected")
    qgis.utils.plugins[PLUGIN].close_review_panel()
    panel = review_panel(INTERPRETER)
    # A rejected item its interpreter passed goes back to the queue with its banner still on: passed too.
    skip_until(panel, lambda item: not item.blind and not item.rejection, "item with the model's proposals")
    when_drawn(natural_taken)


def natural_taken():
    save("review_natural")
    press(qgis.utils.plugins[PLUGIN].panel.body, Qt.Key.Key_B)      # the next background: infrared
    when_drawn(infrared_taken)


def infrared_taken():
    save("review_infrared")
    panel = qgis.utils.plugins[PLUGIN].panel
    press(panel.body, Qt.Key.Key_B)                                  # back to natural colour
    skip_until(panel, lambda item: item.blind, "blind audit item")
    when_drawn(blind_taken)


def blind_taken():
    save("review_blind")
    qgis.utils.plugins[PLUGIN].close_review_panel()
    QgsSettings().setValue(USER_KEY, VALIDATOR)
    through_menu("Panneau de validation…", STORE)
    panel = qgis.utils.plugins[PLUGIN].validator_panel
    if not panel.select_item(RESHAPED):
        raise RuntimeError(f"the reshaped item {RESHAPED} is not in the validator's list")
    panel.widget().ensureWidgetVisible(panel.geometryLabel)     # « Avant / après » in view, under the list
    when_drawn(validator_taken)


def validator_taken():
    save("validator_imagery")
    bulk_approval()


def bulk_approval():
    panel = qgis.utils.plugins[PLUGIN].validator_panel
    panel.sampleButton.click()          # the first sampled item shown blind, the keyboard in its pickers
    result["blind_cells"] = sorted({c.text() for c in panel.cells.values() if c.isVisible()})
    when_drawn(blind_in_view)


def blind_in_view():
    # The dock scrolled to the blind answer, as the desktop does when it has the keyboard focus.
    panel = qgis.utils.plugins[PLUGIN].validator_panel
    panel.widget().ensureWidgetVisible(panel.answerButton)
    QTimer.singleShot(500, guarded(blind_check_taken))


def blind_check_taken():
    save("validator_blind")
    panel = qgis.utils.plugins[PLUGIN].validator_panel
    for _ in list(panel.sample):         # the spot-check, one item after the other, as a validator does
        row = panel.current()
        panel.blindCs.set_code(row.code_cs)     # the interpreter's pair given blind (the pickers' keys are
        panel.blindUs.set_code(row.code_us)     # tested in tests/e2e/test_review_keys_desktop.py)
        press(panel.table, Qt.Key.Key_Return)
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
    window = iface.mainWindow()
    window.showMaximized()
    browser = window.findChild(QDockWidget, "Browser")
    if browser is not None:        # more room for the map, as in the other pictures
        browser.hide()
    add_imagery(DEMO)
    QTimer.singleShot(2500, guarded(rejected))


when_plugin_loaded(guarded(start))
