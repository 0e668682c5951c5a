"""A real PostgreSQL server for the store tests: a private throw-away cluster, or ``TEST_DATABASE_URL``.

``postgres_url`` (session scope) is the URL of an empty database on a cluster started for this test
session in a temporary directory, on a free loopback port, as the ``postgres`` user when the tests run
as root (``initdb`` refuses root). It does not use, start or need the distribution's default cluster.
Without the server binaries (``scripts/setup --dev`` installs them) the tests that need it are skipped.
If ``TEST_DATABASE_URL`` is set, that database is used instead and no server is started.

``pg_db_url`` (function scope) is a URL on that database whose ``search_path`` is a fresh schema, so
each test starts from an empty database (also when several pytest-xdist workers share one
``TEST_DATABASE_URL``); the schema is dropped afterwards.
"""

from __future__ import annotations

import glob
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url
from sqlalchemy.pool import NullPool

START_TIMEOUT = 30  # seconds for the server to accept connections
DATABASE = "complaint_builder_test"


def pytest_configure(config):
    config.addinivalue_line("markers", "postgres: needs a PostgreSQL server (a private cluster or TEST_DATABASE_URL)")


def _version_key(path: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", path))


def find_bindir() -> Path | None:
    """Return the directory of the newest installed ``initdb``/``pg_ctl``, or None."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=True)
            candidates.append(out.stdout.strip())
        except (OSError, subprocess.SubprocessError):
            pass
    if shutil.which("initdb"):
        candidates.append(str(Path(shutil.which("initdb")).parent))
    for directory in candidates:
        if directory and all(os.access(Path(directory) / tool, os.X_OK) for tool in ("initdb", "pg_ctl")):
            return Path(directory)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Cluster:
    """A PostgreSQL cluster in a temporary directory, run by ``user`` (None: the current user)."""

    def __init__(self, bindir: Path, user: str | None) -> None:
        self.bindir = bindir
        self.user = user
        self.root = Path(tempfile.mkdtemp(prefix="cb-pg-"))  # short: the socket path has a length limit
        if user:
            entry = pwd.getpwnam(user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port: int | None = None

    def _run(self, *args: str, timeout: float) -> subprocess.CompletedProcess:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)

    def _log_tail(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-2000:]
        except OSError:
            return ""

    def start(self) -> None:
        done = self._run(
            "initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync",
            timeout=120,
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stdout}{done.stderr}")
        for _attempt in range(3):  # the free port may be taken between choosing it and binding it
            self.port = _free_port()
            options = (
                f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1"
                " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            try:
                done = self._run(
                    "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", str(START_TIMEOUT),
                    "start", timeout=START_TIMEOUT + 15,
                )  # fmt: skip
            except subprocess.TimeoutExpired:
                self.stop()
                raise RuntimeError(f"PostgreSQL did not start in {START_TIMEOUT} s:\n{self._log_tail()}") from None
            if done.returncode == 0:
                return
            self.stop()  # pg_ctl may have left a server behind that failed later
        raise RuntimeError(f"PostgreSQL did not start: {done.stdout}{done.stderr}\n{self._log_tail()}")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            try:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "-t", "30", "stop", timeout=45)
            except subprocess.TimeoutExpired:
                pass

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"


def _execute_autocommit(url: str, *statements: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """Return the URL of an empty PostgreSQL database: ``TEST_DATABASE_URL``, or a private cluster's."""
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -r requirements.txt)")
    given = os.environ.get("TEST_DATABASE_URL")
    if given:
        yield given
        return
    bindir = find_bindir()
    if bindir is None:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl) are not installed: run scripts/setup --dev "
            "(apt package postgresql) or set TEST_DATABASE_URL"
        )
    user = None
    if os.geteuid() == 0:  # initdb refuses to run as root
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no postgres user to run the PostgreSQL server as")
        if not shutil.which("runuser"):
            pytest.skip("running as root and runuser is missing, so the PostgreSQL server cannot be started")
        user = "postgres"
    cluster = Cluster(bindir, user)
    try:
        cluster.start()
        _execute_autocommit(cluster.url("postgres"), f"CREATE DATABASE {DATABASE}")
        yield cluster.url(DATABASE)
    finally:
        cluster.remove()


def with_search_path(url: str, schema: str) -> str:
    """Return ``url`` with the libpq option that puts ``schema`` first on the search path."""
    with_options = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
    return with_options.render_as_string(hide_password=False)


@pytest.fixture
def pg_db_url(postgres_url) -> Iterator[str]:
    """Return a URL on the test database where a fresh, empty schema comes first on the search path."""
    schema = f"t_{secrets.token_hex(6)}"
    _execute_autocommit(postgres_url, f"CREATE SCHEMA {schema}")
    try:
        yield with_search_path(postgres_url, schema)
    finally:
        _execute_autocommit(postgres_url, f"DROP SCHEMA {schema} CASCADE")
