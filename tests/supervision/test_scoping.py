"""Who may call each supervision endpoint, and what each role sees.

Bosses and HQ comment and set targets; anyone signed in reads threads and targets within
their scope and writes in a thread they may see; only a boss sets their report time. A
boss reaching for a rep, customer, follow-up, team, thread or target outside their subtree
gets 404, as a rep reaching for another rep's thread does.
"""

from types import SimpleNamespace

import pytest

from app.supervision import services
from app.supervision.models import GuidanceMessage
from tests.permissions import BOSS, HQ, STAFF, check_door, declared, endpoints
from tests.shop.builders import batch
from tests.supervision.builders import comment, follow_up, today

THREAD = "/api/v1/guidance/threads/<bigid:thread_id>"
NAMES = {"supervision"}

# Every supervision endpoint and the roles that may call it; a new endpoint must be added here.
PERMISSIONS = {
    ("GET", "/api/v1/guidance/threads"): STAFF,
    ("POST", "/api/v1/guidance/threads"): {BOSS, HQ},
    ("GET", THREAD): STAFF,
    ("POST", f"{THREAD}/messages"): STAFF,
    ("POST", f"{THREAD}/read"): STAFF,
    ("GET", "/api/v1/targets"): STAFF,
    ("PUT", "/api/v1/targets"): {BOSS, HQ},
    ("DELETE", "/api/v1/targets/<int:target_id>"): {BOSS, HQ},
    ("GET", "/api/v1/daily-report/setting"): {BOSS},
    ("PUT", "/api/v1/daily-report/setting"): {BOSS},
}


def test_the_permission_table_lists_every_supervision_endpoint(app):
    assert {(method, rule.rule) for method, rule in endpoints(app, NAMES)} == set(PERMISSIONS)


def test_the_table_matches_what_each_view_declares(app):
    for method, rule in endpoints(app, NAMES):
        assert PERMISSIONS[(method, rule.rule)] == declared(app, rule), (method, rule.rule)


@pytest.mark.parametrize(("method", "rule"), sorted(PERMISSIONS),
                         ids=[f"{m} {r}" for m, r in sorted(PERMISSIONS)])
def test_each_role_is_let_in_or_refused(role_clients, method, rule):
    check_door(role_clients, method, rule, PERMISSIONS[(method, rule)])


# --- the 404 rule ----------------------------------------------------------------------------

REPS = ("rep_a1", "rep_a1b", "rep_a2", "rep_b1")
VIEWERS = {  # whose work each one may see
    "rep_a1": ("rep_a1",),
    "boss_a": ("rep_a1", "rep_a1b", "rep_a2"),
    "boss_a1": ("rep_a1", "rep_a1b"),
    "boss_b": ("rep_b1",),
    "admin": REPS,
}


@pytest.fixture
def world(org):
    """For each rep: a follow-up with a customer of theirs, and HQ's thread on it."""
    data = {}
    with batch():
        for name in REPS:
            rep = getattr(org, name)
            logged = follow_up(rep)
            data[name] = SimpleNamespace(rep=rep, follow_up=logged, customer=logged.customer,
                                         thread=comment(org.admin, "follow_up",
                                                        follow_up_id=logged.id))
    return SimpleNamespace(**data)


SUBJECTS = {
    "follow_up": lambda w: {"follow_up_id": w.follow_up.id},
    "customer": lambda w: {"customer_id": w.customer.id},
    "day": lambda w: {"rep_id": w.rep.id, "day": today().isoformat()},
}


@pytest.mark.parametrize("subject", sorted(SUBJECTS))
@pytest.mark.parametrize("viewer", ["boss_a", "boss_a1", "boss_b", "admin"])
def test_a_boss_comments_only_within_their_subtree(app, org, world, db, viewer, subject):
    client = app.test_client().sign_in_as(getattr(org, viewer))
    for name in REPS:
        body = {"subject": subject, "body": "点评", **SUBJECTS[subject](getattr(world, name))}

        response = client.post("/api/v1/guidance/threads", json=body)

        expected = 201 if name in VIEWERS[viewer] else 404
        assert response.status_code == expected, (name, response.json)


def test_a_boss_may_not_comment_on_a_boss(org, as_boss):
    response = as_boss.post("/api/v1/guidance/threads", json={
        "subject": "day", "rep_id": org.boss_a1.id, "day": today().isoformat(), "body": "点评"})

    assert response.status_code == 404


@pytest.mark.parametrize("viewer", sorted(VIEWERS))
def test_each_viewer_reads_and_writes_exactly_the_threads_in_scope(app, org, world, db,
                                                                   viewer):
    client = app.test_client().sign_in_as(getattr(org, viewer))
    visible = {getattr(world, name).thread.id for name in VIEWERS[viewer]}

    listed = client.get("/api/v1/guidance/threads?per_page=100").json

    assert {t["id"] for t in listed["items"]} == visible
    assert listed["total"] == len(visible)
    for name in REPS:
        thread_id = getattr(world, name).thread.id
        expected = 200 if name in VIEWERS[viewer] else 404
        assert client.get(f"/api/v1/guidance/threads/{thread_id}").status_code == expected
        assert client.post(f"/api/v1/guidance/threads/{thread_id}/read").status_code == \
            expected
        written = client.post(f"/api/v1/guidance/threads/{thread_id}/messages",
                              json={"body": "回复"})
        assert written.status_code == (201 if expected == 200 else 404), name
    assert db.session.query(GuidanceMessage).filter_by(body="回复").count() == len(visible)


def test_a_boss_keeps_the_threads_they_started_after_the_rep_moves_away(app, org, db):
    # given boss A1's comment on rep A1's day, then rep A1's move to team B1
    thread = comment(org.boss_a1, "day", rep_id=org.rep_a1.id, day=today())
    org.rep_a1.org_unit_id = org.team_b1.id
    db.session.commit()

    # then boss A1 still reads the thread they wrote; boss A (who did not) no longer does
    assert app.test_client().sign_in_as(org.boss_a1).get(
        f"/api/v1/guidance/threads/{thread.id}").status_code == 200
    assert app.test_client().sign_in_as(org.boss_a).get(
        f"/api/v1/guidance/threads/{thread.id}").status_code == 404


TARGETS = {
    "rep": lambda org, name: {"subject": "rep", "rep_id": getattr(org, name).id},
    "team": lambda org, name: {"subject": "team",
                               "org_unit_id": getattr(org, name).org_unit_id},
}


@pytest.mark.parametrize("subject", sorted(TARGETS))
@pytest.mark.parametrize("viewer", ["boss_a", "boss_a1", "boss_b", "admin"])
def test_a_boss_sets_targets_only_within_their_subtree(app, org, db, viewer, subject):
    client = app.test_client().sign_in_as(getattr(org, viewer))
    for name in REPS:
        body = {**TARGETS[subject](org, name), "month": today().strftime("%Y-%m"),
                "metric": "share", "value": 10}

        response = client.put("/api/v1/targets", json=body)

        expected = 200 if name in VIEWERS[viewer] else 404
        assert response.status_code == expected, (name, response.json)


def test_a_target_out_of_scope_cannot_be_removed(app, org, db):
    target = services.set_target(org.boss_b, "team", today().replace(day=1), "share", 5,
                                 org_unit_id=org.team_b1.id)
    db.session.commit()

    for viewer in ("boss_a", "boss_a1"):
        client = app.test_client().sign_in_as(getattr(org, viewer))
        assert client.delete(f"/api/v1/targets/{target.id}").status_code == 404
    assert app.test_client().sign_in_as(org.admin).delete(
        f"/api/v1/targets/{target.id}").status_code == 204
