"""The monthly report: one HTML page (French, plots embedded) and CSV tables, for one or several départements."""
from __future__ import annotations

import base64
import csv
import datetime as dt
import html
import io
import os
import shutil
import tempfile
import textwrap
from typing import Dict, List, Optional, Sequence, Tuple

from . import indicators
from .. import numbers as num
from . import stats
from ..errors import InputError
from ..messages import N_, tr
from ..outputs import check_target_folder

# The report's plots in the page's order; the report (French) and the QGIS dashboard (translated) show them.
PLOT_TITLES = (N_("Avancement"), N_("Reprise par département"), N_("Reprise par classe"),
               N_("Matrice de transition (couverture)"), N_("Exactitude"), N_("Produit livré"), N_("Coût par km²"))


def _comma_formatter():
    """Matplotlib's tick labels with a decimal comma (« 0,5 »), whatever the system's locale."""
    from matplotlib.ticker import ScalarFormatter

    class CommaFormatter(ScalarFormatter):
        def __call__(self, x, pos=None):
            return super().__call__(x, pos).replace(".", ",")

        def get_offset(self):
            return super().get_offset().replace(".", ",")

    return CommaFormatter()


def _subplots(width: float, height: float):
    """A figure drawn by the Agg canvas alone: no pyplot, so no global backend that a host
    application (QGIS and its Qt) would share. Its numbers are written the French way (dates and
    named ticks set later replace these formatters)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    fig = Figure(figsize=(width, height))
    FigureCanvasAgg(fig)
    ax = fig.subplots()
    ax.xaxis.set_major_formatter(_comma_formatter())
    ax.yaxis.set_major_formatter(_comma_formatter())
    return fig, ax


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight")
    return buf.getvalue()


def burn_up_figure(details: List[dict]):
    """Validated and planned km², cumulated day by day."""
    fig, ax = _subplots(8, 4)
    for d in details:
        p = d["production"]
        x = [dt.date.fromisoformat(s) for s in p["days"]]
        cum_v, cum_p, a, b = [], [], 0.0, 0.0
        for v, q in zip(p["validated_km2"], p["planned_km2"]):
            a, b = a + v, b + q
            cum_v.append(a)
            cum_p.append(b)
        line, = ax.plot(x, cum_v, marker="o", markersize=3, label=f"{d['department']} validé")
        if any(p["planned_km2"]):
            ax.plot(x, cum_p, linestyle="--", color=line.get_color(), label=f"{d['department']} prévu")
    _day_axis(ax, [dt.date.fromisoformat(day) for d in details for day in d["production"]["days"]])
    ax.set_ylabel("km² cumulés")
    ax.set_title("Avancement : km² validés et prévus")
    ax.legend(fontsize=8)
    fig.autofmt_xdate()
    return fig


def _day_axis(ax, days: Sequence[dt.date]) -> None:
    import matplotlib.dates as mdates
    if days:
        # A single day would otherwise be drawn on an axis of several years.
        ax.set_xlim(min(days) - dt.timedelta(days=1), max(days) + dt.timedelta(days=1))
    low, high = ax.get_xlim()           # in days
    ax.xaxis.set_major_locator(mdates.DayLocator(interval=max(1, int((high - low) // 10))))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d/%m"))


def _bars(labels: Sequence[str], values: Sequence[Optional[float]], title: str, ylabel: str) -> bytes:
    fig, ax = _subplots(8, 3.5)
    ax.bar(range(len(labels)), [100 * (v or 0.0) for v in values])
    ax.set_xticks(range(len(labels)))
    ax.set_xticklabels(labels, rotation=60, ha="right", fontsize=8)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    return _png(fig)


def _heat_map(matrix: dict, title: str) -> bytes:
    import numpy as np
    counts = np.asarray(matrix["count"], dtype=float)
    fig, ax = _subplots(7, 6)
    if counts.size:
        shares = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
        im = ax.imshow(shares, cmap="viridis", vmin=0, vmax=1)
        fig.colorbar(im, ax=ax, label="part des polygones de la classe du modèle", format=_comma_formatter())
    ax.set_xticks(range(len(matrix["final"])))
    ax.set_xticklabels(matrix["final"], rotation=90, fontsize=7)
    ax.set_yticks(range(len(matrix["model"])))
    ax.set_yticklabels(matrix["model"], fontsize=7)
    ax.set_xlabel("classe finale (photo-interprétation)")
    ax.set_ylabel("classe du modèle")
    ax.set_title(title)
    return _png(fig)


def _estimate_bar(ax, x: float, r: dict, color: str) -> None:
    """One estimate (a share) at ``x``, in %, with its 95 % interval as error bars."""
    ax.errorbar([x], [100 * r["estimate"]], yerr=[[100 * (r["estimate"] - r["ci95"][0])],
                                                  [100 * (r["ci95"][1] - r["estimate"])]],
                fmt="o", capsize=4, color=color)


def _label_axis(ax, labels: List[Tuple[float, str]], style: dict) -> None:
    ax.set_xticks([x for x, _ in labels])
    ax.set_xticklabels([t for _, t in labels], **style)
    ax.set_xlim(-1, max([x for x, _ in labels], default=1) + 1)


def accuracy_figure(details: List[dict]):
    """The overall accuracies with their 95 % intervals, or why there are none yet."""
    fig, ax = _subplots(8, 3.5)
    labels = []
    for k, d in enumerate(details):
        for j, dim in enumerate(("cs", "us")):
            a = d["accuracy"][dim]
            if not a["available"]:
                continue
            x = k * 3 + j
            _estimate_bar(ax, x, a["overall"], "C0" if dim == "cs" else "C1")
            labels.append((x, f"{d['department']} {dim.upper()}"))
    _label_axis(ax, labels, {})
    if not labels:       # empty axes would read as « 0 % »: say why there is nothing yet
        reasons = sorted({d["accuracy"][dim]["reason"] for d in details for dim in ("cs", "us")})
        # The reasons name confidence bands (« 0.85–0.90 »): written with decimal commas.
        note = num.decimal_comma(" ".join(reasons))
        ax.text(0.5, 0.5, "Pas encore estimable :\n" + "\n".join(textwrap.wrap(note, 70)),
                ha="center", va="center", transform=ax.transAxes, fontsize=9, color="0.3")
        ax.set_yticks([])
    ax.set_ylabel("exactitude globale (%), IC 95 %")
    ax.set_title("Taux de bonne classification du modèle")
    return fig


PRODUCT_SERIES = (("agreement", "accord"), ("cs_count", "CS nombre"), ("cs_area", "CS surface"),
                  ("us_count", "US nombre"), ("us_area", "US surface"))


def product_figures(d: dict) -> Dict[str, Optional[dict]]:
    """A département's second-opinion figures by PRODUCT_SERIES key ({estimate, se, ci95} or None):
    the interpreters' agreement on both codes, the delivered accuracy by count and by area."""
    p = d["product"]
    out = {"agreement": p["agreement"]["both"]}
    for dim in ("cs", "us"):
        a = p[dim]
        out[f"{dim}_count"] = a["count"]["overall"] if a["available"] else None
        out[f"{dim}_area"] = a["area"]["overall"] if a["available"] else None
    return out


