"""Accuracy and area estimation: the published worked examples of Stehman (2014) and Olofsson et al. (2014)."""
import json
import math
import re

import numpy as np
import pytest

from ocsge_review.statistics.accuracy import (SampleUnit, _jeffreys, estimate, estimate_from_csv, read_samples_csv,
                                   read_strata_csv)
from ocsge_review.errors import InputError


def half(digits):
    """Half a unit of the last published digit: the tolerance of a rounded figure."""
    return 0.5 * 10 ** -digits


# Stehman (2014), Int. J. Remote Sens. 35:4923–4939, numerical example (sample data, Table 2):
# 4 strata of 40 000, 30 000, 20 000 and 10 000 pixels, 10 sample pixels each, classes A–D.
STEHMAN_STRATA = ["1"] * 10 + ["2"] * 10 + ["3"] * 10 + ["4"] * 10
STEHMAN_MAP = list("AAAAAAABBB") + list("ABBBBBBBBB") + list("BBCCCCCCBB") + list("DDDDDDDDDD")
STEHMAN_REF = list("AAAAACBABC") + list("ABBBBBAABB") + list("CCCCCDDBBA") + list("DDDDDDDCCB")
STEHMAN_SIZES = {"1": 40000, "2": 30000, "3": 20000, "4": 10000}

# Olofsson et al. (2014), Remote Sens. Environ. 148:42–57, worked example, Table 8: sample counts
# (rows map class = stratum, columns reference class) and mapped pixels (30 m Landsat pixels).
OLOFSSON_CLASSES = ["Deforestation", "Forest gain", "Stable forest", "Stable non-forest"]
OLOFSSON_COUNTS = [[66, 0, 5, 4],
                   [0, 55, 8, 12],
                   [1, 0, 153, 11],
                   [2, 1, 9, 313]]
OLOFSSON_PIXELS = {"Deforestation": 200000, "Forest gain": 150000,
                   "Stable forest": 3200000, "Stable non-forest": 6450000}
HA_PER_PIXEL = 0.09


def olofsson_samples():
    return [SampleUnit(m, m, r)
            for i, m in enumerate(OLOFSSON_CLASSES)
            for j, r in enumerate(OLOFSSON_CLASSES)
            for _ in range(OLOFSSON_COUNTS[i][j])]


@pytest.fixture(scope="module")
def stehman():
    return estimate(list(zip(STEHMAN_STRATA, STEHMAN_MAP, STEHMAN_REF)), STEHMAN_SIZES)


@pytest.fixture(scope="module")
def olofsson():
    # Olofsson et al.'s variance formulas have no finite population
    # correction; their published CI widths round differently with it (e.g. 6157 vs 6158 ha).
    return estimate(olofsson_samples(), OLOFSSON_PIXELS, fpc=False)


def test_stehman_estimates_match_the_paper(stehman):
    # Stehman (2014) p. 4932: area proportions of A and C, overall accuracy.
    assert stehman["area"]["A"]["proportion"] == pytest.approx(0.35, abs=half(2))
    assert stehman["area"]["C"]["proportion"] == pytest.approx(0.20, abs=half(2))
    assert stehman["overall"]["estimate"] == pytest.approx(0.63, abs=half(2))
    # p. 4934: user's and producer's accuracy of class B.
    assert stehman["users"]["B"]["estimate"] == pytest.approx(0.574, abs=half(3))
    assert stehman["producers"]["B"]["estimate"] == pytest.approx(0.794, abs=half(3))
    # p. 4935: cell (2, 3) of the error matrix, map B × reference C.
    assert stehman["matrix"]["B"]["C"] == pytest.approx(0.08, abs=half(2))
    assert stehman["n"] == 40


