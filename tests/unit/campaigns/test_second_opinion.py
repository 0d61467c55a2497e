"""Second opinions: the seeded draw and its size, the blind answer by someone else, the validator's verdict,
and the delivered database's accuracy and the agreement rate counted by hand. Built through ``make_store``,
so that tests/pg/test_second_opinion_suite.py runs the very same tests on a PostGIS store."""
import datetime as dt
import json
import os

import numpy as np
import pytest

from ocsge_review.statistics import indicators, stats
from ocsge_review.store import lifecycle as lc
from ocsge_review.errors import CodeError, InputError, OcsgeError
from ocsge_review.statistics.product_accuracy import agreement, delivered_accuracy
from ocsge_review.campaigns.second_opinion import draw, sample_size
from ocsge_review.store import Campaign, Decision, LockLost
from tests.unit.statistics.test_stats import _cli
from tests.unit.store.test_store_gpkg import Clock, _columns

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
DAY1 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.timezone.utc)
BAND = "0.90–1.00"


def _campaign():
    return Campaign(name="seconds avis", department="32", department_name="Gers", epsg=2154, model_version="m1",
                    source="model.gpkg", policy={}, lock_seconds=600)


def _decide(store, user, expected, cs="CS2.2.1", us="US1.1"):
    item = store.claim_next(user)
    assert item.id == expected
    store.decide(Decision(item.id, user, None, cs, us))


def _answer(store, user, expected, cs="CS2.2.1", us="US1.1"):
    item = store.claim_opinion(user)
    assert item is not None and item.id == expected, item
    return store.answer_opinion(item.id, user, cs, us)


@pytest.fixture
def small(make_store):
    """Eight polygons, model CS2.2.1 / US1.1 everywhere, areas 1 000 … 8 000 m²:

    1 queue  ana   CS2.2.1 US1.1   second opinion carl CS2.2.1 US1.1: agreed
    2 queue  ana   CS2.1.2 US1.1   bob CS2.2.1 US1.1: disputed, vera settles CS2.2.1 US1.1
    3 queue  bob   CS2.2.1 US6.3   ana CS2.2.1 US1.1: disputed, vera settles CS2.2.1 US6.3
    4 queue  bob   CS2.2.1 US1.1   ana CS2.1.2 US1.1: disputed, not settled yet
    5 audit  bob   CS2.2.1 US1.1   ana CS2.2.1 US1.1: agreed
    6, 7, 8  auto, band 0.90–1.00 with the audit polygon 5

    The draw takes the four queue polygons (a target standard error far below what four allow) and
    the audit polygon (the audit is always taken whole)."""
    clock = Clock(DAY1.timestamp())
    cols, wkb = _columns(["queue", "queue", "queue", "queue", "audit", "auto", "auto", "auto"])
    cols["area_m2"] = np.arange(1, 9) * 1000.0
    cols["stratum"] = np.array([None] * 4 + [BAND] * 4, dtype=object)
    store = make_store(_campaign(), cols, wkb, clock)
    _decide(store, "ana", 1)
    _decide(store, "ana", 2, cs="CS2.1.2")
    _decide(store, "bob", 3, us="US6.3")
    _decide(store, "bob", 4)
    _decide(store, "bob", 5)
    clock.t += 60
    done = draw(store, 0.001, 7, "vera")
    assert (done.number, done.frame, done.drawn, done.audit) == (1, 4, 4, 1)
    assert _answer(store, "carl", 1) == lc.AGREED
    assert _answer(store, "bob", 2) == lc.DISPUTED
    assert _answer(store, "ana", 3) == lc.DISPUTED
    assert _answer(store, "ana", 4, cs="CS2.1.2") == lc.DISPUTED
    assert _answer(store, "ana", 5) == lc.AGREED
    store.settle_opinion(2, "vera", "CS2.2.1", "US1.1")
    store.settle_opinion(3, "vera", "CS2.2.1", "US6.3")
    yield store
    store.close()


