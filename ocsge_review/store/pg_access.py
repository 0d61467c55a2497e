"""Access by département in PostgreSQL: group roles, membership rows, row-level security and triggers.

Who may do what is decided by the database, whatever the client:

- three group roles per review schema (``<schema>_interpreter``,
  ``<schema>_validator``, ``<schema>_admin``, NOLOGIN) carry the table
  privileges; a person's login role is made a member of the groups they hold;
- ``<schema>.members`` (user_name, department, role) says in which
  départements each login holds each role; row-level-security policies and
  triggers read it through SECURITY DEFINER functions keyed on
  ``session_user``, so ``SET ROLE`` changes nothing;
- a validator may do all an interpreter may; an administrator all a validator
  may, plus campaigns, membership rows of their départements, and acting for
  someone else (writing another name into claimed_by, decided_by, … or the
  journal's user_name). The schema owner and superusers may too;
- for everyone, the owner included, the items' trigger keeps their life: born
  pending or accepted (a split part decided), validated or rejected only from
  decided by someone else than its author, synced only from validated (or
  accepted), decided_by never rewritten once decided;
- the production table has one policy per review schema protecting it, and the
  sync's schema gives validators only what the sync does, row by row by the
  département of the campaign;
- PostGIS's estimated-extent and statistics functions read a table's spatial
  index or statistics, which row-level security does not filter: nobody but
  their owner may run them in a database holding protected tables (see
  close_metadata_functions).

Everything here is idempotent: ``install_*`` can run again after an upgrade of
the store's schema (new tables get their grants and policies then).
"""
from __future__ import annotations

import logging
import re
from typing import Dict, Iterable, List, Optional, Sequence

from ..ocsge import departements
from ..errors import InputError, OcsgeError
from ..messages import N_, tr
from ..pgconn import qualified
from . import DEFAULT_SCHEMA as STORE_SCHEMA
from . import lifecycle as lc

log = logging.getLogger(__name__)

INTERPRETER, VALIDATOR, ADMIN = "interpreter", "validator", "admin"
ROLES = (INTERPRETER, VALIDATOR, ADMIN)
# Who may act at each level: a higher role includes the lower ones.
ANY_ROLE = ROLES
VALIDATORS = (VALIDATOR, ADMIN)
ADMINS = (ADMIN,)

MEMBERS = "members"
# Columns of items that name a person: a non-administrator may write only their own login there.
ITEM_USER_COLUMNS = ("claimed_by", "decided_by", "validated_by", "skipped_by")
# Journal actions reserved to validators: approval and rejection, and what the sync does.
VALIDATOR_ACTIONS = (lc.APPROVE, lc.REJECT, lc.SYNC, lc.SEND_BACK)
# Store tables written only by triggers (SECURITY DEFINER): nobody writes them directly.
WRITTEN_BY_TRIGGERS = ("counts",)
# Second opinions (store/opinions.py): the people each row names, and the table.
OPINIONS = "second_opinions"
OPINION_USER_COLUMNS = ("claimed_by", "skipped_by", "answered_by", "settled_by")

DEFAULT_SCHEMA = STORE_SCHEMA     # the review store's, one setting
DEFAULT_SYNC_SCHEMA = "ocsge_sync"
DEFAULT_DEPARTMENT_COLUMN = "departement"

OWN_DECISION = ("Accès refusé : un validateur ne peut pas valider sa propre décision (ni une décision "
                "sans auteur).")

NO_VALIDATOR = "Accès refusé : une validation ou un rejet porte le nom de son validateur (validated_by)."

_ROLE_FR = {INTERPRETER: N_("photo-interprète"), VALIDATOR: N_("validateur"), ADMIN: N_("administrateur")}


class AccessError(OcsgeError):
    """Setting up or granting access failed (missing privilege, missing table or column)."""


def role_words(role: str) -> str:
    """The role as the user reads it (« validateur », "validator")."""
    return tr(_ROLE_FR[role]) if role in _ROLE_FR else role


def group_role(schema: str, role: str) -> str:
    """The NOLOGIN group role holding ``role``'s table privileges in ``schema``."""
    if role not in ROLES:
        raise InputError(tr("Rôle inconnu : « {role} » (attendu : {roles}).",
                            role=role, roles=', '.join(ROLES)))
    return f"{schema}_{role}"


def parse_departments(text: str) -> List[str]:
    """``"32, 69"`` → ``["32", "69"]``, each checked and normalised (``2a`` → ``2A``)."""
    codes = [c for c in re.split(r"[\s,;]+", text or "") if c]
    if not codes:
        raise InputError(tr("Aucun département donné (par exemple --departments 32,69)."))
    out: List[str] = []
    for code in codes:
        code = departements.normalise(code)
        if code not in out:
            out.append(code)
    return out


# --- SQL helpers --------------------------------------------------------------------------

def _sql():
    from psycopg import sql
    return sql


def _q(template: str, **names):
    """``template`` with ``{x}`` filled: str values as identifiers, tuples as (schema, name)
    identifiers, lists as ``ARRAY['a', …]`` literals, ``sql.Composable`` as they are."""
    sql = _sql()
    parts = {}
    for key, value in names.items():
        if isinstance(value, sql.Composable):
            parts[key] = value
        elif isinstance(value, tuple):
            parts[key] = sql.Identifier(*value)
        elif isinstance(value, list):
            parts[key] = sql.SQL("ARRAY[{}]::text[]").format(sql.SQL(", ").join(map(sql.Literal, value)))
        else:
            parts[key] = sql.Identifier(value)
    return sql.SQL(template).format(**parts)


def _lit(value):
    return _sql().Literal(value)


def _exists_role(cur, name: str) -> bool:
    cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,))
    return cur.fetchone() is not None


def _columns(cur, schema: str, table: str) -> Dict[str, str]:
    """{column: data type} of a table, empty if it does not exist."""
    cur.execute("SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
                "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = %s AND c.relname = %s AND a.attnum > 0 AND NOT a.attisdropped "
                "ORDER BY a.attnum", (schema, table))
    return dict(cur.fetchall())


