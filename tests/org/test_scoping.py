"""Who may call each org endpoint, and what each role sees of org units and users: rep own,
boss subtree, HQ all; else 404. Sessions are every user's own, whatever the role."""

import pytest

from tests.permissions import BOSS, EVERYONE, HQ, STAFF, check_door, declared, endpoints

UNIT = "/api/v1/org-units/<int:unit_id>"
USER = "/api/v1/users/<int:user_id>"

# Every org endpoint and the roles that may call it; a new endpoint must be added here.
PERMISSIONS = {
    ("GET", "/api/v1/auth/csrf"): EVERYONE,
    ("POST", "/api/v1/auth/login"): EVERYONE,
    ("POST", "/api/v1/auth/logout"): STAFF,
    ("GET", "/api/v1/me"): STAFF,
    ("POST", "/api/v1/me/password"): STAFF,
    ("GET", "/api/v1/me/sessions"): STAFF,
    ("DELETE", "/api/v1/me/sessions/<bigid:session_id>"): STAFF,
    ("POST", "/api/v1/me/sessions/revoke-others"): STAFF,
    ("GET", "/api/v1/company"): STAFF,
    ("PATCH", "/api/v1/company"): {HQ},
    ("GET", "/api/v1/org-tree"): {BOSS, HQ},
    ("GET", "/api/v1/org-units"): STAFF,
    ("POST", "/api/v1/org-units"): {HQ},
    ("GET", UNIT): STAFF,
    ("PATCH", UNIT): {HQ},
    ("GET", "/api/v1/users"): STAFF,
    ("POST", "/api/v1/users"): {BOSS, HQ},
    ("GET", USER): STAFF,
    ("PATCH", USER): {BOSS, HQ},
    ("POST", f"{USER}/password"): {BOSS, HQ},
    ("POST", "/api/v1/users/import"): {HQ},
}


def test_the_permission_table_lists_every_org_endpoint(app):
    routes = {(method, rule.rule) for method, rule in endpoints(app, {"org"})}

    assert routes == set(PERMISSIONS)


def test_the_table_matches_what_each_view_declares(app):
    for method, rule in endpoints(app, {"org"}):
        assert PERMISSIONS[(method, rule.rule)] == declared(app, rule), (method, rule.rule)


@pytest.mark.parametrize(("method", "rule"), sorted(PERMISSIONS),
                         ids=[f"{m} {r}" for m, r in sorted(PERMISSIONS)])
def test_each_role_is_let_in_or_refused(role_clients, method, rule):
    # given a client of every role, when each calls the endpoint, then a role the endpoint is
    # for gets past the door and the others are refused (401 anonymous, 403 a wrong role)
    check_door(role_clients, method, rule, PERMISSIONS[(method, rule)])


# --- the 404 rule ----------------------------------------------------------------------------


def ids(response):
    return {item["id"] for item in response.json["items"]}


def test_rep_sees_only_themselves(as_rep, org):
    response = as_rep.get("/api/v1/users")

    assert response.status_code == 200
    assert ids(response) == {org.rep_a1.id}
    assert response.json["total"] == 1


@pytest.mark.parametrize("other", ["rep_a1b", "rep_a2", "rep_b1", "boss_a", "admin"])
def test_rep_asking_for_another_user_gets_404(as_rep, org, other):
    response = as_rep.get(f"/api/v1/users/{getattr(org, other).id}")

    assert response.status_code == 404
    assert response.json["error"]["code"] == "not_found"


def test_boss_sees_their_subtree_and_nothing_else(as_boss, org):
    response = as_boss.get("/api/v1/users?per_page=100")

    assert ids(response) == {org.boss_a.id, org.boss_a1.id, org.rep_a1.id, org.rep_a1b.id,
                             org.rep_a2.id}
    assert as_boss.get(f"/api/v1/users/{org.rep_a2.id}").status_code == 200
    assert as_boss.get(f"/api/v1/users/{org.rep_b1.id}").status_code == 404
    assert as_boss.get(f"/api/v1/users/{org.admin.id}").status_code == 404


def test_team_boss_sees_only_their_team(app, org):
    client = app.test_client().sign_in_as(org.boss_a1)

    assert ids(client.get("/api/v1/users")) == {org.boss_a1.id, org.rep_a1.id, org.rep_a1b.id}
    assert client.get(f"/api/v1/users/{org.rep_a2.id}").status_code == 404


def test_hq_sees_everyone(as_hq, org):
    response = as_hq.get("/api/v1/users?per_page=100")

    assert response.json["total"] == 8


def test_org_units_are_scoped_too(as_rep, as_boss, as_hq, org):
    assert ids(as_rep.get("/api/v1/org-units")) == {org.team_a1.id}
    assert ids(as_boss.get("/api/v1/org-units")) == {org.branch_a.id, org.team_a1.id,
                                                      org.team_a2.id}
    assert as_hq.get("/api/v1/org-units").json["total"] == 6
    assert as_rep.get(f"/api/v1/org-units/{org.team_a2.id}").status_code == 404
    assert as_boss.get(f"/api/v1/org-units/{org.team_b1.id}").status_code == 404
    assert as_boss.get(f"/api/v1/org-units/{org.team_a2.id}").status_code == 200


def test_user_filters_and_pagination(as_hq, org):
    page = as_hq.get("/api/v1/users?role=rep&per_page=2&page=2")

    assert page.json["total"] == 4
    assert page.json["page"] == 2 and page.json["per_page"] == 2
    assert len(page.json["items"]) == 2
    found = as_hq.get("/api/v1/users?q=rep_b")
    assert ids(found) == {org.rep_b1.id}


def test_bad_query_arguments_answer_422_with_fields(as_hq):
    response = as_hq.get("/api/v1/users?per_page=1000")

    assert response.status_code == 422
    assert "per_page" in response.json["error"]["fields"]


def test_search_treats_wildcards_as_text_and_ignores_case(as_hq, org):
    assert as_hq.get("/api/v1/users?q=%25").json["total"] == 0
    assert ids(as_hq.get("/api/v1/users?q=REP_B")) == {org.rep_b1.id}
