"""The second-opinion sample: how many reviewed items to draw for a target standard error, drawn seeded."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..errors import InputError
from ..messages import tr
from .triage import olofsson_sample_size

# The agreement expected between two interpreters when no second opinion has been answered yet.
DEFAULT_EXPECTED_AGREEMENT = 0.9


@dataclass
class Draw:
    """What a draw did: ``drawn`` of the ``frame`` queue items reviewed since the previous draw, for
    ``target_se`` at ``expected`` agreement, and the ``audit`` items reviewed since, all of them."""
    number: int
    frame: int
    drawn: int
    audit: int
    target_se: float
    expected: float
    expected_se: float
    seed: Optional[int]


def sample_size(frame: int, expected: float, target_se: float) -> int:
    """Items to draw from ``frame`` reviewed ones for a standard error ``target_se`` of a share near
    ``expected``: Olofsson et al. (2014) eq. 13 with one stratum (the audit sample's rule), at least 1."""
    if frame <= 0:
        return 0
    n = math.ceil(olofsson_sample_size([frame], [expected], target_se) - 1e-9)
    return int(min(max(n, 1), frame))


def expected_se(frame: int, n: int, expected: float) -> float:
    """The standard error of a share near ``expected`` from ``n`` of ``frame`` (finite population)."""
    if n <= 0:
        return float("nan")
    return math.sqrt(expected * (1 - expected) / n * (1 - n / frame))


def check_draw_options(target_se: float, expected: Optional[float]) -> None:
    if not 0 < target_se < 0.5:
        raise InputError(tr("--target-se doit être entre 0 et 0,5 (par exemple 0,02), pas {value:g}.",
                            value=target_se))
    if expected is not None and not 0 < expected < 1:
        raise InputError(tr("--expected-agreement doit être strictement entre 0 et 1, pas {value:g}.",
                            value=expected))


def draw(store, target_se: float, seed: Optional[int], user: str, expected: Optional[float] = None) -> Draw:
    """Draw a simple random sample, seeded, of the queue items reviewed since the last draw (its frame),
    sized for ``target_se`` on the agreement rate (``expected`` defaults to the agreement measured so
    far, DEFAULT_EXPECTED_AGREEMENT before any answer), and take every audit item reviewed since: their
    blind answers are the reference of the auto-accepted polygons, so each one is checked. The drawn
    items wait for a blind second opinion."""
    check_draw_options(target_se, expected)
    if expected is None:
        answered = [o for o in store.opinions() if o.answered_by is not None]
        agreed = sum((o.code_cs, o.code_us) == (o.first_cs, o.first_us) for o in answered)
        # Clamped: a perfect or a dismal first measure must not size the next draw at one item.
        expected = min(max(agreed / len(answered), 0.5), 0.99) if answered else DEFAULT_EXPECTED_AGREEMENT
    frames, as_of, number = store.opinion_frame()
    queue, audit = frames["queue"], frames["audit"]
    if not queue.ids and not audit.ids:
        raise InputError(tr("Aucun élément revu depuis le dernier tirage : rien à tirer pour un second avis."))
    n = sample_size(len(queue.ids), expected, target_se)
    chosen = np.random.default_rng(seed).choice(np.asarray(queue.ids, dtype=np.int64), size=n, replace=False)
    drawn = {"queue": (np.sort(chosen).tolist(), queue), "audit": (audit.ids, audit)}
    store.add_opinions({k: v for k, v in drawn.items() if v[0]}, number, as_of, seed, user)
    return Draw(number=number, frame=len(queue.ids), drawn=n, audit=len(audit.ids), target_se=target_se,
                expected=expected, expected_se=expected_se(len(queue.ids), n, expected), seed=seed)
