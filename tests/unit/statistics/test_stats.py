"""Statistics against a hand-counted campaign: rework, transitions, first-pass acceptance, production,
cost, automation, accuracy, the payload and its schema. Built through ``make_store``, so that
tests/pg/test_stats_suite.py runs the very same counts on a PostGIS store."""
import datetime as dt
import json
import os
import subprocess
import sys

import numpy as np
import pytest
import shapely

from ocsge_review.statistics import indicators, stats
from ocsge_review.errors import InputError
from ocsge_review.statistics.model_accuracy import model_accuracy
from ocsge_review.store import Campaign, Decision
from tests.unit.store.test_store_gpkg import Clock, _columns

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
DAY1 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.timezone.utc)
DAY = 86400.0


def _decide(store, user, expected, cs="CS2.2.1", us="US1.1", seconds=0.0, **kw):
    item = store.claim_next(user)
    assert item.id == expected
    return store.decide(Decision(item.id, user, None, cs, us, active_seconds=seconds, **kw))


@pytest.fixture
def counted(make_store):
    """Six polygons, model CS2.2.1 / US1.1 everywhere (areas 1 000 … 6 000 m²):

    1 queue  ana confirms (60 s)                     day 1   approved day 2
    2 queue  ana corrects CS → CS2.1.2 (120 s)       day 1   rejected day 2, ana again (60 s), approved day 3
    3 queue  bob corrects US → US6.3 (180 s)         day 1   approved day 2
    4 audit  bob confirms (240 s)                    day 1   approved day 2
    5 auto   never reviewed
    6 queue  ana reshapes to 50 × 40 m, same codes (300 s)   day 1, not validated
    """
    clock = Clock(DAY1.timestamp())
    cols, wkb = _columns(["queue", "queue", "queue", "audit", "auto", "queue"])
    cols["area_m2"] = np.array([1000.0, 2000.0, 3000.0, 4000.0, 5000.0, 6000.0])
    cols["stratum"] = np.array([None, None, None, "0.90–1.00", "0.90–1.00", None], dtype=object)
    campaign = Campaign(name="comptée", department="32", department_name="Gers", epsg=2154, model_version="m1",
                        source="model.gpkg", policy={}, lock_seconds=600)
    store = make_store(campaign, cols, wkb, clock)
    _decide(store, "ana", 1, seconds=60)
    _decide(store, "ana", 2, cs="CS2.1.2", seconds=120)
    _decide(store, "bob", 3, us="US6.3", seconds=180)
    _decide(store, "bob", 4, seconds=240)
    x0 = 700000 + 60 * 5
    _decide(store, "ana", 6, seconds=300,
            geometry_wkb=shapely.to_wkb(shapely.box(x0, 6600000, x0 + 50, 6600040)))
    clock.t += DAY
    for item in (1, 3, 4):
        store.validate(item, "carl", True)
    store.validate(2, "carl", False, reason="couverture fausse")
    _decide(store, "ana", 2, cs="CS2.1.2", seconds=60)
    clock.t += DAY
    store.validate(2, "carl", True)
    yield stats.load(store)
    store.close()


def test_rework_counted_by_hand(counted):
    overall, = stats.rework(counted)
    # Reviewed: 1, 2, 3, 4, 6; reworked: 2 (CS), 3 (US), 6 (geometry); item 6 now measures 2 000 m².
    assert (overall["reviewed"], overall["reworked"]) == (5, 3)
    assert overall["rate"] == pytest.approx(3 / 5)
    assert overall["area_rate"] == pytest.approx(7000 / 12000)
    assert overall["reviewed_km2"] == pytest.approx(0.012)
    low, high = overall["rate_ci95"]
    assert 0 <= low < 0.6 < high <= 1
    by_user = {r["key"]: (r["reviewed"], r["reworked"]) for r in stats.rework(counted, "interpreter")}
    assert by_user == {"ana": (3, 2), "bob": (2, 1)}
    by_part = {r["key"]: (r["reviewed"], r["reworked"]) for r in stats.rework(counted, "part")}
    assert by_part == {"queue": (4, 3), "audit": (1, 0)}
    assert [r["key"] for r in stats.rework(counted, "week")] == ["2026-W45"]
    assert [(r["key"], r["reviewed"]) for r in stats.rework(counted, "department")] == [("32", 5)]
    assert [(r["key"], r["reworked"]) for r in stats.rework(counted, "model_version")] == [("m1", 3)]
    october = stats.rework(counted, period=stats.Period.parse("2026-10"))[0]
    assert (october["reviewed"], october["rate"]) == (0, None)


