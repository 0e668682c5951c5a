"""The case store: CRUD, encryption at rest, keys created once, errors for unknown or unreadable cases.

The store tests run on both backends: a SQLite file and a real PostgreSQL server (see conftest.py).
"""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from complaint_builder.domain.case import SHORT_TEXT, Body, Case, DomesticRemedy, Person, RemedyOutcome, Victim
from complaint_builder.services.cases import CaseNotFound, CaseStore, CaseUnreadable, read_or_create_key


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """Return the URL of an empty database: a SQLite file, or a fresh schema on the PostgreSQL server."""
    if request.param == "postgresql":
        return request.getfixturevalue("pg_db_url")
    return f"sqlite:///{tmp_path / 'store.sqlite'}"


def execute_raw(url: str, *statements: str) -> list[tuple]:
    """Run SQL on ``url`` outside the store, commit, and return the rows of the last statement."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            for statement in statements:
                result = connection.exec_driver_sql(statement)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


@pytest.fixture
def key():
    return Fernet.generate_key()


@pytest.fixture
def case_store(db_url, key):
    s = CaseStore(db_url, key)
    yield s
    s.close()


RUSSIAN = Case(
    title="Иванов против Казахстана",
    body=Body.CAT,
    state="KZ",
    submission_date=date(2026, 11, 1),
    victims=(Victim(person=Person(name="Иван Иванович Иванов", address="г. Актау, ул. Мира, 1")),),
    domestic_remedies=(DomesticRemedy(authority="Прокуратура г. Актау", outcome=RemedyOutcome.PENDING),),
)


class DescribeCaseStore:
    def it_stores_and_loads_a_case_unchanged(self, case_store):
        case_id = case_store.create(RUSSIAN)
        assert case_store.load(case_id) == RUSSIAN

    def it_lists_the_most_recently_saved_first(self, case_store):
        first = case_store.create(replace(RUSSIAN, title="first"))
        second = case_store.create(replace(RUSSIAN, title="second"))
        case_store.save(first, replace(RUSSIAN, title="first, edited"))
        assert [s.id for s in case_store.list()] == [first, second]
        assert case_store.list()[0].title == "first, edited"

    def it_counts_revisions(self, case_store):
        case_id = case_store.create(RUSSIAN)
        case_store.save(case_id, RUSSIAN)
        assert case_store.summary(case_id).revision == 2

    def it_renames_duplicates_and_deletes(self, case_store):
        case_id = case_store.create(RUSSIAN)
        case_store.rename(case_id, "Новое имя")
        assert case_store.load(case_id).title == "Новое имя"
        copy = case_store.duplicate(case_id, "Копия")
        assert copy != case_id
        assert replace(case_store.load(copy), title="Новое имя") == case_store.load(case_id)
        case_store.delete(case_id)
        with pytest.raises(CaseNotFound):
            case_store.load(case_id)
        assert [s.id for s in case_store.list()] == [copy]

    def it_reports_the_revision_of_a_case(self, case_store):
        case_id = case_store.create(RUSSIAN)
        assert case_store.revision(case_id) == 1
        case_store.save(case_id, RUSSIAN, step="parties")
        assert case_store.revision(case_id) == 2
        assert case_store.summary(case_id).last_step == "parties"
        with pytest.raises(CaseNotFound):
            case_store.revision("0" * 32)

    def it_keeps_a_title_of_the_maximum_length_in_any_script(self, case_store):
        title = "Ж" * SHORT_TEXT  # VARCHAR(200) counts characters, not UTF-8 bytes
        case_id = case_store.create(replace(RUSSIAN, title=title))
        assert case_store.summary(case_id).title == title and case_store.load(case_id).title == title

    @pytest.mark.parametrize("case_id", ["", "nope", "0" * 32, "../../etc/passwd", "A" * 32, "0" * 1000])
    def it_raises_not_found_for_unknown_ids(self, case_store, case_id):
        with pytest.raises(CaseNotFound):
            case_store.load(case_id)
        with pytest.raises(CaseNotFound):
            case_store.save(case_id, Case())
        with pytest.raises(CaseNotFound):
            case_store.delete(case_id)

    def it_encrypts_the_case_at_rest(self, case_store, db_url):
        case_store.create(RUSSIAN)
        case_store.close()
        [(blob, title)] = execute_raw(db_url, "select data, title from cases")
        blob = bytes(blob)
        assert title == RUSSIAN.title  # the title is kept in clear for the list; the case is not
        for plain in ("Иван".encode(), b'"state"', b"submission_date", b"2026-11-01"):
            assert plain not in blob
        assert blob.startswith(b"gAAAA")  # a Fernet token

    def it_survives_a_restart(self, db_url, key):
        first = CaseStore(db_url, key)
        case_id = first.create(RUSSIAN)
        first.close()
        second = CaseStore(db_url, key)
        try:
            assert second.load(case_id) == RUSSIAN
        finally:
            second.close()

    def it_refuses_to_read_with_another_key(self, db_url, key):
        first = CaseStore(db_url, key)
        case_id = first.create(RUSSIAN)
        first.close()
        other = CaseStore(db_url, Fernet.generate_key())
        try:
            with pytest.raises(CaseUnreadable):
                other.load(case_id)
        finally:
            other.close()


class DescribeStartup:
    def it_opens_a_new_database_from_several_workers_at_once(self, db_url, key):
        """gunicorn workers start together: each creates the table unless another one just did."""
        barrier = threading.Barrier(4)
        stores, errors = [], []

        def open_store():
            barrier.wait()
            try:
                stores.append(CaseStore(db_url, key))
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=open_store) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        try:
            assert errors == []
            case_id = stores[0].create(RUSSIAN)
            assert stores[-1].load(case_id) == RUSSIAN
        finally:
            for s in stores:
                s.close()


class DescribeKeyFile:
    def it_creates_the_key_once_with_private_permissions(self, tmp_path):
        path = tmp_path / "instance" / "cases.key"
        first = read_or_create_key(path, Fernet.generate_key)
        second = read_or_create_key(path, Fernet.generate_key)
        assert first == second
        assert path.stat().st_mode & 0o777 == 0o600

    def it_is_used_by_the_app_when_no_key_is_configured(self, tmp_path):
        from complaint_builder.web import create_app
        from tests.conftest import make_config

        instance = tmp_path / "instance"
        settings = make_config(tmp_path, CASES_KEY=None, SECRET_KEY=None)
        app = create_app(settings, instance_path=str(instance))
        case_id = app.extensions["case_store"].create(RUSSIAN)
        app.extensions["case_store"].close()
        again = create_app(settings, instance_path=str(instance))
        try:
            assert again.extensions["case_store"].load(case_id) == RUSSIAN
            assert (instance / "cases.key").exists() and (instance / "secret_key").exists()
            assert again.config["SECRET_KEY"] == app.config["SECRET_KEY"]
        finally:
            again.extensions["case_store"].close()


class DescribeUpgrade:
    def it_adds_columns_missing_from_an_older_table(self, db_url, key):
        binary, timestamp = (
            ("BYTEA", "TIMESTAMP WITH TIME ZONE") if db_url.startswith("postgresql") else ("BLOB", "DATETIME")
        )
        execute_raw(
            db_url,
            "CREATE TABLE cases (id VARCHAR(32) PRIMARY KEY, title VARCHAR(200), body VARCHAR(8), state VARCHAR(2),"
            f" created_at {timestamp}, updated_at {timestamp}, revision INTEGER, data {binary})",
        )
        upgraded = CaseStore(db_url, key)
        try:
            case_id = upgraded.create(RUSSIAN, step="parties")
            assert upgraded.summary(case_id).last_step == "parties"
        finally:
            upgraded.close()
