"""The headless jobs behind ``python -m ocsge_review``: argument parsing and exit codes."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from typing import Dict, List, Optional

from . import argparse_fr
from ..store import lifecycle as lc
from .. import messages, pgconn
from ..errors import OcsgeError
from ..messages import tr
from ..store import DEFAULT_SCHEMA

EXIT_BAD_INPUT = 2


class _Parser(argparse_fr.ArgumentParser):
    def error(self, message):  # one line, as promised to scripts
        self.exit(EXIT_BAD_INPUT, tr("{prog}: erreur : {message}\n", prog=self.prog,
                                     message=argparse_fr.translated(message)))


def _parse_map(items: Optional[List[str]]) -> Dict[str, str]:
    out: Dict[str, str] = {}
    for item in items or []:
        if "=" not in item:
            raise OcsgeError(tr("--map attend RÔLE=CHAMP (par exemple cs=CODE_CS), pas « {item} ».",
                                item=item))
        role, field = item.split("=", 1)
        out[role.strip()] = field.strip()
    return out


def _cmd_demo(args) -> int:
    from ..synthetic import demo
    from ..feedback import Feedback
    if os.path.exists(args.out) and not os.path.isdir(args.out):
        raise OcsgeError(tr("« {out} » existe et n'est pas un dossier.", out=args.out))
    if args.resolution is not None and args.resolution <= 0:
        raise OcsgeError(tr("--resolution doit être positive, pas {resolution}.",
                            resolution=args.resolution))
    if args.orthophoto_resolution is not None and args.orthophoto_resolution <= 0:
        raise OcsgeError(tr("--orthophoto-resolution doit être positive, pas {resolution}.",
                            resolution=args.orthophoto_resolution))
    fb = Feedback(_printer(args.quiet))
    data = demo.generate(args.polygons, args.seed, args.department, fb.sub(0, 30))
    last = 100 if args.no_orthophoto else 55
    outputs = demo.write(data, args.out, args.resolution, fb.sub(30, last), model=args.model)
    if not args.no_orthophoto:
        from ..synthetic.orthophoto import write_orthophotos
        outputs.update(write_orthophotos(data.geometry, data.truth_cs, data.epsg, args.out,
                                         args.orthophoto_resolution, args.seed, fb.sub(last, 100)))
    if not args.quiet:
        print("", file=sys.stderr)
    for line in demo.summary(data):
        print(line)
    for name, path in outputs.items():
        print(f"{name}: {path}")
    return 0


def _cmd_confidence(args) -> int:
    from ..model.confidence import run_confidence
    from ..feedback import Feedback
    from ..model.model_output import inspect
    mapping = None
    overrides = _parse_map(args.map)
    if overrides:
        mapping = inspect(args.model, args.layer).mapping.with_overrides(overrides)
    bands = [b.strip() for b in args.bands.split(",")] if args.bands else None
    report = run_confidence(args.model, args.out, layer=args.layer, raster=args.raster,
                            mapping=mapping, bands=bands, feedback=Feedback(_printer(args.quiet)),
                            classes=_class_table(args))
    if not args.quiet:
        print("", file=sys.stderr)
    if args.json:
        print(json.dumps({k: v for k, v in report.__dict__.items()}, ensure_ascii=False))
    else:
        print(report.summary())
    return 0


def _cmd_inspect(args) -> int:
    from ..model.model_output import inspect
    info = inspect(args.model, args.layer)
    print(json.dumps({"layer": info.layer, "count": info.count, "geometry_type": info.geometry_type,
                      "fields": info.fields, "mapping": info.mapping.to_dict()},
                     ensure_ascii=False, indent=2))
    return 0


def _cmd_styles(args) -> int:
    from ..ocsge.styles import write_styles
    for path in write_styles(args.out):
        print(path)
    return 0


def _cmd_campaign_create(args) -> int:
    from ..campaigns.campaign import create_campaign, plan_campaign
    from ..feedback import Feedback
    from ..campaigns.triage import load_policy
    # Options given on the command line win over the policy file.
    policy = load_policy(args.policy, {key: getattr(args, key) for key in (
        "threshold", "audit_size", "seed", "score", "area_boost", "artif_boost")})
    if not pgconn.is_pg_spec(args.store) and not args.preview:
        from ..outputs import check_gpkg_target
        if os.path.exists(args.store):
            raise OcsgeError(tr("Le magasin de revue « {store} » existe déjà : choisissez un autre fichier.",
                                store=args.store))
        check_gpkg_target(args.store, tr("Le magasin de revue"))   # before the long work, not after it
    territory = _territory(args)
    classes = _class_table(args)
    if args.production and not args.preview:
        _production_open(args).close()      # a wrong table or connection fails before the long work
    plan = plan_campaign(args.model, args.department, policy, layer=args.layer, raster=args.raster,
                         feedback=Feedback(_printer(args.quiet)), territory=territory, classes=classes)
    if not args.quiet:
        print("", file=sys.stderr)
    print(plan.report())
    if args.preview:
        return 0
    store = create_campaign(plan, args.store, name=args.name, schema=args.schema)
    with store:
        where = (tr("{store}, schéma « {schema} »",
                    store=pgconn.describe(args.store), schema=args.schema) if pgconn.is_pg_spec(args.store)
                 else args.store)
        print(tr("Campagne « {name} » écrite dans « {where} ».",
                 name=store.campaign().name, where=where))
        if args.production:
            _capture_production_base(store, args)
    return 0


def _production_table(args):
    """The production table the options name (sync's and admin init's), the defaults for the others."""
    from ..production.sync import ProductionTable
    return ProductionTable(**{k: v for k, v in (("table", args.production_table), ("schema", args.sync_schema),
                                                ("department_column", getattr(args, "department_column", None)))
                              if v})


def _production_open(args):
    from ..production.sync import Production
    return Production.open(args.production, _production_table(args))


def _capture_production_base(store, args) -> None:
    from ..production.sync import capture_base
    with _production_open(args) as prod:
        n = capture_base(store, prod)
    print(tr("Version de base prise en production : {n} ligne(s) de « {target} ».",
             n=n, target=prod.target))


def _cmd_sync(args) -> int:
    from ..production.sync import sync, who_syncs
    if args.capture_base:
        with _open_store(args) as store:
            _capture_production_base(store, args)
        return 0
    try:
        with _open_store(args) as store, _production_open(args) as prod:
            report = sync(store, prod, who_syncs(store, args.user), batch_size=args.batch_size)
    except KeyboardInterrupt:
        print(tr("interrompu : les lots terminés sont écrits, le lot en cours ne l'est pas ; relancez la "
                 "synchronisation pour finir."), file=sys.stderr)
        return 130
    print(json.dumps(report.to_dict(), ensure_ascii=False) if args.json else report.summary())
    return 0


def _cmd_checkout(args) -> int:
    from ..production.offline import checkout
    territory = _territory(args)
    source = pgconn.describe(args.store) if pgconn.is_pg_spec(args.store) else os.path.abspath(args.store)
    with _open_store(args) as shared:
        local = checkout(shared, args.user, args.out, territory, limit=args.limit, days=args.days, source=source)
        n = len(local.campaign().origin["items"])
        until = local.campaign().origin["until"].replace("T", " à ").replace("+00:00", " UTC")
        local.close()
    print(tr("{n} élément(s) emporté(s) dans « {out} », réservés pour {user} jusqu'au {until}.",
             n=n, out=args.out, user=args.user, until=until))
    return 0


def _cmd_checkin(args) -> int:
    from ..production.offline import checkin
    from ..store.gpkg import GpkgStore
    with GpkgStore.open(args.local) as local, _open_store(args) as shared:
        report = checkin(local, shared, args.user)
    if args.json:
        print(json.dumps({k: v for k, v in report.__dict__.items()}, ensure_ascii=False))
    else:
        print(report.summary())
    return 0 if not report.refused else 3


def _production_arguments(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--production", required=required, default=None, metavar="SPEC",
                        help="base de production PostgreSQL (service=…, host=… dbname=…, postgresql://…), "
                             "sans mot de passe")
    parser.add_argument("--production-table", default=None, metavar="[SCHÉMA.]TABLE",
                        help="table OCS GE de production (défaut : occupation_sol)")
    parser.add_argument("--sync-schema", default=None, metavar="SCHÉMA",
                        help="schéma des tables de synchronisation (défaut : ocsge_sync)")


def _cmd_campaign_status(args) -> int:
    from ..campaigns.campaign import territory_line
    from ..campaigns.triage import PARTS
    from ..store.base import current
    with _open_store(args, readonly=True) as store:
        counts, campaign = store.counts(), store.campaign()
    if args.json:
        by_state: Dict[str, int] = {}
        for states in counts.values():
            for state, v in states.items():
                by_state[state] = by_state.get(state, 0) + v["count"]
        print(json.dumps({"campaign": campaign.name, "department": campaign.department,
                          "model_version": campaign.model_version, "territory": campaign.territory,
                          "by_part": {p: {s: v["count"] for s, v in counts.get(p, {}).items()} for p in PARTS},
                          "by_state": by_state,
                          "area_km2": {p: sum(v["area_km2"] for v in current(counts, p).values()) for p in PARTS}},
                         ensure_ascii=False))
        return 0
    print(tr("{name} — département {department} ({department_name})", name=campaign.name,
             department=campaign.department, department_name=campaign.department_name))
    if campaign.territory:
        print(f"  {territory_line(campaign.territory)}")
    for part in PARTS:
        states = counts.get(part, {})
        total = sum(v["count"] for v in current(counts, part).values())
        detail = ", ".join(f"{s} {v['count']}" for s, v in sorted(states.items()))
        print(f"  {part:6s} {total:>9d}  ({detail or tr('vide')})")
    return 0


def _cmd_queue_next(args) -> int:
    with _open_store(args) as store:
        item = store.claim_next(args.user)
    if item is None:
        print(json.dumps(None) if args.json else tr("Plus rien à revoir : la file est vide."))
        return 0
    fields = {"id": item.id, "source_id": item.source_id, "part": item.part, "blind": item.blind,
              "area_m2": item.area_m2, "code_cs": item.code_cs, "code_us": item.code_us,
              "proposals_cs": item.proposals_cs, "proposals_us": item.proposals_us,
              "rejection": item.rejection, "lock_expires": item.lock_expires}
    if args.json:
        print(json.dumps(fields, ensure_ascii=False))
    else:
        shown = tr("revue à l'aveugle") if item.blind else tr("modèle : {code_cs} / {code_us}",
                                                          code_cs=item.code_cs, code_us=item.code_us)
        print(tr("Élément {id} ({part}, {area_m2:.0f} m², {shown})",
                 id=item.id, part=item.part, area_m2=item.area_m2, shown=shown))
        if item.rejection:
            print(tr("Rejeté par le validateur : {rejection}", rejection=item.rejection))
    return 0


def _cmd_queue_decide(args) -> int:
    from ..store import Decision
    with _open_store(args) as store:
        seq = store.decide(Decision(args.item, args.user, None, args.cs, args.us, flag=args.flag,
                                    comment=args.comment))
    print(tr("Décision enregistrée (journal n° {seq}).", seq=seq))
    return 0


def _cmd_queue_validate(args) -> int:
    with _open_store(args) as store:
        seq = store.validate(args.item, args.user, bool(args.approve), reason=args.reject, comment=args.comment)
    print(tr("Approuvé (journal n° {seq}).", seq=seq) if args.approve else
          tr("Rejeté (journal n° {seq}).", seq=seq))
    return 0


def _drawer(args, store) -> str:
    """Who draws a second-opinion sample: --user, else the PostgreSQL login, else the system's user name."""
    import getpass
    return args.user or getattr(store, "login", None) or getpass.getuser()


