"""The whole team path on PostGIS, each person through their own login: an interpreter decides, a
validator approves and syncs to production (no DDL right needed), a Rhône validator sees nothing."""
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def cli(*args):
    res = subprocess.run([sys.executable, "-m", "ocsge_review", *args], cwd=ROOT, capture_output=True, text=True)
    return res.returncode, res.stdout, res.stderr


@pytest.fixture
def team(postgis, tmp_path, demo_dir):
    admin = postgis.spec
    from ocsge_review.production.loading import load_production
    for schema in ("ocsge_review", "ocsge_sync"):
        postgis.psql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    load_production(str(demo_dir / "model_output.gpkg"), admin, "public.occ_team", "32", replace=True)
    code, out, err = cli("campaign", "create", "--model", str(demo_dir / "model_output.gpkg"), "--department", "32",
                         "--store", admin, "--production", admin, "--production-table", "public.occ_team", "--quiet")
    assert code == 0, err
    code, out, err = cli("admin", "init", "--store", admin, "--departments", "32,69", "--production", admin,
                         "--production-table", "public.occ_team")
    assert code == 0, err
    pw = tmp_path / "pw"
    pw.write_text("unused-here\n")        # the test cluster trusts loopback; logins still need one
    for user, role, dep in (("anais", "interpreter", "32"), ("victor", "validator", "32"),
                            ("rhona", "validator", "69")):
        code, out, err = cli("admin", "grant", "--store", admin, "--user", user, "--role", role, "--departments",
                             dep, "--password-file", str(pw), "--production", admin)
        assert code == 0, err

    def login(user):
        return f"host={postgis.host} port={postgis.port} dbname={postgis.dbname} user={user}"
    yield login
    for schema in ("ocsge_review", "ocsge_sync"):
        postgis.psql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    postgis.psql("DROP TABLE IF EXISTS public.occ_team")


def test_each_person_through_their_own_login(team, postgis):
    from ocsge_review.store import Decision, open_store
    with open_store(team("anais")) as store:
        item = store.claim_next("anais")
        cs = "CS2.1.1.1" if item.code_cs != "CS2.1.1.1" else "CS2.2.1"
        store.decide(Decision(item.id, "anais", None, cs, "US1.1"))
    with open_store(team("victor")) as store:
        store.validate(item.id, "victor", True)
    # The validator syncs with their own login, which names them without --user (the sync schema
    # exists: nothing to create).
    code, out, err = cli("sync", "--store", team("victor"), "--production", team("victor"), "--production-table",
                         "public.occ_team", "--json")
    assert code == 0, err
    assert f'"applied": [{item.id}]' in out
    assert postgis.psql(f"SELECT code_cs FROM public.occ_team WHERE id::text = '{item.source_id}'").strip() == cs
    audit = postgis.psql("SELECT decided_by, validated_by, applied_by, db_user FROM ocsge_sync.audit").split()
    assert audit == ["anais|victor|victor|victor"]
    # A Rhône validator sees no Gers campaign, and their sync finds nothing to do.
    code, out, err = cli("campaign", "status", "--store", team("rhona"))
    assert code == 2 and "Aucune campagne" in err
    assert postgis.psql("SELECT count(*) FROM public.occ_team", user="rhona").strip() == "0"


def test_a_login_without_rights_gets_a_french_line_not_a_traceback(team, postgis):
    postgis.psql("CREATE ROLE intrus LOGIN")
    code, out, err = cli("sync", "--store", team("victor"), "--production", team("intrus"),
                         "--production-table", "public.occ_team", "--user", "intrus")
    assert code == 2 and err.startswith("erreur : ") and "Traceback" not in err, err
