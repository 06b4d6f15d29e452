"""Who may call each customer-book endpoint, and which customers each role sees.

HQ alone writes the tag vocabulary; every staff member reads it. Customers, their detail and
their tag history are read by any staff member within scope (rep: own, boss: subtree, HQ: all);
only the owning rep edits a customer or tags them. Out of scope answers 404, as missing does.
"""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from app.clients import services
from app.clients.models import CustomerTag, CustomerTagChange, FollowUp
from app.clients.routes import BLUEPRINTS
from app.core.db import utcnow
from app.customers.models import Customer
from tests.clients.builders import customer, tagged, vocabulary
from tests.permissions import (
    BOSS,
    HQ,
    REP,
    STAFF,
    check_door,
    declared,
    endpoints,
)
from tests.shop.builders import batch

CUSTOMER = "/api/v1/customers/<bigid:customer_id>"
NAMES = {blueprint.name for blueprint in BLUEPRINTS}

# Every clients endpoint and the roles that may call it; a new endpoint must be added here.
PERMISSIONS = {
    ("GET", "/api/v1/customers"): STAFF,
    ("GET", CUSTOMER): STAFF,
    ("PATCH", CUSTOMER): {REP},
    ("POST", f"{CUSTOMER}/tags"): {REP},
    ("DELETE", f"{CUSTOMER}/tags/<int:tag_id>"): {REP},
    ("GET", f"{CUSTOMER}/tag-changes"): STAFF,
    ("GET", "/api/v1/customers/funnel"): STAFF,
    ("POST", "/api/v1/customers/handover"): {BOSS, HQ},
    ("GET", "/api/v1/users/<int:user_id>/offboarding"): {BOSS, HQ},
    ("POST", "/api/v1/users/<int:user_id>/offboarding"): {BOSS, HQ},
    ("GET", f"{CUSTOMER}/orders"): STAFF,
    ("POST", f"{CUSTOMER}/stage"): {REP},
    ("GET", f"{CUSTOMER}/stage-changes"): STAFF,
    ("GET", f"{CUSTOMER}/follow-ups"): STAFF,
    ("POST", f"{CUSTOMER}/follow-ups"): {REP},
    ("GET", "/api/v1/follow-ups/due"): STAFF,
    ("PATCH", "/api/v1/follow-ups/<bigid:follow_up_id>"): {REP},
    ("POST", "/api/v1/follow-ups/<bigid:follow_up_id>/done"): {REP},
    ("GET", "/api/v1/tag-groups"): STAFF,
    ("POST", "/api/v1/tag-groups"): {HQ},
    ("PATCH", "/api/v1/tag-groups/<int:group_id>"): {HQ},
    ("DELETE", "/api/v1/tag-groups/<int:group_id>"): {HQ},
    ("POST", "/api/v1/tags"): {HQ},
    ("PATCH", "/api/v1/tags/<int:tag_id>"): {HQ},
    ("DELETE", "/api/v1/tags/<int:tag_id>"): {HQ},
    ("GET", "/api/v1/tag-rules"): {HQ},
    ("POST", "/api/v1/tag-rules"): {HQ},
    ("PATCH", "/api/v1/tag-rules/<int:rule_id>"): {HQ},
    ("DELETE", "/api/v1/tag-rules/<int:rule_id>"): {HQ},
    ("POST", "/api/v1/tag-rules/<int:rule_id>/run"): {HQ},
    ("POST", "/api/v1/customers/import"): {REP, HQ},
    ("GET", "/api/v1/customers/import-template"): {REP, HQ},
    ("GET", "/api/v1/customers/duplicates"): STAFF,
    ("POST", f"{CUSTOMER}/merge"): STAFF,
    ("GET", "/api/v1/today"): {REP, BOSS},
    ("GET", f"{CUSTOMER}/timeline"): STAFF,
}


def test_the_permission_table_lists_every_clients_endpoint(app):
    routes = {(method, rule.rule) for method, rule in endpoints(app, NAMES)}

    assert routes == set(PERMISSIONS)