def _cmd_campaign_second_opinion(args) -> int:
    from ..campaigns.second_opinion import draw
    with _open_store(args) as store:
        done = draw(store, args.target_se, args.seed, _drawer(args, store), args.expected_agreement)
    if args.json:
        print(json.dumps(done.__dict__, ensure_ascii=False))
        return 0
    print(tr("Tirage n° {number} : {drawn} élément(s) de la file sur {frame} revu(s) depuis le tirage précédent, et "
             "les {audit} élément(s) de contrôle revus depuis, attendent un second avis à l'aveugle (erreur type "
             "attendue {se:.3f} pour un accord de {expected:.0%}).", number=done.number, drawn=done.drawn,
             frame=done.frame, audit=done.audit, se=done.expected_se, expected=done.expected))
    return 0


def _cmd_opinion_next(args) -> int:
    with _open_store(args) as store:
        item = store.claim_opinion(args.user)
    if item is None:
        print(json.dumps(None) if args.json else tr("Aucun second avis à donner pour vous."))
        return 0
    if args.json:
        print(json.dumps({"id": item.id, "source_id": item.source_id, "area_m2": item.area_m2,
                          "lock_expires": item.lock_expires}, ensure_ascii=False))
    else:
        print(tr("Second avis à l'aveugle sur l'élément {id} ({area_m2:.0f} m²)", id=item.id, area_m2=item.area_m2))
    return 0


