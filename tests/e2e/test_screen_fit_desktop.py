"""At a validator's 1366×768 and at 1600×1000, the real QGIS window stays within the screen whichever of
the plugin's panels is opened: review, validation, dashboard (tabs of one another), under a window manager."""
import pytest

from desktop import QGIS_TIMEOUT, demo_campaign, make_profile, run_desktop

pytestmark = [pytest.mark.timeout(QGIS_TIMEOUT + 240)]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    demo, store = demo_campaign(tmp_path_factory.mktemp("fit"), threshold="")
    from ocsge_review.synthetic.simulate import simulate
    simulate(str(store), str(demo / "truth.gpkg"), users=2, error_rate=0.1, seed=2, limit=60)
    return store


@pytest.mark.parametrize("screen", ["1366x768", "1600x1000"])
def test_the_window_stays_within_the_screen_with_each_panel(plugin_zip, tmp_path, store, screen):
    root = tmp_path / "profiles"
    make_profile(root, plugin_zip, user="vera")
    out = tmp_path / "out"
    out.mkdir()
    result, console = run_desktop(root, "check_screen_fit.py", tmp_path, out, screen=screen, window_manager=True,
                                  OCSGE_E2E_STORE=str(store))
    assert result["errors"] == [] and "Traceback" not in console, result["errors"] or console[-3000:]
    width, height = (int(n) for n in screen.split("x"))
    assert [f["dock_opened"] for f in result["frames"]] == [True, True, True], result
    for frame in result["frames"]:
        x, y, w, h = frame["geometry"]          # the window's inside, under openbox's title bar
        assert x >= 0 and y >= 0 and x + w <= width and y + h <= height, (screen, frame)
        # The frame did not grow: openbox's maximised frame overhangs the screen by its 1 px border only.
        assert frame["frame"] == result["maximised"], (screen, frame, result["maximised"])
