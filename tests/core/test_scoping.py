"""Who may call each exports endpoint; an export is its requester's alone (404 for anyone
else, whatever the role: tests/core/test_exports.py)."""

import pytest

from tests.permissions import STAFF, check_door, declared, endpoints

EXPORT = "/api/v1/exports/<int:export_id>"

# Every exports endpoint and the roles that may call it; a new endpoint must be added here.
PERMISSIONS = {
    ("POST", "/api/v1/exports"): STAFF,
    ("GET", "/api/v1/exports"): STAFF,
    ("GET", EXPORT): STAFF,
    ("GET", EXPORT + "/file"): STAFF,
}


def test_the_permission_table_lists_every_exports_endpoint(app):
    routes = {(method, rule.rule) for method, rule in endpoints(app, {"exports"})}

    assert routes == set(PERMISSIONS)


def test_the_table_matches_what_each_view_declares(app):
    for method, rule in endpoints(app, {"exports"}):
        assert PERMISSIONS[(method, rule.rule)] == declared(app, rule), (method, rule.rule)


@pytest.mark.parametrize(("method", "rule"), sorted(PERMISSIONS),
                         ids=[f"{m} {r}" for m, r in sorted(PERMISSIONS)])
def test_each_role_is_let_in_or_refused(role_clients, method, rule):
    # given a client of every role, when each calls the endpoint, then each staff role gets
    # past the door and an anonymous visitor is refused
    check_door(role_clients, method, rule, PERMISSIONS[(method, rule)])