def _tables(cur, schema: str) -> List[str]:
    cur.execute("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = %s AND c.relkind IN ('r', 'p') ORDER BY c.relname", (schema,))
    return [r[0] for r in cur.fetchall()]


def database_error(exc, what: str) -> AccessError:
    """A PostgreSQL refusal in the user's language, password-free; a missing privilege says who may do it."""
    from .. import pgconn
    return pgconn.database_error(
        exc, None, lambda detail: AccessError(tr("{what} : {detail}.{hint}", what=what, detail=detail, hint="")),
        denied=lambda detail: AccessError(tr("{what} : {detail}.{hint}", what=what, detail=detail, hint=" " + tr(
            "Lancez la commande avec le propriétaire du schéma ou un superutilisateur PostgreSQL "
            "(droit CREATEROLE pour les comptes)."))))


# --- the access machinery: group roles, membership rows, the functions policies call -------------

def install_access(conn, schema: str) -> None:
    """Group roles, ``<schema>.members`` and the functions the policies call (idempotent).

    Installed in every database whose tables are protected: the review store's,
    and the production database's (the same one, or another one)."""
    with conn.cursor() as cur:
        for role in ROLES:
            name = group_role(schema, role)
            if not _exists_role(cur, name):
                cur.execute(_q("CREATE ROLE {r} NOLOGIN", r=name))
        cur.execute(_q("CREATE SCHEMA IF NOT EXISTS {s}", s=schema))
        groups = _q("{i}, {v}, {a}", i=group_role(schema, INTERPRETER), v=group_role(schema, VALIDATOR),
                    a=group_role(schema, ADMIN))
        cur.execute(_q("GRANT USAGE ON SCHEMA {s} TO {groups}", s=schema, groups=groups))
        cur.execute(_q(f"""CREATE TABLE IF NOT EXISTS {{m}} (
            user_name name NOT NULL,
            department text NOT NULL,
            role text NOT NULL CHECK (role IN ({_words(ROLES)})),
            granted_by name NOT NULL DEFAULT session_user,
            granted_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (user_name, department, role))""", m=(schema, MEMBERS)))
        # The policies' helpers read members with their owner's rights, for session_user only;
        # PL/pgSQL keeps their plans for the session (an SQL function is planned at every call).
        def helper(signature: str, returns: str, expression: str, **names):
            cur.execute(_q(f"CREATE OR REPLACE FUNCTION {{s}}.{signature} RETURNS {returns} LANGUAGE plpgsql "
                           "STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS "
                           f"$$ BEGIN RETURN ({expression}); END $$", s=schema, m=(schema, MEMBERS), **names))
        helper("my_departments(roles text[])", "text[]",
               "SELECT coalesce(array_agg(DISTINCT department), ARRAY[]::text[]) FROM {m} "
               "WHERE user_name = session_user AND role = ANY (roles)")
        helper("may(dept text, roles text[])", "boolean",
               "SELECT EXISTS (SELECT 1 FROM {m} WHERE user_name = session_user AND department = dept "
               "AND role = ANY (roles))")
        # The schema owner (and superusers, members of every role) may act for anyone.
        helper("is_owner()", "boolean",
               "SELECT coalesce((SELECT pg_has_role(session_user, nspowner, 'MEMBER') FROM pg_namespace "
               "WHERE nspname = {name}), false)", name=_lit(schema))
        helper("is_reviewer()", "boolean",
               "SELECT EXISTS (SELECT 1 FROM {m} WHERE user_name = session_user) "
               "OR EXISTS (SELECT 1 FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid "
               "JOIN pg_roles u ON u.oid = am.member WHERE u.rolname = session_user AND g.rolname = ANY ({names}))",
               names=[group_role(schema, r) for r in ROLES])
        _enable_rls(cur, schema, MEMBERS)
        cur.execute(_q("GRANT SELECT ON {m} TO {groups}", m=(schema, MEMBERS), groups=groups))
        cur.execute(_q("GRANT INSERT, UPDATE, DELETE ON {m} TO {a}", m=(schema, MEMBERS),
                       a=group_role(schema, ADMIN)))
        _policy(cur, schema, MEMBERS, "members_read", "SELECT",
                using=_q("user_name = session_user OR department = ANY ((SELECT {s}.my_departments({r}))::text[])",
                         s=schema, r=list(ADMINS)))
        mine = _in_departments(schema, "department", ADMINS)
        _policy(cur, schema, MEMBERS, "members_write", "ALL", using=mine, check=mine)
        _check_definer_search_paths(cur, schema)
        close_metadata_functions(cur)


# PostGIS functions that read a table's spatial index or statistics whatever the row-level security:
# the extent (and row count) of every département's rows. QGIS does not need them for these roles:
# with « use estimated table metadata » it asks pg_stats first, which hides tables under row-level
# security, and computes the extent of the rows it may read.
METADATA_FUNCTIONS = ("st_estimatedextent", "_postgis_index_extent", "_postgis_stats", "_postgis_selectivity",
                      "_postgis_join_selectivity")


def close_metadata_functions(cur) -> List[str]:
    """Take EXECUTE on the PostGIS extension's METADATA_FUNCTIONS from PUBLIC in this database
    (idempotent). Only their owner may: those this login cannot close are logged and returned."""
    cur.execute("SELECT p.oid::regprocedure::text, pg_has_role(p.proowner, 'USAGE') FROM pg_proc p "
                "JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e' "
                "JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'postgis' "
                "WHERE p.proname = ANY (%s) ORDER BY 1", (list(METADATA_FUNCTIONS),))
    left = []
    for signature, owned in cur.fetchall():
        if owned:
            cur.execute(_sql().SQL("REVOKE EXECUTE ON FUNCTION {} FROM PUBLIC").format(_sql().SQL(signature)))
        else:
            left.append(signature)
    if left:
        log.warning(tr("Les fonctions PostGIS {functions} restent ouvertes à tous dans cette base : elles "
                       "donnent l'emprise des éléments de tous les départements. Relancez admin init avec un "
                       "superutilisateur PostgreSQL pour les fermer.", functions=", ".join(left)))
    return left


def _enable_rls(cur, schema: str, table: str) -> None:
    cur.execute(_q("ALTER TABLE {t} ENABLE ROW LEVEL SECURITY", t=(schema, table)))


