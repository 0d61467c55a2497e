"""Run inside the real QGIS desktop, one step of a review per session (OCSGE_E2E_STEP):

- ``interpret``: « Panneau de revue… » on the store, three decisions with real key presses, the panel
  closed; then « Panneau de validation… » where approving one's own decision is refused;
- ``validate``: « Panneau de validation… » on the same store, the first listed item approved with A.

The user is the profile's (the plugin's name setting). Writes result.json and a screenshot to
OCSGE_E2E_OUT, then quits QGIS.
"""
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.utils import iface
import qgis.utils

from in_qgis import PLUGIN, press, report_exception, result, through_menu, when_plugin_loaded, write_and_quit

STORE = os.environ["OCSGE_E2E_STORE"]
STEP = os.environ["OCSGE_E2E_STEP"]
# Per item: couverture then usage proposal picked by digit, then the key that records.
DECISIONS = ((Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_Return),      # the first proposals
             (Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_Return),      # the second couverture
             (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_F))           # the first, flagged as doubtful


def interpret(plugin):
    through_menu("Panneau de revue…", STORE)
    panel = plugin.panel
    result["user"] = panel.user
    result["decisions"] = []
    for n, keys in enumerate(DECISIONS):
        if n:
            press(panel.body, Qt.Key.Key_N)
        item = panel.item
        for key in keys:
            press(panel.body, key)
        result["decisions"].append({"id": item.id, "decided": panel.decided, "action": panel.last_action,
                                    "proposals_cs": [code for code, _ in item.proposals_cs]})
    # Closing the dock ends the session, as a user does at the end of the day.
    panel.close()
    QgsApplication.processEvents()
    result["review_panel_closed"] = plugin.panel is None
    through_menu("Panneau de validation…", STORE)
    validator = plugin.validator_panel
    press(validator.table, Qt.Key.Key_A)
    result["own_approval_message"] = iface.messageBar().currentItem().text() if iface.messageBar().currentItem() else ""


def validate(plugin):
    through_menu("Panneau de validation…", STORE)
    panel = plugin.validator_panel
    result["user"] = panel.user
    result["listed"] = [(row.item_id, row.decided_by) for row in panel.shown]
    current = panel.current()
    press(panel.table, Qt.Key.Key_A)
    result["approved"] = current.item_id
    result["status"] = panel.statusLabel.text()


def drive():
    try:
        {"interpret": interpret, "validate": validate}[STEP](qgis.utils.plugins[PLUGIN])
    except Exception as exc:
        report_exception(f"check script, step {STEP}", exc)
    finally:
        QTimer.singleShot(1500, lambda: write_and_quit(iface.mainWindow(), f"{STEP}.png"))


when_plugin_loaded(drive)
