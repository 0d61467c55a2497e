"""The whole path on FLAIR-HUB's raster layout: demo → confidence → campaign → the review panel."""
import importlib
import subprocess
import sys

import pytest
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

from conftest import PLUGIN_PACKAGE, REPO, docked, wait_until


def cli(*args):
    subprocess.run([sys.executable, "-m", "ocsge_review", *map(str, args)], check=True, cwd=REPO,
                   capture_output=True)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("flair-hub")
    cli("demo", "--out", out, "--polygons", 1000, "--model", "flair-hub", "--quiet")
    return out


@pytest.fixture(scope="module")
def store(demo):
    from ocsge_review.store import open_store
    out = demo
    cli("confidence", "--model", out / "model_output.gpkg", "--raster", out / "probabilities.tif",
        "--classes", "flair-hub", "--out", out / "confidence.gpkg", "--quiet")
    cli("campaign", "create", "--model", out / "model_output.gpkg", "--raster", out / "probabilities.tif",
        "--classes", "flair-hub", "--department", "32", "--store", out / "review.gpkg", "--quiet")
    s = open_store(str(out / "review.gpkg"))
    yield s
    s.close()


def test_review_panel_serves_proposals_read_through_the_flair_hub_table(qgis_iface, qgis_canvas, store,
                                                                        plugin_package, messages):
    from ocsge_review.model.class_tables import load
    assert store.campaign().classes == load("flair-hub").to_dict()
    panel_module = importlib.import_module(PLUGIN_PACKAGE + ".ui.review.review_panel")
    with docked(lambda window: panel_module.ReviewPanel(store, qgis_iface, user="interprete",
                                                        parent=window)) as dock:
        item = dock.item
        assert item is not None and not item.blind and item.proposals_cs
        # Proposals are CS codes the table maps to, never a FLAIR class name.
        assert {code for code, _ in item.proposals_cs} <= set(load("flair-hub").codes)
        dock.body.setFocus()
        QTest.keyClick(dock.body, Qt.Key.Key_Return)
        QApplication.processEvents()
        assert wait_until(lambda: any(r.item_id == item.id and r.action in ("confirm", "correct")
                                      for r in store.journal()), 5)


def test_processing_algorithms_take_the_class_table(qgis_app, plugin_package, demo, tmp_path):
    from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeedback
    from ocsge_review_plugin.ui.processing.provider import OcsgeReviewProvider
    from ocsge_review.store import open_store
    sys.path.append("/usr/share/qgis/python/plugins")      # QGIS's own Processing plugin
    import processing
    from processing.core.Processing import Processing
    Processing.initialize()
    provider = OcsgeReviewProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    try:
        raster = str(demo / "probabilities.tif")
        result = processing.run("ocsge_review:confidence", {
            "INPUT": str(demo / "model_output.gpkg"), "RASTER": raster, "CLASSES": "flair-hub",
            "OUTPUT": str(tmp_path / "c.gpkg")}, feedback=QgsProcessingFeedback())
        assert result["POLYGONS"] == 1000
        processing.run("ocsge_review:createcampaign", {
            "INPUT": str(demo / "model_output.gpkg"), "RASTER": raster, "CLASSES": "flair-1", "DEPARTMENT": "32",
            "OUTPUT": str(tmp_path / "r.gpkg")}, feedback=QgsProcessingFeedback())
        with open_store(str(tmp_path / "r.gpkg")) as store:
            assert store.campaign().classes["name"] == "flair-1"
        with pytest.raises(QgsProcessingException, match="Table de classes introuvable"):
            processing.run("ocsge_review:confidence", {
                "INPUT": str(demo / "model_output.gpkg"), "RASTER": raster, "CLASSES": "flair-9",
                "OUTPUT": str(tmp_path / "bad.gpkg")}, feedback=QgsProcessingFeedback())
        assert not (tmp_path / "bad.gpkg").exists()
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
