"""An interpreter's hour in the real QGIS desktop, at 1366×768 under a window manager: real key events and
mouse drags (xdotool), the packaged plugin on an empty profile. Thirty-odd items reviewed with panning and
zooming between keys, the picker used by keyboard, flags, an undo, a split, a merge, blind items; a
validator (another user, « Panneau de validation… ») rejects one through the reason dialog, checks a
spot-check blind with the pickers, and approves the rest after the confirmation, all with keys and the
mouse; the rejected item comes back with both answers. After every step, what the screen shows is compared
with what the store holds, read through its own SQLite connection."""
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


class Validator:
    """The validator at work in the same desktop; every step ends with their screen compared with the store."""

    def __init__(self, desk, store):
        self.desk, self.store, self.steps = desk, store, []
        self.answered = set()           # sampled items the validator gave their blind answer for
        desk.ask(do="menu", text="Panneau de validation…", user=VALIDATOR)
        dialog = self.wait("the store dialog", lambda v: v["modal"] and v["modal"]["name"] == "OcsgeStoreDialog",
                           check=False)["modal"]
        desk.click(dialog["path_at"])
        desk.key("ctrl+a")
        desk.type(str(store))
        # What was typed, as the field shows it, before Entrée (a loaded machine delivers keys late).
        self.wait("the store typed", lambda v: v["modal"] and v["modal"].get("path") == str(store), check=False)
        desk.key("Return")

    def wait(self, what, until, seconds=20, check=True):
        """The dock's state once ``until(state)`` holds (a loaded machine draws late), compared with the store."""
        end = time.monotonic() + seconds
        while True:
            self.v = self.desk.ask(do="vstate")
            if until(self.v) or time.monotonic() > end:
                break
            time.sleep(0.1)
        assert until(self.v), f"{what}: {self.v}"
        return self.check(what) if check else self.v

    def check(self, what):
        v = self.v
        self.steps.append(what)
        where = f"validator, after {what}: {v}"
        assert v["user"] == VALIDATOR and not v["popup"], where
        items = {fid: (state, cs, us) for fid, state, cs, us in
                 read(self.store, "SELECT fid, state, cs_final, us_final FROM items")}
        judged = dict(read(self.store, "SELECT item_id, action FROM ocsge_journal WHERE \"user\" = ? AND action "
                                       "IN ('approve', 'reject')", (VALIDATOR,)))
        for row in v["rows"]:
            state, cs, us = items[row["id"]]
            expected = {"approve": "approuvé", "reject": "rejeté"}.get(judged.get(row["id"]), "")
            assert row["cells"][7] == expected, (row, judged.get(row["id"]), where)
            assert (state != "decided") == bool(expected), (row, state, where)
            if self.blind(row["id"]):
                texts = " ".join(str(t) for t in row["cells"] + row["tips"])
                assert row["cells"][2:5] == ["à l'aveugle"] * 3, (row, where)
                assert cs not in texts and us not in texts, (row, where)
            elif state == "decided":
                assert row["cells"][4] == f"{cs} / {us}", (row, where)
        blind = [i for i in v["sample"] if self.blind(i)]
        assert not set(blind) & set(v["on_map"]), f"a blind item is drawn with its class: {where}"
        if v["current"] in blind:
            cs, us = items[v["current"]][1:]
            shown = " ".join(v["labels"] + v["tooltips"] + list(v["cells"].values()))
            assert cs not in shown and us not in shown, f"the pair of blind item {v['current']} shows: {where}"
            assert v["blind_box"] and set(v["cells"].values()) == {"à l'aveugle"}, where
        return v

    def blind(self, item_id):
        """Still blind for the validator: sampled, not judged, not answered (the test's own account)."""
        return item_id in self.v["sample"] and item_id not in self.answered and \
            read(self.store, "SELECT state FROM items WHERE fid = ?", (item_id,))[0][0] == "decided"

    def pick(self, code, field):
        """A class typed into the blind picker where the keyboard is, ↓ then Entrée."""
        self.desk.type(code + " ")          # the space: « US2 » alone lists US235 too
        self.desk.key("Down", "Return")

    def answer(self, cs, us):
        item = self.v["current"]
        assert self.v["focus"] == "blind_cs" and self.v["blind_cs"] == self.v["blind_us"] == "", self.v
        self.pick(cs, "cs")
        self.wait("blind couverture chosen", lambda v: v["focus"] == "blind_us" and v["blind_cs"].startswith(cs))
        self.pick(us, "us")
        self.wait("blind usage chosen", lambda v: v["focus"] == "table" and v["blind_us"].startswith(us))
        self.answered.add(item)
        self.desk.key("Return")
        return item

    def click(self, widget):
        """A button of the dock clicked, scrolled into view first (the dock scrolls at 1366×768)."""
        at = self.desk.ask(do="scroll_to", widget=widget)[widget.replace("Button", "_at")]
        self.desk.click(at)


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

        validate(desk, store, decided)
        rejected = read(store, "SELECT item_id FROM ocsge_journal WHERE action = 'reject'")[0][0]
        mine = held(store, rejected)
        me.check("back to the review panel")
        desk.click(me.state["body_at"])             # the interpreter's hand back in the review panel
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
        assert "Usage erroné — haie pas une foret" in s["rejection"] and "Votre réponse" in s["rejection"], s
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


