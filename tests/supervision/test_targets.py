"""Monthly targets (目标): set per rep or team within the boss's scope, one per subject, month
and metric; progress is what the month's counters add up to, which the tests compute from
the raw events they create."""

from sqlalchemy import func, select

from app.core.db import clock_at
from app.core.events import record_event
from app.extensions import db
from app.supervision.models import Target
from tests.factories import RepFactory
from tests.supervision.builders import shanghai

NOW = shanghai("2026-11-20T12:00")
# (rep, verb, amount, moment): what the reps did; only November up to now counts.
WORK = [
    ("rep_a1", "order_paid", 12_900, "2026-11-03T10:00"),
    ("rep_a1", "order_paid", 5_000, "2026-11-20T09:00"),
    ("rep_a1", "follow_up", None, "2026-11-19T15:00"),
    ("rep_a1", "follow_up", None, "2026-11-01T00:10"),
    ("rep_a1", "order_paid", 99_999, "2026-10-31T23:50"),  # last month
    ("rep_a1", "customer_new", None, "2026-11-05T11:00"),
    ("rep_a1b", "order_paid", 30_000, "2026-11-10T10:00"),
    ("rep_a1b", "follow_up", None, "2026-11-10T10:30"),
    ("rep_a2", "order_paid", 7_700, "2026-11-11T10:00"),
    ("rep_a2", "customer_new", None, "2026-11-12T10:00"),
    ("rep_b1", "order_paid", 50_000, "2026-11-12T10:00"),
]
METRIC = {"order_paid": "revenue", "follow_up": "follow_up", "customer_new": "customer_new"}


def expected(reps: set[str], metric: str) -> int:
    """The month's figure computed from WORK, not from the counters."""
    start, now = shanghai("2026-11-01T00:00"), NOW
    return sum((amount if metric == "revenue" else 1) for rep, verb, amount, at in WORK
               if rep in reps and METRIC[verb] == metric and start <= shanghai(at) <= now)


def do_the_work(org):
    for rep, verb, amount, at in WORK:
        record_event(verb, actor=getattr(org, rep), at=shanghai(at),
                     attrs={"amount": amount} if amount else {})
    db.session.commit()


def put(client, **body):
    body.setdefault("month", "2026-11")
    with clock_at(NOW):
        return client.put("/api/v1/targets", json=body)


def progress(client, **query):
    with clock_at(NOW):
        response = client.get("/api/v1/targets", query_string=query)
    assert response.status_code == 200, response.json
    return response.json


def test_progress_is_the_month_so_far_for_a_rep_a_team_and_a_branch(app, org, as_boss):
    # given the reps' work of October and November
    do_the_work(org)

    # when boss A sets targets for rep A1, team A1 and the whole branch
    for body in ({"subject": "rep", "rep_id": org.rep_a1.id, "metric": "revenue",
                  "value": 100_000},
                 {"subject": "rep", "rep_id": org.rep_a1.id, "metric": "follow_up", "value": 8},
                 {"subject": "team", "org_unit_id": org.team_a1.id, "metric": "revenue",
                  "value": 200_000},
                 {"subject": "team", "org_unit_id": org.branch_a.id,
                  "metric": "customer_new", "value": 10}):
        response = put(as_boss, **body)
        assert response.status_code == 200, response.json

    # then each shows what was reached this month, as the raw work adds up
    body = progress(as_boss)
    assert (body["month"], body["days"], body["elapsed_days"]) == ("2026-11-01", 30, 20)
    got = {(t["subject"], (t["rep"] or t["org_unit"])["id"], t["metric"]):
           (t["value"], t["reached"], t["ratio"], t["unit"]) for t in body["items"]}
    a1_revenue = expected({"rep_a1"}, "revenue")
    team_revenue = expected({"rep_a1", "rep_a1b"}, "revenue")
    branch_new = expected({"rep_a1", "rep_a1b", "rep_a2"}, "customer_new")
    assert got == {
        ("rep", org.rep_a1.id, "revenue"): (100_000, a1_revenue, round(a1_revenue / 100_000, 4),
                                            "fen"),
        ("rep", org.rep_a1.id, "follow_up"): (8, 2, 0.25, "count"),
        ("team", org.team_a1.id, "revenue"): (200_000, team_revenue,
                                              round(team_revenue / 200_000, 4), "fen"),
        ("team", org.branch_a.id, "customer_new"): (10, branch_new, branch_new / 10, "count"),
    }
    assert (a1_revenue, team_revenue, branch_new) == (17_900, 47_900, 2)
    # with every metric a target may be set on, as the boss's page offers them
    assert {"metric": "revenue", "label": "成交额", "unit": "fen"} in body["metrics"]


def test_a_team_target_counts_what_was_earned_in_the_team_even_after_a_move(app, org, as_boss):
    # given rep A1b's sale in team A1, and then their move to team A2
    do_the_work(org)
    org.rep_a1b.org_unit_id = org.team_a2.id
    db.session.commit()

    put(as_boss, subject="team", org_unit_id=org.team_a1.id, metric="revenue", value=1_000)

    [target] = progress(as_boss, org_unit_id=org.team_a1.id)["items"]
    assert target["reached"] == expected({"rep_a1", "rep_a1b"}, "revenue")


