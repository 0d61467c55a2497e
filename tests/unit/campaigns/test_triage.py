"""Triage: thresholds, review priority, audit strata and sample sizes, policy round trip."""
import json
import math

import numpy as np
import pytest

from ocsge_review.errors import InputError
from ocsge_review.campaigns.triage import (AUDIT, AUTO, QUEUE, TriageInputs, TriagePolicy, neyman_allocation,
                                 olofsson_sample_size, triage)


def _inputs(conf_cs, conf_us=None, **cols):
    """Small hand-made inputs: one grassland/agriculture pair of 1 000 m² unless told."""
    conf_cs = np.asarray(conf_cs, dtype="float64")
    n = len(conf_cs)
    base = {"conf_cs": conf_cs, "conf_us": np.full(n, 0.99) if conf_us is None else conf_us,
            "code_cs": ["CS2.2.1"] * n, "code_us": ["US1.1"] * n, "area_m2": np.full(n, 1000.0)}
    base.update(cols)
    return TriageInputs.from_columns(base)


def _no_audit(**kw):
    return TriagePolicy(audit_size=0, min_per_stratum=0, **kw)


def _random_inputs(n, seed=3):
    rng = np.random.default_rng(seed)
    cs = np.array(["CS2.2.1", "CS1.1.1.1", "CS2.1.1.1", "CS1.2.2"], dtype=object)
    us = np.array(["US1.1", "US5", "US1.2", "US4.1.1"], dtype=object)
    return TriageInputs.from_columns({
        "conf_cs": rng.beta(9, 1, n), "conf_us": rng.beta(9, 1, n).astype("float32"),
        "margin_cs": rng.random(n), "margin_us": rng.random(n),
        "entropy_cs": rng.random(n), "entropy_us": rng.random(n),
        "code_cs": cs[rng.integers(0, 4, n)], "code_us": us[rng.integers(0, 4, n)],
        "cs_top1": cs[rng.integers(0, 4, n)], "cs_top2": cs[rng.integers(0, 4, n)],
        "us_top1": us[rng.integers(0, 4, n)], "us_top2": us[rng.integers(0, 4, n)],
        "area_m2": rng.lognormal(6, 2, n)})


# --- thresholds ---------------------------------------------------------------

def test_auto_accepted_only_when_both_dimensions_reach_the_threshold():
    r = triage(_inputs([0.9, 0.9, 0.8, 0.85, 0.84], conf_us=[0.9, 0.8, 0.9, 0.85, 0.99]), _no_audit())
    assert list(r.part) == [AUTO, QUEUE, QUEUE, AUTO, QUEUE]


def test_class_threshold_overrides_the_global_one_for_its_own_dimension():
    inp = _inputs([0.9, 0.9, 0.6, 0.6], conf_us=[0.99, 0.99, 0.6, 0.6],
                  code_cs=["CS2.2.1", "CS1.1.1.1", "CS2.2.1", "CS1.1.1.1"],
                  code_us=["US1.1", "US1.1", "US1.1", "US5"])
    policy = _no_audit(class_thresholds={"CS2.2.1": 0.95, "CS1.1.1.1": 0.5, "US5": 0.5})
    # 0: grassland needs 0.95; 1: buildings need 0.5, usage 0.99 passes the global 0.85;
    # 2: usage US1.1 at 0.6 fails the global 0.85; 3: both overrides at 0.5 pass.
    assert list(triage(inp, policy).part) == [QUEUE, AUTO, QUEUE, AUTO]
    assert list(triage(inp, _no_audit()).part) == [AUTO, AUTO, QUEUE, QUEUE]


def test_a_cs_override_does_not_apply_to_usage_confidence():
    inp = _inputs([0.6], conf_us=[0.6])
    assert triage(inp, _no_audit(class_thresholds={"CS2.2.1": 0.5})).part[0] == QUEUE
    assert triage(inp, _no_audit(class_thresholds={"CS2.2.1": 0.5, "US1.1": 0.5})).part[0] == AUTO


