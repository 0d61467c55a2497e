"""Access by département, enforced by PostgreSQL itself: each login tries, through its own
password-authenticated connection and raw SQL, what its role must not do."""
import os
import subprocess
import sys

import psycopg
import pytest

from ocsge_review.production import admin
from ocsge_review.production.sync import ProductionTable
from ocsge_review.cli import commands as cli
from ocsge_review.errors import InputError
from ocsge_review.errors import OcsgeError
from ocsge_review.store import Decision
from ocsge_review.store import pg_access as acc
from ocsge_review.store.pg import PgStore

SCHEMA = "ocsge_review"
PROD = "prod.occupation_sol"
STORE_DB, PROD_DB = "access_store", "access_prod"
RHONE_X = 800000          # the Rhône's items and production rows lie far east of the Gers's
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
PASSWORDS = {"i32": "int-32 secret", "v32": "val'32 s€cret", "v69": "val-69-secret", "a32": "adm-32-secret",
             "v32b": "val-32b-secret", "other": "other-secret"}
USERS = (("i32", "interpreter", "32"), ("v32", "validator", "32"), ("v32b", "validator", "32"),
         ("v69", "validator", "69"), ("a32", "admin", "32"))


def _spec(postgis, dbname, user="postgres"):
    return f"host={postgis.host} port={postgis.port} dbname={dbname} user={user}"


@pytest.fixture(scope="module")
def access(postgis, password_auth, tmp_path_factory):
    """A store for 32 and 69 with a campaign each, a production table in another database,
    the logins of USERS (passwords required) and one login that is no reviewer."""
    for db in (STORE_DB, PROD_DB):
        postgis.psql(f"CREATE DATABASE {db}")
        _psql(postgis, db, "CREATE EXTENSION postgis")
    _psql(postgis, PROD_DB, """CREATE SCHEMA prod;
        CREATE TABLE prod.occupation_sol (id serial PRIMARY KEY, code_cs text, code_us text, millesime int,
            source text, ossature int, id_origine text, code_or text, departement text,
            geom geometry(Polygon, 2154));
        INSERT INTO prod.occupation_sol (code_cs, code_us, millesime, departement, geom)
        SELECT 'CS2.1.1', 'US1.1', 2019, d, ST_MakeEnvelope(x, 0, x + 10, 10, 2154)
        FROM (VALUES ('32', 0), ('32', 0), ('69', {RHONE_X})) r(d, x);""".format(RHONE_X=RHONE_X))
    store, prod = _spec(postgis, STORE_DB), _spec(postgis, PROD_DB)
    production = ProductionTable(table=PROD)
    admin.init(store, ["32", "69"], production=prod, table=production)
    for user, role, dept in USERS:
        admin.grant(store, user, role, [dept], PASSWORDS[user], production=prod)
        password_auth(user)
    postgis.psql(f"CREATE ROLE other LOGIN PASSWORD '{PASSWORDS['other']}'")
    password_auth("other")
    _psql(postgis, PROD_DB, "GRANT USAGE ON SCHEMA prod TO other; GRANT SELECT ON prod.occupation_sol TO other")
    for name, dept in (("Gers", "32"), ("Rhône", "69")):
        _add_campaign(postgis, name, dept, (("1", "decided", "i32"), ("2", "decided", "v32"), ("3", "pending", None),
                                            ("4", "decided", "i32")))
    return {"store": store, "prod": prod, "production": production}


def _add_campaign(postgis, name, dept, items):
    """A campaign of ``dept`` with ``items`` (source suffix, state, decided_by) and their journal
    records, written by the owner as PgStore.create would, in the states given (the access trigger,
    which lets items be born pending or accepted only, is set aside while the superuser does so)."""
    values = ", ".join(f"('{k}', {n}, '{state}', " + (f"'{who}'" if who else "NULL") + ")"
                       for n, (k, state, who) in enumerate(items))
    _psql(postgis, STORE_DB, f"""
        ALTER TABLE {SCHEMA}.items DISABLE TRIGGER access_items;
        INSERT INTO {SCHEMA}.campaigns (uid, name, department, epsg, model_version, created_at)
        VALUES ('uid-{name}', '{name}', '{dept}', 2154, 'm1', 'now');
        INSERT INTO {SCHEMA}.items (campaign_id, department, source_id, part, rank, code_cs, code_us, state,
                                    decided_by, cs_final, us_final, area_m2, geom)
        SELECT c.id, c.department, c.department || '-' || k, 'queue', n, 'CS2.2.1', 'US1.1', s, d,
               CASE WHEN d IS NULL THEN NULL ELSE 'CS2.2.1' END, CASE WHEN d IS NULL THEN NULL ELSE 'US1.1' END,
               100, ST_MakeEnvelope(x + n, 0, x + n + 1, 1, 2154)
        FROM {SCHEMA}.campaigns c, (VALUES {values}) v(k, n, s, d), (VALUES ({RHONE_X if dept == "69" else 0})) o(x)
        WHERE c.name = '{name}';
        INSERT INTO {SCHEMA}.journal (campaign_id, department, item_id, user_name, action, recorded_at,
                                      model_version)
        SELECT campaign_id, department, id, decided_by, 'confirm', 'now', 'm1'
        FROM {SCHEMA}.items WHERE decided_by IS NOT NULL AND campaign_id = (SELECT id FROM {SCHEMA}.campaigns
                                                                            WHERE name = '{name}');
        ALTER TABLE {SCHEMA}.items ENABLE TRIGGER access_items;""")


def _psql(postgis, dbname, sql):
    """``sql`` run by the owner (postgres) in ``dbname``; an error raises RuntimeError with psql's message."""
    return postgis.psql(sql, dbname=dbname)


def _as(postgis, user, dbname=STORE_DB, password=None):
    """``user``'s own connection, with their password (the server asks for it)."""
    return psycopg.connect(host=postgis.host, port=postgis.port, dbname=dbname, user=user,
                           password=password or PASSWORDS[user], autocommit=True)


def _one(conn, sql, *args):
    with conn.cursor() as cur:
        cur.execute(sql, args)
        return cur.fetchone()


def _run(conn, sql, *args):
    """Row count of a write, or the refusal."""
    with conn.cursor() as cur:
        cur.execute(sql, args)
        return cur.rowcount


def _item(postgis, dept, source):
    return int(_psql(postgis, STORE_DB, f"SELECT id FROM {SCHEMA}.items WHERE source_id = '{dept}-{source}'"))


def _record(conn, campaign, dept, item, user, action):
    """A journal record written by ``conn``'s login with raw SQL; the row count."""
    return _run(conn, f"INSERT INTO {SCHEMA}.journal (campaign_id, department, item_id, user_name, action, "
                      "recorded_at, model_version) VALUES (%s, %s, %s, %s, %s, 'now', 'm1')",
                campaign, dept, item, user, action)


def _open(postgis, user, campaign):
    """PgStore opened by ``user`` through their own password-authenticated connection."""
    return PgStore.open(_spec(postgis, STORE_DB, user), schema=SCHEMA, campaign=campaign,
                        password=PASSWORDS[user])


