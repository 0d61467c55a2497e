"""Imagery under the review: which project layers are backgrounds, one key to cycle them, IGN's
Géoplateforme orthophotos one click away, and a failing service reported without stopping the review."""
import math
from typing import Callable, Dict, List, Optional, Tuple
from urllib.parse import parse_qs, quote

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException, QgsMapLayer,
                       QgsNetworkAccessManager, QgsProject, QgsRasterLayer, QgsSettings)
from qgis.PyQt.QtCore import QObject, QTimer, QUrl, pyqtSignal
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..i18n import tr

SETTINGS = "ocsge_review/backgrounds"
PROJECT_SCOPE, PROJECT_KEY = "ocsge_review", "backgrounds"

#: The Géoplateforme's WMTS service, asked tile by tile (GetTile, Web Mercator « PM » matrix set).
GEOPLATEFORME_WMTS = "https://data.geopf.fr/wmts"

#: key, WMTS layer name, tile format: BD ORTHO natural and infrared colour, and the oldest national
#: cover of aerial photographs, for what was there before.
GEOPLATEFORME = (
    ("ortho", "ORTHOIMAGERY.ORTHOPHOTOS", "image/jpeg"),
    ("irc", "ORTHOIMAGERY.ORTHOPHOTOS.IRC", "image/jpeg"),
    ("historique", "ORTHOIMAGERY.ORTHOPHOTOS.1950-1965", "image/png"),
)


def title(key: str) -> str:
    """The layer name of a Géoplateforme background, in the user's language."""
    return {"ortho": tr("BD ORTHO® — couleurs naturelles"),
            "irc": tr("BD ORTHO® — infrarouge couleur"),
            "historique": tr("Photographies aériennes 1950–1965")}[key]


def wmts_tile_source(layer: str, image_format: str) -> Tuple[str, str]:
    """(provider, data source) of one Géoplateforme WMTS layer.

    QGIS's tile (XYZ) source asks the WMTS for tiles by their row and column: unlike a WMTS layer
    made from the capabilities document, creating it sends no request, so adding the layers or
    opening a project never waits on the network, and the map canvas draws it in the background.
    """
    url = (f"{GEOPLATEFORME_WMTS}?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER={layer}&STYLE=normal"
           f"&TILEMATRIXSET=PM&FORMAT={image_format}&TILEMATRIX={{z}}&TILEROW={{y}}&TILECOL={{x}}")
    return "wms", f"type=xyz&url={quote(url, safe=':/?={}')}&zmin=0&zmax=19"


def source(key: str) -> Tuple[str, str]:
    """(provider, data source) of one of the Géoplateforme backgrounds: the settings
    ``ocsge_review/backgrounds/<key>/provider`` and ``…/source`` when set (an offline site or a test
    points them at local files, provider ``gdal``), else the Géoplateforme's tiles."""
    entry = next(e for e in GEOPLATEFORME if e[0] == key)
    default_provider, default_source = wmts_tile_source(entry[1], entry[2])
    settings = QgsSettings()
    provider = settings.value(f"{SETTINGS}/{key}/provider", "") or default_provider
    data_source = settings.value(f"{SETTINGS}/{key}/source", "") or default_source
    return str(provider), str(data_source)


def add_geoplateforme(project: QgsProject) -> Tuple[List[QgsRasterLayer], List[str]]:
    """Add the three Géoplateforme backgrounds at the bottom of the layer tree, the natural colour
    shown, and make them the project's backgrounds (after those already chosen). Returns the
    layers added and a message per source that could not be opened."""
    added, failures = [], []
    root = project.layerTreeRoot()
    for key, _, _ in GEOPLATEFORME:
        provider, data_source = source(key)
        layer = QgsRasterLayer(data_source, title(key), provider)
        if not layer.isValid():
            failures.append(tr("Fond « {title} » impossible à ouvrir ({source}).")
                            .format(title=title(key), source=data_source))
            continue
        project.addMapLayer(layer, False)
        node = root.addLayer(layer)
        node.setItemVisibilityChecked(not added)
        added.append(layer)
    if added:
        set_backgrounds(project, backgrounds(project) + added)
    return added, failures


def candidates(project: QgsProject) -> List[QgsMapLayer]:
    """The project's layers that can be a background: rasters of any provider (files, WMS, WMTS, XYZ)."""
    return [layer for layer in project.mapLayers().values() if isinstance(layer, QgsRasterLayer)]


def backgrounds(project: QgsProject) -> List[QgsMapLayer]:
    """The backgrounds the interpreter chose, in cycling order (layers since removed left out)."""
    ids, _ = project.readListEntry(PROJECT_SCOPE, PROJECT_KEY)
    layers = (project.mapLayer(layer_id) for layer_id in ids)
    return [layer for layer in layers if layer is not None]


def set_backgrounds(project: QgsProject, layers: List[QgsMapLayer]) -> None:
    """Remember the chosen backgrounds in the project (saved with it: chosen once)."""
    project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, [layer.id() for layer in layers])


def shown(project: QgsProject) -> Optional[QgsMapLayer]:
    """The first chosen background whose layer is visible, or None."""
    root = project.layerTreeRoot()
    for layer in backgrounds(project):
        node = root.findLayer(layer.id())
        if node is not None and node.isVisible():
            return layer
    return None