def test_stehman_standard_errors_match_the_paper(stehman):
    # Stehman (2014) pp. 4935–4936.
    assert stehman["area"]["A"]["se"] == pytest.approx(0.082, abs=half(3))
    assert stehman["area"]["C"]["se"] == pytest.approx(0.064, abs=half(3))
    assert stehman["overall"]["se"] == pytest.approx(0.085, abs=half(3))
    assert stehman["users"]["B"]["se"] == pytest.approx(0.125, abs=half(3))
    # The paper prints 0.114 for SE(producer's accuracy of B). That figure is reproduced by
    # taking s²_x = 0 in stratum 4, but there x_u (reference = B) is 1 for one unit of 10, so
    # its variance is 0.1; with the paper's own eq. 28 and that variance the SE is 0.1165.
    assert stehman["producers"]["B"]["se"] == pytest.approx(0.1165, abs=half(4))


def test_olofsson_accuracies_match_the_paper(olofsson):
    # Olofsson et al. (2014) p. 54 (left column): estimate ± 1.96 SE.
    users = {"Deforestation": (0.88, 0.07), "Forest gain": (0.73, 0.10),
             "Stable forest": (0.93, 0.04), "Stable non-forest": (0.96, 0.02)}
    producers = {"Deforestation": (0.75, 0.21), "Forest gain": (0.85, None),
                 "Stable forest": (0.93, 0.03), "Stable non-forest": (0.96, None)}
    for name, (value, width) in users.items():
        assert olofsson["users"][name]["estimate"] == pytest.approx(value, abs=half(2))
        assert 1.96 * olofsson["users"][name]["se"] == pytest.approx(width, abs=half(2))
    for name, (value, width) in producers.items():
        assert olofsson["producers"][name]["estimate"] == pytest.approx(value, abs=half(2))
        if width is not None:
            assert 1.96 * olofsson["producers"][name]["se"] == pytest.approx(width, abs=half(2))
    assert olofsson["overall"]["estimate"] == pytest.approx(0.95, abs=half(2))
    assert 1.96 * olofsson["overall"]["se"] == pytest.approx(0.02, abs=half(2))


def test_olofsson_intervals_are_jeffreys_on_the_effective_sample(olofsson):
    # The paper's interval is estimate ± 1.96 SE; ours is Jeffreys's on the effective sample size
    # n* = p(1 − p)/SE² (640 units, 569 effective for overall accuracy): as wide to 1 %, a little
    # longer on the side away from 1 (the Beta posterior's skew), and inside [0, 1] where the
    # paper's would leave it.
    overall = olofsson["overall"]
    p, se = overall["estimate"], overall["se"]
    low, high = overall["ci95"]
    assert (high - low) / 2 == pytest.approx(1.96 * se, rel=0.01)
    assert p - low > high - p > 0
    assert [low, high] == pytest.approx([0.92572, 0.96278], abs=half(5))
    gain = olofsson["producers"]["Forest gain"]
    assert gain["estimate"] + 1.96 * gain["se"] > 1 and gain["ci95"][1] < 1
    for figure in ("users", "producers"):
        for c in OLOFSSON_CLASSES:
            low, high = olofsson[figure][c]["ci95"]
            assert 0 <= low < olofsson[figure][c]["estimate"] < high <= 1


def test_olofsson_overall_interval_is_the_beta_posteriors_tails(olofsson):
    stats = pytest.importorskip("scipy.stats")
    p, se = olofsson["overall"]["estimate"], olofsson["overall"]["se"]
    n = p * (1 - p) / se ** 2
    tail = stats.norm.sf(1.96)
    assert olofsson["overall"]["ci95"] == pytest.approx(
        list(stats.beta.ppf([tail, 1 - tail], n * p + 0.5, n * (1 - p) + 0.5)), abs=1e-10)


def test_jeffreys_interval_closed_forms():
    # Beta(1, 1) is uniform: ½ seen on 1 trial gives the tails themselves. Beta(1, 2) (¼ of 2 trials)
    # has cdf 1 − (1 − x)², so its quantiles are 1 − √(1 − q). None seen: [0, upper]; all: [lower, 1].
    tail = 0.5 * math.erfc(1.96 / math.sqrt(2))
    assert _jeffreys(0.5, 1, 1.96) == pytest.approx((tail, 1 - tail), abs=1e-12)
    assert _jeffreys(0.25, 2, 1.96) == pytest.approx((1 - math.sqrt(1 - tail), 1 - math.sqrt(tail)), abs=1e-12)
    assert _jeffreys(0.0, 2, 1.96)[0] == 0 and _jeffreys(1.0, 2, 1.96)[1] == 1
    assert _jeffreys(0.3, 0, 1.96) == (0.0, 1.0)


