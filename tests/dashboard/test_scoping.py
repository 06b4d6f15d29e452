"""Who may call each dashboard endpoint, and whose rep days each role reads.

Every staff member reads their home's figures; the boss view is for bosses (their subtree)
and HQ (the company); a rep reads their own day only. Out of scope is 404.
"""

import pytest

from app.dashboard.routes import blp
from tests.permissions import BOSS, HQ, STAFF, check_door, declared, endpoints

# Every endpoint of the package and the roles that may call it; a new one must be added here.
PERMISSIONS = {
    ("GET", "/api/v1/dashboard/today"): STAFF,
    ("GET", "/api/v1/dashboard"): {BOSS, HQ},
    ("GET", "/api/v1/dashboard/units"): {BOSS, HQ},
    ("GET", "/api/v1/dashboard/reps"): {BOSS, HQ},
    ("GET", "/api/v1/dashboard/trend"): {BOSS, HQ},
    ("GET", "/api/v1/dashboard/reps/<int:rep_id>/day"): STAFF,
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


REPS = ("rep_a1", "rep_a1b", "rep_a2", "rep_b1")
READS = {  # whose day each user reads
    "rep_a1": {"rep_a1"},
    "boss_a": {"rep_a1", "rep_a1b", "rep_a2"},
    "boss_a1": {"rep_a1", "rep_a1b"},
    "boss_b": {"rep_b1"},
    "admin": set(REPS),
}


@pytest.mark.parametrize("viewer", sorted(READS))
def test_a_rep_day_is_read_within_scope_only(app, org, viewer):
    client = app.test_client().sign_in_as(getattr(org, viewer))

    readable = {name for name in REPS if client.get(
        f"/api/v1/dashboard/reps/{getattr(org, name).id}/day").status_code == 200}

    assert readable == READS[viewer]
    # a boss or HQ admin is no rep with a day
    assert client.get(f"/api/v1/dashboard/reps/{org.boss_a.id}/day").status_code == 404


@pytest.mark.parametrize(("viewer", "units"), [
    ("boss_a", {"branch_a", "team_a1", "team_a2"}), ("boss_a1", {"team_a1"}),
    ("boss_b", {"branch_b", "team_b1"}),
    ("admin", {"hq", "branch_a", "branch_b", "team_a1", "team_a2", "team_b1"}),
])
def test_the_boss_view_opens_units_of_the_subtree_only(app, org, viewer, units):
    client = app.test_client().sign_in_as(getattr(org, viewer))
    names = ("hq", "branch_a", "branch_b", "team_a1", "team_a2", "team_b1")

    for path in ("", "/reps", "/trend", "/units"):
        opened = {name for name in names if client.get(f"/api/v1/dashboard{path}", query_string={
            "unit_id": getattr(org, name).id}).status_code == 200}
        assert opened == units, path
