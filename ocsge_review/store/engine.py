"""The review store's transactions written once, over SQL that each backend (GeoPackage, PostGIS) renders."""
from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

import shapely

from . import lifecycle as lc
from ..errors import InputError, OcsgeError
from ..messages import tr
from . import edits
from .base import (Campaign, Decision, Edit, Item, ItemHistory, JournalRecord, LockLost, Part, Recorded, ReviewStore,
                   ToValidate)
from .opinions import OpinionStore
from .rules import (ITEM_COLUMNS, check_claim, check_reason, check_send_back_reason, check_user,
                    creation_columns, decision_action, decision_values, iso_time, merge_values, reshape,
                    split_pieces)

ITEM_READ = ("{id}, source_id, part, state, area_m2, {geom}, code_cs, code_us, cs_top1, cs_p1, cs_top2, cs_p2, "
         "cs_top3, cs_p3, us_top1, us_p1, us_top2, us_p2, us_top3, us_p3, rejection, lock_expires, parent_id, "
         "merged_into")
JOURNAL_COLUMNS = ("item_id, {user}, action, cs_before, us_before, cs_after, us_after, flag, reason, comment, "
            "active_seconds, started_at, recorded_at, model_version, undoes, geom_before, geom_after, "
            "changed_area_m2, related")


def first_geom_before(item: str) -> str:
    """The query of the polygon an item had before its first reshape or merge (``?`` twice: the two
    actions); ``item`` is the SQL expression of the item's id."""
    return ("SELECT j.geom_before FROM {journal} j WHERE j.item_id = " + item + " AND j.action IN (?, ?) "
            "AND j.related IS NULL AND j.geom_before IS NOT NULL ORDER BY j.seq LIMIT 1")


# Items read or written by id are sent this many at a time (``IN (…)``): a few round trips, not one each.
_IDS_CHUNK = 500


def _chunks(item_ids: Sequence[int]) -> List[list]:
    ids = list(item_ids)
    return [ids[start:start + _IDS_CHUNK] for start in range(0, len(ids), _IDS_CHUNK)]


def _marks(chunk: Sequence[int]) -> str:
    return ", ".join("?" * len(chunk))


def no_such_item(item_id: int) -> InputError:
    return InputError(tr("L'élément {item_id} n'existe pas dans cette campagne.", item_id=item_id))


