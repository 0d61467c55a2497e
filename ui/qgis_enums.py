"""The QGIS enum values the plugin uses, by their current names (the Qgis namespace, where QGIS 3.30–3.36
moved them and deprecated the old ones) or, on an older QGIS (3.22), by the names it has."""
from qgis.core import (Qgis, QgsMapLayerProxyModel, QgsProcessing, QgsProcessingParameterDefinition,
                       QgsProcessingParameterFile, QgsProcessingParameterNumber, QgsWkbTypes)

# The only module that names the old enums: tests/unit/test_qt6.py allows them here, as fallbacks.
if hasattr(Qgis, "LayerFilter"):
    POLYGON_LAYERS = Qgis.LayerFilter.PolygonLayer
else:
    POLYGON_LAYERS = QgsMapLayerProxyModel.Filter.PolygonLayer

if hasattr(Qgis, "WkbType"):
    MULTIPOLYGON = Qgis.WkbType.MultiPolygon
else:
    MULTIPOLYGON = QgsWkbTypes.Type.MultiPolygon

if hasattr(Qgis, "ProcessingSourceType"):
    SOURCE_POLYGONS, SOURCE_FILES = Qgis.ProcessingSourceType.VectorPolygon, Qgis.ProcessingSourceType.File
else:
    SOURCE_POLYGONS, SOURCE_FILES = QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeFile

if hasattr(Qgis, "ProcessingParameterFlag"):
    ADVANCED = Qgis.ProcessingParameterFlag.Advanced
else:
    ADVANCED = QgsProcessingParameterDefinition.Flag.FlagAdvanced

if hasattr(Qgis, "ProcessingNumberParameterType"):
    INTEGER, DOUBLE = Qgis.ProcessingNumberParameterType.Integer, Qgis.ProcessingNumberParameterType.Double
else:
    INTEGER, DOUBLE = QgsProcessingParameterNumber.Type.Integer, QgsProcessingParameterNumber.Type.Double

if hasattr(Qgis, "ProcessingFileParameterBehavior"):
    FILE = Qgis.ProcessingFileParameterBehavior.File
else:
    FILE = QgsProcessingParameterFile.Behavior.File
