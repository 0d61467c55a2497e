"""What the provider's algorithms share: the core's progress and cancel, its errors, the store and model inputs."""
import os
from typing import Callable, Optional, Tuple, TypeVar

from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingFeedback,
                       QgsProcessingParameterDefinition, QgsProcessingParameterFile, QgsProcessingParameterNumber,
                       QgsProcessingParameterString, QgsProviderRegistry)

from .. import dependencies, qgis_enums
from ..i18n import tr
from ..logbridge import redact

T = TypeVar("T")

STORE, SCHEMA, CAMPAIGN = "STORE", "SCHEMA", "CAMPAIGN"
CLASSES = "CLASSES"
PERIOD, PLAN, HOURLY_COST, FIXED_COST = "PERIOD", "PLAN", "HOURLY_COST", "FIXED_COST"


def run_core(feedback: QgsProcessingFeedback, work: Callable[..., T]) -> T:
    """``work(core feedback)`` with Processing's progress bar and cancel button; a user error of the
    core (a cancel included: nothing was written) becomes the algorithm's failure, in French."""
    from ocsge_review.errors import OcsgeError
    from ocsge_review.feedback import Feedback
    try:
        return work(Feedback(progress=feedback.setProgress, is_cancelled=feedback.isCanceled))
    except OcsgeError as exc:
        raise QgsProcessingException(redact(str(exc))) from None


class OcsgeAlgorithm(QgsProcessingAlgorithm):
    """An algorithm of the provider: one core job, its French name and help; runs only when the
    core's Python dependencies are importable (said in French otherwise)."""

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        problems = dependencies.check()
        if problems:
            raise QgsProcessingException("\n".join(problems))
        return self.process(parameters, context, feedback)

    def process(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

    def advanced(self, parameter: QgsProcessingParameterDefinition) -> None:
        parameter.setFlags(parameter.flags() | qgis_enums.ADVANCED)
        self.addParameter(parameter)

    # --- the review store: a GeoPackage or a PostgreSQL connection, as the CLI's --store --------------
    def add_store_parameters(self, single: bool = True) -> None:
        """STORE (unless not ``single``: an algorithm taking several), SCHEMA and CAMPAIGN."""
        from ocsge_review.store import DEFAULT_SCHEMA
        if single:
            self.addParameter(QgsProcessingParameterFile(
                STORE, tr("Magasin de revue (fichier GeoPackage, ou connexion PostgreSQL sans mot de passe : "
                          "« service=ocsge »)"), behavior=qgis_enums.FILE))
        self.advanced(QgsProcessingParameterString(SCHEMA, tr("PostgreSQL : schéma du magasin"),
                                                   defaultValue=DEFAULT_SCHEMA, optional=True))
        self.advanced(QgsProcessingParameterString(
            CAMPAIGN, tr("PostgreSQL : campagne (nom ou identifiant), si le schéma en contient plusieurs"),
            optional=True))

    def open_store(self, parameters, context, spec: Optional[str] = None):
        from ocsge_review.store import DEFAULT_SCHEMA, open_store
        spec = spec or self.parameterAsFile(parameters, STORE, context)
        schema = self.parameterAsString(parameters, SCHEMA, context) or DEFAULT_SCHEMA
        campaign = self.parameterAsString(parameters, CAMPAIGN, context) or None
        return open_store(spec, schema=schema, campaign=campaign)

    # --- the statistics' options, as the CLI's stats and report ---------------------------------------
    def add_indicator_parameters(self) -> None:
        self.addParameter(QgsProcessingParameterString(
            PERIOD, tr("Mois (AAAA-MM ; vide : le mois en cours)"), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            PLAN, tr("Plan de production (CSV : date,planned_km2)"), extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            HOURLY_COST, tr("Coût d'une heure de travail active (€)"),
            qgis_enums.DOUBLE, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            FIXED_COST, tr("Coûts fixes par département (€)"), qgis_enums.DOUBLE, 0.0,
            minValue=0.0))

    def indicator_inputs(self, parameters, context):
        """stats.indicator_inputs from the parameters (the fixed costs the same for every département)."""
        from ocsge_review.statistics import stats
        return stats.indicator_inputs(self.parameterAsString(parameters, PERIOD, context).strip(),
                                      self.parameterAsFile(parameters, PLAN, context),
                                      self.parameterAsDouble(parameters, HOURLY_COST, context),
                                      {"*": self.parameterAsDouble(parameters, FIXED_COST, context)})


def model_source(alg, parameters, name: str, context, feedback) -> Tuple[str, Optional[str]]:
    """(file, layer name) of the model output parameter ``name`` as the core reads it: a GeoPackage,
    Shapefile or FlatGeobuf layer as it is, anything else (a memory or database layer, a filter, the
    selected features only) copied by Processing to a temporary GeoPackage first."""
    path, layer = alg.parameterAsCompatibleSourceLayerPathAndLayerName(
        parameters, name, context, ["gpkg", "shp", "fgb"], "gpkg", feedback)
    return path, layer or None


def class_table_parameter() -> QgsProcessingParameterString:
    """CLASSES: the model's class table, as the CLI's --classes (a shipped table's name or a CSV file)."""
    return QgsProcessingParameterString(
        CLASSES, tr("Table des classes du modèle : flair-hub, flair-1 ou un fichier CSV band,model_class,code_cs "
                    "(vide : bandes nommées par code CS)"), optional=True)


def class_table(alg: QgsProcessingAlgorithm, parameters, context):
    """The class table CLASSES names, read and checked (a bad one: the core's French error), or None."""
    from ocsge_review.model.class_tables import load
    spec = alg.parameterAsString(parameters, CLASSES, context).strip()
    return load(spec) if spec else None


def raster_source(layer) -> Optional[str]:
    """The file of a probability raster layer (None: no raster given)."""
    if layer is None:
        return None
    path = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()).get("path") or layer.source()
    if layer.providerType() != "gdal" or not os.path.exists(path):
        raise QgsProcessingException(tr("Le raster de probabilités « {name} » doit être un fichier (GeoTIFF, VRT).")
                                     .format(name=layer.name()))
    return path
