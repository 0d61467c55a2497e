"""Simulated photo-interpreters: claim and decide from the demo's ground truth, concurrently."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import numpy as np

from ..store import lifecycle as lc
from ..ocsge import nomenclature as nom
from ..errors import InputError
from ..messages import tr
from ..numbers import count, fr
from ..geo import pyogrio
from ..store.base import Decision, LockLost
from ..store import DEFAULT_SCHEMA, open_store


@dataclass
class SimulationReport:
    decisions: int = 0
    corrections: int = 0
    errors_made: int = 0
    lost_locks: int = 0
    seconds: float = 0.0
    by_user: Dict[str, int] = field(default_factory=dict)
    opinions: int = 0           # second opinions answered
    disputes: int = 0           # of which in disagreement, settled by the simulated validator

    def summary(self) -> str:
        rate = self.decisions / self.seconds if self.seconds else 0.0
        users = ", ".join(f"{u} {n}" for u, n in sorted(self.by_user.items()))
        text = (tr("{decisions} décisions en {seconds} s ({rate}/s), dont "
                   "{corrections} corrections ; {errors_made} erreurs simulées ; "
                   "{lost_locks} réservations perdues. Par interprète : {users}.",
                   decisions=count(self.decisions), seconds=fr(self.seconds, 1), rate=fr(rate), corrections=self.corrections,
                   errors_made=self.errors_made, lost_locks=self.lost_locks, users=users))
        if self.opinions:
            text += " " + tr("{opinions} seconds avis, dont {disputes} désaccords tranchés par le validateur.",
                             opinions=self.opinions, disputes=self.disputes)
        return text


def read_truth(path: str) -> Dict[str, tuple]:
    """source id → (couverture, usage) from the demo's truth.gpkg."""
    try:
        meta, _, _, values = pyogrio.raw.read(path, columns=["id", "code_cs", "code_us"], read_geometry=False)
    except Exception as exc:  # pyogrio's errors name the file; ours says what is wrong with it
        raise InputError(tr("Vérité terrain illisible « {path} » : {detail}.",
                            path=path, detail=str(exc).splitlines()[0])) from None
    cols = dict(zip(meta["fields"], values))
    return {str(i): (cs, us) for i, cs, us in zip(cols["id"], cols["code_cs"], cols["code_us"])}


def _wrong(rng: np.random.Generator, right: str, leaves) -> str:
    others = [c for c in leaves if c != right]
    return others[int(rng.integers(len(others)))]


def _answer(rng: np.random.Generator, truth: tuple, error_rate: float) -> tuple:
    """(cs, us, erred): the truth, each code wrong with ``error_rate``."""
    cs, us = truth
    erred = False
    if rng.random() < error_rate:
        cs, erred = _wrong(rng, cs, nom.CS_LEAVES), True
    if rng.random() < error_rate:
        us, erred = _wrong(rng, us, nom.US_LEAVES), True
    return cs, us, erred


SIMULATED_VALIDATOR = "validateur-simulé"


def simulate(store_path: str, truth_path: str, users: int = 4, error_rate: float = 0.05,
             seed: int = 1, limit: Optional[int] = None, mean_seconds: float = 20.0,
             schema: str = DEFAULT_SCHEMA, campaign: Optional[str] = None,
             pause: float = 0.0, second_opinion_se: Optional[float] = None) -> SimulationReport:
    """Run ``users`` interpreters in threads (one store connection each) until
    nothing is left to review or ``limit`` decisions were made.

    Each interpreter errs independently on couverture and usage with
    ``error_rate``; active time per item is drawn around ``mean_seconds``.
    ``store_path`` is a GeoPackage or a PostgreSQL store (``schema``, ``campaign``).
    ``pause`` (seconds of real time between two items of one interpreter) lets the others in: without
    it, on a GeoPackage, the thread holding the file tends to take every next item itself.
    With ``second_opinion_se``, once the queue is done a second-opinion sample is drawn for that
    target standard error (seeded), the interpreters answer it blind (each erring as above, never on
    their own decisions), and a simulated validator settles the disagreements with the truth.
    """
    if second_opinion_se is not None:
        from ..campaigns.second_opinion import check_draw_options
        check_draw_options(second_opinion_se, None)
    if users < 1:
        raise InputError(tr("Il faut au moins un interprète simulé."))
    if not 0.0 <= error_rate <= 1.0:
        raise InputError(tr("Taux d'erreur hors de [0, 1] : {error_rate}.", error_rate=error_rate))
    if limit is not None and limit < 0:
        raise InputError(tr("Limite négative : {limit}.", limit=limit))
    truth = read_truth(truth_path)
    report = SimulationReport()
    lock = threading.Lock()
    remaining = [limit if limit is not None else -1]
    failures: List[BaseException] = []

    def take_ticket() -> bool:
        with lock:
            if remaining[0] == 0:
                return False
            if remaining[0] > 0:
                remaining[0] -= 1
            return True

    def interpreter(index: int) -> None:
        user = f"simulé-{index + 1}"
        rng = np.random.default_rng([seed, index])
        store = open_store(store_path, schema=schema, campaign=campaign)
        try:
            while take_ticket():
                item = store.claim_next(user)
                if item is None:
                    return
                if item.source_id not in truth:
                    raise InputError(tr("L'élément {id} (source {source_id}) n'est pas dans la vérité terrain.",
                                        id=item.id, source_id=item.source_id))
                cs, us, erred = _answer(rng, truth[item.source_id], error_rate)
                seconds = float(rng.lognormal(np.log(mean_seconds), 0.5))
                try:
                    store.decide(Decision(item.id, user, None, cs, us, active_seconds=seconds))
                except LockLost:
                    with lock:
                        report.lost_locks += 1
                    continue
                if pause:
                    time.sleep(pause)
                with lock:
                    report.decisions += 1
                    report.errors_made += int(erred)
                    report.corrections += int(item.code_cs is not None and (cs, us) != (item.code_cs, item.code_us))
                    report.by_user[user] = report.by_user.get(user, 0) + 1
        except BaseException as exc:  # reported to the caller, not lost in a thread
            failures.append(exc)
        finally:
            store.close()

    def second_opinions(index: int) -> None:
        user = f"simulé-{index + 1}"
        rng = np.random.default_rng([seed, index, 2])
        store = open_store(store_path, schema=schema, campaign=campaign)
        try:
            while True:
                item = store.claim_opinion(user)
                if item is None:
                    return
                cs, us, _ = _answer(rng, truth[item.source_id], error_rate)
                try:
                    state = store.answer_opinion(item.id, user, cs, us)
                except LockLost:
                    continue
                with lock:
                    report.opinions += 1
                    report.disputes += int(state == lc.DISPUTED)
                if pause:
                    time.sleep(pause)
        except BaseException as exc:
            failures.append(exc)
        finally:
            store.close()

    def run(target) -> None:
        threads = [threading.Thread(target=target, args=(i,), name=f"simulé-{i + 1}") for i in range(users)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if failures:
            raise failures[0]

    started = time.monotonic()
    run(interpreter)
    if second_opinion_se is not None and remaining[0] != 0:
        from ..campaigns.second_opinion import draw
        with open_store(store_path, schema=schema, campaign=campaign) as store:
            draw(store, second_opinion_se, seed, SIMULATED_VALIDATOR)
        run(second_opinions)
        with open_store(store_path, schema=schema, campaign=campaign) as store:
            for o in store.opinions(lc.DISPUTED):
                store.settle_opinion(o.item_id, SIMULATED_VALIDATOR, *truth[store.item(o.item_id).source_id])
    report.seconds = time.monotonic() - started
    return report
