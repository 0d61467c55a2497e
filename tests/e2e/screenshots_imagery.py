"""Inside QGIS, what the screenshot scripts share: the demo's orthophotos under the review layer, as an
interpreter has them; a picture taken once the map is drawn, with no message over it."""
import importlib
import os

from qgis.core import QgsApplication, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface

from in_qgis import PLUGIN, report_exception, write_and_quit

PICTURES = (("orthophoto_rvb.tif", "Orthophotographie (couleurs naturelles)"),
            ("orthophoto_irc.tif", "Orthophotographie (infrarouge couleur)"))


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
    importlib.import_module(f"{PLUGIN}.ui.backgrounds").set_backgrounds(project, pictures)


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
