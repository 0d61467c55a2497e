"""Many interpreters on one PostGIS campaign at once: each item to one of them only, every decision
kept exactly once, expired locks handed over, late decisions refused without a trace."""
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest

from ocsge_review.store import lifecycle as lc
from ocsge_review.store import Campaign, Decision, LockLost, open_store
from tests.unit.store.test_store_gpkg import Clock, _assert_same_counts, _columns

CLIENTS = 16


def _campaign(lock_seconds):
    return Campaign(name="concurrence", department="32", department_name="Gers", epsg=2154, model_version="m1",
                    source="model.gpkg", policy={}, lock_seconds=lock_seconds)


def _interpreter(spec, schema, user):
    """One process, one connection: claim and decide until the queue is empty."""
    claimed, decided = [], []
    with open_store(spec, schema=schema) as store:
        while True:
            item = store.claim_next(user)
            if item is None:
                return claimed, decided
            claimed.append(item.id)
            cs, us = ("CS2.2.1", "US1.1") if item.id % 3 else ("CS2.1.2", "US1.1")
            decided.append((item.id, store.decide(Decision(item.id, user, None, cs, us))))


def test_sixteen_processes_empty_the_queue_without_double_assignment_or_lost_decision(make_store):
    n = 800
    cols, wkb = _columns(["queue"] * (n - 50) + ["audit"] * 30 + ["auto"] * 20)
    store = make_store(_campaign(600), cols, wkb)
    users = [f"interp-{k}" for k in range(CLIENTS)]
    with ProcessPoolExecutor(CLIENTS, mp_context=multiprocessing.get_context("spawn")) as pool:
        results = list(pool.map(_interpreter, [store.spec] * CLIENTS, [store.schema] * CLIENTS, users))
    claims = [i for claimed, _ in results for i in claimed]
    decisions = [d for _, done in results for d in done]
    assert len(claims) == len(set(claims)) == n - 20          # no item served twice
    assert sum(1 for claimed, _ in results if claimed) > 1      # the work was really shared
    journal = store.journal()
    assert sorted(seq for _, seq in decisions) == [r.seq for r in journal]      # each returned decide, once
    assert {(r.item_id, r.seq) for r in journal} == set(decisions)
    assert sorted(r.item_id for r in journal) == sorted(claims)                 # each item decided once
    assert all(r.action in (lc.CONFIRM, lc.CORRECT) for r in journal)
    by_item = {i: u for u, (claimed, _) in zip(users, results) for i in claimed}
    assert all(by_item[r.item_id] == r.user for r in journal)
    counts = store.counts()
    assert lc.PENDING not in counts["queue"] and lc.CLAIMED not in counts["queue"]
    _assert_same_counts(counts, store)


def test_an_expired_lock_goes_to_exactly_one_of_many_claimers_and_the_late_decision_leaves_no_trace(make_store):
    clock = Clock()
    cols, wkb = _columns(["queue"] * 40)
    store = make_store(_campaign(60), cols, wkb, clock)
    spec, schema = store.spec, store.schema
    a = store.claim_next("ana")
    clock.t += 30
    assert store.heartbeat(a.id, "ana") == clock.t + 60          # kept alive
    clock.t += 45
    stores = [open_store(spec, schema=schema, clock=clock) for _ in range(CLIENTS)]
    try:
        barrier = threading.Barrier(CLIENTS)

        def claim(k):
            barrier.wait()
            return stores[k].claim_next(f"u{k}").id
        with ThreadPoolExecutor(CLIENTS) as pool:
            got = list(pool.map(claim, range(CLIENTS)))
        assert a.id not in got and len(set(got)) == CLIENTS       # ana's lock still holds
        clock.t += 120                                            # ana went for coffee: her lock expired
        for k in range(CLIENTS):
            stores[k].decide(Decision(got[k], f"u{k}", None, "CS2.2.1", "US1.1"))
        barrier.reset()

        def claim_again(k):
            barrier.wait()
            return stores[k].claim_next(f"v{k}").id
        with ThreadPoolExecutor(CLIENTS) as pool:
            again = list(pool.map(claim_again, range(CLIENTS)))
        assert len(set(again)) == CLIENTS and again.count(a.id) == 1   # one claimer got it, rank first
        taker = f"v{again.index(a.id)}"
        before = store.journal()
        for call in (lambda: store.decide(Decision(a.id, "ana", None, "CS2.2.1", "US1.1")),
                     lambda: store.heartbeat(a.id, "ana"), lambda: store.release(a.id, "ana")):
            with pytest.raises(LockLost, match=f"réservé par {taker}"):
                call()
        assert store.journal() == before and store.item(a.id).state == lc.CLAIMED
        stores[again.index(a.id)].decide(Decision(a.id, taker, None, "CS2.2.1", "US1.1"))
        assert [r.user for r in store.journal(a.id)] == [taker]
    finally:
        for s in stores:
            s.close()


def test_decide_and_a_claim_of_the_expired_item_race_one_wins(make_store):
    """The late decision and the claim of the same expired item at the same instant: either the
    decision is recorded and the claimer gets another item, or the claimer gets it and the decision
    is refused — never both."""
    clock = Clock()
    cols, wkb = _columns(["queue"] * 40)
    store = make_store(_campaign(60), cols, wkb, clock)
    other = open_store(store.spec, schema=store.schema, clock=clock)
    try:
        for round_ in range(CLIENTS):
            clock.t += 1000
            a = store.claim_next(f"ana{round_}")
            clock.t += 120
            barrier = threading.Barrier(2)

            def decide():
                barrier.wait()
                try:
                    return store.decide(Decision(a.id, f"ana{round_}", None, "CS2.2.1", "US1.1"))
                except LockLost:
                    return None

            def claim():
                barrier.wait()
                return other.claim_next(f"bob{round_}").id
            with ThreadPoolExecutor(2) as pool:
                seq, taken = pool.submit(decide), pool.submit(claim)
                seq, taken = seq.result(), taken.result()
            assert (seq is None) == (taken == a.id)
            records = store.journal(a.id)
            assert len(records) == (0 if seq is None else 1)
            if taken == a.id:
                other.decide(Decision(a.id, f"bob{round_}", None, "CS2.2.1", "US1.1"))
            else:
                other.release(taken, f"bob{round_}")
    finally:
        other.close()
