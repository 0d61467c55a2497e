"""Run by QGIS (``--code``) from open-demo.sh: adds the demo's layers, styled, to an empty project,
and opens the review panel on the demo campaign's first item when the campaign exists.

OCSGE_DEMO_DIR names the demo folder. With OCSGE_DEMO_SCREENSHOT set, saves the
main window there once the map is drawn and quits (for tests and documentation).
"""
import os

from qgis.core import QgsApplication, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

from ocsge_review_plugin.ui.review import backgrounds
from ocsge_review_plugin.ui.i18n import tr
from ocsge_review_plugin.ui.layers import STYLES_DIR
from ocsge_review_plugin.ui.tasks import add_styled_views

DEMO = os.environ["OCSGE_DEMO_DIR"]
SCREENSHOT = os.environ.get("OCSGE_DEMO_SCREENSHOT")


def load():
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    group = root.insertGroup(0, tr("OCS GE Review — démonstration"))
    views = add_styled_views(f"{os.path.join(DEMO, 'confidence.gpkg')}|layername=confidence", project, group)
    if os.path.exists(os.path.join(DEMO, "orthophoto_rvb.tif")):
        # Imagery first: the confidence's filled views stay in the project, unticked, over the picture.
        for view in views:
            root.findLayer(view.id()).setItemVisibilityChecked(False)
    truth = QgsVectorLayer(f"{os.path.join(DEMO, 'truth.gpkg')}|layername=truth",
                           tr("Vérité terrain (CS)"), "ogr")
    truth.loadNamedStyle(os.path.join(STYLES_DIR, "couverture.qml"))
    project.addMapLayer(truth, False)
    root.addLayer(truth).setItemVisibilityChecked(False)
    raster = QgsRasterLayer(os.path.join(DEMO, "probabilities.tif"), tr("Probabilités (raster)"))
    project.addMapLayer(raster, False)
    root.addLayer(raster).setItemVisibilityChecked(False)
    pictures = []
    for name, title, visible in (("orthophoto_rvb.tif", tr("Orthophotographie (couleurs naturelles)"), True),
                                 ("orthophoto_irc.tif", tr("Orthophotographie (infrarouge couleur)"), False)):
        path = os.path.join(DEMO, name)
        if os.path.exists(path):
            picture = QgsRasterLayer(path, title)
            project.addMapLayer(picture, False)
            root.addLayer(picture).setItemVisibilityChecked(visible)
            pictures.append(picture)
    backgrounds.set_backgrounds(project, pictures)      # B cycles them from the first item on
    canvas = iface.mapCanvas()
    canvas.setDestinationCrs(views[0].crs())
    canvas.setExtent(views[0].extent())
    # QGIS zooms to the first layers once events run: the panel frames its item after that.
    QTimer.singleShot(500, open_panel)


def open_panel():
    store = os.path.join(DEMO, "review.gpkg")
    plugin = plugins.get("ocsge_review_plugin")
    if not os.path.exists(store) or plugin is None:
        print("Pas de campagne de démonstration ou extension absente : panneau de revue non ouvert.")
    else:
        panel = plugin.open_review_panel(store)
        if panel is not None and panel.item is not None:
            print(f"Panneau de revue ouvert sur l'élément {panel.item.id}.", flush=True)
    canvas = iface.mapCanvas()
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
