"""The QGIS enum values the plugin uses, by their current names (the Qgis namespace, where QGIS 3.30–3.36
moved them and deprecated the old ones) or, on an older QGIS (3.22), by the names it has."""
from qgis.core import (Qgis, QgsMapLayerProxyModel, QgsProcessing, QgsProcessingParameterDefinition,
                       QgsProcessingParameterFile, QgsProcessingParameterNumber, QgsWkbTypes)


def _named(enum: str, member: str, old):
    """Qgis.<enum>.<member> where this QGIS has it, else ``old()``: the old name is looked up only on a QGIS
    that still needs it (tests/unit/test_qt6.py allows old names in this module only)."""
    return getattr(getattr(Qgis, enum), member) if hasattr(Qgis, enum) else old()


POLYGON_LAYERS = _named("LayerFilter", "PolygonLayer", lambda: QgsMapLayerProxyModel.Filter.PolygonLayer)
MULTIPOLYGON = _named("WkbType", "MultiPolygon", lambda: QgsWkbTypes.Type.MultiPolygon)
SOURCE_POLYGONS = _named("ProcessingSourceType", "VectorPolygon", lambda: QgsProcessing.SourceType.TypeVectorPolygon)
SOURCE_FILES = _named("ProcessingSourceType", "File", lambda: QgsProcessing.SourceType.TypeFile)
ADVANCED = _named("ProcessingParameterFlag", "Advanced", lambda: QgsProcessingParameterDefinition.Flag.FlagAdvanced)
INTEGER = _named("ProcessingNumberParameterType", "Integer", lambda: QgsProcessingParameterNumber.Type.Integer)
DOUBLE = _named("ProcessingNumberParameterType", "Double", lambda: QgsProcessingParameterNumber.Type.Double)
FILE = _named("ProcessingFileParameterBehavior", "File", lambda: QgsProcessingParameterFile.Behavior.File)


def _field_types():
    """The types of a text, whole-number and decimal field: QMetaType from QGIS 3.38 (QVariant's are deprecated
    there), QVariant before."""
    if Qgis.versionInt() >= 33800:
        from qgis.PyQt.QtCore import QMetaType
        return QMetaType.Type.QString, QMetaType.Type.Int, QMetaType.Type.Double
    from qgis.PyQt.QtCore import QVariant
    return QVariant.String, QVariant.Int, QVariant.Double


STRING, INT_FIELD, DOUBLE_FIELD = _field_types()
