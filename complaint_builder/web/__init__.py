"""The web wizard: ``create_app`` builds the Flask app (flaskr / microblog style factory)."""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any

from flask import Flask, request, session
from flask.sessions import SecureCookieSessionInterface
from flask_babel import Babel, get_locale
from flask_babel import gettext as babel_gettext
from flask_wtf.csrf import CSRFProtect

from forms.fields import render_choices, render_control

from .. import i18n
from ..services import cases as case_service
from .config import Config

ROOT = Path(__file__).resolve().parents[2]  # the repository: templates/, forms/, translations/

babel = Babel()
csrf = CSRFProtect()

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


class VerifiedCookieSessionInterface(SecureCookieSessionInterface):
    """Flask's signed-cookie session; a cookie verified in the last minute is not verified again.

    Checking the signature costs as much as serving a cached page. Only sessions holding plain text
    (the CSRF secret, the language) are remembered, keyed by the exact cookie and the secret key.
    """

    MAX_AGE = 60.0

    def __init__(self) -> None:
        self._verified: OrderedDict[str, tuple[dict[str, str], float, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def open_session(self, app: Flask, request: Any) -> Any:
        value = request.cookies.get(self.get_cookie_name(app))
        now = time.monotonic()
        if value:
            with self._lock:
                hit = self._verified.get(value)
            if hit is not None and now - hit[1] < self.MAX_AGE and hit[2] == app.secret_key:
                return self.session_class(hit[0])
        session_ = super().open_session(app, request)
        if value and session_ and all(isinstance(v, str) for v in session_.values()):
            with self._lock:
                self._verified[value] = (dict(session_), now, app.secret_key)
                while len(self._verified) > 1024:
                    self._verified.popitem(last=False)
        return session_


def select_locale() -> str:
    """Return the language the user chose, else the best match of the browser's languages."""
    languages = current_languages()
    chosen = session.get("lang")
    if chosen in languages:
        return chosen
    return request.accept_languages.best_match(languages) or languages[0]


def current_languages() -> tuple[str, ...]:
    from flask import current_app

    return tuple(current_app.config["LANGUAGES"])


def create_app(test_config: dict[str, Any] | type | None = None, instance_path: str | None = None) -> Flask:
    """Create and configure the app; ``test_config`` (a mapping or a config class) overrides Config."""
    app = Flask(
        __name__,
        instance_path=instance_path,
        instance_relative_config=True,
        template_folder=str(ROOT / "templates"),
        static_folder=str(Path(__file__).resolve().parents[1] / "static"),
    )
    app.config.from_object(Config)
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
    elif isinstance(test_config, type):
        app.config.from_object(test_config)
    else:
        app.config.from_mapping(test_config)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    if not app.config.get("SECRET_KEY"):
        key_file = Path(app.instance_path) / "secret_key"
        app.config["SECRET_KEY"] = case_service.read_or_create_key(
            key_file, lambda: secrets.token_hex(32).encode("ascii")
        ).decode("ascii")
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(ROOT / "translations"))
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True

    app.session_interface = VerifiedCookieSessionInterface()
    babel.init_app(app, locale_selector=select_locale)
    csrf.init_app(app)
    case_service.init_app(app)
    # Engine, domain and document strings go through Flask-Babel in this process.
    i18n.install(babel_gettext, locale=lambda: str(get_locale() or "en"))

    from . import cases, errors, wizard

    app.register_blueprint(cases.bp)
    app.register_blueprint(wizard.bp)
    wizard.init_app(app)
    errors.init_app(app)

    app.after_request(_security_headers)
    app.context_processor(lambda: {"current_locale": str(get_locale()), "languages": current_languages()})
    _template_helpers(app)
    app.add_template_global(field_attrs)
    app.add_template_global(render_control, "control")
    app.add_template_global(render_choices, "choices")
    app.add_template_global(details_open)
    return app


SECURITY_HEADERS = (
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "no-referrer"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
)
HSTS = ("Strict-Transport-Security", "max-age=31536000; includeSubDomains")


def _security_headers(response):
    """Add the security headers to every response; never cache pages holding case data."""
    from flask import current_app

    # No view sets these itself, so they are appended without a lookup (this runs on every request).
    response.headers.extend(SECURITY_HEADERS)
    if current_app.config.get("HSTS"):
        response.headers.extend((HSTS,))
    if request.endpoint != "static":
        response.headers["Cache-Control"] = "no-store"
    return response


def field_attrs(field: Any, hint: Any = None, **extra: Any) -> dict[str, Any]:
    """Return the ARIA attributes of a field: its hint and error ids, and whether it is invalid."""
    described = []
    if hint:
        described.append(f"{field.id}-hint")
    if field.errors:
        described.append(f"{field.id}-error")
    attrs = dict(extra)
    if described:
        attrs["aria-describedby"] = " ".join(described)
    if field.errors:
        attrs["aria-invalid"] = "true"
    return attrs


def details_open(form: Any, names: Any) -> bool:
    """Return whether a collapsed group of fields holds an answer or an error (then show it open)."""
    return any(form[name].errors or form[name].data for name in names)


def _template_helpers(app: Flask) -> None:
    """Make the labels of bodies, States, statuses and steps available to every template."""
    from flask_babel import format_date, format_datetime

    from forms import labels

    from ..domain.case import Body
    from ..domain.states import state_name
    from ..rules.findings import status_label, verdict_label
    from .wizard import STEPS, TOPIC_STEP

    def body_label(body: Any) -> str:
        try:
            return str(labels.BODY[Body(body)])
        except ValueError:
            return ""

    def body_short(body: Any) -> str:
        try:
            return str(labels.BODY_SHORT[Body(body)])
        except ValueError:
            return ""

    def state_label(code: str) -> str:
        return state_name(code, str(get_locale() or "en")) if code else ""

    def step_label(topic: str) -> str:
        return str(STEPS.get(TOPIC_STEP.get(topic, ""), ""))

    app.jinja_env.globals.update(
        body_label=body_label,
        body_short=body_short,
        state_label=state_label,
        step_label=step_label,
        status_label=status_label,
        verdict_label=verdict_label,
        format_date=format_date,
        format_datetime=format_datetime,
        body_choices=[(b.value, label) for b, label in labels.BODY.items()],
    )
