"""Offline work: check out a work area of a shared campaign into a GeoPackage, check it back in.

``checkout`` reserves, for one interpreter and a few days, the items waiting
in a work area of the shared store (PostGIS, or another GeoPackage), and
writes them into a new GeoPackage store: the same campaign (same identifier),
those items only, all waiting. The interpreter works on it with no network,
in the panel or the CLI. ``checkin`` then records each item's outcome in the
shared store under the same rules as online work — the reservation must still
be theirs, or nothing is recorded for that item — and returns to the queue
what was not done. The local file is never changed except to note which items
are checked in, so a check-in that stops half-way (network, killed process)
is simply run again.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

from ..store import lifecycle as lc
from .. import numbers as num
from ..errors import InputError, OcsgeError
from ..messages import tr
from ..outputs import check_gpkg_target
from ..store.base import Decision, JournalRecord, Part, ReviewStore
from ..store.gpkg import GpkgStore
from ..store.rules import iso_time
from ..campaigns.territory import Territory

DEFAULT_DAYS = 7.0


def checkout(shared: ReviewStore, user: str, out_path: str, territory: Optional[Territory] = None,
             limit: Optional[int] = None, days: float = DEFAULT_DAYS, source: str = "") -> GpkgStore:
    """Reserve ``user``'s work area in ``shared`` and write it to a new GeoPackage store."""
    if days <= 0:
        raise InputError(tr("La durée d'emport doit être positive, pas {days:g} jour(s).",
                            days=days))
    if limit is not None and limit <= 0:
        raise InputError(tr("Le nombre d'éléments à emporter doit être positif, pas {limit}.",
                            limit=limit))
    check_gpkg_target(out_path, tr("Le lot à emporter"))
    if os.path.exists(out_path):
        raise InputError(tr("« {out_path} » existe déjà : choisissez un autre fichier.",
                            out_path=out_path))
    campaign = shared.campaign()
    if campaign.origin:
        raise InputError(tr("Ce magasin est lui-même un lot emporté : emportez depuis le magasin partagé."))
    area = territory.resolve(f"EPSG:{campaign.epsg}") if territory is not None else None
    ids = shared.reserve(user, area, limit, days * 86400)
    if not ids:
        raise InputError(tr("Rien à emporter : aucun élément en attente pour vous dans cette zone."))
    try:
        columns, wkb = shared.export_items(ids)
        now = time.time()
        origin = {"store": source, "user": user, "items": list(ids), "checked_in": [],
                  "checked_out_at": iso_time(now, "seconds"),
                  "until": iso_time(now + days * 86400, "seconds")}
        local = type(campaign)(**{**campaign.__dict__, "origin": origin})
        return GpkgStore.create(out_path, local, columns, wkb)
    except BaseException:
        shared.give_back(ids, user)       # nothing half-done: the items go back to the queue
        raise


@dataclass
class CheckinReport:
    decided: int = 0
    split: int = 0
    merged: int = 0
    released: int = 0
    already: int = 0
    refused: List[Tuple[int, str]] = field(default_factory=list)    # (shared item id, why)

    def summary(self) -> str:
        lines = [tr("Retour du lot : {decided} décision(s), {split} découpage(s), "
                    "{merged} fusion(s) enregistrés ; {released} élément(s) non "
                    "traités rendus à la file",
                    decided=num.count(self.decided), split=num.count(self.split), merged=num.count(self.merged),
                    released=num.count(self.released))
                 + (tr(" ; {count} déjà rentrés", count=num.count(self.already)) if self.already else "")
                 + "."]
        for item_id, why in self.refused:
            lines.append(tr("  refusé, élément {item_id} : {why}", item_id=item_id, why=why))
        if self.refused:
            lines.append(tr("Le fichier local garde ces éléments tels quels : rien n'est perdu."))
        return "\n".join(lines)


def _last_decision(journal: List[JournalRecord]):
    kinds = (*lc.DECISIONS, lc.RESHAPE, lc.MERGE)
    records = [r for r in journal if r.related is None]
    decisions = [r for r in records if r.action in kinds]
    return (decisions[-1] if decisions else None), sum(r.active_seconds for r in records)


