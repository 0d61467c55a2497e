"""Every user-visible string is translated to English and the plugin speaks the user's language."""
import contextlib
import subprocess
import sys

import pytest
import qgis.utils
from qgis.core import QgsSettings

from conftest import REPO, started_plugin

sys.path.insert(0, str(REPO / "scripts"))
import build_i18n  # noqa: E402


@pytest.fixture(scope="module")
def built_qm():
    subprocess.run([sys.executable, str(REPO / "scripts" / "build_i18n.py")], check=True, capture_output=True)
    return REPO / "i18n"


@pytest.mark.parametrize("code", ["en", "fr"])
def test_every_source_string_has_a_finished_translation(code):
    translations = build_i18n.read_ts(str(REPO / "i18n" / f"ocsge_review_{code}.ts"))
    collected = build_i18n.collect()
    # The core's messages are collected too (context core), not only the plugin's tr() and forms.
    assert ("core", "Magasin de revue introuvable : « {path} ».") in collected
    missing = [key for key in collected if not translations.get(key, ("", False))[1]]
    assert missing == []


@contextlib.contextmanager
def plugin_in_locale(plugin_package, locale):
    """The plugin started for a user whose QGIS runs in ``locale``."""
    settings = QgsSettings()
    previous = settings.value("locale/userLocale", "")
    settings.setValue("locale/userLocale", locale)
    try:
        with started_plugin(plugin_package) as plugin:
            yield plugin
    finally:
        settings.setValue("locale/userLocale", previous)


def test_english_user_gets_english_menu(qgis_iface, plugin_package, built_qm):
    with plugin_in_locale(plugin_package, "en_GB") as plugin:
        texts = [a.text() for a in plugin.menu.actions()]
        assert texts == ["Load a model output…", "New review campaign…", "Review panel…", "Validation panel…",
                         "Second opinions…", "Dashboard…", "Sync conflicts…"]
        dialog_module = __import__(plugin_package + ".ui.load_dialog", fromlist=["LoadDialog"])
        dialog = dialog_module.LoadDialog()
        assert dialog.windowTitle() == "Load a model output"
        assert dialog.outputGroup.title() == "Output GeoPackage"


def test_french_user_gets_french_menu(qgis_iface, plugin_package, built_qm):
    with plugin_in_locale(plugin_package, "fr_FR") as plugin:
        assert [a.text() for a in plugin.menu.actions()] == ["Charger une sortie du modèle…",
                                                             "Nouvelle campagne de revue…", "Panneau de revue…",
                                                             "Panneau de validation…", "Seconds avis…",
                                                             "Tableau de bord…", "Conflits de synchronisation…"]


@pytest.mark.parametrize("locale", ["C", "de_DE", ""])
def test_a_qgis_neither_english_nor_french_gets_french_words_and_french_numbers(qgis_iface, plugin_package,
                                                                                built_qm, locale):
    """Seen in the demo on a machine with LANG=C.UTF-8 (QGIS then stores userLocale=C): the panel spoke
    French but wrote « 1,239 m² »."""
    with plugin_in_locale(plugin_package, locale) as plugin:
        i18n = __import__(plugin_package + ".ui.i18n", fromlist=["number"])
        assert plugin.menu.actions()[2].text() == "Panneau de revue…"
        assert i18n.number(1234.5, 1).replace("\u202f", " ").replace("\xa0", " ") == "1 234,5"


def _open_missing_store(plugin, messages, tmp_path):
    """What the message bar says when the review panel is asked for a store that does not exist."""
    missing = str(tmp_path / "absent.gpkg")
    assert plugin.open_review_panel(missing) is None
    return [m for level in messages.messages.values() for m in level]


def test_english_user_gets_core_errors_in_english(qgis_iface, plugin_package, built_qm, messages, tmp_path):
    with plugin_in_locale(plugin_package, "en_GB") as plugin:
        shown = _open_missing_store(plugin, messages, tmp_path)
    assert any(f'Review store not found: "{tmp_path / "absent.gpkg"}".' in m for m in shown), shown
    # Unloaded, the plugin leaves the core as it found it: French for batch jobs run in the same Python.
    from ocsge_review.store import open_store
    with pytest.raises(Exception, match="Magasin de revue introuvable"):
        open_store(str(tmp_path / "absent.gpkg"))


def test_french_user_gets_core_errors_in_french(qgis_iface, plugin_package, built_qm, messages, tmp_path):
    with plugin_in_locale(plugin_package, "fr_FR") as plugin:
        shown = _open_missing_store(plugin, messages, tmp_path)
    assert any(f"Magasin de revue introuvable : « {tmp_path / 'absent.gpkg'} »." in m for m in shown), shown