def test_delivered_accuracy_by_count_and_area_counted_by_hand(small):
    t = stats.load(small)
    cs = delivered_accuracy(t, "cs")
    # Strata: the auto band (3 polygons) measured by audit polygon 5, its answer confirmed (model right);
    # the draw's queue sample (frame of 4) by its 3 resolved opinions, item 2's delivered CS2.1.2 wrong
    # against the verdict (item 4's dispute is open: left out); the draw's audit census (1), right.
    assert cs["available"] and cs["coverage"] == 1.0 and cs["n"] == 5
    assert [(s["stratum"], s["size"], s["sampled"]) for s in cs["strata"]] == [
        (f"auto|{BAND}", 3, 1), ("second|1|audit", 1, 1), ("second|1|queue", 4, 3)]
    overall = cs["count"]["overall"]
    assert overall["estimate"] == pytest.approx((3 * 1 + 1 * 1 + 4 * 2 / 3) / 8)
    # Queue stratum: y = 1, 0, 1 → s² = 1/3; var = 4² × s² / 3 / 8² (single-unit strata add none).
    assert overall["se"] == pytest.approx(np.sqrt(16 * (1 / 3) / 3) / 8)
    assert overall["ci95"][0] < overall["estimate"] < overall["ci95"][1]
    assert cs["count"]["users"]["CS2.2.1"]["estimate"] == pytest.approx(1.0)
    assert cs["count"]["users"]["CS2.1.2"]["estimate"] == pytest.approx(0.0)
    assert cs["count"]["producers"]["CS2.2.1"]["estimate"] == pytest.approx((3 + 1 + 4 * 2 / 3) / 8)
    # By area: band 21 000 m², right; audit 5 000 m², right; queue frame 10 000 m², right on 1 000 + 3 000
    # of the 6 000 m² sampled.
    area = cs["area"]["overall"]
    assert area["estimate"] == pytest.approx((21000 + 5000 + 10000 * 4 / 6) / 36000)
    # Queue: Σ a² (y − 2/3)² = (1 + 16 + 9) × 1e6 / 9, (Σ a)² = 36e6, n/(n−1) = 3/2, weight 10/36.
    assert area["se"] == pytest.approx(np.sqrt((10 / 36) ** 2 * 1.5 * (26e6 / 9) / 36e6))
    us = delivered_accuracy(t, "us")
    assert us["count"]["overall"]["estimate"] == pytest.approx(1.0)
    assert us["area"]["overall"]["estimate"] == pytest.approx(1.0)


def test_an_open_dispute_counts_once_the_validator_settles_it(small):
    small.settle_opinion(4, "vera", "CS2.2.1", "US1.1")
    cs = delivered_accuracy(stats.load(small), "cs")
    # The queue sample: items 1, 3, 4 right, 2 wrong.
    assert cs["count"]["overall"]["estimate"] == pytest.approx((3 + 1 + 4 * 3 / 4) / 8)


def test_the_auto_bands_reference_is_a_checked_answer(make_store):
    """An audit answer no second opinion has resolved does not measure the model: its band waits."""
    clock = Clock(DAY1.timestamp())
    cols, wkb = _columns(["audit", "auto"])
    cols["stratum"] = np.array([BAND, BAND], dtype=object)
    store = make_store(_campaign(), cols, wkb, clock)
    _decide(store, "ana", 1, cs="CS2.1.2")          # the model's CS2.2.1 would count as wrong
    clock.t += 60
    draw(store, 0.001, 1, "vera")
    cs = delivered_accuracy(stats.load(store), "cs")
    assert not cs["available"] and [s["sampled"] for s in cs["strata"]] == [0, 0]
    _answer(store, "bob", 1)                        # CS2.2.1: disputed
    store.settle_opinion(1, "vera", "CS2.2.1", "US1.1")
    cs = delivered_accuracy(stats.load(store), "cs")
    # The band: the model right against the verdict; the audit item as delivered (CS2.1.2): wrong.
    assert cs["count"]["overall"]["estimate"] == pytest.approx(0.5)


def test_agreement_rate_counted_by_hand(small):
    a = agreement(stats.load(small), stats.Period.parse("2026-11"))
    assert (a["drawn"], a["draws"], a["waiting"], a["disputed"], a["settled"]) == (5, 1, 0, 1, 2)
    assert (a["answered"], a["agreed"]) == (5, 2)
    assert a["both"]["estimate"] == pytest.approx(2 / 5)
    assert a["cs"]["estimate"] == pytest.approx(3 / 5)      # items 2 and 5 differ in couverture
    assert a["us"]["estimate"] == pytest.approx(4 / 5)      # item 3 differs in usage
    assert a["period"]["answered"] == 5 and a["period"]["both"]["estimate"] == pytest.approx(2 / 5)
    october = agreement(stats.load(small), stats.Period.parse("2026-10"))["period"]
    assert (october["answered"], october["both"]) == (0, None)


