"""HQ manages the org tree through the API; a subtree is one indexed prefix match."""

import contextlib
import threading

import pytest
from sqlalchemy import select, text

from app.core.access import subtree_ids
from app.extensions import db
from app.org.models import OrgUnit
from tests.factories import HqAdminFactory
from tests.sql import plan_of


def test_hq_adds_a_team_under_a_branch(as_hq, org):
    response = as_hq.post("/api/v1/org-units",
                          json={"name": "南京三队", "kind": "team", "parent_id": org.branch_a.id})

    assert response.status_code == 201
    assert response.json["path"] == f"{org.branch_a.path}{response.json['id']}/"
    assert response.json["depth"] == 2


def test_unknown_parent_is_a_field_error(as_hq, org):
    response = as_hq.post("/api/v1/org-units",
                          json={"name": "孤儿队", "kind": "team", "parent_id": 9999})

    assert response.status_code == 422
    assert response.json["error"]["fields"] == {"parent_id": ["上级组织不存在"]}


def test_a_branch_goes_under_no_team_made_or_moved(as_hq, org, db):
    # given HQ, branches and teams: a branch may sit under HQ or a branch, a team anywhere
    made = as_hq.post("/api/v1/org-units", json={"name": "错位分公司", "kind": "branch",
                                                 "parent_id": org.team_a1.id})
    moved = as_hq.patch(f"/api/v1/org-units/{org.branch_b.id}",
                        json={"parent_id": org.team_a1.id})
    sub_branch = as_hq.post("/api/v1/org-units", json={"name": "浦东片区", "kind": "branch",
                                                       "parent_id": org.branch_a.id})

    # then a branch under a team is a field error, made or moved, and nothing moved
    assert made.status_code == moved.status_code == 422
    assert moved.json["error"]["fields"] == {"parent_id": ["分公司不能放在团队之下"]}
    assert sub_branch.status_code == 201
    db.session.expire_all()
    assert db.session.get(OrgUnit, org.branch_b.id).parent_id == org.hq.id


def test_moving_a_unit_moves_its_subtree(as_hq, org, db):
    # Given a sub-team under team A1
    sub = as_hq.post("/api/v1/org-units", json={"name": "一队一组", "kind": "team",
                                                "parent_id": org.team_a1.id}).json
    # When team A1 moves to branch B
    response = as_hq.patch(f"/api/v1/org-units/{org.team_a1.id}",
                           json={"parent_id": org.branch_b.id})

    # Then both paths follow and the boss of B now sees A1's reps
    assert response.status_code == 200
    assert response.json["path"] == f"{org.branch_b.path}{org.team_a1.id}/"
    moved_sub = db.session.get(OrgUnit, sub["id"])
    assert moved_sub.path == f"{org.branch_b.path}{org.team_a1.id}/{sub['id']}/"
    assert moved_sub.depth == 3
    boss_b = as_hq.application.test_client().sign_in_as(org.boss_b)
    assert boss_b.get(f"/api/v1/users/{org.rep_a1.id}").status_code == 200


def test_a_unit_cannot_move_under_itself(as_hq, org):
    sub = as_hq.post("/api/v1/org-units", json={"name": "一队一组", "kind": "team",
                                                "parent_id": org.team_a1.id}).json

    response = as_hq.patch(f"/api/v1/org-units/{org.team_a1.id}", json={"parent_id": sub["id"]})

    assert response.status_code == 422
    assert "parent_id" in response.json["error"]["fields"]


def test_hq_cannot_be_moved_or_duplicated(as_hq, org):
    assert as_hq.patch(f"/api/v1/org-units/{org.hq.id}",
                       json={"parent_id": org.branch_a.id}).status_code == 422
    assert as_hq.post("/api/v1/org-units", json={"name": "第二总部", "kind": "hq",
                                                 "parent_id": org.hq.id}).status_code == 422


