"""The campaign's corrections written as training data for the next model: its polygons before, the reviewed ones after.

What is a correction
--------------------
Items linked by a split (``parent_id``) or a merge (``merged_into``) form one
*correction*, numbered by its smallest item id (``correction_id``); an item
untouched by either is a correction on its own. Its two sides:

- **before**: the model's polygons — the items the campaign started from
  (not split parts), with the polygon the model drew (before any reshape or
  merge), its codes and confidence;
- **after**: what replaces them now — the items not superseded: the parts of
  a split, the survivor of a merge (its union polygon), the item itself
  otherwise, with the final codes.

A split is one ``before`` row and several ``after`` rows; a merge several
``before`` rows (the survivor and the neighbours it absorbed, each with its
own model codes) and one ``after`` row. An undone split or merge leaves no
trace: its retired parts are superseded and not the model's.

Which corrections are exported
------------------------------
Those whose ``after`` differs from their ``before``: a class changed (CS or
US), or the polygons did (split, merge, a reshape not undone). Every ``after``
item must be *validated* (or already synced): a validator's approval is the
quality gate, and an unvalidated decision may still be rejected — the next
model would learn the interpreter's slips. ``include_unvalidated`` adds the
decided items waiting for a validator. A split is exported only once all of
its parts qualify, so that the ``after`` side always covers the ``before`` one.

The store is read in two column scans (review table and journal), then the
polygons of the exported corrections only, by pages: a département of two
million polygons costs what its corrections cost.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import numpy as np

from ..store import lifecycle as lc
from ..errors import InputError
from ..feedback import Feedback
from ..messages import tr
from ..outputs import atomic_gpkg, check_gpkg_target
from ..store.base import ReviewStore

log = logging.getLogger(__name__)

BEFORE_LAYER, AFTER_LAYER = "before", "after"
# Corrections per page: the polygons of one page are read and written together.
PAGE = 2000

_ITEM_COLUMNS = ["id", "source_id", "part", "state", "code_cs", "code_us", "cs_final", "us_final",
                 "decided_at", "parent_id", "merged_into"]


@dataclass
class TrainingReport:
    out_path: str
    corrections: int = 0
    before: int = 0             # model polygons
    after: int = 0              # reviewed polygons
    class_changes: int = 0      # corrections whose codes changed
    geometry_changes: int = 0   # corrections whose polygons changed
    states: List[str] = field(default_factory=list)

    def summary(self) -> str:
        head = (tr("{n} correction(s) validées ou décidées écrite(s) dans « {path} » : ", n=self.corrections,
                   path=self.out_path) if lc.DECIDED in self.states
                else tr("{n} correction(s) validées écrite(s) dans « {path} » : ", n=self.corrections,
                        path=self.out_path))
        return (head
                + tr("{before} polygone(s) du modèle (couche « {before_layer} »), {after} polygone(s) revu(s) "
                     "(couche « {after_layer} ») ; {classes} changement(s) de classe, {geometries} changement(s) "
                     "de géométrie.", before=self.before, before_layer=BEFORE_LAYER, after=self.after,
                     after_layer=AFTER_LAYER, classes=self.class_changes, geometries=self.geometry_changes))


@dataclass
class _Correction:
    correction_id: int
    before: List[int]           # row indexes in the review table
    after: List[int]
    class_changed: bool
    reshaped: List[int]         # items whose model polygon is in the journal (reshape or merge)


def check_target(out: str) -> None:
    """Refuse, before any reading, a target that is not a new GeoPackage in a writable folder."""
    check_gpkg_target(out, tr("Le fichier des données d'apprentissage"))
    if os.path.exists(out):
        raise InputError(tr("« {path} » existe déjà : choisissez un autre fichier, les données d'apprentissage "
                            "ne sont jamais écrites par-dessus.", path=out))


def export_training(store: ReviewStore, out: str, include_unvalidated: bool = False,
                    feedback: Optional[Feedback] = None) -> TrainingReport:
    """Write the corrections of ``store`` to the new GeoPackage ``out`` (layers ``before`` and
    ``after``), whole or not at all."""
    feedback = feedback or Feedback()
    check_target(out)
    states = lc.DECIDED_STATES if include_unvalidated else lc.VALIDATED_STATES
    items = store.review_table(_ITEM_COLUMNS)
    feedback.step(10)
    journal = store.journal_table(["item_id", "action", "related", "geometry_changed"])
    feedback.step(20)
    corrections = _corrections(items, journal, states)
    actions = _last_actions(journal)
    report = TrainingReport(out_path=out, states=list(states))
    campaign = store.campaign()
    pages = [corrections[k:k + PAGE] for k in range(0, len(corrections), PAGE)]
    try:
        with atomic_gpkg(out) as tmp:
            _create_layers(tmp, campaign.epsg, campaign.model_version, states)
            for k, page in enumerate(pages):
                feedback.check()
                before, after = _page_rows(store, items, actions, page, campaign.model_version)
                # An undone reshape leaves the polygon as the model drew it: such an item counts
                # only if its class changed.
                kept = {c.correction_id for c in page if c.class_changed or c.correction_id in after["moved"]}
                for rows, layer in ((before, BEFORE_LAYER), (after, AFTER_LAYER)):
                    _append(tmp, layer, rows, kept, f"EPSG:{campaign.epsg}")
                report.corrections += len(kept)
                report.before += int(np.isin(before["correction_id"], list(kept)).sum())
                report.after += int(np.isin(after["correction_id"], list(kept)).sum())
                report.class_changes += sum(1 for c in page if c.class_changed and c.correction_id in kept)
                report.geometry_changes += len(after["moved"] & kept)
                feedback.set_progress(20 + 80 * (k + 1) / len(pages))
            feedback.check()
    except OSError as exc:
        raise InputError(tr("Écriture de « {path} » impossible : {error}.", path=out,
                            error=exc.strerror or exc)) from None
    feedback.step(100)
    log.info("Données d'apprentissage : %s", report.summary())
    return report


def _corrections(items: Dict[str, np.ndarray], journal: Dict[str, np.ndarray], states) -> List[_Correction]:
    """The candidate corrections, by correction id; a reshaped item is confirmed when its polygons are read."""
    n = len(items["id"])
    parent, merged = items["parent_id"], items["merged_into"]
    # Items whose first polygon is in the journal: the item's own reshape or merge record
    # (a merged neighbour's or a split part's record names the item it relates to).
    own = ((journal["related"] < 0) & (journal["geometry_changed"] == 1)
           & np.isin(journal["action"].astype(str), [lc.RESHAPE, lc.MERGE]))
    reshaped = set(int(i) for i in np.unique(journal["item_id"][own]))

    # Union–find over the few items a split or a merge links; every other item stands alone.
    up: Dict[int, int] = {}
    linked = set()

    def find(i: int) -> int:
        while up.get(i, i) != i:
            up[i] = up.get(up[i], up[i])
            i = up[i]
        return i

    for k in np.flatnonzero((parent >= 0) | (merged >= 0)):
        a = int(items["id"][k])
        b = int(parent[k] if parent[k] >= 0 else merged[k])
        linked.update((a, b))
        ra, rb = find(a), find(b)
        if ra != rb:
            up[max(ra, rb)] = min(ra, rb)
    members: Dict[int, List[int]] = {}
    for i in linked:        # the review table is by id: an id's row is found by bisection
        members.setdefault(find(i), []).append(int(np.searchsorted(items["id"], i)))

    state = items["state"].astype(str)
    ok = np.isin(state, list(states))
    live = state != lc.SUPERSEDED
    changed = (items["cs_final"] != items["code_cs"]) | (items["us_final"] != items["code_us"])
    out: List[_Correction] = []
    # Items alone: a class change, or a reshape to confirm against its history.
    alone = np.ones(n, dtype=bool)
    for rows in members.values():
        alone[rows] = False
    ids_reshaped = np.isin(items["id"], list(reshaped)) if reshaped else np.zeros(n, dtype=bool)
    for k in np.flatnonzero(alone & ok & (changed | ids_reshaped)):
        i = int(items["id"][k])
        out.append(_Correction(i, [k], [k], bool(changed[k]), [i] if i in reshaped else []))
    for root, rows in members.items():
        rows = sorted(rows)
        after = [k for k in rows if live[k]]
        before = [k for k in rows if parent[k] < 0]
        if not after or not all(ok[k] for k in after):
            continue
        moved = sorted(after) != sorted(before)
        touched = [int(items["id"][k]) for k in before if int(items["id"][k]) in reshaped]
        if not (moved or touched or any(changed[k] for k in after)):
            continue
        out.append(_Correction(root, before, after, bool(any(changed[k] for k in after)), touched))
    out.sort(key=lambda c: c.correction_id)
    return out


def _page_rows(store: ReviewStore, items: Dict[str, np.ndarray], actions: Dict[str, np.ndarray],
               page: List[_Correction], model_version: str):
    """(before, after) columns of a page of corrections, polygons included; ``after["moved"]`` holds
    the ids of the corrections whose polygons changed."""
    rows = sorted({k for c in page for k in c.before + c.after})
    ids = [int(items["id"][k]) for k in rows]
    columns, wkb = store.export_items(ids)
    at = {k: j for j, k in enumerate(rows)}
    model_wkb: Dict[int, bytes] = {}
    for c in page:
        for item_id in c.reshaped:
            first = store.item_history(item_id).geom_before
            if first is not None:
                model_wkb[item_id] = first
    moved = set()
    for c in page:
        split_or_merge = sorted(c.after) != sorted(c.before)
        if split_or_merge or any(int(items["id"][k]) in model_wkb for k in c.before):
            moved.add(c.correction_id)

    def side(which: str) -> Dict[str, np.ndarray]:
        picked = [(c, k) for c in page for k in getattr(c, which)]
        j = np.array([at[k] for _, k in picked], dtype=np.int64)
        k_ = np.array([k for _, k in picked], dtype=np.int64)
        out = {"correction_id": np.array([c.correction_id for c, _ in picked], dtype=np.int64),
               "item_id": items["id"][k_].astype(np.int64),
               "source_id": columns["source_id"][j] if len(j) else np.array([], dtype=object),
               "model_version": np.full(len(picked), model_version, dtype=object),
               "model_cs": items["code_cs"][k_], "model_us": items["code_us"][k_],
               "conf_cs": columns["conf_cs"][j].astype(np.float64) if len(j) else np.zeros(0),
               "conf_us": columns["conf_us"][j].astype(np.float64) if len(j) else np.zeros(0)}
        if which == "before":
            out["geometry"] = np.array([model_wkb.get(int(items["id"][k]), wkb[at[k]]) for _, k in picked],
                                       dtype=object)
            return out
        out.update(final_cs=items["cs_final"][k_], final_us=items["us_final"][k_],
                   action=_action_of(actions, out["item_id"]), decided_at=items["decided_at"][k_],
                   state=items["state"][k_],
                   geometry_changed=np.array([c.correction_id in moved for c, _ in picked], dtype=np.int16),
                   geometry=wkb[j] if len(j) else np.array([], dtype=object))
        return out

    before, after = side("before"), side("after")
    after["moved"] = moved
    return before, after


def _last_actions(journal: Dict[str, np.ndarray]) -> Dict[str, np.ndarray]:
    """{"item_id": sorted ids, "action": each one's last decision or geometry edit}, from the journal (by seq)."""
    mask = np.isin(journal["action"].astype(str), list(lc.DECISIONS + lc.GEOMETRY_EDITS))
    ids, acts = journal["item_id"][mask][::-1], journal["action"][mask][::-1]
    unique, first = np.unique(ids, return_index=True)     # first of the reversed: the last recorded
    return {"item_id": unique, "action": acts[first]}


def _action_of(actions: Dict[str, np.ndarray], item_ids: np.ndarray) -> np.ndarray:
    """The last actions of ``item_ids`` (None for an item without one)."""
    out = np.full(len(item_ids), None, dtype=object)
    known = actions["item_id"]
    if not len(known):
        return out
    at = np.minimum(np.searchsorted(known, item_ids), len(known) - 1)
    found = known[at] == item_ids
    out[found] = actions["action"][at[found]]
    return out


# Field name → OGR type of the two layers; the geometry goes apart.
_BEFORE_FIELDS = {"correction_id": "int64", "item_id": "int64", "source_id": "str", "model_version": "str",
                  "model_cs": "str", "model_us": "str", "conf_cs": "float64", "conf_us": "float64"}
_AFTER_FIELDS = {**_BEFORE_FIELDS, "final_cs": "str", "final_us": "str", "action": "str", "decided_at": "str",
                 "state": "str", "geometry_changed": "int16"}


def _create_layers(path: str, epsg: int, model_version: str, states) -> None:
    from ..geo import GPKG_1_2, pyogrio
    meta = {"ocsge_review:model_version": model_version, "ocsge_review:states": ",".join(states)}
    for layer, fields in ((BEFORE_LAYER, _BEFORE_FIELDS), (AFTER_LAYER, _AFTER_FIELDS)):
        values = [np.zeros(0, dtype=object if kind == "str" else kind) for kind in fields.values()]
        pyogrio.raw.write(path, np.zeros(0, dtype=object), values, list(fields), layer=layer, driver="GPKG",
                          geometry_type="MultiPolygon", crs=f"EPSG:{epsg}", promote_to_multi=True,
                          layer_metadata=meta, append=os.path.exists(path),
                          dataset_options=None if os.path.exists(path) else GPKG_1_2)


def _append(path: str, layer: str, rows: Dict[str, np.ndarray], kept: set, crs: str) -> None:
    from ..geo import pyogrio
    fields = _BEFORE_FIELDS if layer == BEFORE_LAYER else _AFTER_FIELDS
    keep = np.isin(rows["correction_id"], list(kept))
    if not keep.any():
        return
    values = [_typed(rows[name][keep], kind) for name, kind in fields.items()]
    pyogrio.raw.write(path, rows["geometry"][keep], values, list(fields), layer=layer, driver="GPKG",
                      geometry_type="MultiPolygon", crs=crs, promote_to_multi=True, append=True)


def _typed(values: np.ndarray, kind: str) -> np.ndarray:
    if kind == "str":
        return np.asarray(values, dtype=object)
    return np.asarray(values).astype(kind)
