"""Campaigns from a model output: triage preview, the store it writes, the CLI contract."""
import json
import os
import subprocess
import sys

import numpy as np
import pytest

from ocsge_review.store import lifecycle as lc
from ocsge_review.campaigns.campaign import create_campaign, plan_campaign
from ocsge_review.errors import CrsError, InputError
from ocsge_review.store import open_store
from ocsge_review.campaigns.triage import AUDIT, AUTO, QUEUE, TriagePolicy

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def test_plan_then_store(demo_dir, tmp_path):
    plan = plan_campaign(str(demo_dir / "model_output.gpkg"), "32", TriagePolicy(threshold=0.8, seed=3),
                         raster=str(demo_dir / "probabilities.tif"))
    assert plan.model_version == "flair-demo-1.0"
    parts = {p: int(np.sum(plan.triage.part == p)) for p in (QUEUE, AUTO, AUDIT)}
    assert sum(parts.values()) == 1500 and all(parts.values())
    assert "File de revue" in plan.report()
    assert not os.path.exists(tmp_path / "r.gpkg")          # planning writes nothing
    store = create_campaign(plan, str(tmp_path / "r.gpkg"))
    counts = store.counts()
    assert counts[QUEUE][lc.PENDING]["count"] == parts[QUEUE]
    assert counts[AUTO][lc.ACCEPTED]["count"] == parts[AUTO]
    assert counts[AUDIT][lc.PENDING]["count"] == parts[AUDIT]
    assert store.campaign().policy["seed"] == 3
    first = store.claim_next("ana")
    queue_first = int(plan.triage.queue_order[0]) + 1            # store ids are 1-based fids
    assert first.id == queue_first and not first.blind
    seen = [store.claim_next(u) for u in [f"u{i}" for i in range(60)]]
    assert any(i.blind for i in seen if i is not None)           # audit items come during the day
    store.close()


def test_model_in_another_crs_than_the_department(demo_dir):
    with pytest.raises(CrsError, match="EPSG:2975"):
        plan_campaign(str(demo_dir / "model_output.gpkg"), "974")
    with pytest.raises(InputError, match="Département inconnu"):
        plan_campaign(str(demo_dir / "model_output.gpkg"), "99")


def run(*args):
    return subprocess.run([sys.executable, "-m", "ocsge_review", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_cli_campaign_queue_contract(demo_dir, tmp_path):
    store = str(tmp_path / "review.gpkg")
    res = run("campaign", "create", "--model", str(demo_dir / "model_output.gpkg"), "--department", "32",
              "--store", store, "--threshold", "0.8", "--audit-size", "200", "--seed", "4")
    assert res.returncode == 0, res.stderr
    status = json.loads(run("campaign", "status", "--store", store, "--json").stdout)
    assert sum(status["by_part"]["audit"].values()) == 200
    assert sum(status["by_state"].values()) == 1500
    item = json.loads(run("queue", "next", "--store", store, "--user", "ana", "--json").stdout)
    res = run("queue", "decide", "--store", store, "--user", "ana", "--item", str(item["id"]),
              "--cs", "CS2.2.1", "--us", "US1.1", "--comment", "prairie")
    assert res.returncode == 0, res.stderr
    status = json.loads(run("campaign", "status", "--store", store, "--json").stdout)
    assert status["by_state"]["decided"] == 1
    res = run("queue", "decide", "--store", store, "--user", "bob", "--item", str(item["id"]),
              "--cs", "CS2.2.1", "--us", "US1.1")
    assert res.returncode == 2 and "Impossible" in res.stderr and len(res.stderr.strip().splitlines()) == 1
    res = run("campaign", "create", "--model", str(demo_dir / "model_output.gpkg"), "--department", "32",
              "--store", store)
    assert res.returncode == 2 and "existe déjà" in res.stderr


def test_cli_policy_file_and_options(demo_dir, tmp_path):
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"threshold": 0.7, "class_thresholds": {"CS1.2.2": 0.6},
                                  "artif_boost": 0.3, "audit_size": 40}), encoding="utf-8")
    store = str(tmp_path / "r.gpkg")
    res = run("campaign", "create", "--model", str(demo_dir / "model_output.gpkg"), "--department", "32",
              "--store", store, "--policy", str(policy), "--audit-size", "30", "--score", "margin")
    assert res.returncode == 0, res.stderr
    saved = open_store(store).campaign().policy
    assert (saved["threshold"], saved["audit_size"], saved["score"], saved["artif_boost"]) == (0.7, 30, "margin", 0.3)
    assert saved["class_thresholds"] == {"CS1.2.2": 0.6}
    bad = tmp_path / "bad.json"
    bad.write_text('{"threshold": 2}', encoding="utf-8")
    res = run("campaign", "create", "--model", str(demo_dir / "model_output.gpkg"), "--department", "32",
              "--store", str(tmp_path / "x.gpkg"), "--policy", str(bad))
    assert res.returncode == 2 and len(res.stderr.strip().splitlines()) == 1
    bad.write_text("{oops", encoding="utf-8")
    res = run("campaign", "create", "--model", str(demo_dir / "model_output.gpkg"), "--department", "32",
              "--store", str(tmp_path / "x.gpkg"), "--policy", str(bad))
    assert res.returncode == 2 and "JSON invalide" in res.stderr
    bad.write_bytes('{"seed": 1, "note": "département"}'.encode("latin-1"))      # not UTF-8: said, no traceback
    res = run("campaign", "create", "--model", str(demo_dir / "model_output.gpkg"), "--department", "32",
              "--store", str(tmp_path / "x.gpkg"), "--policy", str(bad))
    assert res.returncode == 2 and "Politique de tri illisible" in res.stderr, res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    assert not os.path.exists(tmp_path / "x.gpkg")
