"""The store dialog offers the last store opened and sets the name the journal records (never a password kept)."""
import importlib

import pytest
from qgis.core import QgsSettings

from conftest import PLUGIN_PACKAGE, make_campaign

KEYS = ("ocsge_review/store/kind", "ocsge_review/store/path", "ocsge_review/store/connection",
        "ocsge_review/store/schema", "ocsge_review/store/campaign", "ocsge_review/review/user",
        "ocsge_review/review/zoom_margin")


@pytest.fixture()
def dialogs(qgis_app, plugin_package):
    settings = QgsSettings()
    kept = {key: settings.value(key) for key in KEYS if settings.contains(key)}
    for key in KEYS:
        settings.remove(key)
    yield importlib.import_module(PLUGIN_PACKAGE + ".ui.store_dialog")
    for key in KEYS:
        settings.remove(key)
    for key, value in kept.items():
        settings.setValue(key, value)


@pytest.fixture(scope="module")
def store_path(demo_1000, tmp_path_factory):
    return make_campaign(demo_1000 / "model_output.gpkg", tmp_path_factory.mktemp("store-dialog") / "review.gpkg")


def test_the_last_store_opened_is_offered_next_time(dialogs, store_path):
    first = dialogs.StoreDialog()
    assert first.path.text() == ""
    first.path.setText(str(store_path))
    first.open_store().close()
    again = dialogs.StoreDialog()
    assert again.path.text() == str(store_path) and again.fileChoice.isChecked()
    # A store that could not be opened is not remembered.
    again.path.setText(str(store_path.parent / "absent.gpkg"))
    with pytest.raises(Exception, match="introuvable"):
        again.open_store()
    assert dialogs.StoreDialog().path.text() == str(store_path)


def test_the_journal_name_is_set_in_the_dialog_and_the_panel_records_it(dialogs, store_path):
    panels = importlib.import_module(PLUGIN_PACKAGE + ".ui.review.review_panel")
    login = panels.reviewer_name()
    dialog = dialogs.StoreDialog()
    assert dialog.name.text() == "" and dialog.name.placeholderText() == login
    dialog.name.setText("  Claire Dubois ")
    dialog.path.setText(str(store_path))
    dialog.accept()
    with dialog.open_store() as store:
        assert panels.reviewer_name(store) == "Claire Dubois"
    reopened = dialogs.StoreDialog()
    assert reopened.name.text() == "Claire Dubois"
    reopened.name.clear()
    reopened.accept()
    assert panels.reviewer_name() == login


def test_the_margin_around_the_item_is_set_in_the_dialog(dialogs, store_path):
    """The guides sent users to Options › Advanced for it, which QGIS 3.22 cannot edit."""
    panels = importlib.import_module(PLUGIN_PACKAGE + ".ui.review.review_panel")
    dialog = dialogs.StoreDialog()
    assert dialog.margin.value() == panels.DEFAULT_MARGIN
    dialog.margin.setValue(1.5)
    dialog.path.setText(str(store_path))
    dialog.accept()
    assert panels.zoom_margin() == 1.5
    assert dialogs.StoreDialog().margin.value() == 1.5


def test_a_store_opened_without_the_dialog_is_offered_next(dialogs, store_path, qgis_iface, plugin_package):
    # Seen after `make demo`: the demo opens its review panel on review.gpkg directly, and « Panneau de
    # validation… » then offered an empty path.
    from conftest import started_plugin
    with started_plugin(plugin_package) as plugin:
        panel = plugin.open_review_panel(str(store_path))
        assert panel is not None
        plugin.close_review_panel()
    offered = dialogs.StoreDialog()
    assert offered.path.text() == str(store_path) and offered.fileChoice.isChecked()
