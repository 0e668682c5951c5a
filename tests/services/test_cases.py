"""The case store: CRUD, encryption at rest, keys created once, errors for unknown or unreadable cases."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest
from cryptography.fernet import Fernet

from complaint_builder.domain.case import Body, Case, DomesticRemedy, Person, RemedyOutcome, Victim
from complaint_builder.services.cases import CaseNotFound, CaseStore, CaseUnreadable, read_or_create_key


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'store.sqlite'}"


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

    @pytest.mark.parametrize("case_id", ["", "nope", "0" * 32, "../../etc/passwd", "A" * 32, "0" * 1000])
    def it_raises_not_found_for_unknown_ids(self, case_store, case_id):
        with pytest.raises(CaseNotFound):
            case_store.load(case_id)
        with pytest.raises(CaseNotFound):
            case_store.save(case_id, Case())
        with pytest.raises(CaseNotFound):
            case_store.delete(case_id)

    def it_encrypts_the_case_at_rest(self, case_store, tmp_path):
        case_store.create(RUSSIAN)
        case_store.close()
        raw = sqlite3.connect(tmp_path / "store.sqlite")
        try:
            (blob,) = raw.execute("select data from cases").fetchone()
        finally:
            raw.close()
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
    def it_adds_columns_missing_from_an_older_table(self, db_url, key, tmp_path):
        raw = sqlite3.connect(tmp_path / "store.sqlite")
        raw.execute(
            "CREATE TABLE cases (id VARCHAR(32) PRIMARY KEY, title VARCHAR(200), body VARCHAR(8), state VARCHAR(2),"
            " created_at DATETIME, updated_at DATETIME, revision INTEGER, data BLOB)"
        )
        raw.commit()
        raw.close()
        upgraded = CaseStore(db_url, key)
        try:
            case_id = upgraded.create(RUSSIAN, step="parties")
            assert upgraded.summary(case_id).last_step == "parties"
        finally:
            upgraded.close()
