"""The guidance page of one customer: profile, stage, segment and flags explained, recent
behaviour and orders, open follow-ups, and the strategies that fit with why."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import update

from app.clients import services as clients
from app.clients.models import CustomerFlag, CustomerRfm
from app.core.company import get_company
from app.core.db import utcnow
from app.core.models import ActivityEvent
from app.extensions import db
from app.inbox.models import Article
from tests.clients.builders import customer, tagged, vocabulary
from tests.factories import ProductFactory
from tests.shop.builders import completed_order, order, save, visit
from tests.strategies.builders import strategy


def backdate_visits(product, days: int) -> None:
    db.session.execute(update(ActivityEvent).where(ActivityEvent.verb == "visit",
                                                   ActivityEvent.object_id == product.id)
                       .values(occurred_at=utcnow() - timedelta(days=days)))
    db.session.commit()


@pytest.fixture
def built(org):
    """Rep A1's customer 王女士: tagged 首单, segment 重要挽留, flagged 渐退出, five visits (two
    of them long ago), six orders, follow-ups open, done and plain; and a strategy library."""
    rep, now = org.rep_a1, utcnow()
    phone, watch, gone = (ProductFactory(name="华为 Mate 70 Pro"), ProductFactory(name="手表 GT5"),
                          ProductFactory(name="停售商品", on_sale=False))
    tags = vocabulary(org.admin, {"消费": ["首单", "老客"]})
    wang = customer(rep, name="王女士")  # a visit of the shop's front page, now
    visit(rep, anon_id=wang.anon_id, product=watch)
    backdate_visits(watch, 40)
    visit(rep, anon_id=wang.anon_id, product=phone)
    backdate_visits(phone, 10)
    for _ in range(2):
        visit(rep, anon_id=wang.anon_id, product=phone)
    tagged(rep, wang, tags["首单"])
    db.session.add_all([
        CustomerRfm(customer_id=wang.id, recency_days=120, frequency=1, monetary=600_000,
                    segment="important_retain", computed_at=now),
        CustomerFlag(customer_id=wang.id, flag="fading", recent_amount=0,
                     previous_amount=600_000, reason="近 90 天付款金额较此前 90 天下降 50% 以上",
                     computed_at=now)])
    get_company().max_open_orders = 6  # all six stay unpaid
    orders = [order(rep, wang) for _ in range(6)]
    soon = clients.log_follow_up(rep, wang, kind="call", content="回访", next_action="送样品",
                                 due_at=now + timedelta(days=1))
    later = clients.log_follow_up(rep, wang, kind="wechat", content="发了报价",
                                  due_at=now + timedelta(days=3))
    undated = clients.log_follow_up(rep, wang, kind="visit", content="聊了聊",
                                    next_action="再约时间")
    done = clients.log_follow_up(rep, wang, kind="call", content="约好了", next_action="到店")
    clients.complete_follow_up(rep, done)
    clients.log_follow_up(rep, wang, kind="other", content="只记一笔")
    published = Article(title="以旧换新怎么估价", body="到店现场评估。", author_id=org.admin.id)
    draft = Article(title="草稿", body="未发布", published=False, author_id=org.admin.id)
    db.session.add_all([published, draft])
    save()
    library = SimpleNamespace(
        retain=strategy(org.admin, "重要挽留：专属回访", priority=90,
                        segments=["important_retain", "important_keep"],
                        actions=["电话回访", "送专属优惠"], talking_points=["好久没联系了……"],
                        materials=[{"kind": "product", "id": phone.id},
                                   {"kind": "product", "id": gone.id},
                                   {"kind": "article", "id": published.id},
                                   {"kind": "article", "id": draft.id},
                                   {"kind": "link", "title": "售后网点",
                                    "url": "https://example.com/service"}]),
        first=strategy(org.admin, "首单：复购引导", priority=70, tag_ids=[tags["首单"].id]),
        both=strategy(org.admin, "渐退出且兴趣", priority=80, flags=["fading"],
                      stages=["interested", "need"]),
        other_stage=strategy(org.admin, "成交阶段", priority=99, stages=["deal"]),
        off=strategy(org.admin, "停用的", priority=100, segments=["important_retain"],
                     enabled=False))
    return SimpleNamespace(rep=rep, customer=wang, phone=phone, watch=watch, orders=orders,
                           open=[soon, later, undated], library=library, article=published)


def test_the_page_shows_who_the_customer_is(as_rep, built):
    page = as_rep.get(f"/api/v1/customers/{built.customer.id}/guidance")

    assert page.status_code == 200, page.json
    body = page.json
    # the profile as the customer book shows it
    assert body["customer"]["name"] == "王女士"
    assert [t["name"] for t in body["customer"]["tags"]] == ["首单"]
    assert body["customer"]["flags"] == ["fading"]
    # the stage, and when and why it moved
    assert body["stage"]["stage"] == "interested"
    assert body["stage"]["from_stage"] == "profiled"
    assert body["stage"]["reason"] == "累计浏览 3 次"
    assert body["stage"]["changed_at"] is not None
    # the segment with the three values and what they mean
    rfm = body["rfm"]
    assert (rfm["segment"], rfm["recency_days"], rfm["frequency"], rfm["monetary"]) == (
        "important_retain", 120, 1, 600_000)
    assert rfm["meaning"].startswith("花得多，但很久没买")
    assert [(m["key"], m["high"], m["text"]) for m in rfm["measures"]] == [
        ("recency", False, "距上次付款 120 天（较久）"),
        ("frequency", False, "近 365 天付款 1 次（较少）"),
        ("monetary", True, "近 365 天付款 ¥6000.00（较高）")]
    # the flags with their reasons
    assert [(f["flag"], f["reason"]) for f in body["flags"]] == [
        ("fading", "近 90 天付款金额较此前 90 天下降 50% 以上")]


def test_the_page_shows_what_the_customer_did(as_rep, built):
    body = as_rep.get(f"/api/v1/customers/{built.customer.id}/guidance").json

    behaviour = body["behaviour"]
    assert (behaviour["visit_count"], behaviour["visits_7d"], behaviour["visits_30d"]) == (5, 3, 4)
    assert behaviour["top_products"] == [
        {"product_id": built.phone.id, "name": "华为 Mate 70 Pro", "views": 3}]
    # the customer's own doings, newest first: six orders, then five visits with the product
    events = [(e["verb"], e["object_name"]) for e in behaviour["events"]]
    assert events == [("order", o.number) for o in reversed(built.orders)] + [
        ("visit", "华为 Mate 70 Pro"), ("visit", "华为 Mate 70 Pro"), ("visit", None),
        ("visit", "华为 Mate 70 Pro"), ("visit", "手表 GT5")]
    # the latest five orders, and the open next actions, soonest due first
    assert [o["id"] for o in body["orders"]] == [o.id for o in reversed(built.orders)][:5]
    assert body["orders"][0]["product_names"] == [built.orders[-1].lines[0].product_name]
    assert [f["id"] for f in body["follow_ups"]] == [f.id for f in built.open]


def test_the_page_lists_the_strategies_that_fit_with_why(as_rep, built):
    body = as_rep.get(f"/api/v1/customers/{built.customer.id}/guidance").json

    # enabled and fitting, highest priority first, each saying why
    assert [(s["name"], [m["text"] for m in s["matched_on"]]) for s in body["strategies"]] == [
        ("重要挽留：专属回访", ["分层：重要挽留"]),
        ("渐退出且兴趣", ["阶段：兴趣", "标记：渐退出"]),
        ("首单：复购引导", ["标签：首单"]),
    ]
    retain = body["strategies"][0]
    assert retain["actions"] == ["电话回访", "送专属优惠"]
    assert retain["talking_points"] == ["好久没联系了……"]
    # materials ready to send: the product with its page in the rep's shop, the published
    # article with its text, the link; what a rep cannot send is left out
    shop_code = built.rep.shop_code
    assert [(m["kind"], m["title"], m["share_path"] or m["url"] or m["body"])
            for m in retain["materials"]] == [
        ("product", "华为 Mate 70 Pro", f"/s/{shop_code}/p/{built.phone.id}"),
        ("article", "以旧换新怎么估价", "到店现场评估。"),
        ("link", "售后网点", "https://example.com/service"),
    ]
    assert retain["materials"][0]["price"] == built.phone.price


def test_a_new_visitor_has_a_short_page(as_rep, org):
    # given a visitor who only opened the shop once, and a library for other customers
    fresh = customer(org.rep_a1)
    strategy(org.admin, "重要价值", segments=["important_value"])

    body = as_rep.get(f"/api/v1/customers/{fresh.id}/guidance").json

    # then there is nothing to explain but the first visit, and nothing fits
    assert body["rfm"] is None and body["flags"] == [] and body["strategies"] == []
    assert body["rfm_note"] == "近 365 天无付款订单，暂无分层"
    assert body["stage"] == {"stage": "profiled", "changed_at": None, "from_stage": None,
                             "reason": None}
    assert body["orders"] == [] and body["follow_ups"] == []
    assert [e["verb"] for e in body["behaviour"]["events"]] == ["visit"]
    assert body["behaviour"]["top_products"] == []


def test_a_paying_customer_before_the_nightly_run_is_told_the_segment_is_not_computed_yet(
        as_rep, org):
    """A fresh demo's guidance pages said "近一年无付款订单" of paying customers until the
    first RFM run."""
    # given a customer who paid today, before any RFM run
    buyer = customer(org.rep_a1)
    completed_order(org.rep_a1, buyer)

    body = as_rep.get(f"/api/v1/customers/{buyer.id}/guidance").json

    assert body["rfm"] is None
    assert body["rfm_note"] == "已有付款订单，分层尚未计算（每晚 03:00 更新）"


def test_a_scored_customer_has_no_note(as_rep, built):
    body = as_rep.get(f"/api/v1/customers/{built.customer.id}/guidance").json

    assert body["rfm"]["segment"] == "important_retain" and body["rfm_note"] is None
