"""Configuration: one class that reads the environment, and a subclass for tests."""

from __future__ import annotations

import os

from ..domain.case import MAX_ROWS


def _flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


class Config:
    """Settings for production; every value can be overridden by the environment or a test mapping."""

    # SECRET_KEY / CASES_KEY: from the environment, else a key file generated in instance/ on first run.
    SECRET_KEY = os.environ.get("SECRET_KEY")
    CASES_KEY = os.environ.get("CASES_KEY")  # Fernet key (urlsafe base64, 32 bytes) for the case JSON
    DATABASE_URL = os.environ.get("DATABASE_URL")  # default: sqlite file in instance/

    # The whole request body, and the parts of one form: 100 rows of a dozen fields fit easily.
    MAX_CONTENT_LENGTH = 4 * 1024 * 1024
    MAX_FORM_MEMORY_SIZE = 1024 * 1024
    MAX_FORM_PARTS = MAX_ROWS * 40

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    # Secure cookies need HTTPS; set SESSION_COOKIE_SECURE=0 to use the app over plain HTTP locally.
    SESSION_COOKIE_SECURE = _flag("SESSION_COOKIE_SECURE", True)
    SESSION_COOKIE_NAME = "cb_session"
    PERMANENT_SESSION_LIFETIME = 12 * 3600

    # A lawyer may spend hours on one step: the token lives as long as the session cookie.
    WTF_CSRF_TIME_LIMIT = 12 * 3600
    WTF_CSRF_SSL_STRICT = True

    BABEL_DEFAULT_LOCALE = "en"
    LANGUAGES = ("en", "ru")

    PAGE_CACHE_SIZE = int(os.environ.get("PAGE_CACHE_SIZE", "256"))  # rendered GET pages per worker; 0: off

    HSTS = _flag("HSTS", False)  # send Strict-Transport-Security (only behind HTTPS)


class TestConfig(Config):
    """Settings for tests: in-memory keys, no secure cookie, CSRF still on."""

    TESTING = True
    SECRET_KEY = "test-secret-key"
    SESSION_COOKIE_SECURE = False
    CASES_KEY = None
