"""People pages' API: the org tree, and who manages whom. HQ manages everyone; a boss, where
the company allows (`boss_manages_people`), adds, edits, moves, disables and resets the
passwords of the reps of their subtree, never bosses or HQ admins, never outside it (404)."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app.clients import services as clients
from app.core.db import clock_at, utcnow
from app.core.models import DailyCounter
from app.extensions import db
from app.org.models import User
from tests.clients.builders import customer
from tests.factories import PASSWORD, BossFactory, ProductFactory, RepFactory


def new_rep(org_unit, **body):
    return {"username": "newrep", "name": "新员工", "role": "rep", "org_unit_id": org_unit.id,
            "password": "first-pass-1", **body}


@pytest.fixture
def bosses_may_not(as_hq):
    assert as_hq.patch("/api/v1/company", json={"boss_manages_people": False}).status_code == 200


# --- the org tree ----------------------------------------------------------------------------

def test_hq_gets_the_whole_tree_in_order_with_rep_counts_and_bosses(as_hq, org):
    # given a disabled rep in team A2 (not counted)
    RepFactory(org_unit=org.team_a2, active=False)

    response = as_hq.get("/api/v1/org-tree")

    assert response.status_code == 200
    rows = {unit["name"]: unit for unit in response.json}
    assert [unit["name"] for unit in response.json] == [
        "总部", "华东分公司", "上海一队", "杭州二队", "华南分公司", "广州一队"]
    assert [(u["rep_count"], u["subtree_rep_count"]) for u in response.json] == [
        (0, 4), (0, 3), (2, 2), (1, 1), (0, 1), (1, 1)]
    assert rows["华东分公司"]["bosses"] == [{"id": org.boss_a.id, "name": org.boss_a.name}]
    assert rows["上海一队"]["bosses"] == [{"id": org.boss_a1.id, "name": org.boss_a1.name}]
    assert rows["上海一队"]["parent_id"] == org.branch_a.id


def test_siblings_come_by_sort_order_then_name(as_hq, org):
    as_hq.patch(f"/api/v1/org-units/{org.branch_b.id}", json={"sort_order": 0})
    as_hq.patch(f"/api/v1/org-units/{org.branch_a.id}", json={"sort_order": 5})

    names = [unit["name"] for unit in as_hq.get("/api/v1/org-tree").json]

    assert names == ["总部", "华南分公司", "广州一队", "华东分公司", "上海一队", "杭州二队"]


def test_a_boss_gets_their_subtree_only(app, as_boss, org):
    team_boss = app.test_client().sign_in_as(org.boss_a1)

    branch = as_boss.get("/api/v1/org-tree").json
    team = team_boss.get("/api/v1/org-tree").json

    assert [u["id"] for u in branch] == [org.branch_a.id, org.team_a1.id, org.team_a2.id]
    assert branch[0]["subtree_rep_count"] == 3
    assert [(u["id"], u["rep_count"]) for u in team] == [(org.team_a1.id, 2)]


# --- a boss manages the reps of their subtree --------------------------------------------------

def test_a_boss_adds_a_rep_to_a_team_of_their_subtree(as_boss, org):
    response = as_boss.post("/api/v1/users", json=new_rep(org.team_a2))

    assert response.status_code == 201, response.json
    assert response.json["org_unit"]["id"] == org.team_a2.id and response.json["shop_code"]


def test_a_boss_adds_no_boss_nor_anyone_outside_their_subtree(as_boss, org):
    boss = as_boss.post("/api/v1/users", json=new_rep(org.team_a2, role="boss"))
    admin = as_boss.post("/api/v1/users", json=new_rep(org.hq, role="hq_admin"))
    elsewhere = as_boss.post("/api/v1/users", json=new_rep(org.team_b1))

    assert boss.status_code == admin.status_code == elsewhere.status_code == 422
    assert "role" in boss.json["error"]["fields"] and "role" in admin.json["error"]["fields"]
    assert elsewhere.json["error"]["fields"] == {"org_unit_id": ["所属组织不存在"]}
    assert db.session.scalar(select(User).where(User.username == "newrep")) is None


def test_a_boss_edits_and_moves_a_rep_within_their_subtree(as_boss, org):
    response = as_boss.patch(f"/api/v1/users/{org.rep_a1.id}",
                             json={"name": "改名", "org_unit_id": org.team_a2.id})

    assert response.status_code == 200, response.json
    assert (response.json["name"], response.json["org_unit"]["id"]) == ("改名", org.team_a2.id)


def test_a_boss_moves_no_rep_out_of_their_subtree_nor_changes_a_role(as_boss, org):
    out = as_boss.patch(f"/api/v1/users/{org.rep_a1.id}", json={"org_unit_id": org.team_b1.id})
    promote = as_boss.patch(f"/api/v1/users/{org.rep_a1.id}",
                            json={"role": "boss", "org_unit_id": org.team_a1.id})

    assert out.json["error"]["fields"] == {"org_unit_id": ["所属组织不存在"]}
    assert "role" in promote.json["error"]["fields"]
    db.session.expire_all()
    assert (org.rep_a1.role, org.rep_a1.org_unit_id) == ("rep", org.team_a1.id)


def test_a_boss_edits_no_boss_themselves_included_and_nobody_outside(as_boss, org):
    assert as_boss.patch(f"/api/v1/users/{org.boss_a1.id}",
                         json={"name": "改名"}).status_code == 403
    assert as_boss.patch(f"/api/v1/users/{org.boss_a.id}",
                         json={"active": False}).status_code == 403
    assert as_boss.patch(f"/api/v1/users/{org.rep_b1.id}",
                         json={"name": "改名"}).status_code == 404
    assert as_boss.post(f"/api/v1/users/{org.rep_b1.id}/password", json={}).status_code == 404


def test_a_boss_disables_a_rep_of_their_subtree_and_their_sessions_end(app, as_boss, org):
    rep = app.test_client().sign_in_as(org.rep_a2)

    response = as_boss.patch(f"/api/v1/users/{org.rep_a2.id}", json={"active": False})

    assert response.status_code == 200 and response.json["active"] is False
    assert rep.get("/api/v1/me").status_code == 401


@pytest.mark.usefixtures("bosses_may_not")
@pytest.mark.parametrize(("method", "path", "body"), [
    ("POST", "/api/v1/users", None),
    ("PATCH", "/api/v1/users/{rep}", {"name": "改名"}),
    ("PATCH", "/api/v1/users/{rep}", {"active": False}),
    ("POST", "/api/v1/users/{rep}/password", {}),
])
def test_a_boss_manages_nobody_where_the_company_does_not_allow_it(as_boss, org, method, path,
                                                                  body):
    response = as_boss.open(path.format(rep=org.rep_a1.id), method=method,
                            json=new_rep(org.team_a1) if body is None else body)

    assert response.status_code == 403
    db.session.expire_all()
    assert (org.rep_a1.name, org.rep_a1.active) != ("改名", False)


def test_hq_still_manages_people_where_bosses_may_not(as_hq, org, bosses_may_not):
    assert as_hq.patch(f"/api/v1/users/{org.rep_a1.id}", json={"name": "改名"}).status_code == 200


def test_the_setting_is_a_json_boolean_of_the_company(as_hq, as_rep):
    assert as_rep.get("/api/v1/company").json["boss_manages_people"] is True
    assert as_hq.patch("/api/v1/company", json={"boss_manages_people": 0}).status_code == 422


# --- reset a password ------------------------------------------------------------------------

def test_a_reset_password_is_generated_shown_once_and_every_session_ends(app, as_hq, org, client):
    before = app.test_client().sign_in_as(org.rep_a1)

    response = as_hq.post(f"/api/v1/users/{org.rep_a1.id}/password", json={})

    assert response.status_code == 200
    password = response.json["password"]
    assert len(password) >= 12
    assert before.get("/api/v1/me").status_code == 401
    client.fetch_csrf()
    assert client.post("/api/v1/auth/login", json={"login": org.rep_a1.username,
                                                   "password": PASSWORD}).status_code == 401
    assert client.post("/api/v1/auth/login", json={"login": org.rep_a1.username,
                                                   "password": password}).status_code == 200


def test_a_boss_sets_a_given_password_by_the_same_rules(app, as_boss, org, client):
    short = as_boss.post(f"/api/v1/users/{org.rep_a2.id}/password", json={"password": "short"})
    given = as_boss.post(f"/api/v1/users/{org.rep_a2.id}/password",
                         json={"password": "temporary-9"})

    assert short.status_code == 422 and "password" in short.json["error"]["fields"]
    assert given.status_code == 200 and given.json == {"password": None}
    client.fetch_csrf()
    assert client.post("/api/v1/auth/login", json={"login": org.rep_a2.username,
                                                   "password": "temporary-9"}).status_code == 200


# --- moving a rep ----------------------------------------------------------------------------

def at_local(hour: int) -> datetime:
    """Today (in the company's zone, Asia/Shanghai) at this hour, as aware UTC."""
    local = (utcnow() + timedelta(hours=8)).replace(hour=hour, minute=0, second=0,
                                                    microsecond=0)
    return local - timedelta(hours=8)


def test_a_moved_reps_figures_stay_where_earned_and_customers_follow_them(app, as_boss, org):
    # given rep A1 (team A1) following a customer up in the morning
    mine = customer(org.rep_a1)
    with clock_at(at_local(9)):
        clients.log_follow_up(org.rep_a1, mine, kind="call", content="上午回访")
        db.session.commit()

    # when boss A moves them to team A2 at noon and they follow up again in the afternoon
    moved = as_boss.patch(f"/api/v1/users/{org.rep_a1.id}", json={"org_unit_id": org.team_a2.id})
    with clock_at(at_local(15)):
        clients.log_follow_up(db.session.get(User, org.rep_a1.id), mine, kind="call",
                              content="下午回访")
        db.session.commit()

    # then the morning's follow-up counts for team A1 and the afternoon's for team A2
    assert moved.status_code == 200
    counted = {(c.org_unit_id, c.value) for c in db.session.scalars(
        select(DailyCounter).where(DailyCounter.rep_id == org.rep_a1.id,
                                   DailyCounter.metric == "follow_up"))}
    assert counted == {(org.team_a1.id, 1), (org.team_a2.id, 1)}
    # and the customer went with the rep: team A2's boss sees them, team A1's does not
    team_a1_boss = app.test_client().sign_in_as(org.boss_a1)
    team_a2_boss = app.test_client().sign_in_as(BossFactory(org_unit=org.team_a2))
    assert team_a2_boss.get(f"/api/v1/customers/{mine.id}").status_code == 200
    assert team_a1_boss.get(f"/api/v1/customers/{mine.id}").status_code == 404


def test_moving_a_rep_changes_their_shop_page(as_hq, org, client):
    # given a product HQ pins to team A2's shelves, which rep A1's shop (team A1) lacks
    tea = ProductFactory(name="龙井")
    as_hq.post("/api/v1/pins", json={"product_id": tea.id, "org_unit_id": org.team_a2.id})
    url = f"/api/v1/shops/{org.rep_a1.shop_code}"
    before = client.get(url)

    # when rep A1 moves to team A2
    as_hq.patch(f"/api/v1/users/{org.rep_a1.id}", json={"org_unit_id": org.team_a2.id})

    # then their shop is a new page (its version moves with the rep), with the pinned product
    after = client.get(url, headers={"If-None-Match": before.headers["ETag"]})
    assert after.status_code == 200 and "龙井" in after.get_data(as_text=True)


def test_the_people_of_a_unit_and_every_unit_below_it(as_hq, as_boss, org):
    within = as_hq.get(f"/api/v1/users?within_unit_id={org.branch_a.id}&role=rep").json
    outside = as_boss.get(f"/api/v1/users?within_unit_id={org.branch_b.id}").json
    missing = as_hq.get("/api/v1/users?within_unit_id=99999").json

    assert {u["id"] for u in within["items"]} == {org.rep_a1.id, org.rep_a1b.id, org.rep_a2.id}
    assert outside["total"] == missing["total"] == 0
