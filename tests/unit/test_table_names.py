"""One reading of « schema.table » for every production table name: « a.b.c » and empty parts are refused
(the sync, the production loader and the access policies used to split it each their own way)."""
import pytest

from ocsge_review import pgconn
from ocsge_review.production import sync as sy
from ocsge_review.errors import InputError
from ocsge_review.store import pg_access

REFUSED = "Nom de table invalide : « {} » (attendu : TABLE ou SCHÉMA.TABLE)."


@pytest.mark.parametrize("name", ["a.b.c", "a.", ".b", "a..b"])
def test_a_name_of_more_than_two_parts_or_with_an_empty_one_is_refused_everywhere(name):
    for read in (pgconn.qualified, lambda n: sy.ProductionTable(table=n).qualified(), pg_access.split_table):
        with pytest.raises(InputError) as refused:
            read(name)
        assert str(refused.value) == REFUSED.format(name)


def test_table_or_schema_table():
    assert sy.ProductionTable(table="occupation_sol").qualified() == ("public", "occupation_sol")
    assert sy.ProductionTable(table="prod.ocs").qualified() == ("prod", "ocs")
    assert pg_access.split_table(" prod.ocs ") == ("prod", "ocs")
    assert pgconn.qualified("ocs", default_schema="ref") == ("ref", "ocs")
