"""Run inside the real QGIS desktop: open the review panel on a store and decide with real key presses.

Writes result.json and a screenshot to OCSGE_E2E_OUT, then quits QGIS.
"""
import json
import os
import time

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.utils import iface
import qgis.utils

PLUGIN = "ocsge_review_plugin"
OUT = os.environ["OCSGE_E2E_OUT"]
STORE = os.environ["OCSGE_E2E_STORE"]
result = {"errors": [], "steps": []}


def on_message(message, tag, level):
    if tag == "Python error" or "Traceback" in message:
        result["errors"].append(f"[{tag}] {message[:2000]}")


QgsApplication.messageLog().messageReceived.connect(on_message)


def write_and_quit():
    with open(os.path.join(OUT, "result.json"), "w", encoding="utf-8") as out:
        json.dump(result, out, ensure_ascii=False, indent=1)
    QgsApplication.exit(0)


def press(widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    # What a click into the panel does: its window active, the focus inside it.
    window = iface.mainWindow()
    window.activateWindow()
    QgsApplication.setActiveWindow(window)
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    QgsApplication.processEvents()
    QTest.keyClick(widget, key, modifier)
    QgsApplication.processEvents()


def drive():
    try:
        plugin = qgis.utils.plugins[PLUGIN]
        plugin.open_review_panel(STORE)
        panel = plugin.panel
        QgsApplication.processEvents()
        first = panel.item
        result["first"] = {"id": first.id, "blind": first.blind, "proposals": len(first.proposals_cs)}
        # The interpreter picks the second couverture proposal and records it …
        press(panel.body, Qt.Key.Key_2)
        press(panel.body, Qt.Key.Key_Return)
        result["steps"].append(("2+Enter", first.id))
        press(panel.body, Qt.Key.Key_N)
        second = panel.item
        result["steps"].append(("N", second.id))
        # … then flags the next one as doubtful.
        press(panel.body, Qt.Key.Key_F)
        result["steps"].append(("F", second.id))
        press(panel.body, Qt.Key.Key_N)
        from ocsge_review.store import open_store
        store = open_store(STORE)
        result["journal"] = [(r.item_id, r.action, r.cs_after, r.us_after, r.flag) for r in store.journal()]
        result["second_proposal_cs"] = first.proposals_cs[1][0] if len(first.proposals_cs) > 1 else None
        store.close()
    except Exception as exc:  # reported through the JSON, never left hanging
        import traceback
        result["errors"].append("check script: " + "".join(traceback.format_exception(exc)))
    finally:
        # The screenshot waits for the map to be drawn around the highlighted item.
        canvas = iface.mapCanvas()
        canvas.mapCanvasRefreshed.connect(lambda: QTimer.singleShot(500, shoot_and_quit))
        canvas.refresh()
        QTimer.singleShot(15000, shoot_and_quit)


def shoot_and_quit(done=[]):
    if done:
        return
    done.append(True)
    iface.mainWindow().grab().save(os.path.join(OUT, "panel.png"))
    write_and_quit()


def wait_for_plugin(tries=[0]):
    tries[0] += 1
    if PLUGIN in qgis.utils.plugins or tries[0] > 60:
        QTimer.singleShot(2000, drive)
    else:
        QTimer.singleShot(500, wait_for_plugin)


QTimer.singleShot(500, wait_for_plugin)
