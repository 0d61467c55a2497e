"""The access triggers' PL/pgSQL names states, actions and roles from lifecycle and pg_access's ROLES:
renaming one there renames it in the SQL, with no literal left behind."""
import re

from ocsge_review.store import lifecycle as lc
from ocsge_review.store import pg_access as acc

COLUMNS = {"claimed_by": "text", "decided_by": "text", "validated_by": "text", "skipped_by": "text"}


def _bodies(monkeypatch):
    bodies = []
    monkeypatch.setattr(acc, "_trigger", lambda cur, schema, table, name, when, body, **names: bodies.append(body))
    acc._install_item_trigger(None, "s", COLUMNS)
    acc._install_opinion_trigger(None, "s")
    acc._install_journal_trigger(None, "s")
    # The messages (RAISE … MESSAGE = '…') are French prose, not names.
    return [re.sub(r"MESSAGE = '(?:[^']|'')*'", "", b) for b in bodies]


def test_states_and_actions_in_the_triggers_are_lifecycles(monkeypatch):
    renamed = {"DECIDED": "x_decided", "VALIDATED": "x_validated", "REJECTED": "x_rejected",
               "SUPERSEDED": "x_superseded", "CLAIMED": "x_claimed", "SYNCED": "x_synced", "ACCEPTED": "x_accepted",
               "PENDING": "x_pending", "APPROVE": "x_approve", "REJECT": "x_reject"}
    for name, value in renamed.items():
        monkeypatch.setattr(lc, name, value)
    monkeypatch.setattr(lc, "VALIDATED_STATES", (lc.VALIDATED, lc.SYNCED))
    monkeypatch.setattr(lc, "DECIDED_STATES", (lc.DECIDED, lc.VALIDATED, lc.SYNCED))
    monkeypatch.setattr(lc, "INITIAL_STATES", (lc.PENDING, lc.ACCEPTED))
    monkeypatch.setattr(acc, "VALIDATOR_ACTIONS", (lc.APPROVE, lc.REJECT, lc.SYNC, lc.SEND_BACK))
    sql = "\n".join(_bodies(monkeypatch))
    for value in renamed.values():
        assert f"'{value}'" in sql
    quoted = set(re.findall(r"'([a-z_]+)'", sql))
    assert not quoted & {"decided", "validated", "rejected", "superseded", "claimed", "synced", "accepted",
                         "pending", "approve", "reject"}


def test_roles_in_the_triggers_are_pg_access_roles(monkeypatch):
    sql = "\n".join(_bodies(monkeypatch))
    arrays = set(re.findall(r"ARRAY\[[^\]]*\]", sql))
    assert arrays == {acc._array(acc.VALIDATORS), acc._array(acc.ADMINS)}
