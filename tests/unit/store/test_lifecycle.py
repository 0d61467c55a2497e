"""The item state machine: every legal step, and illegal ones refused in words."""
import pytest

from ocsge_review.store import lifecycle as lc


def test_the_happy_path():
    state = lc.PENDING
    for action, expected in ((lc.CLAIM, lc.CLAIMED), (lc.CORRECT, lc.DECIDED), (lc.APPROVE, lc.VALIDATED),
                             (lc.SYNC, lc.SYNCED)):
        state = lc.next_state(state, action)
        assert state == expected


def test_rejected_items_come_back_and_undo_returns_to_the_decider():
    assert lc.next_state(lc.DECIDED, lc.REJECT) == lc.REJECTED
    assert lc.next_state(lc.REJECTED, lc.CLAIM) == lc.CLAIMED
    assert lc.next_state(lc.DECIDED, lc.UNDO) == lc.CLAIMED


@pytest.mark.parametrize("state, action", [
    (lc.PENDING, lc.CONFIRM), (lc.PENDING, lc.APPROVE), (lc.VALIDATED, lc.UNDO), (lc.SYNCED, lc.CLAIM),
    (lc.ACCEPTED, lc.CLAIM), (lc.CLAIMED, lc.APPROVE), (lc.DECIDED, lc.CORRECT), (lc.REJECTED, lc.SYNC),
    (lc.PENDING, lc.SPLIT), (lc.DECIDED, lc.ABSORB), (lc.CLAIMED, lc.ABSORB), (lc.VALIDATED, lc.RETIRE),
    (lc.SUPERSEDED, lc.CLAIM), (lc.SUPERSEDED, lc.SYNC), (lc.ACCEPTED, lc.RESHAPE)])
def test_illegal_transitions_are_refused_clearly(state, action):
    with pytest.raises(lc.TransitionError, match="Impossible (de |d').* l'élément 7"):
        lc.next_state(state, action, 7)
    assert not lc.allowed(state, action)


def test_geometry_corrections_supersede_and_undo_restores():
    assert lc.next_state(lc.CLAIMED, lc.SPLIT) == lc.SUPERSEDED
    assert lc.next_state(lc.CLAIMED, lc.MERGE) == lc.DECIDED
    assert lc.next_state(lc.ACCEPTED, lc.ABSORB) == lc.SUPERSEDED
    assert lc.next_state(lc.CLAIMED, lc.RESHAPE) == lc.DECIDED
    assert lc.next_state(lc.SUPERSEDED, lc.UNDO) == lc.CLAIMED
    assert (lc.initial_state("auto"), lc.initial_state("queue")) == (lc.ACCEPTED, lc.PENDING)
    with pytest.raises(lc.TransitionError, match="Impossible de découper l'élément 3 : il est remplacé."):
        lc.next_state(lc.SUPERSEDED, lc.SPLIT, 3)
