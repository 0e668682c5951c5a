"""The app factory, the security settings and the error pages."""

from __future__ import annotations

import pytest

from complaint_builder.web import create_app
from tests.conftest import make_config


class DescribeCreateApp:
    def it_uses_the_test_mapping(self, app):
        assert app.testing
        assert app.config["SESSION_COOKIE_SECURE"] is False

    def it_defaults_to_secure_cookies(self, tmp_path):
        settings = make_config(tmp_path)
        for key in ("SESSION_COOKIE_SECURE", "TESTING"):
            settings.pop(key)
        app = create_app(settings, instance_path=str(tmp_path / "i"))
        try:
            assert app.config["SESSION_COOKIE_SECURE"] is True
            assert app.config["SESSION_COOKIE_HTTPONLY"] is True
            assert app.config["SESSION_COOKIE_SAMESITE"] == "Lax"
        finally:
            app.extensions["case_store"].close()

    def it_limits_the_request_body(self, app):
        assert 0 < app.config["MAX_CONTENT_LENGTH"] <= 16 * 1024 * 1024

    def it_exposes_the_wsgi_app(self, monkeypatch, tmp_path):
        import importlib
        import sys

        monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'wsgi.sqlite'}")
        monkeypatch.chdir(tmp_path)
        from complaint_builder.web import config

        monkeypatch.setattr(config.Config, "DATABASE_URL", f"sqlite:///{tmp_path / 'wsgi.sqlite'}")
        monkeypatch.setattr(config.Config, "SECRET_KEY", "x")
        monkeypatch.setattr(config.Config, "CASES_KEY", "ZmDfcTF7_60GrrY167zsiPd67pEvs0aGOv2oasOM1Pg=")
        sys.modules.pop("wsgi", None)
        wsgi = importlib.import_module("wsgi")
        try:
            assert wsgi.app.name == "complaint_builder.web"
        finally:
            wsgi.app.extensions["case_store"].close()
            sys.modules.pop("wsgi", None)


class DescribeSecurityHeaders:
    @pytest.mark.parametrize("url", ["/", "/new", "/import", "/static/app.css", "/no-such-page"])
    def it_sends_them_on_every_response(self, client, url):
        response = client.get(url)
        response.close()
        headers = response.headers
        csp = headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert "object-src 'none'" in csp
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"
        assert headers["X-Frame-Options"] == "DENY"

    def it_never_caches_pages_with_case_data(self, client, wizard):
        case_id = wizard.new_case()
        assert client.get(f"/cases/{case_id}/state").headers["Cache-Control"] == "no-store"

    def it_has_no_inline_script_or_style(self, client, wizard):
        case_id = wizard.new_case()
        for url in ("/", "/new", f"/cases/{case_id}/state", f"/cases/{case_id}/review"):
            html = client.get(url).get_data(as_text=True)
            assert "<script>" not in html and " style=" not in html and "<style" not in html
            assert "onclick" not in html and "javascript:" not in html
            assert "http://" not in html and "https://" not in html  # no CDN, no third party

    def it_marks_the_session_cookie_httponly_and_samesite(self, client):
        response = client.get("/new")
        cookie = response.headers.get("Set-Cookie", "")
        assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


class DescribeCsrf:
    def it_refuses_a_post_without_token(self, client, store):
        response = client.post("/new", data={"title": "x", "body": "hrc"})
        assert response.status_code == 400
        assert "this page was not saved" in response.get_data(as_text=True)
        assert store.list() == []
        response = client.post("/import", data={})
        assert response.status_code == 400
        assert "session has expired" in response.get_data(as_text=True)

    def it_refuses_a_post_with_a_forged_token(self, client, wizard):
        case_id = wizard.new_case()
        for url in (f"/cases/{case_id}/state", f"/cases/{case_id}/delete", "/import", f"/cases/{case_id}/duplicate"):
            assert client.post(url, data={"csrf_token": "forged"}).status_code == 400
        assert client.get(f"/cases/{case_id}/state").status_code == 200


