"""The load dialog detects the fields of a real file and hands the user's mapping to the job."""
import importlib

import pytest
from qgis.core import QgsDataSourceUri, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialogButtonBox

from model_data import write_model_output

ROLE = Qt.ItemDataRole.UserRole


@pytest.fixture()
def dialog_module(qgis_app, plugin_package):
    return importlib.import_module(plugin_package + ".ui.load_dialog")


@pytest.fixture()
def model_gpkg(tmp_path):
    return write_model_output(tmp_path / "sortie_modele.gpkg")


def _table(dialog):
    rows = {}
    for row in range(dialog.mappingTable.rowCount()):
        rows[dialog.mappingTable.item(row, 0).data(ROLE)] = dialog.mappingTable.cellWidget(row, 1)
    return rows


def _ok(dialog):
    return dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_file_fields_are_detected_and_user_edits_reach_the_mapping(dialog_module, model_gpkg, tmp_path,
                                                                 qgis_new_project):
    dialog = dialog_module.LoadDialog(None, QgsProject.instance())
    assert not _ok(dialog).isEnabled()
    dialog.sourceFile.setFilePath(str(model_gpkg))

    assert [dialog.layerName.itemText(i) for i in range(dialog.layerName.count())] == ["prediction", "emprise"]
    assert dialog.layerName.currentText() == "prediction" and dialog.layerName.isEnabled()
    combos = _table(dialog)
    detected = {role: combo.currentData() for role, combo in combos.items()}
    assert detected == {"id": "id", "cs": "code_cs", "us": "code_us", "conf_cs": "conf_cs", "conf_us": "conf_us"}
    assert "60 entités" in dialog.infoLabel.text()
    assert dialog.outputFile.filePath() == str(tmp_path / "sortie_modele_confiance.gpkg")
    assert _ok(dialog).isEnabled()

    # The user says couverture is in "alt_cs" and there is no usable confidence for usage.
    combos["cs"].setCurrentIndex(combos["cs"].findText("alt_cs"))
    combos["conf_us"].setCurrentIndex(combos["conf_us"].findText("(aucun)"))
    dialog.rasterPath.setText("/data/probabilites.vrt")
    job = dialog.job()
    assert job.source == str(model_gpkg) and job.layer == "prediction"
    assert job.mapping.cs == "alt_cs" and job.mapping.conf_us is None
    assert job.mapping.us == "code_us" and job.mapping.conf_cs == "conf_cs"
    assert job.raster == "/data/probabilites.vrt"
    assert job.out == str(tmp_path / "sortie_modele_confiance.gpkg")


def test_other_layer_of_the_file_is_inspected(dialog_module, model_gpkg, qgis_new_project):
    dialog = dialog_module.LoadDialog(None, QgsProject.instance())
    dialog.sourceFile.setFilePath(str(model_gpkg))
    dialog.layerName.setCurrentIndex(dialog.layerName.findText("emprise"))
    assert dialog.info.layer == "emprise"
    assert _table(dialog)["cs"].currentData() == ""


def test_project_layer_is_read_from_its_file(dialog_module, model_gpkg, qgis_new_project):
    layer = QgsVectorLayer(f"{model_gpkg}|layername=prediction", "prédiction", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    dialog = dialog_module.LoadDialog(None, QgsProject.instance())
    dialog.layerRadio.setChecked(True)
    dialog.projectLayer.setLayer(layer)
    job = dialog.job()
    assert (job.source, job.layer) == (str(model_gpkg), "prediction")
    assert job.mapping.cs == "code_cs"


def test_corrupt_file_is_reported_in_the_dialog(dialog_module, tmp_path, qgis_new_project):
    junk = tmp_path / "abime.gpkg"
    junk.write_bytes(b"\x00not a geopackage" * 64)
    dialog = dialog_module.LoadDialog(None, QgsProject.instance())
    dialog.sourceFile.setFilePath(str(junk))
    assert "abime.gpkg" in dialog.infoLabel.text()
    assert dialog.mappingTable.rowCount() == 0
    assert not _ok(dialog).isEnabled()


def test_postgres_layer_becomes_a_gdal_connection(qgis_app, plugin_package):
    layers = importlib.import_module(plugin_package + ".ui.layers")
    # Port 1 refuses at once: the layer is invalid but its URI is all the adapter needs.
    uri = ("dbname='ocsge' host=127.0.0.1 port=1 user='lea' password='s3cr et' sslmode=require "
           "key='id' srid=2154 type=MultiPolygon table=\"production\".\"occupation_sol\" (geom)")
    layer = QgsVectorLayer(uri, "occupation", "postgres")
    source, name = layers.source_for_layer(layer)
    assert name == "production.occupation_sol"
    assert source == ("PG:dbname='ocsge' host='127.0.0.1' port='1' user='lea' password='s3cr et' "
                      "sslmode=require")


def test_authcfg_credentials_are_resolved_in_memory(qgis_app, plugin_package, auth_manager):
    # The session's master password, whichever module set it first (another one refused it).
    from qgis.core import QgsAuthMethodConfig
    layers = importlib.import_module(plugin_package + ".ui.layers")
    manager = auth_manager
    config = QgsAuthMethodConfig("Basic")
    config.setName("ocsge")
    config.setConfig("username", "lea")
    config.setConfig("password", "tr3s-secret")
    stored = manager.storeAuthenticationConfig(config)
    assert stored if isinstance(stored, bool) else stored[0]
    uri = QgsDataSourceUri(f"dbname='ocsge' host=db.example port=5432 authcfg={config.id()} "
                           "table=\"public\".\"occupation_sol\" (geom)")
    connection = layers.postgres_connection(uri)
    assert "user='lea'" in connection and "password='tr3s-secret'" in connection
    assert "authcfg" not in connection

    redact = importlib.import_module(plugin_package + ".ui.logbridge").redact
    assert "tr3s-secret" not in redact(f"Impossible d'ouvrir {connection}")


def test_unknown_authcfg_is_a_user_error(qgis_app, plugin_package):
    from ocsge_review.errors import InputError
    layers = importlib.import_module(plugin_package + ".ui.layers")
    with pytest.raises(InputError, match="zzzzzzz"):
        layers.postgres_connection(QgsDataSourceUri("dbname='x' authcfg=zzzzzzz table=\"t\" (geom)"))


@pytest.mark.parametrize("secret", ["s3cr3t", r"'it\'s'", "'with space'"])
def test_redaction_hides_quoted_passwords_whole(qgis_app, plugin_package, secret):
    redact = importlib.import_module(plugin_package + ".ui.logbridge").redact
    assert redact(f"PG:dbname=ocsge password={secret} port=5432") == "PG:dbname=ocsge password=*** port=5432"
