"""The review panel's map: the review layer added once, the item served framed and outlined over the imagery,
the next item's background drawn ahead, the backgrounds cycled and the class fills and labels toggled."""
from dataclasses import dataclass
from typing import Optional

from qgis.core import (Qgis, QgsCoordinateTransform, QgsGeometry, QgsMapRendererParallelJob, QgsRasterLayer,
                       QgsRectangle, QgsSettings)
from qgis.gui import QgsHighlight
from qgis.PyQt.QtGui import QColor

from . import backgrounds
from ..i18n import tr
from ..layers import added_review_layer, frame, review_layer, set_class_fills, set_class_labels
from ..logbridge import notify

FILLS_KEY = "ocsge_review/review/fills"       # class colours as fills (else outlines: the imagery shows)
LABELS_KEY = "ocsge_review/review/labels"     # the items' classes as labels


def _setting(key: str) -> bool:
    return str(QgsSettings().value(key, "false")).lower() in ("true", "1")


@dataclass
class Prepared:
    """An item claimed and made ready while the interpreter was still on the previous one."""
    item: object
    geometry: QgsGeometry
    extent: Optional[QgsRectangle]
    earlier: Optional[tuple] = None     # a rejected item's answer sent back (_earlier_answer): read here, not on N


class MapView:
    """Mixed into ReviewPanel: uses its store, campaign, project, layers, highlight and messages."""

    def add_layer(self):
        """The store's items, once per project, styled by couverture."""
        self.layer = added_review_layer(self.project, self.store)
        if self.layer is not None:
            return
        layer = review_layer(self.store, tr("Revue — {name}").format(name=self.campaign.name))
        if layer is None:
            self._warn(tr("La couche des éléments de « {path} » ne s'ouvre pas dans QGIS.").format(
                path=getattr(self.store, "path", self.campaign.name)))
            return
        set_class_fills(layer, _setting(FILLS_KEY))
        set_class_labels(layer, _setting(LABELS_KEY))
        # The first layer of an empty project makes QGIS zoom to its full extent, in a deferred call
        # that would come after the first item is framed.
        self.reframe = not self.project.mapLayers()
        self.project.addMapLayer(layer)
        self.layer = layer

    def _layer_removed(self, layer_id: str):
        """The user removed the review or the work layer: forget it (the review layer comes back
        with the next item)."""
        if self.layer is not None and self.layer.id() == layer_id:
            self.layer = None
        if self.work_layer is not None and self.work_layer.id() == layer_id:
            self.work_layer = None
            self.partPairButton.setEnabled(False)
            self.editGeometryButton.setText(tr("Modifier la géométrie"))

    def _prepare(self, item) -> Prepared:
        """The item's geometry, the canvas extent that frames it, and the answer sent back if it was rejected."""
        earlier = self._earlier_answer(item) if item.rejection else None
        geometry = QgsGeometry()
        geometry.fromWkb(item.wkb)
        if geometry.isEmpty() or self.layer is None:
            return Prepared(item, geometry, None, earlier)
        extent = QgsGeometry(geometry)
        canvas = self.iface.mapCanvas()
        transform = QgsCoordinateTransform(self.layer.crs(), canvas.mapSettings().destinationCrs(), self.project)
        if transform.isValid() and not transform.isShortCircuited():
            extent.transform(transform)
        return Prepared(item, geometry, frame(extent.boundingBox(), self.margin), earlier)

    def _show_on_map(self, prepared: Optional[Prepared]):
        self._clear_highlight()
        if prepared is None or prepared.extent is None:
            return
        canvas = self.iface.mapCanvas()
        # A bright yellow line on a wider dark one: one of the two contrasts with any picture or fill.
        self.halo = QgsHighlight(canvas, prepared.geometry, self.layer)
        self.halo.setColor(QColor(0, 0, 0, 220))
        self.halo.setWidth(7)
        self.halo.setFillColor(QColor(0, 0, 0, 0))
        self.halo.show()
        self.highlight = QgsHighlight(canvas, prepared.geometry, self.layer)
        self.highlight.setColor(QColor(255, 235, 0))
        self.highlight.setWidth(3)
        self.highlight.setFillColor(QColor(0, 0, 0, 0))
        self.highlight.show()
        canvas.setExtent(prepared.extent)
        canvas.refresh()
        shown = backgrounds.shown(self.project)
        if shown is not None:
            self.probe.check(shown, canvas)
        if self.reframe:
            self.reframe, self.reframing = False, True
            canvas.mapCanvasRefreshed.connect(self._reframe)

    def _reframe(self):
        """Once, after QGIS's set-up of an empty project (its CRS, its zoom to the whole layer) was drawn:
        the item served framed again, in the map's CRS of now."""
        canvas = self.iface.mapCanvas()
        canvas.mapCanvasRefreshed.disconnect(self._reframe)
        self.reframing = False
        if self.current is not None and self.layer is not None:
            self.current = self._prepare(self.current.item)
            if self.current.extent is not None:
                canvas.setExtent(self.current.extent)
                canvas.refresh()

    def _warm(self, extent: QgsRectangle):
        """Draw the next item's background off screen, so that its tiles (WMS, WMTS, big
        rasters) are in QGIS's caches when the interpreter moves on. Vector layers are
        left out: they draw fast and the canvas does it anyway."""
        canvas = self.iface.mapCanvas()
        layers = [layer for layer in canvas.layers() if isinstance(layer, QgsRasterLayer)]
        if not layers or (self.warm_job is not None and self.warm_job.isActive()):
            return
        settings = canvas.mapSettings()
        settings.setLayers(layers)
        settings.setExtent(extent)
        self.warm_job = QgsMapRendererParallelJob(settings)     # the previous, finished one goes
        self.warm_job.start()

    def _clear_highlight(self):
        canvas = self.iface.mapCanvas()
        for item in (self.highlight, self.halo):
            if item is not None:
                item.hide()
                if canvas is not None and canvas.scene() is not None:
                    canvas.scene().removeItem(item)
        self.highlight = self.halo = None

    # -- imagery ---------------------------------------------------------------
    def next_background(self):
        """Show the next of the backgrounds chosen for this project (B)."""
        layer = backgrounds.cycle(self.project)
        if layer is None:
            self._info(tr("Aucun fond d'imagerie choisi pour ce projet : Maj+B pour les choisir."))
            return
        notify(self.iface.messageBar(), tr("Fond : {name}").format(name=layer.name()), Qgis.MessageLevel.Info, 2)
        self.probe.check(layer, self.iface.mapCanvas())

    def choose_backgrounds(self):
        """The project's backgrounds, chosen once (Maj+B)."""
        from .backgrounds_dialog import BackgroundsDialog
        dialog = BackgroundsDialog(self.project, self.iface.mainWindow(), notify=self._warn)
        dialog.exec()

    def toggle_fills(self):
        """Class colours as fills or as outlines only (T), remembered for the next sessions."""
        self._toggle(FILLS_KEY, set_class_fills)

    def toggle_labels(self):
        """The items' classes written on the map, or not (L), remembered for the next sessions."""
        self._toggle(LABELS_KEY, set_class_labels)

    def _toggle(self, key: str, apply):
        """The map setting ``key`` turned over, kept in the settings, and ``apply(layer, on)`` to the review layer."""
        on = not _setting(key)
        QgsSettings().setValue(key, on)
        if self.layer is not None:
            apply(self.layer, on)
