"""Storage of cases: the codec JSON of each case, encrypted at rest, plus its title and timestamps.

Like indico's ``operations``: views call these functions and never touch SQL. The store holds no
Flask object, so the CLI or a script can use it with a URL and a key.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import DateTime, Integer, LargeBinary, String, create_engine, event, inspect, select
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from ..domain import codec
from ..domain.case import SHORT_TEXT, Case

CASE_ID = re.compile(r"^[0-9a-f]{32}$")


class CaseNotFound(LookupError):
    """No case has this id."""


class CaseUnreadable(RuntimeError):
    """A stored case cannot be decrypted or decoded (wrong key, or data from another version)."""


class Base(DeclarativeBase):
    pass


class CaseRecord(Base):
    __tablename__ = "cases"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    title: Mapped[str] = mapped_column(String(SHORT_TEXT), default="")
    body: Mapped[str] = mapped_column(String(8), default="")
    state: Mapped[str] = mapped_column(String(2), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    last_step: Mapped[str] = mapped_column(String(16), default="")  # where the user was going: resume there
    data: Mapped[bytes] = mapped_column(LargeBinary)  # Fernet token of the codec JSON


@dataclass(frozen=True, slots=True)
class CaseSummary:
    id: str
    title: str
    body: str
    state: str
    created_at: datetime
    updated_at: datetime
    revision: int
    last_step: str = ""


def _now() -> datetime:
    return datetime.now(UTC)


def read_or_create_key(path: Path, make: Callable[[], bytes]) -> bytes:
    """Return the key stored at ``path``, creating it (mode 600) on first use; safe across workers."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _attempt in range(50):  # another worker may be writing it right now
            key = path.read_bytes().strip()
            if key:
                return key
            time.sleep(0.02)
        raise RuntimeError(f"key file {path} is empty") from None
    key = make()
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    return key


