"""The one mapping of PostgreSQL's errors to the plugin's (pgconn.database_error): a connection gone, a missing
privilege and any other refusal, each worded by its caller, on one line and password-free."""
import pytest
from psycopg import errors

from ocsge_review import pgconn
from ocsge_review.errors import InputError, OcsgeError


class _Closed:
    closed, broken = True, False


class _Open:
    closed, broken = False, False


def _map(exc, con=_Open(), with_lost=True, with_denied=True):
    return pgconn.database_error(
        exc, con, lambda detail: InputError("refusé : " + detail),
        lost=(lambda: InputError("perdue")) if with_lost else None,
        denied=(lambda detail: InputError("droit : " + detail)) if with_denied else None)


def test_a_connection_ended_by_the_administrator_is_lost_for_every_caller():
    # The sync's own mapping missed AdminShutdown (issue 18): its validator got « refused » wording.
    assert str(_map(errors.AdminShutdown("terminating connection due to administrator command"))) == "perdue"
    assert str(_map(errors.OperationalError("SSL SYSCALL error"), con=_Closed())) == "perdue"
    # Without a « lost » wording (no connection yet: connect), it is a refusal with PostgreSQL's words.
    assert str(_map(errors.AdminShutdown("terminating"), with_lost=False)) == "refusé : terminating"


def test_a_missing_privilege_and_a_refusal_keep_postgresqls_words_on_one_line_without_password():
    assert str(_map(errors.InsufficientPrivilege("permission denied for table items"))) == \
        "droit : permission denied for table items"
    assert str(_map(errors.InsufficientPrivilege("permission denied"), with_denied=False)) == \
        "refusé : permission denied"
    libpq = errors.OperationalError('connection to server at "db" failed: FATAL:  password authentication '
                                    'failed for user "x"\npassword=s3cret\n')
    text = str(_map(libpq))
    assert "\n" not in text and "s3cret" not in text and text.startswith("refusé : connection to server")


def test_the_plugins_own_errors_pass_unchanged():
    own = OcsgeError("déjà dit")
    assert _map(own) is own


@pytest.mark.parametrize("module, name", [("ocsge_review.store.pg", "_failure"),
                                          ("ocsge_review.production.sync", "_db_error"),
                                          ("ocsge_review.store.pg_access", "database_error")])
def test_each_store_and_sync_mapping_goes_through_the_one(module, name, monkeypatch):
    import importlib
    seen = []
    real = pgconn.database_error
    monkeypatch.setattr(pgconn, "database_error", lambda *a, **k: seen.append(a[0]) or real(*a, **k))
    function = getattr(importlib.import_module(module), name)
    exc = errors.InsufficientPrivilege("permission denied")
    if name == "_failure":
        result = function("service=x", _Open(), exc)
    elif name == "_db_error":
        result = function(exc, type("P", (), {"con": _Open(), "spec": "service=x"})())
    else:
        result = function(exc, "Opération refusée")
    assert seen == [exc] and isinstance(result, OcsgeError) and "permission denied" in str(result)