@pytest.mark.parametrize("n", [0.7, 3, 40, 555, 1e4, 1e6])
@pytest.mark.parametrize("p", [0.0, 1e-4, 0.02, 0.5, 0.93, 0.999, 1.0])
def test_jeffreys_interval_matches_scipy(p, n):
    stats = pytest.importorskip("scipy.stats")
    a, b = n * p + 0.5, n * (1 - p) + 0.5
    tail = stats.norm.sf(1.96)
    expected = (0.0 if p == 0 else stats.beta.ppf(tail, a, b), 1.0 if p == 1 else stats.beta.ppf(1 - tail, a, b))
    assert _jeffreys(p, n, 1.96) == pytest.approx(expected, abs=1e-10)


def test_olofsson_producers_widths_the_paper_misprints(olofsson):
    # The paper prints ± 0.23 (forest gain) and ± 0.01 (stable non-forest); its own closed-form
    # variance of producer's accuracy (test_ratio_estimator_equals_olofsson_closed_forms) gives these.
    assert 1.96 * olofsson["producers"]["Forest gain"]["se"] == pytest.approx(0.2544, abs=half(4))
    assert 1.96 * olofsson["producers"]["Stable non-forest"]["se"] == pytest.approx(0.0184, abs=half(4))


def test_olofsson_areas_match_the_paper(olofsson):
    # Olofsson et al. (2014) p. 54 (right column): hectares ± 1.96 SE.
    published = {"Deforestation": (21158, 6158), "Forest gain": (11686, 3756),
                 "Stable forest": (285770, 15510), "Stable non-forest": (581386, 16282)}
    for name, (hectares, width) in published.items():
        area = olofsson["area"][name]
        assert area["estimate"] * HA_PER_PIXEL == pytest.approx(hectares, abs=half(0))
        assert 1.96 * area["se"] * olofsson["total_size"] * HA_PER_PIXEL == pytest.approx(width, abs=half(0))
        assert area["ci95"][1] - area["estimate"] == pytest.approx(1.96 * area["se_estimate"])


def test_olofsson_error_matrix_matches_table_9(olofsson):
    # Olofsson et al. (2014) Table 9: estimated area proportions, rows map, columns reference.
    table9 = [[0.0176, 0.0000, 0.0013, 0.0011],
              [0.0000, 0.0110, 0.0016, 0.0024],
              [0.0019, 0.0000, 0.2967, 0.0213],
              [0.0040, 0.0020, 0.0179, 0.6212]]
    for i, m in enumerate(OLOFSSON_CLASSES):
        for j, r in enumerate(OLOFSSON_CLASSES):
            assert olofsson["matrix"][m][r] == pytest.approx(table9[i][j], abs=half(4))


def test_finite_population_correction_barely_moves_olofsson():
    with_fpc = estimate(olofsson_samples(), OLOFSSON_PIXELS)
    without = estimate(olofsson_samples(), OLOFSSON_PIXELS, fpc=False)
    assert with_fpc["overall"]["estimate"] == without["overall"]["estimate"]
    assert with_fpc["overall"]["se"] < without["overall"]["se"]
    assert with_fpc["overall"]["se"] == pytest.approx(without["overall"]["se"], rel=1e-3)


