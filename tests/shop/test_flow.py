"""The whole flow, through the HTTP API: catalog -> shelf -> share -> visits -> order ->
payment -> completion -> frozen commission -> settled by the job -> refund reverses it."""

from datetime import timedelta

from sqlalchemy import select

from app.core.db import utcnow
from app.core.models import DailyCounter
from app.customers.models import Customer
from app.dashboard.queries import today
from app.jobs.registry import get_job
from app.jobs.runner import run_job
from app.shop.models import CommissionEntry, Product, ShareToken
from app.shop.services import commission


def visitor(app):
    client = app.test_client()
    client.fetch_csrf()
    return client


def counters(rep) -> dict:
    from app.extensions import db

    return {c.metric: c.value for c in db.session.scalars(
        select(DailyCounter).where(DailyCounter.rep_id == rep.id, DailyCounter.day == today()))}


def test_share_forward_order_commission_refund(app, org, as_hq, as_rep):
    # given HQ puts a product in the catalog and the rep shelves and shares it
    category = as_hq.post("/api/v1/categories", json={"name": "手机数码"}).json
    product = as_hq.post("/api/v1/products", json={
        "name": "华为 Mate 70", "category_id": category["id"], "price": 599900,
        "list_price": 649900, "stock": 5, "commission_rate_bps": 300}).json
    assert as_rep.post("/api/v1/shelf/items", json={"product_id": product["id"],
                                                    "featured": True}).status_code == 201
    share = as_rep.post("/api/v1/shares", json={"object_type": "product",
                                                "object_id": product["id"],
                                                "channel": "wechat"}).json
    code = org.rep_a1.shop_code
    assert share["url"] == f"/s/{code}/p/{product['id']}?t={share['token']}"

    # when an anonymous visitor opens the link, and forwards the page to a friend
    alice = visitor(app)
    shop = alice.get(f"/api/v1/shops/{code}")
    assert shop.status_code == 200
    assert [p["id"] for p in shop.json["featured"]] == [product["id"]]
    again = alice.get(f"/api/v1/shops/{code}", headers={"If-None-Match": shop.headers["ETag"]})
    assert again.status_code == 304
    opened = alice.post(f"/api/v1/shops/{code}/visits", json={
        "token": share["token"], "object_type": "product", "object_id": product["id"]})
    assert opened.status_code == 200 and opened.json["new_visitor"] is True
    forward = opened.json["forward_token"]
    assert forward != share["token"]

    bob = visitor(app)
    bob_visit = bob.post(f"/api/v1/shops/{code}/visits", json={
        "token": forward, "object_type": "product", "object_id": product["id"]})
    assert bob_visit.json["new_visitor"] is True

    # then the rep keeps the credit for both, and Alice is Bob's referrer
    from app.extensions import db

    customers = {c.source_share_id: c for c in db.session.scalars(select(Customer))}
    root = db.session.scalar(select(ShareToken).where(ShareToken.token == share["token"]))
    child = db.session.scalar(select(ShareToken).where(ShareToken.token == forward))
    alice_c, bob_c = customers[root.id], customers[child.id]
    assert child.parent_id == root.id and child.rep_id == org.rep_a1.id
    assert alice_c.rep_id == bob_c.rep_id == org.rep_a1.id
    assert bob_c.referrer_id == alice_c.id and child.referrer_id == alice_c.id

    # when Bob orders two through the forwarded link
    placed = bob.post(f"/api/v1/shops/{code}/orders", json={
        "items": [{"product_id": product["id"], "quantity": 2}], "contact_name": "鲍勃",
        "contact_phone": "13912345678", "fulfilment": "pickup", "token": forward})
    assert placed.status_code == 201, placed.json
    order_id = placed.json["id"]
    assert placed.json["status"] == "pending" and placed.json["total_amount"] == 1199800
    assert db.session.get(Product, product["id"]).stock == 3
    assert [o["id"] for o in bob.get(f"/api/v1/shops/{code}/my-orders").json] == [order_id]
    assert alice.get(f"/api/v1/shops/{code}/my-orders").json == []

    # and the rep confirms payment and completes it
    order = as_rep.get(f"/api/v1/orders/{order_id}").json
    assert order["referrer_id"] == alice_c.id and order["customer_id"] == bob_c.id
    assert as_rep.post(f"/api/v1/orders/{order_id}/complete").status_code == 409
    assert as_rep.post(f"/api/v1/orders/{order_id}/pay").json["status"] == "paid"
    done = as_rep.post(f"/api/v1/orders/{order_id}/complete").json
    assert done["status"] == "completed"
    assert [(t["from_status"], t["to_status"]) for t in done["transitions"]] == [
        (None, "pending"), ("pending", "paid"), ("paid", "completed")]

    # then the commission is frozen: 3% of 1,199,800 fen
    assert as_rep.get("/api/v1/commission/summary").json == {
        "frozen": 35994, "settled": 0, "total": 35994, "settle_days": 7}

    # when the settle delay passes and the job runs
    assert commission.settle_due(utcnow() + timedelta(days=6)) == 0
    assert commission.settle_due(utcnow() + timedelta(days=7, minutes=1)) == 1
    db.session.commit()
    assert as_rep.get("/api/v1/commission/summary").json["settled"] == 35994

    # and the order is refunded after completion
    refund = as_rep.post(f"/api/v1/orders/{order_id}/refund", json={"reason": "七天无理由"})
    assert refund.status_code == 200 and refund.json["status"] == "refunded"

    # then a reversing entry cancels the settled earning, history kept, stock given back
    entries = db.session.scalars(select(CommissionEntry).order_by(CommissionEntry.id)).all()
    assert [(e.kind, e.amount, e.status) for e in entries] == [
        ("earning", 35994, "settled"), ("reversal", -35994, "settled")]
    assert as_rep.get("/api/v1/commission/summary").json["total"] == 0
    assert db.session.get(Product, product["id"]).stock == 5
    assert as_rep.post(f"/api/v1/orders/{order_id}/refund",
                       json={"reason": "again"}).status_code == 409

    # and the rep's day is counted
    figures = counters(org.rep_a1)
    assert figures["share"] == 1 and figures["visit"] == 2 and figures["visitor"] == 2
    assert figures["order"] == 1 and figures["revenue"] == 0 and figures["commission"] == 0
    assert figures["customer_new"] == 1  # Bob, by ordering; Alice is still a visitor


