"""Adapters between QGIS layers and the core: the source string it reads, the styled layers it produced."""
import logging
import os
from typing import Dict, Optional, Tuple

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsDataProvider, QgsDataSourceUri,
                       QgsEditorWidgetSetup, QgsFeature, QgsField, QgsFillSymbol, QgsGeometry, QgsLayerTreeGroup,
                       QgsPalLayerSettings, QgsProject, QgsProviderRegistry, QgsRectangle, QgsRendererCategory,
                       QgsSimpleFillSymbolLayer, QgsTextBufferSettings, QgsTextFormat, QgsVectorLayer,
                       QgsVectorLayerSimpleLabeling)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ocsge_review.errors import InputError

from . import pgauth, qgis_enums
from .i18n import tr

log = logging.getLogger("ocsge_review.ui.layers")
STYLES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "styles")


def styled_layer(uri: str, title: str, style: str, provider: str = "ogr") -> Optional[QgsVectorLayer]:
    """A layer with one of the plugin's styles (``couverture.qml``…), or None if it does not open."""
    layer = QgsVectorLayer(uri, title, provider)
    if not layer.isValid():
        return None
    message, ok = layer.loadNamedStyle(os.path.join(STYLES_DIR, style))
    if not ok:
        log.warning("Style %s non appliqué : %s", style, message)
    return layer


# The model's answer on each item: never shown on the review layer, where a blind audit item must not
# reveal it (the stratum of an audit item names the model's class too). The panel shows the
# proposals of the other items itself.
MODEL_COLUMNS = ("code_cs", "code_us", "conf_cs", "conf_us", "cs_top1", "cs_p1", "cs_top2", "cs_p2", "cs_top3",
                 "cs_p3", "us_top1", "us_p1", "us_top2", "us_p2", "us_top3", "us_p3", "artif", "stratum")
# The class an item is drawn and listed with: the decided one, else the model's, except on an
# audit item, which shows none until decided.
SHOWN = "CASE WHEN \"{final}\" IS NOT NULL THEN \"{final}\" WHEN \"part\" = 'audit' THEN NULL ELSE \"{model}\" END"
SHOWN_CS, SHOWN_US = "couverture", "usage"
REPLACED = "\"state\" <> 'superseded'"    # split originals and merged neighbours: their ground is another item's


#: Set on the plugin's layers that carry the model's classes per polygon (the confidence output's views):
#: the name of their field holding the polygon's source id, by which a blind item is kept off them.
MODEL_CLASSES = "ocsge_review/model_classes"


def tag_model_layer(layer: QgsVectorLayer, id_field: str = "source_id") -> None:
    """Mark ``layer`` as showing the model's classes, so that the review panel keeps blind items off it."""
    layer.setCustomProperty(MODEL_CLASSES, id_field)


class BlindFilter:
    """While a blind item is served, the layers that show the model's classes leave its polygon out (map,
    identify, attribute table): their filter gains « id <> the item's source id »; put back after."""

    def __init__(self, project: QgsProject):
        self.project = project
        self.kept: Dict[str, str] = {}          # layer id → its own filter

    def hide(self, source_id: str) -> None:
        self.restore()
        value = "'" + str(source_id).replace("'", "''") + "'"
        for layer in self.project.mapLayers().values():
            field = layer.customProperty(MODEL_CLASSES) if isinstance(layer, QgsVectorLayer) else None
            if not field:
                continue
            own = layer.subsetString()
            condition = f'CAST("{field}" AS TEXT) <> {value}'
            if layer.setSubsetString(f"({own}) AND {condition}" if own else condition):
                self.kept[layer.id()] = own

    def restore(self) -> None:
        for layer_id, own in self.kept.items():
            layer = self.project.mapLayer(layer_id)
            if layer is not None:
                layer.setSubsetString(own)
        self.kept = {}


#: Set on a review layer: the source of its store's items, by which the panel finds it again in the project.
REVIEW_STORE = "ocsge_review/store"


def added_review_layer(project: QgsProject, store) -> Optional[QgsVectorLayer]:
    """The review layer of ``store`` already in ``project`` (the panel opened again), or None."""
    uri, _ = store_layer_uri(store)
    return next((layer for layer in project.mapLayers().values()
                 if isinstance(layer, QgsVectorLayer) and layer.customProperty(REVIEW_STORE) == uri), None)


