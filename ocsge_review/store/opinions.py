"""Second opinions in the review store: a drawn sample of reviewed items answered blind by another person."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from . import lifecycle as lc
from ..ocsge import nomenclature as nom
from ..errors import InputError, OcsgeError
from ..messages import tr
from .base import Item, LockLost
from .rules import check_user, iso_time

# Reviewed items a second opinion may be drawn from (an interpreter's decision stands on them), by
# stratum of a draw: the queue is sampled, the blind audit sample taken whole (its answers are the
# reference of the auto-accepted polygons, so each is checked).
REVIEWED = ("queue", "audit")


@dataclass
class Frame:
    """The reviewed items of one part a draw is made from: their ids (by id) and total area in m²."""
    ids: List[int]
    area_m2: float
OPINION_COLUMNS = ("id", "item_id", "draw", "stratum", "frame_size", "frame_area_m2", "seed", "drawn_at", "drawn_by", "state",
                   "claimed_by", "lock_expires", "first_by", "first_cs", "first_us", "answered_by", "answered_at", "code_cs",
                   "code_us", "settled_by", "settled_at", "verdict_cs", "verdict_us", "comment")


@dataclass
class SecondOpinion:
    """One drawn item: its draw (frame_size reviewed items, drawn_at), the delivered decision it was
    compared with (first_*), the blind answer (code_*), and a validator's verdict on a disagreement."""
    id: int
    item_id: int
    draw: int
    stratum: str            # the part its frame was of: "queue" (sampled) or "audit" (taken whole)
    frame_size: int
    frame_area_m2: float
    seed: Optional[int]
    drawn_at: str
    drawn_by: str
    state: str
    claimed_by: Optional[str]
    lock_expires: Optional[float]
    first_by: Optional[str]
    first_cs: Optional[str]
    first_us: Optional[str]
    answered_by: Optional[str]
    answered_at: Optional[str]
    code_cs: Optional[str]
    code_us: Optional[str]
    settled_by: Optional[str]
    settled_at: Optional[str]
    verdict_cs: Optional[str]
    verdict_us: Optional[str]
    comment: Optional[str]

    @property
    def reference(self) -> Optional[Tuple[str, str]]:
        """The reference (cs, us): the agreed answer, or the validator's verdict; None while unresolved."""
        if self.state == lc.AGREED:
            return self.code_cs, self.code_us
        if self.state == lc.SETTLED:
            return self.verdict_cs, self.verdict_us
        return None


def _no_opinion(item_id: int) -> InputError:
    return InputError(tr("L'élément {item_id} n'a pas été tiré pour un second avis.", item_id=item_id))