def product_figure(details: List[dict]):
    """The delivered database's accuracy (count, area) and the interpreters' agreement, 95 % intervals."""
    fig, ax = _subplots(8, 3.5)
    labels = []
    for k, d in enumerate(details):
        figures = product_figures(d)
        for j, (key, text) in enumerate(PRODUCT_SERIES):
            r = figures[key]
            if r is None or r["estimate"] is None:
                continue
            x = k * (len(PRODUCT_SERIES) + 1) + j
            _estimate_bar(ax, x, r, f"C{j}")
            labels.append((x, f"{d['department']} {text}"))
    _label_axis(ax, labels, {"rotation": 30, "ha": "right", "fontsize": 8})
    if not labels:
        ax.text(0.5, 0.5, "Pas encore estimable : aucun second avis résolu\n(campaign second-opinion, puis "
                "second-opinion answer / settle)", ha="center", va="center", transform=ax.transAxes, fontsize=9,
                color="0.3")
        ax.set_yticks([])
    ax.set_ylabel("%, IC 95 %")
    ax.set_title("Produit livré : exactitude (seconds avis) et accord entre photo-interprètes")
    return fig


def _cost_series(details: List[dict]) -> bytes:
    fig, ax = _subplots(8, 3.5)
    for d in details:
        c = d["cost"]
        pts = [(dt.date.fromisoformat(day), v) for day, v in zip(c["days"], c["per_km2_series"]) if v is not None]
        if pts:
            ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", markersize=3, label=d["department"])
    _day_axis(ax, [dt.date.fromisoformat(day) for d in details for day in d["cost"]["days"]])
    ax.set_ylabel("€ par km² validé (cumulé)")
    ax.set_title("Coût par km²")
    if ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=8)
    fig.autofmt_xdate()
    return _png(fig)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _km2(x: Optional[float]) -> str:
    return "—" if x is None else num.km2(x)


