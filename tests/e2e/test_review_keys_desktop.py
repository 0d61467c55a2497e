"""An interpreter's hour in the real QGIS desktop, at 1366×768 under a window manager: real key events and
mouse drags (xdotool), the packaged plugin on an empty profile. Thirty-odd items reviewed with panning and
zooming between keys, the picker used by keyboard, flags, an undo, a split, a merge, blind items; a
validator rejects one; it comes back with both answers. After every step, what the screen shows is
compared with what the store holds, read through its own SQLite connection."""
import json
import os
import random
import shutil
import sqlite3
import subprocess
import time
import xml.etree.ElementTree as ET

import pytest

from desktop import REPO, demo_campaign, make_profile, qgis_command, qgis_env, start_screen, stop

pytestmark = [pytest.mark.timeout(420)]

SCREEN = (1366, 768)
USER, VALIDATOR = "ana", "vera"
ITEMS = 32
WATER = "CS1.2.2"
FLAGS = {"Doute": "doubt", "Image inexploitable": "bad_imagery", "Géométrie à reprendre": "geometry"}
SHOTS = REPO / "build" / "e2e-review-keys"

for _tool in ("Xvfb", "openbox", "xdotool", "qgis"):
    if not shutil.which(_tool):
        pytest.fail(f"{_tool} is missing: apt-get install -y xvfb openbox xdotool qgis", pytrace=False)


