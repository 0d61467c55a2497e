"""Adapters between QGIS layers and the core: the source string it reads, the styled layers it produced."""
import logging
import os
from typing import Dict, Optional, Tuple

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsDataProvider, QgsDataSourceUri,
                       QgsFeature, QgsGeometry, QgsLayerTreeGroup, QgsProject, QgsProviderRegistry, QgsRectangle,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import Qt

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

    def remove(self) -> None:
        """The layers out of the project, and their group once empty."""
        for layer in self.layers.values():
            if self.project.mapLayer(layer.id()) is not None:
                self.project.removeMapLayer(layer.id())
        # Found again by name: the user may have removed the group, and its object with it.
        group = self.project.layerTreeRoot().findGroup(self.group_name) if self.group is not None else None
        if group is not None and not group.children():
            group.parent().removeChildNode(group)
        self.layers, self.group = {}, None

    def _ensure(self) -> None:
        root = self.project.layerTreeRoot()
        # Alive: in the project and in the layers panel (the user may have removed either).
        if self.layers and all(self.project.mapLayer(layer.id()) is not None and root.findLayer(layer.id())
                               for layer in self.layers.values()):
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