def _in_departments(schema: str, column: str, roles: Sequence[str], table_alias: Optional[str] = None):
    """``column = ANY(my départements for roles)``, the function run once per query (an InitPlan)."""
    col = _sql().Identifier(table_alias, column) if table_alias else _sql().Identifier(column)
    return _q("{c} = ANY ((SELECT {s}.my_departments({r}))::text[])", c=col, s=schema, r=list(roles))


def _policy(cur, schema: str, table: str, name: str, command: str, *, using=None, check=None,
            to: Optional[Sequence[str]] = None) -> None:
    sql = _sql()
    cur.execute(_q("DROP POLICY IF EXISTS {p} ON {t}", p=name, t=(schema, table)))
    text = "CREATE POLICY {p} ON {t} FOR " + command + " TO {to}"
    text += " USING ({using})" if using is not None else ""
    text += " WITH CHECK ({check})" if check is not None else ""
    roles = sql.SQL(", ").join(sql.Identifier(r) for r in to) if to else sql.SQL("PUBLIC")
    cur.execute(_q(text, p=name, t=(schema, table), to=roles,
                   using=using if using is not None else sql.SQL(""),
                   check=check if check is not None else sql.SQL("")))


# --- the review store's tables ------------------------------------------------------------------

def install_store_policies(conn, schema: str) -> None:
    """Grants, row-level security and triggers on the review store's tables (after its migrations).

    campaigns, items and journal by their ``department``; any other table with a
    ``department`` column likewise; one with only ``campaign_id`` through the
    campaigns one can see; counts is read-only (its triggers write it, SECURITY
    DEFINER); the rest (migrations) read-only. Sequences: USAGE only, on those
    numbering the rows a group inserts (nextval through the column default)."""
    with conn.cursor() as cur:
        tables = _tables(cur, schema)
        missing = [t for t in ("campaigns", "items", "journal") if t not in tables]
        if missing:
            raise AccessError(tr("Le schéma « {schema} » n'a pas les tables du magasin de revue "
                                 "({missing}) : créez-le d'abord (admin init).",
                                 schema=schema, missing=', '.join(missing)))
        i, v, a = (group_role(schema, r) for r in ROLES)
        everyone = _q("{i}, {v}, {a}", i=i, v=v, a=a)
        workers = _q("{i}, {v}", i=i, v=v)
        # Sequences: nothing to read (last_value would tell every département's totals); USAGE only
        # on those whose column default numbers the rows a group inserts (see _grant_sequences).
        cur.execute(_q("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM {g}", s=schema, g=everyone))
        for table in tables:
            if table == MEMBERS:
                continue
            t = (schema, table)
            columns = _columns(cur, schema, table)
            cur.execute(_q("GRANT SELECT ON {t} TO {g}", t=t, g=everyone))
            if table == "journal":
                # Append-only: no one but the owner may change or remove a record.
                cur.execute(_q("GRANT INSERT ON {t} TO {g}", t=t, g=everyone))
                cur.execute(_q("REVOKE UPDATE, DELETE, TRUNCATE ON {t} FROM {g}", t=t, g=everyone))
                _grant_sequences(cur, schema, table, everyone)
            elif table == "campaigns":
                cur.execute(_q("GRANT INSERT, UPDATE, DELETE ON {t} TO {a}", t=t, a=a))
                _grant_sequences(cur, schema, table, _q("{a}", a=a))
            elif table in WRITTEN_BY_TRIGGERS:
                # Figures kept by the items' triggers (SECURITY DEFINER): read-only to everyone.
                cur.execute(_q("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {t} FROM {g}", t=t, g=everyone))
                for name in ("add", "change", "remove"):
                    cur.execute(_q("DROP POLICY IF EXISTS {p} ON {t}", p=name, t=t))
            elif "department" in columns or "campaign_id" in columns:
                cur.execute(_q("GRANT INSERT, UPDATE ON {t} TO {g}", t=t, g=workers))
                cur.execute(_q("GRANT INSERT, UPDATE, DELETE ON {t} TO {a}", t=t, a=a))
                _grant_sequences(cur, schema, table, everyone)
            if "department" in columns:
                key = lambda roles: _in_departments(schema, "department", roles)  # noqa: E731
            elif "campaign_id" in columns:
                key = lambda roles: _q(  # noqa: E731
                    "campaign_id IN (SELECT id FROM {c} WHERE {mine})", c=(schema, "campaigns"),
                    mine=_in_departments(schema, "department", roles))
            else:
                continue        # migrations and the like: read-only to everyone, no rows to hide
            _enable_rls(cur, schema, table)
            _policy(cur, schema, table, "read", "SELECT", using=key(ANY_ROLE))
            if table in WRITTEN_BY_TRIGGERS:
                continue
            writers = ADMINS if table == "campaigns" else ANY_ROLE
            _policy(cur, schema, table, "add", "INSERT", check=key(writers))
            if table != "journal":
                _policy(cur, schema, table, "change", "UPDATE", using=key(writers), check=key(writers))
                _policy(cur, schema, table, "remove", "DELETE", using=key(ADMINS))
        _install_item_trigger(cur, schema, _columns(cur, schema, "items"))
        _install_journal_trigger(cur, schema)
        if OPINIONS in tables:
            _install_opinion_trigger(cur, schema)
        _definer_counts_triggers(cur, schema)
        _check_definer_search_paths(cur, schema)


def _grant_sequences(cur, schema: str, table: str, groups) -> None:
    """USAGE (nextval through the column default, nothing to read) on ``table``'s serial sequences."""
    for sequence in _owned_sequences(cur, schema, table):
        cur.execute(_q("GRANT USAGE ON SEQUENCE {q} TO {g}", q=sequence, g=groups))


def _owned_sequences(cur, schema: str, table: str) -> List[tuple]:
    """(schema, name) of the sequences owned by ``table``'s columns (serial or identity)."""
    cur.execute("SELECT n.nspname, s.relname FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S' "
                "JOIN pg_namespace n ON n.oid = s.relnamespace WHERE d.refobjid = %s::regclass "
                "AND d.deptype IN ('a', 'i') ORDER BY 2", (_sql().Identifier(schema, table).as_string(cur),))
    return [tuple(r) for r in cur.fetchall()]


