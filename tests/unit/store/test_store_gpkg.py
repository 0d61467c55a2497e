"""The review store: claims, locks, decisions, undo, validation, journal, durability.

The tests build stores through the ``make_store`` fixture: a GeoPackage here, a
PostGIS store when tests/pg/test_store_suite.py runs them again. The few that
open the SQLite file itself are GeoPackage-only; tests/pg has their equivalents."""
import os
import sqlite3
import subprocess
import sys

import numpy as np
import pytest
import shapely

from ocsge_review.store import lifecycle as lc
from ocsge_review.errors import CodeError, InputError, OcsgeError
from ocsge_review.store import Campaign, Decision, LockLost, open_store
from ocsge_review.store.gpkg import ITEM_COLUMNS, JOURNAL, SCHEMA_VERSION, GpkgStore
from tests.store_probe import grouped, opening

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


class Clock:
    def __init__(self, t=1_700_000_000.0):
        self.t = t

    def __call__(self):
        return self.t


def _columns(parts):
    n = len(parts)
    cols = {c: np.full(n, None, dtype=object) for c in ITEM_COLUMNS}
    cols.update(source_id=np.array([f"S{i}" for i in range(n)], dtype=object),
                part=np.array(parts, dtype=object), rank=np.arange(n, dtype="float64"),
                stratum=np.full(n, None, dtype=object),
                code_cs=np.full(n, "CS2.2.1", dtype=object), code_us=np.full(n, "US1.1", dtype=object),
                conf_cs=np.full(n, 0.6, dtype="float32"), conf_us=np.full(n, 0.7, dtype="float32"),
                cs_top1=np.full(n, "CS2.2.1", dtype=object), cs_p1=np.full(n, 0.6, dtype="float32"),
                cs_top2=np.full(n, "CS2.1.2", dtype=object), cs_p2=np.full(n, 0.3, dtype="float32"),
                cs_top3=np.full(n, "CS2.2.2", dtype=object), cs_p3=np.full(n, 0.05, dtype="float32"),
                us_top1=np.full(n, "US1.1", dtype=object), us_p1=np.full(n, 0.7, dtype="float32"),
                us_top2=np.full(n, "US6.3", dtype=object), us_p2=np.full(n, 0.2, dtype="float32"),
                us_top3=np.full(n, "US5", dtype=object), us_p3=np.full(n, 0.05, dtype="float32"),
                artif=np.zeros(n, dtype="int16"), area_m2=np.full(n, 2500.0))
    wkb = shapely.to_wkb(np.array([shapely.box(700000 + 60 * i, 6600000, 700050 + 60 * i, 6600050)
                                   for i in range(n)], dtype=object))
    return cols, wkb


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(make_store, clock):
    cols, wkb = _columns(["queue", "queue", "audit", "queue", "auto"])
    campaign = Campaign(name="test", department="32", department_name="Gers", epsg=2154,
                        model_version="m1", source="model.gpkg", policy={"threshold": 0.85}, lock_seconds=60)
    s = make_store(campaign, cols, wkb, clock)
    yield s
    s.close()


def test_claims_follow_the_rank_and_never_serve_auto_accepted(store):
    served = []
    for user in ("ana", "bob", "chloé", "dan"):
        item = store.claim_next(user)
        served.append(None if item is None else item.id)
    assert served == [1, 2, 3, 4]
    assert store.claim_next("eve") is None        # item 5 was auto-accepted
    assert store.counts()["auto"][lc.ACCEPTED]["count"] == 1


def test_an_interpreter_gets_their_current_item_back(store):
    first = store.claim_next("ana")
    assert store.claim_next("ana").id == first.id


def test_audit_items_are_blind(store):
    items = [store.claim_next(u) for u in ("a", "b", "c")]
    audit = [i for i in items if i.part == "audit"][0]
    assert audit.blind and audit.proposals_cs == [] and audit.code_cs is None
    queue = [i for i in items if i.part == "queue"][0]
    assert not queue.blind and queue.proposals_cs[0] == ("CS2.2.1", pytest.approx(0.6))
    assert shapely.from_wkb(queue.wkb).area == pytest.approx(2500.0)


