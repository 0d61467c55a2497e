"""Checks of interpreters' and validators' actions that every store backend applies the same way."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Dict, List, Optional, Sequence, Tuple

from . import lifecycle as lc
from ..ocsge import nomenclature as nom
from ..errors import InputError
from ..messages import tr
from . import edits
from .base import Decision, LockLost, Part

# Columns given at creation; the same in every backend.
ITEM_COLUMNS = ("source_id", "part", "rank", "stratum", "code_cs", "code_us", "conf_cs", "conf_us",
                "cs_top1", "cs_p1", "cs_top2", "cs_p2", "cs_top3", "cs_p3",
                "us_top1", "us_p1", "us_top2", "us_p2", "us_top3", "us_p3", "artif", "area_m2")
# Their numpy types, for writing them again (a checked-out copy); the others are text.
NUMERIC_COLUMNS = {"rank": "float64", "artif": "int16", "area_m2": "float64",
                   **{c: "float32" for c in ("conf_cs", "conf_us", "cs_p1", "cs_p2", "cs_p3",
                                             "us_p1", "us_p2", "us_p3")}}
# What a split part inherits from its original: the model's output and the campaign's placement.
INHERITED = tuple(c for c in ITEM_COLUMNS if c not in ("source_id", "area_m2"))


def creation_columns(rows) -> Dict[str, "np.ndarray"]:
    """ITEM_COLUMNS as arrays, from rows holding those columns' values in that order (an export)."""
    import numpy as np
    columns = {}
    for k, c in enumerate(ITEM_COLUMNS):
        values = [r[k] for r in rows]
        if c in NUMERIC_COLUMNS:
            blank = -1 if NUMERIC_COLUMNS[c].startswith("int") else np.nan
            columns[c] = np.array([blank if v is None else v for v in values], dtype=NUMERIC_COLUMNS[c])
        else:
            columns[c] = np.array(values, dtype=object)
    return columns


def iso_time(t: float, timespec: str = "milliseconds") -> str:
    return datetime.fromtimestamp(t, tz=timezone.utc).isoformat(timespec=timespec)


def check_user(user: str) -> str:
    user = (user or "").strip()
    if not user:
        raise InputError(tr("Nom d'utilisateur manquant."))
    return user


def check_columns(columns) -> None:
    missing = [c for c in ITEM_COLUMNS if c not in columns]
    if missing:
        raise InputError(tr("Colonnes manquantes pour créer la campagne : {missing}.",
                            missing=', '.join(missing)))


def check_claim(item_id: int, user: str, action: Optional[str], state: str, owner: Optional[str]) -> None:
    """May ``user`` act on an item in ``state`` claimed by ``owner``? The refusal says why.
    With ``action`` None (a heartbeat), the item must be claimed by ``user``."""
    if state == lc.CLAIMED and owner != user:
        raise LockLost(tr("L'élément {item_id} est réservé par {owner} : votre réservation a expiré "
                          "et il a été repris. Rien n'a été enregistré.",
                          item_id=item_id, owner=owner))
    if state != lc.CLAIMED:
        if action is None:
            raise LockLost(tr("L'élément {item_id} n'est plus réservé pour vous : il est "
                              "{state}.", item_id=item_id, state=lc.state_words(state)))
        lc.next_state(state, action, item_id)


def decision_values(decision: Decision, epsg: int):
    """(user, cs, us, new polygon or None) of a decision, checked before any reading."""
    user = check_user(decision.user)
    cs = nom.leaf(decision.code_cs, nom.COUVERTURE)
    us = nom.leaf(decision.code_us, nom.USAGE)
    if decision.flag is not None and decision.flag not in lc.FLAG_KINDS:
        raise InputError(tr("Signalement inconnu « {flag} » (attendu : {kinds}).",
                            flag=decision.flag, kinds=', '.join(lc.FLAG_KINDS)))
    new = None
    if decision.geometry_wkb is not None:
        new = edits.polygon(decision.geometry_wkb, epsg,
                            tr("La nouvelle géométrie de l'élément {item_id}", item_id=decision.item_id))
    elif decision.action == lc.RESHAPE:
        raise InputError(tr("Remodeler l'élément {item_id} demande sa nouvelle géométrie.",
                            item_id=decision.item_id))
    return user, cs, us, new


def decision_action(decision: Decision, cs: str, us: str, model_cs, model_us) -> str:
    """confirm, correct or flag, as the codes say; an explicit action must agree (or be a reshape)."""
    derived = lc.FLAG if decision.flag else (lc.CONFIRM if (cs, us) == (model_cs, model_us) else lc.CORRECT)
    if (decision.action or derived) not in (derived, lc.RESHAPE):
        raise InputError(tr("Décision incohérente sur l'élément {item_id} : « {action} » "
                            "avec les codes {cs} / {us} (le modèle proposait {model_cs} / {model_us}).",
                            item_id=decision.item_id, action=decision.action, cs=cs, us=us, model_cs=model_cs, model_us=model_us))
    return derived


def reshape(item_id: int, old, new, class_changed: bool) -> float:
    """The area that changed class in a reshape of ``old`` into ``new``; refuses a polygon elsewhere."""
    import shapely
    if not shapely.intersects(old, new) or shapely.intersection(old, new).area <= 0:
        raise InputError(tr("La nouvelle géométrie de l'élément {item_id} ne recouvre pas l'ancienne.",
                            item_id=item_id))
    return edits.reshaped_changed_area(old, new, class_changed)


def split_pieces(item_id: int, parts: Sequence[Part], epsg: int) -> List[Tuple[object, str, str]]:
    """(polygon, cs, us) of each part of a split, checked."""
    if len(parts) < 2:
        raise InputError(tr("Un découpage de l'élément {item_id} demande au moins deux parties.",
                            item_id=item_id))
    return [(edits.polygon(p.wkb, epsg,
                           tr("La partie {k} du découpage de l'élément {item_id}", k=k, item_id=item_id)),
             nom.leaf(p.code_cs, nom.COUVERTURE), nom.leaf(p.code_us, nom.USAGE))
            for k, p in enumerate(parts, 1)]


def merge_values(item_id: int, others: Sequence[int], code_cs: str, code_us: str) -> Tuple[str, str, List[int]]:
    cs = nom.leaf(code_cs, nom.COUVERTURE)
    us = nom.leaf(code_us, nom.USAGE)
    others = list(dict.fromkeys(int(o) for o in others))
    if not others:
        raise InputError(tr("Une fusion sur l'élément {item_id} demande au moins un voisin.",
                            item_id=item_id))
    if item_id in others:
        raise InputError(tr("L'élément {item_id} ne peut pas être fusionné avec lui-même.",
                            item_id=item_id))
    return cs, us, others


def check_reason(approve: bool, reason: Optional[str]) -> None:
    if not approve and not (reason and reason.strip()):
        raise InputError(tr("Un rejet demande un motif."))


def check_send_back_reason(reason: Optional[str]) -> None:
    if not (reason and reason.strip()):
        raise InputError(tr("Renvoyer un élément en revue demande un motif."))