def _definer_counts_triggers(cur, schema: str) -> None:
    """The counts triggers write with their owner's rights, so that nobody else needs (or has) any
    right to write the figures; their search_path is fixed like every SECURITY DEFINER function's."""
    for event in ("insert", "delete", "update"):
        cur.execute("SELECT to_regprocedure(%s)", (_sql().Identifier(schema, f"counts_{event}").as_string(cur)
                                                   + "()",))
        if cur.fetchone()[0] is not None:
            cur.execute(_q("ALTER FUNCTION {f}() SECURITY DEFINER SET search_path = pg_catalog, pg_temp",
                           f=(schema, f"counts_{event}")))


def _check_definer_search_paths(cur, schema: str) -> None:
    """Every SECURITY DEFINER function of ``schema`` must fix its search_path (else a caller's
    objects could stand in for pg_catalog's inside it)."""
    cur.execute("SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname = %s AND p.prosecdef AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) c "
                "WHERE c LIKE 'search_path=%%') ORDER BY 1", (schema,))
    loose = [r[0] for r in cur.fetchall()]
    if loose:
        raise AccessError(tr("Fonction(s) SECURITY DEFINER sans search_path fixé dans « {schema} » : "
                             "{loose}.", schema=schema, loose=', '.join(loose)))


def _raise(message: str) -> str:
    """A PL/pgSQL RAISE of ``message`` (French, for the user) as insufficient_privilege."""
    return "RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = " + _plpgsql_literal(message)


def _plpgsql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _words(values) -> str:
    """States, actions or roles (lifecycle's, ROLES) as a PL/pgSQL list: ``'decided', 'validated'``."""
    return ", ".join(_plpgsql_literal(v) for v in values)


def _array(values) -> str:
    """Roles as the text[] the policies' ``may()`` takes: ``ARRAY['validator', 'admin']``."""
    return f"ARRAY[{_words(values)}]"


def _user_checks(columns: Dict[str, str], update: bool) -> str:
    """PL/pgSQL refusing, on a non-administrator's row, any name but their own login."""
    out = []
    for column in ITEM_USER_COLUMNS:
        if column not in columns:
            continue
        new, old = f"NEW.{column}", f"OLD.{column}"
        if columns[column].endswith("[]"):
            known = f"coalesce({old}, ARRAY[]::text[])" if update else "ARRAY[]::text[]"
            bad = (f"EXISTS (SELECT 1 FROM unnest({new}) u WHERE u IS NOT NULL AND u <> session_user "
                   f"AND NOT u = ANY ({known}))")
        else:
            changed = f"{new} IS DISTINCT FROM {old} AND " if update else ""
            bad = f"{changed}{new} IS NOT NULL AND {new} <> session_user"
        message = (f"Accès refusé : seul un administrateur peut inscrire un autre nom que le sien "
                   f"({column}).")
        out.append(f"IF {bad} THEN {_raise(message)}; END IF;")
    return "\n".join(out)


