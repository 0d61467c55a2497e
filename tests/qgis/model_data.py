"""Small model outputs written with QGIS itself, for the headless tests."""
from pathlib import Path

from qgis.core import (QgsCoordinateTransformContext, QgsFeature, QgsField, QgsGeometry, QgsRectangle,
                       QgsVectorFileWriter, QgsVectorLayer)

from ocsge_review_plugin.ui.qgis_enums import DOUBLE_FIELD, INT_FIELD, STRING

CS_CODES = ("CS1.1.1.1", "CS1.1.2.1", "CS2.1.1.1", "CS2.2.1")
US_CODES = ("US235", "US4.1.1", "US1.1", "US1.3")
FIELDS = ("id", "code_cs", "code_us", "conf_cs", "conf_us", "alt_cs")


def write_model_output(path: Path, polygons: int = 60, layer: str = "prediction",
                       extra_layer: bool = True) -> Path:
    """A GeoPackage in Lambert-93 with the fields of a typical model output."""
    memory = QgsVectorLayer("MultiPolygon?crs=EPSG:2154", layer, "memory")
    provider = memory.dataProvider()
    provider.addAttributes([QgsField("id", INT_FIELD), QgsField("code_cs", STRING), QgsField("code_us", STRING),
                            QgsField("conf_cs", DOUBLE_FIELD), QgsField("conf_us", DOUBLE_FIELD),
                            QgsField("alt_cs", STRING)])
    memory.updateFields()
    features = []
    for i in range(polygons):
        x, y = 500000 + (i % 10) * 60, 6300000 + (i // 10) * 60
        feature = QgsFeature(memory.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, y, x + 55, y + 55)))
        feature.setAttributes([i + 1, CS_CODES[i % 4], US_CODES[i % 4], 0.5 + (i % 5) / 10,
                               0.4 + (i % 6) / 10, CS_CODES[(i + 1) % 4]])
        features.append(feature)
    provider.addFeatures(features)
    _write(memory, path, layer, overwrite_file=True)
    if extra_layer:
        zone = QgsVectorLayer("Polygon?crs=EPSG:2154", "emprise", "memory")
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(500000, 6300000, 500600, 6300600)))
        zone.dataProvider().addFeatures([f])
        _write(zone, path, "emprise", overwrite_file=False)
    return path


def _write(layer, path, name, overwrite_file):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
                                    if overwrite_file else
                                    QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer)
    error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options)
    assert error == QgsVectorFileWriter.WriterError.NoError, message
