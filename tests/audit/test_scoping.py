"""Who may call each audit endpoint, and whose interactions and reads each role sees.

Bosses and HQ only (a rep has their own customers' timelines); a boss sees the interactions
done in their subtree (the unit each event was recorded in, so a rep who moved leaves their
earlier work where it was done) and the reads made in it; HQ sees all. A rep or customer
filter outside the scope gives an empty list, as an unknown id does.
"""

from types import SimpleNamespace

import pytest

from app.audit.routes import blp
from app.clients.services import log_follow_up
from app.extensions import db
from tests.audit.builders import every_kind
from tests.clients.builders import vocabulary
from tests.clients.test_scoping import REPS, VIEWERS
from tests.permissions import BOSS, HQ, check_door, declared, endpoints
from tests.shop.builders import batch

URL = "/api/v1/audit/interactions"

# Every audit endpoint and the roles that may call it; a new endpoint must be added here.
PERMISSIONS = {
    ("GET", URL): {BOSS, HQ},
    ("GET", "/api/v1/audit/reads"): {BOSS, HQ},
}


def test_the_permission_table_lists_every_audit_endpoint(app):
    assert {(method, rule.rule) for method, rule in endpoints(app, {blp.name})} == set(PERMISSIONS)


def test_the_table_matches_what_each_view_declares(app):
    for method, rule in endpoints(app, {blp.name}):
        assert PERMISSIONS[(method, rule.rule)] == declared(app, rule), (method, rule.rule)


@pytest.mark.parametrize(("method", "rule"), sorted(PERMISSIONS),
                         ids=[f"{m} {r}" for m, r in sorted(PERMISSIONS)])
def test_each_role_is_let_in_or_refused(role_clients, method, rule):
    check_door(role_clients, method, rule, PERMISSIONS[(method, rule)])


@pytest.fixture
def world(org):
    """Every rep with a customer and one interaction of each kind."""
    with batch():
        tag = vocabulary(org.admin, {"意向度": ["意向"]})["意向"]
        made = {name: every_kind(getattr(org, name), tag, name=f"{name}的客户") for name in REPS}
    return SimpleNamespace(tag=tag, **made)


def customers_listed(client, **query) -> set[int]:
    response = client.get(URL, query_string={"per_page": 100, **query})
    assert response.status_code == 200, response.json
    return {item["customer"]["id"] for item in response.json["items"]}


BOSSES = {name: reps for name, reps in VIEWERS.items() if name != "rep_a1"}


@pytest.mark.parametrize("viewer", sorted(BOSSES))
def test_each_viewer_sees_exactly_the_interactions_of_their_scope(app, org, world, viewer):
    client = app.test_client().sign_in_as(getattr(org, viewer))
    visible = {getattr(world, name).customer.id for name in BOSSES[viewer]}

    assert customers_listed(client) == visible
    for kind in ("follow_up", "order", "stage", "tag", "consultation", "booking"):
        assert customers_listed(client, kind=kind) == visible, kind
    for name in REPS:  # a rep or a customer outside the scope: nothing, not a 404
        rep, theirs = getattr(org, name), getattr(world, name).customer.id
        expected = {theirs} if name in BOSSES[viewer] else set()
        assert customers_listed(client, rep_id=rep.id) == expected, name
        assert customers_listed(client, customer_id=theirs) == expected, name
    assert customers_listed(client, customer_id=999999999) == set()


def test_a_rep_who_moves_leaves_their_earlier_work_with_the_old_team(app, org, world):
    # given rep A1b moves from team A1 to team B1 and then logs a follow-up there
    org.rep_a1b.org_unit_id = org.team_b1.id
    db.session.commit()
    log_follow_up(org.rep_a1b, world.rep_a1b.customer, kind="call", content="换团队后回访")
    db.session.commit()
    boss_a1 = app.test_client().sign_in_as(org.boss_a1)
    boss_b = app.test_client().sign_in_as(org.boss_b)

    # then team A1's boss keeps what was done in team A1, and team B's boss sees only the new
    old = boss_a1.get(URL, query_string={"rep_id": org.rep_a1b.id, "per_page": 100}).json
    new = boss_b.get(URL, query_string={"rep_id": org.rep_a1b.id, "per_page": 100}).json
    assert len(old["items"]) == 19
    assert "换团队后回访" not in {item["summary"] for item in old["items"]}
    assert [(item["verb"], item["summary"]) for item in new["items"]] == [
        ("stage_change", "首次联系"), ("follow_up", "换团队后回访")]


READERS = {  # whose reads each viewer sees: the reads made in their subtree
    "boss_a": {"boss_a", "boss_a1"},
    "boss_a1": {"boss_a1"},
    "boss_b": {"boss_b"},
    "admin": {"admin", "boss_a", "boss_a1", "boss_b"},
}


def test_each_viewer_sees_the_reads_made_in_their_scope(app, org, world):
    clients = {name: app.test_client().sign_in_as(getattr(org, name)) for name in READERS}
    for client in clients.values():
        assert client.get(URL, query_string={"customer_id": world.rep_a1.customer.id}
                          ).status_code == 200

    for name, client in clients.items():
        response = client.get("/api/v1/audit/reads", query_string={"per_page": 100})
        assert response.status_code == 200, response.json
        readers = {item["reader"]["id"] for item in response.json["items"]}
        assert readers == {getattr(org, reader).id for reader in READERS[name]}, name
