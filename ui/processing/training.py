"""Processing algorithm: the campaign's corrections exported as training data for the next model."""
from qgis.core import (QgsProcessingOutputNumber, QgsProcessingParameterBoolean,
                       QgsProcessingParameterFileDestination)

from ..i18n import tr
from .base import OcsgeAlgorithm, run_core


class TrainingAlgorithm(OcsgeAlgorithm):
    INCLUDE_UNVALIDATED, OUTPUT, CORRECTIONS = "INCLUDE_UNVALIDATED", "OUTPUT", "CORRECTIONS"

    def name(self):
        return "exporttraining"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Exporter les corrections pour l'apprentissage")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr("Écrit un nouveau GeoPackage des corrections de la campagne, pour entraîner le prochain modèle "
                  "sur ses erreurs : couche « before » (polygones du modèle avec sa version, sa confiance et ses "
                  "codes CS/US), couche « after » (polygones revus avec les codes finaux, l'action et la date de "
                  "décision), reliées par correction_id ; un découpage a un polygone avant et plusieurs après, "
                  "une fusion l'inverse. Seulement les éléments validés dont la classe ou la géométrie a changé, "
                  "sauf si les décisions non validées sont demandées. Un fichier existant n'est jamais remplacé.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_store_parameters()
        self.addParameter(QgsProcessingParameterBoolean(
            self.INCLUDE_UNVALIDATED, tr("Inclure les décisions pas encore validées"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Données d'apprentissage"), tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputNumber(self.CORRECTIONS, tr("Corrections exportées")))

    def process(self, parameters, context, feedback):
        from ocsge_review.production.training import check_target, export_training
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        unvalidated = self.parameterAsBoolean(parameters, self.INCLUDE_UNVALIDATED, context)

        def work(fb):
            check_target(out)
            with self.open_store(parameters, context) as store:
                return export_training(store, out, include_unvalidated=unvalidated, feedback=fb)
        report = run_core(feedback, work)
        feedback.pushInfo(report.summary())
        return {self.OUTPUT: out, self.CORRECTIONS: report.corrections}
