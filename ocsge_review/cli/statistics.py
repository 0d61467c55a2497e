"""Commands of the statistics: stats, report, accuracy, the indicators' outbox."""
from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Dict, List, Optional

from ..errors import OcsgeError
from ..messages import tr
from ..numbers import count, fr
from .options import store_argument


def cmd_accuracy(args) -> int:
    from ..statistics.accuracy import estimate_from_csv
    result = estimate_from_csv(args.samples, args.strata, fpc=args.fpc)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    o = result["overall"]
    # Each accuracy with its own interval (not ± 1,96 erreur-type: it is not symmetric near 1), the
    # numbers the French way as in every other command.
    print(tr("Exactitude globale : {estimate} (IC 95 % {low}–{high}), {n} unités d'échantillon",
             estimate=fr(o["estimate"], 3), low=fr(o["ci95"][0], 3), high=fr(o["ci95"][1], 3), n=count(result["n"])))

    def ratio(r) -> str:
        if r["estimate"] is None:
            return "—"
        return f"{fr(r['estimate'], 3)} [{fr(r['ci95'][0], 3)}–{fr(r['ci95'][1], 3)}]" if r.get("ci95") \
            else fr(r["estimate"], 3)

    for c in result["classes"]:
        u, pr, a = result["users"][c], result["producers"][c], result["area"][c]
        print(tr("  {c} : utilisateur {users}, producteur {producers}, surface {proportion} ({estimate} ± {se})",
                 c=c, users=ratio(u), producers=ratio(pr), proportion=fr(a["proportion"], 3),
                 estimate=fr(a["estimate"], 1), se=fr(a["se_estimate"] * 1.96, 1)))
    return 0


def campaign_tables(args, breakdowns: bool) -> list:
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


def read_costs(items: Optional[List[str]], what: str) -> Dict[str, float]:
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


def indicator_arguments(parser: argparse.ArgumentParser) -> None:
    """What stats and report take: the stores (one per département), the month, plan and costs, and
    the indicators table."""
    store_argument(parser, many=True)
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


def check_indicators_table(args) -> None:
    """Refuse a half-given --indicators-table before any work is done."""
    if args.production and not args.indicators_table:
        raise OcsgeError(tr("--production ne sert ici qu'avec --indicators-table."))
    if args.indicators_table and not args.production:
        raise OcsgeError(tr("--indicators-table demande --production (la base de production)."))
    if args.indicators_table:
        from ..statistics.indicators_table import qualified
        qualified(args.indicators_table)


def write_indicators_table(args, bodies) -> None:
    if not args.indicators_table:
        return
    from ..statistics.indicators_table import write_indicators
    written, unchanged = write_indicators(args.production, bodies, args.indicators_table)
    print(tr("Table d'indicateurs « {table} » : {written} ligne(s) écrite(s), {unchanged} inchangée(s).",
             table=args.indicators_table, written=written, unchanged=unchanged),
          file=sys.stderr if getattr(args, "json", False) else sys.stdout)


def indicator_campaigns(args, breakdowns: bool):
    """(period, [(campaign tables, the indicator options for its département)]) of stats and report:
    --indicators-table checked before any work, every --store loaded (``breakdowns``: campaign_tables)."""
    from ..statistics import stats
    check_indicators_table(args)
    tables = campaign_tables(args, breakdowns)
    if args.hourly_cost < 0:
        raise OcsgeError(tr("--hourly-cost doit être positif ou nul, pas {hourly_cost:g}.",
                            hourly_cost=args.hourly_cost))
    inputs = stats.indicator_inputs(args.period, args.plan, args.hourly_cost,
                                    read_costs(args.fixed_cost, "--fixed-cost"))
    return inputs.period, [(t, inputs.options(t.department)) for t in tables]


def read_payload_version(args) -> int:
    from ..statistics.indicators import SCHEMA_VERSION
    return args.payload_version or SCHEMA_VERSION


def interval_text(r: Optional[dict]) -> str:
    """« 84,4 % (IC 95 % 53,8 % – 115,0 %) », or — when there is no estimate."""
    from .. import numbers as num
    if r is None or r["estimate"] is None:
        return "—"
    return tr("{estimate} (IC 95 % {low} – {high})", estimate=num.share(r["estimate"]),
              low=num.share(r["ci95"][0]), high=num.share(r["ci95"][1]))


def product_lines(product: dict) -> List[str]:
    """The stats lines of a payload's « product » block: agreement, then the delivered accuracy."""
    from .. import numbers as num
    g = product["agreement"]
    lines = [tr("  seconds avis : {answered} donnés sur {drawn} tirés, {disputed} désaccord(s) à trancher ; "
                "accord entre photo-interprètes {rate}",
                answered=num.count(g["answered"]), drawn=num.count(g["drawn"]), disputed=num.count(g["disputed"]),
                rate=interval_text(g["both"])),
             tr("  dont dans le mois : {answered} avis, accord {rate}", answered=num.count(g["period"]["answered"]),
                rate=interval_text(g["period"]["both"]))]
    for dim in ("cs", "us"):
        d = product[dim]
        if not d["available"]:
            lines.append(tr("  produit livré {dim} : {reason}", dim=dim.upper(), reason=d["reason"]))
            continue
        lines.append(tr("  produit livré {dim} : {count} des polygones, {area} de la surface ; couverture {coverage}",
                        dim=dim.upper(), count=interval_text(d["count"]["overall"]),
                        area=interval_text(d["area"]["overall"]), coverage=num.share(d["coverage"])))
    return lines


def cmd_stats(args) -> int:
    from .. import numbers as num
    from ..statistics.indicators import payload, validate
    period, campaigns = indicator_campaigns(args, breakdowns=False)
    bodies = [payload(t, period, **options, version=read_payload_version(args)) for t, options in campaigns]
    for body in bodies:
        validate(body)
    write_indicators_table(args, bodies)
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
        for line in product_lines(b["product"]) if "product" in b else []:
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


def cmd_report(args) -> int:
    from ..statistics.report import details, write_report
    period, campaigns = indicator_campaigns(args, breakdowns=True)
    all_details = [details(t, period, **options, version=read_payload_version(args)) for t, options in campaigns]
    page = write_report(all_details, period, args.out)
    print(tr("Rapport écrit : {page}", page=page))
    write_indicators_table(args, [d["payload"] for d in all_details])
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


def cmd_outbox_send(args) -> int:
    from ..statistics.outbox import Outbox
    with Outbox(args.outbox) as box:
        report = box.send(args.url, timeout=args.timeout, retries=args.retries)
    print(report.summary())
    return 0 if not report.waiting else 4


def cmd_outbox_status(args) -> int:
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