def _interval(r: Optional[dict]) -> str:
    if r is None or r["estimate"] is None:
        return "—"
    return f"{num.share(r['estimate'])} ({num.share(r['ci95'][0])} – {num.share(r['ci95'][1])})"


def _write_csv(path: str, header: Sequence[str], rows) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def details(t: stats.CampaignTables, period: stats.Period, *, plan=None, hourly_cost: float = 0.0,
            fixed_cost: float = 0.0, today: Optional[dt.date] = None, version: int = indicators.SCHEMA_VERSION) -> dict:
    """The payload of a campaign (schema ``version``) plus the series and breakdowns the report draws."""
    figures = indicators.figures(t, period, plan=plan, hourly_cost=hourly_cost, fixed_cost=fixed_cost, today=today)
    body = indicators.payload_of(t, period, figures, version=version)
    return {**body, "payload": body, "product": {"agreement": figures["agreement"], **figures["delivered"]},
            "production": {**body["production"], **figures["production"]},
            "cost": {**body["cost"], **figures["cost"]},
            "by": {by: stats.rework(t, by, period) for by in ("class_cs", "class_us", "interpreter", "week")},
            "transitions": {dim: stats.transitions(t, dim) for dim in ("cs", "us")},
            "accuracy_full": figures["accuracy"],
            "validation_full": stats.validation(t, period)}


def write_report(all_details: List[dict], period: stats.Period, out_dir: str) -> str:
    """Write DIR/rapport.html and DIR/*.csv whole or not at all (a temporary folder renamed into place)."""
    if not all_details:
        raise InputError(tr("Aucune campagne pour le rapport."))
    parent = check_target_folder(out_dir, tr("Le rapport"))
    if os.path.exists(out_dir) and not os.path.isdir(out_dir):
        raise InputError(tr("« {out_dir} » existe et n'est pas un dossier.", out_dir=out_dir))
    stage = tempfile.mkdtemp(prefix=".rapport-", dir=parent)
    try:
        _write(all_details, period, stage)
        if os.path.isdir(out_dir):
            old = tempfile.mkdtemp(prefix=".ancien-rapport-", dir=parent)
            os.replace(out_dir, os.path.join(old, "r"))
            os.replace(stage, out_dir)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(stage, out_dir)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    return os.path.join(out_dir, "rapport.html")


def _merged_transitions(all_details: List[dict], dim: str) -> dict:
    model = sorted({m for d in all_details for m in d["transitions"][dim]["model"]})
    final = sorted({f for d in all_details for f in d["transitions"][dim]["final"]})
    count = [[0] * len(final) for _ in model]
    for d in all_details:
        tr = d["transitions"][dim]
        for a, m in enumerate(tr["model"]):
            for b, f in enumerate(tr["final"]):
                count[model.index(m)][final.index(f)] += tr["count"][a][b]
    return {"model": model, "final": final, "count": count}


def plots(all_details: List[dict]) -> List[Tuple[str, bytes]]:
    """The report's plots, (title, PNG bytes), in the page's order: the report and the QGIS dashboard draw these."""
    deps = [d["department"] for d in all_details]
    rework_by_dep = _bars(deps, [d["rework"]["count"]["rate"] for d in all_details],
                         "Taux de reprise par département", "% des polygones revus")
    classes: Dict[str, List[int]] = {}
    for d in all_details:
        for r in d["by"]["class_cs"]:
            c = classes.setdefault(r["key"], [0, 0])
            c[0] += r["reworked"]
            c[1] += r["reviewed"]
    keys = sorted(classes)
    rework_by_class = _bars(keys, [classes[k][0] / classes[k][1] if classes[k][1] else None for k in keys],
                            "Taux de reprise par classe de couverture du modèle", "% des polygones revus")
    transitions = _heat_map(_merged_transitions(all_details, "cs"), "Classe du modèle → classe finale (CS)")
    return list(zip(PLOT_TITLES, (_png(burn_up_figure(all_details)), rework_by_dep, rework_by_class, transitions,
                                  _png(accuracy_figure(all_details)), _png(product_figure(all_details)),
                                  _cost_series(all_details))))


