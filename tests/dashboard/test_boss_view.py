"""The boss view: every figure of the team dashboard and the per-rep table equals what the
raw records the test made say, for a team boss, a branch boss and HQ; nothing outside a
boss's subtree shows."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from app.clients import services as clients
from app.core.company import company_zone
from app.core.db import clock_at
from app.core.models import ActivityEvent
from app.dashboard.periods import period_of
from app.dashboard.queries import today
from app.org.models import OrgUnit
from app.shop.models import Order, VisitorDay
from tests.inbox.builders import answered, asked, booked, moved
from tests.shop.builders import customer_of, order, save, share, visit
from tests.shop.builders import move as move_order

PLAIN = ("share", "visit", "customer_new", "follow_up", "consultation", "consultation_answered",
         "booking", "booking_answered", "order")


def at_noon(day):
    return datetime.combine(day, time(12), tzinfo=company_zone()).astimezone(UTC)


def work(rep, day, *, shares=1, visits=1, follow_ups=0, paid=0, asks=0, books=0):
    """A rep's day, done through the services on that day."""
    with clock_at(at_noon(day)):
        for _ in range(shares):
            token = share(rep)
            for _ in range(visits):
                visit(rep, token=token.token)
        for _ in range(follow_ups):
            clients.log_follow_up(rep, customer_of(rep), kind="call", content="聊了新款")
            save()
        for _ in range(paid):
            placed = order(rep, customer_of(rep))
            move_order(placed, "pay", actor=rep)
        for _ in range(asks):
            answered(rep, asked(rep))
        for _ in range(books):
            moved(booked(rep), "confirm", actor=rep)


@pytest.fixture
def world(org, db):
    """Three weeks of work by the reps of two branches."""
    day = today()
    for back in range(0, 21, 3):
        on = day - timedelta(days=back)
        work(org.rep_a1, on, shares=2, visits=2, follow_ups=1, paid=1, asks=1)
        work(org.rep_a2, on, shares=1, visits=3, paid=back % 2, books=1)
        work(org.rep_b1, on, shares=3, visits=1, follow_ups=2)
    db.session.commit()
    return org


def unit_ids(unit):
    return {u.id for u in OrgUnit.query.filter(OrgUnit.path.startswith(unit.path))}


