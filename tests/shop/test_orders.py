"""Orders: placing (stock, limits, prices copied), the state machine, refunds and commission."""

import itertools
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.core.db import utcnow
from app.extensions import db as _db
from app.shop.models import CommissionEntry, Order, Product
from app.shop.services import commission
from app.shop.services.orders import TRANSITIONS
from tests.factories import ProductFactory
from tests.shop.builders import counters, customer_of, move, order, visitor
from tests.sql import uses_index

STATES = ("pending", "paid", "completed", "cancelled", "refunded")
ACTIONS = ("pay", "complete", "cancel", "refund")
PATH_TO = {"pending": (), "paid": ("pay",), "completed": ("pay", "complete"),
           "cancelled": ("cancel",), "refunded": ("pay", "refund")}


def place(client, rep, *lines, headers=None, **fields):
    """Order [(product, quantity), ...] from the rep's shop through the public API."""
    body = {"items": [{"product_id": p.id, "quantity": q} for p, q in lines],
            "contact_name": "顾客", "contact_phone": "13900000000", "fulfilment": "pickup",
            **fields}
    return client.post(f"/api/v1/shops/{rep.shop_code}/orders", json=body, headers=headers)


def stock_and_sold(product) -> tuple[int | None, int]:
    fresh = _db.session.get(Product, product.id)
    return fresh.stock, fresh.sold


def act(client, order_id, action, **body):
    if action == "refund":
        body.setdefault("reason", "顾客退货")
    return client.post(f"/api/v1/orders/{order_id}/{action}", json=body)


# --- the state machine -----------------------------------------------------------------------

@pytest.mark.parametrize(("state", "action"), list(itertools.product(STATES, ACTIONS)))
def test_only_the_allowed_transitions_happen(as_rep, org, db, state, action):
    # given an order in `state`
    placed = move(order(org.rep_a1, customer_of(org.rep_a1)), *PATH_TO[state], actor=org.rep_a1)
    steps = len(placed.transitions)

    # when the rep tries `action` on it
    response = act(as_rep, placed.id, action)

    # then it moves only when the state allows that action
    allowed_from, to_status, _ = TRANSITIONS[action]
    fresh = db.session.get(Order, placed.id)
    if state in allowed_from:
        assert response.status_code == 200, response.json
        assert fresh.status == to_status and len(fresh.transitions) == steps + 1
    else:
        assert response.status_code == 409
        assert response.json["error"]["code"] == "illegal_transition"
        assert fresh.status == state and len(fresh.transitions) == steps


def test_the_customer_cannot_cancel_a_paid_order(app, org, db):
    phone = visitor(app)
    product = ProductFactory()
    placed = place(phone, org.rep_a1, (product, 1)).json
    move(db.session.get(Order, placed["id"]), "pay", actor=org.rep_a1)

    response = phone.post(f"/api/v1/shops/{org.rep_a1.shop_code}/my-orders/{placed['id']}"
                          "/cancel")

    assert response.status_code == 409
    assert response.json["error"]["code"] == "illegal_transition"


def test_transitions_record_actor_reason_and_times(as_hq, as_rep, org, db):
    placed = order(org.rep_a1, customer_of(org.rep_a1))

    paid = act(as_hq, placed.id, "pay", reason="转账已到", reference="TX-20261123").json
    done = act(as_rep, placed.id, "complete", reason="已送达").json

    assert paid["payment_ref"] == "TX-20261123" and paid["paid_amount"] == paid["total_amount"]
    assert paid["paid_at"] is not None and done["completed_at"] is not None
    assert [(t["from_status"], t["to_status"], t["actor_kind"], t["actor_name"], t["reason"])
            for t in done["transitions"]] == [
        (None, "pending", "customer", None, ""),
        ("pending", "paid", "user", org.admin.name, "转账已到"),
        ("paid", "completed", "user", org.rep_a1.name, "已送达")]


def test_a_refund_needs_a_reason(as_rep, org):
    placed = move(order(org.rep_a1, customer_of(org.rep_a1)), "pay", actor=org.rep_a1)

    for body in ({}, {"reason": ""}, {"reason": "   "}):
        response = as_rep.post(f"/api/v1/orders/{placed.id}/refund", json=body)
        assert response.status_code == 422
        assert "reason" in response.json["error"]["fields"]