def _write(all_details: List[dict], period: stats.Period, folder: str) -> None:
    _write_csv(os.path.join(folder, "indicateurs.csv"),
               ("department", "period", "model_version", "reviewed", "reworked", "rework_rate", "rework_area_rate",
                "first_pass_acceptance", "rejections_per_item", "accuracy_cs", "accuracy_cs_low", "accuracy_cs_high",
                "accuracy_us", "accuracy_us_low", "accuracy_us_high", "validated_km2_period", "planned_km2_period",
                "validated_km2_total", "planned_km2_total", "forecast_completion", "cost_per_km2", "automation_rate"),
               [[d["department"], period.month, d["model_version"], d["rework"]["count"]["reviewed"],
                 d["rework"]["count"]["reworked"], d["rework"]["count"]["rate"], d["rework"]["area"]["rate"],
                 d["validation"]["rate"], d["validation"]["rejections_per_item"],
                 *[x for dim in ("cs", "us") for x in (
                     (d["accuracy"][dim]["overall"]["estimate"], *d["accuracy"][dim]["overall"]["ci95"])
                     if d["accuracy"][dim]["available"] else (None, None, None))],
                 d["production"]["validated_km2_period"], d["production"]["planned_km2_period"],
                 d["production"]["validated_km2_total"], d["production"]["planned_km2_total"],
                 d["production"]["forecast_completion"], d["cost"]["per_km2"], d["automation"]["rate"]]
                for d in all_details])
    for by in ("class_cs", "class_us", "interpreter", "week"):
        _write_csv(os.path.join(folder, f"reprise_par_{by}.csv"),
                   ("department", by, "reviewed", "reworked", "rate", "reviewed_km2", "reworked_km2", "area_rate"),
                   [[d["department"], r["key"], r["reviewed"], r["reworked"], r["rate"], r["reviewed_km2"],
                     r["reworked_km2"], r["area_rate"]] for d in all_details for r in d["by"][by]])
    for dim in ("cs", "us"):
        _write_csv(os.path.join(folder, f"transitions_{dim}.csv"),
                   ("department", "model_class", "final_class", "count", "area_km2"),
                   [[d["department"], m, f, tr["count"][a][b], tr["area_km2"][a][b]]
                    for d in all_details for tr in [d["transitions"][dim]]
                    for a, m in enumerate(tr["model"]) for b, f in enumerate(tr["final"]) if tr["count"][a][b]])
        _write_csv(os.path.join(folder, f"exactitude_{dim}.csv"),
                   ("department", "class", "users", "users_low", "users_high", "producers", "producers_low",
                    "producers_high", "area_km2", "area_km2_low", "area_km2_high"),
                   [[d["department"], c, a["users"][c]["estimate"], *(a["users"][c]["ci95"] or (None, None)),
                     a["producers"][c]["estimate"], *(a["producers"][c]["ci95"] or (None, None)),
                     a["area_km2"][c]["estimate"], *a["area_km2"][c]["ci95"]]
                    for d in all_details for a in [d["accuracy_full"][dim]] if a["available"] for c in a["classes"]])
    _write_csv(os.path.join(folder, "produit.csv"),
               ("department", "period", "drawn", "answered", "agreed", "disputed", "settled",
                *[f"{key}{end}" for key, _ in PRODUCT_SERIES for end in ("", "_low", "_high")],
                "coverage_cs", "coverage_us", "answered_period", "agreement_period"),
               [[d["department"], period.month, *(d["product"]["agreement"][k] for k in
                                                  ("drawn", "answered", "agreed", "disputed", "settled")),
                 *[x for r in product_figures(d).values() for x in (
                     (r["estimate"], *r["ci95"]) if r is not None and r["estimate"] is not None else (None,) * 3)],
                 d["product"]["cs"]["coverage"], d["product"]["us"]["coverage"],
                 d["product"]["agreement"]["period"]["answered"],
                 (d["product"]["agreement"]["period"]["both"] or {}).get("estimate")]
                for d in all_details])
    _write_csv(os.path.join(folder, "production.csv"), ("department", "date", "validated_km2", "planned_km2"),
               [[d["department"], day, v, p] for d in all_details
                for day, v, p in zip(d["production"]["days"], d["production"]["validated_km2"],
                                     d["production"]["planned_km2"])])

    images = plots(all_details)
    with open(os.path.join(folder, "rapport.html"), "w", encoding="utf-8") as fh:
        fh.write(_html(all_details, period, images))