def test_transition_matrix(counted):
    cs = stats.transitions(counted, "cs")
    assert (cs["model"], cs["final"], cs["count"]) == (["CS2.2.1"], ["CS2.1.2", "CS2.2.1"], [[1, 4]])
    assert cs["area_km2"][0] == pytest.approx([0.002, 0.010])
    us = stats.transitions(counted, "us")
    assert (us["final"], us["count"]) == (["US1.1", "US6.3"], [[4, 1]])


def test_first_pass_acceptance_and_rejections(counted):
    v = stats.validation(counted)
    assert (v["overall"]["judged"], v["overall"]["approved_first"], v["overall"]["rejections"]) == (4, 3, 1)
    assert v["overall"]["rate"] == pytest.approx(0.75)
    assert v["overall"]["rejections_per_item"] == pytest.approx(0.25)
    assert v["by_interpreter"]["ana"]["rate"] == pytest.approx(0.5)
    assert v["by_interpreter"]["bob"]["rate"] == pytest.approx(1.0)
    assert v["by_validator"]["carl"]["judged"] == 4


def test_the_month_plan_is_the_whole_month_and_the_forecast_needs_a_week_of_validations(counted):
    november = stats.Period.parse("2026-11")
    plan = {dt.date(2026, 11, d): 0.001 for d in range(1, 31)}
    plan[dt.date(2026, 12, 1)] = 0.5
    early = stats.production(counted, plan, dt.date(2026, 11, 4), november)
    # « prévus (mois) »: the 30 days of November, not the 4 up to the day of the report (was 0.004).
    assert early["planned_km2_period"] == pytest.approx(0.03)
    assert early["planned_km2_total"] == pytest.approx(0.004)
    assert early["forecast_completion"] is None
    # Validations on 3 and 4 November, report on the 12th: 10 days of history, 0.001 km² a day, 0.002 left.
    later = stats.production(counted, plan, dt.date(2026, 11, 12), november)
    assert later["pace_days"] == 10 and later["pace_km2_per_day"] == pytest.approx(0.001)
    assert later["forecast_completion"] == "2026-11-14"
    # After 14 days, the last 14 only: nothing validated in them, no date.
    assert stats.production(counted, plan, dt.date(2026, 11, 20), november)["forecast_completion"] is None
    # The report says what the date rests on, or why there is none.
    from ocsge_review.statistics import report
    pages = [report._html([report.details(counted, november, plan=plan, today=dt.date(2026, 11, day))], november, [])
             for day in (4, 12)]
    assert "— (moins de 7 jours de validations)" in pages[0]
    assert "2026-11-14 (rythme des 10 derniers jours)" in pages[1]