def test_unknown_confidence_is_never_accepted_and_reviewed_first():
    inp = _inputs([np.nan, 0.0, 1.0, np.nan, 0.2], conf_us=[1.0, 0.0, np.nan, np.nan, 0.2],
                  area_m2=[10.0, 1e7, 10.0, 10.0, 10.0])
    r = triage(inp, _no_audit(threshold=0.0, area_boost=1.0, artif_boost=1.0))
    assert list(r.part) == [QUEUE, AUTO, QUEUE, QUEUE, AUTO]
    assert sorted(r.queue_order[:3]) == [0, 2, 3]
    r = triage(inp, _no_audit(area_boost=1.0))
    # Polygon 1 is certain to be wrong and the largest, yet unknowns still come first.
    assert list(r.queue_order) == [0, 2, 3, 1, 4]


# --- priority -----------------------------------------------------------------

def test_top1_priority_follows_the_less_confident_dimension():
    r = triage(_inputs([0.5, 0.3, 0.7, 0.8], conf_us=[0.8, 0.8, 0.8, 0.1]), _no_audit())
    assert list(r.queue_order) == [3, 1, 0, 2]
    assert r.priority[3] == pytest.approx(0.9)


def test_margin_priority_with_top1_fallback_when_margin_unknown():
    inp = _inputs([0.6, 0.6, 0.6, 0.2], margin_cs=[0.5, 0.1, 0.3, np.nan])
    r = triage(inp, _no_audit(score="margin"))
    # Uncertainties 0.5, 0.9, 0.7 and (fallback) 1 − 0.2 = 0.8.
    assert list(r.queue_order) == [1, 3, 2, 0]
    assert list(triage(inp, _no_audit()).queue_order) == [3, 0, 1, 2]


def test_entropy_priority_with_top1_fallback_when_entropy_unknown():
    inp = _inputs([0.6, 0.6, 0.6, 0.6], conf_us=[0.6] * 4, entropy_cs=[0.2, 0.9, 0.5, np.nan],
                  entropy_us=[0.1, 0.1, 0.7, np.nan])
    r = triage(inp, _no_audit(score="entropy"))
    # Max per polygon: 0.2, 0.9, 0.7, and 1 − 0.6 = 0.4 for the one without entropy.
    assert list(r.queue_order) == [1, 2, 3, 0]
    assert r.priority[3] == pytest.approx(0.4)


def test_area_boost_moves_large_polygons_up():
    inp = _inputs([0.5, 0.6, 0.6], area_m2=[10.0, 1e6, 1e3])
    assert list(triage(inp, _no_audit()).queue_order) == [0, 1, 2]
    r = triage(inp, _no_audit(area_boost=0.5))
    # Log areas normalised over the campaign: 0, 1 and in between.
    assert list(r.queue_order) == [1, 2, 0]
    assert r.priority[1] == pytest.approx(0.4 + 0.5)
    assert r.priority[0] == pytest.approx(0.5)


def test_artif_boost_when_the_second_class_changes_artificialisation():
    inp = _inputs([0.55, 0.5, 0.9, 0.5, 0.5], conf_us=[0.99, 0.99, 0.5, 0.99, 0.99],
                  cs_top1=["CS2.2.1"] * 5,
                  # 0: herbaceous→buildings flips; 1: herbaceous→broadleaved does not;
                  # 2: usage is the doubtful dimension and US1.1→US1.2 does not flip;
                  # 3: no second class known; 4: second class is herbaceous too (other leaf).
                  cs_top2=["CS1.1.1.1", "CS2.1.1.1", "CS1.1.1.1", None, "CS2.2.2"],
                  us_top1=["US1.1"] * 5, us_top2=["US1.2", "US1.2", "US1.2", None, "US1.2"])
    assert list(triage(inp, _no_audit()).queue_order) == [1, 2, 3, 4, 0]
    r = triage(inp, _no_audit(artif_boost=0.2))
    assert list(r.queue_order) == [0, 1, 2, 3, 4]
    assert list(r.priority) == pytest.approx([0.45 + 0.2, 0.5, 0.5, 0.5, 0.5])


