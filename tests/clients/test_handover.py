"""Handover (离职继承): a boss moves customers, with their history, to another rep."""

from sqlalchemy import select

from app.core.models import Notification
from app.extensions import db
from tests.clients.builders import customer, tagged, vocabulary
from tests.shop.builders import move, order


def log(client, customer_, **body):
    return client.post(f"/api/v1/customers/{customer_.id}/follow-ups",
                       json={"kind": "call", "content": "回访", **body})


def test_a_leaving_reps_customers_move_with_their_history(app, org, as_boss, as_rep):
    # given rep A1's two customers: one tagged with an open follow-up and a paid order
    tag = vocabulary(org.admin, {"兴趣": ["茶叶"]})["茶叶"]
    first = tagged(org.rep_a1, customer(org.rep_a1, name="王女士"), tag)
    second = customer(org.rep_a1)
    follow_up = log(as_rep, first, due_at="2030-01-01T09:00:00+08:00").json
    sold = move(order(org.rep_a1, first), "pay", actor=org.rep_a1)

    # when boss A hands all of them over to rep A2
    response = as_boss.post("/api/v1/customers/handover", json={
        "from_rep_id": org.rep_a1.id, "to_rep_id": org.rep_a2.id, "reason": "离职"})

    # then both customers are A2's, with tags, follow-ups, stage and orders
    assert response.status_code == 201, response.json
    assert response.json["count"] == 2
    assert sorted(response.json["customer_ids"]) == sorted([first.id, second.id])
    new_owner = app.test_client().sign_in_as(org.rep_a2)
    moved = new_owner.get(f"/api/v1/customers/{first.id}").json
    assert moved["rep_id"] == org.rep_a2.id and [t["name"] for t in moved["tags"]] == ["茶叶"]
    assert [f["id"] for f in new_owner.get(
        f"/api/v1/customers/{first.id}/follow-ups").json["items"]] == [follow_up["id"]]
    orders = new_owner.get(f"/api/v1/customers/{first.id}/orders").json["items"]
    assert [o["id"] for o in orders] == [sold.id] and orders[0]["rep_id"] == org.rep_a1.id
    assert new_owner.get("/api/v1/follow-ups/due?within_days=60").json["total"] == 0
    assert [f["rep_id"] for f in new_owner.get(
        f"/api/v1/customers/{first.id}/follow-ups").json["items"]] == [org.rep_a2.id]
    # and the old rep no longer sees them, both were told
    assert as_rep.get(f"/api/v1/customers/{first.id}").status_code == 404
    kinds = {(n.recipient_id, n.kind) for n in db.session.scalars(select(Notification))}
    assert {(org.rep_a2.id, "handover_in"), (org.rep_a1.id, "handover_out")} <= kinds


def test_one_customer_can_be_handed_over(org, as_hq):
    keep, give = customer(org.rep_a1), customer(org.rep_a1)

    response = as_hq.post("/api/v1/customers/handover", json={
        "from_rep_id": org.rep_a1.id, "to_rep_id": org.rep_b1.id, "reason": "客户搬家",
        "customer_ids": [give.id]})

    assert response.status_code == 201 and response.json["customer_ids"] == [give.id]
    db.session.expire_all()
    assert (keep.rep_id, give.rep_id) == (org.rep_a1.id, org.rep_b1.id)


def test_handover_stays_within_the_bosss_scope_and_rules(org, as_boss, as_hq):
    mine = customer(org.rep_a1)
    body = {"from_rep_id": org.rep_a1.id, "to_rep_id": org.rep_a2.id, "reason": "调岗"}

    # a rep outside boss A's branch, on either side, is not found
    assert as_boss.post("/api/v1/customers/handover",
                        json={**body, "to_rep_id": org.rep_b1.id}).status_code == 404
    assert as_boss.post("/api/v1/customers/handover",
                        json={**body, "from_rep_id": org.rep_b1.id}).status_code == 404
    # a boss is no rep to hand over to; nor the rep themself; nor someone else's customer
    assert as_hq.post("/api/v1/customers/handover",
                      json={**body, "to_rep_id": org.boss_a.id}).status_code == 422
    assert as_hq.post("/api/v1/customers/handover",
                      json={**body, "to_rep_id": org.rep_a1.id}).status_code == 422
    other = customer(org.rep_b1)
    refused = as_hq.post("/api/v1/customers/handover",
                         json={**body, "customer_ids": [mine.id, other.id]})
    assert refused.status_code == 422 and "customer_ids" in refused.json["error"]["fields"]
    db.session.expire_all()
    assert (mine.rep_id, other.rep_id) == (org.rep_a1.id, org.rep_b1.id)
