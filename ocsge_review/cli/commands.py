"""The headless jobs behind ``python -m ocsge_review``: argument parsing and exit codes."""
from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import List, Optional

from . import argparse_fr
from ..store import lifecycle as lc
from .. import messages
from ..errors import OcsgeError
from ..messages import tr
from ..store import DEFAULT_SCHEMA
from .campaigns import (cmd_campaign_create, cmd_campaign_second_opinion, cmd_campaign_status, cmd_opinion_answer,
                        cmd_opinion_list, cmd_opinion_next, cmd_opinion_settle, cmd_queue_decide, cmd_queue_next,
                        cmd_queue_validate, cmd_simulate)
from .model import cmd_confidence, cmd_demo, cmd_inspect, cmd_styles
from .options import model_arguments, production_arguments, store_argument, territory_arguments
from .production import (cmd_admin_grant, cmd_admin_init, cmd_admin_revoke, cmd_checkin, cmd_checkout,
                         cmd_export_training, cmd_sync)
from .statistics import cmd_accuracy, cmd_outbox_send, cmd_outbox_status, cmd_report, cmd_stats, indicator_arguments

EXIT_BAD_INPUT = 2


class _Parser(argparse_fr.ArgumentParser):
    def error(self, message):  # one line, as promised to scripts
        self.exit(EXIT_BAD_INPUT, tr("{prog}: erreur : {message}\n", prog=self.prog,
                                     message=argparse_fr.translated(message)))


class _RefusePassword(argparse.Action):
    """``--password VALUE``: refused without echoing the value (argparse would print it back)."""

    def __call__(self, parser, namespace, values, option_string=None):
        parser.error("pas de mot de passe en argument (il finirait dans l'historique du shell) : "
                     "--password-file FICHIER, ou l'invite.")


def _admin_parsers(sub) -> None:
    from ..store.pg_access import DEFAULT_DEPARTMENT_COLUMN, ROLES
    adm = sub.add_parser("admin", help="magasin PostgreSQL : schéma, rôles et droits par département",
                         description="À lancer par le propriétaire du schéma ou un superutilisateur. "
                                     "Aucun mot de passe en argument : service PostgreSQL, ~/.pgpass, "
                                     "invite ou --password-file.")
    adm_sub = _actions(adm, "admin_command")

    def common(parser):
        parser.add_argument("--store", required=True, metavar="CONNEXION",
                            help="base du magasin : service=…, host=… dbname=… user=…, postgresql://…")
        parser.add_argument("--schema", default=DEFAULT_SCHEMA, metavar="S")
        parser.add_argument("--password", nargs="?", action=_RefusePassword, help=argparse.SUPPRESS)

    ini = adm_sub.add_parser("init", help="créer ou mettre à jour le schéma, les rôles et les règles d'accès",
                             allow_abbrev=False)
    common(ini)
    ini.add_argument("--departments", required=True, metavar="CODES", help="par exemple 32,69")
    production_arguments(ini, required=False)
    ini.add_argument("--department-column", default=DEFAULT_DEPARTMENT_COLUMN, metavar="COLONNE",
                     help="colonne du département dans la table de production")
    ini.set_defaults(func=cmd_admin_init)
    for name, helptext, func in (("grant", "donner un rôle (crée le compte au besoin)", cmd_admin_grant),
                                 ("revoke", "retirer un rôle", cmd_admin_revoke)):
        # No abbreviations: « --password SECRET » is refused, not read as --password-file.
        g = adm_sub.add_parser(name, help=helptext, allow_abbrev=False)
        common(g)
        g.add_argument("--user", required=True, metavar="NOM")
        g.add_argument("--role", required=True, choices=ROLES)
        g.add_argument("--departments", required=(name == "grant"), default=None, metavar="CODES",
                       help="par exemple 32,69" + ("" if name == "grant" else " (défaut : tous)"))
        g.add_argument("--production", default=None, metavar="CONNEXION",
                       help="base de production, si elle est ailleurs que le magasin")
        if name == "grant":
            g.add_argument("--password-file", default=None, metavar="FICHIER",
                           help="mot de passe du compte (première ligne) ; sinon demandé à l'invite")
        g.set_defaults(func=func)


_CODED = {"decide": cmd_queue_decide, "answer": cmd_opinion_answer, "settle": cmd_opinion_settle}


