"""A persistent outbox of indicator payloads, delivered by HTTP POST to the pipeline, each exactly once.

Payloads wait in a SQLite file until the endpoint acknowledges them: a network or endpoint failure
loses nothing, and the idempotency key sent with each POST (stable per département, period, schema
version and figures) lets the endpoint recognise a payload it already has. A 2xx answer, or 409
(« already have it »), removes the payload; a timeout, a connection error or a 5xx keeps it for the
next attempt, after an exponential back-off; any other 4xx keeps it too, marked as refused.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from dataclasses import dataclass, field
from typing import Callable, List, Optional, Tuple

from ..errors import InputError
from ..messages import tr
from .indicators import idempotency_key, validate

KEY_HEADER = "Idempotency-Key"
_SCHEMA = """CREATE TABLE IF NOT EXISTS outbox (
    key TEXT PRIMARY KEY, department TEXT NOT NULL, period TEXT NOT NULL, payload TEXT NOT NULL,
    queued_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, next_attempt REAL NOT NULL DEFAULT 0,
    last_error TEXT)"""


@dataclass
class SendReport:
    delivered: List[str] = field(default_factory=list)
    waiting: List[str] = field(default_factory=list)
    errors: List[str] = field(default_factory=list)

    def summary(self) -> str:
        line = tr("{delivered} envoi(s) accepté(s), {waiting} en attente dans la boîte d'envoi.",
                  delivered=len(self.delivered), waiting=len(self.waiting))
        return line + ("" if not self.errors else " " + tr("Dernière erreur : {error}", error=self.errors[-1]))


class Outbox:
    """Payloads waiting for delivery, in one SQLite file (created if missing)."""

    def __init__(self, path: str, clock: Callable[[], float] = time.time,
                 sleep: Callable[[float], None] = time.sleep):
        self.path = path
        self._clock = clock
        self._sleep = sleep
        try:
            self._con = sqlite3.connect(path, isolation_level=None, timeout=30.0)
            self._con.execute("PRAGMA journal_mode = WAL")
            self._con.execute("PRAGMA synchronous = FULL")
            self._con.execute(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise InputError(tr("Boîte d'envoi illisible « {path} » : {exc}.", path=path, exc=exc)) from None

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> "Outbox":
        return self

    def __exit__(self, *_) -> None:
        self.close()

    def put(self, body: dict) -> str:
        """Queue a payload (checked against the schema); the same payload twice is queued once."""
        validate(body)
        key = idempotency_key(body)
        now = dt.datetime.fromtimestamp(self._clock(), dt.timezone.utc).isoformat(timespec="seconds")
        self._con.execute("INSERT OR IGNORE INTO outbox (key, department, period, payload, queued_at) "
                          "VALUES (?, ?, ?, ?, ?)", (key, body["department"], body["period"]["month"],
                                                     json.dumps(body, ensure_ascii=False), now))
        return key

    def pending(self) -> List[dict]:
        rows = self._con.execute("SELECT key, department, period, queued_at, attempts, next_attempt, last_error "
                                 "FROM outbox ORDER BY queued_at, key").fetchall()
        return [dict(zip(("key", "department", "period", "queued_at", "attempts", "next_attempt", "last_error"), r))
                for r in rows]

    def send(self, url: str, *, timeout: float = 10.0, retries: int = 4, backoff: float = 1.0,
             max_backoff: float = 300.0, session=None) -> SendReport:
        """POST every waiting payload to ``url``; each gets up to ``retries`` attempts now, waiting
        ``backoff`` × 2^k seconds between them, then stays for the next call."""
        import requests
        if not url.lower().startswith(("http://", "https://")):
            raise InputError(tr("Adresse de livraison invalide « {url} » : attendu http://… ou https://….",
                                url=url))
        http = session or requests.Session()
        report = SendReport()
        for key, payload in self._con.execute("SELECT key, payload FROM outbox ORDER BY queued_at, key").fetchall():
            for attempt in range(retries):
                error, refused = self._post(http, url, key, payload, timeout)
                if error is None:
                    self._con.execute("DELETE FROM outbox WHERE key = ?", (key,))
                    report.delivered.append(key)
                    break
                attempts = self._con.execute("SELECT attempts FROM outbox WHERE key = ?", (key,)).fetchone()[0] + 1
                wait = min(backoff * 2 ** (attempts - 1), max_backoff)
                self._con.execute("UPDATE outbox SET attempts = ?, next_attempt = ?, last_error = ? WHERE key = ?",
                                  (attempts, self._clock() + wait, error, key))
                report.errors.append(error)
                if refused or attempt == retries - 1:
                    report.waiting.append(key)
                    break
                self._sleep(wait)
        return report

    @staticmethod
    def _post(http, url: str, key: str, payload: str, timeout: float) -> Tuple[Optional[str], bool]:
        """(None, False) when the endpoint has the payload, else why not (in the user's language, for the
        status) and whether the server refused it (a 4xx other than 409: retrying now will not help)."""
        import requests
        try:
            answer = http.post(url, data=payload.encode("utf-8"), timeout=timeout,
                               headers={"Content-Type": "application/json", KEY_HEADER: key})
        except requests.Timeout:
            return tr("délai dépassé ({timeout:g} s)", timeout=timeout), False
        except requests.RequestException as exc:
            return tr("connexion impossible ({error})", error=type(exc).__name__), False
        if 200 <= answer.status_code < 300 or answer.status_code == 409:
            return None, False
        if 400 <= answer.status_code < 500:
            return tr("refusé par le serveur (HTTP {status})", status=answer.status_code), True
        return tr("erreur du serveur (HTTP {status})", status=answer.status_code), False