def _cmd_opinion_answer(args) -> int:
    with _open_store(args) as store:
        state = store.answer_opinion(args.item, args.user, args.cs, args.us, comment=args.comment)
    print(tr("Second avis enregistré : {state}.", state=lc.state_words(state)))
    return 0


def _cmd_opinion_settle(args) -> int:
    with _open_store(args) as store:
        store.settle_opinion(args.item, args.user, args.cs, args.us)
    print(tr("Désaccord tranché : {cs} / {us} est la référence de l'élément {item}.",
             cs=args.cs, us=args.us, item=args.item))
    return 0


def _cmd_opinion_list(args) -> int:
    with _open_store(args) as store:
        rows = store.opinions(args.state)
    if args.json:
        print(json.dumps([o.__dict__ for o in rows], ensure_ascii=False))
        return 0
    for o in rows:
        second = f"{o.code_cs} / {o.code_us}" if o.answered_by else "—"
        first = f"{o.first_cs} / {o.first_us}" if o.answered_by else "—"
        print(tr("  élément {item} (tirage {draw}) : {state} ; décision {first} ({first_by}), second avis {second}",
                 item=o.item_id, draw=o.draw, state=lc.state_words(o.state), first=first,
                 first_by=o.first_by or "—", second=second))
    return 0


def _cmd_simulate(args) -> int:
    from ..synthetic.simulate import simulate
    if args.pause < 0:
        raise OcsgeError(tr("--pause doit être positive ou nulle, pas {pause:g}.", pause=args.pause))
    report = simulate(args.store, args.truth, users=args.users, error_rate=args.error_rate,
                      seed=args.seed, limit=args.limit, schema=args.schema, campaign=args.campaign,
                      pause=args.pause, second_opinion_se=args.second_opinion_se)
    print(report.summary())
    return 0


def _cmd_accuracy(args) -> int:
    from ..statistics.accuracy import estimate_from_csv
    result = estimate_from_csv(args.samples, args.strata, fpc=args.fpc)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    o = result["overall"]
    print(tr("Exactitude globale : {estimate:.3f} ± {se:.3f} "
             "(IC 95 % {low:.3f}–{high:.3f}), {n} unités d'échantillon",
             estimate=o['estimate'], se=o['se'] * 1.96, low=o['ci95'][0], high=o['ci95'][1], n=result['n']))
    for c in result["classes"]:
        u, pr, a = result["users"][c], result["producers"][c], result["area"][c]
        fmt = lambda r: "—" if r["estimate"] is None else f"{r['estimate']:.3f} ± {r['se'] * 1.96:.3f}"  # noqa: E731
        print(tr("  {c}: utilisateur {users}, producteur {producers}, surface {proportion:.3f} "
                 "({estimate:.6g} ± {se:.6g})", c=c, users=fmt(u), producers=fmt(pr),
                 proportion=a['proportion'], estimate=a['estimate'], se=a['se_estimate'] * 1.96))
    return 0


def _production(args):
    """Where admin init installs the production table's policies, or None (the same options as sync's)."""
    if not args.production:
        if args.production_table:
            raise OcsgeError(tr("--production-table demande --production (la base de production)."))
        return None
    return _production_table(args)


def _cmd_admin_init(args) -> int:
    from ..production import admin
    from ..store.pg_access import parse_departments
    departments = parse_departments(args.departments)
    production = _production(args)
    admin.init(args.store, departments, schema=args.schema, production=args.production, table=production)
    print(tr("Schéma « {schema} » prêt : départements {departments}, rôles "
             "{schema}_interpreter, {schema}_validator, {schema}_admin.",
             schema=args.schema, departments=', '.join(departments)))
    if production is not None:
        print(tr("Table de production « {table} » protégée par la colonne "
                 "« {department_column} ».",
                 table=production.table, department_column=production.department_column))
    return 0


def _cmd_admin_grant(args) -> int:
    from ..production import admin
    from ..store.pg_access import parse_departments, role_words
    departments = parse_departments(args.departments)
    password = None
    if args.password_file or not admin.login_exists(args.store, args.user):
        password = admin.read_password(args.password_file, args.user)
    result = admin.grant(args.store, args.user, args.role, departments, password, schema=args.schema,
                         production=args.production)
    if result.created:
        print(tr("Compte PostgreSQL « {user} » créé.", user=result.user))
    elif result.password_changed:
        print(tr("Mot de passe de « {user} » changé.", user=result.user))
    print(tr("« {user} » est {role} pour : {departments}.",
             user=result.user, role=role_words(result.role), departments=', '.join(result.departments)))
    return 0