def test_ratio_estimator_equals_olofsson_closed_forms(olofsson):
    # With strata = map classes, Stehman's ratio and stratified estimators must reduce to
    # Olofsson et al.'s closed forms for UA, PA and area variances; computed here independently.
    counts = OLOFSSON_COUNTS
    sizes = [OLOFSSON_PIXELS[c] for c in OLOFSSON_CLASSES]
    total = sum(sizes)
    weights = [s / total for s in sizes]
    n = [sum(row) for row in counts]
    q = len(sizes)
    p = [[weights[i] * counts[i][j] / n[i] for j in range(q)] for i in range(q)]
    ua = [p[i][i] / sum(p[i]) for i in range(q)]
    pa = [p[j][j] / sum(p[i][j] for i in range(q)) for j in range(q)]
    for k, name in enumerate(OLOFSSON_CLASSES):
        se_ua = math.sqrt(ua[k] * (1 - ua[k]) / (n[k] - 1))
        n_j = sum(sizes[i] / n[i] * counts[i][k] for i in range(q))
        first = sizes[k] ** 2 * (1 - pa[k]) ** 2 * ua[k] * (1 - ua[k]) / (n[k] - 1)
        rest = sum(sizes[i] ** 2 * counts[i][k] / n[i] * (1 - counts[i][k] / n[i]) / (n[i] - 1)
                   for i in range(q) if i != k)
        se_pa = math.sqrt((first + pa[k] ** 2 * rest) / n_j ** 2)
        se_area = math.sqrt(sum(weights[i] ** 2 * (p[i][k] / weights[i]) * (1 - p[i][k] / weights[i])
                                / (n[i] - 1) for i in range(q)))
        assert olofsson["users"][name]["estimate"] == pytest.approx(ua[k], rel=1e-12)
        assert olofsson["users"][name]["se"] == pytest.approx(se_ua, rel=1e-12)
        assert olofsson["producers"][name]["estimate"] == pytest.approx(pa[k], rel=1e-12)
        assert olofsson["producers"][name]["se"] == pytest.approx(se_pa, rel=1e-12)
        assert olofsson["area"][name]["se"] == pytest.approx(se_area, rel=1e-12)


@pytest.mark.parametrize("fixture", ["stehman", "olofsson"])
def test_internal_identities(fixture, request):
    result = request.getfixturevalue(fixture)
    classes = result["classes"]
    matrix = result["matrix"]
    assert sum(a["proportion"] for a in result["area"].values()) == pytest.approx(1.0, abs=1e-12)
    assert sum(sum(row.values()) for row in matrix.values()) == pytest.approx(1.0, abs=1e-12)
    assert result["overall"]["estimate"] == pytest.approx(sum(matrix[c][c] for c in classes), abs=1e-12)
    for c in classes:
        column = sum(matrix[m][c] for m in classes)
        assert result["area"][c]["proportion"] == pytest.approx(column, abs=1e-12)
        assert result["area"][c]["estimate"] == pytest.approx(column * result["total_size"])
        row = sum(matrix[c].values())
        assert result["users"][c]["estimate"] == pytest.approx(matrix[c][c] / row, abs=1e-12)
        assert result["producers"][c]["estimate"] == pytest.approx(matrix[c][c] / column, abs=1e-12)


def test_matrix_rows_are_the_map_weights_when_strata_are_map_classes(olofsson):
    total = sum(OLOFSSON_PIXELS.values())
    for name, pixels in OLOFSSON_PIXELS.items():
        assert sum(olofsson["matrix"][name].values()) == pytest.approx(pixels / total, abs=1e-12)


TAIL = 0.5 * math.erfc(1.96 / math.sqrt(2))      # the 2.5 % on each side of a 95 % interval


def beta_below(x, a, b):
    """P(T ≤ x) for T ~ Beta(a, b), by quadrature after t = x v² (smooth for a ≥ ½), independently of
    the continued fraction under test."""
    v = np.linspace(0.0, 1.0, 400_001)
    f = 2 * x ** a * v ** (2 * a - 1) * (1 - x * v * v) ** (b - 1)
    return float(np.sum((f[1:] + f[:-1]) / 2) * (v[1] - v[0])) / math.exp(
        math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b))


