"""The review-store interface every backend implements, and the values it exchanges."""
from __future__ import annotations

import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple


from . import lifecycle as lc
from ..errors import OcsgeError
from ..messages import tr

Clock = Callable[[], float]


def system_clock() -> float:
    return time.time()


def refuse_newer_schema(newest: int, known: int) -> None:
    """A store written by a newer version of the plugin is not opened: its schema may mean other things."""
    if newest > known:
        from ..errors import InputError
        raise InputError(tr("Ce magasin de revue a été écrit par une version plus récente d'OCS GE Review "
                            "(schéma {newest}, celle-ci connaît jusqu'au {known}) : mettez l'extension à jour.",
                            newest=newest, known=known))


class LockLost(OcsgeError):
    """The item is no longer reserved for this interpreter: the decision is refused."""


@dataclass
class Campaign:
    name: str
    department: str
    department_name: str
    epsg: int
    model_version: str
    source: str
    policy: dict
    created_at: str = ""
    lock_seconds: int = 600
    territory: Optional[dict] = None
    uid: str = ""       # set at creation (uuid4): with an approval's journal seq, the sync's idempotency key
    origin: Optional[dict] = None   # a checked-out copy: where it comes from and which items (offline.py)
    classes: Optional[dict] = None  # the class table the confidence was read through (class_tables.py)
    delivery: Optional[dict] = None  # the IGN delivery read (delivery.py): its ZONE_CONSTRUITE gives the units


@dataclass
class Item:
    """What an interpreter is served. Audit items are blind: no model proposal."""
    id: int
    source_id: str
    part: str
    state: str
    area_m2: float
    wkb: bytes
    blind: bool
    proposals_cs: List[Tuple[str, float]] = field(default_factory=list)
    proposals_us: List[Tuple[str, float]] = field(default_factory=list)
    code_cs: Optional[str] = None       # the model's prediction (None when blind)
    code_us: Optional[str] = None
    rejection: Optional[str] = None     # the validator's reason, shown first on a returned item
    lock_expires: float = 0.0
    parent_id: Optional[int] = None     # a split part: the item it was cut from
    merged_into: Optional[int] = None   # a merged neighbour: the item that took its ground


@dataclass
class Decision:
    item_id: int
    user: str
    action: str                   # confirm, correct, flag
    code_cs: str
    code_us: str
    flag: Optional[str] = None
    comment: Optional[str] = None
    active_seconds: float = 0.0
    started_at: Optional[float] = None
    geometry_wkb: Optional[bytes] = None    # a reshape: the item's new polygon, in the campaign's CRS


@dataclass
class Part:
    """One piece of a split: its polygon (WKB, the campaign's CRS) and its codes."""
    wkb: bytes
    code_cs: str
    code_us: str


class Recorded(int):
    """A decision's journal sequence number, carrying the action recorded under it (confirm, correct,
    flag or reshape: the store derives it from the classes and the polygon given)."""
    action: str

    def __new__(cls, seq: int, action: str) -> "Recorded":
        recorded = super().__new__(cls, seq)
        recorded.action = action
        return recorded

    def __getnewargs__(self):
        # Pickled whole: a worker process's decision comes back with its action.
        return int(self), self.action


@dataclass
class JournalRecord:
    seq: int
    item_id: int
    user: str
    action: str
    cs_before: Optional[str]
    us_before: Optional[str]
    cs_after: Optional[str]
    us_after: Optional[str]
    flag: Optional[str]
    reason: Optional[str]
    comment: Optional[str]
    active_seconds: float
    started_at: Optional[str]
    recorded_at: str
    model_version: str
    undoes: Optional[int]
    geometry_changed: bool
    changed_area_m2: float        # the area that changed class, computed by the store
    related: Optional[int] = None  # a split part: its original; a merged neighbour: the survivor


@dataclass
class ToValidate:
    """A decided item waiting for a validator, with the interpreter's last decision on it."""
    item_id: int
    source_id: str
    part: str
    decided_by: str
    decided_at: str
    action: str                     # confirm, correct, flag, split, merge or reshape
    model_cs: Optional[str]         # what the model proposed
    model_us: Optional[str]
    code_cs: Optional[str]          # what the interpreter decided
    code_us: Optional[str]
    flag: Optional[str]
    comment: Optional[str]
    conf_cs: float                  # the model's confidence (NaN when unknown)
    conf_us: float
    area_m2: float


@dataclass
class ItemHistory:
    """An item's polygon before the interpreters' geometry edits and now (WKB, the campaign's CRS)."""
    geom_before: Optional[bytes]    # None: the polygon is the one the campaign started from
    geom_after: bytes


