"""`make screenshots` works from a fresh tree and its pictures show what the documentation says they show."""
import subprocess
import sys

import matplotlib.image
import numpy as np
import pytest

from desktop import QGIS_TIMEOUT, REPO

pytestmark = [pytest.mark.timeout(QGIS_TIMEOUT + 240)]

WINDOW = (1050, 1400)                       # rows, columns: the script's Xvfb screen, the window fills it
MAP = (slice(150, 900), slice(320, 720))    # inside the map canvas, between the layers panel and the dock


def test_screenshots_of_the_real_desktop(tmp_path):
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "screenshots.py"), "--out", str(out),
                           "--work", str(tmp_path / "work"), "--polygons", "1500", "--decisions", "150"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(["review_panel_desktop.png", "review_panel.png", "campaign_dialog.png",
                            "validator_panel.png", "dashboard.png", "report.png", "report_burn_up.png",
                            "report_transitions_cs.png", "bulk_approval_1366x768.png", "dashboard_1366x768.png",
                            "bulk_approval_1920x1080.png", "dashboard_1920x1080.png"])
    for name in ("review_panel_desktop.png", "validator_panel.png", "dashboard.png"):
        window = matplotlib.image.imread(out / name)
        assert window.shape[:2] == WINDOW, name
        canvas = window[MAP]
        assert (canvas.min(axis=2) > 0.97).mean() < 0.2, f"{name}: the map is not drawn"
    # The served item is outlined in magenta on the map: the panel framed it.
    canvas = matplotlib.image.imread(out / "review_panel_desktop.png")[MAP]
    outline = (canvas[..., 0] > 0.8) & (canvas[..., 1] < 0.2) & (canvas[..., 2] > 0.8)
    assert outline.sum() > 500
    # At a validator's 1366×768 and at 1920×1080, the maximised window within the screen (openbox's title bar
    # above it).
    for size in ((768, 1366), (1080, 1920)):
        for name in ("bulk_approval", "dashboard"):
            rows, columns = matplotlib.image.imread(out / f"{name}_{size[1]}x{size[0]}.png").shape[:2]
            assert columns == size[1] and size[0] - 40 <= rows <= size[0], (name, rows, columns)
    report = matplotlib.image.imread(out / "report.png")
    assert report.shape[1] >= 1100 and report.shape[0] > 2000, "the whole page, its table not cut"
    assert np.unique((report * 255).astype(np.uint8).reshape(-1, report.shape[2]), axis=0).shape[0] > 50
