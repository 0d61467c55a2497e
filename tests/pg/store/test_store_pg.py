"""What only a PostGIS store has: raw-SQL append-only journal, migrations, rights, several
campaigns in one schema, refusals, and a connection dropped in the middle of a decision."""
import numpy as np
import psycopg
import pytest
import shapely

from ocsge_review.store import lifecycle as lc
from ocsge_review.errors import InputError, OcsgeError
from ocsge_review.store import Campaign, Decision, Part, open_store
from ocsge_review.store.pg import SCHEMA_VERSION, PgStore
from tests.store_probe import snapshot
from tests.store_probe import sql as _sql
from tests.unit.store.test_store_gpkg import _assert_same_counts, _columns, clock, store  # noqa: F401 (fixtures)


def _campaign(name="test", department="32"):
    return Campaign(name=name, department=department, department_name="Gers", epsg=2154, model_version="m1",
                    source="model.gpkg", policy={"threshold": 0.85}, lock_seconds=60)


def _sessions(store):
    return _sql(store, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'ocsge_review'")[0][0]


def test_journal_is_append_only_even_with_raw_sql(store):
    a = store.claim_next("ana")
    store.decide(Decision(a.id, "ana", None, "CS2.2.1", "US1.1"))
    store.claim_next("ana")
    for query in ("UPDATE {s}.journal SET user_name = 'mallory'", "UPDATE {s}.journal SET geom_before = NULL",
                  "DELETE FROM {s}.journal", "TRUNCATE {s}.journal"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="ajout seul"):
            _sql(store, query)
    assert [r.user for r in store.journal()] == ["ana"]


def test_journal_stays_append_only_after_geometry_edits(store):
    store.claim_next("ana")
    store.split(1, "ana", [Part(shapely.to_wkb(shapely.box(700000, 6600000, 700020, 6600050)), "CS2.2.1", "US1.1"),
                           Part(shapely.to_wkb(shapely.box(700020, 6600000, 700050, 6600050)), "CS2.2.1", "US1.1")])
    for query in ("UPDATE {s}.journal SET related = 7", "DELETE FROM {s}.journal WHERE related IS NOT NULL"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="ajout seul"):
            _sql(store, query)
    assert [r.related for r in store.journal()] == [None, 1, 1]


def test_a_newer_schema_is_refused_and_leaves_no_connection(store):
    store.close()
    _sql(store, "INSERT INTO {s}.migrations VALUES (99, 'futur', 'x')")
    before = _sessions(store)
    with pytest.raises(InputError, match="version plus récente"):
        PgStore.open(store.spec, schema=store.schema)
    assert _sessions(store) == before


def test_a_store_without_its_counts_is_migrated_on_open(store, clock):
    a = store.claim_next("ana")
    store.decide(Decision(a.id, "ana", None, "CS2.1.2", "US1.1"))
    store.close()
    _sql(store, "DROP TABLE {s}.counts; DROP FUNCTION {s}.counts_insert, {s}.counts_update, {s}.counts_delete "
                "CASCADE; DELETE FROM {s}.migrations WHERE version = 2")
    again = PgStore.open(store.spec, schema=store.schema, clock=clock)
    assert again.schema_version() == SCHEMA_VERSION == 3
    _assert_same_counts(again.counts(), again)
    b = again.claim_next("bob")
    again.decide(Decision(b.id, "bob", None, "CS2.2.1", "US1.1"))
    _assert_same_counts(again.counts(), again)
    again.close()


def test_an_up_to_date_store_needs_no_ddl_right(store, clock):
    """An interpreter's role: read and write rows, nothing else."""
    _sql(store, "DROP ROLE IF EXISTS interp; CREATE ROLE interp LOGIN; GRANT USAGE ON SCHEMA {s} TO interp; "
                "GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA {s} TO interp; "
                "GRANT USAGE ON ALL SEQUENCES IN SCHEMA {s} TO interp")
    spec = store.spec.replace("user=postgres", "user=interp")
    try:
        with open_store(spec, schema=store.schema, clock=clock) as mine:
            item = mine.claim_next("ana")
            mine.decide(Decision(item.id, "ana", None, "CS2.2.1", "US1.1"))
            assert mine.schema_version() == SCHEMA_VERSION and len(mine.journal()) == 1
            # …and no right to rewrite history either.
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                with psycopg.connect(spec, autocommit=True) as con:
                    con.execute(f'DELETE FROM "{store.schema}".journal')
    finally:
        _sql(store, "DROP OWNED BY interp; DROP ROLE interp")


def test_one_schema_many_campaigns(store, make_store, clock):
    cols, wkb = _columns(["queue", "queue"])
    other = make_store(_campaign("Landes", "40"), cols, wkb, clock)
    assert other.claim_next("ana").id == 6                   # ids are the schema's, not the campaign's
    with pytest.raises(InputError, match="Plusieurs campagnes .*« test », « Landes »"):
        open_store(store.spec, schema=store.schema)
    with open_store(store.spec, schema=store.schema, campaign="Landes") as landes:
        assert landes.campaign().department == "40"
        assert {s: v["count"] for s, v in landes.counts()["queue"].items()} == {lc.CLAIMED: 1, lc.PENDING: 1}
        with pytest.raises(InputError, match="L'élément 1 n'existe pas dans cette campagne"):
            landes.item(1)
    with open_store(store.spec, schema=store.schema, campaign=store.campaign().uid) as gers:
        assert gers.campaign().name == "test" and gers.claim_next("ana").id == 1
        assert gers.journal() == [] and gers.counts()["queue"][lc.CLAIMED]["count"] == 1
    with pytest.raises(InputError, match="Pas de campagne « Creuse ».*« test », « Landes »"):
        open_store(store.spec, schema=store.schema, campaign="Creuse")
    rows = _sql(store, "SELECT DISTINCT campaign_id, department FROM {s}.items ORDER BY 1")
    assert rows == [(1, "32"), (2, "40")]
    other.close()


def test_bad_stores_are_refused(store, pg_spec):
    with pytest.raises(InputError, match="schéma « nulle_part » .* n'est pas un magasin de revue"):
        open_store(pg_spec, schema="nulle_part")
    with pytest.raises(InputError, match="Pas de mot de passe"):
        open_store(pg_spec + " password=secret")
    with pytest.raises(InputError, match="Connexion à PostgreSQL impossible") as refused:
        open_store("host=127.0.0.1 port=1 dbname=x user=y connect_timeout=2")
    assert "password" not in str(refused.value)
    cols, wkb = _columns(["queue"])
    with pytest.raises(InputError, match="La campagne « test » existe déjà dans le schéma"):
        PgStore.create(store.spec, _campaign(), cols, wkb, schema=store.schema)
    with pytest.raises(InputError, match="Nom de schéma PostgreSQL invalide"):
        open_store(pg_spec, schema="100%")
    with pytest.raises(InputError, match="Colonnes manquantes"):
        PgStore.create(store.spec, _campaign("x"), {"part": cols["part"]}, wkb, schema=store.schema)
    assert len(_sql(store, "SELECT * FROM {s}.campaigns")) == 1


def test_a_connection_dropped_mid_decision_records_nothing_and_the_next_call_reconnects(store, monkeypatch):
    a = store.claim_next("ana")
    before = snapshot(store)
    pid = store._con.info.backend_pid
    journal = store._journal

    def then_drop(cur, *args, **kwargs):
        seq = journal(cur, *args, **kwargs)          # the journal row is written…
        _sql(store, f"SELECT pg_terminate_backend({pid})")     # …and the server goes away before the commit
        return seq
    monkeypatch.setattr(store, "_journal", then_drop)
    with pytest.raises(OcsgeError, match="Connexion à PostgreSQL perdue .* rien n'a été enregistré") as lost:
        store.decide(Decision(a.id, "ana", None, "CS2.2.1", "US1.1"))
    assert "password" not in str(lost.value) and snapshot(store) == before
    monkeypatch.undo()
    seq = store.decide(Decision(a.id, "ana", None, "CS2.2.1", "US1.1"))    # a new connection
    assert [r.seq for r in store.journal()] == [seq] and store.item(a.id).state == lc.DECIDED


def test_create_makes_schema_and_copies_items(pg_spec, clock):
    n = 3000
    cols, wkb = _columns(["queue", "audit", "auto"] * (n // 3))
    cols["stratum"] = np.array(["a\tb", "c\\d", "e\nf"] * (n // 3), dtype=object)   # COPY escapes
    cols["rank"][::7] = np.nan
    with PgStore.create(pg_spec, _campaign(), cols, wkb, clock=clock, schema="Fresh ? Schema") as s:
        assert s.schema_version() == SCHEMA_VERSION
        rows = _sql(s, "SELECT stratum, rank, ST_SRID(geom), state, conf_cs FROM {s}.items ORDER BY id LIMIT 3")
        assert [r[0] for r in rows] == ["a\tb", "c\\d", "e\nf"] and rows[0][1] is None
        assert {r[2] for r in rows} == {2154} and [r[3] for r in rows] == ["pending", "pending", "accepted"]
        assert rows[0][4] == pytest.approx(0.6)
        assert s.counts()["auto"]["accepted"]["count"] == n // 3
        _assert_same_counts(s.counts(), s)


def test_a_workstation_clock_ahead_does_not_steal_claims(pg_spec, monkeypatch):
    """Times follow the server's clock: bob's machine is 700 s ahead, past ana's 600 s lock, yet
    he does not get her item, and her decision is recorded."""
    from ocsge_review.store import pg
    cols, wkb = _columns(["queue", "queue"])
    campaign = Campaign(name="skew", department="32", department_name="Gers", epsg=2154, model_version="m1",
                        source="m", policy={}, lock_seconds=600)
    schema = "skew_test"
    PgStore.create(pg_spec, campaign, cols, wkb, schema=schema).close()
    ana = PgStore.open(pg_spec, schema=schema)
    first = ana.claim_next("ana")
    real = pg.system_clock
    monkeypatch.setattr(pg, "system_clock", lambda: real() + 700.0)
    bob = PgStore.open(pg_spec, schema=schema)
    try:
        assert bob.claim_next("bob").id != first.id
        monkeypatch.setattr(pg, "system_clock", real)
        ana.decide(Decision(first.id, "ana", None, "CS2.2.1", "US1.1"))
        assert [r.user for r in ana.journal(first.id)] == ["ana"]
    finally:
        ana.close()
        bob.close()


def test_a_bulk_approval_chunk_the_database_refuses_is_undone_whole_and_the_others_stand(store):
    ids = []
    for _ in range(3):
        item = store.claim_next("ana")
        store.decide(Decision(item.id, "ana", None, "CS2.1.2", "US1.1"))
        ids.append(item.id)
    # A server-side rule the store does not know of refuses the last item's approval.
    _sql(store, "CREATE FUNCTION {s}.no_approval() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "RAISE EXCEPTION 'approbation interdite par la base'; END $$")
    _sql(store, f"CREATE TRIGGER no_approval BEFORE UPDATE ON {{s}}.items FOR EACH ROW "
                f"WHEN (NEW.id = {ids[2]} AND NEW.state = 'validated') EXECUTE FUNCTION {{s}}.no_approval()")
    store._APPROVE_CHUNK = 2
    approved, refused = store.approve_many(ids, "val")
    assert approved == ids[:2] and list(refused) == [ids[2]]
    assert "approbation interdite par la base" in refused[ids[2]]
    assert [store.item(i).state for i in ids] == [lc.VALIDATED, lc.VALIDATED, lc.DECIDED]
    assert [r.action for r in store.journal(ids[2])] == [lc.CORRECT]      # nothing of the undone chunk