def _actions(parser: argparse.ArgumentParser, dest: str, metavar: str = "ACTION"):
    """The required sub-commands of ``parser``, named in ``dest``."""
    actions = parser.add_subparsers(dest=dest, metavar=metavar, parser_class=_Parser)
    actions.required = True
    return actions


def _next_parser(sub, helptext: str, func) -> argparse.ArgumentParser:
    """A command that claims a user's next item: the store, --user and --json."""
    parser = sub.add_parser("next", help=helptext)
    store_argument(parser)
    parser.add_argument("--user", required=True)
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=func)
    return parser


def _coded_parser(sub, name: str, helptext: str) -> argparse.ArgumentParser:
    """A command that gives an item its codes: the store, --user, --item, --cs and --us."""
    parser = sub.add_parser(name, help=helptext)
    store_argument(parser)
    parser.add_argument("--user", required=True)
    parser.add_argument("--item", required=True, type=int, metavar="ID")
    parser.add_argument("--cs", required=True, metavar="CODE")
    parser.add_argument("--us", required=True, metavar="CODE")
    parser.set_defaults(func=_CODED[name])
    return parser


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="python -m ocsge_review",
                description="OCS GE Review : traitements sans interface (démo, confiance, styles).")
    p.add_argument("-v", "--verbose", action="store_true", help="journal détaillé")
    sub = _actions(p, "command", "COMMANDE")

    d = sub.add_parser("demo", help="générer un département synthétique",
                       description="Écrit DIR/model_output.gpkg (couche prediction), "
                                   "DIR/probabilities.tif, DIR/truth.gpkg et les orthophotographies "
                                   "synthétiques DIR/orthophoto_rvb.tif (couleurs naturelles) et "
                                   "DIR/orthophoto_irc.tif (infrarouge couleur).")
    d.add_argument("--out", required=True, metavar="DIR")
    d.add_argument("--polygons", type=int, default=20_000, metavar="N")
    d.add_argument("--seed", type=int, default=1, metavar="S")
    d.add_argument("--department", default="32", metavar="CODE")
    d.add_argument("--resolution", type=float, default=None, metavar="M",
                   help="taille du pixel du raster en mètres (défaut : ~40 pixels par polygone)")
    d.add_argument("--model", default="ocsge", choices=("ocsge", "flair-hub"),
                   help="bandes du raster : une par code CS (ocsge) ou les 19 classes COSIA de FLAIR-HUB "
                        "(flair-hub, à lire avec --classes flair-hub)")
    d.add_argument("--orthophoto-resolution", type=float, default=None, metavar="M",
                   help="taille du pixel des orthophotographies en mètres "
                        "(défaut : ~4 000 pixels par polygone médian)")
    d.add_argument("--no-orthophoto", action="store_true",
                   help="ne pas écrire les orthophotographies synthétiques")
    d.add_argument("--quiet", action="store_true")
    d.set_defaults(func=cmd_demo)

    c = sub.add_parser("confidence", help="confiance par polygone",
                       description="Lit une sortie du modèle (GeoPackage, Shapefile, FlatGeobuf ou "
                                   "PG:…) et, si fourni, un raster de probabilités (GeoTIFF, VRT ou "
                                   "dossier de tuiles), puis écrit la confiance par polygone.")
    model_arguments(c)
    c.add_argument("--bands", default=None, metavar="CODES",
                   help="classes des bandes, dans l'ordre, séparées par des virgules")
    c.add_argument("--map", action="append", metavar="RÔLE=CHAMP",
                   help="correspondance de champ (cs, us, id, conf_cs, conf_us, conf, "
                        "cs_top1, cs_p1, …, prob_cs:CS2.2.1) ; répétable")
    c.add_argument("--out", required=True, metavar="OUT.gpkg")
    c.add_argument("--json", action="store_true")
    c.add_argument("--quiet", action="store_true")
    c.set_defaults(func=cmd_confidence)

    i = sub.add_parser("inspect", help="champs d'une sortie du modèle et correspondance détectée")
    model_arguments(i, raster=False)
    i.set_defaults(func=cmd_inspect)

    camp = sub.add_parser("campaign", help="campagnes de revue")
    camp_sub = _actions(camp, "campaign_command")
    cc = camp_sub.add_parser("create", help="créer une campagne (confiance, tri, échantillon d'audit)")
    model_arguments(cc)
    cc.add_argument("--department", default=None, metavar="CODE",
                    help="département (défaut : celui du nom d'une livraison IGN)")
    territory_arguments(cc)
    store_argument(cc, campaign=False)
    cc.add_argument("--threshold", type=float, default=None, metavar="T",
                    help="confiance minimale (CS et US) pour l'acceptation automatique")
    cc.add_argument("--audit-size", type=int, default=None, metavar="N")
    cc.add_argument("--seed", type=int, default=None, metavar="S")
    cc.add_argument("--score", default=None, choices=("top1", "margin", "entropy"),
                    help="score d'incertitude qui ordonne la file")
    cc.add_argument("--area-boost", type=float, default=None, metavar="W",
                    help="poids de la surface dans la priorité")
    cc.add_argument("--artif-boost", type=float, default=None, metavar="W",
                    help="bonus de priorité quand l'hésitation change le statut d'artificialisation")
    cc.add_argument("--policy", default=None, metavar="POLICY.json",
                    help="politique de tri complète (seuils par classe, strates…), en JSON")
    cc.add_argument("--name", default=None)
    cc.add_argument("--preview", action="store_true", help="afficher le tri sans rien écrire")
    cc.add_argument("--quiet", action="store_true")
    production_arguments(cc, required=False)
    cc.set_defaults(func=cmd_campaign_create)
    cs_ = camp_sub.add_parser("status", help="avancement d'une campagne")
    store_argument(cs_)
    cs_.add_argument("--json", action="store_true")
    cs_.set_defaults(func=cmd_campaign_status)

    so = camp_sub.add_parser("second-opinion", help="tirer un échantillon d'éléments revus pour un second avis",
                             description="Tire au hasard (graine --seed) des éléments revus depuis le tirage "
                                         "précédent, assez pour l'erreur type visée sur le taux d'accord ; un autre "
                                         "photo-interprète ou un validateur les revoit à l'aveugle (second-opinion "
                                         "next / answer), un validateur tranche les désaccords "
                                         "(second-opinion settle). "
                                         "Voir docs/indicators.md.")
    store_argument(so)
    so.add_argument("--target-se", type=float, required=True, metavar="SE", help="erreur type visée, par exemple 0.02")
    so.add_argument("--seed", type=int, default=None, metavar="S")
    so.add_argument("--expected-agreement", type=float, default=None, metavar="P",
                    help="accord attendu entre deux avis (défaut : celui déjà mesuré, sinon 0.9)")
    so.add_argument("--user", default=None, help="qui tire (défaut : le compte PostgreSQL, ou celui du système)")
    so.add_argument("--json", action="store_true")
    so.set_defaults(func=cmd_campaign_second_opinion)

    op = sub.add_parser("second-opinion", help="seconds avis à l'aveugle et désaccords à trancher")
    op_sub = _actions(op, "opinion_command")
    _next_parser(op_sub, "réserver le prochain second avis (jamais sur ses propres décisions)", cmd_opinion_next)
    _coded_parser(op_sub, "answer", "donner son avis à l'aveugle sur l'élément réservé") \
        .add_argument("--comment", default=None)
    _coded_parser(op_sub, "settle", "trancher un désaccord (validateur) : la classe de référence")
    ol = op_sub.add_parser("list", help="les seconds avis de la campagne")
    store_argument(ol)
    ol.add_argument("--state", default=None, choices=lc.OPINION_STATES)
    ol.add_argument("--json", action="store_true")
    ol.set_defaults(func=cmd_opinion_list)

    queue = sub.add_parser("queue", help="file de revue d'un photo-interprète")
    queue_sub = _actions(queue, "queue_command")
    _next_parser(queue_sub, "réserver l'élément suivant", cmd_queue_next)
    qd = _coded_parser(queue_sub, "decide", "enregistrer une décision sur l'élément réservé")
    qd.add_argument("--flag", default=None, choices=lc.FLAG_KINDS)
    qd.add_argument("--comment", default=None)
    qv = queue_sub.add_parser("validate", help="approuver ou rejeter une décision (validateur)",
                              description="Un validateur approuve une décision ou la rejette avec un motif ; "
                                          "un élément rejeté revient d'abord à son photo-interprète, motif en "
                                          "tête. Personne ne valide sa propre décision.")
    store_argument(qv)
    qv.add_argument("--user", required=True)
    qv.add_argument("--item", required=True, type=int, metavar="ID")
    verdict = qv.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--approve", action="store_true")
    verdict.add_argument("--reject", default=None, metavar="MOTIF")
    qv.add_argument("--comment", default=None)
    qv.set_defaults(func=cmd_queue_validate)

    sim = sub.add_parser("simulate", help="photo-interprètes simulés (démos, tests, mesures)",
                         description="Des interprètes simulés réservent et décident, en parallèle, "
                                     "d'après la vérité terrain de la démo, jusqu'à ce que la file et "
                                     "l'échantillon de contrôle soient traités (ou N décisions).")
    store_argument(sim)
    sim.add_argument("--truth", required=True, metavar="truth.gpkg",
                     help="vérité terrain de la démo (codes CS/US justes), d'où les interprètes tirent leurs réponses")
    sim.add_argument("--users", type=int, default=4, metavar="K", help="interprètes simulés en parallèle (défaut : 4)")
    sim.add_argument("--error-rate", type=float, default=0.05, metavar="E",
                     help="part de codes (CS ou US) où un interprète se trompe, de 0 à 1 (défaut : 0,05)")
    sim.add_argument("--seed", type=int, default=1, metavar="S", help="graine des erreurs tirées (défaut : 1)")
    sim.add_argument("--limit", type=int, default=None, metavar="N",
                     help="s'arrêter après N décisions (défaut : file et contrôle traités)")
    sim.add_argument("--second-opinion-se", type=float, default=None, metavar="SE",
                     help="la file finie, tirer un échantillon de seconds avis pour cette erreur type et le jouer")
    sim.add_argument("--pause", type=float, default=0.0, metavar="S",
                     help="secondes d'attente d'un interprète entre deux éléments (défaut : 0) : sur un "
                          "GeoPackage, laisse les autres réserver à leur tour")
    sim.set_defaults(func=cmd_simulate)

    acc = sub.add_parser("accuracy", help="exactitude et surfaces estimées d'un échantillon de contrôle",
                         description="Estimateurs stratifiés de Stehman (2014) — ceux d'Olofsson et al. "
                                     "(2014) quand les strates sont les classes de la carte : exactitude "
                                     "globale, de l'utilisateur et du producteur, surfaces par classe, "
                                     "avec intervalles de confiance à 95 %.")
    acc.add_argument("--samples", required=True, metavar="samples.csv",
                     help="colonnes stratum,map_class,ref_class ; une ligne par unité d'échantillon")
    acc.add_argument("--strata", required=True, metavar="strata.csv", help="colonnes stratum,size")
    acc.add_argument("--fpc", action="store_true",
                     help="correction de population finie (tailles comptées en unités d'échantillon)")
    acc.add_argument("--json", action="store_true")
    acc.set_defaults(func=cmd_accuracy)

    sy = sub.add_parser("sync", help="appliquer les modifications validées à la base de production",
                        description="Applique les éléments validés à la table OCS GE de production, par lots "
                                    "(une transaction chacun) ; une ligne modifiée en production depuis l'entrée "
                                    "dans la campagne devient un conflit, jamais écrasée. Relançable sans risque.")
    store_argument(sy)
    production_arguments(sy, required=True)
    sy.add_argument("--batch-size", type=int, default=2000, metavar="N")
    sy.add_argument("--user", default=None, help="qui synchronise (défaut : le rôle de connexion PostgreSQL du "
                                                 "magasin, ou l'utilisateur du système pour un GeoPackage)")
    sy.add_argument("--json", action="store_true")
    sy.add_argument("--capture-base", action="store_true",
                    help="seulement prendre la version de production des éléments qui n'en ont pas encore "
                         "(campagne créée sans --production) ; rien n'est appliqué")
    sy.set_defaults(func=cmd_sync)

    co = sub.add_parser("checkout", help="emporter une zone de travail pour travailler hors ligne",
                        description="Réserve pour vous, pour quelques jours, les éléments en attente d'une zone "
                                    "du magasin partagé et les écrit dans un magasin GeoPackage autonome, à "
                                    "traiter sans réseau (panneau de revue ou `queue`), puis à rentrer avec "
                                    "`checkin`.")
    store_argument(co)
    co.add_argument("--user", required=True)
    co.add_argument("--out", required=True, metavar="LOT.gpkg")
    territory_arguments(co)
    co.add_argument("--limit", type=int, default=None, metavar="N", help="au plus N éléments (par priorité)")
    co.add_argument("--days", type=float, default=7.0, metavar="J", help="durée de la réservation (7 jours)")
    co.set_defaults(func=cmd_checkout)
    ci = sub.add_parser("checkin", help="rentrer le travail fait hors ligne",
                        description="Enregistre dans le magasin partagé les décisions, découpages et fusions du "
                                    "lot, aux mêmes règles qu'en ligne, et rend à la file ce qui n'a pas été "
                                    "traité. Relançable sans risque ; code de sortie 3 si des éléments ont été "
                                    "refusés (réservation perdue) : le fichier local les garde.")
    store_argument(ci)
    ci.add_argument("--local", required=True, metavar="LOT.gpkg")
    ci.add_argument("--user", required=True)
    ci.add_argument("--json", action="store_true")
    ci.set_defaults(func=cmd_checkin)

    st = sub.add_parser("stats", help="indicateurs d'une campagne (reprise, exactitude, production, coût)",
                        description="Calcule les indicateurs d'un département pour un mois (définitions : "
                                    "docs/indicators.md) ; --json imprime la charge utile livrée au pipeline "
                                    "(schéma ocsge_review/schemas/indicators-2.json ; --payload-version 1 : "
                                    "la version 1).")
    indicator_arguments(st)
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=cmd_stats)
    rp = sub.add_parser("report", help="rapport mensuel (HTML avec graphiques, tables CSV)",
                        description="Écrit DIR/rapport.html (graphiques intégrés) et les tables CSV, pour un ou "
                                    "plusieurs départements (--store répété), tout ou rien ; --send livre aussi "
                                    "les indicateurs au pipeline par la boîte d'envoi.")
    indicator_arguments(rp)
    rp.add_argument("--out", required=True, metavar="DIR")
    rp.add_argument("--send", default=None, metavar="URL", help="adresse du pipeline (POST JSON)")
    rp.add_argument("--outbox", default=None, metavar="FICHIER",
                    help="boîte d'envoi persistante (défaut : ocsge-outbox.sqlite à côté de DIR)")
    rp.add_argument("--timeout", type=float, default=10.0, metavar="S")
    rp.set_defaults(func=cmd_report)
    ob = sub.add_parser("outbox", help="boîte d'envoi des indicateurs vers le pipeline")
    ob_sub = _actions(ob, "outbox_command")
    obs = ob_sub.add_parser("send", help="livrer ce qui attend (POST, clé d'idempotence, reprises)")
    obs.add_argument("--outbox", required=True, metavar="FICHIER")
    obs.add_argument("--url", required=True, metavar="URL")
    obs.add_argument("--timeout", type=float, default=10.0, metavar="S")
    obs.add_argument("--retries", type=int, default=4, metavar="N")
    obs.set_defaults(func=cmd_outbox_send)
    obt = ob_sub.add_parser("status", help="ce qui attend d'être livré")
    obt.add_argument("--outbox", required=True, metavar="FICHIER")
    obt.add_argument("--json", action="store_true")
    obt.set_defaults(func=cmd_outbox_status)

    tr_ = sub.add_parser("export-training", help="corrections de la campagne pour entraîner le prochain modèle",
                         description="Écrit un GeoPackage neuf : couche « before » (polygones du modèle, version, "
                                     "confiance, codes CS/US) et couche « after » (polygones revus, codes finaux, "
                                     "action, date de décision), reliées par correction_id ; seulement les "
                                     "éléments validés (ou synchronisés) dont la classe ou la géométrie a changé. "
                                     "Voir docs/processing.md.")
    store_argument(tr_)
    tr_.add_argument("--out", required=True, metavar="OUT.gpkg")
    tr_.add_argument("--include-unvalidated", action="store_true",
                     help="ajouter les décisions pas encore validées (elles peuvent encore être rejetées)")
    tr_.add_argument("--quiet", action="store_true")
    tr_.set_defaults(func=cmd_export_training)

    _admin_parsers(sub)

    s = sub.add_parser("styles", help="écrire les styles QML générés depuis la nomenclature")
    s.add_argument("--out", required=True, metavar="DIR")
    s.set_defaults(func=cmd_styles)
    return p


def main(argv: Optional[List[str]] = None) -> int:
    messages.use_environment_language()
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        code = args.func(args)
        # Inside the try: a reader gone away is seen here, not in the interpreter's flush at exit.
        sys.stdout.flush()
        return code
    except OcsgeError as exc:
        print(tr("erreur : {exc}", exc=exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(tr("interrompu : rien n'a été écrit."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`… | head`): what was done is done; say nothing more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