def test_the_table_matches_what_each_view_declares(app):
    for method, rule in endpoints(app, NAMES):
        assert PERMISSIONS[(method, rule.rule)] == declared(app, rule), (method, rule.rule)


@pytest.mark.parametrize(("method", "rule"), sorted(PERMISSIONS),
                         ids=[f"{m} {r}" for m, r in sorted(PERMISSIONS)])
def test_each_role_is_let_in_or_refused(role_clients, method, rule):
    # given a client of every role, when each calls the endpoint, then a role the endpoint is
    # for gets past the door and the others are refused (401 anonymous, 403 a wrong role)
    check_door(role_clients, method, rule, PERMISSIONS[(method, rule)])


# --- the 404 rule ----------------------------------------------------------------------------

REPS = ("rep_a1", "rep_a1b", "rep_a2", "rep_b1")
OTHERS = ("rep_a1b", "rep_a2", "rep_b1")  # seen from rep_a1: same team, same branch, other


@pytest.fixture
def world(org):
    """For each rep: a named customer carrying tag "老客" (not "意向"), with a follow-up whose
    next action is overdue."""
    with batch():
        tags = vocabulary(org.admin, {"阶段": ["意向", "老客"]})
        data = {}
        for name in REPS:
            rep = getattr(org, name)
            mine = tagged(rep, customer(rep, name=f"{name}的客户"), tags["老客"])
            follow_up = services.log_follow_up(rep, mine, kind="call", content="回访",
                                               due_at=utcnow() - timedelta(hours=1))
            data[name] = SimpleNamespace(rep=rep, customer=mine, follow_up=follow_up)
    return SimpleNamespace(tags=tags, **data)


ATTEMPTS = {
    "read customer": lambda c, t: ("GET", f"/api/v1/customers/{c.id}", None),
    "edit customer": lambda c, t: ("PATCH", f"/api/v1/customers/{c.id}", {"name": "改名"}),
    "tag customer": lambda c, t: ("POST", f"/api/v1/customers/{c.id}/tags",
                                  {"tag_id": t["意向"].id}),
    "untag customer": lambda c, t: ("DELETE",
                                    f"/api/v1/customers/{c.id}/tags/{t['老客'].id}", None),
    "read tag changes": lambda c, t: ("GET", f"/api/v1/customers/{c.id}/tag-changes", None),
    "read follow-ups": lambda c, t: ("GET", f"/api/v1/customers/{c.id}/follow-ups", None),
    "log follow-up": lambda c, t: ("POST", f"/api/v1/customers/{c.id}/follow-ups",
                                   {"kind": "call", "content": "冒充跟进"}),
}
CHANGES = ("edit customer", "tag customer", "untag customer", "log follow-up")


def tag_state(db, customer_id: int) -> tuple:
    """The customer's name, the tags they carry, the length of their tag history and of
    their follow-up log."""
    name = db.session.get(Customer, customer_id).name
    carried = set(db.session.scalars(select(CustomerTag.tag_id)
                                     .where(CustomerTag.customer_id == customer_id)))
    history = db.session.scalar(select(func.count()).where(
        CustomerTagChange.customer_id == customer_id))
    follow_ups = db.session.scalar(select(func.count()).where(
        FollowUp.customer_id == customer_id))
    return name, carried, history, follow_ups


@pytest.mark.parametrize("attempt", sorted(ATTEMPTS))
def test_a_rep_reaching_for_another_reps_customer_gets_404(as_rep, world, db, attempt):
    for other in OTHERS:
        # given another rep's customer as it stands
        theirs = getattr(world, other).customer
        before = tag_state(db, theirs.id)

        # when rep A1 tries it on that customer
        method, url, body = ATTEMPTS[attempt](theirs, world.tags)
        response = as_rep.open(url, method=method, json=body)

        # then it is as if the customer did not exist, and nothing changed
        assert response.status_code == 404, (other, response.status_code)
        assert response.json["error"]["code"] == "not_found"
        assert tag_state(db, theirs.id) == before


