"""The statistics' coded read — texts as integer codes found by the database, the mostly missing
integers read where present, the journal read alongside on a second connection — gives the very
columns of the plain read, after a merge, a split, an undo and verdicts; tests/pg/test_stats_suite.py
runs it again on PostGIS."""
import datetime as dt
import json

import numpy as np

from ocsge_review.statistics import stats
from ocsge_review.store import Decision, Part
from ocsge_review.store.base import JOURNAL_TABLE, REVIEW_TABLE, Coded
from tests.unit.store.test_store_geometry import MODEL, OTHER, box, clock, store, wkb  # noqa: F401 (fixtures)


USER = "d'Artagnan {50 %}-é"


def _plain(column):
    return column.values() if isinstance(column, Coded) else column


def _assert_same(coded, plain):
    assert list(coded) == list(plain)
    for name, column in plain.items():
        got = _plain(coded[name])
        assert got.dtype == column.dtype, name
        if column.dtype == object:
            assert got.tolist() == column.tolist(), name
        else:
            np.testing.assert_array_equal(got, column, err_msg=name)


def _review(store):
    """Merge 1 with 2, split 4 in two, decide 5 then undo it and decide again, approve 1, reject 6.
    The interpreter's name holds a quote, a percent sign and an accent: the codes' SQL carries it
    as a literal."""
    user = USER
    first = store.claim_next(user)
    store.merge(first.id, user, [2], *OTHER, active_seconds=30)
    split = store.claim_next(user)
    store.split(split.id, user, [Part(wkb(box(100, 100, 150, 200)), *MODEL),
                                 Part(wkb(box(150, 100, 200, 200)), *OTHER)], active_seconds=40)
    audit = store.claim_next(user)
    store.decide(Decision(audit.id, user, None, *OTHER, active_seconds=12))
    store.undo(audit.id, user)
    store.decide(Decision(audit.id, user, None, *MODEL, active_seconds=5))
    last = store.claim_next("bob")
    store.decide(Decision(last.id, "bob", None, *MODEL, active_seconds=7))
    store.validate(first.id, "carl", True)
    store.validate(last.id, "carl", False, reason="couverture fausse")


def test_coded_tables_are_the_plain_tables(store):
    _review(store)
    plain_items, plain_journal = store.review_table(), store.journal_table()
    # The case the sparse reads are for is there: split parts, a merged neighbour, related records.
    assert (plain_items["parent_id"] >= 0).sum() == 2 and (plain_items["merged_into"] >= 0).sum() == 1
    assert (plain_journal["related"] >= 0).any()
    assert USER in plain_items["decided_by"].tolist()
    _assert_same(store.review_table(coded=True), plain_items)
    _assert_same(store.journal_table(coded=True), plain_journal)
    items, journal = store.statistics_tables(list(REVIEW_TABLE), list(JOURNAL_TABLE))
    _assert_same(items, plain_items)
    _assert_same(journal, plain_journal)
    assert all(isinstance(items[c], Coded) for c in ("part", "state", "code_cs", "decided_by"))


def test_coded_tables_of_an_empty_journal_and_a_few_columns(store):
    assert {c: _plain(v).tolist() for c, v in store.journal_table(["seq", "user", "related"], coded=True).items()} \
        == {"seq": [], "user": [], "related": []}
    _assert_same(store.review_table(["state", "merged_into", "area_m2"], coded=True),
                 store.review_table(["state", "merged_into", "area_m2"]))


def test_payload_without_the_breakdown_columns_is_the_same(store, clock):
    _review(store)
    period = stats.Period.containing(dt.datetime.fromtimestamp(clock(), dt.timezone.utc).date())
    full, lean = stats.load(store), stats.load(store, breakdowns=False)
    assert "decided_by" not in lean.items and "user" not in lean.journal
    from ocsge_review.statistics.indicators import payload
    args = dict(hourly_cost=30.0, fixed_cost=10.0, generated_at="t")
    # As JSON text: NaN (a band of no reviewed polygon here) equals itself there.
    assert json.dumps(payload(lean, period, **args)) == json.dumps(payload(full, period, **args))
    assert payload(lean, period, **args)["validation"]["judged"] == 2
    assert stats.validation(full, period)["by_interpreter"].keys() == {USER, "bob"}
