"""The review panel's geometry corrections: the item's polygon split or reshaped with QGIS's own tools in a work
layer, neighbours merged into it; a blind item's polygon is never offered."""
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ocsge_review.errors import OcsgeError

from ..i18n import tr


class GeometryEditing:
    """Mixed into ReviewPanel: uses its item, pair, store, project, buttons and messages."""

    def edit_geometry(self):
        """Put the item's polygon in an editable work layer and hand over to QGIS's own
        tools: split features, reshape, vertex tool. Entrée records what the layer holds:
        several features are a split, one changed feature a reshape."""
        if self.item is None or self.decided or self._blind_refused():
            return
        if self.work_layer is not None:      # E again: give up the edit, the item keeps its polygon
            self._drop_work_layer()
            self.statusLabel.setText(tr("Modification de la géométrie abandonnée."))
            return
        geometry = self.current.geometry
        kind = QgsWkbTypes.displayString(geometry.wkbType())
        layer = QgsVectorLayer(f"{kind}?crs=EPSG:{self.campaign.epsg}&field=code_cs:string(16)"
                               "&field=code_us:string(16)",
                               tr("Revue — géométrie de l'élément {id}").format(id=self.item.id), "memory")
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry(geometry))
        feature.setAttributes(list(self.pair()))
        layer.dataProvider().addFeatures([feature])
        _style_work_layer(layer)
        self.project.addMapLayer(layer)
        layer.startEditing()
        self.work_layer = layer
        self.partPairButton.setEnabled(True)
        self.editGeometryButton.setText(tr("Abandonner la géométrie"))
        self.iface.setActiveLayer(self.work_layer)
        split = getattr(self.iface, "actionSplitFeatures", None)
        if split is not None and split() is not None:
            split().trigger()
        self.statusLabel.setText(tr("Découpez ou remodelez avec les outils de QGIS, puis Entrée. Les parties "
                                    "prennent le couple choisi, ou le leur (« Couple → parties sélectionnées »)."))

    def _edited_parts(self):
        """[(wkb, cs, us)] from the work layer, or None when the geometry was not edited."""
        layer = self.work_layer
        if layer is None:
            return None
        features = [f for f in layer.getFeatures() if f.hasGeometry() and not f.geometry().isEmpty()]
        if len(features) == 1 and features[0].geometry().isGeosEqual(self.current.geometry):
            return None
        return [(bytes(f.geometry().asWkb()), f["code_cs"] or None, f["code_us"] or None) for f in features]

    def pair_to_selected_parts(self):
        """Give the chosen pair to the parts selected in the work layer."""
        layer = self.work_layer
        if layer is None:
            return
        cs, us = self.pair()
        chosen = layer.selectedFeatureIds()
        if not chosen:
            self._info(tr("Sélectionnez d'abord des parties dans la couche de travail."))
            return
        cs_field, us_field = layer.fields().indexOf("code_cs"), layer.fields().indexOf("code_us")
        for fid in chosen:
            layer.changeAttributeValue(fid, cs_field, cs)
            layer.changeAttributeValue(fid, us_field, us)
        layer.triggerRepaint()

    def merge_selected(self):
        """Merge the neighbours selected on the items layer into the current item, with the chosen pair."""
        if self.item is None or self.decided or self.layer is None or self._blind_refused():
            return
        others = [fid for fid in self.layer.selectedFeatureIds() if fid != self.item.id]
        if not others:
            self._info(tr("Sélectionnez sur la carte les voisins à fusionner (outil de sélection de QGIS, "
                          "couche de revue), puis M."))
            return
        cs, us = self._chosen_pair()
        if cs is None:
            return
        item_id = self.item.id
        try:
            self.store.merge(item_id, self.user, others, cs, us, comment=self.comment(),
                             active_seconds=self.active_seconds())
        except OcsgeError as exc:
            self._warn(str(exc))       # the selection stays, to be mended
            return
        self.layer.removeSelection()
        self._done(item_id, "merge", geometry=True)

    def _blind_refused(self) -> bool:
        """A blind item is judged on the class only: its polygon stays the audit sample's."""
        if self.item.blind:
            self._info(tr("Contrôle à l'aveugle : la géométrie ne se modifie pas, choisissez seulement le couple."))
        return self.item.blind

    def _drop_work_layer(self):
        layer, self.work_layer = self.work_layer, None
        self.partPairButton.setEnabled(False)
        self.editGeometryButton.setText(tr("Modifier la géométrie"))
        if layer is not None and self.project.mapLayer(layer.id()) is not None:
            layer.rollBack()
            self.project.removeMapLayer(layer.id())

    def _reload_items(self):
        """The store wrote geometries through its own connection: redraw them."""
        if self.layer is not None:
            self.layer.dataProvider().reloadData()
            self.layer.triggerRepaint()


def _style_work_layer(layer: QgsVectorLayer) -> None:
    """Outlines only, so the background stays visible, and each part's pair written on it."""
    from qgis.core import QgsPalLayerSettings, QgsVectorLayerSimpleLabeling
    symbol = layer.renderer().symbol()
    fill = symbol.symbolLayer(0)
    fill.setBrushStyle(Qt.BrushStyle.NoBrush)
    fill.setStrokeColor(QColor(255, 140, 0))
    fill.setStrokeWidth(0.8)
    labels = QgsPalLayerSettings()
    labels.fieldName = "coalesce(\"code_cs\", '') || ' / ' || coalesce(\"code_us\", '')"
    labels.isExpression = True
    layer.setLabeling(QgsVectorLayerSimpleLabeling(labels))
    layer.setLabelsEnabled(True)