def test_payload_v2_carries_the_product_and_a_v1_consumer_still_validates(small):
    import jsonschema
    t = stats.load(small)
    period = stats.Period.parse("2026-11")
    body = indicators.payload(t, period, today=dt.date(2026, 11, 4), generated_at="2026-11-04T12:00:00+00:00")
    indicators.validate(body)
    assert body["schema_version"] == 2
    assert body["product"]["cs"]["count"]["overall"]["estimate"] == pytest.approx(5 / 6)
    assert body["product"]["agreement"]["both"]["estimate"] == pytest.approx(0.4)
    old = indicators.payload(t, period, today=dt.date(2026, 11, 4), generated_at="2026-11-04T12:00:00+00:00",
                             version=1)
    # A consumer of version 1 reads its own committed schema, untouched.
    with open(os.path.join(ROOT, "ocsge_review", "schemas", "indicators-1.json"), encoding="utf-8") as fh:
        jsonschema.validate(json.loads(json.dumps(old)), json.load(fh))
    assert {k: v for k, v in body.items() if k not in ("product", "schema_version")} == \
        {k: v for k, v in old.items() if k != "schema_version"}
    with pytest.raises(InputError, match="schéma"):
        indicators.validate({**json.loads(json.dumps(body)), "schema_version": 1})
    with pytest.raises(InputError, match="Version de schéma"):
        indicators.payload(t, period, version=3)


def test_the_draw_is_seeded_sized_and_covers_each_review_once(make_store):
    clock = Clock(DAY1.timestamp())
    cols, wkb = _columns(["queue"] * 30)
    store = make_store(_campaign(), cols, wkb, clock)
    for k in range(1, 21):
        _decide(store, "ana" if k % 2 else "bob", k)
    clock.t += 60
    # n = (√(0.9 × 0.1) / 0.1)² = 9, then 9 / (1 + 9/20) = 6.2 → 7 items of 20.
    assert sample_size(20, 0.9, 0.1) == 7
    first = draw(store, 0.1, 42, "vera", expected=0.9)
    assert (first.frame, first.drawn) == (20, 7)
    ids = [o.item_id for o in store.opinions()]
    assert len(set(ids)) == 7 and all(1 <= i <= 20 for i in ids)
    again = np.sort(np.random.default_rng(42).choice(np.arange(1, 21), size=7, replace=False)).tolist()
    assert ids == again                                       # the seed decides, nothing else
    assert all(o.frame_size == 20 and o.frame_area_m2 == 20 * 2500.0 and o.state == lc.PENDING
               for o in store.opinions())
    with pytest.raises(InputError, match="Aucun élément revu"):
        draw(store, 0.1, 42, "vera")
    clock.t += 60
    for k in range(21, 26):
        _decide(store, "ana", k)
    clock.t += 60
    second = draw(store, 0.1, 1, "vera", expected=0.9)
    # Only what was reviewed since: items 21–25, never one drawn before.
    assert (second.number, second.frame) == (2, 5)
    assert {o.item_id for o in store.opinions() if o.draw == 2} <= set(range(21, 26))
    for bad in (0.0, 0.7):
        with pytest.raises(InputError, match="target-se"):
            draw(store, bad, 1, "vera")
    with pytest.raises(InputError, match="expected-agreement"):
        draw(store, 0.05, 1, "vera", expected=1.0)
    # The items themselves are untouched: no count, no state moves.
    assert store.counts()["queue"][lc.DECIDED]["count"] == 25


