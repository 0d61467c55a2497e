"""Processing algorithm: the store's validated edits applied to the production OCS GE table (PostGIS)."""

from qgis.core import (QgsProcessingOutputNumber, QgsProcessingParameterBoolean, QgsProcessingParameterNumber,
                       QgsProcessingParameterString)

from .. import qgis_enums
from ..i18n import tr
from .base import OcsgeAlgorithm, run_core


class SyncAlgorithm(OcsgeAlgorithm):
    PRODUCTION, TABLE, SYNC_SCHEMA, USER = "PRODUCTION", "PRODUCTION_TABLE", "SYNC_SCHEMA", "USER"
    BATCH_SIZE, CAPTURE_BASE = "BATCH_SIZE", "CAPTURE_BASE"
    OUTCOMES = ("APPLIED", "UNCHANGED", "ALREADY_APPLIED", "CONFLICTS", "WAITING", "BASE_ROWS")

    def name(self):
        return "syncvalidated"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Synchroniser les modifications validées")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return tr("Applique les éléments validés du magasin de revue à la table OCS GE de production "
                  "(PostgreSQL/PostGIS), par lots, une transaction chacun ; une ligne modifiée en production "
                  "depuis l'entrée dans la campagne devient un conflit, jamais écrasée. Relançable sans risque ; "
                  "une annulation prend effet entre deux lots. La connexion de production s'écrit comme en ligne "
                  "de commande (« service=… », « host=… dbname=… user=… »), sans mot de passe : fichier de "
                  "service ou ~/.pgpass.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        from ocsge_review.store.pg_access import DEFAULT_SYNC_SCHEMA
        from ocsge_review.production.sync import DEFAULT_BATCH, DEFAULT_TABLE
        self.add_store_parameters()
        self.addParameter(QgsProcessingParameterString(
            self.PRODUCTION, tr("Base de production (connexion PostgreSQL sans mot de passe)")))
        self.addParameter(QgsProcessingParameterString(
            self.TABLE, tr("Table OCS GE de production ([schéma.]table)"), defaultValue=DEFAULT_TABLE))
        self.addParameter(QgsProcessingParameterString(
            self.USER, tr("Qui synchronise (vide : le rôle de connexion d'un magasin PostgreSQL, sinon l'utilisateur du système)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.CAPTURE_BASE, tr("Seulement prendre la version de base en production (campagne créée sans "
                                  "base de production) ; rien n'est appliqué"), defaultValue=False))
        self.advanced(QgsProcessingParameterString(
            self.SYNC_SCHEMA, tr("Schéma des tables de synchronisation"), defaultValue=DEFAULT_SYNC_SCHEMA))
        self.advanced(QgsProcessingParameterNumber(
            self.BATCH_SIZE, tr("Taille des lots"), qgis_enums.INTEGER, DEFAULT_BATCH,
            minValue=1))
        labels = (tr("Appliqués"), tr("Sans changement"), tr("Déjà appliqués"), tr("Nouveaux conflits"),
                  tr("Conflits en attente de résolution"), tr("Lignes de base prises"))
        for key, label in zip(self.OUTCOMES, labels):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def process(self, parameters, context, feedback):
        from ocsge_review.store.pg_access import DEFAULT_SYNC_SCHEMA
        from ocsge_review.production.sync import DEFAULT_TABLE, Production, ProductionTable, capture_base, sync, who_syncs
        spec = self.parameterAsString(parameters, self.PRODUCTION, context).strip()
        table = ProductionTable(
            table=self.parameterAsString(parameters, self.TABLE, context).strip() or DEFAULT_TABLE,
            schema=self.parameterAsString(parameters, self.SYNC_SCHEMA, context).strip() or DEFAULT_SYNC_SCHEMA)
        user = self.parameterAsString(parameters, self.USER, context)
        batch = self.parameterAsInt(parameters, self.BATCH_SIZE, context)
        results = dict.fromkeys(self.OUTCOMES, 0)

        def work(fb):
            with self.open_store(parameters, context) as store, Production.open(spec, table) as prod:
                if self.parameterAsBoolean(parameters, self.CAPTURE_BASE, context):
                    results["BASE_ROWS"] = capture_base(store, prod)
                    return None
                return sync(store, prod, who_syncs(store, user), batch_size=batch, feedback=fb)
        report = run_core(feedback, work)
        if report is None:
            feedback.pushInfo(tr("Version de base prise en production : {n} ligne(s).").format(n=results["BASE_ROWS"]))
            return results
        feedback.pushInfo(report.summary())
        results.update(APPLIED=len(report.applied), UNCHANGED=len(report.unchanged),
                       ALREADY_APPLIED=len(report.already_applied), CONFLICTS=len(report.conflicts),
                       WAITING=len(report.waiting))
        return results
