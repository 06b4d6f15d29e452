"""Demo and scale data sets."""

from sqlalchemy import func, select

from app.clients.models import CustomerSnapshot
from app.core.access import ROLE_BOSS, ROLE_REP
from app.core.models import ActivityEvent, DailyCounter
from app.dashboard.queries import today
from app.org.models import OrgUnit, User
from app.seed import cli
from app.shop.models import ProductDay


def count(db, query):
    return db.session.scalar(select(func.count()).select_from(query.subquery()))


def test_demo_builds_a_living_company(demo, db):
    assert count(db, select(OrgUnit).where(OrgUnit.kind == "branch")) == 2
    assert count(db, select(OrgUnit).where(OrgUnit.kind == "team")) == 4
    assert count(db, select(User).where(User.role == ROLE_BOSS)) == 2
    assert count(db, select(User).where(User.role == ROLE_REP)) == 20
    assert count(db, select(ActivityEvent)) > 500
    days = db.session.scalars(select(DailyCounter.day).distinct()).all()
    assert len(days) >= 20
    assert today() in days  # a new user sees today's activity, at any hour


def test_the_demo_command_seeds_once_and_commits(app, db, monkeypatch):
    """The command's own part (the demo it runs is the `demo` fixture's seed_demo)."""
    seeded = []

    def seed_demo(password):
        seeded.append(password)
        db.session.add(OrgUnit(name="总部", kind="hq", path="/"))
        return {"rep": "rep01", "boss": "boss01", "hq": "admin", "password": password}

    monkeypatch.setattr(cli, "seed_demo", seed_demo)
    runner = app.test_cli_runner()

    result = runner.invoke(args=["seed", "demo"])
    assert result.exit_code == 0, result.output
    assert "rep rep01" in result.output and seeded == ["demo1234"]
    assert count(db, select(OrgUnit)) == 1  # committed

    again = runner.invoke(args=["seed", "demo", "--if-empty"])
    assert again.exit_code == 0 and "already" in again.output
    refused = runner.invoke(args=["seed", "demo"])
    assert refused.exit_code != 0 and seeded == ["demo1234"]


def test_demo_logins_work(demo, client):
    for login in ("rep01", "boss01", "admin", "13800000000"):
        client.fetch_csrf()
        response = client.post("/api/v1/auth/login", json={"login": login, "password": "demo1234"})
        assert response.status_code == 200, login


def test_scale_seed_builds_reps_events_and_counters(app, db):
    result = app.test_cli_runner().invoke(
        args=["seed", "scale", "--reps", "25", "--customers", "500", "--events", "3000",
              "--days", "5"])

    assert result.exit_code == 0, result.output
    assert count(db, select(User).where(User.role == ROLE_REP)) == 25
    assert count(db, select(OrgUnit).where(OrgUnit.kind == "team")) == 3
    assert count(db, select(ActivityEvent)) == 3000
    total = db.session.scalar(select(func.sum(DailyCounter.value)))
    assert total == 3000
    assert count(db, select(ActivityEvent).where(ActivityEvent.customer_id > 500)) == 0
    # the insight's rollups: today's snapshot of every customer, product rows of every day
    assert db.session.scalar(select(func.sum(CustomerSnapshot.count)).where(
        CustomerSnapshot.dimension == "total")) == 500
    assert count(db, select(ProductDay)) == 25 * 5 * 3
    assert count(db, select(ProductDay.day).distinct()) == 5