def _install_item_trigger(cur, schema: str, columns: Dict[str, str]) -> None:
    # Only a validator enters or leaves a validated state; an item is inserted in an initial one (a split
    # part apart); while its decision stands, nobody rewrites who decided it.
    validated, initial, decision = _words(lc.VALIDATED_STATES), _words(lc.INITIAL_STATES), _words(lc.DECIDED_STATES)
    decided_, validated_, rejected_, claimed_, synced_, superseded_ = (
        _plpgsql_literal(s) for s in (lc.DECIDED, lc.VALIDATED, lc.REJECTED, lc.CLAIMED, lc.SYNCED, lc.SUPERSEDED))
    approving, accepted_ = _words((lc.VALIDATED, lc.REJECTED)), _plpgsql_literal(lc.ACCEPTED)
    may_validate, may_administer = _array(VALIDATORS), _array(ADMINS)
    has_validated_by = "validated_by" in columns
    new_validator = "NEW.validated_by" if has_validated_by else "NULL"
    validator_changed = (f"OR (NEW.validated_by IS NOT NULL AND NEW.validated_by IS DISTINCT FROM "
                         f"OLD.validated_by)" if has_validated_by else "")
    body = f"""
DECLARE
  campaign_department text;
  parent record;
  acting_for boolean;
BEGIN
  -- First what holds for everyone, even the owner acting for someone: the life of an item.
  IF TG_OP = 'INSERT' THEN
    IF NEW.state NOT IN ({initial}) THEN
      -- Only a split part is born decided, by its author, from the item of its campaign they split.
      IF NEW.state IS DISTINCT FROM {decided_} OR NEW.parent_id IS NULL OR NEW.decided_by IS NULL THEN
        {_raise("Accès refusé : un élément est créé en attente ou accepté (seule une part de découpage "
                "naît décidée, avec son élément d'origine).")};
      END IF;
      SELECT campaign_id, state, decided_by INTO parent FROM {{items}} WHERE id = NEW.parent_id;
      IF NOT FOUND OR parent.campaign_id IS DISTINCT FROM NEW.campaign_id OR parent.state IS DISTINCT FROM {superseded_}
         OR parent.decided_by IS DISTINCT FROM NEW.decided_by THEN
        {_raise("Accès refusé : une part de découpage vient d'un élément de sa campagne que son auteur "
                "a découpé.")};
      END IF;
    END IF;
    IF {new_validator} IS NOT NULL THEN
      {_raise("Accès refusé : un élément n'est pas créé déjà validé.")};
    END IF;
  ELSE
    IF NEW.state IS DISTINCT FROM OLD.state THEN
      IF NEW.state = {validated_} AND OLD.state IS DISTINCT FROM {decided_} THEN
        {_raise("Accès refusé : seul un élément décidé peut être validé.")};
      END IF;
      -- (A rejected item taken offline and given back returns to rejected, its author unchanged.)
      IF NEW.state = {rejected_} AND OLD.state NOT IN ({decided_}, {validated_})
         AND NOT (OLD.state = {claimed_} AND OLD.decided_by IS NOT NULL
                  AND NEW.decided_by IS NOT DISTINCT FROM OLD.decided_by) THEN
        {_raise("Accès refusé : seul un élément décidé (ou validé, renvoyé en revue) peut être rejeté.")};
      END IF;
      IF NEW.state = {synced_} AND OLD.state NOT IN ({validated_}, {accepted_}) THEN
        {_raise("Accès refusé : seul un élément validé (ou accepté d'office) peut être synchronisé.")};
      END IF;
      -- Approving or rejecting a decision: its author is neither the login nor the validator named.
      -- A decision without author cannot be validated either.
      IF OLD.state = {decided_} AND NEW.state IN ({approving})
         AND (OLD.decided_by IS NULL OR OLD.decided_by IN (coalesce({new_validator}, session_user), session_user)) THEN
        {_raise(OWN_DECISION)};
      END IF;
    END IF;
    -- Who decided is not rewritten once decided (no laundering of one's own decision).
    IF OLD.state IN ({decision}) AND NEW.state IN ({decision})
       AND NEW.decided_by IS DISTINCT FROM OLD.decided_by THEN
      {_raise("Accès refusé : l'auteur d'une décision (decided_by) ne change pas tant qu'elle est décidée, "
              "validée ou synchronisée.")};
    END IF;
  END IF;
  -- The owner (and superusers) load campaigns of a million items: no per-row lookups for them.
  IF {{s}}.is_owner() THEN
    IF TG_OP = 'UPDATE' AND OLD.state = {decided_} AND NEW.state IN ({approving})
       AND {new_validator} IS NULL THEN
      {_raise(NO_VALIDATOR)};
    END IF;
    RETURN NEW;
  END IF;
  acting_for := {{s}}.may(NEW.department, {may_administer});
  IF TG_OP = 'INSERT' THEN
    SELECT department INTO campaign_department FROM {{campaigns}} WHERE id = NEW.campaign_id;
    IF NEW.department IS DISTINCT FROM campaign_department THEN
      {_raise("Accès refusé : un élément doit être du département de sa campagne.")};
    END IF;
    IF NOT acting_for THEN
      {_user_checks(columns, update=False)}
    END IF;
    IF NEW.state IN ({validated}) OR {new_validator} IS NOT NULL THEN
      IF NOT {{s}}.may(NEW.department, {may_validate}) THEN
        {_raise("Accès refusé : seul un validateur du département peut valider.")};
      END IF;
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.department IS DISTINCT FROM OLD.department OR NEW.campaign_id IS DISTINCT FROM OLD.campaign_id THEN
    {_raise("Accès refusé : un élément ne change ni de département ni de campagne.")};
  END IF;
  IF NOT acting_for THEN
    {_user_checks(columns, update=True)}
  END IF;
  -- What was approved (or synced) is the validators' to change, and so is someone else's
  -- decision waiting for them (its author may undo it).
  IF OLD.state IN ({validated}) OR NEW.state IN ({validated})
     OR (OLD.state = {decided_} AND NEW.state = {rejected_}) {validator_changed} THEN
    IF NOT {{s}}.may(NEW.department, {may_validate}) THEN
      {_raise("Accès refusé : approuver ou rejeter est réservé aux validateurs du département.")};
    END IF;
  ELSIF OLD.state = {decided_} AND OLD.decided_by IS DISTINCT FROM session_user THEN
    IF NOT {{s}}.may(NEW.department, {may_validate}) THEN
      {_raise("Accès refusé : seuls son auteur et les validateurs du département modifient une décision.")};
    END IF;
  END IF;
  -- A validator approves or rejects in their own name (validated_by = their login); an administrator
  -- may name another validator, but must name one.
  IF OLD.state = {decided_} AND NEW.state IN ({approving}) THEN
    IF {new_validator} IS NULL THEN
      {_raise(NO_VALIDATOR)};
    END IF;
    IF NOT acting_for AND {new_validator} IS DISTINCT FROM session_user THEN
      {_raise("Accès refusé : seul un administrateur peut inscrire un autre nom que le sien (validated_by).")};
    END IF;
  END IF;
  RETURN NEW;
END"""
    _trigger(cur, schema, "items", "access_items", "BEFORE INSERT OR UPDATE", body,
             campaigns=(schema, "campaigns"), items=(schema, "items"))


