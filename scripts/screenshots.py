"""Retake docs/screenshots/*.png from the real QGIS desktop under Xvfb, on the demo data (`make screenshots`).

The packaged plugin goes into an empty profile; the demo département gets a campaign, simulated
interpreters' decisions, a validator's approvals and rejections and the month's report; then
tests/e2e/screenshots_desktop.py, run inside QGIS, opens each panel as a user does and grabs the window.
The conflicts panel needs a PostGIS production table: its picture stays the one its QGIS test takes.
"""
import argparse
import base64
import datetime as dt
import html.parser
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "e2e"), str(ROOT / "scripts")]

VALIDATOR = "validatrice"
# The interpreter the review panel's pictures are taken as (a reshaped item of theirs awaits the validator).
INTERPRETER = "camille"
HOURLY_COST = 35.0
# The window grabs, then the rendered report, then two of its plots (docs/indicators.md shows them).
SHOTS = ("review_panel_desktop.png", "review_panel.png", "campaign_dialog.png", "validator_panel.png",
         "dashboard.png", "report.png")
# Tall enough for the dashboard's first plot under its figures.
SCREEN = "1400x1050"
# A validator's laptop and a common desktop screen, the window maximised under a window manager
# (tests/e2e/screenshots_sizes.py): the review panel over natural colour, over infrared, on a blind item, on a
# rejected item back; the validator's before / after over the picture, a blind item of the spot-check, the bulk
# approval with its plan, the dashboard.
SIZES = ("1366x768", "1920x1080")
# Seconds a QGIS session of pictures may take before it counts as hung (three sessions in all).
SESSION_TIMEOUT = 240
SIZE_NAMES = ("review_natural", "review_infrared", "review_blind", "review_rejected", "validator_imagery",
              "validator_blind", "bulk_approval", "dashboard")
SIZE_SHOTS = tuple(f"{name}_{size}.png" for size in SIZES for name in SIZE_NAMES)
REPORT_PLOTS = {"Avancement": "report_burn_up.png", "Matrice de transition (couverture)": "report_transitions_cs.png"}


