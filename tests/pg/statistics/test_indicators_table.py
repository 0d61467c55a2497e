"""`stats` and `report` write the indicators payload to a table of the production database (--indicators-table):
one row per département and month, the same figures twice change nothing, a refused write leaves nothing."""
import json

import psycopg
import pytest

from tests.unit.statistics.test_stats import _cli, counted  # noqa: F401  (counted: the hand-counted campaign)
from tests.pg.statistics.test_stats_suite import _schema_of

OPTIONS = ("--period", "2026-11", "--fixed-cost", "100")


def _store(counted, pg_spec):  # noqa: F811
    return ["--store", pg_spec, "--schema", _schema_of(pg_spec, counted.uid), "--campaign", counted.uid]


def _rows(pg_spec, table):
    with psycopg.connect(pg_spec, autocommit=True) as con:
        return con.execute(f"SELECT department, period, items_reviewed, rework_rate, accuracy_cs, accuracy_cs_low, "
                           f"cost_per_km2, payload, first_written, last_written, payload_key FROM {table} "
                           f"ORDER BY department, period").fetchall()


def _exists(pg_spec, schema, table):
    with psycopg.connect(pg_spec, autocommit=True) as con:
        return con.execute("SELECT to_regclass(%s)", (f"{schema}.{table}",)).fetchone()[0] is not None


def test_one_row_per_department_and_month_and_the_same_figures_change_nothing(counted, pg_spec):  # noqa: F811
    store = _store(counted, pg_spec)
    with psycopg.connect(pg_spec, autocommit=True) as con:
        con.execute("CREATE SCHEMA IF NOT EXISTS pilotage")
    res = _cli("stats", *store, *OPTIONS, "--hourly-cost", "36", "--json",
               "--indicators-table", "pilotage.indicateurs", "--production", pg_spec)
    assert res.returncode == 0, res.stderr
    body = json.loads(res.stdout)                      # stdout stays pure JSON; the table's line is on stderr
    assert "1 ligne(s) écrite(s), 0 inchangée(s)" in res.stderr
    (dep, period, reviewed, rework, acc, low, per_km2, payload, first, last, key), = _rows(
        pg_spec, "pilotage.indicateurs")
    assert (dep, period, reviewed) == ("32", "2026-11", 5)
    assert rework == pytest.approx(3 / 5) == pytest.approx(body["rework"]["count"]["rate"])
    assert acc == pytest.approx(5 / 6) and low == pytest.approx(body["accuracy"]["cs"]["overall"]["ci95"][0])
    assert per_km2 == pytest.approx(10960.0)
    assert {k: v for k, v in payload.items() if k != "generated_at"} == \
        {k: v for k, v in body.items() if k != "generated_at"}

    again = _cli("stats", *store, *OPTIONS, "--hourly-cost", "36",
                 "--indicators-table", "pilotage.indicateurs", "--production", pg_spec)
    assert again.returncode == 0 and "0 ligne(s) écrite(s), 1 inchangée(s)" in again.stdout, again.stderr
    assert _rows(pg_spec, "pilotage.indicateurs")[0][8:] == (first, last, key)

    dearer = _cli("stats", *store, *OPTIONS, "--hourly-cost", "72",
                  "--indicators-table", "pilotage.indicateurs", "--production", pg_spec)
    assert dearer.returncode == 0 and "1 ligne(s) écrite(s)" in dearer.stdout, dearer.stderr
    (row,) = _rows(pg_spec, "pilotage.indicateurs")     # the month's row replaced, not a second one
    assert row[6] > per_km2 and row[8] == first and row[9] >= last and row[10] != key


def test_report_writes_the_same_row(counted, pg_spec, tmp_path):  # noqa: F811
    res = _cli("report", *_store(counted, pg_spec), *OPTIONS, "--hourly-cost", "36", "--out", str(tmp_path / "r"),
               "--indicators-table", "indicateurs_rapport", "--production", pg_spec)
    assert res.returncode == 0, res.stderr
    (row,) = _rows(pg_spec, "public.indicateurs_rapport")
    assert row[:3] == ("32", "2026-11", 5) and row[6] == pytest.approx(10960.0)


def test_half_given_options_and_bad_names_are_refused_before_any_work(counted, pg_spec, tmp_path):  # noqa: F811
    store = _store(counted, pg_spec)
    alone = _cli("stats", *store, *OPTIONS, "--indicators-table", "t_seule")
    assert alone.returncode != 0 and "--indicators-table demande --production" in alone.stderr
    useless = _cli("report", *store, *OPTIONS, "--out", str(tmp_path / "r"), "--production", pg_spec)
    assert useless.returncode != 0 and "--production ne sert ici qu'avec --indicators-table" in useless.stderr
    assert not (tmp_path / "r").exists()                # refused before the report was written
    bad = _cli("stats", *store, *OPTIONS, "--indicators-table", "a.b.c", "--production", pg_spec)
    assert bad.returncode != 0 and "Nom de table invalide : « a.b.c »" in bad.stderr
    assert "Traceback" not in alone.stderr + useless.stderr + bad.stderr


def test_a_login_without_rights_gets_a_french_message_and_nothing_is_written(counted, pg_spec, postgis):  # noqa: F811
    postgis.psql("DROP ROLE IF EXISTS lecteur_indic; CREATE ROLE lecteur_indic LOGIN; "
                 "REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    reader = pg_spec.replace(f"user={postgis.user}", "user=lecteur_indic")
    res = _cli("stats", *_store(counted, pg_spec), *OPTIONS, "--indicators-table", "indicateurs_interdits",
               "--production", reader)
    assert res.returncode != 0, res.stdout
    assert "La table d'indicateurs « public.indicateurs_interdits » n'a pas pu être écrite" in res.stderr
    assert "Rien n'a été écrit." in res.stderr and "Traceback" not in res.stderr
    assert not _exists(pg_spec, "public", "indicateurs_interdits")

    # Once the table exists and the login may insert and update, it needs no right to create.
    assert _cli("stats", *_store(counted, pg_spec), *OPTIONS, "--indicators-table", "indicateurs_permis",
                "--production", pg_spec).returncode == 0
    postgis.psql("GRANT SELECT, INSERT, UPDATE ON public.indicateurs_permis TO lecteur_indic")
    with psycopg.connect(pg_spec, autocommit=True) as con:
        con.execute("DELETE FROM public.indicateurs_permis")
    res = _cli("stats", *_store(counted, pg_spec), *OPTIONS, "--indicators-table", "indicateurs_permis",
               "--production", reader)
    assert res.returncode == 0 and "1 ligne(s) écrite(s)" in res.stdout, res.stderr