@pytest.mark.parametrize("attempt", sorted(ATTEMPTS))
def test_the_same_request_on_the_reps_own_customer_succeeds(as_rep, world, attempt):
    method, url, body = ATTEMPTS[attempt](world.rep_a1.customer, world.tags)

    response = as_rep.open(url, method=method, json=body)

    assert response.status_code == (201 if attempt == "log follow-up" else 200), response.json


def test_a_missing_customer_is_404_like_another_reps(as_rep, world):
    response = as_rep.get("/api/v1/customers/999999999")

    assert response.status_code == 404
    assert response.json["error"]["code"] == "not_found"


def ids(response) -> set[int]:
    assert response.status_code == 200, response.json
    return {item["id"] for item in response.json["items"]}


VIEWERS = {  # who sees whose customers
    "rep_a1": ("rep_a1",),
    "boss_a": ("rep_a1", "rep_a1b", "rep_a2"),
    "boss_a1": ("rep_a1", "rep_a1b"),
    "boss_b": ("rep_b1",),
    "admin": REPS,
}


@pytest.mark.parametrize("viewer", sorted(VIEWERS))
def test_each_viewer_sees_exactly_their_scope(app, org, world, viewer):
    # given a client signed in as the viewer
    client = app.test_client().sign_in_as(getattr(org, viewer))
    visible = {getattr(world, name).customer.id for name in VIEWERS[viewer]}

    # when they list customers, plain and through every filter
    listed = client.get("/api/v1/customers?per_page=100")
    by_tag = client.get(f"/api/v1/customers?per_page=100&tag_ids={world.tags['老客'].id}")
    by_name = client.get("/api/v1/customers?per_page=100&q=的客户")
    by_status = client.get("/api/v1/customers?per_page=100&status=visitor")
    due = client.get("/api/v1/follow-ups/due?per_page=100")

    # then each list holds exactly the customers in scope, and the total agrees
    assert ids(listed) == ids(by_tag) == ids(by_name) == ids(by_status) == visible
    assert listed.json["total"] == len(visible)
    assert ids(due) == {getattr(world, name).follow_up.id for name in VIEWERS[viewer]}
    # and the detail and the tag history answer 200 in scope, 404 outside it
    for name in REPS:
        customer_id = getattr(world, name).customer.id
        expected = 200 if name in VIEWERS[viewer] else 404
        assert client.get(f"/api/v1/customers/{customer_id}").status_code == expected, name
        for part in ("tag-changes", "follow-ups"):
            assert client.get(f"/api/v1/customers/{customer_id}/{part}").status_code \
                == expected, (name, part)


def test_a_boss_reads_a_subtree_customers_detail_and_history(as_boss, world, org):
    # given rep A2's customer, in team A2 under boss A's branch
    theirs = world.rep_a2.customer

    # when boss A reads the customer and the tag history
    detail = as_boss.get(f"/api/v1/customers/{theirs.id}")
    history = as_boss.get(f"/api/v1/customers/{theirs.id}/tag-changes")

    # then both are there, with the tag and who put it there
    assert detail.status_code == 200
    assert detail.json["rep_id"] == org.rep_a2.id
    assert [t["name"] for t in detail.json["tags"]] == ["老客"]
    assert history.status_code == 200
    assert [(c["tag_name"], c["action"], c["actor_name"]) for c in history.json] == [
        ("老客", "add", org.rep_a2.name)]


@pytest.mark.parametrize("attempt", CHANGES)
@pytest.mark.parametrize("viewer", ["boss_a", "admin"])
def test_bosses_and_hq_cannot_change_a_customer_they_can_see(app, org, world, db, viewer,
                                                             attempt):
    # given a viewer who may read rep A1's customer
    client = app.test_client().sign_in_as(getattr(org, viewer))
    theirs = world.rep_a1.customer
    before = tag_state(db, theirs.id)

    # when they try to change it
    method, url, body = ATTEMPTS[attempt](theirs, world.tags)
    response = client.open(url, method=method, json=body)

    # then the role is refused and nothing changed
    assert response.status_code == 403
    assert tag_state(db, theirs.id) == before