def test_artif_boost_on_usage_when_usage_is_less_confident():
    inp = _inputs([0.9, 0.9], conf_us=[0.6, 0.6], code_cs=["CS2.2.1"] * 2, us_top2=["US1.2", "US5"])
    r = triage(inp, _no_audit(artif_boost=0.3))
    # Grassland with residential use is artificialised, with forestry use it is not.
    assert list(r.queue_order) == [1, 0]
    assert r.priority[1] - r.priority[0] == pytest.approx(0.3)


def test_equal_priorities_keep_index_order():
    # Large enough for an unstable sort to shuffle ties.
    conf = np.tile([0.5, 0.3], 1000)
    r = triage(_inputs(conf), _no_audit(area_boost=1.0))
    assert list(r.queue_order) == list(range(1, 2000, 2)) + list(range(0, 2000, 2))
    assert np.all(np.isnan(r.priority[r.part != QUEUE]))


# --- audit sample -------------------------------------------------------------

def test_same_seed_same_sample_other_seed_differs():
    inp = _random_inputs(5000)
    a = triage(inp, TriagePolicy(seed=7))
    b = triage(inp, TriagePolicy(seed=7))
    c = triage(inp, TriagePolicy(seed=8))
    assert np.array_equal(a.part, b.part)
    assert (a.part == AUDIT).sum() == (c.part == AUDIT).sum() > 0
    assert not np.array_equal(a.part == AUDIT, c.part == AUDIT)


def test_sample_is_drawn_from_auto_accepted_polygons_with_every_stratum_covered():
    inp = _random_inputs(20000)
    policy = TriagePolicy(audit_by_class=True, min_per_stratum=30, class_thresholds={"CS1.2.2": 0.7})
    r = triage(inp, policy)
    unsampled = triage(inp, _no_audit(audit_by_class=True, class_thresholds={"CS1.2.2": 0.7}))
    audit = r.part == AUDIT
    assert audit.any()
    assert np.all(unsampled.part[audit] == AUTO)
    assert np.array_equal(r.part == QUEUE, unsampled.part == QUEUE)
    assert all(s is None for s in r.stratum[r.part == QUEUE])
    for h in r.strata:
        members = r.stratum == h["label"]
        assert members.sum() == h["N_h"]
        assert (members & audit).sum() == h["n_h"] >= min(h["N_h"], 30)
        assert h["n_h"] <= h["N_h"]
    labels = {h["label"] for h in r.strata}
    # Water accepted from 0.7 falls below the first band edge: its band starts at 0.7.
    assert any(lbl.startswith("0.70–0.85|CS1.2.2") for lbl in labels)
    assert not any(lbl.startswith("0.00") for lbl in labels)
    assert "0.98–1.00|CS2.2.1" in labels
    assert sum(h["W_h"] for h in r.strata) == pytest.approx(1.0)


def test_neyman_allocation_in_proportion_to_n_times_s():
    inp = _random_inputs(30000)
    r = triage(inp, TriagePolicy(audit_size=1000, min_per_stratum=0))
    conf = np.fmin(inp.conf_cs, inp.conf_us)
    accepted = r.part != QUEUE
    edges = [0.85, 0.9, 0.95, 0.98, 1.0000001]
    weights = []
    for lo, hi in zip(edges, edges[1:]):
        c = conf[accepted & (conf >= lo) & (conf < hi)]
        u = c.mean()
        weights.append(len(c) * math.sqrt(u * (1 - u)))
    expected = [1000 * w / sum(weights) for w in weights]
    got = [h["n_h"] for h in r.strata]
    assert sum(got) == 1000 == (r.part == AUDIT).sum()
    assert len(got) == 4
    assert all(abs(g - e) < 1 for g, e in zip(got, expected))


def _three_strata():
    """6 000 polygons at 0.88, 3 000 at 0.92 and 1 000 at 0.99, all auto-accepted."""
    conf = np.concatenate([np.full(6000, 0.88), np.full(3000, 0.92), np.full(1000, 0.99)])
    return _inputs(conf, conf_us=np.full(len(conf), 0.995))


