"""The sync conflicts panel in QGIS, on a real PostGIS production table and a real review store."""
import itertools

import numpy as np
import pytest
import shapely
from qgis.core import QgsProject

from ocsge_review.store import lifecycle as lc
from ocsge_review.production import sync as sy
from ocsge_review.store import Campaign, Decision
from ocsge_review.store.gpkg import ITEM_COLUMNS, GpkgStore

X, Y = 700000.0, 6600000.0
MODEL = ("CS2.2.1", "US1.1")
_n = itertools.count()


def cell(c):
    return shapely.box(X + 100 * c, Y, X + 100 * c + 100, Y + 100)


@pytest.fixture
def conflict(server, tmp_path):
    """Items 1 and 2 validated; production row 1 changed by someone else meanwhile; synced: 1 conflicts."""
    k = next(_n)
    table, schema = f"occ_{k}", f"sync_{k}"
    server.psql(f"CREATE TABLE {table} (id bigint PRIMARY KEY, code_cs text, code_us text, millesime integer, "
                "source text, ossature integer, id_origine text, code_or text, geom geometry(MultiPolygon, 2154))")
    server.psql(f"INSERT INTO {table} VALUES " + ", ".join(
        f"({i + 1}, '{MODEL[0]}', '{MODEL[1]}', 2019, 'IA', 1, NULL, 'X', "
        f"ST_Multi(ST_GeomFromText('{cell(i).wkt}', 2154)))" for i in range(3)))
    n = 3
    cols = {c: np.full(n, None, dtype=object) for c in ITEM_COLUMNS}
    cols.update(source_id=np.array(["1", "2", "3"], dtype=object), part=np.full(n, "queue", dtype=object),
                rank=np.arange(n, dtype="float64"), code_cs=np.full(n, MODEL[0], dtype=object),
                code_us=np.full(n, MODEL[1], dtype=object), conf_cs=np.full(n, 0.6, dtype="float32"),
                conf_us=np.full(n, 0.7, dtype="float32"), artif=np.zeros(n, dtype="int16"),
                area_m2=np.full(n, 10000.0))
    campaign = Campaign(name="Gers test", department="32", department_name="Gers", epsg=2154, model_version="m1",
                        source="model.gpkg", policy={})
    store = GpkgStore.create(str(tmp_path / "review.gpkg"), campaign, cols,
                             shapely.to_wkb(np.array([cell(i) for i in range(n)], dtype=object)))
    prod = sy.Production.open(server.spec, sy.ProductionTable(table=table, schema=schema))
    sy.capture_base(store, prod)
    for item_id in (1, 2):
        assert store.claim_next("ana").id == item_id
        store.decide(Decision(item_id, "ana", None, "CS2.1.2", "US1.1"))
        store.validate(item_id, "val", True)
    server.psql(f"UPDATE {table} SET code_us = 'US6.3', geom = ST_Multi(ST_GeomFromText("
                f"'{shapely.box(X, Y, X + 100, Y + 120).wkt}', 2154)) WHERE id = 1")
    report = sy.sync(store, prod, "chef")
    assert report.conflicts == [1] and report.applied == [2]
    yield store, prod, server, table
    prod.close()
    store.close()


@pytest.fixture
def panel(qgis_iface, conflict):
    from ocsge_review_plugin.ui.conflicts_panel import ConflictsPanel
    store, prod, *_ = conflict
    p = ConflictsPanel(qgis_iface, store, prod, "chef")
    yield p
    p.close()
    p.setParent(None)        # out of QGIS's window now: deleteLater waits for an event loop the tests never leave
    p.deleteLater()


def _row(server, table, row_id):
    return server.psql(f"SELECT code_cs, code_us, ST_Area(geom)::int FROM {table} WHERE id = {row_id}").strip()


def test_the_panel_shows_base_mine_theirs_side_by_side_and_on_the_map(panel, qgis_iface):
    assert panel.table.rowCount() == 1 and panel.table.item(0, 0).text() == "1"
    assert "modifiée en production" in panel.table.item(0, 2).text()
    cells = {k: c.text() for k, c in panel.cells.items()}
    # In bold, what each side changed from the base: mine the couverture, theirs the usage.
    assert cells[("base", "cs")].startswith("CS2.2.1 ") and cells[("base", "us")].startswith("US1.1 ")
    assert cells[("mine", "cs")].startswith("<b>CS2.1.2") and cells[("theirs", "cs")].startswith("CS2.2.1")
    assert cells[("mine", "us")].startswith("US1.1") and cells[("theirs", "us")].startswith("<b>US6.3")
    # Areas as the user's language writes numbers (French here: a narrow space between thousands).
    assert cells[("base", "area")] == "10\u202f000 m²" and cells[("theirs", "area")] == "12\u202f000 m²"
    # The review changed codes only: keeping mine keeps production's new polygon, and says so.
    assert cells[("mine", "area")] == "12\u202f000 m² (géométrie de production gardée)"
    # Three layers in their own group, one polygon each, the map framed on them.
    group = QgsProject.instance().layerTreeRoot().findGroup("Conflits de synchronisation")
    assert group is not None and len(group.findLayers()) == 3
    areas = {k: [f.geometry().area() for f in layer.getFeatures()] for k, layer in panel.layers.items()}
    assert areas == {"base": [pytest.approx(10000)], "mine": [pytest.approx(12000)],
                     "theirs": [pytest.approx(12000)]}
    extent = qgis_iface.mapCanvas().extent()
    assert extent.contains(panel.layers["theirs"].extent())


