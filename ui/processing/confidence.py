"""Processing algorithm: per-polygon confidence of a model output, optionally from a probability raster."""
from qgis.core import (QgsProcessingOutputNumber, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterString,
                       QgsProcessingParameterVectorDestination)

from .. import qgis_enums
from ..i18n import tr
from .base import OcsgeAlgorithm, class_table, class_table_parameter, model_source, raster_source, run_core


class ConfidenceAlgorithm(OcsgeAlgorithm):
    INPUT, RASTER, BANDS, OUTPUT, POLYGONS = "INPUT", "RASTER", "BANDS", "OUTPUT", "POLYGONS"

    def name(self):
        return "confidence"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Confiance par polygone")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr("Lit une sortie du modèle (champs de couverture, d'usage et de probabilités détectés) et, si "
                  "fourni, un raster de probabilités ; écrit un GeoPackage avec la confiance, la marge et "
                  "l'entropie de chaque polygone en couverture (CS) et en usage (US). Rien n'est écrit si le "
                  "traitement est annulé ou échoue.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Sortie du modèle"), [qgis_enums.SOURCE_POLYGONS]))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.RASTER, tr("Raster de probabilités"), optional=True))
        self.advanced(QgsProcessingParameterString(
            self.BANDS, tr("Classes des bandes du raster, dans l'ordre, séparées par des virgules"), optional=True))
        self.advanced(class_table_parameter())
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT, tr("Confiance"), qgis_enums.SOURCE_POLYGONS))
        self.addOutput(QgsProcessingOutputNumber(self.POLYGONS, tr("Polygones")))

    def process(self, parameters, context, feedback):
        from ocsge_review.model.confidence import run_confidence
        model, layer = model_source(self, parameters, self.INPUT, context, feedback)
        raster = raster_source(self.parameterAsRasterLayer(parameters, self.RASTER, context))
        bands = [b.strip() for b in self.parameterAsString(parameters, self.BANDS, context).split(",") if b.strip()]
        out = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        report = run_core(feedback, lambda fb: run_confidence(
            model, out, layer=layer, raster=raster, bands=bands or None, feedback=fb,
            classes=class_table(self, parameters, context)))
        feedback.pushInfo(report.summary())
        return {self.OUTPUT: out, self.POLYGONS: report.polygons}
