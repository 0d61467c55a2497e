"""Run inside the real QGIS desktop by bench/keypress.py: times the key N of the review panel, from the key
event to the next item drawn with its orthophoto, then the same move with QGIS's own tools; writes result.json.

Set-up (environment): OCSGE_E2E_OUT (this run's folder), OCSGE_BENCH_STORE, OCSGE_BENCH_RVB and
OCSGE_BENCH_IRC (the orthophotos), OCSGE_BENCH_ITEMS, OCSGE_BENCH_THINK (seconds between the decision and
the key), OCSGE_BENCH_KEYS (``xdotool``: a real X key; ``qtest``: QTest.keyClick into the panel),
OCSGE_BENCH_FIDS (the review layer's features for QGIS's own tools, comma-separated).
"""
import os
import subprocess
import time

from qgis.core import QgsApplication, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QEvent, QObject, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.utils import iface
import qgis.utils

from in_qgis import PLUGIN, guarded, report_exception, result, when_plugin_loaded, write_and_quit

ENV = os.environ
ITEMS = int(ENV["OCSGE_BENCH_ITEMS"])
THINK = float(ENV["OCSGE_BENCH_THINK"])
KEYS = ENV.get("OCSGE_BENCH_KEYS", "xdotool")
FIDS = [int(f) for f in ENV.get("OCSGE_BENCH_FIDS", "").split(",") if f]
POLL_MS = 10
TIMEOUT_S = 30.0
SHOT_AT = 3            # one move that never ends is reported, and the run goes on


def panel():
    return qgis.utils.plugins[PLUGIN].panel


def canvas():
    return iface.mapCanvas()


def same_view(extent) -> bool:
    """The canvas shows ``extent`` (setExtent widens one side to the canvas's shape: centres compared)."""
    shown = canvas().extent()
    tolerance = 0.01 * max(extent.width(), extent.height(), 1e-9)
    return abs(shown.center().x() - extent.center().x()) < tolerance and \
        abs(shown.center().y() - extent.center().y()) < tolerance


class Watch(QObject):
    """One timed move: the key event (an event filter on the panel's body, which holds the keyboard focus),
    the end of the code it ran, the canvas's mapCanvasRefreshed for the expected view and the next paint of
    the map on screen (an event filter on the canvas's viewport). Not on the whole application: a Python
    filter there converts every event's receiver and crashed QGIS 3.22 on an object being destroyed."""

    def __init__(self):
        super().__init__()
        self.reset()

    def reset(self, armed=False):
        self.armed, self.key, self.ran, self.drawn, self.painted, self.target = armed, None, None, None, None, None

    def eventFilter(self, watched, event):
        kind = event.type()
        if self.armed and self.key is None and kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and event.key() == Qt.Key.Key_N and not event.isAutoRepeat():
            # Qt offers the key to the focus widget as a ShortcutOverride first: the key's first moment here.
            self.key = time.perf_counter()
        elif kind == QEvent.Type.Paint and self.drawn is not None and self.painted is None \
                and watched is canvas().viewport():
            self.painted = time.perf_counter()
        return False

    def ran_now(self):
        if self.armed and self.ran is None:
            self.ran = time.perf_counter()

    def refreshed(self):
        if self.armed and self.ran is not None and self.drawn is None and self.target is not None \
                and same_view(self.target):
            self.drawn = time.perf_counter()


watch = Watch()
moves = {"panel": [], "qgis": []}
facts = {}


def idle() -> bool:
    p = panel()
    warming = p.warm_job is not None and p.warm_job.isActive()
    return not canvas().isDrawing() and not warming


def after(condition, then, deadline=None, waited=None):
    """Call ``then(timed_out)`` once ``condition()`` holds, polling the event loop."""
    deadline = deadline or time.monotonic() + TIMEOUT_S
    if condition():
        then(False)
    elif time.monotonic() > deadline:
        then(True)
    else:
        QTimer.singleShot(POLL_MS, lambda: after(condition, then, deadline))


def pause(seconds, then):
    QTimer.singleShot(int(seconds * 1000), then)


def record(kind, started, extra):
    w = watch
    move = {"ran_ms": None if w.ran is None else (w.ran - started) * 1000,
            "drawn_ms": None if w.drawn is None else (w.drawn - started) * 1000,
            "painted_ms": None if w.painted is None else (w.painted - started) * 1000, **extra}
    moves[kind].append(move)
    watch.reset()
    if len(moves[kind]) == SHOT_AT:       # what was drawn, to be looked at
        iface.mainWindow().grab().save(os.path.join(ENV["OCSGE_E2E_OUT"], f"{kind}.png"))


