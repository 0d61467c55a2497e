"""From the menu action to styled layers, as a user goes; and the plugin's import discipline."""
import ast
import subprocess
import sys
from pathlib import Path

import pytest
import qgis.utils
from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication

from conftest import REPO, wait_until
from model_data import write_model_output

pytestmark = pytest.mark.timeout(120)
HEAVY = ("ocsge_review", "numpy", "shapely", "pyogrio", "osgeo")
# Modules QGIS imports before the dependency check has run.
EARLY = ("__init__.py", "ui/__init__.py", "ui/plugin.py", "ui/dependencies.py", "ui/i18n.py", "ui/logbridge.py")


@pytest.mark.parametrize("relpath", EARLY)
def test_early_modules_do_not_import_the_core_or_its_dependencies(relpath):
    tree = ast.parse((REPO / relpath).read_text(encoding="utf-8"))
    imported = []
    for node in tree.body:  # module level only: imports inside functions run later
        if isinstance(node, ast.Import):
            imported += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            imported.append(node.module)
        elif isinstance(node, ast.ImportFrom):
            names = [node.module] if node.module else [a.name for a in node.names]
            assert relpath.startswith("ui/") and set(names) <= {"dependencies", "logbridge", "i18n"}, \
                f"{relpath} imports {names} early"
    assert [m for m in imported if m.split(".")[0] in HEAVY] == []


def test_action_dialog_task_layers(qgis_iface, plugin_package, messages, qgis_new_project, tmp_path):
    model = write_model_output(tmp_path / "sortie.gpkg", polygons=80)
    assert qgis.utils.loadPlugin(plugin_package) and qgis.utils.startPlugin(plugin_package)
    plugin = qgis.utils.plugins[plugin_package]
    seen = {}

    def fill_and_accept():
        dialog = QApplication.activeModalWidget()
        seen["title"] = dialog.windowTitle()
        dialog.sourceFile.setFilePath(str(model))
        combos = {dialog.mappingTable.item(r, 0).data(0x0100): dialog.mappingTable.cellWidget(r, 1)
                  for r in range(dialog.mappingTable.rowCount())}
        combos["cs"].setCurrentIndex(combos["cs"].findText("alt_cs"))
        dialog.accept()

    try:
        QTimer.singleShot(200, fill_and_accept)
        plugin.actions[0].trigger()
        assert seen["title"] == "Charger une sortie du modèle"
        out = tmp_path / "sortie_confiance.gpkg"
        assert wait_until(lambda: not plugin.tasks and out.exists(), timeout=60), messages.messages
        wait_until(lambda: QgsProject.instance().count() == 3, timeout=5)
        assert QgsProject.instance().count() == 3, messages.messages
        assert messages.get_messages(Qgis.MessageLevel.Critical) == []
        # The user's mapping was used: couverture read from "alt_cs" (shifted by one class).
        from qgis.core import QgsVectorLayer
        layer = QgsVectorLayer(f"{out}|layername=confidence", "c", "ogr")
        first = next(layer.getFeatures())
        assert str(first["source_id"]) == "1" and first["code_cs"] == "CS1.1.2.1"
    finally:
        qgis.utils.unloadPlugin(plugin_package)


def test_plugin_package_import_pulls_in_no_core(tmp_path):
    """A fresh interpreter: loading the plugin object must not import the core, nor the heavy
    libraries QGIS did not load itself (QGIS 3.40 imports shapely for QgsGeometry.as_shapely)."""
    script = f"""
import sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
import conftest
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
before = set(sys.modules)
import ocsge_review_plugin
ocsge_review_plugin.classFactory(None)
heavy = sorted(m for m in set(sys.modules) - before if m.split('.')[0] in ('ocsge_review', 'shapely', 'pyogrio'))
print('HEAVY', heavy)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert "HEAVY []" in done.stdout, done.stdout + done.stderr
