"""The plugin's own exception types: errors a user can cause, worded for them."""
from typing import Optional

from .messages import tr


class OcsgeError(Exception):
    """Base class: ``str(error)`` is a complete sentence for a photo-interpreter."""


class InputError(OcsgeError):
    """A file, layer or field the user pointed at is missing, empty or unreadable."""


class CodeError(OcsgeError):
    """A couverture or usage code that the OCS GE nomenclature does not know."""


class CrsError(OcsgeError):
    """A missing, unsuitable or mismatched coordinate reference system."""


class Cancelled(OcsgeError):
    """The user cancelled a long job; nothing was written."""

    def __init__(self, message: Optional[str] = None):
        super().__init__(message or tr("Opération annulée : rien n'a été écrit."))
