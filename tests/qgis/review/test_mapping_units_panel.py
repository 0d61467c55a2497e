"""A split below its minimum mapping unit is recorded with a warning naming the rule (IGN delivery campaign)."""
import importlib
import subprocess
import sys

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

from conftest import PLUGIN_PACKAGE, REPO, docked
from ign_delivery import write_delivery


def test_split_below_the_built_up_unit_warns_in_the_panel(qgis_iface, qgis_canvas, plugin_package, messages,
                                                          tmp_path):
    from ocsge_review.store import open_store
    root = write_delivery(tmp_path / "in", "GPKG", confidence=True)   # 40 × 20 m parcels, three built-up
    subprocess.run([sys.executable, "-m", "ocsge_review", "campaign", "create", "--model", root,
                    "--store", str(tmp_path / "review.gpkg"), "--threshold", "1", "--audit-size", "0", "--quiet"],
                   check=True, cwd=REPO, capture_output=True)
    store = open_store(str(tmp_path / "review.gpkg"))
    panel_module = importlib.import_module(PLUGIN_PACKAGE + ".ui.review.review_panel")
    test_panel = importlib.import_module("test_review_panel")
    try:
        with docked(lambda window: panel_module.ReviewPanel(store, qgis_iface, user="interprete",
                                                            parent=window)) as panel:
            item = panel.item
            assert item is not None
            panel.body.setFocus()
            QTest.keyClick(panel.body, Qt.Key.Key_E)
            QApplication.processEvents()
            assert test_panel._split(panel.work_layer, panel)
            QTest.keyClick(panel.body, Qt.Key.Key_Return)
            QApplication.processEvents()
            assert store.item(item.id).state == "superseded"           # recorded all the same
            warnings = [m.text() if hasattr(m, "text") else str(m)
                        for m in messages.get_messages(Qgis.MessageLevel.Warning)]
            text = " ".join(warnings)
            # Halves of 400 m²: below 500 m² in the built-up zone, below 2 500 m² outside it.
            assert "unité minimale de collecte" in text, warnings
            assert ("dans la zone construite : 500 m²" in text) or ("hors de la zone construite : 2 500 m²" in text)
    finally:
        store.close()