def test_sample_size_matches_a_hand_computation_of_olofsson_eq13():
    # W = 0.6, 0.3, 0.1; S = √(U(1 − U)).
    s1, s2, s3 = math.sqrt(0.88 * 0.12), math.sqrt(0.92 * 0.08), math.sqrt(0.99 * 0.01)
    sum_ws = 0.6 * s1 + 0.3 * s2 + 0.1 * s3
    n0 = (sum_ws / 0.01) ** 2
    n = n0 / (1 + n0 / 10000)
    assert 757 < n < 758  # 819.8 before the finite-population correction
    assert olofsson_sample_size([6000, 3000, 1000], [0.88, 0.92, 0.99], 0.01) == pytest.approx(n)

    r = triage(_three_strata(), TriagePolicy(min_per_stratum=0))
    assert r.audit_target == 758
    got = [h["n_h"] for h in r.strata]
    assert sum(got) == 758 == (r.part == AUDIT).sum()
    for g, ws in zip(got, (0.6 * s1, 0.3 * s2, 0.1 * s3)):
        assert abs(g - 758 * ws / sum_ws) < 1
    assert [h["label"] for h in r.strata] == ["0.85–0.90", "0.90–0.95", "0.98–1.00"]
    assert [h["U_h"] for h in r.strata] == pytest.approx([0.88, 0.92, 0.99])
    assert r.expected_se <= 0.01 + 1e-6
    assert "taille calculée 758" in r.report()


def test_min_per_stratum_raises_small_allocations():
    r = triage(_three_strata(), TriagePolicy(target_se=0.02, min_per_stratum=60))
    # Neyman gives the 0.99 stratum about 7 of 195; the floor lifts it to 60.
    assert [h["n_h"] for h in r.strata][2] == 60
    assert r.audit_target < (r.part == AUDIT).sum()


def test_fixed_audit_size_overrides_the_target_standard_error():
    r = triage(_three_strata(), TriagePolicy(audit_size=90, min_per_stratum=0, target_se=0.001))
    assert r.audit_target == 90 and (r.part == AUDIT).sum() == 90
    assert "taille imposée 90" in r.report() and "visée" not in r.report()
    # An explicit size is a budget: the per-stratum minimum (50 × 3 > 90) shrinks to
    # 90 // 3 = 30 and the excess of the Neyman shares is taken back.
    r = triage(_three_strata(), TriagePolicy(audit_size=90, min_per_stratum=50))
    assert [h["n_h"] for h in r.strata] == [30, 30, 30] and (r.part == AUDIT).sum() == 90
    r = triage(_three_strata(), TriagePolicy(audit_size=200, min_per_stratum=20))
    neyman = neyman_allocation([6000, 3000, 1000], [math.sqrt(0.88 * 0.12), math.sqrt(0.92 * 0.08),
                                                    math.sqrt(0.99 * 0.01)], 200)
    n_h = [h["n_h"] for h in r.strata]
    assert sum(n_h) == 200 and n_h[2] == 20 and n_h[0] <= neyman[0] and n_h[1] <= neyman[1]
    r = triage(_inputs([0.9] * 30), TriagePolicy(audit_size=1000))
    assert (r.part == AUDIT).sum() == 30


def test_neyman_allocation_takes_small_strata_whole():
    # Shares 20 and 80: the 5-polygon stratum is taken whole and 95 go to the other.
    n_h = neyman_allocation([5, 1000, 1000], [0.5, 0.01, 0.0], 100)
    assert list(n_h) == [5, 95, 0]
    assert list(neyman_allocation([10, 30], [0.0, 0.0], 8)) == [2, 6]
    assert list(neyman_allocation([10, 30], [0.3, 0.3], 500)) == [10, 30]


def test_no_auto_accepted_polygons_no_audit():
    r = triage(_inputs([0.1, 0.2]), TriagePolicy())
    assert r.strata == [] and (r.part == QUEUE).all()
    assert "File de revue" in r.report()


# --- policy -------------------------------------------------------------------