def _forecast(p: dict) -> str:
    """The forecast completion date and what it rests on, or why there is none."""
    if p["forecast_completion"] is None:
        if p["pace_days"] < stats.MIN_PACE_DAYS:
            return f"— (moins de {stats.MIN_PACE_DAYS} jours de validations)"
        return f"— (rien de validé en {p['pace_days']} jours)"
    if p["remaining_km2"] <= 0:
        return f"{p['forecast_completion']} (terminé)"
    return f"{p['forecast_completion']} (rythme des {p['pace_days']} derniers jours)"


def _html(all_details: List[dict], period: stats.Period, images) -> str:
    e = html.escape
    rows = []
    for d in all_details:
        acc = [_interval(d["accuracy"][dim]["overall"] if d["accuracy"][dim]["available"] else None)
               for dim in ("cs", "us")]
        cost = d["cost"]["per_km2"]
        rows.append("<tr>" + "".join(f"<td>{e(str(x))}</td>" for x in (
            f"{d['department']} {d['department_name']}", d["model_version"],
            num.count(d["rework"]["count"]["reviewed"]), num.share(d["rework"]["count"]["rate"]),
            num.share(d["rework"]["area"]["rate"]), num.share(d["validation"]["rate"]), *acc,
            _km2(d["production"]["validated_km2_period"]), _km2(d["production"]["planned_km2_period"]),
            _forecast(d["production"]),
            "—" if cost is None else f"{num.fr(cost, 0)} €", num.share(d["automation"]["rate"]))) + "</tr>")
    head = ("Département", "Modèle", "Polygones revus", "Reprise (nombre)", "Reprise (surface)",
            "Acceptation 1er passage", "Exactitude CS (IC 95 %)", "Exactitude US (IC 95 %)", "km² validés (mois)",
            "km² prévus (mois)", "Fin prévue", "Coût par km²", "Automatisation")
    product_rows = []
    for d in all_details:
        g = d["product"]["agreement"]
        cells = [f"{d['department']} {d['department_name']}", f"{num.count(g['answered'])} / {num.count(g['drawn'])}",
                 num.count(g["disputed"])]
        cells += [_interval(r) for r in product_figures(d).values()]
        cells.append(num.share(d["product"]["cs"]["coverage"]))
        product_rows.append("<tr>" + "".join(f"<td>{e(str(x))}</td>" for x in cells) + "</tr>")
    product_head = ("Département", "Seconds avis donnés / tirés", "Désaccords à trancher",
                    "Accord entre photo-interprètes", "Produit livré CS (nombre)", "Produit livré CS (surface)",
                    "Produit livré US (nombre)", "Produit livré US (surface)", "Couverture")
    figures = "\n".join(f'<h2>{e(title)}</h2>\n<img alt="{e(title)}" src="data:image/png;base64,{_b64(data)}">'
                        for title, data in images)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>OCS GE Review — rapport {e(period.month)}</title>
<style>body{{font-family:sans-serif;margin:2em;max-width:1100px}}table{{border-collapse:collapse}}
td,th{{border:1px solid #bbb;padding:4px 8px;font-size:90%}}img{{max-width:100%}}</style></head>
<body><h1>Rapport mensuel OCS GE Review — {e(period.month)}</h1>
<p>Départements : {e(", ".join(d["department"] for d in all_details))}. Chiffres arrêtés au
{e(all_details[0]["period"]["as_of"])}. Définitions et incertitudes : docs/indicators.md
(tables détaillées : fichiers CSV à côté de cette page).</p>
<table><tr>{"".join(f"<th>{e(h)}</th>" for h in head)}</tr>
{"".join(rows)}</table>
<h2>Qualité du produit livré (seconds avis)</h2>
<p>Exactitude de la base livrée — sortie du modèle là où elle a été acceptée, décision du photo-interprète là
où elle a été revue — mesurée par les seconds avis à l'aveugle (la décision du validateur fait référence en cas
de désaccord), en nombre de polygones et en surface, intervalles à 95 %.</p>
<table><tr>{"".join(f"<th>{e(h)}</th>" for h in product_head)}</tr>
{"".join(product_rows)}</table>
{figures}
</body></html>
"""
