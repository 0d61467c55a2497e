"""Run inside the real QGIS desktop (``qgis --code``): is the plugin there, and healthy?

Writes the JSON result and screenshots to the folder named by OCSGE_E2E_OUT, then quits.
"""
import os
import time

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QPlainTextEdit, QTextEdit
from qgis.utils import iface
import qgis.utils

from in_qgis import ERROR_MARKERS, OUT, PLUGIN, report_exception, result, when_plugin_loaded, write_and_quit

MODEL = os.environ.get("OCSGE_E2E_MODEL")
result["started"] = time.time()


def earlier_log_text():
    """What the message log panel already shows: errors raised before this script ran."""
    texts = []
    for widget in iface.mainWindow().findChildren(QPlainTextEdit) + iface.mainWindow().findChildren(QTextEdit):
        texts.append(widget.toPlainText())
    return "\n".join(texts)


def run_confidence_task(plugin, window):
    """The real job through the plugin, on QGIS's task manager thread: the core
    (pyogrio, shapely, GDAL) and QGIS share one process. QGIS deletes the task
    when it ends, so its end is taken from its signals and the result from the
    project."""
    from qgis.core import QgsProject
    from ocsge_review_plugin.ui.tasks import ConfidenceJob, ConfidenceTask
    job = ConfidenceJob(source=MODEL, out=os.path.join(OUT, "confidence.gpkg"),
                        raster=os.path.join(os.path.dirname(MODEL), "probabilities.tif"), label="e2e")
    task = ConfidenceTask(job, iface)
    ended = {}
    task.taskCompleted.connect(lambda: ended.setdefault("status", "complete"))
    task.taskTerminated.connect(lambda: ended.setdefault("status", "terminated"))
    plugin.start_task(task)
    started = time.time()

    def output_layers():
        return [layer for layer in QgsProject.instance().mapLayers().values()
                if "confidence.gpkg" in layer.source()]

    def poll():
        try:
            done = ended.get("status") == "terminated" or len(output_layers()) == 3
            if not done and time.time() - started < 60:
                QTimer.singleShot(200, poll)
                return
            result["task_complete"] = ended.get("status") == "complete"
            result["task_layers"] = sorted((layer.name(), layer.featureCount(), layer.renderer().type())
                                           for layer in output_layers())
            iface.mapCanvas().zoomToFullExtent()
            iface.mapCanvas().refresh()
            QTimer.singleShot(2000, lambda: write_and_quit(window, "map.png"))
        except Exception as exc:
            report_exception("task poll", exc)
            write_and_quit()

    QTimer.singleShot(200, poll)


def finish():
    task_started = False
    try:
        window = iface.mainWindow()
        result["plugin_loaded"] = PLUGIN in qgis.utils.plugins and qgis.utils.isPluginLoaded(PLUGIN)
        menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
        result["menus"] = menus
        result["menu_present"] = "OCS GE Review" in menus
        plugin = qgis.utils.plugins.get(PLUGIN)
        result["actions"] = [a.text() for a in plugin.actions] if plugin else []
        result["actions_enabled"] = [a.isEnabled() for a in plugin.actions] if plugin else []
        result["dependency_problems"] = list(plugin.problems) if plugin else None
        earlier = earlier_log_text()
        for marker in ERROR_MARKERS:
            if marker in earlier:
                result["errors"].append(f"[message log panel] … {marker} …")
        window.grab().save(os.path.join(OUT, "qgis.png"))
        if plugin is not None and MODEL:
            from ocsge_review_plugin.ui.load_dialog import LoadDialog
            dialog = LoadDialog(window)
            dialog.sourceFile.setFilePath(MODEL)
            dialog.show()
            QgsApplication.processEvents()
            result["dialog_roles"] = dialog.mappingTable.rowCount()
            dialog.grab().save(os.path.join(OUT, "dialog.png"))
            dialog.close()
            run_confidence_task(plugin, window)
            task_started = True
    except Exception as exc:
        report_exception("check script", exc)
    finally:
        if not task_started:
            write_and_quit()


# Leave QGIS time to finish starting (plugins, canvas, message bar) before looking.
when_plugin_loaded(finish, settle_ms=3000)
