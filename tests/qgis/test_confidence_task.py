"""The confidence task end to end: styled layers on success, nothing on cancel or error."""
import importlib
import os
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt

from conftest import wait_until

pytestmark = pytest.mark.timeout(180)


@pytest.fixture()
def tasks(qgis_app, plugin_package):
    return importlib.import_module(plugin_package + ".ui.tasks")


def _run(task):
    """Run through QGIS's task manager; the outcome, as its signals tell it, and the progress seen."""
    progress, outcome = [], []
    task.progressChanged.connect(progress.append)
    task.taskCompleted.connect(lambda: outcome.append("complete"))
    task.taskTerminated.connect(lambda: outcome.append("terminated"))
    QgsApplication.taskManager().addTask(task)
    assert wait_until(lambda: outcome, timeout=150)
    # The task manager deletes the task once it has ended: do not touch it after this.
    return outcome[0], progress


def _group_layers(name_part):
    root = QgsProject.instance().layerTreeRoot()
    groups = [g for g in root.children() if name_part in g.name()]
    return groups, [node.layer() for g in groups for node in g.findLayers()]


def test_success_adds_three_styled_layers(tasks, demo_dir, tmp_path, qgis_iface, messages, qgis_new_project):
    out = tmp_path / "confiance.gpkg"
    job = tasks.ConfidenceJob(source=str(demo_dir / "model_output.gpkg"), out=str(out),
                              raster=str(demo_dir / "probabilities.tif"), label="démo")
    task = tasks.ConfidenceTask(job, qgis_iface)
    outcome, progress = _run(task)

    assert outcome == "complete", messages.messages
    assert out.exists()
    assert max(progress) == 100
    groups, layers = _group_layers("démo")
    assert len(groups) == 1 and len(layers) == 3
    assert [layer.renderer().type() for layer in layers] == ["graduatedSymbol", "categorizedSymbol",
                                                             "categorizedSymbol"]
    assert [layer.renderer().classAttribute() for layer in layers] == ["conf_cs", "code_cs", "code_us"]
    assert all(layer.isValid() and layer.featureCount() == 1500 for layer in layers)
    assert len(messages.get_messages(Qgis.MessageLevel.Success)) == 1
    assert messages.get_messages(Qgis.MessageLevel.Critical) == []


def test_cancel_leaves_no_output(tasks, demo_dir, tmp_path, qgis_iface, messages, qgis_new_project):
    out = tmp_path / "annule.gpkg"
    job = tasks.ConfidenceJob(source=str(demo_dir / "model_output.gpkg"), out=str(out),
                              raster=str(demo_dir / "probabilities.tif"), label="annulé")
    task = tasks.ConfidenceTask(job, qgis_iface)
    seen = []

    def cancel_midway(percent):
        seen.append(percent)
        if percent > 0:
            task.cancel()
    # Direct: the user's click lands while the job is running, not after it ends.
    task.progressChanged.connect(cancel_midway, Qt.ConnectionType.DirectConnection)
    outcome, _ = _run(task)

    assert seen and 0 < max(seen) < 100, "the job had started and did not finish"
    assert outcome == "terminated"
    assert not out.exists()
    assert [p for p in os.listdir(tmp_path)] == []
    assert _group_layers("annulé") == ([], [])
    assert messages.get_messages(Qgis.MessageLevel.Critical) == []


def test_corrupt_input_ends_in_a_critical_message(tasks, tmp_path, qgis_iface, messages, qgis_new_project):
    junk = tmp_path / "sortie_abimee.gpkg"
    junk.write_bytes(os.urandom(4096))
    out = tmp_path / "sortie.gpkg"
    logged = []

    def keep(message, tag, level):
        logged.append(message)
    QgsApplication.messageLog().messageReceived.connect(keep)
    try:
        task = tasks.ConfidenceTask(tasks.ConfidenceJob(source=str(junk), out=str(out)), qgis_iface)
        outcome, _ = _run(task)
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(keep)

    assert outcome == "terminated"
    (critical,) = messages.get_messages(Qgis.MessageLevel.Critical)
    assert "sortie_abimee.gpkg" in critical
    assert "Traceback" not in critical and not any("Traceback" in m for m in logged)
    assert not out.exists()
    assert _group_layers("sortie") == ([], [])
