"""Demo and scale data sets."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.clients.models import CustomerSnapshot
from app.core.access import ROLE_BOSS, ROLE_REP
from app.core.db import clock_at
from app.core.events import counters_from_events, declared_metrics
from app.core.models import ActivityEvent, DailyCounter
from app.dashboard.queries import today
from app.org.models import OrgUnit, User
from app.seed import cli
from app.seed.scale import seed_scale
from app.shop.models import Order, ProductDay, VisitorDay


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
    days = db.session.scalars(select(ActivityEvent.day).distinct()).all()
    assert min(days) == today() - timedelta(days=5) and max(days) == today()
    assert count(db, select(ActivityEvent).where(ActivityEvent.customer_id > 500)) == 0
    # the insight's rollups: today's snapshot of every customer, product rows of every day
    assert db.session.scalar(select(func.sum(CustomerSnapshot.count)).where(
        CustomerSnapshot.dimension == "total")) == 500
    assert count(db, select(ProductDay)) == 25 * 5 * 3
    assert count(db, select(ProductDay.day).distinct()) == 5


NOW = datetime(2026, 3, 10, 6, 30, tzinfo=UTC)  # 14:30 in Shanghai


@pytest.fixture
def scale_set(db):
    """A small scale data set whose orders (over 20 days) all fall around its 10 days of
    events, as of NOW."""
    with clock_at(NOW):
        seed_scale(20, 300, 4000, orders=600, days=10, order_days=20, password="x",
                   echo=lambda _: None)


def test_scale_counters_are_what_the_events_say_on_every_day(scale_set, db):
    days = sorted(db.session.scalars(select(DailyCounter.day).distinct()))
    assert days == [date(2026, 2, 28) + timedelta(days=n) for n in range(11)]  # 10 days back

    for day in days:
        stored = {(c.rep_id, c.org_unit_id, c.metric): c.value
                  for c in db.session.scalars(select(DailyCounter).where(DailyCounter.day == day))}
        assert stored == counters_from_events(day), day
    metrics = set(db.session.scalars(select(DailyCounter.metric).distinct()))
    assert {"visit", "visitor", "order", "order_paid", "order_completed", "revenue",
            "consultation", "booking_answered", "login"} <= metrics
    assert metrics <= {m.name for m in declared_metrics()}


def test_scale_orders_of_the_window_bring_their_events_and_revenue(scale_set, db):
    start = NOW - timedelta(days=10)
    paid = db.session.scalar(select(func.sum(Order.paid_amount)).where(Order.paid_at >= start))
    refunded = db.session.scalar(select(func.sum(Order.paid_amount)).where(
        Order.status == "refunded", Order.closed_at >= start))
    revenue = db.session.scalar(select(func.sum(DailyCounter.value)).where(
        DailyCounter.metric == "revenue"))
    assert paid and revenue == paid - (refunded or 0)
    placed = count(db, select(Order).where(Order.placed_at >= start))
    assert count(db, select(ActivityEvent).where(ActivityEvent.verb == "order")) == placed
    assert db.session.scalar(select(func.max(ActivityEvent.occurred_at))) <= NOW
    assert db.session.scalar(select(func.max(Order.closed_at))) <= NOW
    assert db.session.scalar(select(func.max(Order.paid_at))) <= NOW


def test_scale_visitors_are_recorded_once_a_day(scale_set, db):
    visitors = db.session.scalar(select(func.sum(DailyCounter.value)).where(
        DailyCounter.metric == "visitor"))
    assert visitors == count(db, select(VisitorDay))
    visits = count(db, select(ActivityEvent).where(ActivityEvent.verb == "visit"))
    assert 0 < visitors < visits  # 300 customers over 11 days: some came back the same day