def test_production_cost_and_automation(counted):
    day2, day3 = dt.date(2026, 11, 3), dt.date(2026, 11, 4)
    p = stats.production(counted, {day2: 0.005, day3: 0.005}, day3, stats.Period.parse("2026-11"))
    # From the first planned or validated day.
    assert p["days"] == ["2026-11-03", "2026-11-04"]
    assert p["validated_km2"] == pytest.approx([0.008, 0.002])
    assert p["planned_km2_total"] == pytest.approx(0.01)
    assert p["to_validate_km2"] == pytest.approx(0.012) and p["remaining_km2"] == pytest.approx(0.002)
    # Two days of validations: too few to extrapolate a completion date (was 2026-11-07 from 0.01 km² / 14).
    assert p["forecast_completion"] is None and p["pace_days"] == 2
    c = stats.cost(counted, day3, hourly_cost=36.0, fixed_cost=100.0)
    assert c["active_hours"] == pytest.approx(960 / 3600)
    assert c["total_cost"] == pytest.approx(109.6)
    assert c["per_km2"] == pytest.approx(109.6 / 0.01)
    assert c["per_km2_series"][0] is None and c["per_km2_series"][-1] == pytest.approx(10960.0)
    a = stats.automation(counted)
    # Accepted by triage and unchanged: 5 (auto) and 4 (audit, confirmed): 9 000 of 17 000 m².
    assert a["rate"] == pytest.approx(9000 / 17000)
    assert a["accepted_unchanged"] == 2


def test_accuracy_from_the_reviewed_queue_and_the_audit(counted):
    cs = model_accuracy(counted, "cs")
    # Queue census: 3 of 4 right (item 2 is CS2.1.2); audit band of 2, its one sampled polygon right.
    assert cs["available"] and cs["overall"]["estimate"] == pytest.approx(5 / 6)
    assert cs["coverage"] == 1.0 and cs["n"] == 5
    assert cs["users"]["CS2.2.1"]["estimate"] == pytest.approx(5 / 6)
    assert cs["area_km2"]["CS2.1.2"]["estimate"] == pytest.approx(0.002)


def test_payload_follows_the_schema_and_a_broken_one_does_not(counted):
    body = indicators.payload(counted, stats.Period.parse("2026-11"), hourly_cost=36.0, fixed_cost=100.0,
                              today=dt.date(2026, 11, 4), generated_at="2026-11-04T12:00:00+00:00")
    indicators.validate(body)
    assert body["rework"]["count"]["rate"] == pytest.approx(0.6)
    assert body["validation"]["rate"] == pytest.approx(0.75)
    assert body["cost"]["per_km2"] == pytest.approx(10960.0)
    assert body["accuracy"]["cs"]["overall"]["estimate"] == pytest.approx(5 / 6)
    key = indicators.idempotency_key(body)
    assert key.startswith("ocsge-32-2026-11-v2-")
    assert indicators.idempotency_key({**body, "generated_at": "later"}) == key
    for broken in ({k: v for k, v in body.items() if k != "department"},
                   {**body, "rework": {**body["rework"], "count": {**body["rework"]["count"], "rate": 1.5}}},
                   {**body, "schema_version": 3}, {**body, "schema_version": 1},
                   {**body, "period": {**body["period"], "month": "2026-13"}}):
        with pytest.raises(InputError, match="schéma"):
            indicators.validate(json.loads(json.dumps(broken)))


def test_period_and_plan_errors(tmp_path):
    assert stats.Period.parse("2026-12").end == dt.date(2027, 1, 1)
    for bad in ("2026-13", "novembre", "2026-1"):
        with pytest.raises(InputError, match="AAAA-MM"):
            stats.Period.parse(bad)
    plan = tmp_path / "plan.csv"
    plan.write_text("date;planned_km2\n2026-11-02;1,5\n2026-11-03;2\n", encoding="utf-8")
    assert stats.read_plan(str(plan)) == {"*": {dt.date(2026, 11, 2): 1.5, dt.date(2026, 11, 3): 2.0}}
    plan.write_text("jour,km2\n", encoding="utf-8")
    with pytest.raises(InputError, match="colonne"):
        stats.read_plan(str(plan))
    plan.write_text("date,planned_km2\n02/11/2026,1\n", encoding="utf-8")
    with pytest.raises(InputError, match="ligne 2"):
        stats.read_plan(str(plan))


