"""Commands of a campaign's review: create, status, queue, second opinions, simulation."""
from __future__ import annotations

import json
import os
import sys
from typing import Dict

from ..store import lifecycle as lc
from .. import pgconn
from ..errors import OcsgeError
from ..messages import tr
from .options import (capture_production_base, open_review_store, production_open, progress_printer, read_class_table,
                      read_territory)


def cmd_campaign_create(args) -> int:
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
    territory = read_territory(args)
    classes = read_class_table(args)
    if args.production and not args.preview:
        production_open(args).close()      # a wrong table or connection fails before the long work
    plan = plan_campaign(args.model, args.department, policy, layer=args.layer, raster=args.raster,
                         feedback=Feedback(progress_printer(args.quiet)), territory=territory, classes=classes)
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
            capture_production_base(store, args)
    return 0


def cmd_campaign_status(args) -> int:
    from ..campaigns.campaign import territory_line
    from ..campaigns.triage import PARTS
    from ..store.base import current
    with open_review_store(args, readonly=True) as store:
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


def cmd_queue_next(args) -> int:
    with open_review_store(args) as store:
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


def cmd_queue_decide(args) -> int:
    from ..store import Decision
    with open_review_store(args) as store:
        seq = store.decide(Decision(args.item, args.user, None, args.cs, args.us, flag=args.flag,
                                    comment=args.comment))
    print(tr("Décision enregistrée (journal n° {seq}).", seq=seq))
    return 0


def cmd_queue_validate(args) -> int:
    with open_review_store(args) as store:
        seq = store.validate(args.item, args.user, bool(args.approve), reason=args.reject, comment=args.comment)
    print(tr("Approuvé (journal n° {seq}).", seq=seq) if args.approve else
          tr("Rejeté (journal n° {seq}).", seq=seq))
    return 0


def opinion_drawer(args, store) -> str:
    """Who draws a second-opinion sample: --user, else the PostgreSQL login, else the system's user name."""
    import getpass
    return args.user or getattr(store, "login", None) or getpass.getuser()


def cmd_campaign_second_opinion(args) -> int:
    from ..campaigns.second_opinion import draw
    with open_review_store(args) as store:
        done = draw(store, args.target_se, args.seed, opinion_drawer(args, store), args.expected_agreement)
    if args.json:
        print(json.dumps(done.__dict__, ensure_ascii=False))
        return 0
    print(tr("Tirage n° {number} : {drawn} élément(s) de la file sur {frame} revu(s) depuis le tirage précédent, et "
             "les {audit} élément(s) de contrôle revus depuis, attendent un second avis à l'aveugle (erreur type "
             "attendue {se:.3f} pour un accord de {expected:.0%}).", number=done.number, drawn=done.drawn,
             frame=done.frame, audit=done.audit, se=done.expected_se, expected=done.expected))
    return 0


def cmd_opinion_next(args) -> int:
    with open_review_store(args) as store:
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


def cmd_opinion_answer(args) -> int:
    with open_review_store(args) as store:
        state = store.answer_opinion(args.item, args.user, args.cs, args.us, comment=args.comment)
    print(tr("Second avis enregistré : {state}.", state=lc.state_words(state)))
    return 0


def cmd_opinion_settle(args) -> int:
    with open_review_store(args) as store:
        store.settle_opinion(args.item, args.user, args.cs, args.us)
    print(tr("Désaccord tranché : {cs} / {us} est la référence de l'élément {item}.",
             cs=args.cs, us=args.us, item=args.item))
    return 0


def cmd_opinion_list(args) -> int:
    with open_review_store(args) as store:
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


def cmd_simulate(args) -> int:
    from ..synthetic.simulate import simulate
    if args.pause < 0:
        raise OcsgeError(tr("--pause doit être positive ou nulle, pas {pause:g}.", pause=args.pause))
    report = simulate(args.store, args.truth, users=args.users, error_rate=args.error_rate,
                      seed=args.seed, limit=args.limit, schema=args.schema, campaign=args.campaign,
                      pause=args.pause, second_opinion_se=args.second_opinion_se)
    print(report.summary())
    return 0
