"""Unpaid orders cannot hoard stock: holds that expire, a cap on a visitor's unpaid orders, the
order endpoint's own rate limit, and a 409 that says which product is short and what is left.
"""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.core.db import utcnow
from app.extensions import db as _db
from app.jobs.registry import get_job
from app.jobs.runner import run_job
from app.shop.models import Order, Product
from app.shop.services import orders
from tests.factories import ProductFactory
from tests.shop.builders import counters, customer_of, move, order, visitor


def place(client, rep, *lines):
    return client.post(f"/api/v1/shops/{rep.shop_code}/orders", json={
        "items": [{"product_id": p.id, "quantity": q} for p, q in lines],
        "contact_name": "顾客", "contact_phone": "13900000000", "fulfilment": "pickup"})


def run_out(*placed: Order) -> None:
    """These orders were placed earlier, so that their holds ran out a minute ago."""
    for each in placed:
        fresh = _db.session.get(Order, each.id)
        earlier = fresh.hold_until - utcnow() + timedelta(minutes=1)
        fresh.placed_at, fresh.hold_until = fresh.placed_at - earlier, fresh.hold_until - earlier
    _db.session.commit()


def stock_of(db, product) -> int:
    return db.session.get(Product, product.id).stock


# --- the hold and its expiry -----------------------------------------------------------------

def test_an_unpaid_order_is_held_for_the_companys_hold_time(app, org, as_hq, db):
    as_hq.patch("/api/v1/company", json={"order_hold_hours": 2})

    placed = place(visitor(app), org.rep_a1, (ProductFactory(), 1)).json

    fresh = db.session.get(Order, placed["id"])
    assert fresh.hold_until - fresh.placed_at == timedelta(hours=2)
    assert placed["hold_until"] is not None and placed["closed_reason"] is None


def test_the_job_expires_an_order_past_its_hold_and_gives_the_stock_back(app, org, db, as_rep):
    # given a visitor's unpaid order of 3 of 5, whose 24 hours have run out
    product = ProductFactory(stock=5)
    phone = visitor(app)
    placed = place(phone, org.rep_a1, (product, 3)).json
    run_out(db.session.get(Order, placed["id"]))
    assert stock_of(db, product) == 2

    # when the expiry job runs
    assert run_job(app, get_job("orders_expire")) == "ran"

    # then the order is expired by the system with its reason, and the stock is back
    db.session.expire_all()
    assert stock_of(db, product) == 5
    staff_view = as_rep.get(f"/api/v1/orders/{placed['id']}").json
    assert staff_view["status"] == "expired" and staff_view["closed_at"] is not None
    last = staff_view["transitions"][-1]
    assert (last["from_status"], last["to_status"], last["actor_kind"], last["actor_name"]) == (
        "pending", "expired", "system", None)
    assert last["reason"] == "超过 24 小时未付款，系统已自动关闭订单"
    # the rep is told, and so is the customer on their order page
    notice = as_rep.get("/api/v1/notifications").json["items"][0]
    assert (notice["kind"], notice["link"]) == ("order_expired", f"/rep/orders/{placed['id']}")
    mine = phone.get(f"/api/v1/shops/{org.rep_a1.shop_code}/my-orders/{placed['id']}").json
    assert (mine["status"], mine["closed_reason"]) == ("expired", last["reason"])
    assert counters(org.rep_a1)["order_expired"] == 1


def test_only_unpaid_orders_past_their_hold_expire(org, db):
    # given an unpaid order still held, one paid after its hold ran out, and one due
    held = order(org.rep_a1, customer_of(org.rep_a1))
    paid = move(order(org.rep_a1, customer_of(org.rep_a1)), "pay", actor=org.rep_a1)
    due = order(org.rep_a1, customer_of(org.rep_a1))
    run_out(paid, due)

    # when the due ones are expired
    assert orders.expire_due(utcnow()) == 1
    db.session.commit()

    # then only the due one is
    assert [db.session.get(Order, o.id).status for o in (held, paid, due)] == [
        "pending", "paid", "expired"]
    assert orders.expire_due(utcnow()) == 0  # and a second run finds nothing


def test_one_run_expires_a_bounded_batch_and_the_next_run_the_rest(org, db, app, monkeypatch):
    monkeypatch.setitem(app.config, "ORDER_EXPIRE_BATCH", 2)
    due = [order(org.rep_a1, customer_of(org.rep_a1)) for _ in range(3)]
    run_out(*due)

    assert orders.expire_due(utcnow()) == 2
    db.session.commit()
    assert orders.expire_due(utcnow()) == 1
    db.session.commit()

    assert {db.session.get(Order, o.id).status for o in due} == {"expired"}


def test_an_expired_order_cannot_be_paid_or_cancelled(as_rep, org, db):
    placed = order(org.rep_a1, customer_of(org.rep_a1))
    run_out(placed)
    orders.expire_due(utcnow())
    db.session.commit()

    for action in ("pay", "cancel"):
        response = as_rep.post(f"/api/v1/orders/{placed.id}/{action}", json={})
        assert response.status_code == 409
        assert response.json["error"]["code"] == "illegal_transition"
    assert "超时未付" in response.json["error"]["message"]


