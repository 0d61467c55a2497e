"""Passwords never reach a message or a log, whatever form the connection string takes."""
import pytest

from ocsge_review.redaction import redact


@pytest.mark.parametrize("text, secret", [
    ("PG:host=h dbname=d user=u password=hunter2", "hunter2"),
    ("host=h password='pa\\'ss word' dbname=d", "pa\\'ss word"),
    ("PG:postgresql://u:hunter2@127.0.0.1:5432/db", "hunter2"),
    ("postgresql://marie:s3cr%40t@db.example/ocsge?sslmode=require", "s3cr%40t"),
    ("postgresql://h/db?user=u&password=hunter2&sslmode=require", "hunter2"),
    ("erreur : « PG:postgres://u:p4ss@h/db » illisible", "p4ss"),
])
def test_every_form_of_password_is_hidden(text, secret):
    out = redact(text)
    assert secret not in out and "***" in out


def test_text_without_a_password_is_untouched():
    for text in ("postgresql://u@h/db", "service=ocsge", "host=h dbname=d user=u", "https://example.org/a:b"):
        assert redact(text) == text
