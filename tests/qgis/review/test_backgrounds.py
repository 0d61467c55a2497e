"""Imagery backgrounds: the Géoplateforme's three pictures one call away (pointed at local files by the
settings), chosen once per project, cycled one at a time, and a failing tile service reported without
ever blocking QGIS."""
import http.server
import importlib
import threading
import time

import numpy as np
import pytest
import shapely
from qgis.core import QgsProject, QgsRasterLayer, QgsRectangle, QgsSettings
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import QTimer

from conftest import PLUGIN_PACKAGE, wait_until


@pytest.fixture()
def bg():
    return importlib.import_module(PLUGIN_PACKAGE + ".ui.review.backgrounds")


@pytest.fixture(scope="module")
def pictures(tmp_path_factory):
    from ocsge_review.ocsge import nomenclature as nom
    from ocsge_review.synthetic.orthophoto import write_orthophotos
    out = tmp_path_factory.mktemp("backgrounds")
    geoms = np.array([shapely.box(600000 + i * 100, 6300000, 600100 + i * 100, 6300100)
                      for i in range(len(nom.CS_LEAVES))])
    paths = write_orthophotos(geoms, np.asarray(nom.CS_LEAVES, dtype=object), 2154, str(out), resolution=5.0)
    return paths


@pytest.fixture()
def local_sources(bg, pictures):
    """The settings an offline site writes: every Géoplateforme background read from a local file."""
    settings = QgsSettings()
    files = {"ortho": pictures["orthophoto_rvb.tif"], "irc": pictures["orthophoto_irc.tif"],
             "historique": pictures["orthophoto_rvb.tif"]}
    for key, path in files.items():
        settings.setValue(f"{bg.SETTINGS}/{key}/provider", "gdal")
        settings.setValue(f"{bg.SETTINGS}/{key}/source", path)
    yield files
    settings.remove(bg.SETTINGS)


@pytest.fixture()
def project():
    p = QgsProject.instance()
    p.clear()
    yield p
    p.clear()


class _Tiles(http.server.BaseHTTPRequestHandler):
    delay = 0.0
    status = 200
    requests = []

    def do_GET(self):
        type(self).requests.append(self.path)
        time.sleep(type(self).delay)
        try:
            self.send_response(type(self).status)
            self.send_header("Content-Length", "0")
            self.end_headers()
        except OSError:          # QGIS gave up waiting and closed the connection
            pass

    def log_message(self, *args):
        pass


@pytest.fixture()
def tile_server():
    _Tiles.requests, _Tiles.delay, _Tiles.status = [], 0.0, 200
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Tiles)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    _Tiles.delay = 0.0
    server.shutdown()
    server.server_close()


def test_the_geoplateforme_pictures_are_added_from_the_settings_and_become_the_backgrounds(
        bg, local_sources, project, tmp_path):
    added, failures = bg.add_geoplateforme(project)
    assert failures == []
    assert [layer.source() for layer in added] == [local_sources[k] for k in ("ortho", "irc", "historique")]
    assert [layer.name() for layer in added] == [bg.title(k) for k in ("ortho", "irc", "historique")]
    root = project.layerTreeRoot()
    assert [root.findLayer(layer.id()).isVisible() for layer in added] == [True, False, False]
    assert bg.backgrounds(project) == added
    # Chosen once: the choice is saved with the project.
    path = str(tmp_path / "review.qgz")
    assert project.write(path)
    ids = [layer.id() for layer in added]
    project.clear()
    assert bg.backgrounds(project) == []
    assert project.read(path)
    assert [layer.id() for layer in bg.backgrounds(project)] == ids


def test_by_default_they_are_the_geoplateforme_wmts_tiles_and_adding_one_sends_no_request(bg, tile_server):
    QgsSettings().remove(bg.SETTINGS)
    provider, source = bg.source("irc")
    assert provider == "wms" and source.startswith("type=xyz&url=https://data.geopf.fr/wmts")
    assert "LAYER=ORTHOIMAGERY.ORTHOPHOTOS.IRC" in source and "TILEMATRIXSET=PM" in source
    assert "LAYER=ORTHOIMAGERY.ORTHOPHOTOS.1950-1965" in bg.source("historique")[1]
    # The same kind of source on a loopback server: creating the layer asks nothing, drawing it asks tiles.
    layer = _tile_layer(tile_server, "tuiles")
    assert layer.isValid()
    assert _Tiles.requests == []
    canvas = _canvas(layer)
    canvas.refresh()
    assert wait_until(lambda: _Tiles.requests, 20)


def test_one_key_cycles_the_chosen_backgrounds_and_leaves_the_others_alone(bg, local_sources, project, pictures):
    other = QgsRasterLayer(pictures["orthophoto_irc.tif"], "probabilités")
    project.addMapLayer(other)
    added, _ = bg.add_geoplateforme(project)
    root = project.layerTreeRoot()
    group = root.addGroup("imagerie")
    node = root.findLayer(added[2].id())
    group.addChildNode(node.clone())
    node.parent().removeChildNode(node)
    group.setItemVisibilityChecked(False)
    visible = lambda: [root.findLayer(layer.id()).isVisible() for layer in added]
    assert bg.cycle(project) is added[1] and visible() == [False, True, False]
    assert bg.cycle(project) is added[2] and visible() == [False, False, True]   # its group shown too
    assert bg.cycle(project) is added[0] and visible() == [True, False, False]
    assert root.findLayer(other.id()).isVisible()
    project.removeMapLayer(added[1].id())
    assert bg.backgrounds(project) == [added[0], added[2]]
    assert bg.cycle(project) is added[2]
    bg.set_backgrounds(project, [])
    assert bg.cycle(project) is None