def _install_opinion_trigger(cur, schema: str) -> None:
    """Second opinions: drawn by a validator, answered by someone else than the decision's author, a
    disagreement settled by a validator who gave neither opinion; an answer or a verdict stands."""
    own = "\n".join(
        f"IF NEW.{c} IS DISTINCT FROM OLD.{c} AND NEW.{c} IS NOT NULL AND NEW.{c} <> session_user THEN "
        f"{_raise(f'Accès refusé : seul un administrateur peut inscrire un autre nom que le sien ({c}).')}; END IF;"
        for c in OPINION_USER_COLUMNS)
    pending_ = _plpgsql_literal(lc.PENDING)
    may_validate, may_administer = _array(VALIDATORS), _array(ADMINS)
    body = f"""
DECLARE
  campaign_department text;
BEGIN
  -- For everyone, the owner included: the rules of the sample itself.
  IF TG_OP = 'INSERT' THEN
    IF NEW.state IS DISTINCT FROM {pending_} OR NEW.answered_by IS NOT NULL OR NEW.settled_by IS NOT NULL THEN
      {_raise("Accès refusé : un second avis tiré attend sa réponse.")};
    END IF;
  ELSE
    IF NEW.item_id IS DISTINCT FROM OLD.item_id OR NEW.campaign_id IS DISTINCT FROM OLD.campaign_id
       OR NEW.department IS DISTINCT FROM OLD.department OR NEW.draw IS DISTINCT FROM OLD.draw
       OR NEW.stratum IS DISTINCT FROM OLD.stratum
       OR NEW.frame_size IS DISTINCT FROM OLD.frame_size OR NEW.frame_area_m2 IS DISTINCT FROM OLD.frame_area_m2 THEN
      {_raise("Accès refusé : le tirage d'un second avis ne change pas.")};
    END IF;
    IF (OLD.answered_by IS NOT NULL AND (NEW.answered_by IS DISTINCT FROM OLD.answered_by
        OR NEW.code_cs IS DISTINCT FROM OLD.code_cs OR NEW.code_us IS DISTINCT FROM OLD.code_us))
       OR (OLD.settled_by IS NOT NULL AND (NEW.settled_by IS DISTINCT FROM OLD.settled_by
        OR NEW.verdict_cs IS DISTINCT FROM OLD.verdict_cs OR NEW.verdict_us IS DISTINCT FROM OLD.verdict_us)) THEN
      {_raise("Accès refusé : un second avis donné, ou un désaccord tranché, ne change plus.")};
    END IF;
  END IF;
  IF NEW.answered_by IS NOT NULL AND NEW.answered_by IS NOT DISTINCT FROM NEW.first_by
     OR NEW.claimed_by IS NOT NULL AND NEW.claimed_by IS NOT DISTINCT FROM NEW.first_by THEN
    {_raise("Accès refusé : le second avis sur une décision vient de quelqu'un d'autre que son auteur.")};
  END IF;
  IF NEW.settled_by IS NOT NULL AND NEW.settled_by IN (NEW.first_by, NEW.answered_by) THEN
    {_raise("Accès refusé : un désaccord est tranché par un validateur qui n'a donné aucun des deux avis.")};
  END IF;
  IF {{s}}.is_owner() THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    SELECT department INTO campaign_department FROM {{campaigns}} WHERE id = NEW.campaign_id;
    IF NEW.department IS DISTINCT FROM campaign_department THEN
      {_raise("Accès refusé : un second avis doit être du département de sa campagne.")};
    END IF;
    IF NOT {{s}}.may(NEW.department, {may_validate}) THEN
      {_raise("Accès refusé : tirer des seconds avis est réservé aux validateurs du département.")};
    END IF;
    IF NEW.drawn_by IS DISTINCT FROM session_user AND NOT {{s}}.may(NEW.department, {may_administer}) THEN
      {_raise("Accès refusé : seul un administrateur peut inscrire un autre nom que le sien (drawn_by).")};
    END IF;
    RETURN NEW;
  END IF;
  IF NOT {{s}}.may(NEW.department, {may_administer}) THEN
    {own}
  END IF;
  IF NEW.settled_by IS DISTINCT FROM OLD.settled_by
     AND NOT {{s}}.may(NEW.department, {may_validate}) THEN
    {_raise("Accès refusé : trancher un désaccord est réservé aux validateurs du département.")};
  END IF;
  RETURN NEW;
END"""
    _trigger(cur, schema, OPINIONS, "access_opinions", "BEFORE INSERT OR UPDATE", body,
             campaigns=(schema, "campaigns"))


def _install_journal_trigger(cur, schema: str) -> None:
    reserved = _words(VALIDATOR_ACTIONS)
    approvals = _words((lc.APPROVE, lc.REJECT))
    may_validate, may_administer = _array(VALIDATORS), _array(ADMINS)
    body = f"""
DECLARE
  item record;
  campaign_department text;
BEGIN
  IF NEW.action IN ({approvals}) THEN
    -- Whoever they are, even the owner acting for someone.
    SELECT decided_by INTO item FROM {{items}} WHERE id = NEW.item_id;
    IF item.decided_by IS NULL OR item.decided_by IN (NEW.user_name, session_user) THEN
      {_raise(OWN_DECISION)};
    END IF;
  END IF;
  IF {{s}}.is_owner() THEN
    RETURN NEW;
  END IF;
  SELECT department INTO campaign_department FROM {{campaigns}} WHERE id = NEW.campaign_id;
  IF NEW.department IS DISTINCT FROM campaign_department THEN
    {_raise("Accès refusé : une entrée du journal doit être du département de sa campagne.")};
  END IF;
  SELECT department, campaign_id INTO item FROM {{items}} WHERE id = NEW.item_id;
  IF NOT FOUND OR item.department IS DISTINCT FROM NEW.department
     OR item.campaign_id IS DISTINCT FROM NEW.campaign_id THEN
    {_raise("Accès refusé : une entrée du journal doit porter sur un élément de sa campagne.")};
  END IF;
  IF NEW.user_name IS DISTINCT FROM session_user AND NOT {{s}}.may(NEW.department, {may_administer}) THEN
    {_raise("Accès refusé : seul un administrateur peut inscrire au journal un autre nom que le sien.")};
  END IF;
  IF NEW.action IN ({reserved}) THEN
    IF NOT {{s}}.may(NEW.department, {may_validate}) THEN
      {_raise("Accès refusé : approuver, rejeter ou synchroniser est réservé aux validateurs du département.")};
    END IF;
  END IF;
  RETURN NEW;
END"""
    _trigger(cur, schema, "journal", "access_journal", "BEFORE INSERT", body,
             campaigns=(schema, "campaigns"), items=(schema, "items"))


def _trigger(cur, schema: str, table: str, name: str, when: str, body: str, **names) -> None:
    """A SECURITY DEFINER trigger function (it reads rows the caller may not see) and its trigger."""
    function = _sql().Identifier(schema, name)
    cur.execute(_q("CREATE OR REPLACE FUNCTION {f}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
                   "SET search_path = pg_catalog, pg_temp AS $body$" + body + "$body$",
                   f=function, s=schema, **names))
    cur.execute(_q("DROP TRIGGER IF EXISTS {n} ON {t}", n=name, t=(schema, table)))
    cur.execute(_q(f"CREATE TRIGGER {{n}} {when} ON {{t}} FOR EACH ROW EXECUTE FUNCTION {{f}}()",
                   n=name, t=(schema, table), f=function))


# --- the production table ------------------------------------------------------------------------

def split_table(name: str, default_schema: str = "public") -> tuple:
    """``"schema.table"`` or ``"table"`` → (schema, table)."""
    name = (name or "").strip()
    if not name:
        raise InputError(tr("Nom de table de production manquant (--production-table)."))
    return qualified(name, default_schema)


