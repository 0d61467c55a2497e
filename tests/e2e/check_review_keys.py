"""Run inside the real QGIS desktop for test_review_keys_desktop.py: opens the review panel on a store, then
answers the test's questions through files in OCSGE_E2E_OUT (what the screen shows, where things are on it)
while the test types and drags with xdotool, as a user does. Never presses a key itself. The validator's
part chooses « Panneau de validation… » in the plugin's menu as another user (the plugin's name setting, as the
screenshots do); the test answers the store dialog with its own keys.

Questions: ``cmd-N.json`` holding {"do": ...}; answers: ``reply-N.json``. ``quit`` writes result.json.
"""
import importlib
import json
import os

from qgis.core import (QgsApplication, QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsProject,
                       QgsSettings)
from qgis.PyQt.QtCore import QPoint, Qt, QTimer
from qgis.PyQt.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from qgis.utils import iface
import qgis.utils

from in_qgis import OUT, PLUGIN, add_imagery, guarded, report_exception, when_plugin_loaded, write_and_quit

STORE = os.environ["OCSGE_E2E_STORE"]
USER_KEY = "ocsge_review/review/user"       # the name the panels write in the journal (ui/review/review_panel.py)
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
    return importlib.import_module(f"{PLUGIN}.ui.review.backgrounds")


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


def validator():
    return qgis.utils.plugins[PLUGIN].validator_panel


def focus_name(v, focus):
    named = {v.blindCs: "blind_cs", v.blindCs.lineEdit(): "blind_cs", v.blindUs: "blind_us",
             v.blindUs.lineEdit(): "blind_us", v.table: "table"}
    return named.get(focus, type(focus).__name__ if focus is not None else None)


def validator_state():
    """What the validator's dock shows: every row of its list as drawn (text and tooltip of each cell), the
    before / after cells, every visible label and tooltip, the blind answer's pickers, where the buttons are."""
    v = validator()
    if v is None:
        bar = iface.messageBar().currentItem()      # why a panel did not open, if it says so
        return {"open": False, "modal": modal(), "message": bar.text() if bar is not None else ""}
    model, view = v.table.model(), v.table
    rows = []
    for n in range(model.rowCount()):
        cells = [model.index(n, c) for c in range(model.columnCount())]
        rect = view.visualRect(cells[0])
        at = view.viewport().mapToGlobal(rect.center())
        rows.append({"id": cells[0].data(Qt.ItemDataRole.UserRole), "cells": [c.data() for c in cells],
                     "tips": [c.data(Qt.ItemDataRole.ToolTipRole) for c in cells],
                     "at": [at.x(), at.y()] if view.viewport().rect().contains(rect.center()) else None})
    current = v.current()
    window = iface.mainWindow()
    return {"user": v.user, "current": current.item_id if current is not None else None, "rows": rows,
            "cells": {f"{k[0]}_{k[1]}": c.text() for k, c in v.cells.items() if c.isVisible()},
            "labels": [w.text() for w in v.findChildren(QLabel) if w.isVisible()],
            "buttons": [w.text() for w in v.findChildren(QAbstractButton) if w.isVisible()],
            "tooltips": [w.toolTip() for w in v.findChildren(QWidget) if w.toolTip()],
            "blind_box": v.blindBox.isVisible(), "blind_cs": v.blindCs.lineEdit().text(),
            "blind_us": v.blindUs.lineEdit().text(), "focus": focus_name(v, QApplication.focusWidget()),
            "sample": list(v.sample or []), "sample_label": v.sampleLabel.text(), "status": v.statusLabel.text(),
            "bulk": [v.bulkButton.text(), v.bulkButton.isEnabled()], "bulk_at": on_screen(v.bulkButton),
            "sample_at": on_screen(v.sampleButton), "popup": QApplication.activePopupWidget() is not None,
            "modal": modal(), "window": [window.width(), window.height()], "on_map": on_review_layer(v.sample or [])}


def on_review_layer(ids):
    """Which of these items the review layer (drawn with the decided class) still draws."""
    wanted = set(ids)       # every feature read: a request by fid may pass over the layer's filter
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setNoAttributes()
    return sorted(f.id() for f in panel().layer.getFeatures(request) if f.id() in wanted)


def modal():
    """The dialog waiting for an answer (reject reason, bulk confirmation), as its user sees it, or None."""
    dialog = QApplication.activeModalWidget()
    if dialog is None:
        return None
    out = {"name": dialog.objectName(), "text": dialog.text() if hasattr(dialog, "text") else "",
           "buttons": {b.text().replace("&", ""): on_screen(b) for b in dialog.findChildren(QAbstractButton)
                       if b.isVisible()}}
    if dialog.objectName() == "OcsgeStoreDialog":
        out.update(path=dialog.path.text(), path_at=on_screen(dialog.path))
    if dialog.objectName() == "OcsgeRejectDialog":
        out.update(reason=dialog.reason.currentText(), comment=dialog.comment.text())
    return out


def handle(ask):
    do = ask["do"]
    if do == "state":
        return state(ask)
    if do == "menu":        # another user chooses a menu entry (its store dialog answered by the test's keys)
        QgsSettings().setValue(USER_KEY, ask["user"])
        action = next(a for a in qgis.utils.plugins[PLUGIN].actions if a.text() == ask["text"])
        QTimer.singleShot(0, action.trigger)    # its dialog waits in its own loop, where questions are still served
        return {}
    if do == "vstate":
        return validator_state()
    if do == "scroll_to":   # the dock scrolled to a button, as the validator does with its scroll bar
        v = validator()
        v.widget().ensureWidgetVisible(getattr(v, ask["widget"]))
        return validator_state()
    if do == "close_validator":
        qgis.utils.plugins[PLUGIN].close_validator_panel()
        QgsSettings().setValue(USER_KEY, ask["user"])
        panel().raise_()
        return {}
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
