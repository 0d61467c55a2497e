"""Numbers in the core's messages, written the French way (the users' language)."""
import re

_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def fr(value: float, decimals: int = 0) -> str:
    """« 1 234 567,8 »: narrow no-break spaces between thousands, a decimal comma."""
    return f"{value:,.{decimals}f}".replace(",", "\u202f").replace(".", ",")


def count(n: int) -> str:
    return fr(int(n))


def km2(x: float) -> str:
    return f"{fr(x, 1)} km²"


def m2(x: float) -> str:
    return f"{fr(x, 1)} m²"


def percent(share: float) -> str:
    """A share (0–1) as « 87,6 % »."""
    return f"{fr(100 * share, 1)} %"


def share(x) -> str:
    """A share as a percentage, or « — » when it is not known."""
    return "—" if x is None else percent(x)


def decimal_comma(text: str) -> str:
    """A name made of numbers (a confidence band « 0.85–0.90 ») with decimal commas: « 0,85–0,90 ».
    Not for codes, whose dots are no decimal points (CS1.1.1)."""
    return _DECIMAL_POINT.sub(",", text)