def _cmd_admin_revoke(args) -> int:
    from ..production import admin
    from ..store.pg_access import parse_departments, role_words
    departments = parse_departments(args.departments) if args.departments else None
    removed = admin.revoke(args.store, args.user, args.role, departments, schema=args.schema,
                           production=args.production)
    where = ", ".join(departments) if departments else tr("tous les départements")
    print(tr("« {user} » n'est plus {role} ({where}) : {removed} droit(s) retiré(s).",
             user=args.user, role=role_words(args.role), where=where, removed=removed))
    return 0


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
    _production_arguments(ini, required=False)
    ini.add_argument("--department-column", default=DEFAULT_DEPARTMENT_COLUMN, metavar="COLONNE",
                     help="colonne du département dans la table de production")
    ini.set_defaults(func=_cmd_admin_init)
    for name, helptext, func in (("grant", "donner un rôle (crée le compte au besoin)", _cmd_admin_grant),
                                 ("revoke", "retirer un rôle", _cmd_admin_revoke)):
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


def _printer(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None
    return lambda p: print(f"\r{p:5.1f} %", end="", file=sys.stderr, flush=True)


def _store_argument(parser: argparse.ArgumentParser, campaign: bool = True, many: bool = False) -> None:
    """--store (a GeoPackage or a PostgreSQL connection), --schema and, where a store is
    opened, --campaign; with ``many``, --store and --campaign may be repeated (one per département)."""
    again = " ; répétable (un par département)" if many else ""
    parser.add_argument("--store", required=True, metavar="REVIEW.gpkg|service=…",
                        action="append" if many else "store",
                        help="magasin de revue : fichier GeoPackage, ou connexion PostgreSQL sans mot de passe "
                             "(« service=ocsge », « host=… dbname=… user=… », « postgresql://… »)" + again)
    parser.add_argument("--schema", default=DEFAULT_SCHEMA,
                        help=f"PostgreSQL : schéma du magasin de revue (défaut : {DEFAULT_SCHEMA})")
    if campaign:
        parser.add_argument("--campaign", default=None, metavar="NOM|UID", action="append" if many else "store",
                            help="PostgreSQL : la campagne, si le schéma en contient plusieurs"
                                 + (" ; répétable, dans l'ordre des --store" if many else ""))


def _territory_arguments(parser: argparse.ArgumentParser) -> None:
    """--extent or --territory (with --territory-layer, --territory-where): the area a command keeps."""
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--extent", default=None, metavar="XMIN,YMIN,XMAX,YMAX",
                       help="ne garder que les polygones dont un point intérieur tombe dans cette "
                            "emprise (dans le système de coordonnées du département)")
    where.add_argument("--territory", default=None, metavar="FICHIER",
                       help="ne garder que les polygones dont un point intérieur tombe dans les "
                            "polygones de ce fichier (communes…), reprojetés au besoin")
    parser.add_argument("--territory-layer", default=None, metavar="COUCHE",
                        help="couche du fichier de territoire, s'il en a plusieurs")
    parser.add_argument("--territory-where", default=None, metavar="SQL",
                        help="filtre OGR SQL sur le territoire, par ex. \"insee_com IN ('32013','32107')\"")


def _territory(args):
    """The Territory of _territory_arguments' options (None: everything); a layer or filter without
    its --territory file is refused."""
    from ..campaigns.territory import Territory
    if args.extent:
        return Territory.parse_extent(args.extent)
    if args.territory:
        return Territory(path=args.territory, layer=args.territory_layer, where=args.territory_where)
    if args.territory_layer or args.territory_where:
        raise OcsgeError(tr("--territory-layer et --territory-where demandent --territory FICHIER."))
    return None


def _open_store(args, readonly: bool = False):
    """The review store that --store, --schema and --campaign name (``readonly``: open_store's)."""
    from ..store import open_store
    return open_store(args.store, schema=args.schema, campaign=args.campaign, readonly=readonly)


def _campaign_tables(args, breakdowns: bool) -> list:
    """The statistics' tables of every --store (with its --campaign, in order); with the columns of
    the breakdowns by interpreter and validator if ``breakdowns`` (the report draws them, the payload
    needs none)."""
    from ..statistics import stats
    from ..store import open_store
    campaigns = args.campaign or []
    if campaigns and len(campaigns) not in (1, len(args.store)):
        raise OcsgeError(tr("{campaigns} --campaign pour {stores} --store : donnez-en un par magasin, "
                            "dans le même ordre.", campaigns=len(campaigns), stores=len(args.store)))
    out = []
    for k, spec in enumerate(args.store):
        name = campaigns[k if len(campaigns) > 1 else 0] if campaigns else None
        with open_store(spec, schema=args.schema, campaign=name, readonly=True) as store:
            out.append(stats.load(store, breakdowns=breakdowns))
    return out


def _costs(items: Optional[List[str]], what: str) -> Dict[str, float]:
    """« 1000 » (every département) or « 32=1000 » (repeatable) → {département or "*": value}."""
    out: Dict[str, float] = {}
    for item in items or []:
        dep, _, value = item.rpartition("=")
        try:
            amount = float(value.replace(",", "."))
        except ValueError:
            raise OcsgeError(tr("{what} : « {item} » n'est pas un montant (par exemple 1000 ou 32=1000).",
                                what=what, item=item)) from None
        if amount < 0:
            raise OcsgeError(tr("{what} : le montant doit être positif ou nul (reçu « {item} »).",
                                what=what, item=item))
        out[dep.strip() or "*"] = amount
    return out