def test_one_stratum_is_simple_random_sampling():
    # 8 correct of 10 in a population of 1 000: p̂ = 0.8, SE = √((1 − n/N) p̂(1 − p̂)/(n − 1)).
    samples = [("all", "x", "x")] * 8 + [("all", "x", "y")] * 2
    result = estimate(samples, {"all": 1000})
    assert result["overall"]["estimate"] == pytest.approx(0.8)
    assert result["overall"]["se"] == pytest.approx(math.sqrt(0.99 * 0.8 * 0.2 / 9))
    # Jeffreys's interval on the effective sample size p(1 − p)/SE² = 9/0.99: the 2.5 % tails of
    # Beta(0.8 n + ½, 0.2 n + ½).
    n = 9 / 0.99
    low, high = result["overall"]["ci95"]
    assert beta_below(low, 0.8 * n + 0.5, 0.2 * n + 0.5) == pytest.approx(TAIL, abs=1e-8)
    assert beta_below(1 - high, 0.2 * n + 0.5, 0.8 * n + 0.5) == pytest.approx(TAIL, abs=1e-8)
    # Class y is never mapped: its user's accuracy is undefined, not zero.
    assert result["users"]["y"] == {"estimate": None, "se": None, "ci95": None}
    assert result["producers"]["y"]["estimate"] == 0.0
    json.dumps(result, allow_nan=False)


def test_a_band_whose_audited_polygons_are_all_right_still_has_an_interval():
    # A census of 60 (45 right, as two pure cells standing for their members) and a band of 100 of
    # which 20 audited, all right: SE 0, yet the band's accuracy is only known to be ≥ Jeffreys's
    # lower bound for all right out of the effective size of 20 draws without replacement from 100,
    # 20 / (1 − 0.2) = 25 (Kish): Beta(25.5, ½)'s lower 2.5 % tail.
    samples = [("file|x|x", "x", "x"), ("file|x|y", "x", "y")] + [("band", "x", "x")] * 20
    sizes = {"file|x|x": 45, "file|x|y": 15, "band": 100}
    result = estimate(samples, sizes, census=["file|x|x", "file|x|y"])
    overall = result["overall"]
    assert overall["estimate"] == pytest.approx(145 / 160) and overall["se"] == 0
    low, high = overall["ci95"]
    band_low = (160 * low - 45) / 100
    assert beta_below(band_low, 25.5, 0.5) == pytest.approx(TAIL, abs=1e-8)
    assert 0.85 < band_low < 0.95 and high == pytest.approx(145 / 160, abs=1e-12)
    # The user's accuracy of x is the same proportion; the census alone is exact.
    assert result["users"]["x"]["ci95"][0] < result["users"]["x"]["estimate"]
    exact = estimate(samples[:2], {"file|x|x": 45, "file|x|y": 15}, census=["file|x|x", "file|x|y"])
    assert exact["overall"]["ci95"] == [0.75, 0.75]


def test_a_class_never_drawn_where_it_is_sampled_can_be_anything_there():
    # Class y is mapped in the census (10 of 10 right) and never among the 20 audited of the band: its
    # user's accuracy estimate is the census's, 1, but the band may hold up to Jeffreys's upper bound
    # of its share (0 seen on the effective 25, as above: Beta(½, 25.5)'s upper 2.5 % tail) of y
    # polygons, right or wrong.
    samples = [("file|y|y", "y", "y")] + [("band", "x", "x")] * 20
    result = estimate(samples, {"file|y|y": 10, "band": 100}, census=["file|y|y"])
    assert result["users"]["y"]["estimate"] == 1.0 and result["users"]["y"]["se"] == 0
    low, high = result["users"]["y"]["ci95"]
    share = (10 / low - 10) / 100
    assert beta_below(share, 0.5, 25.5) == pytest.approx(1 - TAIL, abs=1e-8)
    assert high == 1.0


def test_result_is_plain_json(stehman):
    text = json.dumps(stehman, allow_nan=False)
    assert json.loads(text)["overall"]["ci95"] == pytest.approx(stehman["overall"]["ci95"])
    assert set(stehman) >= {"n", "overall", "users", "producers", "area", "matrix"}
    assert all(type(v) is float for v in stehman["overall"]["ci95"])


def test_strata_that_differ_from_map_classes_need_every_stratum_sampled():
    with pytest.raises(InputError, match="« 5 »"):
        estimate(list(zip(STEHMAN_STRATA, STEHMAN_MAP, STEHMAN_REF)), {**STEHMAN_SIZES, "5": 100})


