"""Campaign creation, status, queue and simulation on a PostGIS store, through the core and the CLI."""
import json
import os
import subprocess
import sys

import pytest

from ocsge_review.store import lifecycle as lc
from ocsge_review.campaigns.campaign import create_campaign, plan_campaign
from ocsge_review.synthetic.simulate import simulate
from ocsge_review.store import open_store
from ocsge_review.campaigns.triage import TriagePolicy

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def run(*args):
    return subprocess.run([sys.executable, "-m", "ocsge_review", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_cli_campaign_queue_on_postgis(demo_dir, pg_spec):
    model = str(demo_dir / "model_output.gpkg")
    store = ["--store", pg_spec, "--schema", "cli_test"]
    res = run("campaign", "create", "--model", model, "--department", "32", *store, "--threshold", "0.8",
              "--audit-size", "200", "--seed", "4", "--name", "Gers 2026", "--quiet")
    assert res.returncode == 0, res.stderr
    assert "schéma « cli_test »" in res.stdout and "password" not in res.stdout
    status = json.loads(run("campaign", "status", *store, "--json").stdout)
    assert status["campaign"] == "Gers 2026" and sum(status["by_state"].values()) == 1500
    assert sum(status["by_part"]["audit"].values()) == 200
    item = json.loads(run("queue", "next", *store, "--user", "ana", "--json").stdout)
    res = run("queue", "decide", *store, "--user", "ana", "--item", str(item["id"]),
              "--cs", "CS2.2.1", "--us", "US1.1", "--comment", "prairie")
    assert res.returncode == 0, res.stderr
    assert json.loads(run("campaign", "status", *store, "--json").stdout)["by_state"]["decided"] == 1
    res = run("queue", "decide", *store, "--user", "bob", "--item", str(item["id"]), "--cs", "CS2.2.1",
              "--us", "US1.1")
    assert res.returncode == 2 and "Impossible" in res.stderr and len(res.stderr.strip().splitlines()) == 1
    # The same campaign name twice is refused; another one joins the schema and must then be named.
    res = run("campaign", "create", "--model", model, "--department", "32", *store, "--name", "Gers 2026",
              "--quiet")
    assert res.returncode == 2 and "existe déjà" in res.stderr
    res = run("campaign", "create", "--model", model, "--department", "32", *store, "--name", "Gers bis",
              "--quiet")
    assert res.returncode == 0, res.stderr
    res = run("campaign", "status", *store)
    assert res.returncode == 2 and "Plusieurs campagnes" in res.stderr and len(res.stderr.strip().splitlines()) == 1
    res = run("campaign", "status", *store, "--campaign", "Gers bis", "--json")
    assert json.loads(res.stdout)["by_state"].get("decided", 0) == 0
    for bad, words in ((pg_spec + " password=hunter2", "Pas de mot de passe"),
                       ("host=127.0.0.1 port=1 dbname=x user=y", "Connexion à PostgreSQL impossible")):
        res = run("queue", "next", "--store", bad, "--user", "ana")
        assert res.returncode == 2 and words in res.stderr and "hunter2" not in res.stderr
        assert res.stderr.startswith("erreur : ") and len(res.stderr.strip().splitlines()) == 1


def test_create_campaign_and_simulate_on_postgis(demo_dir, pg_spec):
    plan = plan_campaign(str(demo_dir / "model_output.gpkg"), "32", TriagePolicy(threshold=0.8, seed=3),
                         raster=str(demo_dir / "probabilities.tif"))
    store = create_campaign(plan, pg_spec, schema="sim_test")
    queued = store.counts()["queue"][lc.PENDING]["count"] + store.counts()["audit"][lc.PENDING]["count"]
    first = store.claim_next("ana")
    assert first.id == int(plan.triage.queue_order[0]) + 1
    store.release(first.id, "ana")
    store.close()
    report = simulate(pg_spec, str(demo_dir / "truth.gpkg"), users=6, error_rate=0.0, seed=2, schema="sim_test")
    assert report.decisions == queued and report.lost_locks == 0
    with open_store(pg_spec, schema="sim_test") as again:
        counts = again.counts()
        assert lc.PENDING not in counts["queue"] and counts["queue"][lc.DECIDED]["count"] + \
            counts["audit"][lc.DECIDED]["count"] == queued
        assert len(again.journal()) == queued


@pytest.mark.parametrize("command", [["campaign", "status"], ["queue", "next"], ["simulate"]])
def test_store_options_are_documented(command):
    res = run(*command, "--help")
    assert res.returncode == 0 and "--schema" in res.stdout and "--campaign" in res.stdout