def _already_in(shared: ReviewStore, item_id: int, user: str) -> bool:
    """Did an earlier, interrupted check-in already record this item?"""
    records = [r for r in shared.journal(item_id) if r.related is None]
    return bool(records) and records[-1].user == user and records[-1].action in (
        *lc.DECISIONS, *lc.GEOMETRY_EDITS)


def checkin(local: GpkgStore, shared: ReviewStore, user: str) -> CheckinReport:
    """Record in ``shared`` what was done offline in ``local``; see the module's docstring."""
    origin = local.campaign().origin
    if not origin:
        raise InputError(tr("La campagne « {name} » de ce fichier n'est pas un lot emporté "
                            "(checkout).", name=local.campaign().name))
    if shared.campaign().origin:
        raise InputError(tr("Le magasin de destination est lui-même un lot emporté : rentrez le lot dans le "
                            "magasin partagé d'où il vient."))
    if shared.campaign().uid != local.campaign().uid:
        raise InputError(tr("Ce lot vient d'une autre campagne (« {name} ») que celle de ce "
                            "magasin (« {shared} »).",
                            name=local.campaign().name, shared=shared.campaign().name))
    if origin["user"] != user:
        raise InputError(tr("Ce lot a été emporté par {user} : lui seul peut le rentrer.",
                            user=origin['user']))
    ids: List[int] = origin["items"]
    done = set(origin.get("checked_in", []))
    report = CheckinReport()
    items = {fid: local.item(fid) for fid in range(1, len(ids) + 1)}
    parts_of = {}
    extra = len(ids) + 1
    while True:                       # split parts made offline follow the checked-out items
        try:
            part = local.item(extra)
        except InputError:
            break
        if part.parent_id is not None and part.state != lc.SUPERSEDED:     # not a retired part
            parts_of.setdefault(part.parent_id, []).append(part)
        extra += 1

    def mark(*fids):
        done.update(fids)
        local.update_origin({**origin, "checked_in": sorted(done)})

    # Merged neighbours must be waiting in the shared store for the merge to take them.
    absorbed = {fid: [o for o, it in items.items() if it.merged_into == fid] for fid in items}
    for fid, item in sorted(items.items()):
        if fid in done or item.merged_into is not None:
            continue
        shared_id = ids[fid - 1]
        try:
            if item.state in (lc.PENDING, lc.CLAIMED, lc.REJECTED):
                given = shared.give_back([shared_id], user)
                if not given:
                    shared.item(shared_id)      # it exists: the reservation was someone else's by now
                report.released += given
                mark(fid)
                continue
            if _already_in(shared, shared_id, user):
                report.already += 1
                mark(fid, *absorbed[fid])
                continue
            journal = local.journal(fid)
            last, active = _last_decision(journal)
            if item.state == lc.SUPERSEDED:           # split offline
                parts = []
                for p in parts_of.get(fid, []):
                    parts.append(Part(p.wkb, *_split_codes(local, p.id)))
                split_record = _last_split(journal)
                shared.split(shared_id, user, parts, comment=split_record.comment, active_seconds=active)
                report.split += 1
            elif last is not None and last.action == lc.MERGE:
                others = [ids[o - 1] for o in absorbed[fid]]
                shared.give_back(others, user)
                shared.merge(shared_id, user, others, last.cs_after, last.us_after, comment=last.comment,
                             active_seconds=active)
                report.merged += 1
            elif last is not None:
                geometry = item.wkb if last.action == lc.RESHAPE else None
                shared.decide(Decision(shared_id, user, lc.RESHAPE if geometry else None, last.cs_after,
                                       last.us_after, flag=last.flag, comment=last.comment,
                                       active_seconds=active, geometry_wkb=geometry))
                report.decided += 1
            else:
                raise OcsgeError(tr("aucune décision trouvée dans le journal local"))
            mark(fid, *absorbed[fid])
        except OcsgeError as exc:
            report.refused.append((shared_id, str(exc)))
    return report


def _split_codes(local: GpkgStore, fid: int):
    record = _last_split(local.journal(fid))
    return record.cs_after, record.us_after


def _last_split(journal: List[JournalRecord]) -> JournalRecord:
    return [r for r in journal if r.action == lc.SPLIT][-1]
