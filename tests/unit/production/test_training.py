"""Training data from a small campaign whose every correction is known by hand: class changes, a merge,
a split, a reshape, an unvalidated decision; and the refusals, which write nothing."""
import os

import numpy as np
import pytest
import shapely

from ocsge_review.cli import commands as cli
from ocsge_review.errors import Cancelled, InputError
from ocsge_review.feedback import Feedback
from ocsge_review.geo import pyogrio
from ocsge_review.store import Campaign, Decision, Part
from ocsge_review.production.training import export_training
from tests.unit.store.test_store_geometry import MODEL, OTHER, box, cell
from tests.unit.store.test_store_gpkg import Clock, _columns

# Items 1..7: (column, row) of a 100 m cell and the campaign part. 2 and 3 touch (the merge).
CELLS = [((0, 0), "queue"), ((1, 0), "queue"), ((2, 0), "auto"), ((0, 2), "queue"), ((0, 4), "audit"),
         ((4, 4), "queue"), ((6, 6), "queue")]
T0 = 1_700_000_000.0


@pytest.fixture
def store(make_store):
    cols, _ = _columns([p for _, p in CELLS])
    cols["area_m2"] = np.full(len(CELLS), 10000.0)
    cols["code_cs"][1] = OTHER[0]                       # item 2: the model said CS2.1.2
    cols["conf_cs"] = np.array([0.51, 0.52, 0.93, 0.54, 0.55, 0.56, 0.57], dtype="float32")
    campaign = Campaign(name="training", department="32", department_name="Gers", epsg=2154,
                        model_version="flair-2.3", source="model.gpkg", policy={}, lock_seconds=600)
    s = make_store(campaign, cols, shapely.to_wkb(np.array([cell(*c) for c, _ in CELLS], dtype=object)),
                   Clock(T0))
    yield s


def review(store):
    """1 corrected, 2 merged with 3 (auto), 4 split in two, 5 (audit) confirmed, 6 corrected and not
    validated, 7 reshaped with its class kept; everything but 6 approved by a validator."""
    def claim(expected):
        assert store.claim_next("ana").id == expected
    claim(1)
    store.decide(Decision(1, "ana", None, "CS2.1.2", "US1.1"))
    claim(2)
    store.merge(2, "ana", [3], *MODEL)
    claim(4)
    parts = store.split(4, "ana", [Part(shapely.to_wkb(box(0, 200, 40, 300)), "CS1.1.1.1", "US2"),
                                   Part(shapely.to_wkb(box(40, 200, 100, 300)), *MODEL)])
    claim(5)
    store.decide(Decision(5, "ana", None, *MODEL))
    claim(6)
    store.decide(Decision(6, "ana", None, "CS2.1.1.1", "US1.1"))
    claim(7)
    store.decide(Decision(7, "ana", None, *MODEL, geometry_wkb=shapely.to_wkb(box(600, 600, 700, 650))))
    for item in (1, 2, *parts, 5, 7):
        store.validate(item, "val", True)
    return parts


def read(path, layer):
    info = pyogrio.read_info(path, layer=layer)
    _, _, wkb, values = pyogrio.raw.read(path, layer=layer)
    rows = [{name: values[k][j] for k, name in enumerate(info["fields"])} | {"geometry": shapely.from_wkb(wkb[j])}
            for j in range(len(wkb))]
    return info, sorted(rows, key=lambda r: (r["correction_id"], r["item_id"]))


def test_validated_corrections_before_and_after(store, tmp_path):
    parts = review(store)
    assert parts == [8, 9]
    out = str(tmp_path / "training.gpkg")
    report = export_training(store, out)
    assert (report.corrections, report.before, report.after) == (4, 5, 5)
    assert (report.class_changes, report.geometry_changes) == (3, 3)

    info, before = read(out, "before")
    assert info["crs"] == "EPSG:2154" and info["geometry_type"] == "MultiPolygon"
    assert [(r["correction_id"], r["item_id"], r["model_cs"], round(r["conf_cs"], 2)) for r in before] == [
        (1, 1, "CS2.2.1", 0.51),
        (2, 2, "CS2.1.2", 0.52), (2, 3, "CS2.2.1", 0.93),    # the merge: both of the model's polygons
        (4, 4, "CS2.2.1", 0.54),                             # the split: the polygon that was cut
        (7, 7, "CS2.2.1", 0.57)]
    assert {r["model_version"] for r in before} == {"flair-2.3"}
    # Before is the polygon the model drew, even for the merge's survivor and the reshaped item.
    assert [r["geometry"].area for r in before] == [10000.0] * 5
    assert before[1]["geometry"].equals(cell(1, 0)) and before[4]["geometry"].equals(cell(6, 6))

    _, after = read(out, "after")
    assert [(r["correction_id"], r["item_id"], r["source_id"], r["model_cs"], r["final_cs"], r["final_us"],
             r["action"], r["geometry_changed"]) for r in after] == [
        (1, 1, "S0", "CS2.2.1", "CS2.1.2", "US1.1", "correct", 0),
        (2, 2, "S1", "CS2.1.2", "CS2.2.1", "US1.1", "merge", 1),
        (4, 8, "S3/1", "CS2.2.1", "CS1.1.1.1", "US2", "split", 1),
        (4, 9, "S3/2", "CS2.2.1", "CS2.2.1", "US1.1", "split", 1),
        (7, 7, "S6", "CS2.2.1", "CS2.2.1", "US1.1", "reshape", 1)]
    assert [round(r["geometry"].area) for r in after] == [10000, 20000, 4000, 6000, 5000]
    assert after[1]["geometry"].equals(cell(1, 0).union(cell(2, 0)))
    assert {r["state"] for r in after} == {"validated"}
    assert {r["decided_at"] for r in after} == {"2023-11-14T22:13:20.000+00:00"}
    assert round(after[2]["conf_cs"], 2) == 0.54          # a split part keeps its original's confidence


