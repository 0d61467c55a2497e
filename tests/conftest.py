"""Shared test set-up: the repository root is importable, so is the core; a demo département."""
import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory):
    """A 1 500-polygon demo département with its probability raster (every tier may use it)."""
    from ocsge_review.synthetic import demo
    out = tmp_path_factory.mktemp("demo")
    data = demo.generate(1500, seed=7, department="32")
    demo.write(data, str(out))
    return out