def review_layer(store, title: str) -> Optional[QgsVectorLayer]:
    """The store's items as the review panel shows them: drawn and listed with their decided class,
    nothing of the model's answer on them, replaced items left out; None if it does not open."""
    uri, provider = store_layer_uri(store)
    layer = styled_layer(uri, title, "couverture.qml", provider)
    if layer is None:
        return None
    layer.setCustomProperty(REVIEW_STORE, uri)
    layer.setSubsetString(" AND ".join(f"({part})" for part in (layer.subsetString(), REPLACED) if part))
    for name, final, model in ((SHOWN_CS, "cs_final", "code_cs"), (SHOWN_US, "us_final", "code_us")):
        layer.addExpressionField(SHOWN.format(final=final, model=model), QgsField(name, qgis_enums.STRING))
    hidden = QgsEditorWidgetSetup("Hidden", {})
    table = layer.attributeTableConfig()
    table.update(layer.fields())
    for index, column in enumerate(table.columns()):
        if column.name in MODEL_COLUMNS:
            table.setColumnHidden(index, True)
    layer.setAttributeTableConfig(table)
    for name in MODEL_COLUMNS:
        index = layer.fields().indexOf(name)
        if index >= 0:
            layer.setEditorWidgetSetup(index, hidden)
    layer.setDisplayExpression(f"coalesce(\"{SHOWN_CS}\", '?') || ' / ' || coalesce(\"{SHOWN_US}\", '?')")
    layer.setMapTipTemplate(f"[% coalesce(\"{SHOWN_CS}\", '') %] [% coalesce(\"{SHOWN_US}\", '') %]")
    renderer = layer.renderer()
    renderer.setClassAttribute(SHOWN_CS)
    blind = QgsFillSymbol.createSimple({"style": "no", "outline_color": "92,60,146,255", "outline_width": "0.6",
                                         "outline_style": "dash"})
    renderer.addCategory(QgsRendererCategory(None, blind, tr("Sans classe montrée (à décider)")))
    return layer


def set_class_fills(layer: QgsVectorLayer, filled: bool) -> None:
    """The review layer's classes drawn as fills (``filled``) or as outlines in the class colour only,
    so that the imagery under the items shows (the default). The blind items' style is left as it is."""
    renderer = layer.renderer()
    if not hasattr(renderer, "categories"):
        return
    for index, category in enumerate(renderer.categories()):
        if category.value() is None:
            continue
        symbol = category.symbol().clone()
        fill = symbol.symbolLayer(0) if symbol.symbolLayerCount() else None
        if not isinstance(fill, QgsSimpleFillSymbolLayer):
            continue
        colour = QColor(fill.color())
        colour.setAlpha(255)
        fill.setColor(colour)
        if filled:
            fill.setBrushStyle(Qt.BrushStyle.SolidPattern)
            fill.setStrokeColor(colour.darker(160))
            fill.setStrokeWidth(0.26)
        else:
            fill.setBrushStyle(Qt.BrushStyle.NoBrush)
            fill.setStrokeColor(colour)
            fill.setStrokeWidth(0.66)
        renderer.updateCategorySymbol(index, symbol)
    layer.emitStyleChanged()
    layer.legendChanged.emit()          # the layers panel redraws the legend's symbols
    layer.triggerRepaint()


def set_class_labels(layer: QgsVectorLayer, shown: bool) -> None:
    """Each item's class pair shown (decided, else the model's; none on a blind item) as a label with a
    light halo that reads on any picture, or no labels."""
    settings = QgsPalLayerSettings()
    settings.fieldName = (f"CASE WHEN \"{SHOWN_CS}\" IS NULL THEN NULL "
                          f"ELSE \"{SHOWN_CS}\" || ' / ' || coalesce(\"{SHOWN_US}\", '?') END")
    settings.isExpression = True
    text = QgsTextFormat()
    text.setSize(8)
    text.setColor(QColor(20, 20, 20))
    halo = QgsTextBufferSettings()
    halo.setEnabled(True)
    halo.setSize(1.0)
    halo.setColor(QColor(255, 255, 255, 230))
    text.setBuffer(halo)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(shown)
    layer.triggerRepaint()


