"""The outbox against a real HTTP server on loopback that fails (500), times out, then recovers:
every payload is delivered, and counted by the server exactly once (by idempotency key)."""
import copy
import http.server
import json
import subprocess
import sys
import threading
import time

import pytest

from ocsge_review.errors import InputError
from ocsge_review.statistics.outbox import KEY_HEADER, Outbox
from tests.unit.statistics.test_stats import ROOT, counted  # noqa: F401  (a fixture)


class Pipeline(http.server.ThreadingHTTPServer):
    """Answers the scripted failures first (« 500 » or « slow »: it stores the payload, then answers
    too late), then 201; a key it already holds gets 409 and is not counted again."""
    daemon_threads = True

    def __init__(self, script):
        super().__init__(("127.0.0.1", 0), Handler)
        self.script = list(script)
        self.counted = {}
        self.requests = 0
        self.lock = threading.Lock()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}/indicateurs"


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *_):
        pass

    def do_POST(self):
        server = self.server
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        key = self.headers[KEY_HEADER]
        with server.lock:
            server.requests += 1
            step = server.script.pop(0) if server.script else "ok"
            if step == "500":
                status = 500
            elif step == "400":
                status = 400
            elif key in server.counted:
                status = 409
            else:
                server.counted[key] = body
                status = 201
        if step == "slow":
            time.sleep(1.5)     # the client gave up after its timeout; the server did keep it
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture
def pipeline():
    servers = []

    def start(script):
        server = Pipeline(script)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server
    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def _payloads():
    from ocsge_review.statistics import indicators
    base = json.loads(json.dumps({
        "schema_version": 1, "department": "32", "department_name": "Gers",
        "campaign": {"name": "c", "uid": "u"}, "model_version": "m1",
        "period": {"month": "2026-11", "start": "2026-11-01", "end": "2026-11-30", "as_of": "2026-11-30"},
        "items": {"polygons": 10, "to_review": 5, "reviewed": 5, "reviewed_in_period": 5, "validated": 4},
        "rework": {"count": {"reviewed": 5, "reworked": 1, "rate": 0.2, "ci95": [0.03, 0.62]},
                   "area": {"reviewed_km2": 1.0, "reworked_km2": 0.1, "rate": 0.1}},
        "validation": {"judged": 4, "approved_first": 4, "rate": 1.0, "rejections_per_item": 0.0},
        "accuracy": {"cs": {"available": False, "n": 0, "coverage": None, "strata": [], "reason": "aucun"},
                     "us": {"available": False, "n": 0, "coverage": None, "strata": [], "reason": "aucun"}},
        "production": {"validated_km2_period": 1.0, "planned_km2_period": 2.0, "validated_km2_total": 1.0,
                       "planned_km2_total": 2.0, "to_validate_km2": 3.0, "remaining_km2": 2.0,
                       "pace_km2_per_day": 0.1, "forecast_completion": "2026-12-20"},
        "cost": {"active_hours": 1.0, "hourly_cost": 35.0, "fixed_cost": 0.0, "total_cost": 35.0,
                 "validated_km2": 1.0, "per_km2": 35.0},
        "automation": {"accepted_unchanged_km2": 5.0, "total_km2": 10.0, "rate": 0.5},
        "generated_at": "2026-11-30T12:00:00+00:00"}))
    indicators.validate(base)
    out = []
    for dep in ("32", "69", "971"):
        body = copy.deepcopy(base)
        body["department"] = dep
        out.append(body)
    return out


