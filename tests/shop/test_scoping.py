"""Who may call each shop endpoint, and what each role sees: rep own, boss subtree, HQ all.

Anonymous callers get 401 on staff endpoints, a role the endpoint is not for gets 403, and an
object outside the caller's scope answers 404 exactly as a missing one does.
"""

from types import SimpleNamespace

import pytest

from app.customers.models import Customer
from app.shop.models import Order, ShelfItem
from app.shop.routes import BLUEPRINTS
from tests.factories import ProductFactory
from tests.permissions import (
    EVERYONE,
    HQ,
    REP,
    STAFF,
    check_door,
    declared,
    endpoints,
)
from tests.shop.builders import batch, completed_order, move, order, share, shelve, visit

SHOP_BLUEPRINTS = {blp.name for blp in BLUEPRINTS}

# Every shop endpoint and the roles that may call it; a new endpoint must be added here.
PERMISSIONS = {
    ("GET", "/api/v1/categories"): STAFF,
    ("POST", "/api/v1/categories"): {HQ},
    ("PATCH", "/api/v1/categories/<int:category_id>"): {HQ},
    ("DELETE", "/api/v1/categories/<int:category_id>"): {HQ},
    ("GET", "/api/v1/products"): STAFF,
    ("POST", "/api/v1/products"): {HQ},
    ("GET", "/api/v1/products/<int:product_id>"): STAFF,
    ("PATCH", "/api/v1/products/<int:product_id>"): {HQ},
    ("POST", "/api/v1/products/import"): {HQ},
    ("POST", "/api/v1/uploads"): STAFF,
    ("GET", "/api/v1/pins"): {HQ},
    ("POST", "/api/v1/pins"): {HQ},
    ("DELETE", "/api/v1/pins/<int:pin_id>"): {HQ},
    ("GET", "/api/v1/shop"): {REP},
    ("PATCH", "/api/v1/shop"): {REP},
    ("GET", "/api/v1/shelf"): {REP},
    ("POST", "/api/v1/shelf/items"): {REP},
    ("PATCH", "/api/v1/shelf/items/<bigid:item_id>"): {REP},
    ("DELETE", "/api/v1/shelf/items/<bigid:item_id>"): {REP},
    ("PUT", "/api/v1/shelf/order"): {REP},
    ("POST", "/api/v1/shares"): {REP},
    ("GET", "/api/v1/shares/<bigid:share_id>/poster"): {REP},
    ("GET", "/api/v1/radar"): STAFF,
    ("POST", "/api/v1/customers/<bigid:customer_id>/adopt"): {REP},
    ("GET", "/api/v1/orders"): STAFF,
    ("GET", "/api/v1/orders/<bigid:order_id>"): STAFF,
    ("POST", "/api/v1/orders/<bigid:order_id>/pay"): {REP, HQ},
    ("POST", "/api/v1/orders/<bigid:order_id>/complete"): {REP, HQ},
    ("POST", "/api/v1/orders/<bigid:order_id>/cancel"): {REP, HQ},
    ("POST", "/api/v1/orders/<bigid:order_id>/refund"): {REP, HQ},
    ("GET", "/api/v1/commission/summary"): STAFF,
    ("GET", "/api/v1/commission/entries"): STAFF,
    ("GET", "/api/v1/commission/settlement"): {HQ},
    ("GET", "/api/v1/shops/<string(maxlength=32):code>"): EVERYONE,
    ("GET", "/api/v1/shops/<string(maxlength=32):code>/products/<int:product_id>"): EVERYONE,
    ("POST", "/api/v1/shops/<string(maxlength=32):code>/visits"): EVERYONE,
    ("POST", "/api/v1/shops/<string(maxlength=32):code>/orders"): EVERYONE,
    ("GET", "/api/v1/shops/<string(maxlength=32):code>/my-orders"): EVERYONE,
    ("GET", "/api/v1/shops/<string(maxlength=32):code>/my-orders/<bigid:order_id>"): EVERYONE,
    ("POST", "/api/v1/shops/<string(maxlength=32):code>/my-orders/<bigid:order_id>/cancel"):
        EVERYONE,
}