def test_keep_mine_applies_it_and_empties_the_list(panel, conflict):
    store, prod, server, table = conflict
    assert panel.resolve(sy.KEEP_MINE)
    assert _row(server, table, 1) == "CS2.1.2|US1.1|12000"      # my codes, their polygon, as shown
    assert store.item(1).state == lc.SYNCED
    assert panel.table.rowCount() == 0 and not panel.keep_mine.isEnabled()
    assert [f for layer in panel.layers.values() for f in layer.getFeatures()] == []


def test_take_theirs_leaves_production_alone(panel, conflict):
    store, prod, server, table = conflict
    panel.take_theirs.click()
    assert _row(server, table, 1) == "CS2.2.1|US6.3|12000"
    assert store.item(1).state == lc.SYNCED and panel.table.rowCount() == 0


def test_send_back_returns_the_item_to_its_interpreter_with_the_reason(panel, conflict):
    store, *_ = conflict
    assert panel.resolve(sy.SEND_BACK, "Conflit avec la production : usage changé")
    item = store.item(1)
    assert (item.state, item.rejection) == (lc.REJECTED, "Conflit avec la production : usage changé")
    assert store.claim_next("ana").id == 1


def test_a_refusal_is_shown_and_nothing_changes(panel, conflict, messages):
    store, prod, server, table = conflict
    assert not panel.resolve(sy.SEND_BACK, "  ")          # a reason is required
    assert any("motif" in m for m in messages.messages[1] + messages.messages[2])
    assert store.item(1).state == lc.VALIDATED and panel.table.rowCount() == 1


def test_closing_the_panel_removes_its_layers(panel):
    ids = [layer.id() for layer in panel.layers.values()]
    panel.close()
    assert all(QgsProject.instance().mapLayer(i) is None for i in ids)
    assert QgsProject.instance().layerTreeRoot().findGroup("Conflits de synchronisation") is None


def test_screenshot(panel, tmp_path):
    """The panel beside a map of the three versions (OCSGE_SCREENSHOTS=1: the documentation's picture)."""
    import os

    from qgis.core import QgsMapSettings, QgsMapRendererParallelJob
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor, QPainter, QPixmap

    from conftest import REPO
    folder = REPO / "docs" / "screenshots" if os.environ.get("OCSGE_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    panel.resize(620, 540)
    dock = panel.grab()
    settings = QgsMapSettings()
    settings.setLayers([panel.layers[k] for k in ("mine", "theirs", "base")])
    settings.setDestinationCrs(panel.layers["mine"].crs())
    extent = panel.layers["theirs"].extent()
    extent.combineExtentWith(panel.layers["base"].extent())
    extent.scale(1.6)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(420, dock.height()))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    picture = QPixmap(dock.width() + 420, dock.height())
    picture.fill(QColor(255, 255, 255))
    painter = QPainter(picture)
    painter.drawPixmap(0, 0, dock)
    painter.drawImage(dock.width(), 0, job.renderedImage())
    painter.end()
    assert picture.save(str(folder / "conflicts_panel.png"))


def test_a_row_changed_again_since_shown_is_not_overwritten(panel, conflict, messages):
    store, prod, server, table = conflict
    server.psql(f"UPDATE {table} SET code_cs = 'CS1.1.1.1' WHERE id = 1")      # after the panel showed it
    assert not panel.resolve(sy.KEEP_MINE)
    assert any("encore changé" in m for m in messages.messages[1] + messages.messages[2])
    assert _row(server, table, 1).startswith("CS1.1.1.1|US6.3")
    assert store.item(1).state == lc.VALIDATED
    # The list now shows the row as it is; keeping mine from there is allowed.
    assert panel.cells[("theirs", "cs")].text().startswith("<b>CS1.1.1.1")
    assert panel.resolve(sy.KEEP_MINE)
    assert _row(server, table, 1).startswith("CS2.1.2|US1.1")


def test_closing_the_dock_closes_its_store_and_production_connection(qgis_iface, plugin_package, conflict):
    from conftest import started_plugin
    store, prod, *_ = conflict
    with started_plugin(plugin_package) as plugin:
        panel = plugin.open_conflicts_panel(store, prod, "chef")
        plugin.conflicts_resources = [prod]          # as when the plugin opened it from its dialog
        panel.close()
        assert plugin.conflicts_panel is None and prod.con.closed
