"""The command-line contract: `python -m ocsge_review demo|confidence|inspect|styles`."""
import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "ocsge_review", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("command", [[], ["demo"], ["confidence"], ["inspect"], ["styles"]])
def test_every_command_answers_help(command):
    res = run(*command, "--help")
    assert res.returncode == 0 and "utilisation :" in res.stdout


def test_argparse_speaks_french(tmp_path, monkeypatch):
    # Was « usage: », « show this help message and exit », « unrecognized arguments ».
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    shown = run("demo", "--help").stdout
    assert shown.startswith("utilisation : ") and "afficher cette aide et quitter" in shown
    assert "usage:" not in shown and "show this help" not in shown
    for args, said in ((["demo", "--out", str(tmp_path), "--bogus"], "arguments non reconnus : --bogus"),
                       (["demo", "--polygons", "x"], "argument --polygons : valeur invalide (int) : 'x'"),
                       ([], "arguments obligatoires manquants : COMMANDE"),
                       (["nope"], "choix invalide : 'nope' (choisir parmi 'demo'")):
        res = run(*args)
        assert res.returncode == 2 and said in res.stderr and res.stderr.count("\n") == 1, res.stderr
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert "unrecognized arguments: --bogus" in run("demo", "--out", str(tmp_path), "--bogus").stderr


def test_demo_then_confidence(tmp_path):
    res = run("demo", "--out", str(tmp_path), "--polygons", "1000", "--seed", "2", "--department", "32")
    assert res.returncode == 0, res.stderr
    assert {"model_output.gpkg", "probabilities.tif", "truth.gpkg"} <= set(os.listdir(tmp_path))
    out = tmp_path / "conf.gpkg"
    res = run("confidence", "--model", str(tmp_path / "model_output.gpkg"),
              "--raster", str(tmp_path / "probabilities.tif"), "--out", str(out), "--json")
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stdout)
    assert report["polygons"] == 1000 and report["sources"]["cs"] == "raster" and out.exists()


def test_field_mapping_from_the_command_line(tmp_path):
    assert run("demo", "--out", str(tmp_path), "--polygons", "1000").returncode == 0
    model = str(tmp_path / "model_output.gpkg")
    res = run("inspect", "--model", model)
    assert json.loads(res.stdout)["mapping"]["cs"] == "code_cs"
    res = run("confidence", "--model", model, "--out", str(tmp_path / "c.gpkg"), "--json",
              "--map", "cs=cs_top2", "--map", "cs_top1=", "--map", "cs_p1=")
    assert res.returncode == 0, res.stderr
    res = run("confidence", "--model", model, "--out", str(tmp_path / "c.gpkg"), "--map", "cs=nope")
    assert res.returncode == 2 and "nope" in res.stderr


@pytest.mark.parametrize("args, words", [
    (["confidence", "--model", "/nonexistent/m.gpkg", "--out", "/tmp/x.gpkg"], "introuvable"),
    (["demo", "--out", "/tmp/ocsge-cli-bad", "--polygons", "5"], "1000"),
    (["demo", "--out", "/tmp/ocsge-cli-bad", "--polygons", "many"], "valeur invalide (int)"),
    (["confidence", "--out", "x.gpkg"], "--model"),
])
def test_bad_input_exits_non_zero_with_one_line(args, words):
    res = run(*args)
    assert res.returncode != 0
    lines = [line for line in res.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in res.stderr


def test_a_reader_that_goes_away_gets_no_traceback(tmp_path):
    (tmp_path / "s.csv").write_text("stratum,map_class,ref_class\nA,A,A\nA,A,B\nB,B,B\nB,B,A\n")
    (tmp_path / "t.csv").write_text("stratum,size\nA,60\nB,40\n")
    read, write = os.pipe()
    os.close(read)               # like `… | head` having exited: every write fails with EPIPE
    # Buffered stdout, as users have it: unbuffered, the write fails inside the command, not at exit.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    try:
        res = subprocess.run([sys.executable, "-m", "ocsge_review", "accuracy", "--samples",
                              str(tmp_path / "s.csv"), "--strata", str(tmp_path / "t.csv"), "--json"],
                             cwd=ROOT, stdout=write, stderr=subprocess.PIPE, text=True, timeout=60, env=env)
    finally:
        os.close(write)
    assert res.returncode == 141 and "Traceback" not in res.stderr, res.stderr


def test_queue_validate_approves_or_rejects_with_a_reason(tmp_path, demo_dir):
    from ocsge_review.store import lifecycle as lc
    from ocsge_review.cli.commands import main
    from ocsge_review.store import Decision, open_store
    store_path = str(tmp_path / "v.gpkg")
    assert main(["campaign", "create", "--model", str(demo_dir / "model_output.gpkg"), "--department", "32",
                 "--store", store_path, "--quiet"]) == 0
    with open_store(store_path) as store:
        ids = []
        for _ in range(2):
            item = store.claim_next("ana")
            store.decide(Decision(item.id, "ana", None, "CS2.2.1", "US1.1"))
            ids.append(item.id)
    base = ["queue", "validate", "--store", store_path, "--user"]
    assert main(base + ["ana", "--item", str(ids[0]), "--approve"]) == 2          # not one's own decision
    assert main(base + ["paul", "--item", str(ids[0]), "--approve"]) == 0
    assert main(base + ["paul", "--item", str(ids[1]), "--reject", "usage faux : c'est une prairie"]) == 0
    with open_store(store_path) as store:
        assert store.item(ids[0]).state == lc.VALIDATED
        back = store.claim_next("ana")
        assert (back.id, back.rejection) == (ids[1], "usage faux : c'est une prairie")
