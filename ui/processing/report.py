"""Processing algorithm: the monthly report (HTML with charts, CSV tables) of one or more départements."""
from qgis.core import (QgsProcessingOutputFile, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterMultipleLayers)

from .. import qgis_enums
from ..i18n import tr
from .base import OcsgeAlgorithm, run_core


class ReportAlgorithm(OcsgeAlgorithm):
    STORES, OUTPUT, PAGE = "STORES", "OUTPUT", "PAGE"

    def name(self):
        return "monthlyreport"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Rapport mensuel")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr("Écrit dans le dossier choisi rapport.html (graphiques intégrés) et les tables CSV du mois, "
                  "pour un ou plusieurs départements (un magasin de revue chacun), tout ou rien : un dossier "
                  "existant n'est remplacé qu'une fois le nouveau rapport complet.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.STORES, tr("Magasins de revue (un par département)"), qgis_enums.SOURCE_FILES))
        self.add_store_parameters(single=False)
        self.add_indicator_parameters()
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT, tr("Dossier du rapport")))
        self.addOutput(QgsProcessingOutputFile(self.PAGE, tr("Page du rapport")))

    def process(self, parameters, context, feedback):
        from ocsge_review.statistics import stats
        from ocsge_review.statistics.report import details, write_report
        specs = self.parameterAsFileList(parameters, self.STORES, context)
        out = self.parameterAsString(parameters, self.OUTPUT, context)

        def work(fb):
            inputs = self.indicator_inputs(parameters, context)
            all_details = []
            for k, spec in enumerate(specs):
                with self.open_store(parameters, context, spec) as store:
                    tables = stats.load(store)
                all_details.append(details(tables, inputs.period, **inputs.options(tables.department)))
                fb.step(80 * (k + 1) / len(specs))
            return write_report(all_details, inputs.period, out)
        page = run_core(feedback, work)
        feedback.pushInfo(tr("Rapport écrit : {page}").format(page=page))
        return {self.OUTPUT: out, self.PAGE: page}