def test_company_settings(as_hq, as_rep, org):
    response = as_hq.patch("/api/v1/company", json={"name": "新公司", "timezone": "Asia/Urumqi"})

    assert response.status_code == 200
    assert as_rep.get("/api/v1/company").json == {
        "name": "新公司", "timezone": "Asia/Urumqi", "logo_url": None,
        "commission_rate_bps": 500, "commission_settle_days": 7, "rfm_window_days": 365,
        "stage_interest_visits": 3, "stage_super_spend": 1_000_000, "stage_super_referrals": 3,
        "flag_period_days": 90, "flag_change_percent": 50, "flag_stage_steps": 2,
        "flag_stage_days": 30, "stale_customer_days": 30, "order_hold_hours": 24,
        "max_open_orders": 3, "boss_manages_people": True,
        "boss_coupon_max_off": 5000, "boss_coupon_max_total": 1000}
    bad = as_hq.patch("/api/v1/company", json={"timezone": "Mars/Olympus"})
    assert bad.status_code == 422
    assert "timezone" in bad.json["error"]["fields"]


def test_customer_thresholds_are_checked_company_settings(as_hq, as_rep, org):
    changes = {"rfm_window_days": 180, "stage_interest_visits": 5, "stage_super_spend": 500_000,
               "stage_super_referrals": 2, "flag_period_days": 60, "flag_change_percent": 30,
               "flag_stage_steps": 3, "flag_stage_days": 14, "stale_customer_days": 45}

    assert as_hq.patch("/api/v1/company", json=changes).status_code == 200

    assert as_rep.get("/api/v1/company").json.items() >= changes.items()
    bad = as_hq.patch("/api/v1/company", json={"flag_change_percent": 0,
                                                "flag_stage_steps": 7, "stage_super_spend": "1"})
    assert bad.status_code == 422
    assert set(bad.json["error"]["fields"]) == {"flag_change_percent", "flag_stage_steps",
                                                "stage_super_spend"}
    assert as_rep.get("/api/v1/company").json["flag_change_percent"] == 30


def test_a_subtree_is_served_by_the_path_index_under_any_collation(org, db):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only: SQLite's LIKE ignores case and uses no BINARY index")
    # given a database whose collation is not C (PostgreSQL 15 treats C.UTF-8 as not C)
    assert db.session.scalar(text("SHOW lc_collate")) not in ("C", "POSIX")

    # when the subtree scope of a branch is planned, then the path index serves its LIKE
    assert "ix_org_unit_path" in plan_of(subtree_ids(org.branch_a))


def test_two_crossing_moves_at_once_make_no_cycle(app, as_hq, org, monkeypatch):
    # given two HQ admins, each about to move one branch under the other, both past loading
    # the units and at the cycle check at the same moment (if nothing keeps them apart)
    other_hq = app.test_client().sign_in_as(HqAdminFactory(org_unit=org.hq))
    meeting = threading.Barrier(2)
    is_within = OrgUnit.is_within

    def checked_together(unit, ancestor):
        with contextlib.suppress(threading.BrokenBarrierError):
            meeting.wait(timeout=2)  # the other move may wait elsewhere: moves take turns
        return is_within(unit, ancestor)

    monkeypatch.setattr(OrgUnit, "is_within", checked_together)
    moves = [(as_hq, org.branch_a.id, org.branch_b.id),
             (other_hq, org.branch_b.id, org.branch_a.id)]
    answers = [None, None]

    def move(index):
        client, unit_id, parent_id = moves[index]
        answers[index] = client.patch(f"/api/v1/org-units/{unit_id}",
                                      json={"parent_id": parent_id}).status_code

    # when both send their move at once
    threads = [threading.Thread(target=move, args=(index,)) for index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    # then one moved and the other was refused: every unit is still under HQ
    assert sorted(answers) == [200, 422]
    db.session.expire_all()
    assert all(unit.path.startswith(org.hq.path) and unit.path.count(f"/{unit.id}/") == 1
               for unit in db.session.scalars(select(OrgUnit)))
