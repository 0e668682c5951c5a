"""Shared fixtures: an app with its own database and keys per test, its client, and user actions.

Generic on purpose: any test folder can use ``app``, ``client``, ``runner``, ``store`` and
``case_factory``; ``wizard`` drives the web interview the way a browser does (CSRF token included).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from cryptography.fernet import Fernet

from complaint_builder.domain.case import Body, Case
from complaint_builder.web import create_app
from complaint_builder.web.config import TestConfig

TODAY = date(2026, 11, 20)


def make_config(tmp_path, **overrides: Any) -> dict[str, Any]:
    """Return the settings of a test app whose database and keys live under ``tmp_path``."""
    settings = {k: getattr(TestConfig, k) for k in dir(TestConfig) if k.isupper()}
    settings.update(
        DATABASE_URL=f"sqlite:///{tmp_path / 'cases.sqlite'}",
        CASES_KEY=Fernet.generate_key(),
        TODAY=TODAY,
    )
    settings.update(overrides)
    return settings


@pytest.fixture
def app(tmp_path):
    """Return an app with a fresh SQLite database and instance folder under ``tmp_path``."""
    app = create_app(make_config(tmp_path), instance_path=str(tmp_path / "instance"))
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

    def build(body: str | None = "hrc", state: str = "KZ", **overrides: Any) -> Case:
        return replace(Case(), body=Body(body) if body else None, state=state, **overrides)

    return build


_CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
_CASE_URL = re.compile(r"/cases/([0-9a-f]{32})/")


class WizardActions:
    """Act as a user of the wizard: read the CSRF token from a page, post steps, follow redirects."""

    def __init__(self, client) -> None:
        self.client = client

    def token(self, url: str = "/new") -> str:
        html = self.client.get(url).get_data(as_text=True)
        match = _CSRF.search(html)
        assert match, f"no CSRF token on {url}"
        return match.group(1)

    def post(self, url: str, data: dict[str, Any] | None = None, **kwargs: Any):
        data = dict(data or {})
        data.setdefault("csrf_token", self.token())
        return self.client.post(url, data=data, **kwargs)

    def new_case(self, title: str = "Test case", body: str = "cat", **data: Any) -> str:
        """Answer the start step and return the new case's id."""
        response = self.post("/new", {"title": title, "body": body, **data})
        assert response.status_code == 302, response.get_data(as_text=True)
        return _CASE_URL.search(response.location).group(1)

    def step(self, case_id: str, step: str, data: dict[str, Any] | None = None, action: str = "next", **kwargs: Any):
        return self.post(f"/cases/{case_id}/{step}", {**(data or {}), "action": action}, **kwargs)

    def page(self, case_id: str, step: str) -> str:
        response = self.client.get(f"/cases/{case_id}/{step}")
        assert response.status_code == 200, response.status_code
        return response.get_data(as_text=True)


@pytest.fixture
def wizard(client):
    return WizardActions(client)
