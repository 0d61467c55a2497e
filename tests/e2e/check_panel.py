"""Run inside the real QGIS desktop: open the review panel on a store and decide with real key presses.

Writes result.json and a screenshot to OCSGE_E2E_OUT, then quits QGIS.
"""
import os

from qgis.core import QgsApplication, QgsCoordinateTransform, QgsGeometry, QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.utils import iface
import qgis.utils

from in_qgis import PLUGIN, press, report_exception, result, when_plugin_loaded, write_and_quit

STORE = os.environ["OCSGE_E2E_STORE"]
result["steps"] = []


def drive():
    try:
        plugin = qgis.utils.plugins[PLUGIN]
        plugin.open_review_panel(STORE)
        panel = plugin.panel
        QgsApplication.processEvents()
        first = panel.item
        result["first"] = {"id": first.id, "blind": first.blind, "proposals": len(first.proposals_cs)}
        # The project was empty: QGIS's own zoom to the first layer must not leave the first item unframed.
        QTest.qWait(2000)       # QGIS's set-up of the empty project, and the map drawn
        box = QgsGeometry()
        box.fromWkb(first.wkb)
        canvas = iface.mapCanvas()
        box.transform(QgsCoordinateTransform(panel.layer.crs(), canvas.mapSettings().destinationCrs(),
                                             QgsProject.instance()))
        item, shown = box.boundingBox(), canvas.extent()
        result["frame"] = [shown.toString(), item.toString()]
        result["first_framed"] = shown.contains(item) and shown.width() < 10 * max(item.width(), item.height())
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
    except Exception as exc:
        report_exception("check script", exc)
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
    write_and_quit(iface.mainWindow(), "panel.png")


when_plugin_loaded(drive)
