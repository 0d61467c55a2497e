"""Guessing the département of a model output from its name or CRS."""
import pytest

from ocsge_review.ocsge.departements import guess


@pytest.mark.parametrize("name, epsg, code", [
    ("ocsge_d032_prediction.gpkg", 2154, "32"), ("OCSGE_GERS_32_2019", None, "32"),
    ("D2A_sortie", None, "2A"), ("dep974.gpkg", None, "974"), ("prediction", 2975, "974"),
    ("prediction", 5490, None),            # Guadeloupe or Martinique: the CRS cannot say
    ("model_output.gpkg", 2154, None), ("ocsge_2021.gpkg", None, None), ("zone_12345", None, None),
    ("d00_test", None, None),
])
def test_guess(name, epsg, code):
    assert guess(name, epsg) == code
