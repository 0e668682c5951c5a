"""Shared fixtures: an app with its own database and keys per test, its client, and a case builder."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from complaint_builder.domain.case import Body, Case
from complaint_builder.web import create_app
from complaint_builder.web.config import TestConfig

TODAY = date(2026, 11, 20)


@pytest.fixture
def app(tmp_path):
    """Return an app with a fresh SQLite database and instance folder under ``tmp_path``."""
    app = create_app(
        {
            **{k: getattr(TestConfig, k) for k in dir(TestConfig) if k.isupper()},
            "DATABASE_URL": f"sqlite:///{tmp_path / 'cases.sqlite'}",
            "TODAY": TODAY,
        },
        instance_path=str(tmp_path / "instance"),
    )
    yield app
    app.extensions["case_store"].close()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def store(app):
    """Return the app's case store."""
    return app.extensions["case_store"]


@pytest.fixture
def case_factory():
    """Return a builder of cases: ``case_factory(body="cat", state="KZ", title=...)``."""

    def build(body: str | None = "hrc", state: str = "KZ", **overrides) -> Case:
        return replace(Case(), body=Body(body) if body else None, state=state, **overrides)

    return build


_CSRF = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"')


def csrf_token(client, url: str = "/") -> str:
    """Return a CSRF token for the client's session, read from a page as a browser would."""
    html = client.get(url).get_data(as_text=True)
    match = _CSRF.search(html)
    assert match, f"no CSRF token on {url}"
    return match.group(1) or match.group(2)
