"""Bridges the ``ocsge_review`` Python logger to the QGIS message log."""
import logging

from qgis.core import Qgis, QgsMessageLog

LOG_TAG = "OCS GE Review"
CORE_LOGGER = "ocsge_review"

def notify(bar, message: str, level, seconds: int = 0) -> None:
    """Tell the user in QGIS's message bar, under the plugin's name, passwords redacted."""
    bar.pushMessage(LOG_TAG, redact(message), level, seconds)


def redact(text: str) -> str:
    """Hide any ``password=...`` of a connection string (the core's one rule)."""
    # Imported here, not at module level: this module loads before the
    # dependency check, and the core stays out of the plugin's start-up.
    from ocsge_review.redaction import redact as core_redact
    return core_redact(text)


class MessageLogHandler(logging.Handler):
    """Sends log records to QgsMessageLog under the plugin's tag."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = redact(self.format(record))
        except Exception:  # a malformed record must not break the caller
            self.handleError(record)
            return
        if record.levelno >= logging.ERROR:
            level = Qgis.MessageLevel.Critical
        elif record.levelno >= logging.WARNING:
            level = Qgis.MessageLevel.Warning
        else:
            level = Qgis.MessageLevel.Info
        QgsMessageLog.logMessage(message, LOG_TAG, level, notifyUser=False)


def _is_bridge(handler: logging.Handler) -> bool:
    # Compare by name, not class: after a plugin reload the class object is a new one.
    return type(handler).__name__ == MessageLogHandler.__name__


def install() -> MessageLogHandler:
    """Attach one bridge to the core logger (replacing a stale one left by a crash)."""
    logger = logging.getLogger(CORE_LOGGER)
    for stale in [h for h in logger.handlers if _is_bridge(h)]:
        logger.removeHandler(stale)
    handler = MessageLogHandler(level=logging.INFO)
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    logger.addHandler(handler)
    # The root logger's default WARNING would hide the core's progress notes.
    handler.raised_level = logger.level == logging.NOTSET
    if handler.raised_level:
        logger.setLevel(logging.INFO)
    return handler


def remove(handler: MessageLogHandler) -> None:
    logger = logging.getLogger(CORE_LOGGER)
    logger.removeHandler(handler)
    if getattr(handler, "raised_level", False):
        logger.setLevel(logging.NOTSET)


def bridges() -> list:
    """The bridge handlers currently attached (for checks and tests)."""
    return [h for h in logging.getLogger(CORE_LOGGER).handlers if _is_bridge(h)]