def _indicator_arguments(parser: argparse.ArgumentParser) -> None:
    """What stats and report take: the stores (one per département), the month, plan and costs, and
    the indicators table."""
    _store_argument(parser, many=True)
    parser.add_argument("--period", default=None, metavar="AAAA-MM", help="le mois (défaut : le mois en cours)")
    parser.add_argument("--plan", default=None, metavar="plan.csv",
                        help="plan de production : date,planned_km2 (km² prévus ce jour-là), colonne department "
                             "facultative")
    parser.add_argument("--hourly-cost", type=float, default=0.0, metavar="€",
                        help="coût d'une heure de travail active (défaut : 0)")
    parser.add_argument("--fixed-cost", action="append", default=None, metavar="[DÉP=]€",
                        help="coûts fixes par département (« 1000 » pour tous, ou « 32=1000 », répétable)")
    parser.add_argument("--indicators-table", default=None, metavar="[SCHÉMA.]TABLE",
                        help="écrit aussi les indicateurs dans cette table de la base de production (--production ; "
                             "créée si elle manque, une ligne par département et mois)")
    parser.add_argument("--production", default=None, metavar="SPEC",
                        help="base de production PostgreSQL de --indicators-table, sans mot de passe")
    parser.add_argument("--payload-version", type=int, default=None, choices=(1, 2), metavar="V",
                        help="version du schéma des indicateurs livrés (défaut : 2 ; 1 pour un pipeline qui "
                             "lit encore la version 1, sans le bloc « product »)")


def _check_indicators_table(args) -> None:
    """Refuse a half-given --indicators-table before any work is done."""
    if args.production and not args.indicators_table:
        raise OcsgeError(tr("--production ne sert ici qu'avec --indicators-table."))
    if args.indicators_table and not args.production:
        raise OcsgeError(tr("--indicators-table demande --production (la base de production)."))
    if args.indicators_table:
        from ..statistics.indicators_table import qualified
        qualified(args.indicators_table)


def _write_indicators_table(args, bodies) -> None:
    if not args.indicators_table:
        return
    from ..statistics.indicators_table import write_indicators
    written, unchanged = write_indicators(args.production, bodies, args.indicators_table)
    print(tr("Table d'indicateurs « {table} » : {written} ligne(s) écrite(s), {unchanged} inchangée(s).",
             table=args.indicators_table, written=written, unchanged=unchanged),
          file=sys.stderr if getattr(args, "json", False) else sys.stdout)


def _indicator_campaigns(args, breakdowns: bool):
    """(period, [(campaign tables, the indicator options for its département)]) of stats and report:
    --indicators-table checked before any work, every --store loaded (``breakdowns``: _campaign_tables)."""
    from ..statistics import stats
    _check_indicators_table(args)
    tables = _campaign_tables(args, breakdowns)
    if args.hourly_cost < 0:
        raise OcsgeError(tr("--hourly-cost doit être positif ou nul, pas {hourly_cost:g}.",
                            hourly_cost=args.hourly_cost))
    inputs = stats.indicator_inputs(args.period, args.plan, args.hourly_cost, _costs(args.fixed_cost, "--fixed-cost"))
    return inputs.period, [(t, inputs.options(t.department)) for t in tables]


def _payload_version(args) -> int:
    from ..statistics.indicators import SCHEMA_VERSION
    return args.payload_version or SCHEMA_VERSION


def _interval_text(r: Optional[dict]) -> str:
    """« 84,4 % (IC 95 % 53,8 % – 115,0 %) », or — when there is no estimate."""
    from .. import numbers as num
    if r is None or r["estimate"] is None:
        return "—"
    return tr("{estimate} (IC 95 % {low} – {high})", estimate=num.share(r["estimate"]),
              low=num.share(r["ci95"][0]), high=num.share(r["ci95"][1]))


def _product_lines(product: dict) -> List[str]:
    """The stats lines of a payload's « product » block: agreement, then the delivered accuracy."""
    from .. import numbers as num
    g = product["agreement"]
    lines = [tr("  seconds avis : {answered} donnés sur {drawn} tirés, {disputed} désaccord(s) à trancher ; "
                "accord entre photo-interprètes {rate}",
                answered=num.count(g["answered"]), drawn=num.count(g["drawn"]), disputed=num.count(g["disputed"]),
                rate=_interval_text(g["both"])),
             tr("  dont dans le mois : {answered} avis, accord {rate}", answered=num.count(g["period"]["answered"]),
                rate=_interval_text(g["period"]["both"]))]
    for dim in ("cs", "us"):
        d = product[dim]
        if not d["available"]:
            lines.append(tr("  produit livré {dim} : {reason}", dim=dim.upper(), reason=d["reason"]))
            continue
        lines.append(tr("  produit livré {dim} : {count} des polygones, {area} de la surface ; couverture {coverage}",
                        dim=dim.upper(), count=_interval_text(d["count"]["overall"]),
                        area=_interval_text(d["area"]["overall"]), coverage=num.share(d["coverage"])))
    return lines


def _cmd_stats(args) -> int:
    from .. import numbers as num
    from ..statistics.indicators import payload, validate
    period, campaigns = _indicator_campaigns(args, breakdowns=False)
    bodies = [payload(t, period, **options, version=_payload_version(args)) for t, options in campaigns]
    for body in bodies:
        validate(body)
    _write_indicators_table(args, bodies)
    if args.json:
        print(json.dumps(bodies[0] if len(bodies) == 1 else bodies, ensure_ascii=False))
        return 0
    for b in bodies:
        r, a = b["rework"], b["accuracy"]
        print(tr("Département {department} ({department_name}), {month}, modèle {model_version}",
                 department=b['department'], department_name=b['department_name'], month=period.month,
                 model_version=b['model_version']))
        print(tr("  polygones revus dans le mois : {count}, "
                 "reprise {items_rate} des polygones, {area_rate} de la surface",
                 count=num.count(r['count']['reviewed']), items_rate=num.share(r['count']['rate']),
                 area_rate=num.share(r['area']['rate'])))
        for dim in ("cs", "us"):
            o = a[dim].get("overall")
            print(tr("  exactitude {dim} : ", dim=dim.upper()) + (
                tr("{estimate} (IC 95 % {low} – {high})",
                   estimate=num.share(o['estimate']), low=num.share(o['ci95'][0]), high=num.share(o['ci95'][1]))
                if o else a[dim]["reason"]))
        for line in _product_lines(b["product"]) if "product" in b else []:
            print(line)
        p, c = b["production"], b["cost"]
        print(tr("  validé dans le mois : {validated_km2_period} (prévu {planned_km2_period})"
                 ", fin prévue : {forecast}",
                 validated_km2_period=num.km2(p['validated_km2_period']),
                 planned_km2_period=num.km2(p['planned_km2_period']), forecast=p['forecast_completion'] or '—'))
        print(tr("  coût par km² : {cost} ; automatisation {rate}",
                 cost='—' if c['per_km2'] is None else num.fr(c['per_km2']) + ' €',
                 rate=num.share(b['automation']['rate'])))
    return 0


