"""The life of a review item: states, actions, and which action may follow which state."""
from __future__ import annotations

from typing import Dict, Tuple

from ..errors import OcsgeError
from ..messages import N_, tr

# States
PENDING = "pending"          # waiting in the queue (review queue or audit sample)
CLAIMED = "claimed"          # locked to one interpreter until decided, released or expired
DECIDED = "decided"          # confirmed, corrected or flagged; waits for a validator
VALIDATED = "validated"      # approved by a validator of the département
REJECTED = "rejected"        # sent back to its interpreter with the validator's reason
SYNCED = "synced"            # written to the production database
ACCEPTED = "accepted"        # auto-accepted by triage: never reviewed, may still be synced
SUPERSEDED = "superseded"    # replaced: a split's original, or an item merged into another

# The states of a second opinion (the store's second_opinions table, not an item): a reviewed item drawn
# for a blind second answer waits (PENDING), is CLAIMED by an interpreter other than its first one, then
# AGREED with the delivered decision or DISPUTED, and a disputed one is SETTLED by a validator's verdict.
AGREED = "agreed"
DISPUTED = "disputed"
SETTLED = "settled"
OPINION_STATES = (PENDING, CLAIMED, AGREED, DISPUTED, SETTLED)

OPEN_STATES = (PENDING, CLAIMED, REJECTED)     # still to be (re)decided by an interpreter
VALIDATED_STATES = (VALIDATED, SYNCED)         # approved by a validator (written to production or not)
DECIDED_STATES = (DECIDED,) + VALIDATED_STATES  # an interpreter's decision stands
STATES = (PENDING, CLAIMED, DECIDED, VALIDATED, REJECTED, SYNCED, ACCEPTED, SUPERSEDED)
INITIAL_STATES = (PENDING, ACCEPTED)           # where an item is inserted (a split part apart: decided)

# Actions an interpreter or a validator takes
CLAIM, RELEASE, CONFIRM, CORRECT, FLAG, UNDO = "claim", "release", "confirm", "correct", "flag", "undo"
APPROVE, REJECT, SYNC = "approve", "reject", "sync"
# A validated item whose production row changed meanwhile, sent back to review
# from the conflicts panel: it returns to its interpreter, reason first.
SEND_BACK = "send_back"
DECISIONS = (CONFIRM, CORRECT, FLAG)
# Geometry corrections: the claimed item is split, reshaped, or merged with
# neighbours that each undergo ABSORB; RETIRE is a split part's end when the
# split is undone.
SPLIT, MERGE, RESHAPE, ABSORB, RETIRE = "split", "merge", "reshape", "absorb", "retire"
GEOMETRY_EDITS = (SPLIT, MERGE, RESHAPE)

# A second opinion's actions: the answer agrees or not with the delivered decision; a validator settles.
AGREE, DISAGREE, SETTLE = "agree", "disagree", "settle"

# What a flag says; a flagged item waits for a validator like any decided one.
FLAG_KINDS = ("doubt", "bad_imagery", "geometry")

_TRANSITIONS: Dict[Tuple[str, str], str] = {
    (PENDING, CLAIM): CLAIMED,
    (REJECTED, CLAIM): CLAIMED,
    (CLAIMED, RELEASE): PENDING,
    (CLAIMED, CONFIRM): DECIDED,
    (CLAIMED, CORRECT): DECIDED,
    (CLAIMED, FLAG): DECIDED,
    (CLAIMED, RESHAPE): DECIDED,
    (CLAIMED, MERGE): DECIDED,       # the survivor, with the union geometry
    (PENDING, ABSORB): SUPERSEDED,   # a merged neighbour
    (ACCEPTED, ABSORB): SUPERSEDED,
    (CLAIMED, SPLIT): SUPERSEDED,    # the original; its parts are new decided items
    (DECIDED, RETIRE): SUPERSEDED,   # a split part, when the split is undone
    (DECIDED, UNDO): CLAIMED,        # back to its decider, who decides again
    (SUPERSEDED, UNDO): CLAIMED,     # a split original, when the split is undone
    (DECIDED, APPROVE): VALIDATED,
    (DECIDED, REJECT): REJECTED,
    (VALIDATED, SYNC): SYNCED,
    (VALIDATED, SEND_BACK): REJECTED,
    (ACCEPTED, SYNC): SYNCED,
    # second opinions (CLAIM and RELEASE as above)
    (CLAIMED, AGREE): AGREED,
    (CLAIMED, DISAGREE): DISPUTED,
    (DISPUTED, SETTLE): SETTLED,
}

_STATE_FR = {PENDING: N_("en attente"), CLAIMED: N_("réservé"), DECIDED: N_("décidé"), VALIDATED: N_("validé"),
             REJECTED: N_("rejeté"), SYNCED: N_("synchronisé"), ACCEPTED: N_("accepté automatiquement"),
             SUPERSEDED: N_("remplacé"), AGREED: N_("confirmé par un second avis"),
             DISPUTED: N_("en désaccord, attend le validateur"), SETTLED: N_("tranché par le validateur")}
_ACTION_FR = {CLAIM: N_("réserver"), RELEASE: N_("passer"), CONFIRM: N_("confirmer"), CORRECT: N_("corriger"),
              FLAG: N_("signaler"), UNDO: N_("annuler"), APPROVE: N_("approuver"), REJECT: N_("rejeter"),
              SYNC: N_("synchroniser"), SEND_BACK: N_("renvoyer en revue"), SPLIT: N_("découper"),
              MERGE: N_("fusionner"), RESHAPE: N_("remodeler"),
              ABSORB: N_("fusionner"), RETIRE: N_("retirer"), AGREE: N_("répondre au second avis sur"),
              DISAGREE: N_("répondre au second avis sur"), SETTLE: N_("trancher le désaccord sur")}


class TransitionError(OcsgeError):
    """An action that the item's current state does not allow."""


def next_state(state: str, action: str, item_id=None) -> str:
    """The state after ``action``, or TransitionError saying why not."""
    try:
        return _TRANSITIONS[(state, action)]
    except KeyError:
        what = tr("l'élément {item_id}", item_id=item_id) if item_id is not None else tr("cet élément")
        verb = tr(_ACTION_FR[action]) if action in _ACTION_FR else action
        # French elision (« d'annuler », « de réserver »); other languages' templates ignore {of}
        of = "d'" if verb[:1] in "aeéiouy" else "de "
        raise TransitionError(tr("Impossible {of}{verb} {what} : il est {state}.",
                                 of=of, verb=verb, what=what, state=state_words(state))) from None


def allowed(state: str, action: str) -> bool:
    return (state, action) in _TRANSITIONS


def initial_state(part: str) -> str:
    """Where an item starts, and returns to when a merge that took it is undone."""
    return ACCEPTED if part == "auto" else PENDING


def state_words(state: str) -> str:
    """The state as the user reads it (« validé », "validated")."""
    return tr(_STATE_FR[state]) if state in _STATE_FR else state