@pytest.mark.parametrize("samples, sizes, message", [
    ([], {"a": 10}, "Aucun échantillon"),
    ([("a", "x", "x"), ("b", "x", "x")], {"a": 10}, "« b »"),
    ([("a", "x", "x")], {"a": 0}, "strictement positif"),
    ([("a", "x", "x")], {"a": "beaucoup"}, "non numérique"),
    ([("a", "x")], {"a": 10}, "trois valeurs"),
    (["axy"], {"a": 10}, "trois valeurs"),
    ([("a", "x", "x")] * 3, {"a": 2}, "correction de population finie"),
])
def test_bad_input_is_refused_in_french(samples, sizes, message):
    with pytest.raises(InputError, match=message):
        estimate(samples, sizes)


def test_sizes_in_area_units_without_correction():
    result = estimate([("a", "x", "x")] * 3 + [("a", "x", "y")], {"a": 2.5}, fpc=False)
    assert result["area"]["x"]["estimate"] == pytest.approx(0.75 * 2.5)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_csv_round_trip_reproduces_stehman(tmp_path, stehman):
    rows = "\n".join(f"{s},{m},{r}" for s, m, r in zip(STEHMAN_STRATA, STEHMAN_MAP, STEHMAN_REF))
    samples = write(tmp_path, "samples.csv", "stratum,map_class,ref_class\n" + rows + "\n")
    strata = write(tmp_path, "strata.csv", "stratum,size\n1,40000\n2,30000\n3,20000\n4,10000\n")
    assert read_samples_csv(samples)[0] == SampleUnit("1", "A", "A")
    assert read_strata_csv(strata) == {"1": 40000.0, "2": 30000.0, "3": 20000.0, "4": 10000.0}
    assert estimate_from_csv(samples, strata) == stehman


def test_csv_french_spreadsheet_export(tmp_path):
    samples = write(tmp_path, "s.csv", "\ufeffStratum;Map_class;Ref_class\nhaute;11;11\n\nbasse;11;12\n")
    strata = write(tmp_path, "t.csv", "stratum;size\nhaute;12,5\nbasse;1 000\n")
    assert read_samples_csv(samples) == [SampleUnit("haute", "11", "11"), SampleUnit("basse", "11", "12")]
    assert read_strata_csv(strata) == {"haute": 12.5, "basse": 1000.0}


@pytest.mark.parametrize("reader, text, message", [
    (read_samples_csv, "stratum,map_class\na,x\n", r"samples\.csv, ligne 1 : colonne\(s\) manquante\(s\) ref_class"),
    (read_samples_csv, "", r"samples\.csv est vide"),
    (read_samples_csv, "stratum,map_class,ref_class\n", "aucun échantillon"),
    (read_samples_csv, "stratum,map_class,ref_class\na,x,x\na,,y\n", r"samples\.csv, ligne 3 : valeur vide"),
    (read_strata_csv, "stratum,size\na,10\nb,dix\n", r"samples\.csv, ligne 3 : taille non numérique .*« b »"),
    (read_strata_csv, "stratum,size\na,-4\n", r"ligne 2 : la taille de la strate « a » doit être strictement positive"),
    (read_strata_csv, "stratum,size\na,1\na,2\n", r"ligne 3 : strate « a » en double"),
    (read_strata_csv, "stratum,size\n", "aucune strate"),
])
def test_bad_csv_names_file_and_line(tmp_path, reader, text, message):
    path = write(tmp_path, "samples.csv", text)
    with pytest.raises(InputError, match=message):
        reader(path)


def test_missing_csv_file(tmp_path):
    with pytest.raises(InputError, match="introuvable"):
        read_samples_csv(str(tmp_path / "absent.csv"))
    with pytest.raises(InputError, match="introuvable"):
        read_strata_csv(str(tmp_path / "absent.csv"))


