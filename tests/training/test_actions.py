"""Action tasks count the events other packages record, as they arrive, through the API."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.core.db import clock_at, utcnow
from app.extensions import db
from app.training.models import TaskProgress
from tests.clients.builders import customer
from tests.factories import ProductFactory
from tests.shop.builders import counters, shelve, visitor
from tests.training.builders import task

MINE = "/api/v1/training/my-tasks"


@pytest.fixture
def product(org):
    made = ProductFactory(name="龙井")
    shelve(org.rep_a1, made)
    shelve(org.rep_b1, made)
    return made


def share(client, product):
    return client.post("/api/v1/shares", json={"object_type": "product",
                                               "object_id": product.id,
                                               "channel": "wechat"}).json["token"]


def open_link(app, rep, token, product, phone=None):
    """A customer's phone opens the rep's link to the product (a new customer, unless given)."""
    phone = phone or visitor(app)
    response = phone.post(f"/api/v1/shops/{rep.shop_code}/visits", json={
        "token": token, "object_type": "product", "object_id": product.id})
    assert response.status_code == 200, response.json
    return phone


def progress(client, made):
    return client.get(f"{MINE}/{made.id}").json["mine"]


def test_distinct_customers_opening_the_reps_link_complete_the_task(app, org, as_rep,
                                                                     product):
    made = task(org.admin, "action", goal="customer_opens", goal_target=3,
                goal_object_type="product", goal_object_id=product.id, points=20)
    assert as_rep.get(f"{MINE}/{made.id}").json["goal_text"] == "让 3 位客户打开龙井"
    token = share(as_rep, product)
    first = open_link(app, org.rep_a1, token, product)
    open_link(app, org.rep_a1, token, product, phone=first)  # the same customer again
    assert progress(as_rep, made)["progress"] == 1
    open_link(app, org.rep_a1, token, product)
    assert progress(as_rep, made) == {**progress(as_rep, made), "progress": 2, "target": 3,
                                      "state": "todo"}
    open_link(app, org.rep_a1, token, product)
    done = progress(as_rep, made)
    assert (done["state"], done["progress"], done["points"]) == ("done", 3, 20)
    open_link(app, org.rep_a1, token, product)  # past the target: done stays done, once
    assert progress(as_rep, made)["progress"] == 3
    assert counters(org.rep_a1)["training_points"] == 20
    assert counters(org.rep_a1)["task_done"] == 1


def test_only_opens_of_the_named_product_count(app, org, as_rep, product):
    other = ProductFactory(name="碧螺春")
    shelve(org.rep_a1, other)
    made = task(org.admin, "action", goal="customer_opens", goal_target=2,
                goal_object_type="product", goal_object_id=product.id)
    open_link(app, org.rep_a1, share(as_rep, other), other)
    assert progress(as_rep, made)["progress"] == 0


def test_another_reps_opens_count_for_them_only(app, org, as_rep, product):
    made = task(org.admin, "action", goal="customer_opens", goal_target=2,
                goal_object_type="product", goal_object_id=product.id)
    other = app.test_client().sign_in_as(org.rep_b1)
    open_link(app, org.rep_b1, share(other, product), product)
    assert progress(as_rep, made)["progress"] == 0
    assert progress(other, made)["progress"] == 1


def test_follow_ups_logged_through_the_api_count_within_the_window(org, as_rep):
    made = task(org.admin, "action", goal="follow_ups", goal_target=2, points=3)
    customers = [customer(org.rep_a1, name=f"客户{n}") for n in range(3)]
    body = {"kind": "call", "content": "电话沟通了新机需求"}
    assert as_rep.post(f"/api/v1/customers/{customers[0].id}/follow-ups",
                       json=body).status_code == 201
    assert progress(as_rep, made)["progress"] == 1
    with clock_at(utcnow() + timedelta(days=8)):  # after the deadline: not counted
        as_rep.post(f"/api/v1/customers/{customers[1].id}/follow-ups", json=body)
    assert progress(as_rep, made)["progress"] == 1
    as_rep.post(f"/api/v1/customers/{customers[2].id}/follow-ups", json=body)
    assert progress(as_rep, made)["state"] == "done"


def test_events_before_the_task_starts_do_not_count(org, as_rep):
    made = task(org.admin, "action", goal="follow_ups", goal_target=1,
                start_at=utcnow() + timedelta(hours=1))
    buyer = customer(org.rep_a1)
    as_rep.post(f"/api/v1/customers/{buyer.id}/follow-ups",
                json={"kind": "call", "content": "电话"})
    assert db.session.scalar(select(TaskProgress)) is None
    assert as_rep.get(f"{MINE}/{made.id}").json["mine"]["state"] == "upcoming"


def test_a_draft_action_task_counts_nothing(org, as_rep):
    task(org.admin, "action", publish=False, goal="follow_ups", goal_target=1)
    buyer = customer(org.rep_a1)
    as_rep.post(f"/api/v1/customers/{buyer.id}/follow-ups",
                json={"kind": "call", "content": "电话"})
    assert db.session.scalar(select(TaskProgress)) is None


def test_units_of_the_named_product_count_when_paid(org, as_rep, product):
    from tests.shop.builders import move, order

    made = task(org.admin, "action", goal="units_sold", goal_target=3,
                goal_object_type="product", goal_object_id=product.id)
    buyer = customer(org.rep_a1)
    placed = order(org.rep_a1, buyer, product, quantity=2)
    assert progress(as_rep, made)["progress"] == 0  # placed, not paid
    move(placed, "pay", actor=org.rep_a1)
    order(org.rep_a1, buyer, quantity=5)  # another product, and unpaid
    assert progress(as_rep, made)["progress"] == 2
    move(order(org.rep_a1, buyer, product, quantity=4), "pay", actor=org.rep_a1)
    done = progress(as_rep, made)
    assert (done["state"], done["progress"], done["target"]) == ("done", 3, 3)  # bar full


def test_consultations_answered_within_the_hours_count(org, as_rep):
    from tests.inbox.builders import answered, asked

    made = task(org.admin, "action", goal="consultations_answered", goal_target=2,
                goal_within_hours=2)
    assert as_rep.get(f"{MINE}/{made.id}").json["goal_text"] == "回复 2 条客户咨询（2 小时内）"
    quick, slow = asked(org.rep_a1), asked(org.rep_a1)
    answered(org.rep_a1, quick)
    with clock_at(utcnow() + timedelta(hours=3)):
        answered(org.rep_a1, slow)
    assert progress(as_rep, made)["progress"] == 1


def test_coupon_claims_count_each_customer_once(app, org, as_rep):
    from tests.marketing.builders import coupon

    template = coupon(org.admin, per_customer=2)
    made = task(org.admin, "action", goal="coupon_claims", goal_target=2)
    phone = visitor(app)
    url = f"/api/v1/shops/{org.rep_a1.shop_code}/coupons/{template.id}/claims"
    assert phone.post(url, json={}).status_code == 201
    assert phone.post(url, json={}).status_code == 201  # a second copy: the same customer
    assert progress(as_rep, made)["progress"] == 1
    visitor(app).post(url, json={})
    assert progress(as_rep, made)["state"] == "done"


def test_a_done_task_counts_nothing_more(app, org, as_rep, product):
    made = task(org.admin, "action", goal="customer_opens", goal_target=1)
    open_link(app, org.rep_a1, share(as_rep, product), product)
    assert progress(as_rep, made)["state"] == "done"
    open_link(app, org.rep_a1, share(as_rep, product), product)
    assert db.session.scalar(select(TaskProgress.progress)) == 1
