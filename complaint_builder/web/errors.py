"""Error pages in the app's layout, for every HTTP error and any unexpected exception."""

from __future__ import annotations

import logging
from typing import Any

from flask import Blueprint, Flask, render_template
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

bp = Blueprint("errors", __name__)
log = logging.getLogger(__name__)

MESSAGES = {
    400: (_l("The request could not be understood"), _l("Go back, check what you entered and try again.")),
    404: (_l("Page not found"), _l("There is no case or page at this address. It may have been deleted.")),
    405: (_l("Not allowed"), _l("This page cannot be used that way.")),
    413: (_l("Too much data"), _l("What you sent is larger than this tool accepts. Shorten the longest texts.")),
    422: (
        _l("The documents could not be drafted"),
        _l("Something in the answers prevents drafting, for example an unusual date. Check the answers and try again."),
    ),
    500: (_l("Something went wrong"), _l("The error has been logged. Your saved answers are safe.")),
}


def render_error(code: int, title: Any = None, message: Any = None) -> tuple[str, int]:
    default_title, default_message = MESSAGES.get(code, MESSAGES[400] if code < 500 else MESSAGES[500])
    return (
        render_template("errors/error.html", code=code, title=title or default_title, message=message or default_message),
        code,
    )


def handle_csrf(error: CSRFError) -> Any:
    from flask import request

    if request.method == "POST" and request.endpoint in ("wizard.step", "wizard.new"):
        from .wizard import resubmit

        page = resubmit(
            _l("For your security this page was not saved (your session had expired). Check your answers and save again.")
        )
        if page is not None:
            return page
    return render_error(
        400,
        _l("Your session has expired"),
        _l("For your security the form could not be sent. Go back, reload the page and send it again."),
    )


def handle_http(error: HTTPException) -> Any:
    if error.code is None or error.code < 400:
        return error
    return render_error(error.code)


def handle_exception(error: Exception) -> tuple[str, int]:
    if isinstance(error, HTTPException):
        return handle_http(error)
    log.exception("unhandled error", exc_info=error)
    try:
        return render_error(500)
    except Exception:  # the layout itself failed: fall back to plain text
        return str(InternalServerError.description), 500


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
    app.register_error_handler(CSRFError, handle_csrf)
    app.register_error_handler(HTTPException, handle_http)
    app.register_error_handler(Exception, handle_exception)
