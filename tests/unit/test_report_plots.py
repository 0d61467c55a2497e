"""The report's accuracy plot: intervals when the model can be measured, and a sentence saying why when not."""
import datetime as dt

from ocsge_review import report, stats
from ocsge_review.store import Campaign
from tests.unit.test_stats import counted  # noqa: F401  (the hand-counted campaign's tables)
from tests.unit.test_store_gpkg import Clock, _columns

NOVEMBER = stats.Period.parse("2026-11")
TODAY = dt.date(2026, 11, 30)


def test_the_accuracy_plot_draws_each_interval(counted):  # noqa: F811
    fig = report.accuracy_figure([report.details(counted, NOVEMBER, today=TODAY)])
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["32 CS", "32 US"]
    assert len(ax.texts) == 0


def test_without_a_measurable_sample_the_plot_says_why_instead_of_empty_axes(make_store):
    cols, wkb = _columns(["queue", "queue", "audit", "auto"])
    campaign = Campaign(name="vierge", department="32", department_name="Gers", epsg=2154, model_version="m1",
                        source="model.gpkg", policy={}, lock_seconds=60)
    store = make_store(campaign, cols, wkb, Clock())
    d = report.details(stats.load(store), NOVEMBER, today=TODAY)
    store.close()
    assert not d["accuracy"]["cs"]["available"]
    (text,) = fig_texts = [t.get_text() for t in report.accuracy_figure([d]).axes[0].texts]
    assert text.startswith("Pas encore estimable :"), fig_texts
    assert d["accuracy"]["cs"]["reason"].split()[0] in text
