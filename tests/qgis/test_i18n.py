"""Every user-visible string is translated to English and the plugin speaks the user's language."""
import subprocess
import sys

import pytest
import qgis.utils
from qgis.core import QgsSettings

from conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
import build_i18n  # noqa: E402


@pytest.fixture(scope="module")
def built_qm():
    subprocess.run([sys.executable, str(REPO / "scripts" / "build_i18n.py")], check=True, capture_output=True)
    return REPO / "i18n"


@pytest.mark.parametrize("code", ["en", "fr"])
def test_every_source_string_has_a_finished_translation(code):
    translations = build_i18n.read_ts(str(REPO / "i18n" / f"ocsge_review_{code}.ts"))
    missing = [key for key in build_i18n.collect() if not translations.get(key, ("", False))[1]]
    assert missing == []


def test_english_user_gets_english_menu(qgis_iface, plugin_package, built_qm):
    settings = QgsSettings()
    previous = settings.value("locale/userLocale", "")
    settings.setValue("locale/userLocale", "en_GB")
    try:
        assert qgis.utils.loadPlugin(plugin_package) and qgis.utils.startPlugin(plugin_package)
        plugin = qgis.utils.plugins[plugin_package]
        assert [a.text() for a in plugin.menu.actions()] == ["Load a model output…"]
        dialog_module = __import__(plugin_package + ".ui.load_dialog", fromlist=["LoadDialog"])
        dialog = dialog_module.LoadDialog()
        assert dialog.windowTitle() == "Load a model output"
        assert dialog.outputGroup.title() == "Output GeoPackage"
    finally:
        qgis.utils.unloadPlugin(plugin_package)
        settings.setValue("locale/userLocale", previous)


def test_french_user_gets_french_menu(qgis_iface, plugin_package, built_qm):
    settings = QgsSettings()
    previous = settings.value("locale/userLocale", "")
    settings.setValue("locale/userLocale", "fr_FR")
    try:
        assert qgis.utils.loadPlugin(plugin_package) and qgis.utils.startPlugin(plugin_package)
        plugin = qgis.utils.plugins[plugin_package]
        assert [a.text() for a in plugin.menu.actions()] == ["Charger une sortie du modèle…"]
    finally:
        qgis.utils.unloadPlugin(plugin_package)
        settings.setValue("locale/userLocale", previous)