@dataclass
class Edit:
    """A validated item, not yet synced, as the sync to production needs it.

    A split part is listed only once every part of its split is validated (or
    synced): production replaces the original by all its parts in one go.
    """
    item_id: int
    source_id: str                  # the production id it came from; a split part: the original's + "/k"
    code_cs: str                    # final codes
    code_us: str
    model_cs: Optional[str]         # what the campaign started from
    model_us: Optional[str]
    wkb: bytes                      # its polygon now, in the campaign's CRS
    geometry_changed: bool          # a reshape or merge (not undone) changed it, or it is a split part
    parent_source_id: Optional[str]  # a split part: the original's source id (production's ``id_origine``)
    absorbed: List[str]             # source ids of neighbours merged into it (their rows are deleted)
    decided_by: str
    validated_by: str
    validated_at: str
    approval_seq: int               # journal seq of the approval


REVIEWED_PARTS = ("queue", "audit")

# The statistics' read API (review_table, journal_table): column name → kind. Integers read
# -1 where missing, reals NaN, texts None; geometry_changed is 0 / 1. decided_day and
# recorded_day are the UTC day of decided_at / recorded_at as days since 1970-01-01: what the
# statistics group by, without shipping a million timestamps as text.
REVIEW_TABLE = {"id": "int", "source_id": "text", "part": "text", "stratum": "text", "state": "text",
                "area_m2": "real", "code_cs": "text", "code_us": "text", "cs_final": "text", "us_final": "text",
                "decided_by": "text", "decided_at": "text", "decided_day": "int", "validated_by": "text",
                "parent_id": "int", "merged_into": "int"}
JOURNAL_TABLE = {"seq": "int", "item_id": "int", "user": "text", "action": "text", "cs_before": "text",
                 "us_before": "text", "cs_after": "text", "us_after": "text", "flag": "text", "reason": "text",
                 "active_seconds": "real", "recorded_at": "text", "recorded_day": "int", "model_version": "text",
                 "undoes": "int", "geometry_changed": "int", "changed_area_m2": "real", "related": "int"}


@dataclass(frozen=True)
class Coded:
    """A text column of few distinct values: ``labels[codes[k]]`` is row k's value."""
    codes: "np.ndarray"
    labels: List[Optional[str]]

    def values(self) -> "np.ndarray":
        """The column as an object array of str / None (references to the labels, no new strings)."""
        import numpy as np
        return np.array(self.labels, dtype=object)[self.codes]


def current(counts: Dict[str, Dict[str, Dict[str, float]]], part: str) -> Dict[str, Dict[str, float]]:
    """A part's figures by state without the superseded items: a split's original or
    a merged neighbour is replaced by what it became, and must not be counted twice."""
    return {state: v for state, v in counts.get(part, {}).items() if state != lc.SUPERSEDED}


def progress(counts: Dict[str, Dict[str, Dict[str, float]]]) -> Tuple[int, float, int, float]:
    """(done count, done km², remaining count, remaining km²) over the reviewed parts."""
    done, left = [0, 0.0], [0, 0.0]
    for part in REVIEWED_PARTS:
        for state, figures in current(counts, part).items():
            target = left if state in lc.OPEN_STATES else done
            target[0] += int(figures.get("count", 0))
            target[1] += float(figures.get("area_km2", 0.0))
    return done[0], done[1], left[0], left[1]