def validate(desk, store, decided):
    """The validator's part, keys and mouse only: one item rejected through the reason dialog, a spot-check
    checked blind (one answer differing, then approved), the rest approved after the confirmation."""
    val = Validator(desk, store)
    val.wait("the validator's panel open", lambda v: v.get("rows") and v["current"] is not None, 60)
    assert sorted(r["id"] for r in val.v["rows"]) == sorted(
        i for (i,) in read(store, "SELECT fid FROM items WHERE state = 'decided'")), "the list is the decided items"
    # Reject an unflagged queue item of the interpreter's with R: ↓ twice to « Usage erroné », Tab, a comment.
    target = next(r for r in val.v["rows"] if held(store, r["id"]) and held(store, r["id"])[2] is None and
                  read(store, "SELECT part FROM items WHERE fid = ?", (r["id"],))[0][0] == "queue" and r["at"])
    desk.click(target["at"])
    val.wait("the item to reject selected", lambda v: v["current"] == target["id"] and v["focus"] == "table")
    desk.key("r")
    v = val.wait("R: the reason dialog", lambda v: v["modal"] and v["modal"]["name"] == "OcsgeRejectDialog")
    desk.key("Down", "Down", "Tab")
    desk.type("haie pas une foret")
    v = val.wait("reason and comment typed", lambda v: v["modal"] and v["modal"]["comment"] == "haie pas une foret")
    assert v["modal"]["reason"] == "Usage erroné", v["modal"]
    desk.ask(do="shot", name="validator_reject.png")
    desk.key("Return")
    val.wait("rejected", lambda v: v["modal"] is None and "rejeté" in v["status"])
    assert read(store, "SELECT item_id, reason, comment FROM ocsge_journal WHERE action = 'reject'") == [
        (target["id"], "Usage erroné", "haie pas une foret")]

    # The spot-check: drawn with the mouse, each sampled item answered blind by keyboard, N between them.
    val.click("sampleButton")
    v = val.wait("the sample drawn", lambda v: v["sample"] and v["focus"] == "blind_cs")
    assert v["current"] in v["sample"] and target["id"] not in v["sample"]
    desk.ask(do="shot", name="validator_blind.png")
    for n in range(len(v["sample"])):
        current = val.v["current"]
        assert current in val.v["sample"] and val.blind(current), val.v
        cs, us = read(store, "SELECT cs_final, us_final FROM items WHERE fid = ?", (current,))[0]
        if n == 0:          # a different couverture: both revealed, the interpreter's approved with A
            other = next(c for c in ("CS2.1.1.1", "CS1.1.1.1") if c != cs)
            val.answer(other, us)
            v = val.wait("a blind answer that differs, revealed",
                         lambda v: v["cells"].get("blind_cs", "").replace("<b>", "").startswith(other))
            assert cs in v["cells"]["decided_cs"] and not v["blind_box"], v
            assert read(store, "SELECT state FROM items WHERE fid = ?", (current,))[0][0] == "decided"
            desk.ask(do="shot", name="validator_blind_revealed.png")
            desk.key("a")
            comment = f"discordant : le validateur a répondu {other} / {us}, le photo-interprète {cs} / {us}"
        else:
            val.answer(cs, us)
            comment = f"concordant : le validateur a répondu {cs} / {us}"
        val.wait(f"blind item {n} judged", lambda v: next(r for r in v["rows"] if r["id"] == current)["cells"][7]
                 == "approuvé")
        assert read(store, "SELECT comment FROM ocsge_journal WHERE item_id = ? AND action = 'approve'",
                    (current,))[0][0].startswith("contrôle à l'aveugle " + comment), current
        desk.key("n")
        if n + 1 < len(v["sample"]):
            val.wait("N: the next sampled item, blind", lambda v: v["current"] != current and v["focus"] == "blind_cs")
    v = val.wait("the spot-check passed", lambda v: "lot accepté" in v["sample_label"] and v["bulk"][1])

    # The rest: the confirmation names the count and the km²; Échap first (nothing written), then Oui.
    rest = int(v["bulk"][0].split("(")[1].rstrip(")").replace("\u202f", "").replace(" ", ""))
    approved = len(read(store, "SELECT 1 FROM ocsge_journal WHERE action = 'approve'"))
    val.click("bulkButton")
    v = val.wait("the bulk approval's confirmation", lambda v: v["modal"] and v["modal"]["text"])
    assert f"Approuver d'un coup {rest} élément(s)" in v["modal"]["text"] and "km²" in v["modal"]["text"], v["modal"]
    desk.key("Escape")
    val.wait("the confirmation declined", lambda v: v["modal"] is None)
    assert len(read(store, "SELECT 1 FROM ocsge_journal WHERE action = 'approve'")) == approved
    val.click("bulkButton")
    v = val.wait("asked again", lambda v: v["modal"] and v["modal"]["text"])
    yes = next(at for text, at in v["modal"]["buttons"].items() if text in ("Oui", "Yes"))
    desk.click(yes)
    v = val.wait("the rest approved", lambda v: v["modal"] is None and "d'un coup" in v["status"])
    bulk = read(store, "SELECT comment FROM ocsge_journal WHERE action = 'approve' AND comment LIKE "
                       "'approbation groupée%'")
    assert len(bulk) == rest and {c for (c,) in bulk} == {bulk[0][0]} and "lot accepté" in bulk[0][0]
    desk.ask(do="shot", name="validator_bulk_done.png")
    assert len(val.steps) > 2 * len(v["sample"])
    desk.ask(do="close_validator", user=USER)
