"""The campaign dialog end to end: preview figures, the store it writes, cancel and errors."""
import importlib
import os
import shutil

import numpy as np
import pytest
from qgis.core import Qgis, QgsFeature, QgsGeometry, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

from conftest import wait_until

pytestmark = pytest.mark.timeout(240)


@pytest.fixture()
def module(qgis_app, plugin_package):
    return importlib.import_module(plugin_package + ".ui.campaign_dialog")


class FakePlugin:
    """What the dialog needs from the plugin: running tasks, opening the panel."""

    def __init__(self):
        self.opened = []
        self.tasks = []

    def start_task(self, task):
        from qgis.core import QgsApplication
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)

    def open_review_panel(self, path):
        self.opened.append(path)


def communes_layer():
    """Two 'communes' side by side over the demo's west half, in Lambert-93."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:2154&field=insee:string", "communes", "memory")
    features = []
    for code, rect in (("32001", QgsRectangle(496000, 6276000, 499000, 6280000)),
                       ("32002", QgsRectangle(496000, 6280000, 499000, 6284000))):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(rect))
        f.setAttributes([code])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def click(button):
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def settle(dialog, timeout=200):
    assert wait_until(lambda: dialog.task is None, timeout=timeout)


def fill(dialog, demo_dir, store, department="32"):
    dialog.modelFile.setFilePath(str(demo_dir / "model_output.gpkg"))
    dialog.rasterFile.setFilePath(str(demo_dir / "probabilities.tif"))
    dialog.department.setCurrentIndex(dialog.department.findData(department))
    dialog.storeFile.setFilePath(str(store))
    dialog.threshold.setValue(0.8)
    dialog.auditBySize.setChecked(True)
    dialog.auditSize.setValue(60)
    dialog.seed.setValue(5)


def selected_territory(dialog):
    layer = communes_layer()
    QgsProject.instance().addMapLayer(layer)
    layer.selectByExpression("insee = '32002'")
    dialog.polygonRadio.setChecked(True)
    dialog.territoryLayer.setLayer(layer)
    dialog.selectedOnly.setChecked(True)
    return layer


def test_preview_shows_the_plan_then_create_reuses_it(module, demo_dir, tmp_path, qgis_iface, messages,
                                                       qgis_new_project, monkeypatch):
    from ocsge_review.campaigns.campaign import plan_campaign
    from ocsge_review.store.gpkg import GpkgStore
    from ocsge_review.campaigns.territory import Territory
    from ocsge_review.campaigns.triage import AUDIT, AUTO, QUEUE, TriagePolicy

    calls = []
    monkeypatch.setattr(module, "plan_campaign", lambda *a, **k: calls.append(1) or plan_campaign(*a, **k))
    plugin = FakePlugin()
    store = tmp_path / "revue.gpkg"
    dialog = module.CampaignDialog(qgis_iface, plugin=plugin)
    fill(dialog, demo_dir, store)
    selected_territory(dialog)
    click(dialog.previewButton)
    settle(dialog)
    assert messages.get_messages(Qgis.MessageLevel.Critical) == []

    box = QgsGeometry.fromRect(QgsRectangle(496000, 6280000, 499000, 6284000))
    expected = plan_campaign(str(demo_dir / "model_output.gpkg"), "32",
                             TriagePolicy(threshold=0.8, audit_size=60, seed=5),
                             raster=str(demo_dir / "probabilities.tif"),
                             territory=Territory(wkb=[bytes(box.asWkb())], crs="EPSG:2154"))
    counts = {p: int(np.sum(expected.triage.part == p)) for p in (QUEUE, AUTO, AUDIT)}
    assert 0 < sum(counts.values()) < 1500 and counts[AUDIT] == 60
    shown = [int(dialog.partsTable.item(row, 0).text().replace("\u202f", "").replace("\xa0", "").replace(" ", ""))
             for row in range(3)]
    assert shown == [counts[QUEUE], counts[AUTO], counts[AUDIT]]
    assert "Territoire : « communes (entités sélectionnées : 1) » (polygones : 1)" in dialog.reportText.toPlainText()
    assert not store.exists() and calls == [1]
    # The grab works (the documentation's pictures come from `make screenshots`, in the real desktop).
    folder = tmp_path
    dialog.show()
    QApplication.processEvents()
    assert dialog.grab().save(str(folder / "campaign_dialog.png"))

    click(dialog.createButton)
    settle(dialog)
    assert calls == [1], "the preview's plan is reused"
    assert plugin.opened == [str(store)]
    assert len(messages.get_messages(Qgis.MessageLevel.Success)) == 1
    saved = GpkgStore.open(str(store))
    try:
        campaign = saved.campaign()
        assert campaign.policy["threshold"] == 0.8 and campaign.policy["audit_size"] == 60
        assert campaign.policy["seed"] == 5
        assert campaign.territory["kind"] == "polygons"
        assert campaign.territory["polygons"] == sum(counts.values())
        assert sum(v["count"] for states in saved.counts().values() for v in states.values()) == sum(counts.values())
    finally:
        saved.close()


def test_changed_inputs_are_planned_again(module, demo_dir, tmp_path, qgis_iface, messages, qgis_new_project,
                                          monkeypatch):
    from ocsge_review.campaigns.campaign import plan_campaign
    from ocsge_review.store.gpkg import GpkgStore
    calls = []
    monkeypatch.setattr(module, "plan_campaign", lambda *a, **k: calls.append(1) or plan_campaign(*a, **k))
    store = tmp_path / "revue.gpkg"
    dialog = module.CampaignDialog(qgis_iface, plugin=FakePlugin())
    fill(dialog, demo_dir, store)
    dialog.rasterFile.setFilePath("")
    click(dialog.previewButton)
    settle(dialog)
    dialog.auditSize.setValue(70)
    click(dialog.createButton)
    settle(dialog)
    assert calls == [1, 1]
    saved = GpkgStore.open(str(store))
    assert saved.campaign().policy["audit_size"] == 70 and saved.campaign().territory is None
    saved.close()


def test_department_is_guessed_from_the_file_name(module, demo_dir, tmp_path, qgis_iface, qgis_new_project):
    named = tmp_path / "ocsge_d032_prediction.gpkg"
    shutil.copy(demo_dir / "model_output.gpkg", named)
    dialog = module.CampaignDialog(qgis_iface)
    assert dialog.department.currentData() == ""
    dialog.modelFile.setFilePath(str(named))
    assert dialog.department.currentData() == "32"
    assert dialog.storeFile.filePath() == str(tmp_path / "ocsge_d032_prediction_revue.gpkg")


def test_cancel_leaves_no_file(module, demo_dir, tmp_path, qgis_iface, messages, qgis_new_project):
    store = tmp_path / "annule.gpkg"
    dialog = module.CampaignDialog(qgis_iface, plugin=FakePlugin())
    fill(dialog, demo_dir, store)
    seen = []
    click(dialog.createButton)
    task = dialog.task

    def cancel_midway(percent):
        seen.append(percent)
        if percent > 0:
            task.cancel()
    # Direct: the user's click lands while the job is running, not after it ends.
    task.progressChanged.connect(cancel_midway, Qt.ConnectionType.DirectConnection)
    settle(dialog)
    assert seen and max(seen) < 100
    assert os.listdir(tmp_path) == []
    assert "annulé" in dialog.statusLabel.text()
    assert messages.get_messages(Qgis.MessageLevel.Critical) == []
    assert dialog.previewButton.isEnabled() and not dialog.cancelButton.isEnabled()


def test_wrong_crs_and_missing_file_show_french_errors(module, demo_dir, tmp_path, qgis_iface, messages,
                                                      qgis_new_project):
    store = tmp_path / "faux.gpkg"
    dialog = module.CampaignDialog(qgis_iface, plugin=FakePlugin())
    fill(dialog, demo_dir, store, department="974")
    click(dialog.createButton)
    settle(dialog)
    (critical,) = messages.get_messages(Qgis.MessageLevel.Critical)
    assert "EPSG:2975" in critical and "reprojetez" in critical
    assert "EPSG:2975" in dialog.statusLabel.text()
    assert os.listdir(tmp_path) == []

    dialog.department.setCurrentIndex(dialog.department.findData("32"))
    dialog.modelFile.setFilePath(str(tmp_path / "absent.gpkg"))
    click(dialog.previewButton)
    settle(dialog)
    assert "absent.gpkg" in messages.get_messages(Qgis.MessageLevel.Critical)[-1]
    assert os.listdir(tmp_path) == []


def test_plugin_action_opens_the_dialog(qgis_iface, plugin_package, qgis_new_project):
    from qgis.PyQt.QtCore import QTimer
    from conftest import started_plugin
    with started_plugin(plugin_package) as plugin:
        (action,) = [a for a in plugin.actions if a.objectName() == "OcsgeReviewCampaignAction"]
        assert action.text() == "Nouvelle campagne de revue…"
        seen = []

        def close():
            seen.append(plugin.campaign_dialog.windowTitle())
            plugin.campaign_dialog.reject()
        QTimer.singleShot(0, close)
        action.trigger()
        assert seen == ["Nouvelle campagne de revue"] and plugin.campaign_dialog is None


@pytest.fixture()
def canvas_in_wgs84(qgis_iface):
    """The session's canvas in EPSG:4326, given back as it was (other tests use it)."""
    from qgis.core import QgsCoordinateReferenceSystem
    canvas = qgis_iface.mapCanvas()
    crs, extent, size = canvas.mapSettings().destinationCrs(), canvas.extent(), canvas.size()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    yield canvas
    canvas.setDestinationCrs(crs)
    canvas.resize(size)
    canvas.setExtent(extent)


def test_map_extent_becomes_the_territory_in_the_department_crs(module, qgis_iface, qgis_new_project,
                                                                canvas_in_wgs84):
    canvas = canvas_in_wgs84
    canvas.resize(400, 400)
    canvas.setExtent(QgsRectangle(0.50, 43.60, 0.60, 43.70))
    dialog = module.CampaignDialog(qgis_iface)
    dialog.modelFile.setFilePath("/data/ocsge_d032.gpkg")
    dialog.extentRadio.setChecked(True)
    got = dialog.job().territory.extent
    # The canvas's extent (widened to its shape), its corners reprojected by GDAL.
    import shapely
    from ocsge_review.geo import reproject
    shown = canvas.extent()
    box = shapely.box(shown.xMinimum(), shown.yMinimum(), shown.xMaximum(), shown.yMaximum())
    expected = shapely.total_bounds(reproject(np.asarray([box], dtype=object), "EPSG:4326", "EPSG:2154"))
    assert 470_000 < got[0] < 520_000 and 6_250_000 < got[1] < 6_300_000
    assert np.allclose(got, expected, atol=100)