def test_a_plan_is_read_like_the_sample_files(tmp_path):
    plan = tmp_path / "plan.csv"
    # A blank row is skipped and a non-breaking space between thousands dropped, as in the strata file.
    plan.write_text("date;planned_km2;department\n2026-11-02;1\u00a0250,5;32\n;;\n\n2026-11-03;2;32\n",
                    encoding="utf-8")
    assert stats.read_plan(str(plan)) == {"32": {dt.date(2026, 11, 2): 1250.5, dt.date(2026, 11, 3): 2.0}}
    # A spreadsheet saved in Latin-1: a French error naming the file, not a traceback.
    plan.write_bytes("date;planned_km2;département\n2026-11-02;1;32\n".encode("latin-1"))
    with pytest.raises(InputError, match="illisible.*plan.csv"):
        stats.read_plan(str(plan))


def test_iso_weeks_across_a_new_year():
    d = np.array(["2026-12-31", "2027-01-01", "2027-01-04", "2024-12-30", "NaT"], dtype="datetime64[D]")
    assert stats.iso_weeks(d).tolist() == ["2026-W53", "2026-W53", "2027-W01", "2025-W01", None]


def test_tables_have_the_promised_columns(counted):
    from ocsge_review.store.base import JOURNAL_TABLE, REVIEW_TABLE
    assert set(stats.ITEM_COLUMNS) <= set(REVIEW_TABLE) and set(stats.JOURNAL_COLUMNS) <= set(JOURNAL_TABLE)
    assert counted.items["id"].tolist() == [1, 2, 3, 4, 5, 6]
    assert counted.items["merged_into"].tolist() == [-1] * 6
    assert counted.journal["seq"].tolist() == sorted(counted.journal["seq"].tolist())


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "ocsge_review", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def test_cli_stats_report_and_errors(counted, tmp_path):
    from ocsge_review.store.gpkg import GpkgStore
    path = str(tmp_path / "review.gpkg")
    GpkgStore.open(path).close()
    res = _cli("stats", "--store", path, "--period", "2026-11", "--hourly-cost", "36", "--fixed-cost", "32=100",
               "--json")
    assert res.returncode == 0, res.stderr
    body = json.loads(res.stdout)
    indicators.validate(body)
    assert body["cost"]["per_km2"] == pytest.approx(10960.0)
    res = _cli("stats", "--store", path, "--period", "2026-11")
    assert res.returncode == 0 and "reprise 60,0 %" in res.stdout
    plan = tmp_path / "plan.csv"
    plan.write_text("date,planned_km2\n2026-11-03,0.005\n2026-11-04,0.005\n", encoding="utf-8")
    out = tmp_path / "rapport"
    res = _cli("report", "--store", path, "--period", "2026-11", "--plan", str(plan), "--out", str(out))
    assert res.returncode == 0, res.stderr
    page = (out / "rapport.html").read_text(encoding="utf-8")
    assert page.count("data:image/png;base64,") == 7
    assert "60,0 %" in page
    assert (out / "indicateurs.csv").read_text(encoding="utf-8").splitlines()[1].startswith("32,2026-11,m1,5,3,")
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".")]      # no stage left behind
    for args, words in ((("stats", "--store", path, "--period", "2026-13"), "AAAA-MM"),
                        (("stats", "--store", str(tmp_path / "absent.gpkg")), "introuvable"),
                        (("stats", "--store", path, "--fixed-cost", "beaucoup"), "montant"),
                        (("stats", "--store", path, "--plan", str(tmp_path / "absent.csv")), "Plan de production"),
                        (("report", "--store", path, "--out", str(plan)), "n'est pas un dossier"),
                        (("outbox", "status", "--outbox", str(tmp_path / "absent.sqlite")), "introuvable")):
        res = _cli(*args)
        assert res.returncode == 2 and res.stderr.startswith("erreur : ") and words in res.stderr, res.stderr
        assert len(res.stderr.strip().splitlines()) == 1