def test_fails_times_out_recovers_and_counts_each_payload_once(pipeline, tmp_path):
    server = pipeline(["500", "500", "slow", "500", "500", "500", "500"])
    path = str(tmp_path / "outbox.sqlite")
    slept = []
    with Outbox(path, sleep=slept.append) as box:
        keys = [box.put(b) for b in _payloads()]
        assert box.put(_payloads()[0]) == keys[0] and len(box.pending()) == 3    # queued once
        # First round: 2 retries each; the endpoint fails, times out (after keeping the first), fails.
        first = box.send(server.url, timeout=0.5, retries=2, backoff=0.01)
        assert first.delivered == [] and len(first.waiting) == 3
        assert any(e.startswith("délai dépassé") for e in first.errors)
        assert slept == [0.01, 0.01, 0.01]           # one wait between each payload's two attempts
    # Nothing is lost across a restart: the file still holds all three.
    slept.clear()
    with Outbox(path, sleep=slept.append) as box:
        assert sorted(w["key"] for w in box.pending()) == sorted(keys)
        assert all(w["attempts"] == 2 and w["last_error"] for w in box.pending())
        second = box.send(server.url, timeout=5, retries=3, backoff=0.01)
        assert slept == [pytest.approx(0.04)]        # the back-off doubles with each failed attempt
        assert sorted(second.delivered) == sorted(keys) and box.pending() == []
    # The payload the server kept during the timeout came back with its key: 409, not counted twice.
    assert sorted(server.counted) == sorted(keys)
    assert {b["department"] for b in server.counted.values()} == {"32", "69", "971"}
    assert server.requests == 7 + 3


def test_connection_refused_keeps_the_payload_and_a_400_is_kept_as_refused(pipeline, tmp_path):
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/"
    with Outbox(str(tmp_path / "o.sqlite"), sleep=lambda s: None) as box:
        key = box.put(_payloads()[0])
        report = box.send(dead, timeout=1, retries=2)
        assert report.waiting == [key] and "connexion" in report.errors[-1]
        with pytest.raises(InputError, match="Adresse"):
            box.send("ftp://example.org/")
        with pytest.raises(InputError, match="schéma"):
            box.put({"department": "32"})


@pytest.fixture
def english():
    from ocsge_review import messages
    messages.use_environment_language({"LANG": "en_GB.UTF-8"})
    yield
    messages.install(None)


def test_a_400_is_posted_once_and_kept_as_refused_in_english_too(pipeline, tmp_path, english):
    server = pipeline(["400"])
    slept = []
    with Outbox(str(tmp_path / "o.sqlite"), sleep=slept.append) as box:
        key = box.put(_payloads()[0])
        report = box.send(server.url, timeout=5, retries=3, backoff=0.01)
        assert report.waiting == [key] and report.errors == ["refused by the server (HTTP 400)"]
        assert server.requests == 1 and slept == []          # not retried: the server said no


def test_cli_outbox_send_and_status(pipeline, tmp_path):
    server = pipeline(["500"])
    path = str(tmp_path / "o.sqlite")
    with Outbox(path) as box:
        keys = [box.put(b) for b in _payloads()]

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "ocsge_review", "outbox", *args], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
    res = cli("status", "--outbox", path, "--json")
    assert res.returncode == 0 and sorted(w["key"] for w in json.loads(res.stdout)) == sorted(keys)
    res = cli("send", "--outbox", path, "--url", server.url, "--retries", "3")
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("3 envoi(s) accepté(s), 0 en attente")
    assert sorted(server.counted) == sorted(keys)
    assert cli("status", "--outbox", path).stdout.startswith("Boîte d'envoi vide")
    res = cli("send", "--outbox", path, "--url", "pas-une-adresse")
    assert res.returncode == 2 and res.stderr.startswith("erreur : Adresse de livraison invalide")


def test_cli_report_sends_through_the_outbox(pipeline, counted, tmp_path):  # noqa: F811
    server = pipeline(["500", "500", "500", "500"])
    store, out, box = str(tmp_path / "review.gpkg"), str(tmp_path / "rapport"), str(tmp_path / "o.sqlite")

    def report():
        return subprocess.run([sys.executable, "-m", "ocsge_review", "report", "--store", store, "--period",
                               "2026-11", "--out", out, "--send", server.url, "--outbox", box, "--timeout", "5"],
                              cwd=ROOT, capture_output=True, text=True, timeout=300)
    res = report()          # four failures: the payload waits in the outbox, status 4
    assert res.returncode == 4 and "0 envoi(s) accepté(s), 1 en attente" in res.stdout, res.stdout + res.stderr
    assert server.counted == {}
    res = report()          # the same figures again: the same key, still one payload, now delivered
    assert res.returncode == 0 and "1 envoi(s) accepté(s), 0 en attente" in res.stdout, res.stdout + res.stderr
    body, = server.counted.values()
    assert body["department"] == "32" and body["rework"]["count"]["reworked"] == 3