def _cmd_report(args) -> int:
    from ..statistics.report import details, write_report
    period, campaigns = _indicator_campaigns(args, breakdowns=True)
    all_details = [details(t, period, **options, version=_payload_version(args)) for t, options in campaigns]
    page = write_report(all_details, period, args.out)
    print(tr("Rapport écrit : {page}", page=page))
    _write_indicators_table(args, [d["payload"] for d in all_details])
    if args.send:
        from ..statistics.outbox import Outbox
        path = args.outbox or os.path.join(os.path.dirname(os.path.abspath(args.out)), "ocsge-outbox.sqlite")
        with Outbox(path) as box:
            for d in all_details:
                box.put(d["payload"])
            report = box.send(args.send, timeout=args.timeout)
        print(report.summary())
        return 0 if not report.waiting else 4
    return 0


def _cmd_export_training(args) -> int:
    from ..feedback import Feedback
    from ..production.training import check_target, export_training
    check_target(args.out)      # before the store is opened: a wrong target costs nothing
    with _open_store(args, readonly=True) as store:
        report = export_training(store, args.out, include_unvalidated=args.include_unvalidated,
                                 feedback=Feedback(_printer(args.quiet)))
    if not args.quiet and sys.stderr.isatty():
        print("", file=sys.stderr)
    print(report.summary())
    return 0


def _cmd_outbox_send(args) -> int:
    from ..statistics.outbox import Outbox
    with Outbox(args.outbox) as box:
        report = box.send(args.url, timeout=args.timeout, retries=args.retries)
    print(report.summary())
    return 0 if not report.waiting else 4


def _cmd_outbox_status(args) -> int:
    from ..statistics.outbox import Outbox
    if not os.path.exists(args.outbox):
        raise OcsgeError(tr("Boîte d'envoi introuvable : « {outbox} ».", outbox=args.outbox))
    with Outbox(args.outbox) as box:
        waiting = box.pending()
    if args.json:
        print(json.dumps(waiting, ensure_ascii=False))
    elif not waiting:
        print(tr("Boîte d'envoi vide : tout a été livré."))
    else:
        for w in waiting:
            print(tr("{department} {period} : {attempts} tentative(s), "
                     "dernière erreur : {last_error} ({key})", department=w['department'], period=w['period'],
                     attempts=w['attempts'], last_error=w['last_error'] or '—', key=w['key']))
    return 0


def _model_arguments(parser: argparse.ArgumentParser, raster: bool = True) -> None:
    """The model output to read and, unless ``raster`` is False, its optional probability raster."""
    parser.add_argument("--model", required=True, metavar="SOURCE",
                        help="GeoPackage, Shapefile, FlatGeobuf ou PG:… (sortie du modèle)")
    parser.add_argument("--layer", default=None, help="couche, si la source en a plusieurs")
    if raster:
        parser.add_argument("--raster", default=None, metavar="RASTER",
                            help="raster de probabilités : GeoTIFF, VRT ou dossier de tuiles")
        parser.add_argument("--classes", default=None, metavar="flair-hub|flair-1|TABLE.csv",
                            help="table des classes du modèle vers la couverture OCS GE "
                                 "(CSV band,model_class,code_cs)")


def _class_table(args):
    """The class table --classes names (read and checked before any work), or None."""
    if args.classes is None:
        return None
    from ..model.class_tables import load
    if args.raster is None:
        raise OcsgeError(tr("--classes s'applique au raster de probabilités : indiquez aussi --raster."))
    return load(args.classes)


_CODED = {"decide": _cmd_queue_decide, "answer": _cmd_opinion_answer, "settle": _cmd_opinion_settle}


def _actions(parser: argparse.ArgumentParser, dest: str, metavar: str = "ACTION"):
    """The required sub-commands of ``parser``, named in ``dest``."""
    actions = parser.add_subparsers(dest=dest, metavar=metavar, parser_class=_Parser)
    actions.required = True
    return actions


def _next_parser(sub, helptext: str, func) -> argparse.ArgumentParser:
    """A command that claims a user's next item: the store, --user and --json."""
    parser = sub.add_parser("next", help=helptext)
    _store_argument(parser)
    parser.add_argument("--user", required=True)
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=func)
    return parser