def test_setting_again_replaces_the_target(org, as_boss, app):
    first = put(as_boss, subject="rep", rep_id=org.rep_a1.id, metric="follow_up", value=5).json
    team_boss = app.test_client().sign_in_as(org.boss_a1)
    second = put(team_boss, subject="rep", rep_id=org.rep_a1.id, metric="follow_up", value=9)

    assert second.status_code == 200
    assert second.json["id"] == first["id"]
    assert (second.json["value"], second.json["set_by"]["id"]) == (9, org.boss_a1.id)
    assert db.session.scalar(select(func.count()).select_from(Target)) == 1
    # another month or another metric is another target
    put(as_boss, subject="rep", rep_id=org.rep_a1.id, metric="follow_up", value=5,
        month="2026-12")
    put(as_boss, subject="rep", rep_id=org.rep_a1.id, metric="share", value=30)
    assert db.session.scalar(select(func.count()).select_from(Target)) == 3


def test_a_rep_sees_their_own_targets_and_their_team_s(org, as_boss, as_rep):
    mine = put(as_boss, subject="rep", rep_id=org.rep_a1.id, metric="revenue", value=1).json
    team = put(as_boss, subject="team", org_unit_id=org.team_a1.id, metric="revenue",
               value=1).json
    put(as_boss, subject="rep", rep_id=org.rep_a1b.id, metric="revenue", value=1)
    put(as_boss, subject="team", org_unit_id=org.team_a2.id, metric="revenue", value=1)
    put(as_boss, subject="team", org_unit_id=org.branch_a.id, metric="revenue", value=1)

    assert [t["id"] for t in progress(as_rep)["items"]] == [mine["id"], team["id"]]


def test_a_boss_sees_the_targets_they_set_and_their_subtree_s(app, org, as_boss, as_hq):
    branch = put(as_boss, subject="team", org_unit_id=org.branch_a.id, metric="share",
                 value=1).json
    team_boss = app.test_client().sign_in_as(org.boss_a1)
    a1 = put(team_boss, subject="rep", rep_id=org.rep_a1.id, metric="share", value=1).json
    b1 = put(as_hq, subject="rep", rep_id=org.rep_b1.id, metric="share", value=1).json

    def seen(client):
        return {t["id"] for t in progress(client)["items"]}

    assert seen(as_boss) == {branch["id"], a1["id"]}
    assert seen(team_boss) == {a1["id"]}
    assert seen(app.test_client().sign_in_as(org.boss_b)) == {b1["id"]}
    assert seen(as_hq) == {branch["id"], a1["id"], b1["id"]}
    # and a boss may remove one of their scope
    assert team_boss.delete(f"/api/v1/targets/{a1['id']}").status_code == 204
    assert seen(as_boss) == {branch["id"]}


def test_bad_targets_are_refused_field_by_field(org, as_boss):
    rep = {"subject": "rep", "rep_id": org.rep_a1.id}
    cases = [
        ({**rep, "metric": "no_such_metric", "value": 1}, {"metric"}),
        ({**rep, "metric": "active_reps", "value": 1}, {"metric"}),
        ({**rep, "metric": "follow_up", "value": 0}, {"value"}),
        ({**rep, "metric": "follow_up", "value": 10**9 + 1}, {"value"}),
        ({**rep, "metric": "revenue", "value": 10**11 + 1}, {"value"}),
        ({**rep, "metric": "revenue", "value": "100"}, {"value"}),
        ({**rep, "metric": "revenue", "value": 1, "month": "2026-13"}, {"month"}),
        ({**rep, "metric": "revenue", "value": 1, "month": "2026-1"}, {"month"}),
        ({"subject": "team", "metric": "revenue", "value": 1}, {"org_unit_id"}),
        ({"subject": "rep", "metric": "revenue", "value": 1}, {"rep_id"}),
    ]
    for body, fields in cases:
        response = put(as_boss, **body)

        assert response.status_code == 422, body
        assert set(response.json["error"]["fields"]) == fields, (body, response.json)
    assert progress(as_boss, month="2026-11")["items"] == []
    assert as_boss.get("/api/v1/targets?month=26-11").status_code == 422
    # a large money target is within MAX_YUAN
    assert put(as_boss, **rep, metric="revenue", value=10**11).status_code == 200


def test_a_target_of_a_future_month_has_nothing_reached_yet(org, as_boss):
    do_the_work(org)
    put(as_boss, subject="rep", rep_id=org.rep_a1.id, metric="revenue", value=1,
        month="2026-12")

    body = progress(as_boss, month="2026-12")

    assert body["elapsed_days"] == 0
    assert [t["reached"] for t in body["items"]] == [0]


def test_a_new_rep_of_a_team_is_counted_in_its_target(app, org, as_boss):
    newcomer = RepFactory(org_unit=org.team_a1)
    with clock_at(NOW):
        record_event("share", actor=newcomer)
    db.session.commit()
    put(as_boss, subject="team", org_unit_id=org.team_a1.id, metric="share", value=4)

    assert [t["reached"] for t in progress(as_boss)["items"]] == [1]