def test_unvalidated_decisions_only_on_request(store, tmp_path):
    review(store)
    report = export_training(store, str(tmp_path / "all.gpkg"), include_unvalidated=True)
    assert report.corrections == 5
    _, after = read(str(tmp_path / "all.gpkg"), "after")
    six = [r for r in after if r["item_id"] == 6]
    assert [(r["final_cs"], r["state"], r["action"]) for r in six] == [("CS2.1.1.1", "decided", "correct")]


def test_a_split_waits_for_all_its_parts(store, tmp_path):
    for expected in (1, 2):
        assert store.claim_next("ana").id == expected
        store.decide(Decision(expected, "ana", None, *MODEL))
    assert store.claim_next("ana").id == 4
    first, second = store.split(4, "ana", [Part(shapely.to_wkb(box(0, 200, 50, 300)), "CS1.1.1.1", "US2"),
                                           Part(shapely.to_wkb(box(50, 200, 100, 300)), *MODEL)])
    store.validate(first, "val", True)
    report = export_training(store, str(tmp_path / "one.gpkg"))
    assert report.corrections == 0      # half a split is not a label of the polygon that was cut
    store.validate(second, "val", True)
    report = export_training(store, str(tmp_path / "two.gpkg"))
    assert (report.corrections, report.before, report.after) == (1, 1, 2)


def test_an_undone_reshape_is_not_a_correction(store, tmp_path):
    assert store.claim_next("ana").id == 1
    store.decide(Decision(1, "ana", None, *MODEL, geometry_wkb=shapely.to_wkb(box(0, 0, 50, 100))))
    store.undo(1, "ana")
    store.decide(Decision(1, "ana", None, *MODEL))
    store.validate(1, "val", True)
    assert export_training(store, str(tmp_path / "t.gpkg")).corrections == 0


def test_cancel_writes_nothing(store, tmp_path):
    review(store)
    calls = []
    feedback = Feedback(progress=calls.append, is_cancelled=lambda: len(calls) >= 2)
    with pytest.raises(Cancelled):
        export_training(store, str(tmp_path / "t.gpkg"), feedback=feedback)
    assert [f for f in os.listdir(tmp_path) if not f.startswith("review.gpkg")] == []


@pytest.mark.parametrize("target, message", [
    ("missing/t.gpkg", "n'existe pas"),
    ("t.csv", "doit être un GeoPackage"),
    ("exists.gpkg", "existe déjà"),
])
def test_bad_targets_are_refused_in_french(store, tmp_path, target, message):
    (tmp_path / "exists.gpkg").write_bytes(b"mine")
    with pytest.raises(InputError, match=message):
        export_training(store, str(tmp_path / target))
    assert (tmp_path / "exists.gpkg").read_bytes() == b"mine"
    assert not (tmp_path / "t.gpkg").exists() and not (tmp_path / "missing").exists()


def test_the_command_line(store, tmp_path, capsys):
    review(store)
    path = store.path
    store.close()
    out = str(tmp_path / "t.gpkg")
    assert cli.main(["export-training", "--store", path, "--out", out, "--quiet"]) == 0
    assert "4 correction(s) validées" in capsys.readouterr().out
    assert cli.main(["export-training", "--store", path, "--out", out]) == 2
    assert "existe déjà" in capsys.readouterr().err


@pytest.mark.parametrize("make, message", [
    (lambda p: None, "Magasin de revue introuvable"),
    (lambda p: p.write_bytes(b"not a database at all" * 100), "n'est pas un GeoPackage lisible"),
    (lambda p: pyogrio.raw.write(str(p), shapely.to_wkb(np.array([cell(0, 0)], dtype=object)),
                                 [np.array(["x"], dtype=object)], ["name"], driver="GPKG", crs="EPSG:2154",
                                 geometry_type="Polygon"),
     "n'est pas un magasin de revue"),
])
def test_the_command_line_refuses_a_missing_or_foreign_store(tmp_path, capsys, make, message):
    path = tmp_path / "review.gpkg"
    make(path)
    assert cli.main(["export-training", "--store", str(path), "--out", str(tmp_path / "t.gpkg")]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "t.gpkg").exists()