def test_decision_confirm_correct_flag_and_journal(store, clock):
    a = store.claim_next("ana")
    seq = store.decide(Decision(a.id, "ana", None, "CS2.2.1", "US1.1", active_seconds=4.2))
    b = store.claim_next("ana")
    store.decide(Decision(b.id, "ana", None, "cs2.1.2", "US6.3", comment="friche"))
    c = store.claim_next("ana")
    store.decide(Decision(c.id, "ana", None, "CS2.2.1", "US1.1", flag="bad_imagery"))
    records = store.journal()
    assert [r.action for r in records] == [lc.CONFIRM, lc.CORRECT, lc.FLAG]
    assert records[0].seq == seq and records[0].active_seconds == pytest.approx(4.2)
    assert (records[1].cs_before, records[1].cs_after, records[1].us_after) == ("CS2.2.1", "CS2.1.2", "US6.3")
    assert records[1].comment == "friche" and records[0].model_version == "m1"
    assert store.item(a.id).state == lc.DECIDED


def test_a_decision_returns_the_action_it_recorded(store):
    """The review panel counts corrections from what decide() returns, without reading the journal."""
    recorded = []
    for cs, us, flag in (("CS2.2.1", "US1.1", None), ("CS2.1.2", "US6.3", None), ("CS2.2.1", "US1.1", "doubt")):
        item = store.claim_next("ana")
        recorded.append(store.decide(Decision(item.id, "ana", None, cs, us, flag=flag)))
    assert [(r.seq, r.action) for r in store.journal()] == [(int(r), r.action) for r in recorded]
    assert [r.action for r in recorded] == [lc.CONFIRM, lc.CORRECT, lc.FLAG]


def test_inconsistent_or_unknown_decisions_are_refused(store):
    a = store.claim_next("ana")
    with pytest.raises(InputError, match="incohérente"):
        store.decide(Decision(a.id, "ana", lc.CONFIRM, "CS1.1.1.1", "US5"))
    with pytest.raises(CodeError, match="CS9"):
        store.decide(Decision(a.id, "ana", None, "CS9", "US5"))
    with pytest.raises(InputError, match="Signalement inconnu"):
        store.decide(Decision(a.id, "ana", None, "CS2.2.1", "US1.1", flag="lazy"))
    assert store.journal() == []


def test_lock_expiry_hands_the_item_over_and_refuses_the_late_decision(store, clock):
    a = store.claim_next("ana")
    clock.t += 30
    store.heartbeat(a.id, "ana")                  # kept alive
    clock.t += 45
    assert store.claim_next("bob").id != a.id     # not expired yet: bob gets another
    clock.t += 120                                # ana went for coffee
    taken = store.claim_next("chloé")
    assert taken.id == a.id
    with pytest.raises(LockLost, match="réservé par chloé"):
        store.decide(Decision(a.id, "ana", None, "CS2.2.1", "US1.1"))
    store.decide(Decision(a.id, "chloé", None, "CS2.2.1", "US1.1"))
    assert [r.user for r in store.journal(a.id)] == ["chloé"]


def test_heartbeat_on_an_item_no_longer_claimed_says_so(store):
    a = store.claim_next("ana")
    store.release(a.id, "ana")
    with pytest.raises(LockLost, match=f"L'élément {a.id} n'est plus réservé pour vous : il est en attente"):
        store.heartbeat(a.id, "ana")
    assert store.item(a.id).state == "pending" and store.item(a.id).lock_expires == 0.0


