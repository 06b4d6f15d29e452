"""Whom a task is for is resolved when asked: the reps of its units' subtrees, the listed
reps, the roles it names, within the subtree of the boss who made it; someone who joins or
moves into a team later gets the team's open tasks."""

from app.extensions import db
from app.org import services as org_services
from tests.training.builders import task

MINE = "/api/v1/training/my-tasks"


def ids_of(client):
    return [t["id"] for t in client.get(MINE).json["items"]]


def report_names(client, made):
    return sorted(r["name"] for r in client.get(
        f"/api/v1/training/tasks/{made.id}/report").json["reps"])


def test_a_task_for_a_subtree_reaches_a_rep_added_later(app, org, as_hq):
    made = task(org.admin, "checkin", org_unit_ids=[org.branch_a.id])
    assert report_names(as_hq, made) == sorted(
        [org.rep_a1.name, org.rep_a1b.name, org.rep_a2.name])
    newcomer = org_services.create_user(org.admin, username="newcomer", name="新同事",
                                        role="rep", org_unit_id=org.team_a2.id,
                                        password="secret-123456")
    db.session.commit()
    client = app.test_client().sign_in_as(newcomer)
    assert ids_of(client) == [made.id]
    assert "新同事" in report_names(as_hq, made)


def test_a_rep_moved_into_the_team_gets_its_tasks_and_one_moved_out_loses_them(app, org):
    made = task(org.admin, "checkin", org_unit_ids=[org.team_a1.id])
    mover = app.test_client().sign_in_as(org.rep_b1)
    assert ids_of(mover) == []
    org_services.update_user(org.admin, org.rep_b1, {"org_unit_id": org.team_a1.id})
    org_services.update_user(org.admin, org.rep_a1b, {"org_unit_id": org.team_b1.id})
    db.session.commit()
    assert ids_of(mover) == [made.id]
    assert ids_of(app.test_client().sign_in_as(org.rep_a1b)) == []


def test_listed_reps_get_the_task_wherever_they_are(app, org, as_hq):
    made = task(org.admin, "checkin", rep_ids=[org.rep_b1.id])
    assert report_names(as_hq, made) == [org.rep_b1.name]
    assert ids_of(app.test_client().sign_in_as(org.rep_a1)) == []


def test_roles_choose_reps_bosses_or_both(app, org, as_hq):
    bosses = task(org.admin, "checkin", roles=["boss"], org_unit_ids=[org.branch_a.id])
    both = task(org.admin, "checkin", roles=["rep", "boss"], org_unit_ids=[org.team_a1.id])
    assert report_names(as_hq, bosses) == sorted([org.boss_a.name, org.boss_a1.name])
    assert report_names(as_hq, both) == sorted(
        [org.boss_a1.name, org.rep_a1.name, org.rep_a1b.name])
    assert ids_of(app.test_client().sign_in_as(org.boss_a1)) == [both.id, bosses.id]
    assert ids_of(app.test_client().sign_in_as(org.rep_a1)) == [both.id]


def test_a_bosss_task_reaches_their_subtree_only(app, org, as_boss):
    made = task(org.boss_a, "checkin")  # no units given: the boss's whole subtree
    assert report_names(as_boss, made) == sorted(
        [org.rep_a1.name, org.rep_a1b.name, org.rep_a2.name])
    assert ids_of(app.test_client().sign_in_as(org.rep_b1)) == []
    listed = as_boss.post("/api/v1/training/tasks", json={
        "kind": "checkin", "title": "越界", "due_at": "2099-01-01T00:00:00+08:00",
        "org_unit_ids": [org.team_b1.id]})
    assert listed.status_code == 422 and "org_unit_ids" in listed.json["error"]["fields"]


def test_a_disabled_rep_has_no_task(app, org, as_hq):
    made = task(org.admin, "checkin", org_unit_ids=[org.team_a1.id])
    org_services.update_user(org.admin, org.rep_a1b, {"active": False})
    db.session.commit()
    assert report_names(as_hq, made) == [org.rep_a1.name]


def test_a_boss_report_counts_their_subtree_only(app, org):
    made = task(org.admin, "checkin")
    boss = app.test_client().sign_in_as(org.boss_a1)
    report = boss.get(f"/api/v1/training/tasks/{made.id}/report").json
    assert sorted(r["name"] for r in report["reps"]) == sorted(
        [org.rep_a1.name, org.rep_a1b.name])
    assert [(u["name"], u["assigned"]) for u in report["units"]] == [(org.team_a1.name, 2)]
