"""Run inside the real QGIS desktop for test_review_keys_desktop.py: opens the review panel on a store, then
answers the test's questions through files in OCSGE_E2E_OUT (what the screen shows, where things are on it)
while the test types and drags with xdotool, as a user does. Never presses a key itself.

Questions: ``cmd-N.json`` holding {"do": ...}; answers: ``reply-N.json``. ``quit`` writes result.json.
"""
import importlib
import json
import os

from qgis.core import QgsApplication, QgsCoordinateTransform, QgsGeometry, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QPoint, QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface
import qgis.utils

from in_qgis import OUT, PLUGIN, add_imagery, guarded, report_exception, when_plugin_loaded, write_and_quit

STORE = os.environ["OCSGE_E2E_STORE"]
asked = [0]


def panel():
    return qgis.utils.plugins[PLUGIN].panel


def on_screen(widget):
    """The widget's centre, in screen pixels."""
    at = widget.mapToGlobal(widget.rect().center())
    return [at.x(), at.y()]


def screen_of(wkb):
    """(point inside, bounding box) of a polygon of the store, in screen pixels."""
    canvas = iface.mapCanvas()
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    transform = QgsCoordinateTransform(panel().layer.crs(), canvas.mapSettings().destinationCrs(),
                                       QgsProject.instance())
    geometry.transform(transform)
    to_pixels = canvas.getCoordinateTransform()

    def pixel(x, y):
        p = to_pixels.transform(x, y)
        at = canvas.mapToGlobal(QPoint(int(round(p.x())), int(round(p.y()))))
        return [at.x(), at.y()]
    inside = geometry.pointOnSurface().asPoint()
    box = geometry.boundingBox()
    return pixel(inside.x(), inside.y()), pixel(box.xMinimum(), box.yMaximum()) + pixel(box.xMaximum(), box.yMinimum())


def drawn_at(screen_point):
    """The colour the map shows at a screen point (highlight included)."""
    canvas = iface.mapCanvas()
    local = canvas.mapFromGlobal(QPoint(*screen_point))
    return canvas.grab().toImage().pixelColor(local).name()


def _backgrounds():
    return importlib.import_module(f"{PLUGIN}.ui.backgrounds")


def state(ask):
    p = panel()
    canvas = iface.mapCanvas()
    focus = QApplication.focusWidget()
    window = iface.mainWindow()
    top_left = canvas.mapToGlobal(QPoint(0, 0))
    s = {"item": None, "decided": p.decided, "cs": p.csPicker.lineEdit().text(), "us": p.usPicker.lineEdit().text(),
         "status": p.statusLabel.text(), "rejection": p.rejectionLabel.text() if p.rejectionLabel.isVisible() else "",
         "focus": type(focus).__name__ if focus is not None else None, "work_layer": p.work_layer is not None,
         "edit_enabled": p.editGeometryButton.isEnabled(), "window": [window.width(), window.height()],
         "canvas": [top_left.x(), top_left.y(), canvas.width(), canvas.height()], "body_at": on_screen(p.body),
         "cs_at": on_screen(p.csPicker.lineEdit()), "comment_at": on_screen(p.commentEdit),
         "popup": QApplication.activePopupWidget() is not None, "prepared": p.prepared is not None,
         "fills": str(QgsSettings().value("ocsge_review/review/fills", "false")).lower() == "true"}
    shown_background = _backgrounds().shown(QgsProject.instance())
    s["background"] = shown_background.name() if shown_background is not None else None
    item = p.item
    if item is not None:
        inside, box = screen_of(item.wkb)
        s.update(item=item.id, blind=item.blind, part=item.part, item_at=inside, item_box=box,
                 proposals_cs=[c for c, _ in item.proposals_cs], proposals_us=[c for c, _ in item.proposals_us])
        if ask.get("neighbours"):
            s["neighbours"] = []
            for other in p.store.neighbours(item.id):
                row = p.store.item(other)
                if row.state in ("pending", "accepted") and row.part != "audit":
                    s["neighbours"].append({"id": other, "at": screen_of(row.wkb)[0]})
    for name in ask.get("drawn", []):
        s.setdefault("drawn", {})[str(name)] = drawn_at(screen_of(p.store.item(int(name)).wkb)[0])
    return s


def handle(ask):
    do = ask["do"]
    if do == "state":
        return state(ask)
    if do == "tool":        # what a click on the toolbar button does
        {"pan": iface.actionPan, "select": iface.actionSelect}[ask["name"]]().trigger()
        iface.setActiveLayer(panel().layer)
        return {"tool": iface.mapCanvas().mapTool().__class__.__name__}
    if do == "shot":
        iface.mainWindow().grab().save(os.path.join(OUT, ask["name"]))
        return {"saved": ask["name"]}
    if do == "quit":
        QTimer.singleShot(100, lambda: write_and_quit())
        return {}
    raise ValueError(do)


def serve():
    """Answer the next question if it came; ask again soon."""
    path = os.path.join(OUT, f"cmd-{asked[0]}.json")
    if os.path.exists(path):
        try:
            with open(path, encoding="utf-8") as f:
                ask = json.load(f)
            QgsApplication.processEvents()
            try:
                reply = handle(ask)
            except Exception as exc:
                report_exception(f"question {ask}", exc)
                reply = {"error": str(exc)}
            temporary = os.path.join(OUT, f"reply-{asked[0]}.tmp")
            with open(temporary, "w", encoding="utf-8") as f:
                json.dump(reply, f, ensure_ascii=False)
            os.replace(temporary, os.path.join(OUT, f"reply-{asked[0]}.json"))
            asked[0] += 1
        except Exception as exc:
            report_exception("serve", exc)
    QTimer.singleShot(20, serve)


def start():
    iface.mainWindow().showMaximized()
    # The interpreter's imagery: the demo's two pictures under the review layer, chosen once as the
    # backgrounds B cycles (the choosing dialog itself is tested in the QGIS tier).
    add_imagery(os.path.dirname(STORE))
    qgis.utils.plugins[PLUGIN].open_review_panel(STORE)
    with open(os.path.join(OUT, "ready"), "w", encoding="utf-8") as f:
        f.write("ready")
    serve()


when_plugin_loaded(guarded(start))