def _campaign(postgis, dept):
    return int(_psql(postgis, STORE_DB, f"SELECT min(id) FROM {SCHEMA}.campaigns WHERE department = '{dept}'"))


def test_logins_need_their_password(postgis, access):
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        _as(postgis, "v32", password="wrong")
    with _as(postgis, "v32") as conn:
        assert _one(conn, "SELECT session_user")[0] == "v32"


@pytest.mark.parametrize("user", ["i32", "v32", "a32"])
def test_a_gers_reviewer_reads_nothing_of_the_rhone(postgis, access, user):
    with _as(postgis, user) as conn:
        for table in ("campaigns", "items", "journal"):
            assert _one(conn, f"SELECT count(*) FROM {SCHEMA}.{table} WHERE department = '69'")[0] == 0
            assert _one(conn, f"SELECT count(*) FROM {SCHEMA}.{table} WHERE department = '32'")[0] > 0
        assert _one(conn, f"SELECT count(*) FROM {SCHEMA}.counts WHERE campaign_id = %s",
                    _campaign(postgis, "69"))[0] == 0
        assert _one(conn, f"SELECT count(*) FROM {SCHEMA}.counts WHERE campaign_id = %s",
                    _campaign(postgis, "32"))[0] > 0
        assert {r[1] for r in acc.memberships(conn, SCHEMA)} <= {"32"}


def test_a_gers_validator_changes_nothing_of_the_rhone(postgis, access):
    rhone, rhone_campaign = _item(postgis, "69", 1), _campaign(postgis, "69")
    before = _psql(postgis, STORE_DB, f"SELECT * FROM {SCHEMA}.items WHERE department = '69' ORDER BY id")
    with _as(postgis, "v32") as conn:
        # Rows one may not see are rows one cannot touch: nothing is updated or deleted.
        assert _run(conn, f"UPDATE {SCHEMA}.items SET state = 'validated', validated_by = 'v32' "
                          "WHERE id = %s", rhone) == 0
        assert _run(conn, f"UPDATE {SCHEMA}.items SET cs_final = 'CS1.1.1.1' WHERE department = '69'") == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):      # campaigns are the administrators'
            _run(conn, f"UPDATE {SCHEMA}.campaigns SET name = 'pris' WHERE department = '69'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _run(conn, f"DELETE FROM {SCHEMA}.items WHERE department = '69'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _run(conn, f"INSERT INTO {SCHEMA}.items (campaign_id, department, state, geom) "
                       "VALUES (%s, '69', 'pending', 'POINT(0 0)')", rhone_campaign)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):   # a 69 item dressed as a 32 one
            _run(conn, f"INSERT INTO {SCHEMA}.items (campaign_id, department, state, geom) "
                       "VALUES (%s, '32', 'pending', 'POINT(0 0)')", rhone_campaign)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _record(conn, rhone_campaign, "69", rhone, "v32", "approve")
        for sql in (f"DELETE FROM {SCHEMA}.campaigns WHERE department = '69'",
                    f"UPDATE {SCHEMA}.journal SET user_name = 'v32' WHERE department = '69'",
                    f"DELETE FROM {SCHEMA}.journal WHERE department = '69'"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                _run(conn, sql)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _run(conn, f"INSERT INTO {SCHEMA}.campaigns (uid, name, department, epsg, model_version, created_at) "
                       "VALUES ('x', 'x', '69', 2154, 'm', 'now')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):   # moving one's own item to the Rhône
            _run(conn, f"UPDATE {SCHEMA}.items SET department = '69' WHERE id = %s", _item(postgis, "32", 3))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):     # figures are the triggers' only
            _run(conn, f"UPDATE {SCHEMA}.counts SET n = 0 WHERE campaign_id = %s", rhone_campaign)
    after = _psql(postgis, STORE_DB, f"SELECT * FROM {SCHEMA}.items WHERE department = '69' ORDER BY id")
    assert after == before


def test_the_rhone_production_rows_are_out_of_a_gers_validators_reach(postgis, access):
    with _as(postgis, "v32", PROD_DB) as conn:
        assert _one(conn, f"SELECT count(*) FROM {PROD}")[0] == 2
        assert _one(conn, f"SELECT count(*) FROM {PROD} WHERE departement = '69'")[0] == 0
        assert _run(conn, f"UPDATE {PROD} SET code_cs = 'CS1.1.1.1' WHERE departement = '69'") == 0
        assert _run(conn, f"DELETE FROM {PROD} WHERE departement = '69'") == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _run(conn, f"INSERT INTO {PROD} (code_cs, code_us, departement) VALUES ('CS1.1.1.1', 'US1.1', '69')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _run(conn, f"UPDATE {PROD} SET departement = '69' WHERE departement = '32'")
        # Their own département's rows they read and write (the sync does).
        assert _run(conn, f"UPDATE {PROD} SET code_us = 'US1.2' WHERE departement = '32'") == 2
        assert _run(conn, f"INSERT INTO {PROD} (code_cs, code_us, departement) VALUES ('CS2.1.1', 'US1.1', '32')") == 1
    with _as(postgis, "i32", PROD_DB) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        _one(conn, f"SELECT count(*) FROM {PROD}")      # interpreters do not work on production
    with _as(postgis, "v69", PROD_DB) as conn:
        assert _one(conn, f"SELECT count(*) FROM {PROD} WHERE departement <> '69'")[0] == 0
    # A login that is no reviewer keeps what its own grants give it: every row.
    with _as(postgis, "other", PROD_DB) as conn:
        assert _one(conn, f"SELECT count(DISTINCT departement) FROM {PROD}")[0] == 2
    assert _psql(postgis, PROD_DB, f"SELECT count(*) FROM {PROD} WHERE departement = '69' AND code_us = 'US1.1'") \
        .strip() == "1"


def test_an_interpreter_cannot_approve_or_reject(postgis, access):
    item, campaign = _item(postgis, "32", 2), _campaign(postgis, "32")     # decided by v32
    with _as(postgis, "i32") as conn:
        for state in ("validated", "rejected"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="réservé aux validateurs"):
                _run(conn, f"UPDATE {SCHEMA}.items SET state = %s WHERE id = %s", state, item)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="réservé aux validateurs"):
            _run(conn, f"UPDATE {SCHEMA}.items SET validated_by = 'i32' WHERE id = %s", item)
        for action in acc.VALIDATOR_ACTIONS:
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="réservé aux validateurs"):
                _record(conn, campaign, "32", item, "i32", action)
        # What interpreters do, they may: claim an item of their département, write the journal.
        pending = _item(postgis, "32", 3)
        assert _run(conn, f"UPDATE {SCHEMA}.items SET state = 'claimed', claimed_by = 'i32' WHERE id = %s",
                    pending) == 1
        assert _record(conn, campaign, "32", pending, "i32", "claim") == 1
        with pytest.raises(psycopg.errors.InsufficientPrivilege):        # the journal is append-only
            _run(conn, f"UPDATE {SCHEMA}.journal SET action = 'approve' WHERE department = '32'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _run(conn, f"DELETE FROM {SCHEMA}.journal WHERE department = '32'")


def test_a_validator_cannot_validate_their_own_decision(postgis, access):
    own, other, campaign = _item(postgis, "32", 2), _item(postgis, "32", 4), _campaign(postgis, "32")
    with _as(postgis, "v32") as conn:
        for state in ("validated", "rejected"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="propre décision"):
                _run(conn, f"UPDATE {SCHEMA}.items SET state = %s, validated_by = 'v32' WHERE id = %s", state, own)
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="propre décision"):
                _run(conn, f"UPDATE {SCHEMA}.items SET state = %s WHERE id = %s", state, own)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="propre décision"):
            _record(conn, campaign, "32", own, "v32", "approve")
        # Clearing one's name first is no way round: it is not rewritten while decided.
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="ne change pas"):
            _run(conn, f"UPDATE {SCHEMA}.items SET decided_by = NULL WHERE id = %s", own)
        # Someone else's decision: approved, journal and item.
        assert _record(conn, campaign, "32", other, "v32", "approve") == 1
        assert _run(conn, f"UPDATE {SCHEMA}.items SET state = 'validated', validated_by = 'v32' WHERE id = %s",
                    other) == 1
    # Not even an administrator or the owner may approve a decision in its author's name.
    with _as(postgis, "a32") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege, match="propre décision"):
        _run(conn, f"UPDATE {SCHEMA}.items SET state = 'validated', validated_by = 'v32' WHERE id = %s", own)
    with pytest.raises(RuntimeError, match="propre décision"):
        _psql(postgis, STORE_DB, f"UPDATE {SCHEMA}.items SET state = 'validated', validated_by = 'v32' "
                                 f"WHERE id = {own}")