def expected(db, unit, period) -> dict[str, int]:
    """The period's figures straight from the events, orders and visitor days."""
    units = None if unit is None else unit_ids(unit)

    def of_scope(query, column):
        return query if units is None else query.where(column.in_(units))

    events = of_scope(select(ActivityEvent.verb, func.count()).where(
        ActivityEvent.day.between(period.start, period.end), ActivityEvent.rep_id.is_not(None)),
        ActivityEvent.org_unit_id).group_by(ActivityEvent.verb)
    values = {verb: count for verb, count in db.session.execute(events) if verb in PLAIN}
    zone = company_zone()
    start = datetime.combine(period.start, time(), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(period.end + timedelta(days=1), time(), tzinfo=zone).astimezone(UTC)
    paid = [o for o in db.session.scalars(select(Order).where(Order.paid_at >= start,
                                                              Order.paid_at < end))
            if units is None or o.rep.org_unit_id in units]
    values["order_paid"], values["revenue"] = len(paid), sum(o.paid_amount for o in paid)
    visitors = select(func.count()).select_from(VisitorDay).where(
        VisitorDay.day.between(period.start, period.end))
    if units is not None:
        visitors = visitors.where(VisitorDay.rep_id.in_(
            [rep_id for (rep_id,) in db.session.execute(
                select(ActivityEvent.rep_id).where(ActivityEvent.org_unit_id.in_(units)))]))
    values["visitor"] = db.session.scalar(visitors)
    actives = of_scope(select(func.count(func.distinct(ActivityEvent.rep_id))).where(
        ActivityEvent.day.between(period.start, period.end), ActivityEvent.rep_id.is_not(None)),
        ActivityEvent.org_unit_id)
    values["active_reps"] = db.session.scalar(actives)
    return {metric: value for metric, value in values.items() if value}


def shown(body) -> dict[str, int]:
    return {f["metric"]: f["value"] for f in body["figures"] if f["value"] and f["metric"] in
            (*PLAIN, "order_paid", "revenue", "visitor", "active_reps")}


VIEWERS = [("admin", None), ("boss_a", "branch_a"), ("boss_a1", "team_a1"), ("boss_b", "branch_b")]


@pytest.mark.parametrize(("viewer", "unit"), VIEWERS)
def test_each_figure_is_what_the_records_say(app, world, db, viewer, unit):
    client = app.test_client().sign_in_as(getattr(world, viewer))
    scope = getattr(world, unit) if unit else None

    for kind in ("today", "yesterday", "week", "month"):
        period = period_of(kind, today())
        body = client.get("/api/v1/dashboard", query_string={"period": kind}).json

        assert shown(body) == expected(db, scope, period), kind
        before = {f["metric"]: f["previous"] for f in body["figures"] if f["previous"]
                  and f["metric"] in (*PLAIN, "order_paid", "revenue", "visitor", "active_reps")}
        assert before == expected(db, scope, period.previous()), kind
        assert body["period"]["start"] == period.start.isoformat()


def test_the_change_is_against_the_previous_period_of_the_same_length(as_hq, world):
    body = as_hq.get("/api/v1/dashboard", query_string={
        "period": "range", "start": (today() - timedelta(days=5)).isoformat(),
        "end": today().isoformat()}).json

    assert body["previous"]["days"] == body["period"]["days"] == 6
    shares = next(f for f in body["figures"] if f["metric"] == "share")
    assert shares["change"] == round((shares["value"] - shares["previous"]) / shares["previous"], 4)


@pytest.mark.parametrize(("viewer", "unit"), VIEWERS)
def test_the_rep_table_adds_up_to_the_dashboard(app, world, db, viewer, unit):
    client = app.test_client().sign_in_as(getattr(world, viewer))

    table = client.get("/api/v1/dashboard/reps", query_string={
        "period": "month", "sort": "share", "per_page": 100}).json
    team = client.get("/api/v1/dashboard", query_string={"period": "month"}).json

    totals = {}
    for row in table["items"]:
        for metric, value in row["values"].items():
            totals[metric] = totals.get(metric, 0) + value
    assert {m: v for m, v in shown(team).items() if m != "active_reps"} == \
        {m: v for m, v in totals.items() if m in shown(team)}
    assert sum(1 for row in table["items"] if row["active_days"]) == shown(team)["active_reps"]
    scope = getattr(world, unit) if unit else None
    reps = {r.id for r in (world.rep_a1, world.rep_a1b, world.rep_a2, world.rep_b1)
            if scope is None or r.org_unit.is_within(scope)}
    assert {row["rep"]["id"] for row in table["items"]} == reps
    shares = [row["values"].get("share", 0) for row in table["items"]]
    assert shares == sorted(shares, reverse=True)


def test_the_rep_table_ranks_marks_the_top_three_and_shows_who_is_idle(as_hq, world):
    work(world.rep_a2, today(), shares=1, visits=0)

    table = as_hq.get("/api/v1/dashboard/reps", query_string={
        "period": "today", "sort": "share"}).json

    rows = {row["rep"]["id"]: row for row in table["items"]}
    # today: b1 3 shares, a1 2, a2 1 + 1; a1b did nothing
    assert [(rows[r.id]["rank"], rows[r.id]["top"], rows[r.id]["idle_today"]) for r in (
        world.rep_b1, world.rep_a1, world.rep_a2, world.rep_a1b)] == [
        (1, True, False), (2, True, False), (2, True, False), (4, False, True)]
    assert [row["rep"]["id"] for row in table["items"]][0] == world.rep_b1.id
    assert table["idle_today"] == 1


def test_the_rep_table_sorts_by_any_column_both_ways_and_pages(as_hq, world):
    up = as_hq.get("/api/v1/dashboard/reps", query_string={
        "period": "month", "sort": "name", "order": "asc", "per_page": 2}).json
    rest = as_hq.get("/api/v1/dashboard/reps", query_string={
        "period": "month", "sort": "name", "order": "asc", "per_page": 2, "page": 2}).json

    names = [row["rep"]["name"] for row in up["items"] + rest["items"]]
    assert names == sorted(names) and up["total"] == 4
    assert as_hq.get("/api/v1/dashboard/reps", query_string={"sort": "nope"}).status_code == 422


def test_a_moved_rep_leaves_what_they_earned_with_the_old_team(app, world, db):
    world.rep_a1.org_unit_id = world.team_a2.id
    db.session.commit()
    work(world.rep_a1, today(), shares=1, visits=0)
    as_a1 = app.test_client().sign_in_as(world.boss_a1)

    team = as_a1.get("/api/v1/dashboard").json
    table = as_a1.get("/api/v1/dashboard/reps", query_string={"sort": "share"}).json

    assert {f["metric"]: f["value"] for f in team["figures"]}["share"] == 2  # the morning's
    row = next(row for row in table["items"] if row["rep"]["id"] == world.rep_a1.id)
    assert row["values"]["share"] == 2


def test_units_side_by_side_are_the_children_each_with_its_figures(as_hq, app, world, db):
    body = as_hq.get("/api/v1/dashboard/units", query_string={"period": "week"}).json
    branch = app.test_client().sign_in_as(world.boss_a).get(
        "/api/v1/dashboard/units", query_string={"period": "week"}).json

    assert [u["unit"]["id"] for u in body["units"]] == [world.branch_a.id, world.branch_b.id]
    week = period_of("week", today())
    assert [shown(u) for u in body["units"]] == [expected(db, world.branch_a, week),
                                                 expected(db, world.branch_b, week)]
    assert [u["unit"]["id"] for u in branch["units"]] == [world.team_a1.id, world.team_a2.id]


def test_the_trend_has_every_figure_by_bucket(as_hq, world, db):
    body = as_hq.get("/api/v1/dashboard/trend", query_string={"grain": "week"}).json

    assert len(body["buckets"]) == 12 and body["buckets"][-1]["end"] == today().isoformat()
    series = {s["metric"]: s for s in body["series"]}
    week = period_of("week", today())
    assert series["share"]["values"][-1] == expected(db, None, week)["share"]
    paid = db.session.scalar(select(func.sum(Order.paid_amount)))
    assert sum(series["revenue"]["values"]) == paid
    assert series["revenue"]["unit"] == "fen" and series["share"]["unit"] == "count"
    # each week's active reps are the reps with an event that week, counted from the events
    assert series["active_reps"]["values"] == [
        db.session.scalar(select(func.count(func.distinct(ActivityEvent.rep_id))).where(
            ActivityEvent.day.between(date.fromisoformat(bucket["start"]),
                                      date.fromisoformat(bucket["end"])),
            ActivityEvent.rep_id.is_not(None))) for bucket in body["buckets"]]
    assert series["active_reps"]["values"][-1] > 0


def test_a_boss_sees_nothing_outside_the_subtree(app, world):
    as_a1 = app.test_client().sign_in_as(world.boss_a1)
    as_rep = app.test_client().sign_in_as(world.rep_a1)

    for path in ("", "/units", "/reps", "/trend"):
        assert as_a1.get(f"/api/v1/dashboard{path}",
                         query_string={"unit_id": world.team_b1.id}).status_code == 404
        assert as_a1.get(f"/api/v1/dashboard{path}",
                         query_string={"unit_id": world.branch_a.id}).status_code == 404
        assert as_rep.get(f"/api/v1/dashboard{path}").status_code == 403
    assert as_a1.get(f"/api/v1/dashboard/reps/{world.rep_b1.id}/day").status_code == 404
    assert as_rep.get(f"/api/v1/dashboard/reps/{world.rep_a1b.id}/day").status_code == 404


@pytest.mark.parametrize("query", [
    {"period": "range"}, {"period": "range", "start": "2026-03-02", "end": "2026-03-01"},
    {"period": "range", "start": "1999-12-31", "end": "2000-01-02"},
    {"period": "range", "start": "2020-01-01", "end": "2022-01-01"}, {"period": "decade"},
])
def test_a_bad_period_is_422(as_hq, world, query):
    assert as_hq.get("/api/v1/dashboard", query_string=query).status_code == 422


def test_a_reps_day_lists_what_the_figures_count(app, world, db):
    as_boss = app.test_client().sign_in_as(world.boss_a)

    day = as_boss.get(f"/api/v1/dashboard/reps/{world.rep_a1.id}/day").json
    own = app.test_client().sign_in_as(world.rep_a1).get(
        f"/api/v1/dashboard/reps/{world.rep_a1.id}/day").json

    figures = {f["metric"]: f["value"] for f in day["figures"]}
    assert figures["share"] == len(day["shares"]) == 2
    assert [s["opens"] for s in day["shares"]] == [2, 2]
    assert figures["follow_up"] == len(day["follow_ups"]) == 1
    assert figures["consultation"] == len(day["consultations"]) == 1
    assert day["answer_speed"] == {"answered": 1, "waiting": 0, "median_minutes": 0}
    assert len(day["orders"]) == 1 and figures["revenue"] == day["orders"][0]["amount"]
    assert len(day["timeline"]) == db.session.scalar(select(func.count()).where(
        ActivityEvent.rep_id == world.rep_a1.id, ActivityEvent.day == today()))
    assert own["figures"] == day["figures"] and day["idle"] is False