class Desktop:
    """Xvfb, openbox and QGIS running check_review_keys.py; keys and the mouse through xdotool."""

    def __init__(self, tmp_path, plugin_zip, store):
        self.out = tmp_path / "out"
        self.out.mkdir()
        root = tmp_path / "profiles"
        make_profile(root, plugin_zip, user=USER)
        display, self.screen = start_screen(SCREEN, tmp_path / "xvfb.log")
        self.env = qgis_env(self.out, tmp_path, display=display, OCSGE_E2E_STORE=str(store))
        self.console = open(tmp_path / "qgis.log", "wb")
        self.qgis = subprocess.Popen(qgis_command(root, REPO / "tests" / "e2e" / "check_review_keys.py"),
                                     env=self.env, stdout=self.console, stderr=subprocess.STDOUT, cwd=tmp_path,
                                     start_new_session=True)
        self.asked = 0
        self._wait(lambda: (self.out / "ready").exists() or (self.out / "result.json").exists(), 120, "QGIS start")
        assert (self.out / "ready").exists(), self.log()

    def log(self) -> str:
        if not self.console.closed:
            self.console.flush()
        return (self.out.parent / "qgis.log").read_text(errors="replace")[-3000:]

    def _wait(self, done, seconds, what):
        end = time.monotonic() + seconds
        while not done():
            if time.monotonic() > end or self.qgis.poll() is not None:
                pytest.fail(f"{what}: no answer from QGIS\n{self.log()}")
            time.sleep(0.02)

    def ask(self, **question) -> dict:
        """What the screen shows (check_review_keys.py reads it off the widgets)."""
        n, self.asked = self.asked, self.asked + 1
        temporary = self.out / f"cmd-{n}.tmp"
        temporary.write_text(json.dumps(question), encoding="utf-8")
        os.replace(temporary, self.out / f"cmd-{n}.json")
        reply = self.out / f"reply-{n}.json"
        self._wait(reply.exists, 30, f"question {question}")
        answer = json.loads(reply.read_text(encoding="utf-8"))
        assert "error" not in answer, (answer, self.log())
        return answer

    def xdo(self, *args):
        subprocess.run(["xdotool", *map(str, args)], env=self.env, check=True)
        time.sleep(0.15)        # the events reach QGIS's event loop before the next question

    def key(self, *keys):
        self.xdo("key", "--delay", 40, *keys)

    def type(self, text):
        self.xdo("type", "--delay", 60, text)

    def click(self, at, button=1):
        self.xdo("mousemove", *at, "sleep", 0.05, "click", button)

    def drag(self, start, end, button=1):
        steps = [a for k in range(1, 6) for a in ("mousemove", start[0] + (end[0] - start[0]) * k // 5,
                                                   start[1] + (end[1] - start[1]) * k // 5, "sleep", 0.03)]
        self.xdo("mousemove", *start, "mousedown", button, *steps, "mouseup", button)

    def wheel(self, at, up=True, clicks=1):
        self.xdo("mousemove", *at, "click", "--repeat", clicks, "--delay", 80, 4 if up else 5)

    def close(self):
        try:
            if self.qgis.poll() is None:
                self.ask(do="quit")
                self.qgis.wait(30)
        finally:
            stop([self.qgis, *reversed(self.screen)])
            self.console.close()


# -- the store, read on its own ------------------------------------------------------------------------
def read(store, sql, args=()):
    con = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def held(store, item_id):
    """(cs, us, flag) of the item's last decision not taken back, or None."""
    rows = read(store, "SELECT seq, action, cs_after, us_after, flag, undoes FROM ocsge_journal WHERE item_id = ? "
                       "ORDER BY seq", (item_id,))
    undone = {r[5] for r in rows if r[1] == "undo"}
    kept = [r for r in rows if r[1] not in ("undo", "approve", "reject") and r[0] not in undone]
    return tuple(kept[-1][2:5]) if kept else None


def code(text):
    return text.split(" — ")[0] if " — " in text else None


def shown_flag(status):
    return next((kind for label, kind in FLAGS.items() if f"signalé : {label}" in status), None)


def class_colours():
    """code → fill colour of the plugin's couverture style."""
    root = ET.parse(REPO / "resources" / "styles" / "couverture.qml").getroot()
    symbols = {s.get("name"): s.find("layer/prop[@k='color']").get("v") for s in root.iter("symbol")}
    return {c.get("value"): tuple(int(v) for v in symbols[c.get("symbol")].split(",")[:3])
            for c in root.iter("category")}


def rgb(name):
    return tuple(int(name[i:i + 2], 16) for i in (1, 3, 5))


def close(a, b, tolerance=8):
    return all(abs(x - y) <= tolerance for x, y in zip(a, b))


class Session:
    """The interpreter at work; every step ends with the screen compared with the store."""

    def __init__(self, desk, store):
        self.desk, self.store, self.steps, self.shots = desk, store, [], []
        self.state = desk.ask(do="state")

    def check(self, what, **ask):
        s = self.state = self.desk.ask(do="state", **ask)
        self.steps.append(what)
        where = f"after {what}: {s}"
        assert not s["popup"], where
        shown = (code(s["cs"]), code(s["us"]))
        row = read(self.store, "SELECT state, claimed_by FROM items WHERE fid = ?", (s["item"],))[0]
        if s["decided"] and "découpé" in s["status"]:     # the pair went to the parts
            parts = read(self.store, "SELECT DISTINCT cs_after, us_after, flag FROM ocsge_journal "
                                     "WHERE related = ? AND action = 'split'", (s["item"],))
            assert parts == [(*shown, None)], where
        elif s["decided"]:
            assert held(self.store, s["item"]) == (*shown, shown_flag(s["status"])), where
            assert "Enregistré" in s["status"], where
        else:
            assert row == ("claimed", USER), where
        return s

    def drawn(self, item_id, expected=None):
        """The colour the map shows inside the item; given ``expected``, once the map is redrawn with it."""
        for _ in range(20):
            colour = rgb(self.check("the map at the item", drawn=[item_id])["drawn"][str(item_id)])
            if expected is None or close(colour, expected):
                break
            time.sleep(0.2)
        return colour

    def on_canvas(self, at):
        x, y, w, h = self.state["canvas"]
        return x + 5 < at[0] < x + w - 5 and y + 5 < at[1] < y + h - 5

    def canvas_point(self, fx, fy):
        x, y, w, h = self.state["canvas"]
        return [x + int(w * fx), y + int(h * fy)]

    def move_map(self, n):
        """Pan (left drag with the pan tool, or a middle drag) and zoom, as between keys all day."""
        start = self.canvas_point(0.45, 0.5)
        end = self.canvas_point(0.45 + (0.08 if n % 2 else -0.08), 0.55)
        self.desk.drag(start, end, button=1 if n % 3 else 2)
        if n % 3 == 0:
            self.desk.wheel(self.canvas_point(0.5, 0.5), up=n % 2 == 0)
        self.check(f"map moved ({n})")

    def search(self, word, downs=1, end="Return"):
        self.desk.key("r")
        self.desk.type(word)
        self.desk.key(*(["Down"] * downs), end)

    def decide_blind(self):
        self.search("eau")
        self.check("blind: couverture by keyboard")
        assert code(self.state["cs"]) == WATER
        self.search("US6.3", end="Tab")
        self.desk.key("Return")
        s = self.check("blind: usage by keyboard, recorded")
        assert s["decided"] and held(self.store, s["item"]) == (WATER, "US6.3", None)

    def next(self):
        self.desk.key("n")
        return self.check("N")

    def fills(self, on):
        """Class fills on or off with T, as the interpreter toggles them between decisions."""
        if self.state["fills"] != on:
            self.desk.key("t")
            assert self.check(f"T: fills {'on' if on else 'off'}")["fills"] == on

    def next_background(self):
        before = self.state["background"]
        self.desk.key("b")
        s = self.check("B: next background")
        assert s["background"] is not None and s["background"] != before, (before, s["background"])
        return s["background"]


def test_an_interpreters_hour_with_real_keys_and_drags(plugin_zip, tmp_path):
    _, store = demo_campaign(tmp_path)
    colours = class_colours()
    rng = random.Random(13)
    SHOTS.mkdir(parents=True, exist_ok=True)
    desk = Desktop(tmp_path, plugin_zip, store)
    try:
        me = Session(desk, store)
        assert me.state["item"] is not None
        done = {"blind": 0, "picker": 0, "flag": 0, "undo": 0, "split": 0, "merge": 0}
        decided = []
        for n in range(ITEMS):
            s = me.state
            splitting = n >= 6 and not done["split"] and s["part"] == "queue"
            if not splitting:       # a split is drawn across the item as framed
                me.move_map(n)
                s = me.state
            if s["blind"]:
                if not done["blind"]:
                    desk.ask(do="shot", name="blind_item.png")
                    model = read(store, "SELECT code_cs FROM items WHERE fid = ?", (s["item"],))[0][0]
                    me.fills(True)
                    drawn = me.drawn(s["item"])
                    assert not close(drawn, colours[model]), "the model's colour shows on a blind item"
                    me.fills(False)
                    assert not s["edit_enabled"]
                    desk.key("e")
                    assert not me.check("E on a blind item")["work_layer"]
                me.decide_blind()
                done["blind"] += 1
            elif splitting:
                desk.key("e")
                s = me.check("E: split tool")
                assert s["work_layer"]
                x0, y0, x1, y1 = s["item_box"]
                y = s["item_at"][1]
                desk.click([x0 - 15, y])
                desk.click([x1 + 15, y])
                desk.click([x1 + 15, y], button=3)
                desk.ask(do="shot", name="split_drawn.png")
                desk.key("Return")
                s = me.check("split recorded")
                parts = read(store, "SELECT item_id FROM ocsge_journal WHERE action = 'split' AND item_id <> ?",
                             (s["item"],))
                assert s["decided"] and len(parts) >= 2 and \
                    read(store, "SELECT state FROM items WHERE fid = ?", (s["item"],))[0][0] == "superseded"
                desk.ask(do="tool", name="pan")
                done["split"] += 1
            elif n >= 10 and not done["merge"] and s["part"] == "queue":
                s = me.check("neighbours", neighbours=True)
                visible = [o for o in s["neighbours"] if me.on_canvas(o["at"])]
                if not visible:
                    desk.key("1", "Return")
                else:
                    other = visible[0]
                    desk.ask(do="tool", name="select")
                    desk.click(other["at"])
                    desk.key("m")
                    s = me.check("merge recorded")
                    assert s["decided"] and read(store, "SELECT state, merged_into FROM items WHERE fid = ?",
                                                 (other["id"],))[0] == ("superseded", s["item"])
                    desk.ask(do="tool", name="pan")
                    done["merge"] += 1
            elif n % 6 == 2:
                me.search("eau")
                s = me.check("picker by keyboard: eau, ↓, Entrée")
                assert code(s["cs"]) == WATER and not s["decided"]
                desk.key("Return")
                s = me.check("recorded after the picker")
                assert held(store, s["item"])[0] == WATER
                # Outlines over the picture: inside the item, the imagery; with T, the class decided.
                assert not close(me.drawn(s["item"]), colours[WATER]), "a fill hides the imagery"
                me.fills(True)
                drawn = me.drawn(s["item"], colours[WATER])
                assert close(drawn, colours[WATER]), (drawn, colours[WATER])
                me.fills(False)
                done["picker"] += 1
            elif n % 6 == 4:
                desk.key("1", rng.choice(["f", "i", "g"]))
                s = me.check("flagged")
                assert shown_flag(s["status"]) is not None
                done["flag"] += 1
            elif n % 6 == 5:
                desk.key("2", "1", "Return")
                me.check("decided, to undo")
                desk.key("ctrl+z")
                s = me.check("undone")
                assert not s["decided"] and held(store, s["item"]) is None
                desk.key("1", "1", "Return")
                done["undo"] += 1
            elif n % 4 == 1:        # a comment given up with Échap, then one kept with Tab and a flag
                desk.key("c")
                desk.type("ombre portee")
                desk.key("Escape", "c")
                desk.type("vu")
                desk.key("Tab", "1", "f")
                s = me.check("comment kept with Tab, flagged")
                assert read(store, "SELECT comment, flag FROM ocsge_journal WHERE item_id = ? ORDER BY seq DESC "
                                   "LIMIT 1", (s["item"],)) == [("vu", "doubt")]
                done["comment"] = done.get("comment", 0) + 1
            else:
                desk.key(str(rng.choice([1, 1, 2])), "1", "Return")
            s = me.check(f"item {n} decided")
            assert s["decided"], s
            decided.append(s["item"])
            if n == 1:
                desk.ask(do="shot", name="item_decided.png")
            if n % 5 == 3:      # natural colour ↔ infrared between decisions
                shown = me.next_background()
                if not done.get("shot_" + shown):
                    desk.ask(do="shot", name=f"over_{'infrared' if 'infra' in shown else 'natural'}.png")
                    done["shot_" + shown] = 1
            me.next()
        assert all(done[k] >= 1 for k in done) and "comment" in done, done
        assert sum(1 for k in done if k.startswith("shot_")) == 2, done
        assert len(set(decided)) >= 30

        # A validator rejects one of the decisions (another user, another connection).
        rejected = next(i for i in decided if held(store, i) and held(store, i)[2] is None and
                        read(store, "SELECT state, part FROM items WHERE fid = ?", (i,))[0] == ("decided", "queue"))
        mine = held(store, rejected)
        from ocsge_review.store import open_store
        with open_store(str(store)) as validator:
            validator.validate(rejected, VALIDATOR, approve=False, reason="Haie, pas une foret")
        for _ in range(4):
            s = me.state
            if s["item"] == rejected:
                break
            if not s["decided"]:
                if s["blind"]:
                    me.decide_blind()
                else:
                    desk.key("1", "1", "Return")
                    me.check("decided before the rejected one")
            me.next()
        s = me.state
        assert s["item"] == rejected, s
        assert "Haie, pas une foret" in s["rejection"] and "Votre réponse" in s["rejection"], s
        assert mine[0] in s["rejection"] and mine[1] in s["rejection"], s
        assert (code(s["cs"]), code(s["us"])) == mine[:2], "one's own answer is preselected"
        desk.ask(do="shot", name="rejected_back.png")
        desk.key("Return")
        s = me.check("the rejected item decided again")
        assert s["decided"] and held(store, rejected)[:2] == mine[:2]
        assert len(me.steps) > 100
    finally:
        desk.close()
        for png in desk.out.glob("*.png"):
            shutil.copy(png, SHOTS / png.name)
    result = json.loads((desk.out / "result.json").read_text(encoding="utf-8"))
    assert result["errors"] == [], result["errors"]
    assert "Traceback" not in desk.log()