def test_an_interpreter_cannot_touch_what_was_approved_nor_anothers_decision(postgis, access):
    _add_campaign(postgis, "Gers quater", "32", (("q1", "validated", "v32b"), ("q2", "decided", "v32b"),
                                                  ("q3", "synced", "v32b")))
    with _as(postgis, "i32") as conn:
        for source in ("q1", "q3"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="réservé aux validateurs"):
                _run(conn, f"UPDATE {SCHEMA}.items SET cs_final = 'CS1.1.1.1' WHERE id = %s",
                     _item(postgis, "32", source))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="seuls son auteur"):
            _run(conn, f"UPDATE {SCHEMA}.items SET cs_final = 'CS1.1.1.1' WHERE id = %s", _item(postgis, "32", "q2"))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="seuls son auteur"):
            _run(conn, f"UPDATE {SCHEMA}.items SET state = 'claimed', claimed_by = 'i32', decided_by = NULL "
                       "WHERE id = %s", _item(postgis, "32", "q2"))


def test_nobody_validates_their_own_decision_by_another_way(postgis, access):
    """The item's life is the trigger's, whoever writes: validated or rejected only from decided, by a
    validator other than its author; synced only from validated (or accepted); who decided is never
    rewritten once decided; an item is born pending or accepted (a split part apart)."""
    _add_campaign(postgis, "Gers cinq", "32", (("c1", "pending", None), ("c2", "decided", "v32"),
                                                ("c3", "decided", "a32"), ("c4", "decided", "i32")))
    campaign = int(_psql(postgis, STORE_DB, f"SELECT id FROM {SCHEMA}.campaigns WHERE name = 'Gers cinq'"))
    pending, own, admins, other = (_item(postgis, "32", c) for c in ("c1", "c2", "c3", "c4"))
    with _as(postgis, "v32") as conn:
        # Straight from pending to validated, decided and validated by oneself.
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="seul un élément décidé"):
            _run(conn, f"UPDATE {SCHEMA}.items SET state = 'validated', decided_by = 'v32', validated_by = 'v32', "
                       "cs_final = 'CS1.1.1.1', us_final = 'US1.1' WHERE id = %s", pending)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="seul un élément décidé"):
            _run(conn, f"UPDATE {SCHEMA}.items SET state = 'rejected', validated_by = 'v32' WHERE id = %s", pending)
        # One's own decision straight to synced (approval skipped).
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="seul un élément validé"):
            _run(conn, f"UPDATE {SCHEMA}.items SET state = 'synced' WHERE id = %s", own)
        # Born validated, or decided without being a split part.
        for state, who in (("validated", "'v32'"), ("synced", "NULL"), ("decided", "NULL")):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="créé en attente"):
                _run(conn, f"INSERT INTO {SCHEMA}.items (campaign_id, department, state, decided_by, geom) "
                           f"VALUES (%s, '32', '{state}', 'v32', 'POINT(0 0)')", campaign)
        # A "split part" of an item nobody split (here, someone else's decision).
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="que son auteur a découpé"):
            _run(conn, f"INSERT INTO {SCHEMA}.items (campaign_id, department, state, decided_by, parent_id, geom) "
                       "VALUES (%s, '32', 'decided', 'v32', %s, 'POINT(0 0)')", campaign, other)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="pas créé déjà validé"):
            _run(conn, f"INSERT INTO {SCHEMA}.items (campaign_id, department, state, validated_by, geom) "
                       "VALUES (%s, '32', 'pending', 'v32', 'POINT(0 0)')", campaign)
        # Approving in a stale name, the previous validator's.
        _psql(postgis, STORE_DB, f"UPDATE {SCHEMA}.items SET validated_by = 'v32b' WHERE id = {other}")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="autre nom que le sien"):
            _run(conn, f"UPDATE {SCHEMA}.items SET state = 'validated' WHERE id = %s", other)
    # An administrator lends their decision to someone else, then approves it: refused at the first step.
    with _as(postgis, "a32") as conn:
        for item, name in ((admins, "i32"), (other, "a32"), (admins, None)):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="ne change pas"):
                _run(conn, f"UPDATE {SCHEMA}.items SET decided_by = %s WHERE id = %s", name, item)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="propre décision"):
            _run(conn, f"UPDATE {SCHEMA}.items SET state = 'validated', validated_by = 'v32' WHERE id = %s", admins)
    with pytest.raises(RuntimeError, match="ne change pas"):         # not even the owner
        _psql(postgis, STORE_DB, f"UPDATE {SCHEMA}.items SET decided_by = 'i32' WHERE id = {admins}")
    # The way that is right still is: another validator approves, then syncs.
    with _as(postgis, "v32b") as conn:
        assert _run(conn, f"UPDATE {SCHEMA}.items SET state = 'validated', validated_by = 'v32b' WHERE id = %s",
                    own) == 1
        assert _run(conn, f"UPDATE {SCHEMA}.items SET state = 'synced' WHERE id = %s", own) == 1
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="ne change pas"):
            _run(conn, f"UPDATE {SCHEMA}.items SET decided_by = 'v32b' WHERE id = %s", own)
    assert _psql(postgis, STORE_DB, f"SELECT state, decided_by, validated_by FROM {SCHEMA}.items "
                                    f"WHERE campaign_id = {campaign} ORDER BY id").split() == \
        ["pending||", "synced|v32|v32b", "decided|a32|", "decided|i32|v32b"]
    # A rejected item taken offline by its author and given back is rejected again.
    with _open(postgis, "v32", "Gers cinq") as store:
        store.validate(other, "v32", approve=False, reason="haie oubliée")
    with _open(postgis, "i32", "Gers cinq") as store:
        taken = store.reserve("i32")
        assert other in taken and store.give_back(taken, "i32") == len(taken)
    assert _psql(postgis, STORE_DB, f"SELECT state FROM {SCHEMA}.items WHERE id = {other}").strip() == "rejected"