def test_served_blind_never_to_its_first_interpreter_and_settled_by_a_third(make_store):
    clock = Clock(DAY1.timestamp())
    cols, wkb = _columns(["queue", "queue"])
    store = make_store(_campaign(), cols, wkb, clock)
    _decide(store, "ana", 1, cs="CS2.1.2")
    _decide(store, "ana", 2)
    clock.t += 60
    draw(store, 0.001, 1, "vera")
    assert store.claim_opinion("ana") is None                 # both are her own decisions
    item = store.claim_opinion("bob")
    assert item.id == 1 and item.blind and item.part == "second"
    assert (item.code_cs, item.code_us, item.proposals_cs, item.proposals_us) == (None, None, [], [])
    assert store.claim_opinion("bob").id == 1                  # his claimed one again
    with pytest.raises(LockLost):
        store.answer_opinion(1, "carl", "CS2.2.1", "US1.1")    # reserved for bob
    with pytest.raises(OcsgeError, match="tiré"):
        store.answer_opinion(7, "bob", "CS2.2.1", "US1.1")
    with pytest.raises(OcsgeError):
        store.settle_opinion(1, "vera", "CS2.2.1", "US1.1")   # not disputed yet
    store.release_opinion(1, "bob")
    assert store.claim_opinion("bob").id == 2                  # passed: not served to him again
    store.release_opinion(2, "bob")
    assert store.claim_opinion("bob") is None
    assert store.claim_opinion("carl").id == 1
    clock.t += 601                                             # carl's claim expires
    assert store.claim_opinion("dan").id == 1
    with pytest.raises(LockLost):
        store.answer_opinion(1, "carl", "CS2.2.1", "US1.1")
    assert store.answer_opinion(1, "dan", "CS2.2.1", "US1.1") == lc.DISPUTED
    with pytest.raises(OcsgeError, match="un autre validateur"):
        store.settle_opinion(1, "dan", "CS2.2.1", "US1.1")
    with pytest.raises(OcsgeError, match="un autre validateur"):
        store.settle_opinion(1, "ana", "CS2.1.2", "US1.1")
    store.settle_opinion(1, "vera", "CS2.1.2", "US1.1")
    o = store.opinions(lc.SETTLED)[0]
    assert (o.first_by, o.first_cs, o.answered_by, o.code_cs, o.settled_by, o.verdict_cs) == \
        ("ana", "CS2.1.2", "dan", "CS2.2.1", "vera", "CS2.1.2")
    assert o.reference == ("CS2.1.2", "US1.1")
    with pytest.raises(OcsgeError):
        store.settle_opinion(1, "carl", "CS2.2.1", "US1.1")   # settled once
    with pytest.raises(CodeError):
        store.answer_opinion(2, "bob", "CS9", "US1.1")         # unknown code, before anything


def test_cli_draws_answers_settles_and_stats_shows_the_figures(small, tmp_path):
    from ocsge_review.store.gpkg import GpkgStore
    if not isinstance(small, GpkgStore):
        pytest.skip("the PostGIS command line is in tests/pg/test_second_opinion_suite.py")
    path = small.path
    res = _cli("campaign", "second-opinion", "--store", path, "--target-se", "0.02", "--seed", "3")
    assert res.returncode == 2 and "Aucun élément revu" in res.stderr
    res = _cli("second-opinion", "list", "--store", path, "--state", "disputed", "--json")
    assert res.returncode == 0 and [o["item_id"] for o in json.loads(res.stdout)] == [4]
    res = _cli("second-opinion", "settle", "--store", path, "--user", "vera", "--item", "4", "--cs", "CS2.2.1",
               "--us", "US1.1")
    assert res.returncode == 0, res.stderr
    res = _cli("stats", "--store", path, "--period", "2026-11", "--json")
    assert res.returncode == 0, res.stderr
    body = json.loads(res.stdout)
    assert body["schema_version"] == 2 and body["product"]["agreement"]["settled"] == 3
    res = _cli("stats", "--store", path, "--period", "2026-11", "--payload-version", "1", "--json")
    assert res.returncode == 0 and "product" not in json.loads(res.stdout)
    res = _cli("stats", "--store", path, "--period", "2026-11")
    assert res.returncode == 0, res.stderr
    assert "accord entre photo-interprètes 40,0 %" in res.stdout
    assert "dont dans le mois : 5 avis, accord 40,0 %" in res.stdout
    assert "produit livré CS : 87,5 % (IC 95 %" in res.stdout      # item 4 settled: 3 of 4 in the queue sample


def test_the_report_shows_the_product_table_plot_and_csv(small, tmp_path):
    import csv
    from ocsge_review.statistics import report
    period = stats.Period.parse("2026-11")
    d = report.details(stats.load(small), period, today=dt.date(2026, 11, 4))
    page = report.write_report([d], period, str(tmp_path / "rapport"))
    html = open(page, encoding="utf-8").read()
    assert "Qualité du produit livré" in html and "Produit livré" in [t for t, _ in report.plots([d])]
    # Agreement 40 %, delivered CS 83,3 % by count and 90,7 % by area, one disagreement open.
    assert "<td>5 / 5</td><td>1</td><td>40,0 %" in html and "83,3 %" in html and "90,7 %" in html
    with open(tmp_path / "rapport" / "produit.csv", encoding="utf-8") as fh:
        row, = csv.DictReader(fh)
    assert (row["drawn"], row["answered"], row["agreed"], row["disputed"], row["settled"]) == ("5", "5", "2", "1", "2")
    assert float(row["cs_count"]) == pytest.approx(5 / 6) and float(row["cs_area"]) == pytest.approx(98 / 108)
    assert float(row["us_count"]) == 1.0 and float(row["agreement_period"]) == pytest.approx(0.4)
