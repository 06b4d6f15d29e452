"""Authorization in one place: every API endpoint declares its rule, and the rule holds."""

import re

import pytest

from app.core.access import ROLES, rule_of


def api_endpoints(app):
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1/"):
            yield rule


def test_every_api_endpoint_declares_an_access_rule(app):
    undeclared = [rule.endpoint for rule in api_endpoints(app)
                  if rule_of(app.view_functions[rule.endpoint]) is None]

    assert undeclared == [], f"declare public / login_required / roles_required on {undeclared}"


def test_declared_roles_are_known(app):
    for rule in api_endpoints(app):
        declared = rule_of(app.view_functions[rule.endpoint])
        assert set(declared.roles) <= set(ROLES), rule.endpoint


def test_an_undeclared_endpoint_is_refused(app):
    from flask import Blueprint

    from app import create_app

    # Given an app with a view registered without a rule (what a careless change would do)
    careless_app = create_app("testing",
                              SQLALCHEMY_DATABASE_URI=app.config["SQLALCHEMY_DATABASE_URI"])
    bp = Blueprint("careless", __name__)
    bp.add_url_rule("/api/v1/careless", "careless", lambda: {"leak": True})
    careless_app.register_blueprint(bp)

    response = careless_app.test_client().get("/api/v1/careless")

    assert response.status_code == 403
    assert response.json["error"]["code"] == "access_undeclared"


def login_only_endpoints(app):
    """Endpoints that anonymous callers must not reach, with sample URL values."""
    out = []
    for rule in api_endpoints(app):
        declared = rule_of(app.view_functions[rule.endpoint])
        if declared.public:
            continue
        url = rule.rule
        url = re.sub(r"<[^>]+>", "1", url)  # any converter: <int:id>, <bigid:id>
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            out.append((method, url))
    return out


def test_anonymous_callers_get_401_everywhere_but_public_endpoints(app, client, org):
    client.fetch_csrf()
    for method, url in login_only_endpoints(app):
        response = client.open(url, method=method, json={})
        assert response.status_code == 401, (method, url, response.status_code)
        assert response.json["error"]["code"] == "unauthenticated"


@pytest.mark.parametrize("who", ["rep", "boss"])
def test_hq_only_writes_are_403_for_other_roles(who, role_clients, org):
    client = role_clients[who]
    writes = [("POST", "/api/v1/org-units", {"name": "x", "kind": "team", "parent_id": org.hq.id}),
              ("PATCH", f"/api/v1/org-units/{org.team_a1.id}", {"name": "x"}),
              ("PATCH", "/api/v1/company", {"name": "x"})]
    if who == "rep":  # a boss may manage the reps of their subtree (tests/org/test_people.py)
        writes += [("POST", "/api/v1/users", {}),
                   ("PATCH", f"/api/v1/users/{org.rep_a1.id}", {"name": "x"})]
    for method, url, body in writes:
        response = client.open(url, method=method, json=body)
        assert response.status_code == 403, (method, url)
        assert response.json["error"]["code"] == "forbidden"