class OpinionStore:
    """The second-opinion transactions over the engine's SQL vocabulary (``{opinions}`` is the table)."""

    def _opinion_keys(self) -> Tuple[str, tuple]:
        """(columns, values) a backend adds to every second-opinion row it inserts (PostGIS: campaign, département)."""
        return "", ()

    def opinion_frame(self) -> Tuple[Dict[str, Frame], str, int]:
        """({part: Frame}, as of, draw number): the reviewed items a new draw is made from, decided (or
        validated, synced) since the last draw's frames were read and never drawn, by part of REVIEWED."""
        def work(c):
            last, draw = self._q(c, "SELECT MAX(drawn_at), COALESCE(MAX(draw), 0) FROM {opinions} "
                                    "WHERE {campaign}").fetchone()
            now = iso_time(self._clock())
            since = " AND decided_at > ?" if last else ""
            rows = self._q(
                c, "SELECT {id}, area_m2, part FROM {items} WHERE {campaign} AND part IN (?, ?) AND state IN (?, ?, ?) "
                   "AND decided_by IS NOT NULL AND decided_at <= ?" + since + " AND {id} NOT IN "
                   "(SELECT item_id FROM {opinions} WHERE {campaign}) ORDER BY {id}",
                (*REVIEWED, *lc.DECIDED_STATES, now, *([last] if last else []))).fetchall()
            frames = {part: Frame([r[0] for r in rows if r[2] == part],
                                  float(sum(r[1] or 0.0 for r in rows if r[2] == part))) for part in REVIEWED}
            return frames, now, int(draw) + 1
        return self._read(work)

    def add_opinions(self, drawn: Dict[str, Tuple[Sequence[int], Frame]], draw: int, as_of: str,
                     seed: Optional[int], user: str) -> int:
        """Record a draw: per stratum, the item ids drawn from its Frame (read ``as_of``), which now wait
        for a second opinion; returns how many."""
        user = check_user(user)
        keys, key_values = self._opinion_keys()

        def work(c):
            if self._q(c, "SELECT 1 FROM {opinions} WHERE {campaign} AND draw = ?", (draw,)).fetchone():
                raise OcsgeError(tr("Un autre tirage de seconds avis vient d'être fait : relancez la commande."))
            for stratum, (item_ids, frame) in drawn.items():
                for item_id in item_ids:
                    first_by, = self._row(c, int(item_id), "decided_by")
                    self._q(c, f"INSERT INTO {{opinions}} ({keys}item_id, draw, stratum, frame_size, frame_area_m2, "
                               "seed, drawn_at, drawn_by, state, first_by) VALUES "
                               f"({', '.join('?' * (len(key_values) + 10))})",
                            (*key_values, int(item_id), int(draw), stratum, len(frame.ids), frame.area_m2, seed,
                             as_of, user, lc.PENDING, first_by))
            return sum(len(ids) for ids, _ in drawn.values())
        return self._tx(work)

    def claim_opinion(self, user: str) -> Optional[Item]:
        """The next second opinion ``user`` may give (their own claimed one first), served blind:
        neither the model's proposal nor the first decision; None when there is none."""
        user = check_user(user)

        def work(c):
            now = self._clock()
            row = self._q(c, "SELECT item_id FROM {opinions} WHERE {campaign} AND state = ? AND claimed_by = ? "
                             "LIMIT 1 {skip_locked}", (lc.CLAIMED, user)).fetchone()
            if row is None:
                row = self._q(c, "SELECT item_id FROM {opinions} WHERE {campaign} AND (state = ? OR (state = ? "
                                 "AND lock_expires < ?)) AND (first_by IS NULL OR first_by <> ?) "
                                 "AND (skipped_by IS NULL OR skipped_by <> ?) ORDER BY id LIMIT 1 {skip_locked}",
                              (lc.PENDING, lc.CLAIMED, now, user, user)).fetchone()
            if row is None:
                return None
            self._q(c, "UPDATE {opinions} SET state = ?, claimed_by = ?, lock_expires = ? WHERE item_id = ?",
                    (lc.CLAIMED, user, now + self._campaign.lock_seconds, row[0]))
            item = self._item(c, row[0])
            item.part, item.state, item.blind = "second", lc.CLAIMED, True
            item.code_cs = item.code_us = None
            item.proposals_cs, item.proposals_us = [], []
            item.rejection, item.lock_expires = None, now + self._campaign.lock_seconds
            return item
        return self._tx(work)

    def _own_opinion(self, c, item_id: int, user: str, action: str):
        row = self._q(c, "SELECT state, claimed_by FROM {opinions} WHERE {campaign} AND item_id = ? {lock}",
                      (item_id,)).fetchone()
        if row is None:
            raise _no_opinion(item_id)
        state, owner = row
        if state == lc.CLAIMED and owner != user:
            raise LockLost(tr("Le second avis sur l'élément {item_id} est réservé par {owner}. Rien n'a été "
                              "enregistré.", item_id=item_id, owner=owner))
        lc.next_state(state, action, item_id)

    def release_opinion(self, item_id: int, user: str) -> None:
        """Pass: the item goes back to the draw, not to be served again to this user."""
        user = check_user(user)

        def work(c):
            self._own_opinion(c, item_id, user, lc.RELEASE)
            self._q(c, "UPDATE {opinions} SET state = ?, claimed_by = NULL, lock_expires = NULL, skipped_by = ? "
                       "WHERE item_id = ?", (lc.PENDING, user, item_id))
        self._tx(work)

    def answer_opinion(self, item_id: int, user: str, code_cs: str, code_us: str,
                       comment: Optional[str] = None) -> str:
        """Record the blind answer; compared with the item's delivered codes it is agreed, or disputed
        (then a validator settles it). Returns the new state."""
        user = check_user(user)
        cs, us = nom.leaf(code_cs, nom.COUVERTURE), nom.leaf(code_us, nom.USAGE)

        def work(c):
            self._own_opinion(c, item_id, user, lc.AGREE)
            decider, first_cs, first_us, state = self._row(c, item_id, "decided_by, cs_final, us_final, state")
            if state not in lc.DECIDED_STATES:
                raise OcsgeError(tr("L'élément {item_id} est {state} : il n'y a pas de décision à comparer ; "
                                    "rien n'a été enregistré.", item_id=item_id, state=lc.state_words(state)))
            if decider == user:
                raise OcsgeError(tr("Vous avez décidé l'élément {item_id} : le second avis doit venir de "
                                    "quelqu'un d'autre.", item_id=item_id))
            new = lc.next_state(lc.CLAIMED, lc.AGREE if (cs, us) == (first_cs, first_us) else lc.DISAGREE, item_id)
            self._q(c, "UPDATE {opinions} SET state = ?, claimed_by = NULL, lock_expires = NULL, first_by = ?, "
                       "first_cs = ?, first_us = ?, answered_by = ?, answered_at = ?, code_cs = ?, code_us = ?, "
                       "comment = ? WHERE item_id = ?",
                    (new, decider, first_cs, first_us, user, iso_time(self._clock()), cs, us, comment, item_id))
            return new
        return self._tx(work)

    def settle_opinion(self, item_id: int, validator: str, code_cs: str, code_us: str) -> None:
        """A validator's verdict on a disputed second opinion: the reference class of the item."""
        validator = check_user(validator)
        cs, us = nom.leaf(code_cs, nom.COUVERTURE), nom.leaf(code_us, nom.USAGE)

        def work(c):
            row = self._q(c, "SELECT state, first_by, answered_by FROM {opinions} WHERE {campaign} AND item_id = ? "
                             "{lock}", (item_id,)).fetchone()
            if row is None:
                raise _no_opinion(item_id)
            state, first_by, answered_by = row
            lc.next_state(state, lc.SETTLE, item_id)
            if validator in (first_by, answered_by):
                raise OcsgeError(tr("Vous avez donné l'un des deux avis sur l'élément {item_id} : un autre "
                                    "validateur doit trancher.", item_id=item_id))
            self._q(c, "UPDATE {opinions} SET state = ?, settled_by = ?, settled_at = ?, verdict_cs = ?, "
                       "verdict_us = ? WHERE item_id = ?",
                    (lc.SETTLED, validator, iso_time(self._clock()), cs, us, item_id))
        self._tx(work)

    def opinions(self, state: Optional[str] = None) -> List[SecondOpinion]:
        """The campaign's second opinions (of one ``state`` if given), by id."""
        where, args = (" AND state = ?", (state,)) if state else ("", ())
        rows = self._read(lambda c: self._q(c, f"SELECT {', '.join(OPINION_COLUMNS)} FROM {{opinions}} "
                                               f"WHERE {{campaign}}{where} ORDER BY id", args).fetchall())
        return [SecondOpinion(*r) for r in rows]