def cli(*args):
    subprocess.run([sys.executable, "-m", "ocsge_review", *args], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def prepare(work: Path, polygons: int, decisions: int) -> dict:
    """The demo département (with its orthophotos), its campaign and a month of work on it; the paths and
    names the desktop scripts need."""
    import shapely
    import shapely.affinity

    from ocsge_review.campaigns.second_opinion import draw
    from ocsge_review.store import lifecycle as lc
    from ocsge_review.synthetic.simulate import read_truth, simulate
    from ocsge_review.store import Decision, open_store

    demo = work / "demo"
    store = demo / "review.gpkg"
    cli("demo", "--out", str(demo), "--polygons", str(polygons), "--seed", "1", "--department", "32", "--quiet")
    cli("campaign", "create", "--model", str(demo / "model_output.gpkg"), "--raster", str(demo / "probabilities.tif"),
        "--department", "32", "--store", str(store), "--seed", "1", "--quiet")
    simulate(str(store), str(demo / "truth.gpkg"), users=3, error_rate=0.1, seed=1, limit=decisions)
    # Second opinions on a sample of the reviewed items, answered blind and rightly by another interpreter,
    # their disagreements settled but one (the validator's to settle): the dashboard's and the report's
    # figures of the delivered product have something to show.
    truth = read_truth(str(demo / "truth.gpkg"))
    with open_store(str(store)) as s:
        draw(s, 0.03, 1, VALIDATOR)
        for user in ("simulé-1", "simulé-2", "simulé-3"):
            item = s.claim_opinion(user)
            while item is not None:
                s.answer_opinion(item.id, user, *truth[item.source_id])
                item = s.claim_opinion(user)
        for opinion in s.opinions(lc.DISPUTED)[1:]:
            s.settle_opinion(opinion.item_id, VALIDATOR, *truth[s.item(opinion.item_id).source_id])
    with open_store(str(store)) as s:
        # Most decisions checked by a validator, one in five of those sent back; the rest still waits.
        waiting = s.awaiting_validation()
        rejected = []
        for k, row in enumerate(waiting[: len(waiting) * 2 // 3]):
            if k % 5 == 4:
                rejected += [row.decided_by] if row.part == "queue" else []
                s.validate(row.item_id, VALIDATOR, False, reason="Couverture erronée", comment="haie, pas prairie")
            else:
                s.validate(row.item_id, VALIDATOR, True)
        # An item reshaped by an interpreter: the validator's panel shows its polygon before and after.
        item = s.claim_next(INTERPRETER)
        while item.blind:       # an audit item's polygon is never reshaped: passed
            s.release(item.id, INTERPRETER)
            item = s.claim_next(INTERPRETER)
        # Shrunk by a quarter about its centre (the demo's cells are convex: it stays inside), plain to see.
        shrunk = shapely.affinity.scale(shapely.from_wkb(item.wkb), 0.75, 0.75, origin="centroid")
        s.decide(Decision(item.id, INTERPRETER, "confirm", item.code_cs, item.code_us,
                          geometry_wkb=shapely.to_wkb(shrunk)))
    # The interpreter whose decisions came back most often: their rejected items open the review panel
    # (one per screen size; closing the panel passes the one shown).
    rejected_by = max(sorted(set(rejected)), key=rejected.count)
    today = dt.datetime.now(dt.timezone.utc).date()
    plan = demo / "plan.csv"
    # A plan a little ahead of what the demo month validated, so that the burn-up has two lines to compare.
    plan.write_text("date,planned_km2\n" + "".join(f"{today.replace(day=d).isoformat()},0.2\n"
                                                   for d in range(1, today.day + 1)), encoding="utf-8")
    report = work / "rapport"
    cli("report", "--store", str(store), "--period", today.strftime("%Y-%m"), "--plan", str(plan),
        "--hourly-cost", str(HOURLY_COST), "--out", str(report))
    return {"OCSGE_SHOTS_STORE": str(store), "OCSGE_SHOTS_DEMO": str(demo), "OCSGE_SHOTS_PLAN": str(plan),
            "OCSGE_SHOTS_HOURLY": str(HOURLY_COST), "OCSGE_SHOTS_REPORT": str(report / "rapport.html"),
            "OCSGE_SHOTS_INTERPRETER": INTERPRETER, "OCSGE_SHOTS_REJECTED_BY": rejected_by,
            "OCSGE_SHOTS_VALIDATOR": VALIDATOR, "OCSGE_SHOTS_RESHAPED": str(item.id)}


class _Images(html.parser.HTMLParser):
    """The report page's embedded plots, by their alt text."""

    def __init__(self):
        super().__init__()
        self.found = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "img" and attrs.get("src", "").startswith("data:image/png;base64,"):
            self.found[attrs.get("alt")] = base64.b64decode(attrs["src"].split(",", 1)[1])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"), help="where the PNGs go")
    parser.add_argument("--polygons", type=int, default=5000, help="size of the demo département")
    # Enough to go through the audit sample, so that the report shows the model's accuracy.
    parser.add_argument("--decisions", type=int, default=1200, help="decisions of the simulated interpreters")
    # A fixed folder by default (not a temporary one): its paths show in the campaign dialog's picture.
    parser.add_argument("--work", default=str(ROOT / "build" / "screenshots"),
                        help="working folder, emptied first (default: build/screenshots)")
    args = parser.parse_args(argv)

    import package
    from desktop import make_profile, run_desktop

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    plugin_zip = Path(package.build(str(work / "dist")))
    env = prepare(work, args.polygons, args.decisions)
    root = work / "profiles"
    make_profile(root, plugin_zip, user=VALIDATOR)
    shots = work / "shots"
    shots.mkdir()
    # Each session starts from the store as prepared: one session's spot-check approves items (the reshaped
    # one among them, now and then) that the next must still find waiting. A closed store is its one file.
    pristine = work / "prepared.gpkg"
    shutil.copy(env["OCSGE_SHOTS_STORE"], pristine)

    def session(script, screen, where="", window_manager=False, **extra):
        """One QGIS session of pictures, its result; an error in it stops everything, no screenshot replaced."""
        (shots / "result.json").unlink(missing_ok=True)        # each session writes its own
        # A session takes about 20 s; a loaded machine (CI beside other jobs) took more than 120 s once.
        result, console = run_desktop(root, script, work, shots, screen=screen, window_manager=window_manager,
                                      timeout=SESSION_TIMEOUT, OCSGE_SHOTS_SCREEN=screen, **{**env, **extra})
        if result["errors"] or "Traceback" in console:
            sys.exit(f"QGIS reported errors{where}; no screenshot replaced:\n" + "\n".join(result["errors"])
                     + console[-3000:])
        return result

    session("screenshots_desktop.py", SCREEN)
    for size in SIZES:
        store = Path(env["OCSGE_SHOTS_STORE"]).with_name(f"review-{size}.gpkg")
        shutil.copy(pristine, store)
        result = session("screenshots_sizes.py", size, f" at {size}", window_manager=True,
                         OCSGE_SHOTS_STORE=str(store))
        if result.get("blind_cells") != ["à l'aveugle"]:
            sys.exit(f"the blind spot-check shows a pair at {size}: {result.get('blind_cells')}; no screenshot "
                     "replaced")
    missing = [name for name in (*SHOTS, *SIZE_SHOTS) if not (shots / name).exists()]
    if missing:
        sys.exit(f"not taken: {', '.join(missing)}; no screenshot replaced")
    images = _Images()
    images.feed(Path(env["OCSGE_SHOTS_REPORT"]).read_text(encoding="utf-8"))
    for alt, name in REPORT_PLOTS.items():
        (shots / name).write_bytes(images.found[alt])
    for name in (*SHOTS, *SIZE_SHOTS, *REPORT_PLOTS.values()):
        shutil.copy(shots / name, out / name)
        print(out / name)


if __name__ == "__main__":
    main()
