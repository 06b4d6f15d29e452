"""Shared pieces of the per-package permission tables (tests/<package>/test_scoping.py).

Each package lists every endpoint of its blueprints with the roles that may call it; these
helpers walk the URL map, read what each view declares, and knock on each door as each role.
"""

import re

from app.core.access import rule_of

ANON, REP, BOSS, HQ = "anonymous", "rep", "boss", "hq"
EVERYONE, STAFF = {ANON, REP, BOSS, HQ}, {REP, BOSS, HQ}
ROLE_OF = {"rep": REP, "boss": BOSS, "hq_admin": HQ}


def endpoints(app, blueprint_names: set[str]):
    """(method, rule) of every endpoint of these blueprints."""
    for rule in app.url_map.iter_rules():
        if rule.endpoint.split(".")[0] in blueprint_names:
            for method in rule.methods - {"HEAD", "OPTIONS"}:
                yield method, rule


def declared(app, rule) -> set[str]:
    """Who the view says may call it, in the table's words."""
    access = rule_of(app.view_functions[rule.endpoint])
    assert access is not None, rule.rule
    return EVERYONE if access.public else {ROLE_OF[role] for role in access.roles}


def sample_url(rule: str) -> str:
    return re.sub(r"<[^>]+>", "1", rule)


def check_door(role_clients, method: str, rule: str, allowed: set[str]) -> None:
    """Each role calls the endpoint: an allowed one gets past the door, others are refused."""
    role_clients[ANON].fetch_csrf()
    for role, client in role_clients.items():
        response = client.open(sample_url(rule), method=method, json={})
        if role in allowed:
            assert response.status_code not in (401, 403), (role, response.json)
            assert response.status_code < 500, role
        elif role == ANON:
            assert response.status_code == 401, role
            assert response.json["error"]["code"] == "unauthenticated"
        else:
            assert response.status_code == 403, role
            assert response.json["error"]["code"] == "forbidden"