# --- stock -----------------------------------------------------------------------------------

@pytest.mark.parametrize("path", [("cancel",), ("pay", "refund"), ("pay", "complete", "refund")])
def test_cancel_and_refund_give_the_stock_back(org, path):
    product = ProductFactory(stock=5)
    placed = order(org.rep_a1, customer_of(org.rep_a1), product, quantity=2)
    assert stock_and_sold(product) == (3, 2)

    move(placed, *path, actor=org.rep_a1)

    assert stock_and_sold(product) == (5, 0)


def test_unlimited_stock_never_blocks(org, app):
    product = ProductFactory(stock=None)
    limit = app.config["ORDER_MAX_QUANTITY"]

    first = order(org.rep_a1, customer_of(org.rep_a1), product, quantity=limit)
    order(org.rep_a1, customer_of(org.rep_a1), product, quantity=limit)
    assert stock_and_sold(product) == (None, 2 * limit)

    move(first, "cancel", actor=org.rep_a1)
    assert stock_and_sold(product) == (None, limit)


def test_not_enough_stock_is_409_and_takes_nothing(app, org, db):
    plenty, scarce = ProductFactory(stock=5), ProductFactory(stock=1)

    response = place(visitor(app), org.rep_a1, (plenty, 2), (scarce, 2))

    assert response.status_code == 409
    assert response.json["error"]["code"] == "out_of_stock"
    assert str(scarce.id) in response.json["error"]["fields"]["items"]
    assert stock_and_sold(plenty) == (5, 0) and stock_and_sold(scarce) == (1, 0)
    assert db.session.scalars(select(Order)).all() == []


def test_exactly_the_stock_can_be_sold(app, org):
    product = ProductFactory(stock=2)

    assert place(visitor(app), org.rep_a1, (product, 2)).status_code == 201
    assert place(visitor(app), org.rep_a1, (product, 1)).status_code == 409
    assert stock_and_sold(product) == (0, 2)


@pytest.mark.parametrize("kind", ["off_sale", "missing"])
def test_an_off_sale_or_missing_product_is_404(app, org, db, kind):
    other = ProductFactory(stock=5)
    product = ProductFactory(on_sale=False) if kind == "off_sale" else None
    product_id = product.id if product else 999_999

    response = visitor(app).post(f"/api/v1/shops/{org.rep_a1.shop_code}/orders", json={
        "items": [{"product_id": other.id, "quantity": 1},
                  {"product_id": product_id, "quantity": 1}],
        "contact_name": "顾客", "contact_phone": "13900000000", "fulfilment": "pickup"})

    assert response.status_code == 404
    assert str(product_id) in response.json["error"]["fields"]["items"]
    assert stock_and_sold(other) == (5, 0)


# --- limits and checks -----------------------------------------------------------------------

