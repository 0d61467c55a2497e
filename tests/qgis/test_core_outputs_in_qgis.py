"""What the core writes opens in QGIS 3.22 without a warning, in the same process."""
import pytest
from qgis.core import QgsApplication, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication


@pytest.fixture
def log_messages(qgis_app):
    """Warnings from QGIS's message log and from GDAL itself (which prints
    straight to stderr when no handler is installed, as for GeoPackage versions)."""
    from osgeo import gdal
    seen = []

    def record(message, tag, level):
        if int(level) >= 1:                      # Qgis.MessageLevel.Warning and above
            seen.append((tag, message))

    def gdal_record(err_class, err_no, message):
        if err_class >= gdal.CE_Warning:
            seen.append(("GDAL", message))

    log = QgsApplication.messageLog()
    log.messageReceived.connect(record)
    gdal.PushErrorHandler(gdal_record)
    yield seen
    gdal.PopErrorHandler()
    log.messageReceived.disconnect(record)


def _open_all(folder):
    layers = [QgsVectorLayer(f"{folder / name}|layername={layer}", layer, "ogr")
              for name, layer in (("model_output.gpkg", "prediction"), ("truth.gpkg", "truth"),
                                  ("confidence.gpkg", "confidence"))]
    for layer in layers:
        sum(1 for _ in layer.getFeatures())
    QCoreApplication.processEvents()
    return layers


def test_demo_and_confidence_outputs_open_cleanly(qgis_app, tmp_path, log_messages):
    # The core (pyogrio, shapely, GDAL through osgeo) runs inside the QGIS
    # process: one GDAL and one GEOS for both, no crash, no warning.
    from ocsge_review.synthetic import demo
    from ocsge_review.model.confidence import run_confidence
    demo.write(demo.generate(1000, seed=9), str(tmp_path))
    run_confidence(str(tmp_path / "model_output.gpkg"), str(tmp_path / "confidence.gpkg"),
                   raster=str(tmp_path / "probabilities.tif"))
    layers = _open_all(tmp_path)
    raster = QgsRasterLayer(str(tmp_path / "probabilities.tif"), "probabilities")
    for layer in layers:
        assert layer.isValid(), layer.source()
        assert layer.featureCount() == 1000
        assert layer.crs().authid() == "EPSG:2154"
        assert sum(1 for _ in layer.getFeatures()) == 1000
    assert raster.isValid() and raster.bandCount() == 14
    assert raster.dataProvider().generateBandName(1) and raster.crs().authid() == "EPSG:2154"
    QCoreApplication.processEvents()
    assert log_messages == []


@pytest.mark.parametrize("user_version", [10400, 10900])
def test_the_warning_detector_sees_a_geopackage_version_gdal_does_not_know(qgis_app, tmp_path, log_messages,
                                                                           user_version):
    """Control for the test above: a GeoPackage of a version its GDAL does not know makes QGIS warn, and
    the test above would see it. For the GDAL 3.6 of QGIS 3.22 that is 1.4, what GDAL 3.7 and later write
    unless asked for 1.2 (the core asks: tests/unit/test_confidence.py); those read 1.4 silently, and no
    GDAL knows a 1.9."""
    import sqlite3
    from osgeo import gdal
    from ocsge_review.synthetic import demo
    from ocsge_review.model.confidence import run_confidence
    demo.write(demo.generate(1000, seed=9), str(tmp_path))
    run_confidence(str(tmp_path / "model_output.gpkg"), str(tmp_path / "confidence.gpkg"))
    con = sqlite3.connect(str(tmp_path / "confidence.gpkg"))
    con.execute(f"PRAGMA user_version = {user_version}")
    con.commit()
    con.close()
    _open_all(tmp_path)
    newest_known = 10400 if int(gdal.VersionInfo()) >= 3070000 else 10300
    warned = any(str(user_version) in message for _, message in log_messages)
    assert warned == (user_version > newest_known), log_messages


def test_core_and_qgis_agree_on_areas(qgis_app, tmp_path):
    from ocsge_review.synthetic import demo
    from ocsge_review.model.confidence import run_confidence
    demo.write(demo.generate(1000, seed=10), str(tmp_path))
    run_confidence(str(tmp_path / "model_output.gpkg"), str(tmp_path / "c.gpkg"))
    layer = QgsVectorLayer(f"{tmp_path / 'c.gpkg'}|layername=confidence", "c", "ogr")
    for feature in layer.getFeatures():
        assert feature.geometry().area() == pytest.approx(feature["area_m2"], rel=1e-9)
        assert feature.geometry().isGeosValid()
