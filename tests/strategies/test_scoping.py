"""Who may call each strategy-library endpoint, and whose guidance pages each role reads.

HQ alone writes the library; every staff member reads it. A customer's guidance page is read
within the customer book's scope (rep: own, boss: subtree, HQ: all); out of scope is 404.
"""

import pytest

from app.strategies.routes import blp
from tests.clients.builders import customer
from tests.permissions import HQ, STAFF, check_door, declared, endpoints
from tests.strategies.builders import strategy

STRATEGY = "/api/v1/strategies/<int:strategy_id>"

# Every endpoint of the package and the roles that may call it; a new one must be added here.
PERMISSIONS = {
    ("GET", "/api/v1/strategies"): STAFF,
    ("POST", "/api/v1/strategies"): {HQ},
    ("GET", STRATEGY): STAFF,
    ("PATCH", STRATEGY): {HQ},
    ("DELETE", STRATEGY): {HQ},
    ("GET", "/api/v1/customers/<bigid:customer_id>/guidance"): STAFF,
}


def test_the_permission_table_lists_every_endpoint(app):
    assert {(method, rule.rule) for method, rule in endpoints(app, {blp.name})} \
        == set(PERMISSIONS)


def test_the_table_matches_what_each_view_declares(app):
    for method, rule in endpoints(app, {blp.name}):
        assert PERMISSIONS[(method, rule.rule)] == declared(app, rule), (method, rule.rule)


@pytest.mark.parametrize(("method", "rule"), sorted(PERMISSIONS),
                         ids=[f"{m} {r}" for m, r in sorted(PERMISSIONS)])
def test_each_role_is_let_in_or_refused(role_clients, method, rule):
    check_door(role_clients, method, rule, PERMISSIONS[(method, rule)])


def test_only_hq_changes_the_library(as_rep, as_boss, org):
    made = strategy(org.admin, "兴趣：邀约", stages=["interested"])

    for client in (as_rep, as_boss):
        assert client.patch(f"/api/v1/strategies/{made.id}",
                            json={"enabled": False}).status_code == 403
        assert client.delete(f"/api/v1/strategies/{made.id}").status_code == 403
    assert as_rep.get(f"/api/v1/strategies/{made.id}").json["enabled"] is True


# --- the 404 rule for guidance pages ----------------------------------------------------------

REPS = ("rep_a1", "rep_a1b", "rep_a2", "rep_b1")
VIEWERS = {  # who reads whose customers' guidance pages
    "rep_a1": ("rep_a1",),
    "rep_b1": ("rep_b1",),
    "boss_a": ("rep_a1", "rep_a1b", "rep_a2"),
    "boss_a1": ("rep_a1", "rep_a1b"),
    "boss_b": ("rep_b1",),
    "admin": REPS,
}


@pytest.mark.parametrize("viewer", sorted(VIEWERS))
def test_each_viewer_reads_exactly_the_guidance_in_scope(app, org, viewer):
    # given a customer of each rep, and a strategy that fits them all
    customers = {name: customer(getattr(org, name), name=f"{name}的客户") for name in REPS}
    strategy(org.admin, "画像阶段：破冰", stages=["profiled"])
    client = app.test_client().sign_in_as(getattr(org, viewer))

    for name, theirs in customers.items():
        # when the viewer opens the customer's guidance page
        response = client.get(f"/api/v1/customers/{theirs.id}/guidance")

        # then it is there in scope, with the strategy; out of scope it does not exist
        if name in VIEWERS[viewer]:
            assert response.status_code == 200, (name, response.json)
            assert response.json["customer"]["id"] == theirs.id
            assert [s["name"] for s in response.json["strategies"]] == ["画像阶段：破冰"]
        else:
            assert response.status_code == 404, name
            assert response.json["error"]["code"] == "not_found"


def test_a_missing_customer_is_404_like_another_reps(as_rep):
    response = as_rep.get("/api/v1/customers/999999999/guidance")

    assert response.status_code == 404
    assert response.json["error"]["code"] == "not_found"
