"""The report's accuracy plot: intervals when the model can be measured, and a sentence saying why when not."""
import datetime as dt

import numpy as np

from ocsge_review.statistics import report, stats
from ocsge_review.store import Campaign
from tests.unit.statistics.test_stats import counted  # noqa: F401  (the hand-counted campaign's tables)
from tests.unit.store.test_store_gpkg import Clock, _columns

NOVEMBER = stats.Period.parse("2026-11")
TODAY = dt.date(2026, 11, 30)


def test_the_accuracy_plot_draws_each_interval(counted):  # noqa: F811
    fig = report.accuracy_figure([report.details(counted, NOVEMBER, today=TODAY)])
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["32 CS", "32 US"]
    assert len(ax.texts) == 0


def _details(make_store, name, cols, wkb):
    """report.details() of a new campaign ``name`` of these items, its store closed."""
    campaign = Campaign(name=name, department="32", department_name="Gers", epsg=2154, model_version="m1",
                        source="model.gpkg", policy={}, lock_seconds=60)
    store = make_store(campaign, cols, wkb, Clock())
    try:
        return report.details(stats.load(store), NOVEMBER, today=TODAY)
    finally:
        store.close()


def test_without_a_measurable_sample_the_plot_says_why_instead_of_empty_axes(make_store):
    cols, wkb = _columns(["queue", "queue", "audit", "auto"])
    d = _details(make_store, "vierge", cols, wkb)
    assert not d["accuracy"]["cs"]["available"]
    (text,) = fig_texts = [t.get_text() for t in report.accuracy_figure([d]).axes[0].texts]
    assert text.startswith("Pas encore estimable :"), fig_texts
    assert d["accuracy"]["cs"]["reason"].split()[0] in text


def test_plot_numbers_have_decimal_commas(counted):  # noqa: F811
    fig = report.burn_up_figure([report.details(counted, NOVEMBER, today=TODAY)])
    fig.canvas.draw()
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert any("," in t for t in ticks) and not any("." in t for t in ticks), ticks


def test_the_accuracy_note_has_decimal_commas(make_store):
    # A stratum without an audited polygon is named by its confidence band, « 0,85–0,90 » in the note.
    cols, wkb = _columns(["queue", "audit", "auto"])
    cols["stratum"] = np.array([None, "0.90–0.95", "0.85–0.90"], dtype=object)
    d = _details(make_store, "bandes", cols, wkb)
    (text,) = [t.get_text() for t in report.accuracy_figure([d]).axes[0].texts]
    assert "0,85–0,90" in text and "0.85" not in text, text


def test_decimal_comma_changes_numbers_only():
    from ocsge_review import numbers
    assert numbers.decimal_comma("strate(s) sans polygone contrôlé : 0.85–0.90") == (
        "strate(s) sans polygone contrôlé : 0,85–0,90")
    assert numbers.decimal_comma("fin. 3.5 km") == "fin. 3,5 km"