def store_layer_uri(store) -> Tuple[str, str]:
    """(source, provider) of a review store's items layer: the GeoPackage's ``items`` layer, or the
    campaign's rows of a PostGIS store — connected as the store is (service, or the QGIS
    authentication configuration it was opened with), never with a password in the source."""
    from ocsge_review import pgconn
    if hasattr(store, "path"):
        return f"{store.path}|layername=items", "ogr"
    params = pgconn.parse(store.spec)
    uri = QgsDataSourceUri()
    if params.get("service"):
        uri.setConnection(params["service"], params.get("dbname", ""), params.get("user", ""), "",
                          QgsDataSourceUri.SslMode.SslPrefer, getattr(store, "authcfg", "") or "")
    else:
        uri.setConnection(params.get("host", params.get("hostaddr", "")), params.get("port", "5432"),
                          params.get("dbname", ""), params.get("user", ""), "",
                          QgsDataSourceUri.SslMode.SslPrefer, getattr(store, "authcfg", "") or "")
    uri.setDataSource(store.schema, "items", "geom", f'"campaign_id" = {int(store.campaign_id)}', "id")
    uri.setSrid(str(store.campaign().epsg))
    uri.setWkbType(qgis_enums.MULTIPOLYGON)
    return uri.uri(False), "postgres"


def _libpq_quote(value: str) -> str:
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


def postgres_connection(uri: QgsDataSourceUri) -> str:
    """A GDAL ``PG:`` connection string; the password, if any, is in it: never log it."""
    user, password = uri.username(), uri.password()
    if uri.authConfigId():
        user, password = pgauth.credentials(uri.authConfigId())
    parts = []
    for key, value in (("service", uri.service()), ("dbname", uri.database()), ("host", uri.host()),
                       ("port", uri.port()), ("user", user), ("password", password)):
        if value:
            parts.append(f"{key}={_libpq_quote(value)}")
    if uri.sslMode() not in (QgsDataSourceUri.SslMode.SslPrefer,):
        mode = QgsDataSourceUri.encodeSslMode(uri.sslMode())
        if mode:
            parts.append(f"sslmode={mode}")
    return "PG:" + " ".join(parts)


def _sublayer_name(layer: QgsVectorLayer, index: int) -> Optional[str]:
    """Layers opened by index (``|layerid=N``) still need GDAL's layer name for the core."""
    separator = QgsDataProvider.sublayerSeparator()
    for entry in layer.dataProvider().subLayers():
        bits = entry.split(separator)
        if len(bits) > 1 and bits[0] == str(index):
            return bits[1]
    return None


def source_for_layer(layer: QgsVectorLayer) -> Tuple[str, Optional[str]]:
    """(source, layer name) for the core's readers, or InputError if the core cannot read it."""
    provider = layer.providerType()
    if provider == "ogr":
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        path = parts.get("path") or layer.source().split("|")[0]
        name = parts.get("layerName") or None
        if name is None and parts.get("layerId") not in (None, ""):
            name = _sublayer_name(layer, int(parts["layerId"]))
        return path, name
    if provider == "postgres":
        uri = QgsDataSourceUri(layer.source())
        if uri.sql():
            raise InputError(tr("La couche « {name} » a un filtre : le calcul porterait sur toute la table. "
                                "Exportez la sélection en GeoPackage, puis chargez ce fichier.").format(name=layer.name()))
        table = f"{uri.schema()}.{uri.table()}" if uri.schema() else uri.table()
        if not uri.table() or uri.table().startswith("("):
            raise InputError(tr("La couche « {name} » est une requête SQL, pas une table : "
                                "enregistrez-la en GeoPackage, puis chargez ce fichier.").format(name=layer.name()))
        return postgres_connection(uri), table
    raise InputError(tr("La couche « {name} » (fournisseur « {provider} ») n'est pas lisible par "
                        "OCS GE Review : enregistrez-la en GeoPackage, puis chargez ce fichier.").format(
        name=layer.name(), provider=provider))