def test_staff_list_expired_orders_by_status(as_rep, org, db):
    placed = order(org.rep_a1, customer_of(org.rep_a1))
    order(org.rep_a1, customer_of(org.rep_a1))
    run_out(placed)
    orders.expire_due(utcnow())
    db.session.commit()

    listed = as_rep.get("/api/v1/orders?status=expired").json

    assert [o["id"] for o in listed["items"]] == [placed.id]


# --- open unpaid orders per visitor ----------------------------------------------------------

def test_a_fourth_open_unpaid_order_from_one_visitor_is_refused(app, org, db):
    # given a visitor with three unpaid orders (the company default)
    product = ProductFactory(stock=10)
    phone = visitor(app)
    placed = [place(phone, org.rep_a1, (product, 1)).json for _ in range(3)]
    assert [p["status"] for p in placed] == ["pending"] * 3

    # when they order a fourth time
    response = place(phone, org.rep_a1, (product, 1))

    # then it is refused with a clear message, and nothing is taken
    assert response.status_code == 409
    assert response.json["error"]["code"] == "too_many_open_orders"
    assert response.json["error"]["message"] == "您已有 3 个待付款订单，请先付款或取消后再下单"
    assert stock_of(db, product) == 7
    # another visitor is not affected, and cancelling one makes room again
    assert place(visitor(app), org.rep_a1, (product, 1)).status_code == 201
    phone.post(f"/api/v1/shops/{org.rep_a1.shop_code}/my-orders/{placed[0]['id']}/cancel")
    assert place(phone, org.rep_a1, (product, 1)).status_code == 201


def test_the_cap_counts_unpaid_orders_in_every_shop_and_not_paid_ones(app, org, db, as_hq):
    # given a company that allows two, and a visitor with one unpaid order in each of two shops
    as_hq.patch("/api/v1/company", json={"max_open_orders": 2})
    phone = visitor(app)
    first = place(phone, org.rep_a1, (ProductFactory(), 1)).json
    assert place(phone, org.rep_a2, (ProductFactory(), 1)).status_code == 201

    # then a third is refused until one of them is paid
    assert place(phone, org.rep_a1, (ProductFactory(), 1)).status_code == 409
    move(db.session.get(Order, first["id"]), "pay", actor=org.rep_a1)
    assert place(phone, org.rep_a1, (ProductFactory(), 1)).status_code == 201


# --- the order endpoint's own rate limit -----------------------------------------------------

def test_orders_have_a_rate_limit_of_their_own_tighter_than_browsing(app, org, monkeypatch, db):
    monkeypatch.setitem(app.config, "PUBLIC_ORDER_LIMIT", "2 per minute")
    code = org.rep_a1.shop_code

    statuses = [place(visitor(app), org.rep_a1, (ProductFactory(), 1)).status_code
                for _ in range(3)]

    assert statuses == [201, 201, 429]
    assert db.session.scalar(select(func.count()).select_from(Order)) == 2
    # browsing and the other public writes go on
    assert visitor(app).post(f"/api/v1/shops/{code}/visits", json={}).status_code == 200


# --- not enough stock ------------------------------------------------------------------------

def test_an_order_for_more_than_is_left_names_the_product_and_what_is_left(app, org, db):
    # given two products with 2 and 0 left, and one with plenty
    scarce = ProductFactory(name="保温杯", stock=2)
    gone = ProductFactory(name="礼盒", stock=0)
    plenty = ProductFactory(stock=50)

    # when a visitor orders 3, 1 and 1 of them
    response = place(visitor(app), org.rep_a1, (plenty, 1), (scarce, 3), (gone, 1))

    # then the 409 says, per product, which is short and how many are left
    assert response.status_code == 409
    error = response.json["error"]
    assert error["code"] == "out_of_stock"
    assert error["fields"] == {"items": {str(scarce.id): ["「保温杯」库存不足，仅剩 2 件"],
                                         str(gone.id): ["「礼盒」已售罄"]}}
    assert error["message"] == "「保温杯」库存不足，仅剩 2 件；「礼盒」已售罄"
    assert [stock_of(db, p) for p in (scarce, gone, plenty)] == [2, 0, 50]


# --- the company's settings ------------------------------------------------------------------

@pytest.mark.parametrize(("field", "value"), [("order_hold_hours", 0), ("order_hold_hours", 721),
                                              ("max_open_orders", 0), ("max_open_orders", 21),
                                              ("max_open_orders", "3")])
def test_the_hold_and_cap_settings_are_checked(as_hq, field, value):
    response = as_hq.patch("/api/v1/company", json={field: value})

    assert response.status_code == 422
    assert field in response.json["error"]["fields"]


def test_hq_sets_the_hold_and_the_cap(as_hq, as_rep):
    assert as_hq.patch("/api/v1/company", json={"order_hold_hours": 48,
                                                "max_open_orders": 5}).status_code == 200

    company = as_rep.get("/api/v1/company").json
    assert (company["order_hold_hours"], company["max_open_orders"]) == (48, 5)
