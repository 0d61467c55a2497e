"""An interpreter reviews a PostGIS campaign in QGIS: a QGIS PostgreSQL connection whose password is in
the authentication manager, their own login (row-level security applies), the review panel's keys."""
import subprocess
import sys

import pytest
from qgis.core import QgsDataSourceUri, QgsProject, QgsProviderRegistry, QgsSettings
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

from conftest import REPO, docked, make_demo
from conftest import basic_auth_config as _basic

USER, PASSWORD = "marie_pi", "Marie-s3cret!"
CONNECTION = "ocsge revue (test)"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from tests import pgserver
    from tests.pgpassword import require_passwords
    srv = pgserver.start()
    out = tmp_path_factory.mktemp("pg-panel")
    try:
        run = [sys.executable, "-m", "ocsge_review"]
        make_demo(out)
        subprocess.run(run + ["campaign", "create", "--model", str(out / "model_output.gpkg"), "--department", "32",
                              "--store", srv.spec, "--quiet"], check=True, cwd=REPO, capture_output=True)
        subprocess.run(run + ["admin", "init", "--store", srv.spec, "--departments", "32,69"], check=True, cwd=REPO,
                       capture_output=True)
        secret = out / "pw"
        secret.write_text(PASSWORD + "\n")
        subprocess.run(run + ["admin", "grant", "--store", srv.spec, "--user", USER, "--role", "interpreter",
                              "--departments", "32", "--password-file", str(secret)], check=True, cwd=REPO,
                       capture_output=True)
        secret.unlink()
        require_passwords(srv)(USER)
        yield srv
    finally:
        srv.stop()


@pytest.fixture()
def qgis_connection(server, auth_manager):
    authcfg = _basic(auth_manager, USER, PASSWORD, name="marie")
    uri = QgsDataSourceUri()
    uri.setConnection(server.host, str(server.port), server.dbname, "", "", QgsDataSourceUri.SslMode.SslDisable,
                      authcfg)
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {}), CONNECTION)
    yield authcfg
    metadata.deleteConnection(CONNECTION)


def test_an_interpreter_reviews_a_postgis_campaign_through_a_qgis_connection(server, qgis_connection, qgis_iface,
                                                                             plugin_package):
    import importlib
    dialogs = importlib.import_module(plugin_package + ".ui.store_dialog")
    panels = importlib.import_module(plugin_package + ".ui.review.review_panel")
    dialog = dialogs.StoreDialog()
    assert CONNECTION in [dialog.connection.itemText(i) for i in range(dialog.connection.count())]
    dialog.pgChoice.setChecked(True)
    dialog.connection.setCurrentText(CONNECTION)
    store = dialog.open_store()
    try:
        assert store.login == USER and store.campaign().department == "32"
        with docked(lambda window: panels.ReviewPanel(store, qgis_iface, parent=window)) as dock:
            assert dock.user == USER and dock.item is not None
            # The items layer comes from PostGIS with the same authentication, never the password itself.
            layer = dock.layer
            assert layer is not None and layer.isValid() and layer.providerType() == "postgres"
            assert f"authcfg={qgis_connection}" in layer.source() and PASSWORD not in layer.source()
            total = int(server.psql("SELECT count(*) FROM ocsge_review.items").strip())
            assert layer.featureCount() == total > 0
            item = dock.item
            if item.blind:
                dock.csPicker.set_code("CS2.2.1")
                dock.usPicker.set_code("US6.3")
            dock.body.setFocus()
            QTest.keyClick(dock.body, Qt.Key.Key_Return)
            QApplication.processEvents()
            assert dock.decided
            # Recorded under the login, which row-level security and the triggers check.
            row = server.psql(f"SELECT state, decided_by FROM ocsge_review.items WHERE id = {item.id}").strip()
            assert row == f"decided|{USER}"
            assert [r.user for r in store.journal(item.id)] == [USER]
            for key in QgsSettings().allKeys():
                assert PASSWORD not in str(QgsSettings().value(key)), key
    finally:
        for lay in list(QgsProject.instance().mapLayers().values()):
            if lay.providerType() == "postgres":
                QgsProject.instance().removeMapLayer(lay.id())
        store.close()


def test_a_wrong_choice_says_why_in_french(plugin_package, qgis_app):
    import importlib
    from ocsge_review.errors import InputError
    dialogs = importlib.import_module(plugin_package + ".ui.store_dialog")
    dialog = dialogs.StoreDialog()
    dialog.path.setText("")         # it offers the last store opened, by an earlier test maybe
    with pytest.raises(InputError, match="Choisissez un fichier"):
        dialog.open_store()
    dialog.path.setText("/nulle/part.gpkg")
    with pytest.raises(InputError, match="introuvable"):
        dialog.open_store()
