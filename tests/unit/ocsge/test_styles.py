"""QML styles are generated from the nomenclature and the committed ones are up to date."""
import os
import xml.etree.ElementTree as ET

from ocsge_review.ocsge import nomenclature as nom
from ocsge_review.ocsge import styles

STYLES_DIR = os.path.join(os.path.dirname(__file__), "..", "..", "..", "resources", "styles")


def test_committed_styles_are_the_generated_ones():
    for name, text in styles.all_styles().items():
        with open(os.path.join(STYLES_DIR, name), encoding="utf-8") as fh:
            assert fh.read() == text, f"{name} is stale: run `make styles`"


def test_couverture_style_has_every_leaf_with_its_colour():
    root = ET.fromstring(styles.all_styles()["couverture.qml"].split("\n", 1)[1])
    renderer = root.find("renderer-v2")
    assert renderer.get("type") == "categorizedSymbol" and renderer.get("attr") == "code_cs"
    cats = renderer.find("categories").findall("category")
    assert [c.get("value") for c in cats] == list(nom.CS_LEAVES)
    symbols = {s.get("name"): s for s in renderer.find("symbols")}
    for c in cats:
        colour = [p.get("v") for p in symbols[c.get("symbol")].iter("prop") if p.get("k") == "color"][0]
        r, g, b, _ = (int(x) for x in colour.split(","))
        assert f"#{r:02X}{g:02X}{b:02X}" == nom.color(c.get("value"))


def test_confidence_style_covers_zero_to_one():
    root = ET.fromstring(styles.confidence_qml().split("\n", 1)[1])
    ranges = root.find("renderer-v2").find("ranges").findall("range")
    assert float(ranges[0].get("lower")) == 0.0 and float(ranges[-1].get("upper")) >= 1.0
    for a, b in zip(ranges, ranges[1:]):
        assert a.get("upper") == b.get("lower")