class ReviewStore(ABC):
    """Campaign, items, locks and the append-only decision journal.

    Every method that changes something is one transaction, durable when it
    returns; every refusal raises an OcsgeError saying why in the user's language.
    """

    @abstractmethod
    def campaign(self) -> Campaign: ...

    @abstractmethod
    def claim_next(self, user: str) -> Optional[Item]:
        """The interpreter's current item, else a rejected one of theirs, else the next one."""

    @abstractmethod
    def heartbeat(self, item_id: int, user: str) -> float:
        """Keep a claim alive; returns the new expiry time."""

    @abstractmethod
    def release(self, item_id: int, user: str) -> None:
        """Skip: the item goes back to the queue, not to be served again to this user."""

    @abstractmethod
    def decide(self, decision: Decision) -> Recorded:
        """Record a decision; returns its journal sequence number and the action recorded."""

    @abstractmethod
    def undo(self, item_id: int, user: str) -> int:
        """Undo this user's last decision, split, merge or reshape on an item not yet validated;
        the item is theirs again."""

    @abstractmethod
    def split(self, item_id: int, user: str, parts: Sequence[Part], *, comment: Optional[str] = None,
              active_seconds: float = 0.0, started_at: Optional[float] = None) -> List[int]:
        """Cut a claimed item into parts that cover it; returns the new (decided) items' ids."""

    @abstractmethod
    def merge(self, item_id: int, user: str, others: Sequence[int], code_cs: str, code_us: str, *,
              comment: Optional[str] = None, active_seconds: float = 0.0,
              started_at: Optional[float] = None) -> int:
        """Give a claimed item its neighbours' ground; returns the journal seq of its record."""

    @abstractmethod
    def neighbours(self, item_id: int) -> List[int]:
        """Items, not superseded, sharing a boundary of positive length with this one."""

    @abstractmethod
    def validate(self, item_id: int, validator: str, approve: bool,
                 reason: Optional[str] = None, comment: Optional[str] = None) -> int: ...

    @abstractmethod
    def approve_many(self, item_ids: Sequence[int], validator: str,
                     comment: Optional[str] = None) -> Tuple[List[int], Dict[int, str]]:
        """Approve ``item_ids`` (a bulk approval), a few hundred per transaction; an item that may not
        be approved (already judged, the validator's own…) is left as it is and the others go on.
        Returns (approved ids, {refused id: why})."""

    @abstractmethod
    def journal(self, item_id: Optional[int] = None) -> List[JournalRecord]: ...

    @abstractmethod
    def awaiting_validation(self) -> List[ToValidate]:
        """The decided items, by decision time: what the validators of the département have to look at."""

    @abstractmethod
    def item_history(self, item_id: int) -> ItemHistory:
        """The item's polygon before any split, merge or reshape of it, and now."""

    # --- sync to production -------------------------------------------------------
    @abstractmethod
    def validated_edits(self, after_id: int = 0, limit: Optional[int] = None) -> List[Edit]:
        """Validated items not yet synced with ``id > after_id``, by id (see Edit)."""

    @abstractmethod
    def source_ids(self) -> List[str]:
        """Production ids of the items the campaign started from (split parts left out), for the
        sync's base versions."""

    # --- offline work (ocsge_review/production/offline.py) ------------------------------
    @abstractmethod
    def reserve(self, user: str, area=None, limit: Optional[int] = None, seconds: float = 7 * 86400) -> List[int]:
        """Claim for ``user``, for ``seconds``, the items waiting for them in ``area`` (a
        territory.Area, or everything): pending items and their own rejected ones, by rank."""

    @abstractmethod
    def give_back(self, item_ids: Sequence[int], user: str) -> int:
        """Return to the queue the items still claimed by ``user``, not marked skipped; how many."""

    @abstractmethod
    def export_items(self, item_ids: Sequence[int]) -> Tuple[Dict[str, "object"], "object"]:
        """The creation columns (ITEM_COLUMNS, numpy arrays) and polygons (WKB array) of these items."""

    @abstractmethod
    def mark_synced(self, item_ids: Sequence[int], user: str, comment: Optional[str] = None) -> None:
        """validated → synced, one journal record per item, all in one transaction."""

    @abstractmethod
    def send_back(self, item_id: int, user: str, reason: str) -> int:
        """validated → rejected with ``reason`` (a sync conflict): back to its interpreter, reason first."""

    @abstractmethod
    def counts(self) -> Dict[str, Dict[str, Dict[str, float]]]:
        """{part: {state: {"count": n, "area_km2": a}}}."""

    # --- statistics (ocsge_review/statistics/stats.py) ----------------------------------
    @abstractmethod
    def review_table(self, columns: Optional[Sequence[str]] = None, coded: bool = False) -> Dict[str, np.ndarray]:
        """One row per item of the campaign, by id, as numpy arrays (REVIEW_TABLE's columns, or
        ``columns`` of them): placement, review state, model and final codes, who and when. With
        ``coded``, text columns come as Coded (for columns of few distinct values) and every
        column from one snapshot."""

    @abstractmethod
    def journal_table(self, columns: Optional[Sequence[str]] = None, coded: bool = False) -> Dict[str, np.ndarray]:
        """One row per journal record of the campaign, by seq, as numpy arrays (JOURNAL_TABLE's
        columns, or ``columns`` of them); ``coded`` as in review_table."""

    @abstractmethod
    def reader(self) -> "ReviewStore":
        """The same campaign on a connection of its own (the caller closes it), to read alongside this one."""

    def statistics_tables(self, item_columns: Sequence[str],
                          journal_columns: Sequence[str]) -> Tuple[Dict[str, np.ndarray], Dict[str, np.ndarray]]:
        """review_table and journal_table, coded, read side by side: the journal on a reader() in
        a thread while this connection reads the items (both databases work while Python waits),
        so that on two cores the two scans take the time of the longer."""
        from concurrent.futures import ThreadPoolExecutor
        with self.reader() as other, ThreadPoolExecutor(1) as pool:
            journal = pool.submit(other.journal_table, journal_columns, True)
            return self.review_table(item_columns, True), journal.result()

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> "ReviewStore":
        return self

    def __exit__(self, *_) -> None:
        self.close()
