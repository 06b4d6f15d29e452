"""Fixtures: the app, a clean database per test, clients signed in as each role, a small org.

The suite runs on SQLite by default and on PostgreSQL when TEST_DATABASE_URL is set
(`make test-pg` does that).
"""

import os
import threading
from types import SimpleNamespace

import pytest
from flask import has_app_context
from flask.testing import FlaskClient
from sqlalchemy import Integer, create_engine, delete, func, select, text
from sqlalchemy.engine import make_url
from werkzeug.serving import make_server

from app import create_app
from app.core.company import get_company
from app.core.models import Company
from app.extensions import db as _db
from app.extensions import limiter
from app.org.sessions import open_session
from tests import factories

pytest_plugins = ["tests.statuses"]  # every error status answered is in the document


class Client(FlaskClient):
    """Test client that runs each request in its own app context, like a real server.

    Flask would otherwise reuse the test's app context, sharing `g` (and the signed-in user)
    and the database session between requests of different clients.
    """

    csrf_token: str | None = None

    def open(self, *args, **kwargs):
        if self.csrf_token:
            headers = dict(kwargs.pop("headers", None) or {})
            headers.setdefault("X-CSRFToken", self.csrf_token)
            kwargs["headers"] = headers
        with self.application.app_context():
            response = super().open(*args, **kwargs)
        if has_app_context():  # the test's own session sees what the request committed
            _db.session.expire_all()
        return response

    def fetch_csrf(self) -> str:
        self.csrf_token = None
        self.csrf_token = self.get("/api/v1/auth/csrf").json["csrf_token"]
        return self.csrf_token

    def sign_in_as(self, user) -> "Client":
        """Open a session for the user and put it in the cookie (as login would), then fetch
        a CSRF token. `user_session` is the session's row."""
        self.user_session = open_session(user, user_agent="pytest", address="127.0.0.1")
        _db.session.commit()
        with self.session_transaction() as session:
            session["_user_id"] = self.user_session.secret
            session["_fresh"] = True
        self.fetch_csrf()
        self.user = user
        return self


def database_url(tmp_path_factory) -> str:
    """SQLite in this run's (or xdist worker's) temp dir; or TEST_DATABASE_URL, where each
    xdist worker gets a fresh database of its own beside the one named."""
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return url
    base = make_url(url)
    name = f"{base.database}_{worker}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    app = create_app("testing", SQLALCHEMY_DATABASE_URI=database_url(tmp_path_factory))
    app.test_client_class = Client
    from tests.statuses import record_statuses  # registered as a plugin first

    record_statuses(app)
    with app.app_context():
        _db.drop_all()
        _db.create_all()
    return app


def clean_tables() -> None:
    tables = _db.metadata.sorted_tables
    if _db.engine.dialect.name == "postgresql":
        names = ", ".join(f'"{table.name}"' for table in tables)
        _db.session.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    else:
        for table in reversed(tables):
            _db.session.execute(table.delete())
    _db.session.commit()


@pytest.fixture(autouse=True)
def db(app):
    """An app context and an empty database for every test, but for the company row: made on
    first use, it would otherwise be made inside whatever a test has not committed yet (a
    builder asking what day it is), and a request then waits on that transaction's lock."""
    with app.app_context():
        get_company()
        _db.session.commit()
        _db.session.remove()
        yield _db
        _db.session.rollback()
        clean_tables()
        _db.session.remove()
    limiter.reset()


@pytest.fixture
def client(app) -> Client:
    """An anonymous visitor."""
    return app.test_client()


@pytest.fixture
def org(db):
    """HQ -> branch A (teams A1, A2) and branch B (team B1), with users in each place."""
    hq = factories.OrgUnitFactory(name="总部", kind="hq")
    branch_a = factories.OrgUnitFactory(name="华东分公司", kind="branch", parent=hq)
    branch_b = factories.OrgUnitFactory(name="华南分公司", kind="branch", parent=hq)
    team_a1 = factories.OrgUnitFactory(name="上海一队", parent=branch_a)
    team_a2 = factories.OrgUnitFactory(name="杭州二队", parent=branch_a)
    team_b1 = factories.OrgUnitFactory(name="广州一队", parent=branch_b)
    return SimpleNamespace(
        hq=hq, branch_a=branch_a, branch_b=branch_b,
        team_a1=team_a1, team_a2=team_a2, team_b1=team_b1,
        admin=factories.HqAdminFactory(username="admin", org_unit=hq),
        boss_a=factories.BossFactory(username="boss_a", org_unit=branch_a),
        boss_a1=factories.BossFactory(username="boss_a1", org_unit=team_a1),
        boss_b=factories.BossFactory(username="boss_b", org_unit=branch_b),
        rep_a1=factories.RepFactory(username="rep_a1", org_unit=team_a1),
        rep_a1b=factories.RepFactory(username="rep_a1b", org_unit=team_a1),
        rep_a2=factories.RepFactory(username="rep_a2", org_unit=team_a2),
        rep_b1=factories.RepFactory(username="rep_b1", org_unit=team_b1),
    )


@pytest.fixture
def as_rep(app, org) -> Client:
    return app.test_client().sign_in_as(org.rep_a1)


@pytest.fixture
def as_boss(app, org) -> Client:
    return app.test_client().sign_in_as(org.boss_a)


@pytest.fixture
def as_hq(app, org) -> Client:
    return app.test_client().sign_in_as(org.admin)


@pytest.fixture
def role_clients(as_rep, as_boss, as_hq, client) -> dict[str, Client]:
    return {"anonymous": client, "rep": as_rep, "boss": as_boss, "hq": as_hq}


@pytest.fixture(scope="session")
def demo_rows(app) -> dict[str, list[dict]]:
    """The demo, seeded once per test process (it plays three weeks through the services,
    tens of seconds) and kept as every table's rows, for the `demo` fixture to put back."""
    from app.seed.demo import seed_demo

    with app.app_context():
        seed_demo(app.config["DEMO_PASSWORD"])
        _db.session.commit()
        rows = {table.name: [dict(row._mapping) for row in _db.session.execute(
            table.select().order_by(*table.primary_key.columns))]
            for table in _db.metadata.sorted_tables}
        clean_tables()
        _db.session.remove()
    return rows


@pytest.fixture
def demo(db, demo_rows) -> None:
    """The seeded demo in this test's clean database, as `flask seed demo` left it."""
    _db.session.execute(delete(Company))  # the row `db` made gives way to the demo's
    for table in _db.metadata.sorted_tables:
        rows = demo_rows[table.name]
        for start in range(0, len(rows), 1000):
            _db.session.execute(table.insert(), rows[start:start + 1000])
    if _db.engine.dialect.name == "postgresql":  # explicit ids do not move the sequences
        for table in _db.metadata.sorted_tables:
            key = list(table.primary_key.columns)
            if len(key) == 1 and isinstance(key[0].type, Integer) and demo_rows[table.name]:
                sequence = func.pg_get_serial_sequence(f'"{table.name}"', key[0].name)
                _db.session.execute(select(func.setval(
                    sequence, select(func.max(key[0])).scalar_subquery())).where(
                    sequence.is_not(None)))
    _db.session.commit()


@pytest.fixture
def live_server(app, demo):
    """A real HTTP server (threads, like gunicorn's) on a free loopback port, with the demo."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)