class DescribeErrorPages:
    @pytest.mark.parametrize(
        "url",
        [
            "/cases/0123456789abcdef0123456789abcdef/state",
            "/cases/nope/state",
            "/cases/0123456789abcdef0123456789abcdef",
            "/cases/0123456789abcdef0123456789abcdef/export.json",
            "/cases/0123456789abcdef0123456789abcdef/delete",
            "/cases/0123456789abcdef0123456789abcdef/rename",
            "/cases/0123456789abcdef0123456789abcdef/compare",
            "/cases/0123456789abcdef0123456789abcdef/review",
            "/nothing",
        ],
    )
    def it_answers_404_in_the_layout_for_unknown_cases(self, client, url):
        response = client.get(url)
        assert response.status_code == 404
        html = response.get_data(as_text=True)
        assert "Page not found" in html and 'class="site-header"' in html

    def it_answers_404_for_an_unknown_step(self, client, wizard):
        case_id = wizard.new_case()
        assert client.get(f"/cases/{case_id}/nonsense").status_code == 404

    def it_answers_405_in_the_layout(self, client):
        response = client.put("/new")
        assert response.status_code == 405
        assert 'class="site-header"' in response.get_data(as_text=True)

    def it_answers_413_for_a_huge_body(self, client, app):
        response = client.post("/new", data={"title": "x" * (app.config["MAX_CONTENT_LENGTH"] + 10)})
        assert response.status_code == 413
        assert "Too much data" in response.get_data(as_text=True)

    def it_renders_unexpected_errors_in_the_layout(self, app, client, monkeypatch):
        from complaint_builder.services import cases

        def broken(self):
            raise RuntimeError("boom")

        monkeypatch.setattr(cases.CaseStore, "list", broken)
        app.config["PROPAGATE_EXCEPTIONS"] = False
        response = client.get("/")
        assert response.status_code == 500
        html = response.get_data(as_text=True)
        assert "Something went wrong" in html and "boom" not in html


class DescribeLanguage:
    def it_switches_to_russian_and_back(self, client, wizard):
        token = wizard.token("/")
        response = client.post("/language", data={"csrf_token": token, "lang": "ru", "next": "/new"})
        assert response.status_code == 302 and response.location == "/new"
        html = client.get("/new").get_data(as_text=True)
        assert '<html lang="ru">' in html

    @pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example", "/\\evil", "javascript:alert(1)"])
    def it_never_redirects_elsewhere(self, client, wizard, target):
        response = client.post("/language", data={"csrf_token": wizard.token("/"), "lang": "en", "next": target})
        assert response.location == "/"


class DescribeSessionCookie:
    def it_trusts_only_a_cookie_whose_signature_was_checked(self, app, client, wizard, store):
        case_id = wizard.new_case()
        cookie = client.get_cookie(app.config["SESSION_COOKIE_NAME"])
        token = wizard.token(f"/cases/{case_id}/state")
        tampered = cookie.value[:-2] + ("AA" if not cookie.value.endswith("AA") else "BB")
        client.set_cookie(app.config["SESSION_COOKIE_NAME"], tampered)
        response = client.post(f"/cases/{case_id}/state", data={"csrf_token": token, "state": "KZ", "action": "save"})
        assert response.status_code == 400 and store.load(case_id).state == ""
        client.set_cookie(app.config["SESSION_COOKIE_NAME"], cookie.value)
        response = client.post(f"/cases/{case_id}/state", data={"csrf_token": token, "state": "KZ", "action": "save"})
        assert response.status_code == 302 and store.load(case_id).state == "KZ"

    def it_forgets_verified_cookies_when_the_secret_key_changes(self, app, client, wizard):
        case_id = wizard.new_case()
        token = wizard.token(f"/cases/{case_id}/state")
        app.secret_key = "another-secret"
        response = client.post(f"/cases/{case_id}/state", data={"csrf_token": token, "state": "KZ"})
        assert response.status_code == 400
