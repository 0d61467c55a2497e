"""`make screenshots` works from a fresh tree and its pictures show what the documentation says they show."""
import subprocess
import sys
import xml.etree.ElementTree as ET

import matplotlib.image
import numpy as np
import pytest

from desktop import REPO

pytestmark = [pytest.mark.timeout(3 * 240 + 120)]   # scripts/screenshots.py: three sessions of SESSION_TIMEOUT

WINDOW = (1050, 1400)                       # rows, columns: the script's Xvfb screen, the window fills it
MAP = (slice(150, 900), slice(320, 720))    # inside the map canvas, between the layers panel and the dock
SIZES = ((768, 1366), (1080, 1920))         # a validator's laptop, a common desktop screen (rows, columns)
OVER_IMAGERY = ("review_natural", "review_infrared", "review_blind", "review_rejected", "validator_imagery",
                "validator_blind")
REJECTED, BLIND = (176, 0, 32), (92, 60, 146)   # the review panel's banners (ui/review/review_panel.py)


def class_fills():
    """The fill colours of the plugin's couverture style, 0–255."""
    root = ET.parse(REPO / "resources" / "styles" / "couverture.qml").getroot()
    return np.array([[int(v) for v in s.find("layer/prop[@k='color']").get("v").split(",")[:3]]
                     for s in root.iter("symbol") if s.find("layer/prop[@k='color']") is not None])


def rgb(image):
    return (image[..., :3] * 255).round()


def share_of(image, colours, tolerance=4):
    """The share of the image's pixels within ``tolerance`` of one of ``colours``."""
    pixels = rgb(image).reshape(-1, 1, 3)
    return (np.abs(pixels - np.asarray(colours)[None]).max(axis=2) <= tolerance).any(axis=1).mean()


def map_of(image):
    """Inside the map canvas of a maximised window, whatever the screen: between the layers panel and the dock."""
    rows, columns = image.shape[:2]
    return image[int(rows * 0.25):int(rows * 0.85), int(columns * 0.2):int(columns * 0.45)]


def assert_over_imagery(canvas, name):
    assert (canvas.min(axis=2) > 0.97).mean() < 0.2, f"{name}: the map is not drawn"
    # The review layer draws outlines only: inside the items, the orthophoto, not the classes' flat fills
    # (they covered most of the map before the pictures went under it).
    assert share_of(canvas, class_fills()) < 0.1, f"{name}: class fills, not the imagery"


def yellow(canvas):
    """Pixels of the outline of the item served (yellow over a dark halo)."""
    return ((canvas[..., 0] > 0.9) & (canvas[..., 1] > 0.8) & (canvas[..., 2] < 0.3)).sum()


def test_screenshots_of_the_real_desktop(tmp_path):
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "screenshots.py"), "--out", str(out),
                           "--work", str(tmp_path / "work"), "--polygons", "1500", "--decisions", "150"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    names = sorted(p.name for p in out.iterdir())
    sized = [f"{name}_{columns}x{rows}.png" for rows, columns in SIZES
             for name in (*OVER_IMAGERY, "bulk_approval", "dashboard")]
    assert names == sorted(["review_panel_desktop.png", "review_panel.png", "campaign_dialog.png",
                            "validator_panel.png", "dashboard.png", "report.png", "report_burn_up.png",
                            "report_transitions_cs.png", *sized])
    for name in ("review_panel_desktop.png", "validator_panel.png", "dashboard.png"):
        window = matplotlib.image.imread(out / name)
        assert window.shape[:2] == WINDOW, name
        assert_over_imagery(window[MAP], name)
    # The served item is outlined in yellow on the map: the panel framed it.
    assert yellow(matplotlib.image.imread(out / "review_panel_desktop.png")[MAP]) > 500
    # At a validator's 1366×768 and at 1920×1080, the maximised window within the screen (openbox's title bar
    # above it).
    for size in SIZES:
        shots = {}
        for name in (*OVER_IMAGERY, "bulk_approval", "dashboard"):
            shots[name] = image = matplotlib.image.imread(out / f"{name}_{size[1]}x{size[0]}.png")
            rows, columns = image.shape[:2]
            assert columns == size[1] and size[0] - 40 <= rows <= size[0], (name, rows, columns)
        for name in OVER_IMAGERY:
            assert_over_imagery(map_of(shots[name]), f"{name} at {size}")
        for name in ("review_natural", "review_infrared", "review_blind", "review_rejected"):
            assert yellow(map_of(shots[name])) > 500, f"{name} at {size}: the item served is not framed"
        # B: the same item, the panel unchanged, the other picture under it.
        natural, infrared = map_of(shots["review_natural"]), map_of(shots["review_infrared"])
        assert np.abs(natural[..., :3] - infrared[..., :3]).mean() > 0.05, size
        # The panel's banners: the validator's reason and « Votre réponse » on the rejected item, « Contrôle à
        # l'aveugle » on the blind one, neither on the item with the model's proposals.
        panel = {name: shots[name][:, shots[name].shape[1] // 2:] for name in shots}
        assert share_of(panel["review_rejected"], [REJECTED], 2) > 0.005, size
        assert share_of(panel["review_blind"], [BLIND], 2) > 0.005, size
        assert share_of(panel["review_natural"], [REJECTED, BLIND], 2) < 0.002, size
    report = matplotlib.image.imread(out / "report.png")
    assert report.shape[1] >= 1100 and report.shape[0] > 2000, "the whole page, its table not cut"
    assert np.unique((report * 255).astype(np.uint8).reshape(-1, report.shape[2]), axis=0).shape[0] > 50
