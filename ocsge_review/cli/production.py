"""Commands of production: sync, offline check-out and check-in, training export, PostgreSQL administration."""
from __future__ import annotations

import json
import os
import sys

from .. import pgconn
from ..errors import OcsgeError
from ..messages import tr
from .options import (capture_production_base, open_review_store, production_open, production_table, progress_printer,
                      read_territory)


def cmd_sync(args) -> int:
    from ..production.sync import sync, who_syncs
    if args.capture_base:
        with open_review_store(args) as store:
            capture_production_base(store, args)
        return 0
    try:
        with open_review_store(args) as store, production_open(args) as prod:
            report = sync(store, prod, who_syncs(store, args.user), batch_size=args.batch_size)
    except KeyboardInterrupt:
        print(tr("interrompu : les lots terminés sont écrits, le lot en cours ne l'est pas ; relancez la "
                 "synchronisation pour finir."), file=sys.stderr)
        return 130
    print(json.dumps(report.to_dict(), ensure_ascii=False) if args.json else report.summary())
    return 0


def cmd_checkout(args) -> int:
    from ..production.offline import checkout
    territory = read_territory(args)
    source = pgconn.describe(args.store) if pgconn.is_pg_spec(args.store) else os.path.abspath(args.store)
    with open_review_store(args) as shared:
        local = checkout(shared, args.user, args.out, territory, limit=args.limit, days=args.days, source=source)
        n = len(local.campaign().origin["items"])
        until = local.campaign().origin["until"].replace("T", " à ").replace("+00:00", " UTC")
        local.close()
    print(tr("{n} élément(s) emporté(s) dans « {out} », réservés pour {user} jusqu'au {until}.",
             n=n, out=args.out, user=args.user, until=until))
    return 0


def cmd_checkin(args) -> int:
    from ..production.offline import checkin
    from ..store.gpkg import GpkgStore
    with GpkgStore.open(args.local) as local, open_review_store(args) as shared:
        report = checkin(local, shared, args.user)
    if args.json:
        print(json.dumps({k: v for k, v in report.__dict__.items()}, ensure_ascii=False))
    else:
        print(report.summary())
    return 0 if not report.refused else 3


def admin_production_table(args):
    """Where admin init installs the production table's policies, or None (the same options as sync's)."""
    if not args.production:
        if args.production_table:
            raise OcsgeError(tr("--production-table demande --production (la base de production)."))
        return None
    return production_table(args)


def cmd_admin_init(args) -> int:
    from ..production import admin
    from ..store.pg_access import parse_departments
    departments = parse_departments(args.departments)
    production = admin_production_table(args)
    admin.init(args.store, departments, schema=args.schema, production=args.production, table=production)
    print(tr("Schéma « {schema} » prêt : départements {departments}, rôles "
             "{schema}_interpreter, {schema}_validator, {schema}_admin.",
             schema=args.schema, departments=', '.join(departments)))
    if production is not None:
        print(tr("Table de production « {table} » protégée par la colonne "
                 "« {department_column} ».",
                 table=production.table, department_column=production.department_column))
    return 0


def cmd_admin_grant(args) -> int:
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


def cmd_admin_revoke(args) -> int:
    from ..production import admin
    from ..store.pg_access import parse_departments, role_words
    departments = parse_departments(args.departments) if args.departments else None
    removed = admin.revoke(args.store, args.user, args.role, departments, schema=args.schema,
                           production=args.production)
    where = ", ".join(departments) if departments else tr("tous les départements")
    print(tr("« {user} » n'est plus {role} ({where}) : {removed} droit(s) retiré(s).",
             user=args.user, role=role_words(args.role), where=where, removed=removed))
    return 0


def cmd_export_training(args) -> int:
    from ..feedback import Feedback
    from ..production.training import check_target, export_training
    check_target(args.out)      # before the store is opened: a wrong target costs nothing
    with open_review_store(args, readonly=True) as store:
        report = export_training(store, args.out, include_unvalidated=args.include_unvalidated,
                                 feedback=Feedback(progress_printer(args.quiet)))
    if not args.quiet and sys.stderr.isatty():
        print("", file=sys.stderr)
    print(report.summary())
    return 0
