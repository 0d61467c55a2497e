"""SIGKILL at random moments (seeded) of interpreters, validators, the CLI, the sync and QGIS itself while
the others read and write the same review store, on both backends. Afterwards: every decision a process
was told was recorded (it printed its token after the store returned) is in the journal, the store is
intact, and a last sync leaves production equal to the store. The figures are printed for the record."""
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

import psycopg
import pytest

from ocsge_review.store import open_store
from ocsge_review.store.gpkg import JOURNAL
from tests import store_probe

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ACTORS = os.path.join(ROOT, "tests", "fault", "actors.py")
SECONDS = float(os.environ.get("FAULT_SECONDS", "25"))    # of kills per scenario
SEED = int(os.environ.get("FAULT_SEED", "12"))
# How long each kind of process lives before its SIGKILL (seconds, drawn uniformly): an actor's
# life is counted from the moment it opened the store (the machine may be slow to start Python, let
# alone QGIS), except that one in EARLY is killed while it starts; the CLI's commands and the sync's
# from their start, so that some end before their kill and some do not.
LIFETIME = {"interpreter": (0.3, 3.0), "validator": (0.3, 3.0), "qgis": (0.3, 3.0), "cli": (0.3, 4.0),
            "sync": (1.0, 10.0)}
EARLY = 0.2


@dataclass
class Scenario:
    name: str
    backend: str                                  # gpkg or pg
    actors: Tuple[Tuple[str, str, Tuple[str, ...]], ...]   # (role, user, extra arguments)
    cli: bool = True                              # campaign status, queue next + decide, in turn
    sync: bool = False


SCENARIOS = [
    Scenario("gpkg", "gpkg", (("interpreter", "i1", ()), ("interpreter", "i2", ()), ("validator", "v1", ())),
             sync=True),
    # QGIS's layer on the store and a foreign open()/close() in a writer: the kernel drops the
    # writers' POSIX locks; with no other process holding the store, the CLI then believes it is alone.
    Scenario("gpkg-qgis", "gpkg", (("qgis", "q1", ()), ("interpreter", "i1", ("--foreign",)))),
    Scenario("pg", "pg", (("interpreter", "i1", ()), ("interpreter", "i2", ()), ("validator", "v1", ()),
                          ("qgis", "q1", ())), sync=True),
]


@dataclass
class Run:
    """One process: what it is, its output file, when it is to be killed (None: once it opened the store)."""
    kind: str
    proc: subprocess.Popen
    out: str
    kill_at: Optional[float]
    then: Optional[Tuple[str, ...]] = None       # the CLI's next command once this one succeeds


@dataclass
class Figures:
    kills: Dict[str, int] = field(default_factory=dict)
    openings: int = 0
    peak: int = 0
    reported: List[str] = field(default_factory=list)
    lost: List[str] = field(default_factory=list)
    sync_runs: int = 0
    failures: List[str] = field(default_factory=list)