def install_production_policies(conn, schema: str, table: str, department_column: str,
                                sync_schema: str = DEFAULT_SYNC_SCHEMA) -> None:
    """Row-level security on the production table: validators and administrators of a département
    read and write only its rows. Logins that are reviewers of no review schema protecting the
    table keep the access they had (their own grants decide), so that enabling the policies breaks
    no other user of the table. Several review schemas may protect one table: each has its own
    policy (``ocsge_review_departments_<schema>``), found again at every init from the functions
    the policies call, and the policy for the others names them all.

    ``schema`` is the review schema whose membership rows decide (installed in this database by
    install_access); ``sync_schema`` gets what a validator running the sync needs."""
    prod_schema, prod_table = split_table(table)
    with conn.cursor() as cur:
        columns = _columns(cur, prod_schema, prod_table)
        where = f"{prod_schema}.{prod_table}"
        if not columns:
            raise AccessError(tr("Table de production introuvable : « {where} » (--production-table).",
                                 where=where))
        if department_column not in columns:
            raise AccessError(
                tr("La table de production « {where} » n'a pas de colonne « {department_column} » : "
                   "ajoutez-la et remplissez-la avant d'installer les droits, par exemple "
                   "ALTER TABLE {where} ADD COLUMN {department_column} text; "
                   "UPDATE {where} SET {department_column} = '32'; (le code du département de chaque "
                   "ligne), ou nommez la colonne existante avec --department-column.",
                   where=where, department_column=department_column))
        v, a = group_role(schema, VALIDATOR), group_role(schema, ADMIN)
        groups = _q("{v}, {a}", v=v, a=a)
        t = (prod_schema, prod_table)
        cur.execute(_q("GRANT USAGE ON SCHEMA {s} TO {g}", s=prod_schema, g=groups))
        cur.execute(_q("GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {g}", t=t, g=groups))
        # The id sequence numbers the sync's split parts (nextval): USAGE, nothing to read.
        for sequence in _owned_sequences(cur, prod_schema, prod_table):
            cur.execute(_q("REVOKE ALL ON SEQUENCE {q} FROM {g}", q=sequence, g=groups))
            cur.execute(_q("GRANT USAGE ON SEQUENCE {q} TO {g}", q=sequence, g=groups))
        _enable_rls(cur, prod_schema, prod_table)
        # One policy per review schema protecting the table (several may: each its own members).
        reviewers = _protecting_schemas(cur, prod_schema, prod_table)
        policies = _policies(cur, prod_schema, prod_table)
        if LEGACY_PRODUCTION_POLICY in policies:
            # Made by a version that named it once for all: it becomes its schema's own.
            owner = _policy_schema(cur, prod_schema, prod_table, LEGACY_PRODUCTION_POLICY)
            if owner is not None and _production_policy(owner) not in policies:
                cur.execute(_q("ALTER POLICY {p} ON {t} RENAME TO {n}", p=LEGACY_PRODUCTION_POLICY, t=t,
                               n=_production_policy(owner)))
            else:
                cur.execute(_q("DROP POLICY {p} ON {t}", p=LEGACY_PRODUCTION_POLICY, t=t))
        mine = _in_departments(schema, department_column, VALIDATORS)
        _policy(cur, prod_schema, prod_table, _production_policy(schema), "ALL", using=mine, check=mine,
                to=(v, a))
        # Logins that are reviewers of no schema protecting the table keep what their grants give;
        # a reviewer of any of them gets only their départements. Evaluated once per query.
        reviewers = sorted(set(reviewers) | {schema})
        anyone = _sql().SQL(" OR ").join(_q("{s}.is_reviewer()", s=r) for r in reviewers)
        others = _q("(SELECT NOT ({anyone}))", anyone=anyone)
        _policy(cur, prod_schema, prod_table, OTHERS_POLICY, "ALL", using=others, check=others)
        install_sync_policies(cur, schema, sync_schema)


# The production table's policies: one per review schema, and one for logins that review nothing.
LEGACY_PRODUCTION_POLICY = "ocsge_review_departments"
OTHERS_POLICY = "ocsge_review_others"


def _policy_name(prefix: str, schema: str) -> str:
    """``prefix`` + schema, within PostgreSQL's 63 bytes (a digest of a longer schema name)."""
    name = f"{prefix}_{schema}"
    if len(name.encode("utf-8")) <= 63:
        return name
    import hashlib
    return f"{prefix}_{hashlib.sha1(schema.encode('utf-8')).hexdigest()[:16]}"


def _production_policy(schema: str) -> str:
    return _policy_name(LEGACY_PRODUCTION_POLICY, schema)


def _policies(cur, schema: str, table: str) -> List[str]:
    cur.execute("SELECT polname FROM pg_policy WHERE polrelid = %s::regclass",
                (_sql().Identifier(schema, table).as_string(cur),))
    return [r[0] for r in cur.fetchall()]


_POLICY_SCHEMAS = ("SELECT DISTINCT n.nspname FROM pg_policy pol JOIN pg_depend d ON d.classid = 'pg_policy'::regclass "
                   "AND d.objid = pol.oid AND d.refclassid = 'pg_proc'::regclass JOIN pg_proc f ON f.oid = d.refobjid "
                   "JOIN pg_namespace n ON n.oid = f.pronamespace WHERE pol.polrelid = %s::regclass "
                   "AND f.proname = 'my_departments'")


def _protecting_schemas(cur, schema: str, table: str) -> List[str]:
    """The review schemas whose département policies protect a table (their membership decides)."""
    cur.execute(_POLICY_SCHEMAS + " ORDER BY 1", (_sql().Identifier(schema, table).as_string(cur),))
    return [r[0] for r in cur.fetchall()]


def _policy_schema(cur, schema: str, table: str, policy: str) -> Optional[str]:
    cur.execute(_POLICY_SCHEMAS + " AND pol.polname = %s", (_sql().Identifier(schema, table).as_string(cur), policy))
    rows = cur.fetchall()
    return rows[0][0] if len(rows) == 1 else None


# What a validator's sync does in each table of the sync's schema (sync.py): register a campaign,
# capture and refresh base versions, record and resolve conflicts, append decisions and audit rows.
SYNC_RIGHTS = {"campaigns": "SELECT, INSERT", "base": "SELECT, INSERT, UPDATE", "applied": "SELECT, INSERT",
               "audit": "SELECT, INSERT", "conflicts": "SELECT, INSERT, UPDATE", "migrations": "SELECT"}