def test_opening_a_store_of_a_newer_schema_leaves_no_connection(store):
    path = store.path
    store.close()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO ocsge_migrations (version, description, applied_at) VALUES (99, 'futur', 'x')")
    con.commit()
    con.close()
    with pytest.raises(InputError, match="version plus récente"):
        GpkgStore.open(path)
    # No file descriptor of this process still points at the store.
    fds = [os.readlink(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")
           if os.path.exists(f"/proc/self/fd/{fd}")]
    assert [f for f in fds if f.startswith(str(path))] == []


def test_skip_returns_the_item_to_others_not_to_the_skipper(store):
    a = store.claim_next("ana")
    store.release(a.id, "ana")
    assert store.claim_next("ana").id != a.id
    assert store.claim_next("bob").id == a.id


def test_undo_writes_a_new_record_and_gives_the_item_back(store):
    a = store.claim_next("ana")
    first = store.decide(Decision(a.id, "ana", None, "CS2.1.2", "US1.1"))
    undo = store.undo(a.id, "ana")
    assert store.item(a.id).state == lc.CLAIMED
    assert store.claim_next("ana").id == a.id
    store.decide(Decision(a.id, "ana", None, "CS2.2.1", "US1.1"))
    records = store.journal(a.id)
    assert [r.action for r in records] == [lc.CORRECT, lc.UNDO, lc.CONFIRM]
    assert records[1].seq == undo and records[1].undoes == first
    with pytest.raises(LockLost):
        store.undo(a.id, "bob")


def test_validation_rules(store):
    a = store.claim_next("ana")
    store.decide(Decision(a.id, "ana", None, "CS2.1.2", "US1.1"))
    with pytest.raises(OcsgeError, match="propre décision"):
        store.validate(a.id, "ana", True)
    with pytest.raises(InputError, match="motif"):
        store.validate(a.id, "val", False)
    store.validate(a.id, "val", False, reason="wrong_cs", comment="c'est une lande")
    with pytest.raises(lc.TransitionError):
        store.undo(a.id, "ana")
    back = store.claim_next("ana")                 # rejected items come back first, reason shown
    assert back.id == a.id and back.rejection == "wrong_cs — c'est une lande"     # reason first, then comment
    store.decide(Decision(a.id, "ana", None, "CS2.2.1", "US1.1"))
    store.validate(a.id, "val", True)
    assert store.item(a.id).state == lc.VALIDATED
    with pytest.raises(lc.TransitionError, match="validé"):
        store.validate(a.id, "val", True)


def test_bulk_approval_approves_what_it_may_and_says_why_for_the_rest(store):
    a = store.claim_next("ana")
    store.decide(Decision(a.id, "ana", None, "CS2.1.2", "US1.1"))
    b = store.claim_next("ana")
    store.decide(Decision(b.id, "ana", None, "CS2.1.2", "US1.1"))
    own = store.claim_next("val")
    store.decide(Decision(own.id, "val", None, "CS2.2.1", "US1.1"))
    store.validate(a.id, "other", True)                 # judged meanwhile by another validator
    before = {i: len(store.journal(i)) for i in (a.id, own.id)}
    store._APPROVE_CHUNK = 2                            # two transactions for these four ids
    approved, refused = store.approve_many([a.id, b.id, own.id, 999], "val", comment="approbation groupée")
    assert approved == [b.id]
    assert sorted(refused) == sorted([a.id, own.id, 999])
    assert "validé" in refused[a.id] and "propre décision" in refused[own.id] and "n'existe pas" in refused[999]
    last = store.journal(b.id)[-1]
    assert (last.action, last.user, last.comment) == (lc.APPROVE, "val", "approbation groupée")
    assert store.item(b.id).state == lc.VALIDATED and store.item(own.id).state == lc.DECIDED
    assert {i: len(store.journal(i)) for i in (a.id, own.id)} == before      # the refused ones untouched


def test_a_bulk_approval_needs_a_sample_that_passed_its_plan_and_journals_both(store):
    from ocsge_review.statistics import acceptance
    ids = []
    for _ in range(4):
        item = store.claim_next("ana")
        store.decide(Decision(item.id, "ana", None, "CS2.1.2", "US1.1"))
        ids.append(item.id)
    plan, sample, rest = acceptance.Plan(minimum=2), ids[:2], ids[2:]
    note = acceptance.sample_comment(plan, len(ids), len(sample))
    store.validate(sample[0], "val", True, comment=note)
    store.validate(sample[1], "val", False, reason="Usage erroné", comment=note)
    failed = acceptance.verdict(plan, sample, {sample[0]: True, sample[1]: False})
    with pytest.raises(InputError, match="1 rejet"):
        acceptance.approve_rest(store, "val", failed, len(ids), rest)
    assert [store.item(i).state for i in rest] == [lc.DECIDED, lc.DECIDED]
    passed = acceptance.verdict(acceptance.Plan(minimum=2, acceptance=1), sample, {sample[0]: True,
                                                                                    sample[1]: False})
    assert acceptance.approve_rest(store, "val", passed, len(ids), rest) == (rest, {})
    comments = {r.item_id: r.comment for r in store.journal() if r.action in (lc.APPROVE, lc.REJECT)}
    assert comments[sample[0]] == comments[sample[1]] == note
    assert {comments[i] for i in rest} == {"approbation groupée : plan simple n = 2, c = 1 (10 % par classe), lot "
                                           "de 4 ; échantillon contrôlé : 2 élément(s), 1 rejeté(s) ; lot accepté"}


def test_journal_is_append_only_even_with_raw_sql(store):
    a = store.claim_next("ana")
    store.decide(Decision(a.id, "ana", None, "CS2.2.1", "US1.1"))
    con = sqlite3.connect(store.path)
    for sql in (f'UPDATE "{JOURNAL}" SET user = \'mallory\'', f'DELETE FROM "{JOURNAL}"'):
        with pytest.raises(sqlite3.DatabaseError, match="ajout seul"):
            con.execute(sql)
    con.close()
    assert [r.user for r in store.journal()] == ["ana"]


def test_store_opens_in_qgis_terms_and_reopens(store, tmp_path):  # GeoPackage only
    from ocsge_review.geo import pyogrio
    layers = dict(pyogrio.list_layers(store.path))
    assert layers["items"] is not None and JOURNAL in layers
    store.close()
    again = open_store(str(tmp_path / "review.gpkg"))
    assert again.schema_version() == SCHEMA_VERSION and again.campaign().department == "32"
    again.close()


def test_bad_stores_are_refused(tmp_path, store):
    with pytest.raises(InputError, match="introuvable"):
        open_store(str(tmp_path / "none.gpkg"))
    (tmp_path / "junk.gpkg").write_bytes(b"not a database at all" * 100)
    with pytest.raises(InputError, match="junk.gpkg"):
        open_store(str(tmp_path / "junk.gpkg"))
    with pytest.raises(InputError, match="existe déjà"):
        cols, wkb = _columns(["queue"])
        GpkgStore.create(store.path, store.campaign(), cols, wkb)
    con = sqlite3.connect(store.path)
    con.execute("INSERT INTO ocsge_migrations VALUES (99, 'future', 'x')")
    con.commit()
    con.close()
    with pytest.raises(InputError, match="plus récente"):
        open_store(store.path)


_KILLER = """
import os, sys
sys.path.insert(0, {root!r})
from ocsge_review.store import Decision, open_store
s = open_store({spec!r}, **{options!r})
for n in range(3):
    item = s.claim_next("ana")
    s.decide(Decision(item.id, "ana", None, "CS2.1.2", "US1.1"))
    print("decided", item.id, flush=True)
os.kill(os.getpid(), 9)
"""


def test_a_killed_process_loses_nothing_already_decided(store):
    spec, options = opening(store)
    store.close()
    res = subprocess.run([sys.executable, "-c", _KILLER.format(root=ROOT, spec=spec, options=options)],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == -9
    decided = [int(line.split()[1]) for line in res.stdout.splitlines()]
    assert len(decided) == 3
    again = open_store(spec, **options)
    assert [r.item_id for r in again.journal()] == decided
    assert all(again.item(i).state == lc.DECIDED for i in decided)
    again.close()


def _flat(counts):
    return {(p, s): (v["count"], v["area_km2"]) for p, states in counts.items() for s, v in states.items()}


def _assert_same_counts(counts, store):
    """The store's kept counts are what a GROUP BY over its items says."""
    got, expected = _flat(counts), grouped(store)
    assert got.keys() == expected.keys()
    for key, (n, area) in expected.items():
        assert got[key][0] == n and got[key][1] == pytest.approx(area)


def test_counts_follow_every_change_of_state(store, clock):
    a = store.claim_next("ana")
    store.decide(Decision(a.id, "ana", None, "CS2.1.2", "US1.1"))
    b = store.claim_next("bob")
    store.release(b.id, "bob")
    c = store.claim_next("chloé")
    store.undo(a.id, "ana")
    store.decide(Decision(a.id, "ana", None, "CS2.2.1", "US1.1"))
    store.validate(a.id, "val", False, reason="wrong_cs")
    clock.t += 1000                                 # chloé's lock expires; dan takes her item
    assert store.claim_next("dan").id == c.id
    _assert_same_counts(store.counts(), store)


def back_to_version_1(path):
    """Undo migration 2 in the closed GeoPackage store at ``path``: a store of an older release."""
    con = sqlite3.connect(path)
    for trigger in ("insert", "delete", "update"):
        con.execute(f'DROP TRIGGER "ocsge_counts_{trigger}"')
    con.execute('DROP TABLE "ocsge_counts"')
    con.execute("DELETE FROM ocsge_migrations WHERE version = 2")
    con.commit()
    con.close()


def test_a_version_1_store_is_migrated_on_open(store):
    path = store.path
    store.close()
    back_to_version_1(path)
    again = open_store(path)
    assert again.schema_version() == SCHEMA_VERSION
    _assert_same_counts(again.counts(), again)
    again.close()


def test_a_recorded_decision_crosses_processes_whole():
    """Workers (the simulation, the concurrency tests) hand decide()'s result back through pickle."""
    import pickle
    from ocsge_review.store.base import Recorded
    back = pickle.loads(pickle.dumps(Recorded(7, lc.CORRECT)))
    assert (back, back.action) == (7, lc.CORRECT)
