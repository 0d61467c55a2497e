"""Connecting to PostgreSQL with a password kept in QGIS's authentication manager: it reaches the
server and nothing else (no setting, no message, no error text)."""
import pytest
from qgis.core import QgsApplication, QgsSettings

from conftest import AUTH_MASTER
from conftest import basic_auth_config as _basic
from ocsge_review.errors import InputError

USER, PASSWORD = "qgis_reviewer", "Qgis-s3cret'pw"


@pytest.fixture(scope="module")
def server():
    from tests import pgserver
    from tests.pgpassword import require_passwords
    srv = pgserver.start()
    try:
        srv.psql(f"CREATE ROLE {USER} LOGIN PASSWORD '{PASSWORD.replace(chr(39), chr(39) * 2)}'")
        require_passwords(srv)(USER)
        yield srv
    finally:
        srv.stop()


@pytest.fixture()
def log_messages():
    seen = []

    def keep(message, tag, level):
        seen.append(message)
    QgsApplication.messageLog().messageReceived.connect(keep)
    yield seen
    QgsApplication.messageLog().messageReceived.disconnect(keep)


def _spec(server, user=""):
    return f"host={server.host} port={server.port} dbname={server.dbname}" + (f" user={user}" if user else "")


def _no_password_in_settings(*secrets):
    settings = QgsSettings()
    for key in settings.allKeys():
        value = str(settings.value(key))
        for secret in secrets:
            assert secret not in value, key


def test_connects_with_the_password_of_an_authcfg(server, auth_manager, log_messages, messages):
    from ui import pgauth
    authcfg = _basic(auth_manager, USER, PASSWORD)
    # The server does ask for it.
    with pytest.raises(InputError, match="password") as refused:
        pgauth.connect(_spec(server, USER))
    assert PASSWORD not in str(refused.value)
    for spec, given in ((_spec(server), authcfg), (f"{_spec(server)} authcfg={authcfg}", None),
                        (f"postgresql://{server.host}:{server.port}/{server.dbname}", authcfg)):
        with pgauth.connect(spec, given) as conn:
            assert conn.execute("SELECT session_user").fetchone()[0] == USER

    pgauth.remember("team", f"{_spec(server)} authcfg={authcfg}")
    assert pgauth.remembered("team") == (_spec(server), authcfg)
    with pgauth.connect(*pgauth.remembered("team")) as conn:
        assert conn.execute("SELECT current_user").fetchone()[0] == USER
    _no_password_in_settings(PASSWORD, AUTH_MASTER)
    assert not any(PASSWORD in m for m in log_messages)
    assert not any(PASSWORD in str(m) for level in messages.messages.values() for m in level)


def test_a_wrong_password_is_refused_without_being_shown(server, auth_manager, log_messages):
    from ui import pgauth
    wrong = "not-the-Right-one-42"
    authcfg = _basic(auth_manager, USER, wrong, name="wrong")
    with pytest.raises(InputError) as refused:
        pgauth.connect(_spec(server), authcfg)
    assert "password authentication failed" in str(refused.value)
    assert wrong not in str(refused.value) and PASSWORD not in str(refused.value)
    assert not any(wrong in m for m in log_messages)


def test_unknown_authcfg_and_passwords_in_settings_are_refused(server, auth_manager):
    from ui import pgauth
    with pytest.raises(InputError, match="« nope123 » est introuvable"):
        pgauth.connect(_spec(server), "nope123")
    with pytest.raises(InputError, match="Pas de mot de passe"):
        pgauth.remember("leaky", f"{_spec(server, USER)} password={PASSWORD}")
    assert pgauth.remembered("leaky") == ("", None)
    _no_password_in_settings(PASSWORD)