class SqlStore(OpinionStore, ReviewStore):
    """Claims, decisions, geometry corrections, undo, validation and sync over one SQL vocabulary.

    Queries are written with ``?`` parameters and these names, which a backend's
    ``_q`` renders: ``{items}`` and ``{journal}`` (tables), ``{id}`` (the item key),
    ``{geom}`` (an item's polygon as the backend returns it; ``_wkb`` makes it WKB),
    ``{user}`` (the journal's user column), ``{opinions}`` (second opinions), ``{campaign}``
    (a condition keeping this store's campaign only) and ``{lock}`` / ``{skip_locked}`` (row locks of a
    server database; nothing in SQLite, where a write transaction holds the file).
    """

    _campaign: Campaign

    # --- what a backend provides -------------------------------------------------
    def _q(self, c, query: str, args: Sequence = ()):
        """Execute ``query`` (rendered for this backend) on ``c``; returns the cursor."""
        raise NotImplementedError

    def _tx(self, work):
        """``work(c)`` in one write transaction: all of it is recorded, or nothing."""
        raise NotImplementedError

    def _read(self, work):
        return self._tx(work)

    def _wkb(self, value) -> bytes:
        return bytes(value)

    def _set_geometry(self, c, item_id: int, geom, wkb: bytes) -> None:
        raise NotImplementedError

    def _insert_part(self, c, original: int, geom, wkb: bytes, source_id: str, user: str, now: float,
                     cs: str, us: str) -> int:
        """A split part of ``original``, decided by ``user``; returns its id."""
        raise NotImplementedError

    def _append(self, c, values: tuple) -> int:
        """Append a journal record (``values`` in JOURNAL_COLUMNS' order); returns its seq."""
        raise NotImplementedError

    def _touching_boxes(self, c, item_id: int, geom) -> List[tuple]:
        """(id, geom) of the items, not superseded, whose bounding boxes touch ``geom``'s."""
        raise NotImplementedError

    def _in_box(self, bbox) -> Tuple[str, tuple]:
        """(SQL condition, its parameters) keeping the items whose bounding box meets ``bbox``."""
        raise NotImplementedError

    # --- shared -------------------------------------------------------------------
    def campaign(self) -> Campaign:
        return self._campaign

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def _journal(self, c, item_id, user, action, cs_before, us_before, cs_after, us_after, *,
                 now: float, flag=None, reason=None, comment=None, active_seconds=0.0, started_at=None,
                 undoes=None, geom_before=None, geom_after=None, changed_area_m2=0.0, related=None) -> int:
        return self._append(c, (item_id, user, action, cs_before, us_before, cs_after, us_after, flag, reason,
                                comment, float(active_seconds or 0.0),
                                iso_time(started_at) if started_at else None, iso_time(now),
                                self._campaign.model_version, undoes, geom_before, geom_after,
                                float(changed_area_m2), related))

    def _row(self, c, item_id: int, columns: str, lock: bool = True):
        """An item's ``columns``; in a server database, locked until the transaction ends."""
        row = self._q(c, f"SELECT {columns} FROM {{items}} WHERE {{id}} = ? AND {{campaign}}"
                         + (" {lock}" if lock else ""), (item_id,)).fetchone()
        if row is None:
            raise no_such_item(item_id)
        return row

    # --- interpreter ------------------------------------------------------------
    def claim_next(self, user: str) -> Optional[Item]:
        user = check_user(user)

        def work(c):
            now = self._clock()
            # Rows another claim is taking are skipped, never waited for: two
            # interpreters asking at once get two different items.
            row = self._q(c, "SELECT {id} FROM {items} WHERE {campaign} AND state = 'claimed' AND claimed_by = ? "
                             "LIMIT 1 {skip_locked}", (user,)).fetchone()
            if row is None:
                row = self._q(c, "SELECT {id} FROM {items} WHERE {campaign} AND state = 'rejected' "
                                 "AND decided_by = ? ORDER BY rank, {id} LIMIT 1 {skip_locked}", (user,)).fetchone()
            if row is None:
                pending = self._q(c, "SELECT {id}, rank FROM {items} WHERE {campaign} AND state = 'pending' "
                                     "AND (skipped_by IS NULL OR skipped_by <> ?) ORDER BY rank, {id} LIMIT 1 "
                                     "{skip_locked}", (user,)).fetchone()
                expired = self._q(c, "SELECT {id}, rank FROM {items} WHERE {campaign} AND state = 'claimed' "
                                     "AND lock_expires < ? ORDER BY rank, {id} LIMIT 1 {skip_locked}",
                                  (now,)).fetchone()
                candidates = [r for r in (pending, expired) if r is not None]
                row = min(candidates, key=lambda r: (r[1] is None, r[1] or 0.0, r[0])) if candidates else None
            if row is None:
                return None
            self._q(c, "UPDATE {items} SET state = ?, claimed_by = ?, lock_expires = ? WHERE {id} = ?",
                    (lc.CLAIMED, user, now + self._campaign.lock_seconds, row[0]))
            return self._item(c, row[0])
        return self._tx(work)

    def item(self, item_id: int) -> Item:
        return self._read(lambda c: self._item(c, item_id))

    def _item(self, c, item_id: int) -> Item:
        return self._item_from(self._row(c, item_id, ITEM_READ, lock=False))

    def _item_from(self, row) -> Item:
        """The Item of a row of ``ITEM_READ``'s columns; blind for an audit item."""
        blind = row[2] == "audit"
        item = Item(id=row[0], source_id=row[1], part=row[2], state=row[3], area_m2=row[4],
                    wkb=self._wkb(row[5]), blind=blind, rejection=row[20], lock_expires=row[21] or 0.0,
                    parent_id=row[22], merged_into=row[23])
        if not blind:
            item.code_cs, item.code_us = row[6], row[7]
            item.proposals_cs = [(row[i], row[i + 1]) for i in (8, 10, 12) if row[i]]
            item.proposals_us = [(row[i], row[i + 1]) for i in (14, 16, 18) if row[i]]
        return item

    def heartbeat(self, item_id: int, user: str) -> float:
        user = check_user(user)

        def work(c):
            self._own_claim(c, item_id, user, None)
            expires = self._clock() + self._campaign.lock_seconds
            self._q(c, "UPDATE {items} SET lock_expires = ? WHERE {id} = ?", (expires, item_id))
            return expires
        return self._tx(work)

    def release(self, item_id: int, user: str) -> None:
        user = check_user(user)

        def work(c):
            state, _ = self._own_claim(c, item_id, user, lc.RELEASE)
            lc.next_state(state, lc.RELEASE, item_id)
            self._q(c, "UPDATE {items} SET state = ?, claimed_by = NULL, lock_expires = NULL, skipped_by = ? "
                       "WHERE {id} = ?", (lc.PENDING, user, item_id))
        self._tx(work)

    def _own_claim(self, c, item_id: int, user: str, action: Optional[str], columns: str = ""):
        """(state, claimed_by, *columns) of an item ``user`` may act on; the refusal says why."""
        state, owner, *rest = self._row(c, item_id, "state, claimed_by" + (", " + columns if columns else ""))
        check_claim(item_id, user, action, state, owner)
        return (state, owner, *rest)

    def decide(self, decision: Decision) -> Recorded:
        user, cs, us, new = decision_values(decision, self._campaign.epsg)

        def work(c):
            # The polygon is read only for a reshape: a plain decision stays one small row.
            state, _, part, model_cs, model_us, area, *old = self._own_claim(
                c, decision.item_id, user, decision.action or lc.CONFIRM,
                "part, code_cs, code_us, area_m2" + (", {geom}" if new is not None else ""))
            derived = decision_action(decision, cs, us, model_cs, model_us)
            class_changed = (cs, us) != (model_cs, model_us)
            geoms = {}
            if new is None:
                action, changed = derived, (area or 0.0) if class_changed else 0.0
            else:
                edits.refuse_audit(part, decision.item_id)
                before = self._wkb(old[0])
                action, changed = lc.RESHAPE, reshape(decision.item_id, shapely.from_wkb(before), new, class_changed)
                geoms = dict(geom_before=before, geom_after=edits.wkb(new))
            lc.next_state(state, action, decision.item_id)
            now = self._clock()
            seq = self._journal(c, decision.item_id, user, action, model_cs, model_us, cs, us,
                                flag=decision.flag, comment=decision.comment,
                                active_seconds=decision.active_seconds, started_at=decision.started_at,
                                now=now, changed_area_m2=changed, **geoms)
            self._mark_decided(c, decision.item_id, lc.DECIDED, user, now, cs, us, decision.flag)
            if geoms:
                self._set_geometry(c, decision.item_id, new, geoms["geom_after"])
            return Recorded(seq, action)
        return self._tx(work)

    def split(self, item_id: int, user: str, parts: Sequence[Part], *, comment: Optional[str] = None,
              active_seconds: float = 0.0, started_at: Optional[float] = None) -> List[int]:
        user = check_user(user)
        pieces = split_pieces(item_id, parts, self._campaign.epsg)

        def work(c):
            state, _, part, model_cs, model_us, geom, source_id = self._own_claim(
                c, item_id, user, lc.SPLIT, "part, code_cs, code_us, {geom}, source_id")
            lc.next_state(state, lc.SPLIT, item_id)
            edits.refuse_audit(part, item_id)
            before = self._wkb(geom)
            edits.check_cover(item_id, shapely.from_wkb(before), [g for g, _, _ in pieces])
            now = self._clock()
            changed = sum(g.area for g, cs, us in pieces if (cs, us) != (model_cs, model_us))
            self._journal(c, item_id, user, lc.SPLIT, model_cs, model_us, None, None, comment=comment,
                          active_seconds=active_seconds, started_at=started_at, now=now,
                          geom_before=before, changed_area_m2=changed)
            self._mark_decided(c, item_id, lc.SUPERSEDED, user, now, None, None)
            # Parts of an undone split keep their source ids: number on after them.
            earlier = self._q(c, "SELECT COUNT(*) FROM {items} WHERE parent_id = ?", (item_id,)).fetchone()[0]
            ids = []
            for k, (piece, cs, us) in enumerate(pieces, earlier + 1):
                wkb = edits.wkb(piece)
                new_id = self._insert_part(c, item_id, piece, wkb, f"{source_id}/{k}", user, now, cs, us)
                self._journal(c, new_id, user, lc.SPLIT, model_cs, model_us, cs, us, now=now,
                              geom_after=wkb, related=item_id)
                ids.append(new_id)
            return ids
        return self._tx(work)

    def merge(self, item_id: int, user: str, others: Sequence[int], code_cs: str, code_us: str, *,
              comment: Optional[str] = None, active_seconds: float = 0.0,
              started_at: Optional[float] = None) -> int:
        user = check_user(user)
        cs, us, others = merge_values(item_id, others, code_cs, code_us)

        def work(c):
            state, _ = self._own_claim(c, item_id, user, lc.MERGE)
            lc.next_state(state, lc.MERGE, item_id)
            rows = {}
            for fid in (item_id, *others):
                fid_state, part, model_cs, model_us, geom = self._row(
                    c, fid, "state, part, code_cs, code_us, {geom}")
                rows[fid] = (fid_state, part, model_cs, model_us, self._wkb(geom))
                edits.refuse_audit(part, fid)
                if fid != item_id:
                    lc.next_state(fid_state, lc.ABSORB, fid)
            geoms = {fid: shapely.from_wkb(row[4]) for fid, row in rows.items()}
            union = edits.merged(item_id, geoms[item_id], {o: geoms[o] for o in others})
            changed = sum(geoms[fid].area for fid, row in rows.items() if (row[2], row[3]) != (cs, us))
            now = self._clock()
            after = edits.wkb(union)
            seq = self._journal(c, item_id, user, lc.MERGE, *rows[item_id][2:4], cs, us, comment=comment,
                                active_seconds=active_seconds, started_at=started_at, now=now,
                                geom_before=rows[item_id][4], geom_after=after, changed_area_m2=changed)
            self._mark_decided(c, item_id, lc.DECIDED, user, now, cs, us)
            self._set_geometry(c, item_id, union, after)
            for o in others:
                self._journal(c, o, user, lc.MERGE, *rows[o][2:4], cs, us, now=now, geom_before=rows[o][4],
                              related=item_id)
                self._q(c, "UPDATE {items} SET state = ?, merged_into = ?, claimed_by = NULL, lock_expires = NULL "
                           "WHERE {id} = ?", (lc.SUPERSEDED, item_id, o))
            return seq
        return self._tx(work)

    def neighbours(self, item_id: int) -> List[int]:
        def work(c):
            geom = shapely.from_wkb(self._wkb(self._row(c, item_id, "{geom}", lock=False)[0]))
            return geom, self._touching_boxes(c, item_id, geom)
        geom, rows = self._read(work)
        if not rows:
            return []
        touching = edits.shares_edge(geom, shapely.from_wkb([self._wkb(g) for _, g in rows]))
        return sorted(fid for (fid, _), ok in zip(rows, touching) if ok)

    def undo(self, item_id: int, user: str) -> int:
        user = check_user(user)

        def work(c):
            state, decider, cs_final, us_final, model_cs, model_us, parent, merged_into, geom = self._row(
                c, item_id, "state, decided_by, cs_final, us_final, code_cs, code_us, parent_id, merged_into, {geom}")
            if merged_into is not None:
                raise OcsgeError(tr("L'élément {item_id} a été fusionné dans l'élément {merged_into} : annulez la "
                                    "fusion depuis l'élément {merged_into}.",
                                    item_id=item_id, merged_into=merged_into))
            last = self._q(c, "SELECT seq, action, geom_before, related FROM {journal} WHERE item_id = ? "
                              "AND action IN (?, ?, ?, ?, ?, ?) ORDER BY seq DESC LIMIT 1",
                           (item_id, *lc.DECISIONS, *lc.GEOMETRY_EDITS)).fetchone()
            undone, action, geom_before, related = last or (None, None, None, None)
            if related is not None:
                raise OcsgeError(tr("L'élément {item_id} est une partie du découpage de l'élément {parent} : "
                                    "annulez le découpage depuis l'élément {parent}.",
                                    item_id=item_id, parent=parent))
            lc.next_state(state, lc.UNDO, item_id)
            if decider != user:
                raise LockLost(tr("L'élément {item_id} a été décidé par {decider} : seul lui peut annuler.",
                                  item_id=item_id, decider=decider))
            # The parts of the split, or the neighbours of the merge, being undone.
            followers = self._q(c, "SELECT item_id, seq FROM {journal} WHERE related = ? AND action = ? "
                                   "AND seq > ? ORDER BY seq", (item_id, action, undone)).fetchall() \
                if action in (lc.SPLIT, lc.MERGE) else []
            if action == lc.SPLIT:
                for part, _ in followers:
                    part_state = self._row(c, part, "state")[0]
                    if not lc.allowed(part_state, lc.RETIRE):
                        raise OcsgeError(tr("Impossible d'annuler le découpage de l'élément {item_id} : l'élément "
                                            "{part}, qui en est issu, est {state}.",
                                            item_id=item_id, part=part, state=lc.state_words(part_state)))
            geoms = {}
            if action in (lc.MERGE, lc.RESHAPE):
                geoms = dict(geom_before=self._wkb(geom), geom_after=bytes(geom_before))
            now = self._clock()
            seq = self._journal(c, item_id, user, lc.UNDO, cs_final, us_final, model_cs, model_us,
                                undoes=undone, now=now, **geoms)
            self._q(c, "UPDATE {items} SET state = ?, claimed_by = ?, lock_expires = ?, decided_by = NULL, "
                       "decided_at = NULL, cs_final = NULL, us_final = NULL, flag = NULL WHERE {id} = ?",
                    (lc.CLAIMED, user, now + self._campaign.lock_seconds, item_id))
            if geoms:
                self._set_geometry(c, item_id, shapely.from_wkb(geoms["geom_after"]), geoms["geom_after"])
            for other, other_undone in followers:
                o_state, o_part, o_cs, o_us, o_model_cs, o_model_us = self._row(
                    c, other, "state, part, cs_final, us_final, code_cs, code_us")
                if action == lc.SPLIT:
                    back, before, after = lc.next_state(o_state, lc.RETIRE, other), (o_cs, o_us), (None, None)
                else:
                    back, before, after = lc.initial_state(o_part), (cs_final, us_final), (o_model_cs, o_model_us)
                self._journal(c, other, user, lc.UNDO, *before, *after, undoes=other_undone, related=item_id,
                              now=now)
                self._q(c, "UPDATE {items} SET state = ?, merged_into = NULL WHERE {id} = ?", (back, other))
            return seq
        return self._tx(work)

    def _mark_decided(self, c, item_id: int, state: str, user: str, now: float, cs, us, flag=None) -> None:
        self._q(c, "UPDATE {items} SET state = ?, decided_by = ?, decided_at = ?, cs_final = ?, us_final = ?, "
                   "flag = ?, claimed_by = NULL, lock_expires = NULL, rejection = NULL WHERE {id} = ?",
                (state, user, iso_time(now), cs, us, flag, item_id))

    # --- validator --------------------------------------------------------------
    def validate(self, item_id: int, validator: str, approve: bool,
                 reason: Optional[str] = None, comment: Optional[str] = None) -> int:
        validator = check_user(validator)
        check_reason(approve, reason)
        return self._tx(lambda c: self._judge(c, item_id, validator, approve, reason, comment))

    def _judge(self, c, item_id: int, validator: str, approve: bool, reason: Optional[str],
               comment: Optional[str]) -> int:
        """One approval or rejection inside transaction ``c``; every check comes before any write."""
        state, decider, cs, us = self._row(c, item_id, "state, decided_by, cs_final, us_final")
        action = lc.APPROVE if approve else lc.REJECT
        new_state = lc.next_state(state, action, item_id)
        if decider == validator:
            raise OcsgeError(tr("Vous ne pouvez pas valider votre propre décision (élément {item_id}).",
                                item_id=item_id))
        seq = self._journal(c, item_id, validator, action, cs, us, cs, us, reason=reason,
                            comment=comment, now=self._clock())
        # The journal keeps the reason and the comment apart (statistics group by reason); the
        # interpreter is shown both, reason first, on the returned item.
        shown = None if approve else reason + (f" — {comment}" if comment and comment.strip() else "")
        self._q(c, "UPDATE {items} SET state = ?, validated_by = ?, rejection = ? WHERE {id} = ?",
                (new_state, validator, shown, item_id))
        return seq

    # A bulk approval writes this many items per transaction: one commit instead of one per item,
    # and a transaction short enough not to hold the rows' locks for long.
    _APPROVE_CHUNK = 500

    def approve_many(self, item_ids: Sequence[int], validator: str,
                     comment: Optional[str] = None) -> Tuple[List[int], Dict[int, str]]:
        validator = check_user(validator)
        approved: List[int] = []
        refused: Dict[int, str] = {}
        ids = [int(i) for i in item_ids]
        for start in range(0, len(ids), self._APPROVE_CHUNK):
            chunk = ids[start:start + self._APPROVE_CHUNK]

            def work(c):
                done, why = [], {}
                for item_id in chunk:
                    try:
                        self._judge(c, item_id, validator, True, None, comment)
                    except OcsgeError as exc:   # raised by a check, before this item wrote anything
                        why[item_id] = str(exc)
                        continue
                    done.append(item_id)
                return done, why
            try:
                done, why = self._tx(work)
            except OcsgeError as exc:
                # The database itself refused (a server store's policy or trigger, a lost connection):
                # that chunk was undone as a whole, the others stand.
                done, why = [], {item_id: str(exc) for item_id in chunk}
            approved += done
            refused.update(why)
        return approved, refused

    def awaiting_validation(self) -> List[ToValidate]:
        def work(c):
            rows = self._q(c, "SELECT {id}, source_id, part, decided_by, decided_at, code_cs, code_us, cs_final, "
                              "us_final, flag, conf_cs, conf_us, area_m2 FROM {items} WHERE {campaign} "
                              "AND state = ? ORDER BY decided_at, {id}", (lc.DECIDED,)).fetchall()
            last = {}
            # By seq: the last decision of an item overwrites its earlier ones (decided again after an
            # undo or a rejection).
            for item_id, action, comment in self._q(
                    c, "SELECT item_id, action, comment FROM {journal} WHERE {campaign} AND action IN "
                       "(?, ?, ?, ?, ?, ?) AND item_id IN (SELECT {id} FROM {items} WHERE {campaign} AND state = ?) "
                       "ORDER BY seq", (*lc.DECISIONS, *lc.GEOMETRY_EDITS, lc.DECIDED)).fetchall():
                last[item_id] = (action, comment)
            return rows, last
        rows, last = self._read(work)
        out = []
        for fid, source_id, part, decider, decided_at, model_cs, model_us, cs, us, flag, conf_cs, conf_us, area \
                in rows:
            action, comment = last.get(fid, (lc.FLAG if flag else lc.CONFIRM, None))
            out.append(ToValidate(item_id=fid, source_id=source_id, part=part, decided_by=decider,
                                  decided_at=decided_at or "", action=action, model_cs=model_cs, model_us=model_us,
                                  code_cs=cs, code_us=us, flag=flag, comment=comment,
                                  conf_cs=float("nan") if conf_cs is None else float(conf_cs),
                                  conf_us=float("nan") if conf_us is None else float(conf_us),
                                  area_m2=float(area or 0.0)))
        return out

    def item_history(self, item_id: int) -> ItemHistory:
        def work(c):
            geom, parent = self._row(c, item_id, "{geom}, parent_id", lock=False)
            # A split part: before, the polygon that was cut (the original keeps it). The journal
            # holds plain WKB, the items their backend's geometry.
            if parent is not None:
                return geom, self._wkb(self._row(c, parent, "{geom}", lock=False)[0])
            return geom, self._first_geom_before(c, item_id)
        geom, before = self._read(work)
        after = self._wkb(geom)
        if before is not None:
            if shapely.equals(shapely.from_wkb(before), shapely.from_wkb(after)):    # edited, then undone
                before = None
        return ItemHistory(geom_before=before, geom_after=after)

    def _first_geom_before(self, c, item_id: int) -> Optional[bytes]:
        """The polygon (WKB) item ``item_id`` had before its first reshape or merge; None if it had none."""
        first = self._q(c, first_geom_before("?"), (item_id, lc.RESHAPE, lc.MERGE)).fetchone()
        return None if first is None else bytes(first[0])

    # --- sync to production ----------------------------------------------------------
    def validated_edits(self, after_id: int = 0, limit: Optional[int] = None) -> List[Edit]:
        return self._read(lambda c: self._validated_edits(c, after_id, limit))

    # Validated items are read by pages of this many; parts waiting for the rest of their split are
    # passed over and the reading goes on, so a page of waiting parts never ends a sync early.
    _EDIT_PAGE = 2000

    def _validated_edits(self, c, after_id: int, limit: Optional[int]) -> List[Edit]:
        out: List[Edit] = []
        while True:
            page = self._edit_page(c, after_id, self._EDIT_PAGE if limit is None else max(int(limit), 1))
            if not page:
                return out
            for edit, waiting in page:
                after_id = edit.item_id
                if waiting:
                    continue
                out.append(edit)
                if limit is not None and len(out) >= limit:
                    return out

    def _edit_page(self, c, after_id: int, size: int) -> List[Tuple[Edit, bool]]:
        """Validated items with ``id > after_id``, by id, at most ``size``: (edit, waiting), where
        waiting says that some part of its split (anywhere in the split's tree: parts of parts
        too) is not validated yet — production replaces the original by all its parts at once."""
        rows = self._q(c, "SELECT {id}, source_id, cs_final, us_final, code_cs, code_us, {geom}, parent_id, "
                          "decided_by, validated_by FROM {items} WHERE {campaign} AND state = 'validated' "
                          "AND {id} > ? ORDER BY {id} LIMIT ?", (after_id, size)).fetchall()
        out = []
        for fid, source_id, cs, us, model_cs, model_us, geom, parent, decider, validator in rows:
            root, waiting = None, False
            if parent is not None:
                top = parent
                while True:     # a part of a part: production knows only the first original
                    up = self._row(c, top, "parent_id", lock=False)[0]
                    if up is None:
                        break
                    top = up
                root = self._row(c, top, "source_id", lock=False)[0]
                waiting = self._split_waiting(c, top)
            wkb = self._wkb(geom)
            first = self._first_geom_before(c, fid)
            approval = self._q(c, "SELECT seq, recorded_at FROM {journal} WHERE item_id = ? AND action = ? "
                                  "ORDER BY seq DESC LIMIT 1", (fid, lc.APPROVE)).fetchone()
            if approval is None:
                raise OcsgeError(tr("L'élément {fid} est validé sans approbation au journal : il ne peut pas être "
                                    "synchronisé ; faites-le revalider.", fid=fid))
            absorbed = [r[0] for r in self._q(c, "SELECT source_id FROM {items} WHERE merged_into = ? ORDER BY {id}",
                                              (fid,)).fetchall()]
            out.append((Edit(item_id=fid, source_id=source_id, code_cs=cs, code_us=us, model_cs=model_cs,
                             model_us=model_us, wkb=wkb,
                             geometry_changed=parent is not None or (first is not None and first != wkb),
                             parent_source_id=root, absorbed=absorbed, decided_by=decider,
                             validated_by=validator, validated_at=approval[1], approval_seq=approval[0]),
                        waiting))
        return out

    def _split_waiting(self, c, original: int) -> bool:
        """Is some live part of ``original``'s split tree not validated (nor synced) yet?"""
        frontier = [original]
        while frontier:
            children = []
            for parent in frontier:
                for child, state in self._q(c, "SELECT {id}, state FROM {items} WHERE parent_id = ?",
                                            (parent,)).fetchall():
                    if state not in (lc.VALIDATED, lc.SYNCED, lc.SUPERSEDED):
                        return True
                    children.append(child)
            frontier = children
        return False

    def mark_synced(self, item_ids: Sequence[int], user: str, comment: Optional[str] = None) -> None:
        user = check_user(user)

        def work(c):
            now = self._clock()
            for item_id in item_ids:
                state, cs, us = self._row(c, item_id, "state, cs_final, us_final")
                new_state = lc.next_state(state, lc.SYNC, item_id)
                self._journal(c, item_id, user, lc.SYNC, cs, us, cs, us, comment=comment, now=now)
                self._q(c, "UPDATE {items} SET state = ? WHERE {id} = ?", (new_state, item_id))
        self._tx(work)

    def send_back(self, item_id: int, user: str, reason: str) -> int:
        user = check_user(user)
        check_send_back_reason(reason)

        def work(c):
            state, cs, us = self._row(c, item_id, "state, cs_final, us_final")
            new_state = lc.next_state(state, lc.SEND_BACK, item_id)
            seq = self._journal(c, item_id, user, lc.SEND_BACK, cs, us, cs, us, reason=reason, now=self._clock())
            self._q(c, "UPDATE {items} SET state = ?, rejection = ? WHERE {id} = ?", (new_state, reason, item_id))
            return seq
        return self._tx(work)

    # --- journal and figures -----------------------------------------------------
    # --- sync base and offline work ----------------------------------------------------------
    def source_ids(self) -> List[str]:
        return self._read(lambda c: [r[0] for r in self._q(
            c, "SELECT source_id FROM {items} WHERE {campaign} ORDER BY {id}").fetchall()])

    def reserve(self, user: str, area=None, limit: Optional[int] = None,
                seconds: float = 7 * 86400) -> List[int]:
        user = check_user(user)

        def work(c):
            where, args = "", ()
            if area is not None:
                condition, args = self._in_box(area.bbox)
                where = " AND " + condition
            # Without an area, only the items taken are read (and locked); with one, the candidates in
            # its bounding box, then the exact rule (a point on the surface inside) picks.
            last = " LIMIT ?" if area is None and limit is not None else ""
            rows = self._q(c, "SELECT {id}, {geom} FROM {items} WHERE {campaign} AND (state = ? OR (state = ? "
                              f"AND decided_by = ?)){where} ORDER BY rank, {{id}}{last} {{skip_locked}}",
                           (lc.PENDING, lc.REJECTED, user, *args, *([int(limit)] if last else []))).fetchall()
            if area is not None and rows:
                inside = area.mask(shapely.from_wkb([self._wkb(g) for _, g in rows]))
                rows = [r for r, ok in zip(rows, inside) if ok]
            ids = [r[0] for r in rows[:limit]]
            expires = self._clock() + seconds
            for item_id in ids:
                self._q(c, "UPDATE {items} SET state = ?, claimed_by = ?, lock_expires = ? WHERE {id} = ?",
                        (lc.CLAIMED, user, expires, item_id))
            return ids
        return self._tx(work)

    def give_back(self, item_ids: Sequence[int], user: str) -> int:
        user = check_user(user)

        def work(c):
            return sum(len(self._q(c, "UPDATE {items} SET state = CASE WHEN decided_by = ? THEN ? ELSE ? END, "
                                      "claimed_by = NULL, lock_expires = NULL WHERE {campaign} AND {id} IN ("
                                      + _marks(chunk) + ") AND state = ? AND claimed_by = ? RETURNING {id}",
                                   (user, lc.REJECTED, lc.PENDING, *chunk, lc.CLAIMED, user)).fetchall())
                       for chunk in _chunks(item_ids))
        return self._tx(work)

    def export_items(self, item_ids: Sequence[int]):
        columns = ", ".join(f'"{c}"' for c in ITEM_COLUMNS)

        def work(c):
            rows = []
            for chunk in _chunks(item_ids):
                found = {r[0]: r[1:] for r in self._q(c, f"SELECT {{id}}, {columns}, {{geom}} FROM {{items}} "
                                                         f"WHERE {{campaign}} AND {{id}} IN ({_marks(chunk)})",
                                                      chunk).fetchall()}
                for item_id in chunk:           # in the order asked (checkout relies on it)
                    if item_id not in found:
                        raise no_such_item(item_id)
                    rows.append(found[item_id])
            return rows
        rows = self._read(work)
        return creation_columns(rows), np.array([self._wkb(r[-1]) for r in rows], dtype=object)

    def journal(self, item_id: Optional[int] = None) -> List[JournalRecord]:
        query = ("SELECT seq, " + JOURNAL_COLUMNS.replace("geom_before, geom_after", "geom_before IS NOT NULL OR "
                                                   "geom_after IS NOT NULL") + " FROM {journal} WHERE {campaign}")
        args: tuple = ()
        if item_id is not None:
            query += " AND item_id = ?"
            args = (item_id,)
        rows = self._read(lambda c: self._q(c, query + " ORDER BY seq", args).fetchall())
        return [JournalRecord(*r[:16], geometry_changed=bool(r[16]), changed_area_m2=r[17], related=r[18])
                for r in rows]

    @staticmethod
    def _figures(rows) -> Dict[str, Dict[str, Dict[str, float]]]:
        """counts() from (part, state, n, area m²) rows."""
        out: Dict[str, Dict[str, Dict[str, float]]] = {}
        for part, state, n, area in rows:
            out.setdefault(part, {})[state] = {"count": n, "area_km2": area / 1e6}
        return out