# -- the panel: decide (not timed), then N (timed) --------------------------------------------------
def decide():
    """What the interpreter's keys 1 1 Entrée do, through the panel's own methods (not timed)."""
    p = panel()
    item = p.item
    if item.blind or not item.proposals_cs or not item.proposals_us:
        p.csPicker.set_code(item.code_cs or "CS2.2.1")
        p.usPicker.set_code(item.code_us or "US1.1")
    else:
        p.pick("cs", 1)
        p.pick("us", 1)
    p.record()


def panel_step():
    p = panel()
    if len(moves["panel"]) >= ITEMS or p.item is None:
        qgis_step(0)
        return
    try:
        decide()
    except Exception as exc:
        report_exception("decision", exc)
    pause(THINK, lambda: after(idle, press_n))


def press_n(timed_out):
    p = panel()
    if timed_out:
        result["errors"].append("the map or the warm-up job did not end within %d s" % TIMEOUT_S)
    was_prepared = p.prepared is not None
    watch.reset(armed=True)
    iface.mainWindow().activateWindow()
    p.body.setFocus(Qt.FocusReason.OtherFocusReason)
    QgsApplication.processEvents()
    if KEYS == "xdotool":
        subprocess.Popen(["xdotool", "key", "n"])      # the X server delivers it as any keyboard would
    else:
        QTest.keyClick(p.body, Qt.Key.Key_N)
    after(lambda: watch.key is not None and watch.ran is not None,
          lambda timed_out: wait_drawn(timed_out, was_prepared))


def wait_drawn(timed_out, was_prepared):
    p = panel()
    if timed_out or p.current is None:
        result["errors"].append("key N: no next item served (%s)" % ("time-out" if timed_out else "queue empty"))
        qgis_step(0)
        return
    watch.target = p.current.extent
    item = p.item

    def done(timed_out):
        record("panel", watch.key, {"item": item.id, "blind": item.blind, "prepared": was_prepared,
                                    "timed_out": timed_out, "extent_m": [round(watch.target.width()),
                                                                          round(watch.target.height())]})
        QTimer.singleShot(0, panel_step)
    after(lambda: watch.drawn is not None and (watch.painted is not None or
                                               time.perf_counter() - watch.drawn > 0.5), done)


# -- QGIS's own tools: select the next feature, zoom to it, let the map render ----------------------
def qgis_step(n):
    if n >= len(FIDS):
        finish()
        return
    pause(THINK, lambda: after(idle, lambda timed_out: qgis_move(n)))


def qgis_move(n):
    layer = panel().layer
    fid = FIDS[n]
    watch.reset(armed=True)
    started = time.perf_counter()
    layer.selectByIds([fid])
    canvas().zoomToSelected(layer)
    watch.ran_now()
    watch.target = canvas().extent()

    def done(timed_out):
        record("qgis", started, {"item": fid, "timed_out": timed_out,
                                 "extent_m": [round(watch.target.width()), round(watch.target.height())]})
        qgis_step(n + 1)
    after(lambda: watch.drawn is not None and (watch.painted is not None or
                                               time.perf_counter() - watch.drawn > 0.5), done)


def finish():
    result["moves"] = moves
    result["facts"] = facts
    panel().layer.removeSelection()
    QTimer.singleShot(200, write_and_quit)


# -- set-up --------------------------------------------------------------------------------------------
def start():
    from ocsge_review_plugin.ui.review import backgrounds
    window = iface.mainWindow()
    window.showMaximized()
    project = QgsProject.instance()
    layers = []
    for key, shown in (("OCSGE_BENCH_IRC", False), ("OCSGE_BENCH_RVB", True)):
        layer = QgsRasterLayer(ENV[key], os.path.basename(ENV[key]), "gdal")
        assert layer.isValid(), ENV[key]
        project.addMapLayer(layer)
        project.layerTreeRoot().findLayer(layer.id()).setItemVisibilityChecked(shown)
        layers.insert(0, layer)
    backgrounds.set_backgrounds(project, layers)    # natural colour first, then infrared
    canvas().mapCanvasRefreshed.connect(watch.refreshed)
    p = qgis.utils.plugins[PLUGIN].open_review_panel(ENV["OCSGE_BENCH_STORE"])
    p.body.installEventFilter(watch)
    canvas().viewport().installEventFilter(watch)
    p.actions_by_name["Next"].triggered.connect(watch.ran_now)     # after the panel's own slot

    def settled(timed_out):
        size = canvas().size()
        facts.update(canvas_px=[size.width(), size.height()], window_px=[window.width(), window.height()],
                     keys=KEYS, layers=[l.name() for l in canvas().layers()],
                     background=backgrounds.shown(project).name() if backgrounds.shown(project) else None)
        panel_step()
    pause(1.0, lambda: after(idle, settled))


when_plugin_loaded(guarded(start))