def test_sequences_and_counts_tell_and_take_nothing_across_departements(postgis, access):
    """No login reads a sequence (its last value counts every département's rows); nobody writes the
    counts but the triggers, which keep them for an interpreter's claims, splits and journal records."""
    with _as(postgis, "i32") as conn:
        for sequence in ("items_id_seq", "journal_seq_seq", "campaigns_id_seq"):
            _refused(conn, f"SELECT last_value FROM {SCHEMA}.{sequence}")
        for sql in (f"UPDATE {SCHEMA}.counts SET n = n + 1000",
                    f"INSERT INTO {SCHEMA}.counts (campaign_id, part, state, shard, n, area_m2) "
                    f"VALUES ({_campaign(postgis, '32')}, 'queue', 'synced', 0, 1000, 0)",
                    f"DELETE FROM {SCHEMA}.counts"):
            _refused(conn, sql)
    for user in ("v32", "a32"):
        with _as(postgis, user) as conn:
            _refused(conn, f"SELECT last_value FROM {SCHEMA}.items_id_seq")
            _refused(conn, f"UPDATE {SCHEMA}.counts SET n = 0")
    with _as(postgis, "v32", PROD_DB) as conn:
        _refused(conn, "SELECT last_value FROM prod.occupation_sol_id_seq")
    # Every SECURITY DEFINER function, in both databases, runs with a fixed search_path.
    for db in (STORE_DB, PROD_DB):
        assert _psql(postgis, db, "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                                  "WHERE p.prosecdef AND n.nspname LIKE 'ocsge%' AND NOT EXISTS (SELECT 1 FROM "
                                  "unnest(p.proconfig) c WHERE c LIKE 'search_path=%')").strip() == "0"
    assert _psql(postgis, STORE_DB, f"SELECT bool_and(prosecdef) FROM pg_proc WHERE proname LIKE 'counts_%' "
                                    f"AND pronamespace = '{SCHEMA}'::regnamespace").strip() == "t"
    # The interpreter's own work still counts: a split inserts its parts and their journal records.
    import shapely
    from ocsge_review.store import Part
    _add_campaign(postgis, "Gers six", "32", [("s1", "pending", None)])
    with _open(postgis, "i32", "Gers six") as store:
        item = store.claim_next("i32")
        x0, y0, x1, y1 = shapely.from_wkb(item.wkb).bounds
        parts = store.split(item.id, "i32", [Part(shapely.box(x0, y0, (x0 + x1) / 2, y1).wkb, "CS2.2.1", "US1.1"),
                                             Part(shapely.box((x0 + x1) / 2, y0, x1, y1).wkb, "CS1.1.1.1", "US1.1")])
        counts = store.counts()["queue"]
    assert len(parts) == 2 and counts["decided"]["count"] == 2 and counts["superseded"]["count"] == 1
    assert "pending" not in counts


def test_only_administrators_write_another_name(postgis, access):
    campaign, pending = _campaign(postgis, "32"), _item(postgis, "32", 1)
    with _as(postgis, "v32b") as conn:
        for column in ("claimed_by", "decided_by", "validated_by", "skipped_by"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="autre nom que le sien"):
                _run(conn, f"UPDATE {SCHEMA}.items SET {column} = 'v69' WHERE id = %s", _item(postgis, "32", 3))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="autre nom que le sien"):
            _record(conn, campaign, "32", pending, "i32", "claim")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):      # SET ROLE changes nothing
            _run(conn, f"SET ROLE {SCHEMA}_admin")
    with _as(postgis, "a32") as conn:
        assert _record(conn, campaign, "32", pending, "i32", "claim") == 1
        assert _run(conn, f"UPDATE {SCHEMA}.items SET skipped_by = 'i32' WHERE id = %s", pending) == 1


def test_membership_rows_are_the_administrators_business(postgis, access):
    with _as(postgis, "v32") as conn:
        assert acc.memberships(conn, SCHEMA) == [("v32", "32", "validator")]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _run(conn, f"INSERT INTO {SCHEMA}.members (user_name, department, role) VALUES ('v32', '69', 'admin')")
    with _as(postgis, "a32") as conn:
        assert {r[0] for r in acc.memberships(conn, SCHEMA)} == {"i32", "v32", "v32b", "a32"}
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _run(conn, f"INSERT INTO {SCHEMA}.members (user_name, department, role) VALUES ('a32', '69', 'admin')")


def test_init_and_grant_twice_change_nothing(postgis, access):
    def state():
        return (_psql(postgis, STORE_DB, f"SELECT user_name, department, role FROM {SCHEMA}.members ORDER BY 1, 2, 3"),
                _psql(postgis, STORE_DB, "SELECT tablename, policyname, cmd FROM pg_policies ORDER BY 1, 2"),
                _psql(postgis, PROD_DB, "SELECT tablename, policyname, cmd FROM pg_policies ORDER BY 1, 2"),
                postgis.psql(f"SELECT r.rolname, m.rolname FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid "
                             f"JOIN pg_roles m ON m.oid = a.member WHERE r.rolname LIKE '{SCHEMA}%' ORDER BY 1, 2"))
    before = state()
    admin.init(access["store"], ["32", "69"], production=access["prod"], table=access["production"])
    for user, role, dept in USERS:
        admin.grant(access["store"], user, role, [dept], None, production=access["prod"])
    assert state() == before
    with _as(postgis, "v32") as conn:      # the password survived a grant without one
        assert _one(conn, "SELECT count(*) FROM ocsge_review.items WHERE department = '69'")[0] == 0


def test_revoke_takes_the_departement_away(postgis, access):
    admin.grant(access["store"], "v69", "validator", ["32"], None, production=access["prod"])
    with _as(postgis, "v69") as conn:
        assert _one(conn, f"SELECT count(*) FROM {SCHEMA}.items WHERE department = '32'")[0] > 0
    assert admin.revoke(access["store"], "v69", "validator", ["32"], production=access["prod"]) == 1
    with _as(postgis, "v69") as conn:
        assert _one(conn, f"SELECT count(*) FROM {SCHEMA}.items WHERE department = '32'")[0] == 0
        assert _one(conn, f"SELECT count(*) FROM {SCHEMA}.items WHERE department = '69'")[0] > 0
    with _as(postgis, "v69", PROD_DB) as conn:
        assert _one(conn, f"SELECT count(*) FROM {PROD} WHERE departement = '32'")[0] == 0


