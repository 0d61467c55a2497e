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
def store(tmp_path_factory):
    from ocsge_review.store import open_store
    out = tmp_path_factory.mktemp("flair-hub")
    cli("demo", "--out", out, "--polygons", 1000, "--model", "flair-hub", "--quiet")
    cli("confidence", "--model", out / "model_output.gpkg", "--raster", out / "probabilities.tif",
        "--classes", "flair-hub", "--out", out / "confidence.gpkg", "--quiet")
    cli("campaign", "create", "--model", out / "model_output.gpkg", "--raster", out / "probabilities.tif",
        "--classes", "flair-hub", "--department", "32", "--store", out / "review.gpkg", "--quiet")
    s = open_store(str(out / "review.gpkg"))
    yield s
    s.close()


def test_review_panel_serves_proposals_read_through_the_flair_hub_table(qgis_iface, qgis_canvas, store,
                                                                        plugin_package, messages):
    from ocsge_review.class_tables import load
    assert store.campaign().classes == load("flair-hub").to_dict()
    panel_module = importlib.import_module(PLUGIN_PACKAGE + ".ui.review_panel")
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
