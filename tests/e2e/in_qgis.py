"""What the desktop scripts share, inside the real QGIS: error capture, waiting for the plugin, guarded steps, the
report; the demo's orthophotos under the review layer, the map drawn, no message over it."""
import importlib
import json
import os
import traceback

from qgis.core import QgsApplication, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.utils import iface
import qgis.utils

PLUGIN = "ocsge_review_plugin"
OUT = os.environ["OCSGE_E2E_OUT"]
ERROR_MARKERS = ("Traceback", "Python error", "Erreur Python", "Couldn't load plugin")
PICTURES = (("orthophoto_rvb.tif", "Orthophotographie (couleurs naturelles)"),
            ("orthophoto_irc.tif", "Orthophotographie (infrarouge couleur)"))
result = {"log": [], "errors": []}


def _on_message(message, tag, level):
    result["log"].append([tag, message[:500]])
    if tag == "Python error" or any(m in message for m in ERROR_MARKERS):
        result["errors"].append(f"[{tag}] {message[:2000]}")


def report_exception(where: str, exc: BaseException) -> None:
    """Reported through result.json, never raised: a callback must not leave QGIS running."""
    result["errors"].append(f"{where}: " + "".join(traceback.format_exception(exc)))


def write_and_quit(window=None, shot=None) -> None:
    """Save the screenshot (if any) and result.json, then quit QGIS."""
    try:
        if window is not None and shot:
            window.grab().save(os.path.join(OUT, shot))
    finally:
        with open(os.path.join(OUT, "result.json"), "w", encoding="utf-8") as out:
            json.dump(result, out, ensure_ascii=False, indent=1)
        QgsApplication.exit(0)


def when_plugin_loaded(then, settle_ms: int = 2000) -> None:
    """Capture Python errors from now on; call ``then`` once the plugin is loaded
    and QGIS had ``settle_ms`` to finish starting (or after 30 s anyway)."""
    QgsApplication.messageLog().messageReceived.connect(_on_message)
    tries = [0]

    def poll():
        tries[0] += 1
        if PLUGIN in qgis.utils.plugins or tries[0] > 60:
            QTimer.singleShot(settle_ms, then)
        else:
            QTimer.singleShot(500, poll)

    QTimer.singleShot(500, poll)


def press(widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A real key press into ``widget``, after what a click into it does: its window active, the focus inside."""
    window = iface.mainWindow()
    window.activateWindow()
    QgsApplication.setActiveWindow(window)
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    QgsApplication.processEvents()
    QTest.keyClick(widget, key, modifier)
    QgsApplication.processEvents()


def through_menu(text: str, store: str) -> None:
    """Choose the plugin's menu entry ``text`` and answer its store dialog as a user does: the file's
    path typed over the one offered, Entrée. Returns once the dialog is closed and the entry has done its work."""
    def answer(tries=[0]):
        dialog = QgsApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "OcsgeStoreDialog":
            tries[0] += 1
            if tries[0] < 50:
                QTimer.singleShot(100, answer)
            return
        dialog.path.setFocus()
        dialog.path.selectAll()         # the dialog offers the last store: typed over, as a user does
        QTest.keyClicks(dialog.path, store)
        QTest.keyClick(dialog.path, Qt.Key.Key_Return)

    action = next(a for a in qgis.utils.plugins[PLUGIN].actions if a.text() == text)
    QTimer.singleShot(100, answer)
    action.trigger()
    QgsApplication.processEvents()


def add_imagery(demo: str) -> None:
    """The natural colour shown, the infrared as the second background B brings (at the bottom of the tree)."""
    project = QgsProject.instance()
    pictures = []
    for name, title in PICTURES:
        layer = QgsRasterLayer(os.path.join(demo, name), title)
        if not layer.isValid():
            raise RuntimeError(f"{name}: not an image QGIS opens")
        project.addMapLayer(layer, False)
        project.layerTreeRoot().addLayer(layer).setItemVisibilityChecked(not pictures)
        pictures.append(layer)
    importlib.import_module(f"{PLUGIN}.ui.review.backgrounds").set_backgrounds(project, pictures)


def clear_messages() -> None:
    """No message bar over the top of the map in a picture (« Fond : … » and the like)."""
    iface.messageBar().clearWidgets()
    QgsApplication.processEvents()


def guarded(step):
    """A step whose failure is reported and ends the run instead of leaving QGIS open."""
    def run():
        try:
            step()
        except Exception as exc:  # noqa: BLE001 (reported, and QGIS quits)
            report_exception(step.__name__, exc)
            write_and_quit()
    return run


def when_drawn(then):
    """``then`` once the map canvas has drawn what was just shown (or after 15 s anyway)."""
    canvas = iface.mapCanvas()
    done = []

    def once():
        if not done:
            done.append(True)
            canvas.mapCanvasRefreshed.disconnect(drawn)
            QTimer.singleShot(800, guarded(then))

    def drawn():
        QTimer.singleShot(0, once)

    canvas.mapCanvasRefreshed.connect(drawn)
    canvas.refresh()
    QTimer.singleShot(15000, once)