def test_a_login_whose_last_role_was_revoked_is_told_so_not_that_the_connection_was_lost(postgis, access):
    admin.grant(access["store"], "solo32", "interpreter", ["32"], "solo-32-secret")
    spec = _spec(postgis, STORE_DB, "solo32")
    PgStore.open(spec, schema=SCHEMA, campaign="Gers", password="solo-32-secret").close()
    admin.revoke(access["store"], "solo32", "interpreter", None)
    with pytest.raises(InputError) as refused:
        PgStore.open(spec, schema=SCHEMA, campaign="Gers", password="solo-32-secret")
    assert "Le compte « solo32 » n'a pas accès au magasin de revue" in str(refused.value)
    assert "admin grant" in str(refused.value) and "perdue" not in str(refused.value)


def test_a_grant_for_a_departement_not_prepared_is_refused(postgis, access):
    with pytest.raises(InputError, match="admin init --departments 75"):
        admin.grant(access["store"], "v32", "validator", ["75"], None)


def test_a_production_table_without_departement_column_says_how_to_add_it(postgis, access, capsys):
    _psql(postgis, PROD_DB, "CREATE TABLE prod.sans_dep (id serial PRIMARY KEY, code_cs text)")
    assert cli.main(["admin", "init", "--store", access["store"], "--departments", "32", "--production",
                     access["prod"], "--production-table", "prod.sans_dep"]) == cli.EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "n'a pas de colonne « departement »" in err
    assert "ALTER TABLE prod.sans_dep ADD COLUMN departement text" in err and "--department-column" in err
    assert _psql(postgis, PROD_DB, "SELECT relrowsecurity FROM pg_class WHERE relname = 'sans_dep'").strip() == "f"
    assert cli.main(["admin", "init", "--store", access["store"], "--departments", "32,69", "--production",
                     access["prod"], "--production-table", PROD]) == 0
    assert f"Table de production « {PROD} » protégée par la colonne « departement »" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        cli.main(["admin", "init", "--store", access["store"], "--departments", "32", "--production-table", PROD,
                  "--prod", access["prod"]])      # no abbreviations


def _server_log(postgis):
    data = postgis.psql("SHOW data_directory").strip()
    with open(os.path.join(os.path.dirname(data), "server.log"), encoding="utf-8", errors="replace") as fh:
        return fh.read()


@pytest.fixture()
def statements_logged(postgis):
    """The server writes every statement it receives to its log, for the length of a test."""
    postgis.psql("ALTER SYSTEM SET log_statement = 'all'")
    postgis.psql("SELECT pg_reload_conf()")
    yield
    postgis.psql("ALTER SYSTEM RESET log_statement")
    postgis.psql("SELECT pg_reload_conf()")


def test_cli_admin_init_grant_and_revoke(postgis, password_auth, tmp_path, capsys, statements_logged):
    postgis.psql("CREATE DATABASE access_cli")
    _psql(postgis, "access_cli", "CREATE EXTENSION postgis")
    store = _spec(postgis, "access_cli")
    for _ in range(2):
        assert cli.main(["admin", "init", "--store", store, "--schema", "cli_review", "--departments", "32, 2a"]) == 0
    out = capsys.readouterr().out
    assert "départements 32, 2A" in out and "cli_review_validator" in out

    secret = "Correct horse battery staple 32!"
    pwfile = tmp_path / "pw"
    pwfile.write_text(secret + "\n", encoding="utf-8")
    assert cli.main(["admin", "grant", "--store", store, "--schema", "cli_review", "--user", "cli_val",
                     "--role", "validator", "--departments", "32", "--password-file", str(pwfile)]) == 0
    # Twice: the login exists, its password is set again from the file, nothing else changes.
    assert cli.main(["admin", "grant", "--store", store, "--schema", "cli_review", "--user", "cli_val",
                     "--role", "validator", "--departments", "32", "--password-file", str(pwfile)]) == 0
    captured = capsys.readouterr()
    assert "Compte PostgreSQL « cli_val » créé." in captured.out
    assert "« cli_val » est validateur pour : 32." in captured.out
    password_auth("cli_val")
    with _as(postgis, "cli_val", "access_cli", password=secret) as conn:
        assert acc.memberships(conn, "cli_review") == [("cli_val", "32", "validator")]

    # From a prompt: here standard input is a pipe, as in `… | python -m ocsge_review admin grant`.
    stdin_secret = "typed at the prompt 69?"
    res = subprocess.run([sys.executable, "-m", "ocsge_review", "admin", "grant", "--store", store, "--schema",
                          "cli_review", "--user", "cli_int", "--role", "interpreter", "--departments", "2A,32"],
                         input=stdin_secret + "\n", capture_output=True, text=True, cwd=REPO, timeout=120)
    assert res.returncode == 0, res.stderr
    assert "« cli_int » est photo-interprète pour : 2A, 32." in res.stdout
    password_auth("cli_int")
    with _as(postgis, "cli_int", "access_cli", password=stdin_secret) as conn:
        assert [r[1] for r in acc.memberships(conn, "cli_review")] == ["2A", "32"]
    with pytest.raises(psycopg.OperationalError):
        _as(postgis, "cli_int", "access_cli", password=secret)

    assert cli.main(["admin", "revoke", "--store", store, "--schema", "cli_review", "--user", "cli_int",
                     "--role", "interpreter", "--departments", "2A"]) == 0
    assert "1 droit(s) retiré(s)" in capsys.readouterr().out
    with _as(postgis, "cli_int", "access_cli", password=stdin_secret) as conn:
        assert [r[1] for r in acc.memberships(conn, "cli_review")] == ["32"]

    # Never on the screen, never in the server's statement log (only the SCRAM verifier is sent).
    log = _server_log(postgis)
    assert "CREATE ROLE" in log and "SCRAM-SHA-256$" in log
    for text in (captured.out, captured.err, res.stdout, res.stderr, log):
        assert secret not in text and stdin_secret not in text


def test_cli_takes_no_password_argument(postgis, capsys):
    store = _spec(postgis, STORE_DB)
    with pytest.raises(SystemExit) as exit_:
        cli.main(["admin", "grant", "--store", store, "--user", "x", "--role", "validator", "--departments", "32",
                  "--password", "hunter2"])
    assert exit_.value.code == cli.EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "pas de mot de passe en argument" in err and "hunter2" not in err
    assert cli.main(["admin", "init", "--store", store + " password=hunter2", "--departments", "32"]) == 2
    err = capsys.readouterr().err
    assert "Pas de mot de passe dans --store" in err and "hunter2" not in err