def test_the_permission_table_lists_every_shop_endpoint(app):
    routes = {(method, rule.rule) for method, rule in endpoints(app, SHOP_BLUEPRINTS)}

    assert routes == set(PERMISSIONS)


def test_the_table_matches_what_each_view_declares(app):
    for method, rule in endpoints(app, SHOP_BLUEPRINTS):
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
    """For each rep: a shelf item, a share, a visitor brought by it, and orders in each state
    that an action could still move (pending, paid, completed with frozen commission)."""
    product = ProductFactory(stock=None, price=10000, commission_rate_bps=1000)
    data = {}
    with batch():
        for name in REPS:
            rep = getattr(org, name)
            item = shelve(rep, product)
            token = share(rep, product)
            opened = visit(rep, token=token.token, product=product)
            data[name] = SimpleNamespace(
                rep=rep, item=item, share=token, customer=opened.customer,
                pending=order(rep, opened.customer, product),
                paid=move(order(rep, opened.customer, product), "pay", actor=rep),
                done=completed_order(rep, opened.customer, product=product))
    return data


ATTEMPTS = {
    "feature shelf item": lambda o: ("PATCH", f"/api/v1/shelf/items/{o.item.id}",
                                     {"featured": True}),
    "remove shelf item": lambda o: ("DELETE", f"/api/v1/shelf/items/{o.item.id}", None),
    "read order": lambda o: ("GET", f"/api/v1/orders/{o.pending.id}", None),
    "pay order": lambda o: ("POST", f"/api/v1/orders/{o.pending.id}/pay", {}),
    "complete order": lambda o: ("POST", f"/api/v1/orders/{o.paid.id}/complete", {}),
    "cancel order": lambda o: ("POST", f"/api/v1/orders/{o.pending.id}/cancel", {}),
    "refund order": lambda o: ("POST", f"/api/v1/orders/{o.done.id}/refund",
                               {"reason": "冒充退款"}),
    "read customer": lambda o: ("GET", f"/api/v1/customers/{o.customer.id}", None),
    "adopt customer": lambda o: ("POST", f"/api/v1/customers/{o.customer.id}/adopt",
                                 {"name": "冒领"}),
    "share poster": lambda o: ("GET", f"/api/v1/shares/{o.share.id}/poster", None),
}


def unchanged(db, theirs) -> None:
    """Nothing of the other rep's moved."""
    item = db.session.get(ShelfItem, theirs.item.id)
    assert item is not None and item.featured is False
    statuses = {o: db.session.get(Order, getattr(theirs, o).id).status
                for o in ("pending", "paid", "done")}
    assert statuses == {"pending": "pending", "paid": "paid", "done": "completed"}
    assert db.session.get(Customer, theirs.customer.id).name != "冒领"


@pytest.mark.parametrize("attempt", sorted(ATTEMPTS))
def test_a_rep_reaching_for_another_reps_record_gets_404(as_rep, world, db, attempt):
    for other in OTHERS:
        # when rep A1 tries it on another rep's record
        method, url, body = ATTEMPTS[attempt](world[other])
        response = as_rep.open(url, method=method, json=body)

        # then it is as if the record did not exist, and nothing changed
        assert response.status_code == 404, (other, response.status_code)
        assert response.json["error"]["code"] == "not_found"
        unchanged(db, world[other])


@pytest.mark.parametrize("attempt", ["feature shelf item", "read order", "pay order",
                                     "complete order", "refund order", "read customer",
                                     "adopt customer"])
def test_the_same_request_on_the_reps_own_record_succeeds(as_rep, world, attempt):
    method, url, body = ATTEMPTS[attempt](world["rep_a1"])

    response = as_rep.open(url, method=method, json=body)

    assert response.status_code == 200, response.json