def cycle(project: QgsProject) -> Optional[QgsMapLayer]:
    """Show the background after the one shown (the first when none is), hide the other chosen
    ones, and return it; None when no background was chosen."""
    layers = backgrounds(project)
    if not layers:
        return None
    current = shown(project)
    index = (layers.index(current) + 1) % len(layers) if current in layers else 0
    root = project.layerTreeRoot()
    for i, layer in enumerate(layers):
        node = root.findLayer(layer.id())
        if node is None:
            continue
        node.setItemVisibilityChecked(i == index)
        if i == index:
            parent = node.parent()
            while parent is not None:     # a background inside a hidden group would stay hidden
                parent.setItemVisibilityChecked(True)
                parent = parent.parent()
    return layers[index]


class TileProbe(QObject):
    """Asks the shown tile background for the tile at the map's centre, asynchronously, through QGIS's
    network manager (its proxy and authentication), and says once per failure spell when the service
    refuses or does not answer within the time-out: the map draws what it can and the review goes on.

    QGIS draws a tile that failed as a blank without telling the canvas, so the panel asks itself.
    """

    failed = pyqtSignal(str)
    DEFAULT_TIMEOUT_MS = 5000

    def __init__(self, notify: Callable[[str], None], parent: Optional[QObject] = None):
        super().__init__(parent)
        self.failed.connect(notify)
        self.reported: set = set()
        self.pending: Dict[str, object] = {}

    @staticmethod
    def timeout_ms() -> int:
        value = QgsSettings().value(f"{SETTINGS}/timeout_ms", TileProbe.DEFAULT_TIMEOUT_MS)
        try:
            return max(100, int(value))
        except (TypeError, ValueError):
            return TileProbe.DEFAULT_TIMEOUT_MS

    def check(self, layer: QgsMapLayer, canvas) -> bool:
        """Probe ``layer`` (a tile source) for the canvas's centre; False when there is nothing to ask."""
        url = tile_url(layer, canvas)
        if url is None or layer.id() in self.pending:
            return False
        request = QNetworkRequest(QUrl(url))
        # The map asks for the same tile: from QGIS's network cache when it has it, the network otherwise
        # (a tile the service failed to give is not in the cache, so an outage is still seen).
        request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute,
                             QNetworkRequest.CacheLoadControl.PreferCache)
        reply = QgsNetworkAccessManager.instance().get(request)
        timer = QTimer(self)
        timer.setSingleShot(True)
        state = {"timed_out": False}

        def expire():
            state["timed_out"] = True
            reply.abort()

        timer.timeout.connect(expire)
        reply.finished.connect(lambda: self._answered(layer.id(), layer.name(), reply, timer, state["timed_out"]))
        self.pending[layer.id()] = reply
        timer.start(self.timeout_ms())
        return True

    def close(self) -> None:
        """Forget the questions still awaited (the panel closes)."""
        for reply in list(self.pending.values()):
            reply.finished.disconnect()
            reply.abort()
            reply.deleteLater()
        self.pending.clear()

    def _answered(self, layer_id: str, name: str, reply, timer: QTimer, timed_out: bool) -> None:
        timer.stop()
        timer.deleteLater()
        self.pending.pop(layer_id, None)
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if timed_out:
            reason = tr("pas de réponse en {seconds} s").format(seconds=round(self.timeout_ms() / 1000, 1))
        elif status is not None and int(status) >= 400:
            reason = tr("réponse HTTP {status}").format(status=int(status))
        elif reply.error() != QNetworkReply.NetworkError.NoError:
            reason = reply.errorString()
        else:
            reason = None
        reply.deleteLater()
        if reason is None:
            self.reported.discard(layer_id)          # working again: a later failure is said again
        elif layer_id not in self.reported:
            self.reported.add(layer_id)
            self.failed.emit(tr("Fond « {name} » indisponible ({reason}) : la revue continue ; "
                                "changez de fond avec la touche prévue.").format(name=name, reason=reason))


def tile_url(layer: QgsMapLayer, canvas) -> Optional[str]:
    """The address of the tile of an XYZ-style ``layer`` under the canvas's centre, at the zoom level
    nearest the canvas's scale; None for any other layer (files draw locally, nothing to ask)."""
    if not isinstance(layer, QgsRasterLayer) or layer.providerType() != "wms":
        return None
    query = parse_qs(layer.source(), keep_blank_values=True)
    if query.get("type", [""])[0] != "xyz" or not query.get("url"):
        return None
    template = query["url"][0]
    zmin = int(query.get("zmin", ["0"])[0] or 0)
    zmax = int(query.get("zmax", ["19"])[0] or 19)
    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    settings = canvas.mapSettings()
    to_mercator = QgsCoordinateTransform(settings.destinationCrs(), mercator, QgsProject.instance())
    try:
        extent = to_mercator.transformBoundingBox(settings.visibleExtent())
    except QgsCsException:
        return None
    width = max(1, settings.outputSize().width())
    metres_per_pixel = max(extent.width() / width, 1e-3)
    zoom = min(zmax, max(zmin, int(round(math.log2(WORLD / TILE_PIXELS / metres_per_pixel)))))
    tile = WORLD / (1 << zoom)
    centre = extent.center()
    x = min((1 << zoom) - 1, max(0, int((centre.x() + WORLD / 2) // tile)))
    y = min((1 << zoom) - 1, max(0, int((WORLD / 2 - centre.y()) // tile)))
    return template.replace("{z}", str(zoom)).replace("{x}", str(x)).replace("{y}", str(y))


WORLD = 40075016.685578488          # the Web Mercator square's side, metres
TILE_PIXELS = 256