def test_csv_mismatch_between_files_is_named(tmp_path):
    samples = write(tmp_path, "samples.csv", "stratum,map_class,ref_class\na,x,x\n\nb,x,y\n")
    strata = write(tmp_path, "strata.csv", "stratum,size\na,10\n")
    with pytest.raises(InputError, match=r"samples\.csv : la strate « b » .*ligne 4.* absente de strata\.csv"):
        estimate_from_csv(samples, strata)
    strata = write(tmp_path, "strata.csv", "stratum,size\na,10\nb,5\nc,7\n")
    with pytest.raises(InputError, match=r"strata\.csv : strate\(s\) « c » sans aucun échantillon"):
        estimate_from_csv(samples, strata)


def test_cli_accuracy_contract(tmp_path):
    """`python -m ocsge_review accuracy --samples … --strata … --json`: the keys the pipeline reads."""
    import os
    import subprocess
    import sys
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    rows = [("s1", "A", "A")] * 8 + [("s1", "A", "B")] * 2 + [("s2", "B", "B")] * 9 + [("s2", "B", "A")]
    (tmp_path / "samples.csv").write_text("stratum,map_class,ref_class\n" + "".join(
        f"{s},{m},{r}\n" for s, m, r in rows), encoding="utf-8")
    (tmp_path / "strata.csv").write_text("stratum,size\ns1,300\ns2,700\n", encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "ocsge_review", "accuracy", "--samples", str(tmp_path / "samples.csv"),
                          "--strata", str(tmp_path / "strata.csv"), "--json"], cwd=root,
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    # Overall accuracy = 0.3 × 0.8 + 0.7 × 0.9 (strata are the map classes here).
    assert out["overall"]["estimate"] == pytest.approx(0.87)
    low, high = out["overall"]["ci95"]
    assert low < 0.87 < high and set(out["users"]["A"]) >= {"estimate", "se"}
    assert set(out["area"]["B"]) >= {"proportion", "se", "estimate"}
    assert out["matrix"]["A"]["B"] == pytest.approx(0.3 * 0.2)
    res = subprocess.run([sys.executable, "-m", "ocsge_review", "accuracy", "--samples", str(tmp_path / "none.csv"),
                          "--strata", str(tmp_path / "strata.csv")], cwd=root, capture_output=True, text=True)
    assert res.returncode == 2 and len(res.stderr.strip().splitlines()) == 1


def test_the_accuracy_command_prints_each_interval_the_french_way(tmp_path, capsys):
    # It printed « 0.870 ± 0.071 » beside the interval, and ± 1.96 SE for user's and producer's accuracy, which
    # are not symmetric near 1.
    from ocsge_review.cli.commands import main
    rows = [("s1", "A", "A")] * 8 + [("s1", "A", "B")] * 2 + [("s2", "B", "B")] * 9 + [("s2", "B", "A")]
    (tmp_path / "samples.csv").write_text("stratum,map_class,ref_class\n" + "".join(
        f"{s},{m},{r}\n" for s, m, r in rows), encoding="utf-8")
    (tmp_path / "strata.csv").write_text("stratum,size\ns1,300\ns2,700\n", encoding="utf-8")
    assert main(["accuracy", "--samples", str(tmp_path / "samples.csv"),
                 "--strata", str(tmp_path / "strata.csv")]) == 0
    out = capsys.readouterr().out
    result = estimate_from_csv(str(tmp_path / "samples.csv"), str(tmp_path / "strata.csv"), fpc=False)
    low, high = result["overall"]["ci95"]
    assert f"0,870 (IC 95 % {low:.3f}–{high:.3f})".replace(".", ",") in out, out
    user = result["users"]["A"]
    assert f"utilisateur 0,800 [{user['ci95'][0]:.3f}–{user['ci95'][1]:.3f}]".replace(".", ",") in out, out
    assert not re.search(r"\d\.\d", out), out


def test_the_beta_quantile_warns_nothing_where_the_newton_step_overflows():
    # Seen running the README's tour: `stats` and `report` printed « RuntimeWarning: overflow encountered in
    # scalar divide » (numpy inputs, a density that underflows far in a tail). Bisection takes over there.
    import warnings
    from ocsge_review.statistics.accuracy import _beta_quantile
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        x = _beta_quantile(np.float64(0.024997895148220435), np.float64(1055.9573319067008),
                           np.float64(1.4973698326848555))
    assert 0.99 < x < 1