def test_settle_job_settles_due_commission(app, org, as_hq, as_rep):
    # given a company that settles at once and a completed order
    as_hq.patch("/api/v1/company", json={"commission_settle_days": 0})
    product = as_hq.post("/api/v1/products", json={"name": "茶", "price": 10000}).json
    buyer = visitor(app)
    code = org.rep_a1.shop_code
    order = buyer.post(f"/api/v1/shops/{code}/orders", json={
        "items": [{"product_id": product["id"], "quantity": 1}], "contact_name": "顾客",
        "contact_phone": "13900000000", "address": "上海市", "remark": ""}).json
    as_rep.post(f"/api/v1/orders/{order['id']}/pay")
    as_rep.post(f"/api/v1/orders/{order['id']}/complete")
    assert as_rep.get("/api/v1/commission/summary").json["frozen"] == 500  # company default 5%

    # when the scheduled job runs
    assert run_job(app, get_job("commission_settle")) == "ran"

    # then it is settled, and a second run changes nothing
    assert as_rep.get("/api/v1/commission/summary").json == {
        "frozen": 0, "settled": 500, "total": 500, "settle_days": 0}
    assert run_job(app, get_job("commission_settle"), now=utcnow() + timedelta(minutes=11)) \
        == "ran"
    assert as_rep.get("/api/v1/commission/summary").json["settled"] == 500