def test_policy_json_round_trip():
    policy = TriagePolicy(threshold=0.8, class_thresholds={"CS2.2.1": 0.9, "US5": 0.7}, score="entropy",
                          area_boost=0.2, artif_boost=0.5, audit_bands=(0.8, 0.9, 1.0),
                          audit_by_class=True, target_se=0.02, audit_size=300, min_per_stratum=10, seed=42)
    again = TriagePolicy.from_dict(json.loads(json.dumps(policy.to_dict())))
    assert again == policy
    assert TriagePolicy.from_dict(json.loads(json.dumps(TriagePolicy().to_dict()))) == TriagePolicy()
    assert TriagePolicy.from_dict({"threshold": 0.7}) == TriagePolicy(threshold=0.7)


@pytest.mark.parametrize("bad", [
    {"threshold": 1.5}, {"threshold": -0.1}, {"threshold": "0.8"}, {"threshold": True},
    {"class_thresholds": {"CS9": 0.9}}, {"class_thresholds": {"cs2.2.1": 0.9}},
    {"class_thresholds": {"CS2.2": 0.9}}, {"class_thresholds": {"US5": 1.2}},
    {"score": "gini"}, {"area_boost": -1}, {"artif_boost": float("inf")},
    {"audit_bands": [0.9, 0.85, 1.0]}, {"audit_bands": [0.9, 0.9]}, {"audit_bands": [0.5, 1.5]},
    {"audit_bands": None}, {"target_se": 0}, {"audit_size": -5}, {"audit_size": 10.5},
    {"min_per_stratum": -1}, {"seed": -1}, {"audit_by_class": "oui"}, {"treshold": 0.9},
])
def test_policy_nonsense_is_refused(bad):
    with pytest.raises(InputError):
        TriagePolicy.from_dict(bad)


def test_triage_validates_the_policy_and_hints_the_canonical_code():
    with pytest.raises(InputError, match="CS2.2.1"):
        triage(_inputs([0.9]), TriagePolicy(class_thresholds={"cs2_2_1": 0.9}))


# --- inputs and summary ---------------------------------------------------------

def test_inputs_refuse_missing_fields_percentages_and_misaligned_arrays():
    with pytest.raises(InputError, match="area_m2"):
        TriageInputs.from_columns({"conf_cs": [0.5], "conf_us": [0.5], "code_cs": ["CS2.2.1"],
                                   "code_us": ["US1.1"]})
    with pytest.raises(InputError, match="conf_cs"):
        _inputs([85.0, 97.0])
    with pytest.raises(InputError, match="margin_us"):
        _inputs([0.5, 0.6], margin_us=[0.1])


def test_summary_adds_up_and_reads_in_french():
    inp = _random_inputs(4000)
    inp.area_m2[5] = np.nan
    r = triage(inp, TriagePolicy(min_per_stratum=5))
    assert sum(s["count"] for s in r.summary.values()) == 4000
    assert sum(s["area_km2"] for s in r.summary.values()) == pytest.approx(np.nansum(inp.area_m2) / 1e6)
    for p in (QUEUE, AUTO, AUDIT):
        assert r.summary[p]["count"] == (r.part == p).sum() > 0
    text = r.report()
    queue = r.summary[QUEUE]
    assert f"File de revue : {queue['count']:,} polygones".replace(",", "\u202f") in text
    assert f"{queue['area_km2']:.1f} km²".replace(".", ",") in text.replace("\u202f", "")


@pytest.mark.timeout(60)
def test_a_million_polygons():
    inp = _random_inputs(1_000_000)
    inp.conf_cs[:1000] = np.nan
    r = triage(inp, TriagePolicy(score="margin", area_boost=0.3, artif_boost=0.5, audit_by_class=True,
                                 class_thresholds={"CS2.2.1": 0.8, "US5": 0.9}))
    assert sum(s["count"] for s in r.summary.values()) == 1_000_000
    assert set(r.queue_order[:1000]) == set(range(1000))
    assert np.all(np.diff(r.priority[r.queue_order]) <= 0)
