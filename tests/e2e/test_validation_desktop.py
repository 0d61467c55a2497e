"""A review the way a new team does it, in the real QGIS desktop with the packaged plugin: an interpreter
decides through the review panel with real key presses, a validator (another user, another session)
approves one with A; the journal and the statistics say exactly that."""
import json
import subprocess
import sys

import pytest

from desktop import QGIS_TIMEOUT, REPO, make_profile, run_desktop

pytestmark = [pytest.mark.timeout(2 * QGIS_TIMEOUT + 180)]

INTERPRETER, VALIDATOR = "ana", "vera"


def cli(*args):
    return subprocess.run([sys.executable, "-m", "ocsge_review", *args], cwd=REPO, check=True,
                          capture_output=True, text=True).stdout


def session(plugin_zip, tmp_path, user, step, store):
    """One desktop session of ``user`` in their own empty profile; its result and console."""
    root = tmp_path / f"profiles-{user}"
    make_profile(root, plugin_zip, user=user)
    out = tmp_path / f"out-{user}"
    out.mkdir()
    result, console = run_desktop(root, "check_validation.py", tmp_path, out,
                                  OCSGE_E2E_STORE=str(store), OCSGE_E2E_STEP=step)
    assert result["errors"] == [] and "Traceback" not in console, result["errors"] or console[-3000:]
    assert (out / f"{step}.png").stat().st_size > 10_000
    return result


def test_interpreter_decides_validator_approves_journal_and_statistics_agree(plugin_zip, tmp_path):
    demo = tmp_path / "demo"
    store = demo / "review.gpkg"
    cli("demo", "--out", str(demo), "--polygons", "1000", "--quiet")
    cli("campaign", "create", "--model", str(demo / "model_output.gpkg"), "--department", "32",
        "--store", str(store), "--threshold", "0.95", "--quiet")

    interpreted = session(plugin_zip, tmp_path, INTERPRETER, "interpret", store)
    assert interpreted["user"] == INTERPRETER, "the name comes from the plugin's setting in the profile"
    decisions = interpreted["decisions"]
    assert [d["decided"] for d in decisions] == [True, True, True], decisions
    assert len({d["id"] for d in decisions}) == 3
    assert interpreted["review_panel_closed"]
    assert "propre décision" in interpreted["own_approval_message"]

    validated = session(plugin_zip, tmp_path, VALIDATOR, "validate", store)
    assert validated["user"] == VALIDATOR
    assert sorted(validated["listed"]) == sorted([d["id"], INTERPRETER] for d in decisions)
    approved = validated["approved"]
    assert approved in [d["id"] for d in decisions] and str(approved) in validated["status"]

    from ocsge_review.store import open_store
    with open_store(str(store)) as s:
        journal = [(r.item_id, r.user, r.action, r.cs_after, r.flag) for r in s.journal()]
        states = {d["id"]: s.item(d["id"]).state for d in decisions}
    assert [row[:3] for row in journal] == [(d["id"], INTERPRETER, d["action"]) for d in decisions] + [
        (approved, VALIDATOR, "approve")], "three decisions by ana, one approval by vera, nothing else"
    assert len(decisions[1]["proposals_cs"]) > 1, decisions[1]
    assert journal[1][3] == decisions[1]["proposals_cs"][1]      # key 2 chose the second couverture
    assert journal[2][4] == "doubt"                  # F flagged the third
    assert states == {d["id"]: "validated" if d["id"] == approved else "decided" for d in decisions}

    stats = json.loads(cli("stats", "--store", str(store), "--json"))
    corrected = sum(d["action"] == "correct" for d in decisions)
    assert stats["items"]["reviewed"] == stats["items"]["reviewed_in_period"] == 3
    assert stats["items"]["validated"] == 1
    assert stats["rework"]["count"]["reviewed"] == 3 and stats["rework"]["count"]["reworked"] == corrected
    assert stats["validation"]["judged"] == 1 and stats["validation"]["approved_first"] == 1
    assert stats["validation"]["rate"] == 1.0
