"""Lifecycle stages: moved forward by what customers do, set by hand, every move explained."""

import pytest
from sqlalchemy import func, select

from app.core.company import get_company
from app.customers.models import Customer
from tests.factories import ProductFactory
from tests.shop.builders import customer_of, move, order, visit
from tests.sql import uses_index


def stage_of(client, customer) -> str:
    return client.get(f"/api/v1/customers/{customer.id}").json["stage"]


def changes(client, customer) -> list[tuple]:
    return [(c["from_stage"], c["to_stage"], c["reason"], c["actor_name"]) for c in
            client.get(f"/api/v1/customers/{customer.id}/stage-changes").json]


def test_a_new_visitor_is_profiled_and_a_follow_up_reaches_them(as_rep, org):
    # given a new visitor
    customer = customer_of(org.rep_a1)
    assert stage_of(as_rep, customer) == "profiled"

    # when the rep logs a first contact
    as_rep.post(f"/api/v1/customers/{customer.id}/follow-ups",
                json={"kind": "wechat", "content": "加了微信"})

    # then the customer is reached, and the move says why
    assert stage_of(as_rep, customer) == "reached"
    assert changes(as_rep, customer) == [("profiled", "reached", "首次联系", None)]


@pytest.mark.parametrize(("opens", "stage"), [(2, "profiled"), (3, "interested")])
def test_repeated_views_show_interest(as_rep, org, opens, stage):
    # given a visitor who opens the shop `opens` times
    first = visit(org.rep_a1)
    for _ in range(opens - 1):
        visit(org.rep_a1, anon_id=first.customer.anon_id)

    # then three views (the company's stage_interest_visits) make them interested
    assert stage_of(as_rep, first.customer) == stage


def test_hq_sets_the_views_that_show_interest(as_hq, as_rep, org):
    as_hq.patch("/api/v1/company", json={"stage_interest_visits": 2})

    first = visit(org.rep_a1)
    visit(org.rep_a1, anon_id=first.customer.anon_id)

    assert stage_of(as_rep, first.customer) == "interested"
    assert changes(as_rep, first.customer)[0][2] == "累计浏览 2 次"


def test_paid_orders_make_a_deal_then_a_repeat_customer(as_rep, org):
    customer = customer_of(org.rep_a1)

    move(order(org.rep_a1, customer), "pay", actor=org.rep_a1)
    assert stage_of(as_rep, customer) == "deal"

    move(order(org.rep_a1, customer), "pay", actor=org.rep_a1)
    assert stage_of(as_rep, customer) == "repeat"
    assert [c[1] for c in changes(as_rep, customer)] == ["repeat", "deal", "reached"]


def test_spend_over_the_threshold_makes_a_super_customer(as_rep, org):
    get_company().stage_super_spend = 50_000
    customer = customer_of(org.rep_a1)

    move(order(org.rep_a1, customer, product=ProductFactory(price=60_000)), "pay",
         actor=org.rep_a1)

    assert stage_of(as_rep, customer) == "super"
    assert changes(as_rep, customer)[0][2] == "累计消费 ¥600.00"


def test_bringing_three_new_customers_makes_a_super_customer(as_rep, org):
    # given a customer whose forwarded link brings three friends
    alice = visit(org.rep_a1)
    for _ in range(3):
        visit(org.rep_a1, token=alice.forward.token)

    # then the referrer is a super customer
    assert stage_of(as_rep, alice.customer) == "super"
    assert changes(as_rep, alice.customer)[0][2] == "推荐了 3 位新客户"


def test_stages_only_move_forward_by_themselves(as_rep, org):
    # given a repeat customer
    customer = customer_of(org.rep_a1)
    for _ in range(2):
        move(order(org.rep_a1, customer), "pay", actor=org.rep_a1)

    # when they are contacted and view the shop again
    as_rep.post(f"/api/v1/customers/{customer.id}/follow-ups",
                json={"kind": "call", "content": "回访"})
    for _ in range(3):
        visit(org.rep_a1, anon_id=customer.anon_id)

    # then they stay a repeat customer
    assert stage_of(as_rep, customer) == "repeat"


def test_the_rep_sets_any_stage_by_hand_with_a_reason(as_rep, org):
    customer = customer_of(org.rep_a1)
    move(order(org.rep_a1, customer), "pay", actor=org.rep_a1)

    response = as_rep.post(f"/api/v1/customers/{customer.id}/stage",
                           json={"stage": "need", "reason": "客户说下个月才买"})

    assert response.status_code == 200 and response.json["stage"] == "need"
    assert changes(as_rep, customer)[0] == ("deal", "need", "客户说下个月才买", org.rep_a1.name)
    assert as_rep.post(f"/api/v1/customers/{customer.id}/stage",
                       json={"stage": "vip", "reason": "x"}).status_code == 422


def test_the_funnel_counts_each_stage_and_its_conversion(as_rep, as_boss, as_hq, org):
    # given rep A1: two profiled, one reached, one deal; rep B1: one profiled
    customer_of(org.rep_a1)
    customer_of(org.rep_a1)
    reached = customer_of(org.rep_a1)
    as_rep.post(f"/api/v1/customers/{reached.id}/follow-ups",
                json={"kind": "call", "content": "联系"})
    move(order(org.rep_a1, customer_of(org.rep_a1)), "pay", actor=org.rep_a1)
    customer_of(org.rep_b1)

    # when the rep reads the funnel
    rows = {row["stage"]: row for row in as_rep.get("/api/v1/customers/funnel").json}

    # then each stage counts who is there and who got at least there
    assert [rows[s]["customers"] for s in ("profiled", "reached", "deal")] == [2, 1, 1]
    assert rows["profiled"]["reached"] == 4 and rows["reached"]["reached"] == 2
    assert rows["profiled"]["conversion"] == 0.5  # 2 of 4 got past profiled
    assert rows["super"]["conversion"] is None
    # and a boss sees their subtree, HQ the company
    assert sum(r["customers"] for r in as_boss.get("/api/v1/customers/funnel").json) == 4
    assert sum(r["customers"] for r in as_hq.get("/api/v1/customers/funnel").json) == 5


def test_counting_a_referrers_customers_is_served_by_an_index(org, db):
    # every new visitor brought by a forward counts the referrer's customers (super stage)
    brought = select(func.count()).select_from(Customer).where(Customer.referrer_id == 1)

    assert uses_index(brought, "ix_customer_referrer")