def test_quantity_limits_are_422(app, org, monkeypatch):
    a, b, c = ProductFactory(), ProductFactory(), ProductFactory()
    phone = visitor(app)
    limit = app.config["ORDER_MAX_QUANTITY"]

    assert place(phone, org.rep_a1, (a, 0)).status_code == 422
    assert place(phone, org.rep_a1, (a, -1)).status_code == 422
    assert place(phone, org.rep_a1, (a, limit + 1)).status_code == 422
    assert place(phone, org.rep_a1, (a, limit // 2 + 1), (a, limit // 2 + 1)).status_code == 422
    assert place(phone, org.rep_a1).status_code == 422  # no items
    monkeypatch.setitem(app.config, "ORDER_MAX_LINES", 2)
    assert place(phone, org.rep_a1, (a, 1), (b, 1), (c, 1)).status_code == 422
    assert stock_and_sold(a) == (100, 0)


@pytest.mark.parametrize("quantity", ["1", 1.5, True, None])
def test_quantity_is_a_strict_integer(app, org, quantity):
    product = ProductFactory()

    response = visitor(app).post(f"/api/v1/shops/{org.rep_a1.shop_code}/orders", json={
        "items": [{"product_id": product.id, "quantity": quantity}], "contact_name": "顾客",
        "contact_phone": "13900000000", "fulfilment": "pickup"})

    assert response.status_code == 422


def test_the_same_product_on_two_lines_is_one_line(app, org):
    product = ProductFactory(price=1000, stock=10)

    response = place(visitor(app), org.rep_a1, (product, 1), (product, 2))

    assert response.status_code == 201
    assert [(line["quantity"], line["amount"]) for line in response.json["lines"]] == [(3, 3000)]
    assert response.json["item_count"] == 3 and response.json["total_amount"] == 3000
    assert stock_and_sold(product) == (7, 3)


def test_delivery_needs_an_address(app, org):
    product = ProductFactory()
    phone = visitor(app)

    for fields in ({"fulfilment": "delivery"}, {"fulfilment": "delivery", "address": ""}):
        response = place(phone, org.rep_a1, (product, 1), **fields)
        assert response.status_code == 422
        assert "address" in response.json["error"]["fields"]
    no_fulfilment = phone.post(f"/api/v1/shops/{org.rep_a1.shop_code}/orders", json={
        "items": [{"product_id": product.id, "quantity": 1}], "contact_name": "顾客",
        "contact_phone": "13900000000"})
    assert no_fulfilment.status_code == 422  # delivery is the default
    assert place(phone, org.rep_a1, (product, 1), fulfilment="delivery",
                 address="上海市静安区").status_code == 201
    assert stock_and_sold(product) == (99, 1)


@pytest.mark.parametrize("fields", [{"contact_phone": "1390000"}, {"contact_name": ""},
                                    {"contact_name": "  "}, {"fulfilment": "drone"},
                                    {"token": "x" * 25}])
def test_contact_details_are_checked(app, org, fields):
    response = place(visitor(app), org.rep_a1, (ProductFactory(), 1), **fields)

    assert response.status_code == 422


# --- prices and commission -------------------------------------------------------------------

def test_prices_and_rates_are_copied_onto_the_lines_at_order_time(app, org, as_hq, as_rep, db):
    # given an order of a product at 100.00 with 10% commission, and one at the company default
    as_hq.patch("/api/v1/company", json={"commission_settle_days": 0})
    own_rate = ProductFactory(name="原名", price=10000, commission_rate_bps=1000)
    default_rate = ProductFactory(price=2000, commission_rate_bps=None)
    placed = place(visitor(app), org.rep_a1, (own_rate, 2), (default_rate, 1)).json

    # when HQ changes the name, price and rates afterwards
    as_hq.patch(f"/api/v1/products/{own_rate.id}", json={
        "name": "新名", "price": 20000, "list_price": None, "commission_rate_bps": 3000})
    as_hq.patch("/api/v1/company", json={"commission_rate_bps": 2000})
    act(as_rep, placed["id"], "pay")
    done = act(as_rep, placed["id"], "complete").json

    # then the order keeps what was agreed: 2 x 100.00 at 10%, 20.00 at the old default 5%
    assert [(line["product_name"], line["unit_price"], line["amount"],
             line["commission_rate_bps"]) for line in done["lines"]] == [
        ("原名", 10000, 20000, 1000), (default_rate.name, 2000, 2000, 500)]
    assert done["total_amount"] == done["paid_amount"] == 22000
    [earning] = db.session.scalars(select(CommissionEntry)).all()
    assert earning.amount == 2000 + 100


def test_line_commission_rounds_half_up():
    assert commission.line_commission(333, 500) == 17  # 16.65
    assert commission.line_commission(330, 500) == 17  # 16.5
    assert commission.line_commission(329, 500) == 16  # 16.45
    assert commission.line_commission(0, 500) == 0


def test_a_refund_before_completion_writes_no_commission(org, db):
    placed = order(org.rep_a1, customer_of(org.rep_a1))

    move(placed, "pay", "refund", actor=org.rep_a1)

    assert db.session.scalars(select(CommissionEntry)).all() == []


def test_a_refund_while_commission_is_frozen_nets_to_zero_once_settled(as_rep, org, db):
    # given a completed order whose commission is still frozen
    product = ProductFactory(price=10000, commission_rate_bps=1000)
    placed = move(order(org.rep_a1, customer_of(org.rep_a1), product), "pay", "complete",
                  actor=org.rep_a1)

    # when it is refunded
    move(placed, "refund", actor=org.rep_a1)

    # then a frozen reversal cancels the frozen earning
    entries = db.session.scalars(select(CommissionEntry).order_by(CommissionEntry.id)).all()
    assert [(e.kind, e.amount, e.status) for e in entries] == [
        ("earning", 1000, "frozen"), ("reversal", -1000, "frozen")]
    assert entries[0].settle_at == entries[1].settle_at
    assert as_rep.get("/api/v1/commission/summary").json["frozen"] == 0

    # and when both settle, the net is zero
    assert commission.settle_due(utcnow() + timedelta(days=8)) == 2
    db.session.commit()
    assert as_rep.get("/api/v1/commission/summary").json == {
        "frozen": 0, "settled": 0, "total": 0, "settle_days": 7}
    assert {e.status for e in db.session.scalars(select(CommissionEntry))} == {"settled"}


def test_commission_is_earned_only_on_completion(as_rep, org):
    placed = move(order(org.rep_a1, customer_of(org.rep_a1)), "pay", actor=org.rep_a1)
    assert as_rep.get("/api/v1/commission/summary").json["total"] == 0

    move(placed, "complete", actor=org.rep_a1)

    entries = as_rep.get("/api/v1/commission/entries").json["items"]
    assert [(e["kind"], e["status"], e["order_number"]) for e in entries] == [
        ("earning", "frozen", placed.number)]
    assert as_rep.get("/api/v1/commission/entries?status=settled").json["items"] == []


# --- the customer's side ---------------------------------------------------------------------

def test_a_customer_cancels_only_their_own_pending_order_in_that_shop(app, org, db):
    product = ProductFactory(stock=5)
    alice, bob = visitor(app), visitor(app)
    placed = place(alice, org.rep_a1, (product, 2)).json
    path = f"/my-orders/{placed['id']}/cancel"

    by_bob = bob.post(f"/api/v1/shops/{org.rep_a1.shop_code}{path}")
    in_other_shop = alice.post(f"/api/v1/shops/{org.rep_a1b.shop_code}{path}")
    anonymous = app.test_client()
    anonymous.fetch_csrf()
    by_nobody = anonymous.post(f"/api/v1/shops/{org.rep_a1.shop_code}{path}")
    assert by_bob.status_code == in_other_shop.status_code == by_nobody.status_code == 404
    assert db.session.get(Order, placed["id"]).status == "pending"

    mine = alice.post(f"/api/v1/shops/{org.rep_a1.shop_code}{path}")

    assert mine.status_code == 200 and mine.json["status"] == "cancelled"
    assert stock_and_sold(product) == (5, 0)
    last = db.session.get(Order, placed["id"]).transitions[-1]
    assert (last.actor_id, last.actor_kind, last.reason) == (None, "customer", "顾客取消")


def test_the_rep_is_notified_of_a_new_order_and_of_a_customer_cancel(app, org, as_rep):
    alice = visitor(app)
    placed = place(alice, org.rep_a1, (ProductFactory(price=1280), 1)).json
    alice.post(f"/api/v1/shops/{org.rep_a1.shop_code}/my-orders/{placed['id']}/cancel")

    inbox = as_rep.get("/api/v1/notifications").json

    assert [(n["kind"], n["link"]) for n in inbox["items"]] == [
        ("order_cancelled", f"/rep/orders/{placed['id']}"),
        ("order_new", f"/rep/orders/{placed['id']}")]
    assert "12.80" in inbox["items"][1]["title"] and inbox["unread"] == 2
    for other in (org.rep_a1b, org.boss_a):
        assert app.test_client().sign_in_as(other).get("/api/v1/notifications") \
            .json["items"] == []


def test_an_order_through_a_share_carries_the_share_and_its_forwarder(app, org, db):
    product = ProductFactory()
    alice, bob = visitor(app), visitor(app)
    forward = alice.post(f"/api/v1/shops/{org.rep_a1.shop_code}/visits",
                         json={}).json["forward_token"]
    bob.post(f"/api/v1/shops/{org.rep_a1.shop_code}/visits", json={"token": forward})

    placed = place(bob, org.rep_a1, (product, 1), token=forward).json

    fresh = db.session.get(Order, placed["id"])
    alice_id = fresh.customer.referrer_id
    assert fresh.share_id is not None and fresh.referrer_id == alice_id is not None


def test_an_order_through_ones_own_forwarded_link_has_no_referrer(app, org, db):
    # given Alice ordering from the link she forwarded herself
    alice = visitor(app)
    own = alice.post(f"/api/v1/shops/{org.rep_a1.shop_code}/visits",
                     json={}).json["forward_token"]

    placed = place(alice, org.rep_a1, (ProductFactory(), 1), token=own).json

    fresh = db.session.get(Order, placed["id"])
    assert fresh.referrer_id != fresh.customer_id
    assert fresh.referrer_id is None


def test_a_foreign_token_on_an_order_is_ignored(app, org, db):
    other_share = app.test_client().sign_in_as(org.rep_b1).post(
        "/api/v1/shares", json={"object_type": "shop"}).json

    placed = place(visitor(app), org.rep_a1, (ProductFactory(), 1),
                   token=other_share["token"]).json

    fresh = db.session.get(Order, placed["id"])
    assert (fresh.share_id, fresh.referrer_id, fresh.rep_id) == (None, None, org.rep_a1.id)


def test_order_figures_are_counted_for_the_rep(org):
    placed = order(org.rep_a1, customer_of(org.rep_a1), ProductFactory(price=5000))
    move(placed, "pay", actor=org.rep_a1)
    assert counters(org.rep_a1)["revenue"] == 5000

    move(placed, "refund", actor=org.rep_a1)

    figures = counters(org.rep_a1)
    assert (figures["order"], figures["order_paid"], figures["order_refunded"]) == (1, 1, 1)
    assert figures["revenue"] == 0


def test_the_placed_order_tells_the_customer_how_to_pay(app, org):
    response = place(visitor(app), org.rep_a1, (ProductFactory(), 1))

    assert response.status_code == 201
    assert response.json["payment_instructions"]
    assert "commission_rate_bps" not in response.json["lines"][0]
    assert "customer_id" not in response.json and "transitions" not in response.json


# --- retries with an Idempotency-Key ---------------------------------------------------------

def test_a_retried_order_with_the_same_key_is_the_first_order(app, org, db):
    # given a new visitor whose first order went through (and gave them their visitor cookie)
    product = ProductFactory(stock=5)
    phone = visitor(app)
    key = {"Idempotency-Key": "checkout-0b9a7e52"}
    first = place(phone, org.rep_a1, (product, 2), headers=key)

    # when the phone, not having seen the answer, sends the same order with the same key again
    retry = place(phone, org.rep_a1, (product, 2), headers=key)

    # then it gets the first answer, and nothing more is ordered or taken
    assert first.status_code == retry.status_code == 201
    assert retry.json == first.json and retry.headers["Idempotent-Replayed"] == "true"
    assert len(db.session.scalars(select(Order)).all()) == 1
    assert stock_and_sold(product) == (3, 2)


def test_the_same_key_with_another_order_is_refused(app, org, db):
    product = ProductFactory(stock=5)
    phone = visitor(app)
    key = {"Idempotency-Key": "checkout-0b9a7e52"}
    place(phone, org.rep_a1, (product, 1), headers=key)

    other = place(phone, org.rep_a1, (product, 3), headers=key)

    assert other.status_code == 422
    assert other.json["error"]["code"] == "idempotency_key_reused"
    assert stock_and_sold(product) == (4, 1)


def test_an_order_refused_for_stock_may_be_retried_with_its_key(app, org, db):
    product = ProductFactory(stock=1)
    phone = visitor(app)
    key = {"Idempotency-Key": "checkout-0b9a7e52"}
    assert place(phone, org.rep_a1, (product, 2), headers=key).status_code == 409
    db.session.get(Product, product.id).stock = 2
    db.session.commit()

    retried = place(phone, org.rep_a1, (product, 2), headers=key)

    assert retried.status_code == 201 and "Idempotent-Replayed" not in retried.headers


def test_the_order_endpoint_documents_its_idempotency_key(client):
    operation = client.get("/api/openapi.json").json["paths"]["/api/v1/shops/{code}/orders"]["post"]

    [header] = [p for p in operation["parameters"] if p["in"] == "header"]
    assert (header["name"], header["required"]) == ("Idempotency-Key", False)
    assert "requestBody" in operation


@pytest.mark.parametrize(("column", "index"), [("share_id", "ix_orders_share"),
                                               ("referrer_id", "ix_orders_referrer")])
def test_orders_by_share_and_by_referrer_are_served_by_an_index(org, column, index):
    # what a share or a referrer brought; a merge repoints a customer's referred orders
    brought = select(Order.id).where(getattr(Order, column) == 1)

    assert uses_index(brought, index)
