"""Run by QGIS (``--code``) from open-demo.sh: adds the demo's layers, styled, to an empty project.

OCSGE_DEMO_DIR names the demo folder. With OCSGE_DEMO_SCREENSHOT set, saves the
main window there once the map is drawn and quits (for tests and documentation).
"""
import os

from qgis.core import QgsApplication, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface

from ocsge_review_plugin.ui.i18n import tr
from ocsge_review_plugin.ui.tasks import STYLES_DIR, add_styled_views

DEMO = os.environ["OCSGE_DEMO_DIR"]
SCREENSHOT = os.environ.get("OCSGE_DEMO_SCREENSHOT")


def load():
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    group = root.insertGroup(0, tr("OCS GE Review — démonstration"))
    views = add_styled_views(f"{os.path.join(DEMO, 'confidence.gpkg')}|layername=confidence", project, group)
    truth = QgsVectorLayer(f"{os.path.join(DEMO, 'truth.gpkg')}|layername=truth",
                           tr("Vérité terrain (CS)"), "ogr")
    truth.loadNamedStyle(os.path.join(STYLES_DIR, "couverture.qml"))
    project.addMapLayer(truth, False)
    root.addLayer(truth).setItemVisibilityChecked(False)
    raster = QgsRasterLayer(os.path.join(DEMO, "probabilities.tif"), tr("Probabilités (raster)"))
    project.addMapLayer(raster, False)
    root.addLayer(raster).setItemVisibilityChecked(False)
    canvas = iface.mapCanvas()
    canvas.setDestinationCrs(views[0].crs())
    canvas.setExtent(views[0].extent())
    if SCREENSHOT:
        canvas.mapCanvasRefreshed.connect(lambda: QTimer.singleShot(1000, shoot))
    canvas.refresh()


def shoot(done=[]):
    if done:
        return
    done.append(True)
    iface.mainWindow().grab().save(SCREENSHOT)
    QgsApplication.exit(0)


load()