def _env():
    env = dict(os.environ, PYTHONPATH=ROOT, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONUNBUFFERED", None)      # the tokens must be flushed by the actors themselves
    return env


def _cli(*args) -> Tuple[str, ...]:
    return (sys.executable, "-m", "ocsge_review", *args)


def _store_args(world) -> Tuple[str, ...]:
    return ("--store", world["store"]) + (("--schema", world["schema"]) if world["schema"] else ())


@pytest.fixture(params=SCENARIOS, ids=lambda s: s.name)
def world(request, postgis, small_demo, tmp_path):
    """A campaign of the demo in a fresh store of the scenario's backend, its base taken from its own
    production table."""
    from ocsge_review.production.loading import load_production
    scenario = request.param
    table = f"prod.occ_{scenario.name.replace('-', '_')}"
    load_production(str(small_demo / "model_output.gpkg"), postgis.spec, table, department="32", replace=True)
    if scenario.backend == "gpkg":
        store, schema = str(tmp_path / "review.gpkg"), ""
    else:
        store, schema = postgis.spec, f"fault_{scenario.name.replace('-', '_')}"
    res = subprocess.run(_cli("campaign", "create", "--model", str(small_demo / "model_output.gpkg"),
                              "--department", "32", "--threshold", "0.999", "--quiet", "--production",
                              postgis.spec, "--production-table", table, "--store", store,
                              *(("--schema", schema) if schema else ())),
                         cwd=ROOT, capture_output=True, text=True, timeout=300, env=_env())
    assert res.returncode == 0, res.stderr
    return {"scenario": scenario, "store": store, "schema": schema, "production": postgis.spec, "table": table,
            "tmp": tmp_path}


class Driver:
    """Starts the scenario's processes, kills each at its moment, starts it again, until the deadline."""

    def __init__(self, world, seed: int):
        self.world, self.scenario = world, world["scenario"]
        self.rng = random.Random(seed)
        self.figures = Figures()
        self.slots: Dict[str, Run] = {}
        self.started = 0
        self.misses: Dict[str, int] = {}     # runs of a kind never killed yet that ended by themselves
        self.tokens = iter(range(1, 1_000_000))
        self.actors = {f"{role}:{user}": (role, _actor(world, role, user, extra))
                       for role, user, extra in self.scenario.actors}

    def run(self, seconds: float) -> Figures:
        deadline = time.monotonic() + seconds
        try:
            while self.slots or time.monotonic() < deadline:
                now = time.monotonic()
                if now < deadline:
                    self._fill()
                self.figures.peak = max(self.figures.peak, sum(1 for r in self.slots.values() if r.proc.poll() is None))
                for slot, run in list(self.slots.items()):
                    self._watch(slot, run, now, now >= deadline)
                time.sleep(0.02)
            return self.figures
        finally:
            for run in self.slots.values():          # a failing test leaves no process behind
                if run.proc.poll() is None:
                    run.proc.kill()
                    run.proc.wait()

    def _fill(self) -> None:
        """Every slot busy: the actors, the CLI's next command, the sync."""
        for slot, (role, argv) in self.actors.items():
            if slot not in self.slots:
                self.slots[slot] = self._start(role, argv)
        if self.scenario.cli and "cli" not in self.slots:
            argv, then = _cli_command(self.world, self.rng, next(self.tokens))
            self.slots["cli"] = self._start("cli", argv, then)
        if self.scenario.sync and "sync" not in self.slots:
            self.slots["sync"] = self._start("sync", _sync_command(self.world))

    def _start(self, kind: str, argv, then=None) -> Run:
        self.started += 1
        out = str(self.world["tmp"] / f"{kind}-{self.started}.out")
        with open(out, "w") as sink, open(out + ".err", "w") as errors:
            proc = subprocess.Popen(argv, cwd=ROOT, stdout=sink, stderr=errors, env=_env())
        if kind in ("cli", "sync") or self.rng.random() < EARLY:
            return Run(kind, proc, out, time.monotonic() + self.rng.uniform(*self._lifetime(kind)), then)
        return Run(kind, proc, out, None, then)

    def _lifetime(self, kind: str) -> Tuple[float, float]:
        """When to kill a run of ``kind``: each run of a kind not killed yet that ended by itself halves the
        window (to 5 % at most), so that every kind is killed however fast this machine runs it."""
        low, high = LIFETIME[kind]
        scale = 1.0 if kind in self.figures.kills else max(0.05, 0.5 ** self.misses.get(kind, 0))
        return low * scale, high * scale

    def _watch(self, slot: str, run: Run, now: float, over: bool) -> None:
        """Kill ``run`` when its moment has come; once it is gone, count it and follow it up."""
        if run.kill_at is None and "OPEN" in _text(run.out):
            run.kill_at = now + self.rng.uniform(*self._lifetime(run.kind))     # an actor's life, from its opening
        killed = False
        if run.proc.poll() is None and (over or (run.kill_at is not None and now >= run.kill_at)):
            run.proc.send_signal(signal.SIGKILL)
            run.proc.wait()
            killed = True
        if run.proc.poll() is None:
            return
        del self.slots[slot]
        if not killed and not over:
            self.misses[run.kind] = self.misses.get(run.kind, 0) + 1
        _finished(run, killed, self.figures)
        if run.then and not killed and run.proc.returncode == 0 and not over:
            answer = json.loads(_text(run.out) or "null")
            if answer:
                cut = run.then.index("--cs")
                self.slots["cli"] = self._start("cli", run.then[:cut] + ("--item", str(answer["id"])) + run.then[cut:])


def _actor(world, role, user, extra):
    schema = ("--schema", world["schema"]) if world["schema"] else ()
    return (sys.executable, ACTORS, role, user, world["store"], *schema, *extra)


def _cli_command(world, rng: random.Random, token: int) -> Tuple[Tuple[str, ...], Optional[Tuple[str, ...]]]:
    """A read-only status, or a claim whose decision follows when it succeeds."""
    if rng.random() < 0.5:
        return _cli("campaign", "status", *_store_args(world)), None
    return (_cli("queue", "next", "--user", "c1", "--json", *_store_args(world)),
            _cli("queue", "decide", "--user", "c1", "--cs", "CS2.2.1", "--us", "US1.1", "--comment",
                 f"c1-{token}", *_store_args(world)))


def _sync_command(world):
    return _cli("sync", *_store_args(world), "--production", world["production"], "--production-table",
                world["table"], "--user", "syncer")


def _text(path: str) -> str:
    """What a process wrote so far (its file closed again: the driver reads each one many times)."""
    with open(path) as f:
        return f.read()


def _finished(run: Run, killed: bool, figures: Figures) -> None:
    """Read what a process said; a process that ended by itself must have ended well."""
    text = _text(run.out)
    figures.openings += text.count("OPEN\n") + (run.kind in ("cli", "sync"))
    figures.reported += [line.split()[1] for line in text.splitlines() if line.startswith("RECORDED ")]
    if run.kind == "cli" and "journal n°" in text:
        figures.reported.append(run.proc.args[run.proc.args.index("--comment") + 1])
    if killed:
        figures.kills[run.kind] = figures.kills.get(run.kind, 0) + 1
    elif run.proc.returncode != 0:
        figures.failures.append(f"{run.kind} {run.proc.args[2:5]} → {run.proc.returncode}: "
                                f"{_text(run.out + '.err')[-2000:]}")
    elif run.kind == "sync":
        figures.sync_runs += 1


def _journal_comments(world) -> set:
    if world["schema"]:
        with psycopg.connect(world["store"], autocommit=True) as con:
            rows = con.execute(f'SELECT comment FROM "{world["schema"]}".journal').fetchall()
    else:
        con = sqlite3.connect(world["store"])
        rows = con.execute(f'SELECT comment FROM "{JOURNAL}"').fetchall()
        con.close()
    return {r[0] for r in rows if r[0]}


def _intact(world) -> List[str]:
    """What is wrong with the store once every process is dead (empty: nothing)."""
    problems = []
    if not world["schema"]:
        con = sqlite3.connect(world["store"])
        check = con.execute("PRAGMA integrity_check").fetchall()
        con.close()
        if check != [("ok",)]:
            problems.append(f"integrity_check: {check[:5]}")
    with open_store(world["store"], schema=world["schema"] or "ocsge_review") as store:
        kept = {(p, s): (v["count"], round(v["area_km2"], 6)) for p, states in store.counts().items()
                for s, v in states.items() if v["count"]}
        grouped = {k: (n, round(a, 6)) for k, (n, a) in store_probe.grouped(store).items()}
        if kept != grouped:
            problems.append(f"counts kept {kept} ≠ counted {grouped}")
    return problems


def _production_matches(world) -> List[str]:
    """After a last, unkilled sync: every synced item's final codes are production's, nothing is left
    validated and unsynced, no row was added or lost."""
    res = subprocess.run(_sync_command(world), cwd=ROOT, capture_output=True, text=True, timeout=300, env=_env())
    if res.returncode:
        return [f"last sync: {res.stderr[-2000:]}"]
    with open_store(world["store"], schema=world["schema"] or "ocsge_review") as store:
        items = store.review_table(["source_id", "state", "cs_final", "us_final"])
    schema, table = world["table"].split(".")
    with psycopg.connect(world["production"], autocommit=True) as con:
        rows = {str(i): (cs, us) for i, cs, us in
                con.execute(f'SELECT id, code_cs, code_us FROM "{schema}"."{table}"').fetchall()}
    problems = []
    if len(rows) != len(items["source_id"]):
        problems.append(f"production holds {len(rows)} rows for {len(items['source_id'])} items")
    for source_id, state, cs, us in zip(items["source_id"], items["state"], items["cs_final"], items["us_final"]):
        if state == "validated":
            problems.append(f"item {source_id} validated but not synced")
        elif state == "synced" and rows.get(str(source_id)) != (cs, us):
            problems.append(f"item {source_id}: store {cs}/{us}, production {rows.get(str(source_id))}")
    return problems


def test_no_decision_shown_as_recorded_is_lost_whatever_is_killed(world):
    scenario = world["scenario"]
    started = time.monotonic()
    figures = Driver(world, SEED).run(SECONDS)
    recorded = _journal_comments(world)
    figures.lost = [t for t in figures.reported if t not in recorded]
    problems = figures.failures + _intact(world) + (_production_matches(world) if scenario.sync else [])
    print(f"\n[fault] {scenario.name}: {sum(figures.kills.values())} kills "
          f"({', '.join(f'{k} {n}' for k, n in sorted(figures.kills.items()))}), {figures.openings} store openings "
          f"(up to {figures.peak} processes at once), {len(figures.reported)} decisions reported, "
          f"{len(figures.lost)} lost, {figures.sync_runs} syncs completed, {time.monotonic() - started:.0f} s")
    assert not figures.lost, f"{len(figures.lost)} decisions shown as recorded are not in the store: " \
                             f"{figures.lost[:10]}"
    assert not problems, "\n".join(problems[:10])
    expected = {role for role, _, _ in scenario.actors} | ({"cli"} if scenario.cli else set()) \
        | ({"sync"} if scenario.sync else set())
    assert set(figures.kills) == expected, figures.kills       # every kind of process was killed
    assert len(figures.reported) >= 20
