"""Simulated interpreters: concurrent, never the same item twice, faithful to the truth."""
import datetime as dt
import os
import subprocess
import sys

import numpy as np
import pytest

from ocsge_review.store import lifecycle as lc
from ocsge_review.campaigns.campaign import create_campaign, plan_campaign
from ocsge_review.errors import InputError
from ocsge_review.synthetic.simulate import SimulationReport, read_truth, simulate
from ocsge_review.store import open_store
from ocsge_review.campaigns.triage import TriagePolicy

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


@pytest.fixture
def store_path(demo_dir, tmp_path):
    plan = plan_campaign(str(demo_dir / "model_output.gpkg"), "32", TriagePolicy(threshold=0.9, audit_size=60))
    create_campaign(plan, str(tmp_path / "review.gpkg")).close()
    return str(tmp_path / "review.gpkg")


def test_every_item_decided_once_and_truthfully(store_path, demo_dir):
    report = simulate(store_path, str(demo_dir / "truth.gpkg"), users=6, error_rate=0.0, seed=2, pause=0.002)
    store = open_store(store_path)
    counts = store.counts()
    to_review = sum(v["count"] for part in ("queue", "audit") for v in counts.get(part, {}).values())
    journal = store.journal()
    assert report.decisions == len(journal) == to_review
    assert len({r.item_id for r in journal}) == len(journal)            # never twice
    assert all(s == lc.DECIDED for part in ("queue", "audit") for s in counts[part])
    assert len(report.by_user) > 1                                       # really concurrent
    truth = read_truth(str(demo_dir / "truth.gpkg"))
    for r in journal[:200]:
        assert (r.cs_after, r.us_after) == truth[store.item(r.item_id).source_id]
    store.close()


def test_limit_and_error_rate(store_path, demo_dir):
    report = simulate(store_path, str(demo_dir / "truth.gpkg"), users=3, error_rate=0.5, seed=1, limit=40)
    assert report.decisions == 40 and 5 < report.errors_made < 40
    with pytest.raises(InputError):
        simulate(store_path, str(demo_dir / "truth.gpkg"), users=0)
    with pytest.raises(InputError):
        simulate(store_path, str(demo_dir / "truth.gpkg"), error_rate=2.0)


def test_cli(store_path, demo_dir):
    res = subprocess.run([sys.executable, "-m", "ocsge_review", "simulate", "--store", store_path,
                          "--truth", str(demo_dir / "truth.gpkg"), "--users", "2", "--limit", "10"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("10 décisions")


def test_cli_passes_the_pause(store_path, demo_dir, monkeypatch, capsys):
    from ocsge_review.synthetic import simulate as module
    from ocsge_review.cli.commands import main
    passed = []
    real = module.simulate
    monkeypatch.setattr(module, "simulate", lambda *a, **k: passed.append(k["pause"]) or real(*a, **k))
    args = ["simulate", "--store", store_path, "--truth", str(demo_dir / "truth.gpkg"), "--users", "2",
            "--limit", "2"]
    assert main(args + ["--pause", "0.01"]) == 0 and passed == [0.01]
    assert main(args) == 0 and passed == [0.01, 0.0]
    assert main(args + ["--pause", "-1"]) == 2 and "--pause" in capsys.readouterr().err


def test_the_simulation_plays_the_second_opinion_and_stats_shows_it(store_path, demo_dir):
    from ocsge_review.statistics import indicators, stats
    report = simulate(store_path, str(demo_dir / "truth.gpkg"), users=3, error_rate=0.1, seed=4,
                      second_opinion_se=0.05)
    store = open_store(store_path)
    opinions = store.opinions()
    assert opinions and report.opinions == len(opinions)
    assert all(o.answered_by not in (None, o.first_by) for o in opinions)
    # Every disagreement settled by the simulated validator, with the truth.
    assert {o.state for o in opinions} <= {lc.AGREED, lc.SETTLED} and report.disputes > 0
    truth = read_truth(str(demo_dir / "truth.gpkg"))
    assert all((o.verdict_cs, o.verdict_us) == truth[store.item(o.item_id).source_id]
               for o in opinions if o.state == lc.SETTLED)
    body = indicators.payload(stats.load(store), stats.Period.containing(dt.date.today()))
    store.close()
    indicators.validate(body)
    assert body["product"]["cs"]["available"] and body["product"]["agreement"]["answered"] == len(opinions)
    with pytest.raises(InputError, match="target-se"):
        simulate(store_path, str(demo_dir / "truth.gpkg"), second_opinion_se=0.0)


def test_the_summary_writes_numbers_the_french_way():
    # Seen in a user's session: « 80 décisions en 0.1 s » among French words.
    text = SimulationReport(decisions=1234, seconds=2.5, by_user={"ana": 1234}).summary()
    assert text.startswith("1\u202f234 décisions en 2,5 s (494/s)"), text
