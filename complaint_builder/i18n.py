"""Translation hook shared by the pure core, the CLI and the web app.

The domain core must not import Flask, yet every user-facing string is marked with ``_()`` so that
Babel can extract it. The web app installs Flask-Babel's ``gettext`` here; the CLI and the document
renderer install a Babel ``Translations`` object for the chosen language. Until then strings pass
through unchanged (English is the source language).
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Callable

_translator: ContextVar[Callable[[str], str] | None] = ContextVar("_translator", default=None)
_default_translator: Callable[[str], str] | None = None
_locale_getter: Callable[[], str | None] | None = None


def _(message: str) -> str:
    """Return ``message`` translated into the active language."""
    translate = _translator.get() or _default_translator
    return translate(message) if translate else message


def N_(message: str) -> str:
    """Mark ``message`` for extraction without translating it now (module-level constants)."""
    return message


def install(translate: Callable[[str], str] | None, locale: Callable[[], str | None] | None = None) -> None:
    """Use ``translate`` for every later ``_()`` call in this process (None: English).

    ``locale`` tells the core which language to name things in (State names come from CLDR).
    """
    global _default_translator, _locale_getter
    _default_translator = translate
    _locale_getter = locale


def current_locale() -> str:
    """Return the language the core should use for names it looks up itself (default English)."""
    try:
        return (_locale_getter() if _locale_getter else None) or "en"
    except RuntimeError:  # e.g. Flask-Babel asked outside a request
        return "en"


def use(translate: Callable[[str], str] | None):
    """Use ``translate`` in the current context only; return a token for :func:`reset`."""
    return _translator.set(translate)


def reset(token) -> None:
    """Undo a :func:`use` call."""
    _translator.reset(token)
