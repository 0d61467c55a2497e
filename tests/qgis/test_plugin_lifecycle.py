"""The plugin loads, shows its menu and toolbar, and leaves nothing behind on unload."""
import sys

import pytest
import qgis.utils
from qgis.PyQt.QtWidgets import QAction, QMenu, QToolBar

MENU = "OcsgeReviewMenu"
TOOLBAR = "OcsgeReviewToolbar"


def _menus(window):
    return [a.menu() for a in window.menuBar().actions()
            if a.menu() is not None and a.menu().objectName() == MENU]


def _toolbars(window):
    return [t for t in window.findChildren(QToolBar, TOOLBAR)]


def _actions(window):
    return [a for a in window.findChildren(QAction) if a.objectName().startswith("OcsgeReview")]


def _bridges():
    import logging
    return [h for h in logging.getLogger("ocsge_review").handlers
            if type(h).__name__ == "MessageLogHandler"]


@pytest.fixture()
def started(qgis_iface, plugin_package):
    assert qgis.utils.loadPlugin(plugin_package)
    assert qgis.utils.startPlugin(plugin_package)
    yield plugin_package
    if qgis.utils.isPluginLoaded(plugin_package):
        qgis.utils.unloadPlugin(plugin_package)


def test_load_shows_menu_toolbar_and_one_log_bridge(qgis_iface, started):
    window = qgis_iface.mainWindow()
    menus = _menus(window)
    assert len(menus) == 1
    assert menus[0].title() == "OCS GE Review"
    assert [a.text() for a in menus[0].actions()] == ["Charger une sortie du modèle…", "Nouvelle campagne de revue…",
                                                     "Panneau de revue…", "Panneau de validation…",
                                                     "Seconds avis…", "Tableau de bord…",
                                                     "Conflits de synchronisation…"]
    toolbars = _toolbars(window)
    assert len(toolbars) == 1 and len(toolbars[0].actions()) == 5
    assert all(a.isEnabled() for a in menus[0].actions()), "dependencies are installed here"
    assert len(_bridges()) == 1


def test_each_action_has_its_own_icon(qgis_iface, started):
    # The actions shared one picture: the toolbar's buttons could not be told apart.
    actions = _menus(qgis_iface.mainWindow())[0].actions()
    images = [a.icon().pixmap(32, 32).toImage() for a in actions]
    assert len(images) == 7 and not any(image.isNull() for image in images)      # second opinions: the 7th
    assert all(images[i] != images[j] for i in range(7) for j in range(i + 1, 7))


def test_unload_removes_everything(qgis_iface, started):
    window = qgis_iface.mainWindow()
    assert qgis.utils.unloadPlugin(started)
    assert _menus(window) == []
    assert _toolbars(window) == []
    assert _actions(window) == []
    assert _bridges() == []
    # What QGIS tracked while loading is forgotten, so a reload reads the files again.
    assert started not in sys.modules and started + ".ui.plugin" not in sys.modules


def test_reload_keeps_one_of_each(qgis_iface, started):
    window = qgis_iface.mainWindow()
    for _ in range(3):
        assert qgis.utils.reloadPlugin(started)
    assert len(_menus(window)) == 1
    assert len(_toolbars(window)) == 1
    assert len(_actions(window)) == 6       # load, campaign, review panel, second opinions, dashboard, conflicts
    assert len(_bridges()) == 1
    assert isinstance(qgis.utils.plugins[started].menu, QMenu)


def test_core_log_reaches_message_log(qgis_iface, started):
    import logging
    from qgis.core import QgsApplication
    received = []

    def keep(message, tag, level):
        received.append((message, tag))
    QgsApplication.messageLog().messageReceived.connect(keep)
    try:
        logging.getLogger("ocsge_review.confidence").info("connexion PG: dbname='x' password='s3cret' ok")
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(keep)
    assert [tag for _, tag in received] == ["OCS GE Review"]
    assert "s3cret" not in received[0][0] and "password=***" in received[0][0]


def test_starting_the_plugin_does_not_import_psycopg(qgis_iface, plugin_package):
    """psycopg is only looked for at start-up (its import takes about 0.1 s, for a line in the log): it is
    imported when a PostgreSQL store is opened."""
    def psycopg_modules():
        return {name: module for name, module in sys.modules.items()
                if name == "psycopg" or name.startswith("psycopg.")}

    saved = psycopg_modules()
    for name in saved:
        del sys.modules[name]
    try:
        assert qgis.utils.loadPlugin(plugin_package) and qgis.utils.startPlugin(plugin_package)
        assert "psycopg" not in sys.modules
    finally:
        if qgis.utils.isPluginLoaded(plugin_package):
            qgis.utils.unloadPlugin(plugin_package)
        for name in psycopg_modules():     # the other tests go on with the modules they had
            del sys.modules[name]
        sys.modules.update(saved)
