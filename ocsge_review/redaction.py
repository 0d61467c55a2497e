"""Hiding passwords from anything shown to a user or written to a log."""
import re

# A libpq value is bare or single-quoted with backslash escapes ('pa\'ss').
_PASSWORD = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.I)


def redact(text: str) -> str:
    """``text`` with every ``password=…`` value replaced by ``***``."""
    return _PASSWORD.sub(r"\1***", text)
