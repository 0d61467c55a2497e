"""Adapters between QGIS layers and the core: the source string it reads, the styled layers it produced."""
import logging
import os
from typing import Dict, Optional, Tuple

from qgis.core import (QgsDataProvider, QgsDataSourceUri, QgsFeature, QgsGeometry, QgsProviderRegistry, QgsRectangle,
                       QgsVectorLayer, QgsWkbTypes)

from ocsge_review.errors import InputError

from . import pgauth
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
    uri.setWkbType(QgsWkbTypes.Type.MultiPolygon)
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
    extent = QgsRectangle()
    extent.setMinimal()
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