def show_polygons(layers: Dict[str, QgsVectorLayer], polygons: Dict[str, Optional[bytes]]) -> QgsRectangle:
    """Put in each memory layer its polygon (WKB; None leaves it empty), replacing what it held;
    the extent of them all, in the layers' CRS (empty when none)."""
    extent = QgsRectangle()     # null: the first combineExtentWith replaces it (setMinimal is deprecated)
    for key, layer in layers.items():
        provider = layer.dataProvider()
        provider.truncate()
        wkb = polygons.get(key)
        if wkb:
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            feature = QgsFeature()
            feature.setGeometry(geometry)
            provider.addFeatures([feature])
            extent.combineExtentWith(geometry.boundingBox())
        layer.updateExtents()
        layer.triggerRepaint()
    return extent


def frame(rect: QgsRectangle, margin: float) -> QgsRectangle:
    """The map extent that frames ``rect`` (in the canvas's CRS): grown on each side by ``margin`` times
    its larger side, at least 1 map unit."""
    framed = QgsRectangle(rect)
    framed.grow(margin * max(framed.width(), framed.height(), 1.0))
    return framed


class Comparison:
    """Versions of one polygon side by side on the map (before / after, base / theirs / mine): a memory
    layer per side in a group of the layers panel, made again if the user removed them, and the map
    framed on what is shown.

    ``sides`` lists (key, title, fill QColor or None for none, outline QColor, dashed), bottom to top.
    """

    def __init__(self, project: QgsProject, group_name: str, epsg: int, sides, margin: float = 0.5):
        self.project, self.group_name, self.epsg, self.sides, self.margin = project, group_name, epsg, sides, margin
        self.layers: Dict[str, QgsVectorLayer] = {}
        self.group: Optional[QgsLayerTreeGroup] = None

    def show(self, canvas, polygons: Dict[str, Optional[bytes]]) -> None:
        """Each side's polygon (WKB; a side not given is emptied), the map framed on them all."""
        if not polygons and not self.layers:
            return
        self._ensure()
        extent = show_polygons(self.layers, polygons)
        if extent.isEmpty():
            return
        any_layer = next(iter(self.layers.values()))
        transform = QgsCoordinateTransform(any_layer.crs(), canvas.mapSettings().destinationCrs(), self.project)
        shown = transform.transformBoundingBox(extent) if transform.isValid() else extent
        canvas.setExtent(frame(shown, self.margin))
        canvas.refresh()

    def _alive(self, layer: QgsVectorLayer) -> bool:
        """Still in the project: QGIS deletes the layers when a project is closed, and when it quits
        before unloading the plugins."""
        return not sip.isdeleted(layer) and self.project.mapLayer(layer.id()) is not None

    def remove(self) -> None:
        """The layers out of the project, and their group once empty."""
        for layer in self.layers.values():
            if self._alive(layer):
                self.project.removeMapLayer(layer.id())
        # Found again by name: the user may have removed the group, and its object with it.
        group = self.project.layerTreeRoot().findGroup(self.group_name) if self.group is not None else None
        if group is not None and not group.children():
            group.parent().removeChildNode(group)
        self.layers, self.group = {}, None

    def _ensure(self) -> None:
        root = self.project.layerTreeRoot()
        # Alive: in the project and in the layers panel (the user may have removed either).
        if self.layers and all(self._alive(layer) and root.findLayer(layer.id()) for layer in self.layers.values()):
            return
        self.remove()
        self.group = root.findGroup(self.group_name) or root.insertGroup(0, self.group_name)
        crs = QgsCoordinateReferenceSystem(f"EPSG:{self.epsg}")
        for key, title, fill, outline, dashed in self.sides:
            layer = QgsVectorLayer(f"MultiPolygon?crs={crs.authid()}", title, "memory")
            symbol_layer = layer.renderer().symbol().symbolLayer(0)
            if fill is None:
                symbol_layer.setBrushStyle(Qt.BrushStyle.NoBrush)
            else:
                symbol_layer.setFillColor(fill)
            symbol_layer.setStrokeColor(outline)
            symbol_layer.setStrokeWidth(0.8)
            if dashed:
                symbol_layer.setStrokeStyle(Qt.PenStyle.DashLine)
            self.project.addMapLayer(layer, False)
            self.group.insertLayer(0, layer)
            self.layers[key] = layer
