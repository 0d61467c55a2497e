"""Desktop end-to-end fixtures: the plugin zip, built once per session (its users only read it)."""
import subprocess
import sys

import pytest

from desktop import PLUGIN, REPO, version


@pytest.fixture(scope="session")
def plugin_zip(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, str(REPO / "scripts" / "package.py"), "--out", str(out)],
                   check=True, capture_output=True)
    path = out / f"{PLUGIN}-{version()}.zip"
    assert path.exists()
    return path