def test_a_rep_removes_their_own_shelf_item(as_rep, world, db):
    item_id = world["rep_a1"].item.id

    response = as_rep.delete(f"/api/v1/shelf/items/{item_id}")

    assert response.status_code == 204
    assert db.session.get(ShelfItem, item_id) is None


def ids(response) -> set[int]:
    return {item["id"] for item in response.json["items"]}


def test_a_reps_lists_hold_only_their_own(as_rep, world, org):
    mine = world["rep_a1"]

    orders = as_rep.get("/api/v1/orders?per_page=100").json["items"]
    customers = as_rep.get("/api/v1/customers?per_page=100").json["items"]
    entries = as_rep.get("/api/v1/commission/entries?per_page=100").json["items"]
    radar = as_rep.get("/api/v1/radar").json

    assert {o["id"] for o in orders} == {mine.pending.id, mine.paid.id, mine.done.id}
    assert {c["id"] for c in customers} == {mine.customer.id}
    assert {e["rep_id"] for e in entries} == {org.rep_a1.id} and len(entries) == 1
    assert as_rep.get("/api/v1/commission/summary").json["frozen"] == 1000
    assert radar["visits"] == 1
    assert {row["customer_id"] for row in radar["items"]} == {mine.customer.id}
    assert {event["customer_id"] for event in radar["recent"]} == {mine.customer.id}


def test_a_rep_filtering_orders_by_another_rep_gets_nothing(as_rep, world, org):
    response = as_rep.get(f"/api/v1/orders?rep_id={org.rep_b1.id}")

    assert response.status_code == 200 and response.json["items"] == []


VIEWERS = {  # who sees whose records
    "boss_a": ("rep_a1", "rep_a1b", "rep_a2"),
    "boss_a1": ("rep_a1", "rep_a1b"),
    "boss_b": ("rep_b1",),
    "admin": REPS,
}


@pytest.mark.parametrize("viewer", sorted(VIEWERS))
def test_bosses_see_their_subtree_and_hq_sees_all(app, org, world, viewer):
    client = app.test_client().sign_in_as(getattr(org, viewer))
    visible = VIEWERS[viewer]

    orders = ids(client.get("/api/v1/orders?per_page=100"))
    customers = ids(client.get("/api/v1/customers?per_page=100"))
    entries = client.get("/api/v1/commission/entries?per_page=100").json["items"]
    summary = client.get("/api/v1/commission/summary").json
    radar = client.get("/api/v1/radar").json

    assert orders == {getattr(world[name], state).id for name in visible
                      for state in ("pending", "paid", "done")}
    assert customers == {world[name].customer.id for name in visible}
    assert {e["rep_id"] for e in entries} == {world[name].rep.id for name in visible}
    assert summary["frozen"] == summary["total"] == 1000 * len(visible)
    assert radar["visits"] == len(visible)
    for name in REPS:
        expected = 200 if name in visible else 404
        assert client.get(f"/api/v1/orders/{world[name].pending.id}").status_code == expected
        assert client.get(f"/api/v1/customers/{world[name].customer.id}").status_code \
            == expected


@pytest.mark.parametrize("action", ["pay", "cancel"])
def test_a_boss_cannot_move_an_order_even_in_their_subtree(as_boss, world, db, action):
    response = as_boss.post(f"/api/v1/orders/{world['rep_a1'].pending.id}/{action}", json={})

    assert response.status_code == 403
    assert db.session.get(Order, world["rep_a1"].pending.id).status == "pending"


def test_a_boss_cannot_adopt_a_customer_of_their_subtree(as_boss, world):
    response = as_boss.post(f"/api/v1/customers/{world['rep_a1'].customer.id}/adopt",
                            json={"name": "老板"})

    assert response.status_code == 403


def test_hq_moves_any_reps_order(as_hq, world):
    response = as_hq.post(f"/api/v1/orders/{world['rep_b1'].pending.id}/pay", json={})

    assert response.status_code == 200
    assert response.json["status"] == "paid"
    assert response.json["transitions"][-1]["actor_name"] == as_hq.user.name
