"""``DATABASE_URL`` with PostgreSQL: the whole app on a real server, end to end through the web client.

The store contract itself runs on both backends in test_cases.py; here the app is configured the way an
operator would configure it, with a ``postgresql://`` URL (SQLAlchemy picks psycopg 3 for it).
"""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import make_url
from werkzeug.datastructures import FileStorage, MultiDict
from werkzeug.test import encode_multipart

from complaint_builder.domain import codec
from complaint_builder.domain.case import Body, Case, Person, Victim
from complaint_builder.web import create_app
from tests.conftest import WizardActions, make_config

pytestmark = pytest.mark.postgres


@pytest.fixture
def plain_pg_url(pg_db_url):
    """Return the test database's URL without the driver name, as an operator would write it."""
    return make_url(pg_db_url).set(drivername="postgresql").render_as_string(hide_password=False)


class DescribeAppOnPostgres:
    def it_drafts_reloads_and_exports_a_case(self, tmp_path, plain_pg_url):
        key = Fernet.generate_key()
        settings = make_config(tmp_path, DATABASE_URL=plain_pg_url, CASES_KEY=key)
        app = create_app(settings, instance_path=str(tmp_path / "instance"))
        try:
            store = app.extensions["case_store"]
            assert store.engine.dialect.name == "postgresql" and store.engine.dialect.driver == "psycopg"
            wizard = WizardActions(app.test_client())
            case_id = wizard.new_case("Жалоба в КПП: Иванов против Казахстана", "cat")
            response = wizard.step(
                case_id,
                "state",
                {"state": "KZ", "submission_date": "2026-11-01", "delay_reasons": "Ждали документы из СИЗО"},
            )
            assert response.status_code == 302 and response.location.endswith("/parties")
            wizard.step(case_id, "parties", action="add:victims")
            response = wizard.step(
                case_id,
                "parties",
                {
                    "author-role": "victim",
                    "victims-0-person-name": "Иван Иванович Иванов",
                    "victims-0-person-address": "г. Актау, ул. Мира, 1",
                    "victims-0-status_now": "detained_reachable",
                    "victims-0-effect": "actual",
                    "victims-0-natural_person": "y",
                },
            )
            assert response.status_code == 302, response.get_data(as_text=True)

            page = wizard.page(case_id, "state")  # reload: the page shows what was stored
            assert "Ждали документы из СИЗО" in page and "2026-11-01" in page
            listing = wizard.client.get("/").get_data(as_text=True)
            assert "Жалоба в КПП: Иванов против Казахстана" in listing

            exported = json.loads(wizard.client.get(f"/cases/{case_id}/export.json").data)
            case = codec.from_dict(exported)
            assert (case.title, case.body, case.state) == ("Жалоба в КПП: Иванов против Казахстана", Body.CAT, "KZ")
            assert (case.submission_date, case.delay_reasons) == (date(2026, 11, 1), "Ждали документы из СИЗО")
            assert [v.person.name for v in case.victims] == ["Иван Иванович Иванов"]
            assert case.victims[0].person.address == "г. Актау, ул. Мира, 1"
            assert case == store.load(case_id)
            assert store.summary(case_id).last_step == "events"
        finally:
            app.extensions["case_store"].close()

        again = create_app(settings, instance_path=str(tmp_path / "instance"))  # a restarted server
        try:
            response = again.test_client().get(f"/cases/{case_id}/export.json")
            assert json.loads(response.data) == exported
        finally:
            again.extensions["case_store"].close()

    def it_imports_an_exported_case(self, tmp_path, plain_pg_url):
        app = create_app(make_config(tmp_path, DATABASE_URL=plain_pg_url), instance_path=str(tmp_path / "instance"))
        try:
            store = app.extensions["case_store"]
            original = replace(
                Case(title="Импорт", body=Body.HRC, state="KZ"), victims=(Victim(person=Person(name="Пётр Петров")),)
            )
            wizard = WizardActions(app.test_client())
            content = json.dumps(codec.to_dict(original), ensure_ascii=False).encode()
            fields = MultiDict(
                {"csrf_token": wizard.token("/import"), "file": FileStorage(io.BytesIO(content), "case.json")}
            )
            boundary, body = encode_multipart(fields)
            response = wizard.client.post(
                "/import", data=body, content_type=f"multipart/form-data; boundary={boundary}"
            )
            assert response.status_code == 302 and response.location.endswith("/review")
            [summary] = store.list()
            assert store.load(summary.id) == original
            assert summary.title == "Импорт" and summary.updated_at.tzinfo is not None
        finally:
            app.extensions["case_store"].close()