def test_cli_refuses_an_empty_password_file(postgis, tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.write_text("\n")
    assert cli.main(["admin", "grant", "--store", _spec(postgis, STORE_DB), "--user", "nobody_yet",
                     "--role", "validator", "--departments", "32", "--password-file", str(empty)]) == 2
    assert "est vide" in capsys.readouterr().err
    assert postgis.psql("SELECT count(*) FROM pg_roles WHERE rolname = 'nobody_yet'").strip() == "0"


def test_through_pgstore_each_role_does_its_part_and_no_more(postgis, access):
    _add_campaign(postgis, "Gers bis", "32", (("b1", "pending", None), ("b2", "decided", "v32"),
                                               ("b3", "pending", None)))
    with pytest.raises(InputError, match="Pas de campagne « Rhône »"):     # invisible to the Gers
        _open(postgis, "i32", "Rhône")
    with _open(postgis, "i32", "Gers bis") as store:
        item = store.claim_next("i32")
        assert item is not None and item.source_id.startswith("32-b")
        with pytest.raises(OcsgeError, match="PostgreSQL refuse .*autre nom que le sien"):
            store.claim_next("v32b")                                  # claiming in someone else's name
        seq = store.decide(Decision(item.id, "i32", None, "CS2.2.1", "US1.1"))
        assert seq > 0
        with pytest.raises(OcsgeError, match="PostgreSQL refuse .*réservé aux validateurs"):
            store.validate(_item(postgis, "32", "b2"), "i32", approve=True)
    with _open(postgis, "v32", "Gers bis") as store:
        assert store.validate(item.id, "v32", approve=True) > 0
        with pytest.raises(OcsgeError, match="propre décision"):
            store.validate(_item(postgis, "32", "b2"), "v32", approve=True)
        with pytest.raises(OcsgeError):
            store.validate(_item(postgis, "69", "1"), "v32", approve=True)     # a Rhône item: not found
        assert {r.user for r in store.journal()} <= {"i32", "v32"}
    assert _psql(postgis, STORE_DB, f"SELECT state, validated_by FROM {SCHEMA}.items WHERE id = {item.id}") \
        .strip() == "validated|v32"
    assert _psql(postgis, STORE_DB, f"SELECT state FROM {SCHEMA}.items WHERE source_id = '69-1'").strip() == "decided"


def test_a_whole_review_through_pgstore_works_under_the_policies(postgis, access):
    """Every store method an interpreter or a validator uses, under their own logins."""
    import shapely
    from ocsge_review.store import Part
    _add_campaign(postgis, "Gers ter", "32", [(f"t{k}", "pending", None) for k in range(5)])
    with _open(postgis, "i32", "Gers ter") as store:
        item = store.claim_next("i32")
        x0, y0, x1, y1 = shapely.from_wkb(item.wkb).bounds
        halves = [Part(shapely.box(x0, y0, (x0 + x1) / 2, y1).wkb, "CS2.2.1", "US1.1"),
                  Part(shapely.box((x0 + x1) / 2, y0, x1, y1).wkb, "CS1.1.1.1", "US1.1")]
        assert len(store.split(item.id, "i32", halves)) == 2
        store.undo(item.id, "i32")
        store.merge(item.id, "i32", store.neighbours(item.id)[:1], "CS2.2.1", "US1.1")
        store.undo(item.id, "i32")
        store.decide(Decision(item.id, "i32", None, "CS1.1.1.1", "US1.1"))
        skipped = store.claim_next("i32")
        store.release(skipped.id, "i32")
        other = store.claim_next("i32")
        store.heartbeat(other.id, "i32")
        store.decide(Decision(other.id, "i32", None, "CS2.2.1", "US1.1"))
    with _open(postgis, "v32", "Gers ter") as store:
        store.validate(item.id, "v32", approve=True)
        store.validate(other.id, "v32", approve=False, reason="haie oubliée")
        assert [e.item_id for e in store.validated_edits()] == [item.id]
        store.mark_synced([item.id], "v32")
        counts = store.counts()["queue"]
        assert counts["synced"]["count"] == 1 and counts["rejected"]["count"] == 1
    with _open(postgis, "i32", "Gers ter") as store:
        back = store.claim_next("i32")
        assert (back.id, back.rejection) == (other.id, "haie oubliée")
    users = _psql(postgis, STORE_DB, f"SELECT DISTINCT user_name FROM {SCHEMA}.journal j JOIN {SCHEMA}.campaigns c "
                                     f"ON c.id = j.campaign_id WHERE c.name = 'Gers ter'").split()
    assert sorted(users) == ["i32", "v32"]


def _refused(conn, sql, *args):
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _run(conn, sql, *args)


def test_the_syncs_books_are_kept_by_departement_with_no_more_rights_than_the_sync_needs(postgis, access):
    """ocsge_sync's tables: a Gers validator neither reads nor forges what belongs to a Rhône campaign
    (base versions, conflicts, decisions applied), never rewrites the audit trail or the decisions
    applied, never deletes; interpreters see nothing; a table the sync does not know grants nothing."""
    from ocsge_review.production import sync as sy
    sy.Production.open(access["prod"], sy.ProductionTable(table=PROD)).close()     # the owner's: up to date
    _psql(postgis, PROD_DB, f"""
        INSERT INTO ocsge_sync.campaigns (campaign_uid, name, department, target) VALUES
            ('uid-R', 'Rhône', '69', '{PROD}'), ('uid-G', 'Gers', '32', '{PROD}') ON CONFLICT DO NOTHING;
        INSERT INTO ocsge_sync.base (campaign_uid, source_id, version, attributes, geom)
        SELECT CASE departement WHEN '69' THEN 'uid-R' ELSE 'uid-G' END, id::text, md5(p::text),
               to_jsonb(p) - 'geom', geom FROM {PROD} p ON CONFLICT DO NOTHING;
        INSERT INTO ocsge_sync.conflicts (decision_key, campaign_uid, item_id, approval_seq, source_id, reason,
                                          changed_rows)
        VALUES ('uid-R:9:1', 'uid-R', 9, 1, '3', 'changed', '{{3}}'), ('uid-G:9:1', 'uid-G', 9, 1, '1', 'changed',
                '{{1}}') ON CONFLICT DO NOTHING;
        INSERT INTO ocsge_sync.audit (decision_key, campaign_uid, item_id, operation, target, row_id, applied_by)
        VALUES ('uid-R:8:1', 'uid-R', 8, 'update', '{PROD}', '3', 'v69'), ('uid-G:8:1', 'uid-G', 8, 'update',
                '{PROD}', '1', 'v32');
        CREATE TABLE IF NOT EXISTS ocsge_sync.later_test (id bigserial PRIMARY KEY, note text);""")
    rhone_base = _psql(postgis, PROD_DB, "SELECT * FROM ocsge_sync.base WHERE campaign_uid = 'uid-R'")
    with _as(postgis, "v32", PROD_DB) as conn:
        for table in ("campaigns", "base", "conflicts", "audit", "applied"):
            assert _one(conn, f"SELECT count(*) FROM ocsge_sync.{table} WHERE campaign_uid = 'uid-R'")[0] == 0
        gers = _one(conn, "SELECT count(*) FROM ocsge_sync.base WHERE campaign_uid = 'uid-G'")[0]
        assert gers > 0
        # Forging a Rhône base version, settling a Rhône conflict: no row to touch.
        assert _run(conn, "UPDATE ocsge_sync.base SET version = 'x' WHERE campaign_uid = 'uid-R'") == 0
        assert _run(conn, "UPDATE ocsge_sync.conflicts SET status = 'theirs' WHERE campaign_uid = 'uid-R'") == 0
        # Adding to a Rhône campaign's books, or registering a Rhône campaign: refused.
        _refused(conn, "INSERT INTO ocsge_sync.applied (decision_key, campaign_uid, item_id, approval_seq, changes, "
                       "applied_by) VALUES ('uid-R:10:1', 'uid-R', 10, 1, 0, 'v32')")
        _refused(conn, "INSERT INTO ocsge_sync.base (campaign_uid, source_id, version) VALUES ('uid-R', '99', 'x')")
        _refused(conn, "INSERT INTO ocsge_sync.conflicts (decision_key, campaign_uid, item_id, approval_seq, "
                       "source_id, reason, changed_rows) VALUES ('uid-R:11:1', 'uid-R', 11, 1, '3', 'changed', '{3}')")
        _refused(conn, "INSERT INTO ocsge_sync.campaigns (campaign_uid, name, department, target) "
                       "VALUES ('uid-R2', 'Rhône 2', '69', 'x')")
        _refused(conn, "UPDATE ocsge_sync.base SET campaign_uid = 'uid-R' WHERE campaign_uid = 'uid-G'")
        # The audit trail and the decisions applied are append-only, even in one's own département,
        # and name the login that wrote them; nothing is ever deleted.
        for sql in ("UPDATE ocsge_sync.audit SET applied_by = 'x' WHERE campaign_uid = 'uid-G'",
                    "UPDATE ocsge_sync.applied SET changes = 0", "UPDATE ocsge_sync.campaigns SET department = '32'",
                    "DELETE FROM ocsge_sync.audit", "DELETE FROM ocsge_sync.conflicts", "DELETE FROM ocsge_sync.base",
                    "DELETE FROM ocsge_sync.applied", "DELETE FROM ocsge_sync.campaigns",
                    "INSERT INTO ocsge_sync.audit (decision_key, campaign_uid, item_id, operation, target, row_id, "
                    "applied_by, db_user) VALUES ('uid-G:7:1', 'uid-G', 7, 'update', 't', '1', 'v32', 'v32b')",
                    "SELECT last_value FROM ocsge_sync.audit_id_seq", "SELECT count(*) FROM ocsge_sync.later_test"):
            _refused(conn, sql)
        # What the sync does in its own département, it may.
        assert _run(conn, "INSERT INTO ocsge_sync.audit (decision_key, campaign_uid, item_id, operation, target, "
                          "row_id, applied_by) VALUES ('uid-G:7:1', 'uid-G', 7, 'update', 't', '1', 'v32')") == 1
        assert _run(conn, "UPDATE ocsge_sync.conflicts SET status = 'mine' WHERE campaign_uid = 'uid-G'") == 1
        assert _run(conn, "UPDATE ocsge_sync.base SET captured_at = now() WHERE campaign_uid = 'uid-G'") == gers
    with _as(postgis, "v69", PROD_DB) as conn:
        assert _one(conn, "SELECT count(*) FROM ocsge_sync.base WHERE campaign_uid = 'uid-R'")[0] == 1
        assert _one(conn, "SELECT count(*) FROM ocsge_sync.base WHERE campaign_uid = 'uid-G'")[0] == 0
    with _as(postgis, "i32", PROD_DB) as conn:
        for table in ("campaigns", "base", "conflicts", "audit", "applied"):
            _refused(conn, f"SELECT count(*) FROM ocsge_sync.{table}")
    assert _psql(postgis, PROD_DB, "SELECT * FROM ocsge_sync.base WHERE campaign_uid = 'uid-R'") == rhone_base
    assert _psql(postgis, PROD_DB, "SELECT status FROM ocsge_sync.conflicts WHERE campaign_uid = 'uid-R'").strip() \
        == "open"
    _psql(postgis, PROD_DB, "DELETE FROM ocsge_sync.audit WHERE campaign_uid IN ('uid-R', 'uid-G'); "
                            "DELETE FROM ocsge_sync.conflicts WHERE campaign_uid IN ('uid-R', 'uid-G');"
                            "DELETE FROM ocsge_sync.base WHERE campaign_uid IN ('uid-R', 'uid-G');"
                            "DELETE FROM ocsge_sync.campaigns WHERE campaign_uid IN ('uid-R', 'uid-G')")


def test_a_second_review_schema_on_the_production_table_opens_nothing(postgis, access):
    """admin init for another review schema protecting the same production table: each schema has its
    own policy, and a reviewer of either one is no "other login" for the other's."""
    admin.init(access["store"], ["32"], schema="ocsge_review_b", production=access["prod"], table=access["production"])
    with _as(postgis, "v69", PROD_DB) as conn:
        assert _one(conn, f"SELECT count(*) FROM {PROD} WHERE departement <> '69'")[0] == 0
        assert _run(conn, f"UPDATE {PROD} SET code_cs = 'CS1.1.1.1' WHERE departement = '32'") == 0
    names = _psql(postgis, PROD_DB, "SELECT policyname FROM pg_policies WHERE tablename = 'occupation_sol' "
                                    "ORDER BY 1").split()
    assert names == ["ocsge_review_departments_ocsge_review", "ocsge_review_departments_ocsge_review_b",
                     "ocsge_review_others"]
    # A validator of the second schema gets its départements there, nothing of the first's.
    postgis.psql(f"CREATE ROLE vb32 LOGIN PASSWORD '{PASSWORDS['other']}'")
    admin.grant(access["store"], "vb32", "validator", ["32"], None, schema="ocsge_review_b", production=access["prod"])
    with psycopg.connect(_spec(postgis, PROD_DB, "vb32"), autocommit=True) as conn:
        assert _one(conn, f"SELECT count(DISTINCT departement) FROM {PROD}")[0] == 1
        assert _one(conn, f"SELECT count(*) FROM {PROD} WHERE departement = '69'")[0] == 0
    with _as(postgis, "other", PROD_DB) as conn:      # no reviewer: its own grants decide
        assert _one(conn, f"SELECT count(DISTINCT departement) FROM {PROD}")[0] == 2
    # Running init again for the first schema keeps the second's policy.
    admin.init(access["store"], ["32", "69"], production=access["prod"], table=access["production"])
    assert _psql(postgis, PROD_DB, "SELECT policyname FROM pg_policies WHERE tablename = 'occupation_sol' "
                                   "ORDER BY 1").split() == names


def test_a_terminal_prompt_asks_twice_and_echoes_nothing(monkeypatch):
    answers = iter(["typed secret", "typed secret", "first", "second"])
    prompts = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(admin.getpass, "getpass", lambda prompt: prompts.append(prompt) or next(answers))
    assert admin.read_password(None, "marie") == "typed secret"
    assert prompts == ["Mot de passe de « marie » : ", "Encore une fois : "]
    with pytest.raises(InputError, match="diffèrent") as refused:
        admin.read_password(None, "marie")
    assert "first" not in str(refused.value) and "second" not in str(refused.value)


def test_a_refusal_by_the_server_says_who_may_do_it(postgis, access):
    postgis.psql("CREATE ROLE plain_login LOGIN")
    with pytest.raises(acc.AccessError, match="propriétaire du schéma ou un superutilisateur") as refused:
        admin.grant(_spec(postgis, STORE_DB, "plain_login"), "newcomer", "validator", ["32"], "newcomer-secret")
    assert "newcomer-secret" not in str(refused.value)
    assert postgis.psql("SELECT count(*) FROM pg_roles WHERE rolname = 'newcomer'").strip() == "0"


def test_a_gers_validator_syncs_the_gers_and_cannot_reach_the_rhone(postgis, access, tmp_path):
    """The real sync, run by a validator through their own login: a Gers correction reaches production,
    a correction of a Rhône row (the campaign's by mistake) finds no row to change and writes nothing.
    The sync's tables are made by the owner (Production.open migrates); the validator's run opens
    without migrating (see the report: migrate() issues DDL even when up to date)."""
    import numpy as np
    import shapely
    from ocsge_review.production import sync as sy
    from ocsge_review.store import Campaign
    from ocsge_review.store.gpkg import GpkgStore
    from ocsge_review.store.rules import ITEM_COLUMNS
    rows = dict(line.split("|") for line in _psql(postgis, PROD_DB, f"SELECT id, departement FROM {PROD}").split())
    gers, rhone = min(i for i, d in rows.items() if d == "32"), min(i for i, d in rows.items() if d == "69")
    ids = [gers, rhone]
    columns = {c: np.full(2, None, dtype=object) for c in ITEM_COLUMNS}
    columns.update(source_id=np.array(ids, dtype=object), part=np.full(2, "queue", dtype=object),
                   rank=np.arange(2, dtype="float64"), code_cs=np.full(2, "CS2.1.1", dtype=object),
                   code_us=np.full(2, "US1.2", dtype=object), area_m2=np.full(2, 100.0))
    wkb = shapely.to_wkb(np.array([shapely.box(0, 0, 10, 10)] * 2, dtype=object))
    campaign = Campaign(name="sync 32", department="32", department_name="Gers", epsg=2154, model_version="m1",
                        source="m.gpkg", policy={})
    table = sy.ProductionTable(table=PROD)
    with GpkgStore.create(str(tmp_path / "review.gpkg"), campaign, columns, wkb) as store:
        with sy.Production.open(access["prod"], table) as owner:
            sy.capture_base(store, owner)
        for _ in ids:
            item = store.claim_next("ana")
            store.decide(Decision(item.id, "ana", None, "CS1.1.1.1", "US1.2"))
            store.validate(item.id, "v32", True)
        with sy.Production.open(_spec(postgis, PROD_DB, "v32"), table, password=PASSWORDS["v32"],
                                migrate=False) as prod:
            report = sy.sync(store, prod, "v32")
    assert len(report.applied) == 1 and len(report.conflicts) == 1
    assert _psql(postgis, PROD_DB, f"SELECT code_cs FROM {PROD} WHERE id = {gers}").strip() == "CS1.1.1.1"
    assert _psql(postgis, PROD_DB, f"SELECT code_cs FROM {PROD} WHERE id = {rhone}").strip() == "CS2.1.1"
    assert _psql(postgis, PROD_DB, "SELECT DISTINCT db_user FROM ocsge_sync.audit").split() == ["v32"]


def test_no_estimate_tells_a_gers_validator_where_the_rhone_is(postgis, access):
    """PostGIS's estimated extent reads the spatial index and the statistics, which row-level security
    does not filter: closed to the reviewers, while the extent of what they may read stays theirs."""
    for db, table in ((STORE_DB, f"{SCHEMA}.items"), (PROD_DB, PROD)):
        _psql(postgis, db, f"ANALYZE {table}")
        schema, name = table.split(".")
        with _as(postgis, "v32", dbname=db) as conn:
            for probe in (f"SELECT ST_EstimatedExtent('{schema}', '{name}', 'geom')",
                          f"SELECT _postgis_index_extent('{table}'::regclass, 'geom')",
                          f"SELECT _postgis_stats('{table}'::regclass, 'geom')"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(probe)
            assert _one(conn, f"SELECT ST_XMax(ST_Extent(geom)) FROM {table}")[0] < RHONE_X
            assert _one(conn, "SELECT count(*) FROM pg_stats WHERE schemaname = %s AND tablename = %s",
                        schema, name)[0] == 0
        # The owner keeps them; logins that review nothing are refused too (documented for administrators).
        assert float(_psql(postgis, db, f"SELECT ST_XMax(ST_EstimatedExtent('{schema}', '{name}', 'geom'))")) \
            >= RHONE_X


def test_second_opinions_are_drawn_answered_and_settled_by_the_right_people(postgis, access):
    from ocsge_review.store import lifecycle as lc
    from ocsge_review.store.opinions import Frame
    gers = _campaign(postgis, "32")
    first, other = _item(postgis, "32", 1), _item(postgis, "32", 4)     # both decided by i32
    table = f"{SCHEMA}.second_opinions"
    insert = (f"INSERT INTO {table} (campaign_id, department, item_id, draw, stratum, frame_size, frame_area_m2, "
              "drawn_at, drawn_by, state, first_by) VALUES (%s, '32', %s, 1, 'queue', 3, 300, 'now', %s, 'pending', "
              "'i32')")
    with _as(postgis, "i32") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="réservé aux validateurs"):
            _run(conn, insert, gers, first, "i32")
    with _as(postgis, "v32") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="drawn_by"):
            _run(conn, insert, gers, first, "a32")
    with _open(postgis, "v32", "Gers") as store:
        frame = Frame([first, other, _item(postgis, "32", 2)], 300.0)
        assert store.add_opinions({"queue": ([first, other], frame)}, 1, "now", 5, "v32") == 2
    with _as(postgis, "i32") as conn:
        # Whatever the client: the author of the decision does not give its second opinion.
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="quelqu'un d'autre que son auteur"):
            _run(conn, f"UPDATE {table} SET state = 'claimed', claimed_by = 'i32' WHERE item_id = %s", first)
    with _open(postgis, "i32", "Gers") as store:
        assert store.claim_opinion("i32") is None
    with _open(postgis, "v32b", "Gers") as store:
        assert store.claim_opinion("v32b").id == first
        assert store.answer_opinion(first, "v32b", "CS2.1.2", "US1.1") == lc.DISPUTED
        with pytest.raises(OcsgeError, match="un autre validateur"):
            store.settle_opinion(first, "v32b", "CS2.2.1", "US1.1")
    with _as(postgis, "v32b") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="ne change plus"):
            _run(conn, f"UPDATE {table} SET code_cs = 'CS2.2.1' WHERE item_id = %s", first)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="aucun des deux avis"):
            _run(conn, f"UPDATE {table} SET state = 'settled', settled_by = 'v32b' WHERE item_id = %s", first)
    with _as(postgis, "i32") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _run(conn, f"UPDATE {table} SET state = 'settled', settled_by = 'i32', verdict_cs = 'CS2.1.2' "
                       "WHERE item_id = %s", first)
    with _open(postgis, "v32", "Gers") as store:
        store.settle_opinion(first, "v32", "CS2.2.1", "US1.1")
        assert [o.state for o in store.opinions()] == [lc.SETTLED, lc.PENDING]
    with _as(postgis, "v69") as conn:
        assert _one(conn, f"SELECT count(*) FROM {table}")[0] == 0          # the Gers' rows are not the Rhône's
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _run(conn, insert, gers, _item(postgis, "32", 2), "v69")    # nor a draw in the Gers
