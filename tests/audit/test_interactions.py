"""The interaction audit: each kind told with its title, every filter, keyset pages, bad
filters refused."""

from datetime import timedelta

import pytest

from app.audit.queries import KINDS
from app.core.company import company_zone
from app.core.db import local_day, utcnow
from tests.audit.builders import every_kind
from tests.clients.builders import vocabulary

URL = "/api/v1/audit/interactions"


@pytest.fixture
def tag(org):
    return vocabulary(org.admin, {"意向度": ["意向"]})["意向"]


@pytest.fixture
def made(org, tag):
    return every_kind(org.rep_a1, tag)


def listed(client, **query) -> list[dict]:
    response = client.get(URL, query_string={"per_page": 100, **query})
    assert response.status_code == 200, response.json
    return response.json["items"]


def test_each_kind_is_told_with_its_title(as_hq, org, made):
    # given one interaction of every kind with one customer (made through the services)
    # when HQ lists the audit
    items = listed(as_hq)

    # then each is there once, newest first (a stage move just after what made it), with its
    # kind, Chinese title, the rep and the customer
    told = [(item["kind"], item["verb"], item["title"]) for item in reversed(items)]
    assert told == [
        ("follow_up", "follow_up", "电话跟进"),
        ("stage", "stage_change", "客户阶段：画像 → 触达"),  # the first contact moves it
        ("consultation", "consultation", "客户咨询"),
        ("stage", "stage_change", "客户阶段：触达 → 需求"),
        ("consultation", "consultation_answered", "回复咨询"),
        ("booking", "booking", "预约到店拜访"),
        ("booking", "booking_answered", "回复预约"),
        ("order", "order", "下单"),
        ("order", "order_paid", "付款"),
        ("stage", "stage_change", "客户阶段：需求 → 成交"),
        ("order", "order_completed", "订单完成"),
        ("order", "order_refunded", "退款"),
        ("order", "order", "下单"),
        ("order", "order_cancelled", "取消订单"),
        ("order", "order", "下单"),
        ("order", "order_expired", "超时未付关闭"),
        ("tag", "customer_tag", "添加标签"),
        ("tag", "customer_untag", "移除标签"),
        ("stage", "stage_change", "客户阶段：成交 → 画像"),
    ]
    assert {item["customer"]["id"] for item in items} == {made.customer.id}
    assert {item["customer"]["name"] for item in items} == {"王女士"}
    assert {item["rep"]["id"] for item in items} == {org.rep_a1.id}
    assert [item["at"] for item in items] == sorted((item["at"] for item in items),
                                                    reverse=True)


def test_each_row_says_what_happened_and_names_its_object(as_hq, made):
    items = {item["verb"]: item for item in listed(as_hq)}

    assert items["follow_up"]["summary"] == "介绍新品"
    assert items["follow_up"]["object_type"] == "follow_up"
    assert items["follow_up"]["object_id"] == made.follow_up.id
    assert "有红色的吗？" in items["consultation_answered"]["summary"]
    assert "回复：有的，明天到货。" in items["consultation_answered"]["summary"]
    assert "周六上午" in items["booking"]["summary"]
    assert items["order_expired"]["summary"].endswith("超过保留时间未付款")
    assert items["order_expired"]["summary"].startswith(f"订单 {made.expired.number}")
    assert items["order_expired"]["object_id"] == made.expired.id
    assert items["customer_untag"]["summary"] == "意向"
    assert items["order_cancelled"]["actor_name"] is None  # the customer cancelled


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_type_filter_keeps_its_kind(as_hq, made, kind):
    items = listed(as_hq, kind=kind)

    assert items and {item["kind"] for item in items} == {kind}
    assert {item["verb"] for item in items} <= set(KINDS[kind])


def test_rep_and_customer_filters(as_hq, org, made, tag):
    # given a second rep's customer with their own interactions
    other = every_kind(org.rep_a2, tag, name="李先生")

    by_rep = listed(as_hq, rep_id=org.rep_a2.id)
    by_customer = listed(as_hq, customer_id=made.customer.id)
    both = listed(as_hq, rep_id=org.rep_a2.id, customer_id=made.customer.id)

    assert by_rep and {item["customer"]["id"] for item in by_rep} == {other.customer.id}
    assert by_customer and {item["rep"]["id"] for item in by_customer} == {org.rep_a1.id}
    assert both == []


def test_the_date_range_is_company_days(as_hq, made):
    today = local_day(utcnow(), company_zone())

    assert len(listed(as_hq, start=today.isoformat(), end=today.isoformat())) == 19
    assert listed(as_hq, end=(today - timedelta(days=1)).isoformat()) == []
    assert listed(as_hq, start=(today + timedelta(days=1)).isoformat()) == []


def test_pages_follow_each_other_without_repeats(as_hq, made):
    # given all 19 interactions on one page
    everything = [item["key"] for item in listed(as_hq)]

    # when they are read 4 at a time, each page from the last one's cursor
    keys, before = [], None
    while True:
        query = {"per_page": 4, **({"before": before} if before else {})}
        response = as_hq.get(URL, query_string=query)
        assert response.status_code == 200, response.json
        keys += [item["key"] for item in response.json["items"]]
        before = response.json["next"]
        if before is None:
            break

    # then they are the same rows in the same order
    assert keys == everything


@pytest.mark.parametrize("query", [
    {"kind": "visit"}, {"kind": "follow\x00up"}, {"rep_id": "x"}, {"rep_id": 0},
    {"customer_id": 10**18}, {"start": "2026-13-01"}, {"start": "2026-12-02", "end": "2026-12-01"},
    {"before": "nonsense"}, {"before": "1.event"}, {"per_page": 101}, {"rep_id": "1\x00"},
])
def test_bad_filters_are_422(as_hq, query):
    response = as_hq.get(URL, query_string=query)

    assert response.status_code == 422, response.json
    assert response.json["error"]["fields"]
