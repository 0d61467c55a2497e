"""Password authentication for chosen roles of a throwaway test cluster (the others keep trust)."""
from typing import Callable

PASSWORD_GROUP = "ocsge_test_password_required"


def require_passwords(server) -> Callable[[str], None]:
    """Install, once, a pg_hba rule asking members of PASSWORD_GROUP for their password;
    returns a function making a role such a member. ``server``: a tests.pgserver.PgServer or the
    PG tier's fixture (anything with ``psql``)."""
    if not server.psql(f"SELECT 1 FROM pg_roles WHERE rolname = '{PASSWORD_GROUP}'").strip():
        server.psql(f"CREATE ROLE {PASSWORD_GROUP} NOLOGIN")
        hba = server.psql("SHOW hba_file").strip()
        with open(hba, encoding="utf-8") as fh:
            rules = fh.read()
        # pg_hba.conf is read top-down, the first matching rule wins: this one goes first.
        with open(hba, "w", encoding="utf-8") as fh:
            fh.write(f"host all +{PASSWORD_GROUP} 127.0.0.1/32 scram-sha-256\n" + rules)
        server.psql("SELECT pg_reload_conf()")

    def require_password(role: str) -> None:
        server.psql(f'GRANT {PASSWORD_GROUP} TO "{role}"')
    return require_password