def _tile_layer(tile_server, name):
    """An XYZ tile layer on the loopback tile server, as the Géoplateforme's are made."""
    port = tile_server.server_address[1]
    return QgsRasterLayer(f"type=xyz&url=http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png&zmin=0&zmax=19", name, "wms")


def _canvas(layer):
    canvas = QgsMapCanvas()
    canvas.resize(300, 200)
    canvas.setDestinationCrs(layer.crs())
    canvas.setLayers([layer])
    canvas.setExtent(layer.extent())
    return canvas


def test_the_probe_asks_the_tile_under_the_centre_and_is_quiet_when_the_service_answers(bg, tile_server):
    layer = _tile_layer(tile_server, "service")
    canvas = _canvas(layer)
    canvas.setExtent(QgsRectangle(-1000, -1000, 1000, 1000))     # about 10 m a pixel around (0, 0)
    said = []
    probe = bg.TileProbe(said.append)
    assert probe.check(layer, canvas)
    assert wait_until(lambda: not probe.pending, 10)
    z, x, y = (int(part) for part in _Tiles.requests[-1].strip("/").split(".")[0].split("/"))
    assert 13 <= z <= 15 and x in ((1 << z) // 2 - 1, (1 << z) // 2) and y in ((1 << z) // 2 - 1, (1 << z) // 2)
    assert said == []
    local = QgsRasterLayer(__file__, "pas une tuile", "gdal")
    assert bg.tile_url(local, canvas) is None


@pytest.mark.parametrize("failure", ["refused", "hangs"])
def test_a_failing_service_is_said_once_and_never_blocks(bg, tile_server, failure):
    settings = QgsSettings()
    settings.setValue(f"{bg.SETTINGS}/timeout_ms", 1000)
    _Tiles.status = 500 if failure == "refused" else 200
    _Tiles.delay = 0.0 if failure == "refused" else 30.0
    try:
        layer = _tile_layer(tile_server, "service en panne")
        canvas = _canvas(layer)
        said, ticks = [], []
        probe = bg.TileProbe(said.append)
        QTimer.singleShot(20, lambda: ticks.append(len(said)))
        assert probe.check(layer, canvas)
        assert not probe.check(layer, canvas)            # one question at a time per layer
        assert wait_until(lambda: said, 30), "no message for a failing background"
        # QGIS's event loop ran while the service was awaited: keys and the review go on meanwhile.
        if failure == "hangs":
            assert ticks == [0]
        assert len(said) == 1 and "service en panne" in said[0]
        expected = "pas de réponse en 1.0 s" if failure == "hangs" else "HTTP 500"
        assert expected in said[0]
        assert probe.check(layer, canvas)
        assert wait_until(lambda: not probe.pending, 30)
        assert len(said) == 1                              # the same spell is not said twice
        _Tiles.status, _Tiles.delay = 200, 0.0
        assert probe.check(layer, canvas) and wait_until(lambda: not probe.pending, 10)
        _Tiles.status = 500
        assert probe.check(layer, canvas) and wait_until(lambda: len(said) == 2, 10)   # a new spell is
    finally:
        settings.remove(f"{bg.SETTINGS}/timeout_ms")


def test_the_dialog_saves_the_ticked_layers_in_their_order(bg, local_sources, project, pictures):
    from qgis.PyQt.QtCore import Qt
    dialog_module = importlib.import_module(PLUGIN_PACKAGE + ".ui.review.backgrounds_dialog")
    first = QgsRasterLayer(pictures["orthophoto_rvb.tif"], "Zèbre")
    second = QgsRasterLayer(pictures["orthophoto_irc.tif"], "Abeille")
    project.addMapLayers([first, second])
    dialog = dialog_module.BackgroundsDialog(project)
    assert [dialog.list.item(r).text() for r in range(dialog.list.count())] == ["Abeille", "Zèbre"]
    dialog.add_button.click()
    names = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert names[:3] == [bg.title(k) for k in ("ortho", "irc", "historique")]
    dialog.list.item(4).setCheckState(Qt.CheckState.Checked)          # Zèbre, after the three
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)        # not the infrared
    dialog.accept()
    assert [layer.name() for layer in bg.backgrounds(project)] == [bg.title("ortho"), bg.title("historique"), "Zèbre"]
    again = dialog_module.BackgroundsDialog(project)
    assert again.chosen_ids() == [layer.id() for layer in bg.backgrounds(project)]
    again.reject()
    assert [layer.name() for layer in bg.backgrounds(project)] == [bg.title("ortho"), bg.title("historique"), "Zèbre"]