def install_sync_policies(cur, schema: str, sync_schema: str) -> None:
    """The sync's own tables (the caller made them: production.admin): validators and administrators of a
    département read and write the rows of its campaigns only, with no more rights than the sync needs;
    nothing is ever deleted or rewritten in the audit trail or the decisions applied."""
    v, a = group_role(schema, VALIDATOR), group_role(schema, ADMIN)
    groups = _q("{v}, {a}", v=v, a=a)
    cur.execute(_q("GRANT USAGE ON SCHEMA {s} TO {g}", s=sync_schema, g=groups))
    # What earlier versions granted: every right on every table and sequence, now and to come.
    cur.execute(_q("ALTER DEFAULT PRIVILEGES IN SCHEMA {s} REVOKE ALL ON TABLES FROM {g}", s=sync_schema, g=groups))
    cur.execute(_q("ALTER DEFAULT PRIVILEGES IN SCHEMA {s} REVOKE ALL ON SEQUENCES FROM {g}",
                   s=sync_schema, g=groups))
    cur.execute(_q("REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {g}", s=sync_schema, g=groups))
    cur.execute(_q("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM {g}", s=sync_schema, g=groups))
    mine = _in_departments(schema, "department", VALIDATORS)
    of_mine = _q("campaign_uid IN (SELECT c.campaign_uid FROM {c} c WHERE {mine})", c=(sync_schema, "campaigns"),
                 mine=_in_departments(schema, "department", VALIDATORS, table_alias="c"))
    for table in _tables(cur, sync_schema):
        rights = SYNC_RIGHTS.get(table)
        if rights is None:
            continue                # not the sync's: nothing granted
        t = (sync_schema, table)
        cur.execute(_q("GRANT " + rights + " ON {t} TO {g}", t=t, g=groups))
        if "INSERT" in rights:
            _grant_sequences(cur, sync_schema, table, groups)
        if table == "migrations":
            continue
        key = mine if table == "campaigns" else of_mine
        if table in ("applied", "audit"):
            # The login that wrote the row is the one named in it.
            check = _q("{k} AND db_user IN (session_user, current_user)", k=key)
        else:
            check = key
        _enable_rls(cur, sync_schema, table)
        _policy(cur, sync_schema, table, _policy_name("read", schema), "SELECT", using=key, to=(v, a))
        _policy(cur, sync_schema, table, _policy_name("add", schema), "INSERT", check=check, to=(v, a))
        if "UPDATE" in rights:
            _policy(cur, sync_schema, table, _policy_name("change", schema), "UPDATE", using=key, check=key,
                    to=(v, a))


# --- logins and membership ---------------------------------------------------------------------

def ensure_login(conn, user: str, password: Optional[str]) -> bool:
    """Create the LOGIN role ``user`` if missing (True if created). The password is sent as a
    SCRAM-SHA-256 verifier computed here (libpq's PQencryptPasswordConn): the clear text never
    leaves this process, not even in the server's statement log. An existing role keeps its
    password unless a new one is given."""
    with conn.cursor() as cur:
        exists = _exists_role(cur, user)
        if not exists and not password:
            raise InputError(tr("Le compte « {user} » n'existe pas : un mot de passe est nécessaire pour le créer.",
                                user=user))
        verifier = None
        if password:
            verifier = conn.pgconn.encrypt_password(password.encode("utf-8"), user.encode("utf-8"),
                                                    b"scram-sha-256").decode("ascii")
        if not exists:
            cur.execute(_q("CREATE ROLE {u} LOGIN PASSWORD {p}", u=user, p=_lit(verifier)))
        elif verifier:
            cur.execute(_q("ALTER ROLE {u} PASSWORD {p}", u=user, p=_lit(verifier)))
    return not exists


def grant(conn, schema: str, user: str, role: str, departments: Iterable[str]) -> None:
    """Make ``user`` a ``role`` of ``departments``: group membership and membership rows (idempotent)."""
    with conn.cursor() as cur:
        if not _exists_role(cur, user):
            raise InputError(tr("Le compte PostgreSQL « {user} » n'existe pas.", user=user))
        cur.execute(_q("GRANT {g} TO {u}", g=group_role(schema, role), u=user))
        for department in departments:
            cur.execute(_q("INSERT INTO {m} (user_name, department, role) VALUES (%s, %s, %s) "
                           "ON CONFLICT DO NOTHING", m=(schema, MEMBERS)), (user, department, role))


def revoke(conn, schema: str, user: str, role: str, departments: Optional[Iterable[str]]) -> int:
    """Remove ``user``'s ``role`` in ``departments`` (all when None); the group role goes with
    the last of them. Returns the number of membership rows removed. The login itself stays."""
    with conn.cursor() as cur:
        if departments is None:
            cur.execute(_q("DELETE FROM {m} WHERE user_name = %s AND role = %s", m=(schema, MEMBERS)),
                        (user, role))
        else:
            cur.execute(_q("DELETE FROM {m} WHERE user_name = %s AND role = %s AND department = ANY (%s)",
                           m=(schema, MEMBERS)), (user, role, list(departments)))
        removed = cur.rowcount
        cur.execute(_q("SELECT 1 FROM {m} WHERE user_name = %s AND role = %s LIMIT 1", m=(schema, MEMBERS)),
                    (user, role))
        if cur.fetchone() is None and _exists_role(cur, user):
            cur.execute(_q("REVOKE {g} FROM {u}", g=group_role(schema, role), u=user))
    return removed


def memberships(conn, schema: str, user: Optional[str] = None) -> List[tuple]:
    """(user, department, role) rows the caller may see, sorted."""
    with conn.cursor() as cur:
        query = _q("SELECT user_name, department, role FROM {m}", m=(schema, MEMBERS))
        if user is None:
            cur.execute(query + _sql().SQL(" ORDER BY 1, 2, 3"))
        else:
            cur.execute(query + _sql().SQL(" WHERE user_name = %s ORDER BY 1, 2, 3"), (user,))
        return [tuple(r) for r in cur.fetchall()]
