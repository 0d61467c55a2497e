"""The GeoPackage store in a real QGIS process, with the review panel's items layer (GDAL, in this same
process) on the store file: the command line reads and writes it meanwhile, and the panels close or
the plugin unloads the way QGIS quits. No decision lost, no Python error, the .gpkg alone complete."""
import json
import shutil
import sqlite3
import subprocess
import sys

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QApplication

from conftest import REPO, make_campaign, started_plugin

OTHER, VALIDATOR = "bob", "vera"


@pytest.fixture()
def path(demo_1000, tmp_path):
    return str(make_campaign(demo_1000 / "model_output.gpkg", tmp_path / "review.gpkg"))


@pytest.fixture()
def python_errors():
    """The Python errors QGIS logs from now on (unload reports a plugin's exception there)."""
    errors = []

    def keep(message, tag, level):
        if tag == "Python error" or "Traceback" in message or level == Qgis.MessageLevel.Critical:
            errors.append(f"[{tag}] {message}")
    QgsApplication.messageLog().messageReceived.connect(keep)
    yield errors
    QgsApplication.messageLog().messageReceived.disconnect(keep)


def cli(*args):
    res = subprocess.run([sys.executable, "-m", "ocsge_review", *args], cwd=REPO, capture_output=True, text=True,
                         timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    return res.stdout


def decided_count(path):
    """What another process sees: the decided items, by `campaign status`."""
    return json.loads(cli("campaign", "status", "--store", path, "--json"))["by_state"].get("decided", 0)


def record(panel):
    """Record the panel's item (a blind one gets a pair first), then go to the next, as its buttons do."""
    if panel.item.blind:
        panel.csPicker.set_code("CS2.2.1")
        panel.usPicker.set_code("US6.3")
    panel.recordButton.click()
    QApplication.processEvents()
    assert panel.decided
    panel.nextButton.click()
    QApplication.processEvents()


def the_gpkg_alone(path):
    """(journal rows (user, action), integrity) of a copy of the .gpkg file alone."""
    shutil.copy(path, path + ".copy.gpkg")
    con = sqlite3.connect(path + ".copy.gpkg")
    try:
        return (con.execute("SELECT user, action FROM ocsge_journal ORDER BY seq").fetchall(),
                con.execute("PRAGMA integrity_check").fetchall())
    finally:
        con.close()


def items_layer(path):
    # The review layer leaves out replaced items: its source carries a subset after the layer name.
    return [layer for layer in QgsProject.instance().mapLayers().values()
            if layer.source().split("|subset=")[0] == f"{path}|layername=items"]


def test_the_command_line_reads_and_writes_while_the_review_panel_works(qgis_iface, qgis_canvas, plugin_package,
                                                                        path, python_errors):
    with started_plugin(plugin_package) as plugin:
        panel = plugin.open_review_panel(path)
        assert panel is not None and len(items_layer(path)) == 1, "the items layer is GDAL's, in this process"
        interpreter = panel.user
        for _ in range(3):
            record(panel)
        # QGIS opens the file again on its own (a second layer, the browser, identify): one GDAL
        # opening and closing more in this process.
        again = QgsVectorLayer(f"{path}|layername=items", "again", "ogr")
        assert again.isValid() and again.featureCount() > 0
        del again
        assert decided_count(path) == 3                     # the guide's read-only command
        item = json.loads(cli("queue", "next", "--store", path, "--user", OTHER, "--json"))
        cli("queue", "decide", "--store", path, "--user", OTHER, "--item", str(item["id"]), "--cs", "CS2.2.1",
            "--us", "US1.1")
        for _ in range(3):
            record(panel)
        assert panel.session_decisions == 6
        assert decided_count(path) == 7, "another process sees every decision the panel recorded"
        items_layer(path)[0].dataProvider().reloadData()
        plugin.close_review_panel()
    journal, integrity = the_gpkg_alone(path)
    assert integrity == [("ok",)]
    assert [user for user, _ in journal].count(interpreter) == 6
    assert [user for user, _ in journal].count(OTHER) == 1
    assert python_errors == []
    QgsProject.instance().removeAllMapLayers()


# A second QGIS on the same store: the core's store and QGIS's own OGR layer on the file in one
# process, deciding and redrawing (GDAL opening the file again) while the first QGIS works too.
_SECOND_QGIS = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
from qgis.core import QgsApplication, QgsVectorLayer
app = QgsApplication([], False)
app.initQgis()
from ocsge_review.store import Decision, open_store
store = open_store({path!r})
layer = QgsVectorLayer({path!r} + "|layername=items", "items", "ogr")
assert layer.isValid()
print("ready", flush=True)
for n in range({n}):
    item = store.claim_next("bob")
    store.decide(Decision(item.id, "bob", None, "CS2.2.1", "US1.1"))
    layer.dataProvider().reloadData()
    assert sum(1 for _ in layer.getFeatures()) > 0
print("decided", flush=True)
sys.stdin.readline()        # then quits when told:
del layer                   # the project's layers go, the plugin closes its store,
store.close()
app.exitQgis()              # then QGIS closes the connections GDAL kept
print("done", flush=True)
"""


def test_two_qgis_processes_decide_on_one_store(qgis_iface, qgis_canvas, plugin_package, path, python_errors):
    second = subprocess.Popen([sys.executable, "-c", _SECOND_QGIS.format(root=str(REPO), path=path, n=12)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              cwd=REPO)
    try:
        assert second.stdout.readline().strip() == "ready"
        with started_plugin(plugin_package) as plugin:
            panel = plugin.open_review_panel(path)
            interpreter = panel.user
            layer = items_layer(path)[0]
            for _ in range(6):                      # both deciding at once
                record(panel)
                layer.dataProvider().reloadData()   # QGIS redrawing: GDAL opens the file again
            assert second.stdout.readline().strip() == "decided"
            open(path, "rb").read(1)                # one more opening of the file in this process
            second.stdin.write("quit\n")
            second.stdin.flush()
            assert second.stdout.readline().strip() == "done"
            for _ in range(3):                      # and after the second QGIS closed the store
                record(panel)
            assert panel.session_decisions == 9
            assert decided_count(path) == 9 + 12
            plugin.close_review_panel()
        out, err = second.communicate(timeout=120)
    finally:
        if second.poll() is None:
            second.kill()
    assert second.returncode == 0, err[-2000:]
    journal, integrity = the_gpkg_alone(path)
    assert integrity == [("ok",)]
    assert [user for user, _ in journal].count(interpreter) == 9 and [u for u, _ in journal].count(OTHER) == 12
    assert python_errors == []
    QgsProject.instance().removeAllMapLayers()


def test_quitting_with_both_panels_open_leaves_every_decision_in_the_gpkg_and_no_error(
        qgis_iface, qgis_canvas, plugin_package, path, python_errors):
    import qgis.utils
    from ocsge_review.store import Decision, open_store
    with open_store(path) as store:                  # a decision of someone else, for the validator
        item = store.claim_next(OTHER)
        store.decide(Decision(item.id, OTHER, None, "CS2.2.1", "US1.1"))
    assert qgis.utils.loadPlugin(plugin_package) and qgis.utils.startPlugin(plugin_package)
    plugin = qgis.utils.plugins[plugin_package]
    panel = plugin.open_review_panel(path)
    interpreter = panel.user
    for _ in range(2):
        record(panel)
    validator = plugin.open_validator_panel(path, user=VALIDATOR)
    validator.select_item(item.id)
    assert validator.layers, "the before / after layers are on the map"
    validator.approve()
    # What QGIS does when it quits: the project closed (its layers deleted), then the plugins unloaded.
    QgsProject.instance().clear()
    assert qgis.utils.unloadPlugin(plugin_package)
    assert python_errors == []
    journal, integrity = the_gpkg_alone(path)
    assert integrity == [("ok",)]
    assert [user for user, _ in journal] == [OTHER, interpreter, interpreter, VALIDATOR]