def _coded_parser(sub, name: str, helptext: str) -> argparse.ArgumentParser:
    """A command that gives an item its codes: the store, --user, --item, --cs and --us."""
    parser = sub.add_parser(name, help=helptext)
    _store_argument(parser)
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
    d.set_defaults(func=_cmd_demo)

    c = sub.add_parser("confidence", help="confiance par polygone",
                       description="Lit une sortie du modèle (GeoPackage, Shapefile, FlatGeobuf ou "
                                   "PG:…) et, si fourni, un raster de probabilités (GeoTIFF, VRT ou "
                                   "dossier de tuiles), puis écrit la confiance par polygone.")
    _model_arguments(c)
    c.add_argument("--bands", default=None, metavar="CODES",
                   help="classes des bandes, dans l'ordre, séparées par des virgules")
    c.add_argument("--map", action="append", metavar="RÔLE=CHAMP",
                   help="correspondance de champ (cs, us, id, conf_cs, conf_us, conf, "
                        "cs_top1, cs_p1, …, prob_cs:CS2.2.1) ; répétable")
    c.add_argument("--out", required=True, metavar="OUT.gpkg")
    c.add_argument("--json", action="store_true")
    c.add_argument("--quiet", action="store_true")
    c.set_defaults(func=_cmd_confidence)

    i = sub.add_parser("inspect", help="champs d'une sortie du modèle et correspondance détectée")
    _model_arguments(i, raster=False)
    i.set_defaults(func=_cmd_inspect)

    camp = sub.add_parser("campaign", help="campagnes de revue")
    camp_sub = _actions(camp, "campaign_command")
    cc = camp_sub.add_parser("create", help="créer une campagne (confiance, tri, échantillon d'audit)")
    _model_arguments(cc)
    cc.add_argument("--department", default=None, metavar="CODE",
                    help="département (défaut : celui du nom d'une livraison IGN)")
    _territory_arguments(cc)
    _store_argument(cc, campaign=False)
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
    _production_arguments(cc, required=False)
    cc.set_defaults(func=_cmd_campaign_create)
    cs_ = camp_sub.add_parser("status", help="avancement d'une campagne")
    _store_argument(cs_)
    cs_.add_argument("--json", action="store_true")
    cs_.set_defaults(func=_cmd_campaign_status)

    so = camp_sub.add_parser("second-opinion", help="tirer un échantillon d'éléments revus pour un second avis",
                             description="Tire au hasard (graine --seed) des éléments revus depuis le tirage "
                                         "précédent, assez pour l'erreur type visée sur le taux d'accord ; un autre "
                                         "photo-interprète ou un validateur les revoit à l'aveugle (second-opinion "
                                         "next / answer), un validateur tranche les désaccords "
                                         "(second-opinion settle). "
                                         "Voir docs/indicators.md.")
    _store_argument(so)
    so.add_argument("--target-se", type=float, required=True, metavar="SE", help="erreur type visée, par exemple 0.02")
    so.add_argument("--seed", type=int, default=None, metavar="S")
    so.add_argument("--expected-agreement", type=float, default=None, metavar="P",
                    help="accord attendu entre deux avis (défaut : celui déjà mesuré, sinon 0.9)")
    so.add_argument("--user", default=None, help="qui tire (défaut : le compte PostgreSQL, ou celui du système)")
    so.add_argument("--json", action="store_true")
    so.set_defaults(func=_cmd_campaign_second_opinion)

    op = sub.add_parser("second-opinion", help="seconds avis à l'aveugle et désaccords à trancher")
    op_sub = _actions(op, "opinion_command")
    _next_parser(op_sub, "réserver le prochain second avis (jamais sur ses propres décisions)", _cmd_opinion_next)
    _coded_parser(op_sub, "answer", "donner son avis à l'aveugle sur l'élément réservé") \
        .add_argument("--comment", default=None)
    _coded_parser(op_sub, "settle", "trancher un désaccord (validateur) : la classe de référence")
    ol = op_sub.add_parser("list", help="les seconds avis de la campagne")
    _store_argument(ol)
    ol.add_argument("--state", default=None, choices=lc.OPINION_STATES)
    ol.add_argument("--json", action="store_true")
    ol.set_defaults(func=_cmd_opinion_list)

    queue = sub.add_parser("queue", help="file de revue d'un photo-interprète")
    queue_sub = _actions(queue, "queue_command")
    _next_parser(queue_sub, "réserver l'élément suivant", _cmd_queue_next)
    qd = _coded_parser(queue_sub, "decide", "enregistrer une décision sur l'élément réservé")
    qd.add_argument("--flag", default=None, choices=lc.FLAG_KINDS)
    qd.add_argument("--comment", default=None)
    qv = queue_sub.add_parser("validate", help="approuver ou rejeter une décision (validateur)",
                              description="Un validateur approuve une décision ou la rejette avec un motif ; "
                                          "un élément rejeté revient d'abord à son photo-interprète, motif en "
                                          "tête. Personne ne valide sa propre décision.")
    _store_argument(qv)
    qv.add_argument("--user", required=True)
    qv.add_argument("--item", required=True, type=int, metavar="ID")
    verdict = qv.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--approve", action="store_true")
    verdict.add_argument("--reject", default=None, metavar="MOTIF")
    qv.add_argument("--comment", default=None)
    qv.set_defaults(func=_cmd_queue_validate)

    sim = sub.add_parser("simulate", help="photo-interprètes simulés (démos, tests, mesures)",
                         description="Des interprètes simulés réservent et décident, en parallèle, "
                                     "d'après la vérité terrain de la démo, jusqu'à ce que la file et "
                                     "l'échantillon de contrôle soient traités (ou N décisions).")
    _store_argument(sim)
    sim.add_argument("--truth", required=True, metavar="truth.gpkg")
    sim.add_argument("--users", type=int, default=4, metavar="K")
    sim.add_argument("--error-rate", type=float, default=0.05, metavar="E")
    sim.add_argument("--seed", type=int, default=1, metavar="S")
    sim.add_argument("--limit", type=int, default=None, metavar="N")
    sim.add_argument("--second-opinion-se", type=float, default=None, metavar="SE",
                     help="la file finie, tirer un échantillon de seconds avis pour cette erreur type et le jouer")
    sim.add_argument("--pause", type=float, default=0.0, metavar="S",
                     help="secondes d'attente d'un interprète entre deux éléments (défaut : 0) : sur un "
                          "GeoPackage, laisse les autres réserver à leur tour")
    sim.set_defaults(func=_cmd_simulate)

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
    acc.set_defaults(func=_cmd_accuracy)

    sy = sub.add_parser("sync", help="appliquer les modifications validées à la base de production",
                        description="Applique les éléments validés à la table OCS GE de production, par lots "
                                    "(une transaction chacun) ; une ligne modifiée en production depuis l'entrée "
                                    "dans la campagne devient un conflit, jamais écrasée. Relançable sans risque.")
    _store_argument(sy)
    _production_arguments(sy, required=True)
    sy.add_argument("--batch-size", type=int, default=2000, metavar="N")
    sy.add_argument("--user", default=None, help="qui synchronise (défaut : le rôle de connexion PostgreSQL du "
                                                 "magasin, ou l'utilisateur du système pour un GeoPackage)")
    sy.add_argument("--json", action="store_true")
    sy.add_argument("--capture-base", action="store_true",
                    help="seulement prendre la version de production des éléments qui n'en ont pas encore "
                         "(campagne créée sans --production) ; rien n'est appliqué")
    sy.set_defaults(func=_cmd_sync)

    co = sub.add_parser("checkout", help="emporter une zone de travail pour travailler hors ligne",
                        description="Réserve pour vous, pour quelques jours, les éléments en attente d'une zone "
                                    "du magasin partagé et les écrit dans un magasin GeoPackage autonome, à "
                                    "traiter sans réseau (panneau de revue ou `queue`), puis à rentrer avec "
                                    "`checkin`.")
    _store_argument(co)
    co.add_argument("--user", required=True)
    co.add_argument("--out", required=True, metavar="LOT.gpkg")
    _territory_arguments(co)
    co.add_argument("--limit", type=int, default=None, metavar="N", help="au plus N éléments (par priorité)")
    co.add_argument("--days", type=float, default=7.0, metavar="J", help="durée de la réservation (7 jours)")
    co.set_defaults(func=_cmd_checkout)
    ci = sub.add_parser("checkin", help="rentrer le travail fait hors ligne",
                        description="Enregistre dans le magasin partagé les décisions, découpages et fusions du "
                                    "lot, aux mêmes règles qu'en ligne, et rend à la file ce qui n'a pas été "
                                    "traité. Relançable sans risque ; code de sortie 3 si des éléments ont été "
                                    "refusés (réservation perdue) : le fichier local les garde.")
    _store_argument(ci)
    ci.add_argument("--local", required=True, metavar="LOT.gpkg")
    ci.add_argument("--user", required=True)
    ci.add_argument("--json", action="store_true")
    ci.set_defaults(func=_cmd_checkin)

    st = sub.add_parser("stats", help="indicateurs d'une campagne (reprise, exactitude, production, coût)",
                        description="Calcule les indicateurs d'un département pour un mois (définitions : "
                                    "docs/indicators.md) ; --json imprime la charge utile livrée au pipeline "
                                    "(schéma ocsge_review/schemas/indicators-2.json ; --payload-version 1 : "
                                    "la version 1).")
    _indicator_arguments(st)
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=_cmd_stats)
    rp = sub.add_parser("report", help="rapport mensuel (HTML avec graphiques, tables CSV)",
                        description="Écrit DIR/rapport.html (graphiques intégrés) et les tables CSV, pour un ou "
                                    "plusieurs départements (--store répété), tout ou rien ; --send livre aussi "
                                    "les indicateurs au pipeline par la boîte d'envoi.")
    _indicator_arguments(rp)
    rp.add_argument("--out", required=True, metavar="DIR")
    rp.add_argument("--send", default=None, metavar="URL", help="adresse du pipeline (POST JSON)")
    rp.add_argument("--outbox", default=None, metavar="FICHIER",
                    help="boîte d'envoi persistante (défaut : ocsge-outbox.sqlite à côté de DIR)")
    rp.add_argument("--timeout", type=float, default=10.0, metavar="S")
    rp.set_defaults(func=_cmd_report)
    ob = sub.add_parser("outbox", help="boîte d'envoi des indicateurs vers le pipeline")
    ob_sub = _actions(ob, "outbox_command")
    obs = ob_sub.add_parser("send", help="livrer ce qui attend (POST, clé d'idempotence, reprises)")
    obs.add_argument("--outbox", required=True, metavar="FICHIER")
    obs.add_argument("--url", required=True, metavar="URL")
    obs.add_argument("--timeout", type=float, default=10.0, metavar="S")
    obs.add_argument("--retries", type=int, default=4, metavar="N")
    obs.set_defaults(func=_cmd_outbox_send)
    obt = ob_sub.add_parser("status", help="ce qui attend d'être livré")
    obt.add_argument("--outbox", required=True, metavar="FICHIER")
    obt.add_argument("--json", action="store_true")
    obt.set_defaults(func=_cmd_outbox_status)

    tr_ = sub.add_parser("export-training", help="corrections de la campagne pour entraîner le prochain modèle",
                         description="Écrit un GeoPackage neuf : couche « before » (polygones du modèle, version, "
                                     "confiance, codes CS/US) et couche « after » (polygones revus, codes finaux, "
                                     "action, date de décision), reliées par correction_id ; seulement les "
                                     "éléments validés (ou synchronisés) dont la classe ou la géométrie a changé. "
                                     "Voir docs/processing.md.")
    _store_argument(tr_)
    tr_.add_argument("--out", required=True, metavar="OUT.gpkg")
    tr_.add_argument("--include-unvalidated", action="store_true",
                     help="ajouter les décisions pas encore validées (elles peuvent encore être rejetées)")
    tr_.add_argument("--quiet", action="store_true")
    tr_.set_defaults(func=_cmd_export_training)

    _admin_parsers(sub)

    s = sub.add_parser("styles", help="écrire les styles QML générés depuis la nomenclature")
    s.add_argument("--out", required=True, metavar="DIR")
    s.set_defaults(func=_cmd_styles)
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
