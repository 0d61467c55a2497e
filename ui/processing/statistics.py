"""Processing algorithm: a campaign's indicators for a month, the pipeline's JSON payload written to a file."""
import json
import os

from qgis.core import QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterFileDestination

from ..i18n import tr
from .base import OcsgeAlgorithm, run_core


class StatisticsAlgorithm(OcsgeAlgorithm):
    OUTPUT = "OUTPUT"
    # Figures of the payload also given as outputs, for a model to use: (output, path in the payload).
    FIGURES = (("REVIEWED", ("rework", "count", "reviewed")), ("REWORK_RATE", ("rework", "count", "rate")),
               ("VALIDATED_KM2", ("production", "validated_km2_period")),
               ("REMAINING_KM2", ("production", "remaining_km2")), ("COST_PER_KM2", ("cost", "per_km2")),
               ("AUTOMATION_RATE", ("automation", "rate")))

    def name(self):
        return "statistics"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Indicateurs de la campagne")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr("Calcule les indicateurs d'un département pour un mois (reprise, exactitude du modèle, "
                  "production, coût, automatisation) et écrit la charge utile JSON livrée au pipeline "
                  "(schéma ocsge_review/schemas/indicators-2.json). Les principaux chiffres sont aussi des "
                  "sorties de l'algorithme.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_store_parameters()
        self.add_indicator_parameters()
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Indicateurs (JSON)"), tr("JSON (*.json)")))
        self.addOutput(QgsProcessingOutputString("DEPARTMENT", tr("Département")))
        labels = {"REVIEWED": tr("Polygones revus dans le mois"), "REWORK_RATE": tr("Taux de reprise"),
                  "VALIDATED_KM2": tr("Surface validée dans le mois (km²)"),
                  "REMAINING_KM2": tr("Surface restante (km²)"), "COST_PER_KM2": tr("Coût par km² (€)"),
                  "AUTOMATION_RATE": tr("Taux d'automatisation")}
        for key, _ in self.FIGURES:
            self.addOutput(QgsProcessingOutputNumber(key, labels[key]))

    def process(self, parameters, context, feedback):
        from ocsge_review.statistics import stats
        from ocsge_review.statistics.indicators import payload, validate
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)

        def work(fb):
            inputs = self.indicator_inputs(parameters, context)
            with self.open_store(parameters, context) as store:
                tables = stats.load(store, breakdowns=False)      # the payload needs none
            fb.step(50)
            body = payload(tables, inputs.period, **inputs.options(tables.department))
            validate(body)
            fb.step(90)
            write_json(out, body)
            return body
        body = run_core(feedback, work)
        results = {self.OUTPUT: out, "DEPARTMENT": body["department"]}
        for key, path in self.FIGURES:
            value = body
            for step in path:
                value = value[step]
            results[key] = value
        feedback.pushInfo(json.dumps(body, ensure_ascii=False))
        return results


def write_json(path: str, body: dict) -> None:
    """``body`` to ``path``, whole or not at all (a temporary file renamed into place)."""
    from ocsge_review.errors import InputError
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(body, fh, ensure_ascii=False, indent=2)
        os.replace(tmp, path)
    except OSError as exc:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise InputError(tr("Écriture de « {path} » impossible : {error}.").format(path=path, error=exc.strerror))
