"""Hiding passwords from anything shown to a user or written to a log."""
import re

# A libpq value is bare or single-quoted with backslash escapes ('pa\'ss').
_PASSWORD = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&]+)", re.I)
# A URI's user information: scheme://user:secret@host
_URI_USERINFO = re.compile(r"([a-z][a-z0-9+.-]*://[^:/@\s]*:)([^@\s]*)(@)", re.I)


def redact(text: str) -> str:
    """``text`` with every ``password=…`` value (libpq string or URI query) and every URI password
    (``postgresql://user:…@host``) replaced by ``***``."""
    return _URI_USERINFO.sub(r"\1***\3", _PASSWORD.sub(r"\1***", text))
