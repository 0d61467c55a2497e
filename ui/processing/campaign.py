"""Processing algorithm: a review campaign (confidence, triage, audit sample) in a new GeoPackage store."""
import os

from qgis.core import (QgsCoordinateReferenceSystem, QgsProcessingException,
                       QgsProcessingOutputNumber, QgsProcessingParameterExtent, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterLayer, QgsProcessingParameterString)

from .. import qgis_enums
from ..i18n import tr
from .base import OcsgeAlgorithm, class_table, class_table_parameter, model_source, raster_source, run_core


class CampaignAlgorithm(OcsgeAlgorithm):
    INPUT, RASTER, DEPARTMENT, EXTENT = "INPUT", "RASTER", "DEPARTMENT", "EXTENT"
    THRESHOLD, AUDIT_SIZE, SEED, POLICY, NAME, OUTPUT = "THRESHOLD", "AUDIT_SIZE", "SEED", "POLICY", "NAME", "OUTPUT"
    QUEUE, AUDIT, AUTO = "QUEUE", "AUDIT", "AUTO"

    def name(self):
        return "createcampaign"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Créer une campagne de revue")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr("Calcule la confiance de chaque polygone d'une sortie du modèle, trie les polygones (file de "
                  "revue par priorité, acceptation automatique au-dessus du seuil, échantillon de contrôle tiré "
                  "au hasard) et écrit la campagne dans un nouveau magasin de revue GeoPackage. La sortie du "
                  "modèle doit être dans le système de coordonnées officiel du département.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Sortie du modèle"), [qgis_enums.SOURCE_POLYGONS]))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.RASTER, tr("Raster de probabilités"), optional=True))
        self.advanced(class_table_parameter())
        self.addParameter(QgsProcessingParameterString(self.DEPARTMENT, tr("Département (code INSEE, ex. 32)")))
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, tr("Emprise de la campagne (vide : tout le département)"), optional=True))
        self.advanced(QgsProcessingParameterNumber(
            self.THRESHOLD, tr("Confiance minimale (CS et US) pour l'acceptation automatique"),
            qgis_enums.DOUBLE, optional=True, minValue=0.0, maxValue=1.0))
        self.advanced(QgsProcessingParameterNumber(
            self.AUDIT_SIZE, tr("Taille de l'échantillon de contrôle"), qgis_enums.INTEGER,
            optional=True, minValue=0))
        self.advanced(QgsProcessingParameterNumber(
            self.SEED, tr("Graine du tirage de l'échantillon"), qgis_enums.INTEGER,
            optional=True))
        self.advanced(QgsProcessingParameterFile(
            self.POLICY, tr("Politique de tri complète (JSON)"), extension="json", optional=True))
        self.advanced(QgsProcessingParameterString(self.NAME, tr("Nom de la campagne"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Magasin de revue"), tr("GeoPackage (*.gpkg)")))
        for key, label in ((self.QUEUE, tr("Polygones à revoir")), (self.AUDIT, tr("Polygones de contrôle")),
                           (self.AUTO, tr("Polygones acceptés automatiquement"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def process(self, parameters, context, feedback):
        from ocsge_review.ocsge import departements
        from ocsge_review.campaigns.campaign import create_campaign, plan_campaign
        from ocsge_review.campaigns.territory import Territory
        from ocsge_review.campaigns.triage import AUDIT, AUTO, QUEUE
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if os.path.exists(out):
            raise QgsProcessingException(tr("Le magasin de revue « {path} » existe déjà : choisissez un autre "
                                            "fichier.").format(path=out))
        department = self.parameterAsString(parameters, self.DEPARTMENT, context)

        def work(fb):
            policy = self._policy(parameters, context)
            dep = departements.normalise(department)
            territory = None
            if parameters.get(self.EXTENT):
                # The extent is taken in the département's official CRS, whatever the canvas's.
                crs = QgsCoordinateReferenceSystem(f"EPSG:{departements.epsg(dep)}")
                box = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
                territory = Territory(extent=(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))
            model, layer = model_source(self, parameters, self.INPUT, context, feedback)
            raster = raster_source(self.parameterAsRasterLayer(parameters, self.RASTER, context))
            plan = plan_campaign(model, dep, policy, layer=layer, raster=raster, feedback=fb.sub(0, 90),
                                 territory=territory, classes=class_table(self, parameters, context))
            fb.check()      # the last moment a cancel leaves nothing: the store is written whole from here
            name = self.parameterAsString(parameters, self.NAME, context) or None
            create_campaign(plan, out, name=name).close()
            fb.step(100)
            return plan
        plan = run_core(feedback, work)
        feedback.pushInfo(plan.report())
        counts = plan.triage.summary
        return {self.OUTPUT: out, self.QUEUE: counts[QUEUE]["count"], self.AUDIT: counts[AUDIT]["count"],
                self.AUTO: counts[AUTO]["count"]}

    def _policy(self, parameters, context):
        """The triage policy: the JSON file's, with the options given here winning (as on the command line)."""
        from ocsge_review.campaigns.triage import load_policy
        return load_policy(self.parameterAsFile(parameters, self.POLICY, context) or None, {
            key: read(parameters, name, context) if parameters.get(name) not in (None, "") else None
            for key, name, read in (("threshold", self.THRESHOLD, self.parameterAsDouble),
                                    ("audit_size", self.AUDIT_SIZE, self.parameterAsInt),
                                    ("seed", self.SEED, self.parameterAsInt))})