class CaseStore:
    """Cases in a SQL database (SQLAlchemy 2), their JSON encrypted with Fernet."""

    def __init__(self, url: str, key: bytes) -> None:
        connect_args = {"check_same_thread": False, "timeout": 30} if url.startswith("sqlite") else {}
        self.engine = create_engine(url, connect_args=connect_args)
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._fernet = Fernet(key)
        self._session = sessionmaker(self.engine, expire_on_commit=False)
        self._decoded: dict[tuple, Case] = {}
        self._lock = threading.Lock()
        placeholder, self._revision_params = _placeholder(self.engine.dialect.paramstyle)
        self._revision_sql = f"SELECT revision FROM cases WHERE id = {placeholder}"
        self._create_table()
        self._upgrade()

    def _create_table(self) -> None:
        """Create the table unless it exists; workers starting at once may race to create it."""
        for attempt in range(3):
            try:
                Base.metadata.create_all(self.engine)
                return
            except (OperationalError, ProgrammingError, IntegrityError):
                # Another worker created the table between the check and the CREATE: SQLite says "table
                # already exists" (OperationalError), PostgreSQL "duplicate table" (ProgrammingError) or a
                # unique violation in its catalog (IntegrityError). Check again; it exists now.
                if attempt == 2:
                    raise

    def _upgrade(self) -> None:
        """Add the columns that later versions introduced to a table created by an earlier one."""
        columns = {c["name"] for c in inspect(self.engine).get_columns("cases")}
        if "last_step" not in columns:
            try:
                with self.engine.begin() as connection:
                    connection.exec_driver_sql("ALTER TABLE cases ADD COLUMN last_step VARCHAR(16) DEFAULT ''")
            except (OperationalError, ProgrammingError):  # another worker added it first
                pass

    def close(self) -> None:
        self.engine.dispose()

    # -- encoding -------------------------------------------------------------------------------
    def _seal(self, case: Case) -> bytes:
        text = json.dumps(codec.to_dict(case), ensure_ascii=False, separators=(",", ":"))
        return self._fernet.encrypt(text.encode("utf-8"))

    def _open(self, record: CaseRecord) -> Case:
        try:
            raw = self._fernet.decrypt(record.data)
        except InvalidToken:
            raise CaseUnreadable(f"case {record.id} cannot be decrypted with the configured key") from None
        try:
            return codec.from_dict(json.loads(raw))
        except (ValueError, codec.CaseFormatError) as exc:
            raise CaseUnreadable(f"case {record.id} is not a valid case: {exc}") from None

    def _get(self, session: Session, case_id: str) -> CaseRecord:
        if not CASE_ID.match(case_id or ""):
            raise CaseNotFound(case_id)
        record = session.get(CaseRecord, case_id)
        if record is None:
            raise CaseNotFound(case_id)
        return record

    # -- operations -----------------------------------------------------------------------------
    def create(self, case: Case, step: str = "") -> str:
        """Store a new case and return its id; ``step`` is where the user goes next."""
        case_id = secrets.token_hex(16)
        now = _now()
        with self._session.begin() as session:
            session.add(
                CaseRecord(
                    id=case_id,
                    title=case.title,
                    body=case.body.value if case.body else "",
                    state=case.state,
                    created_at=now,
                    updated_at=now,
                    revision=1,
                    last_step=step,
                    data=self._seal(case),
                )
            )
        return case_id

    def load(self, case_id: str) -> Case:
        """Return the case, or raise :class:`CaseNotFound`."""
        with self._session() as session:
            record = self._get(session, case_id)
            key = (record.id, record.revision, record.updated_at)
            case = self._decoded.get(key)
            if case is None:
                case = self._open(record)
                self._remember(key, case)
            return case

    def revision(self, case_id: str) -> int:
        """Return the case's revision (it grows on every save), or raise :class:`CaseNotFound`."""
        if not CASE_ID.match(case_id or ""):
            raise CaseNotFound(case_id)
        # The hot path of every page view: plain DB-API on a pooled connection, no ORM, no compilation.
        connection = self.engine.raw_connection()
        try:
            cursor = connection.cursor()
            cursor.execute(self._revision_sql, self._revision_params(case_id))
            row = cursor.fetchone()
            cursor.close()
        finally:
            connection.close()
        if row is None:
            raise CaseNotFound(case_id)
        return row[0]

    def _remember(self, key: tuple, case: Case) -> None:
        """Keep recently decoded cases (immutable) so that a page view decrypts each revision once."""
        with self._lock:
            if len(self._decoded) >= 64:
                self._decoded.pop(next(iter(self._decoded)))
            self._decoded[key] = case

    def summary(self, case_id: str) -> CaseSummary:
        with self._session() as session:
            return _summary(self._get(session, case_id))

    def save(self, case_id: str, case: Case, step: str | None = None) -> None:
        """Replace the stored case with ``case``; ``step`` (if given) is where the user goes next."""
        with self._session.begin() as session:
            record = self._get(session, case_id)
            record.title = case.title
            record.body = case.body.value if case.body else ""
            record.state = case.state
            record.data = self._seal(case)
            record.updated_at = _now()
            record.revision = record.revision + 1
            if step is not None:
                record.last_step = step

    def list(self) -> list[CaseSummary]:
        """Return every case, the most recently changed first."""
        with self._session() as session:
            rows = session.scalars(select(CaseRecord).order_by(CaseRecord.updated_at.desc(), CaseRecord.id))
            return [_summary(r) for r in rows]

    def rename(self, case_id: str, title: str) -> None:
        self.save(case_id, replace(self.load(case_id), title=title))

    def duplicate(self, case_id: str, title: str) -> str:
        """Store a copy of the case under ``title`` and return the new id."""
        return self.create(replace(self.load(case_id), title=title))

    def delete(self, case_id: str) -> None:
        with self._session.begin() as session:
            session.delete(self._get(session, case_id))


def _placeholder(paramstyle: str) -> tuple[str, Callable[[str], object]]:
    """Return the DB-API placeholder for one parameter and how to pass it, for ``paramstyle``."""
    if paramstyle == "qmark":
        return "?", lambda value: (value,)
    if paramstyle in ("format", "pyformat"):
        return "%s", lambda value: (value,)
    if paramstyle == "numeric":
        return ":1", lambda value: (value,)
    return ":id", lambda value: {"id": value}  # named


def _summary(record: CaseRecord) -> CaseSummary:
    return CaseSummary(
        id=record.id,
        title=record.title,
        body=record.body,
        state=record.state,
        created_at=record.created_at,
        updated_at=record.updated_at,
        revision=record.revision,
        last_step=record.last_step or "",
    )


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers do not block the writer (gunicorn workers)
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# -- Flask binding ---------------------------------------------------------------------------------


def init_app(app) -> None:
    """Open the store for ``app``: DATABASE_URL or instance/cases.sqlite; key from config or instance."""
    instance = Path(app.instance_path)
    url = app.config.get("DATABASE_URL") or f"sqlite:///{instance / 'cases.sqlite'}"
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    key = app.config.get("CASES_KEY")
    key = key.encode("ascii") if isinstance(key, str) else key
    if not key:
        key = read_or_create_key(instance / "cases.key", Fernet.generate_key)
    app.extensions["case_store"] = CaseStore(url, key)


def store() -> CaseStore:
    """Return the store of the current app."""
    from flask import current_app

    return current_app.extensions["case_store"]
