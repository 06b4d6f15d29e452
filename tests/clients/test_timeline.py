"""The customer's timeline: every kind of fact once, newest first, pages that hold still."""

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import update

from app.clients import services, stages
from app.clients.models import CustomerTagChange, FollowUp
from app.clients.rfm import compute_segments
from app.core import events
from app.core.db import utcnow
from app.core.events import record_event
from app.core.models import ActivityEvent
from app.extensions import db
from app.inbox import services as inbox
from app.shop.services import visits
from tests.clients.builders import customer, vocabulary
from tests.factories import ProductFactory
from tests.shop.builders import customer_of, move, order, save, visit


def timeline(client, customer_, **query):
    response = client.get(f"/api/v1/customers/{customer_.id}/timeline", query_string=query)
    assert response.status_code == 200, response.json
    return response.json


def every_item(client, customer_, per_page: int) -> list[dict]:
    """The whole timeline, page by page."""
    items, before = [], None
    while True:
        page = timeline(client, customer_, per_page=per_page,
                        **({"before": before} if before else {}))
        items += page["items"]
        before = page["next"]
        if before is None:
            return items


def test_the_timeline_merges_every_kind_once_newest_first(org, as_boss):
    # given a customer of rep A1 with a bit of everything: a first visit of a product page, an
    # adoption in the radar, a follow-up, a tag put on and taken off, an order placed and paid,
    # a segment, a question answered, a booking, a stage set by hand and, at last, a handover
    rep = org.rep_a1
    product = ProductFactory(name="明前龙井")
    buyer = visit(rep, product=product).customer
    visits.adopt_customer(rep, buyer, "王女士")
    services.log_follow_up(rep, buyer, kind="call", content="聊了新茶", next_action="寄样品")
    tag = vocabulary(org.admin, {"兴趣": ["茶叶"]})["茶叶"]
    services.add_tag(rep, buyer, tag)
    services.remove_tag(rep, buyer, tag)
    placed = move(order(rep, buyer, product=product), "pay", actor=rep)
    compute_segments(utcnow())
    question = inbox.ask(rep, buyer, "有礼盒装吗？")
    inbox.answer(rep, question, "有的")
    inbox.book(rep, buyer, "visit", utcnow() + timedelta(days=2), note="周末来")
    stages.set_stage(rep, buyer, "super", "老朋友")
    services.hand_over(org.boss_a, rep, org.rep_a1b, "调岗", [buyer.id])
    save()

    # when boss A reads the timeline
    items = timeline(as_boss, buyer, per_page=100)["items"]

    # then each fact is there once, from its own table, newest first
    kinds = Counter(item["kind"] for item in items)
    assert {kind: n for kind, n in kinds.items() if kind != "stage"} == {
        "visit": 1, "customer_new": 1, "follow_up": 1, "tag": 2, "order": 2, "segment": 1,
        "consultation": 1, "booking": 1, "handover": 1}
    assert kinds["stage"] >= 3  # reached (follow-up), deal (paid), super (by hand), maybe more
    assert [item["at"] for item in items] == sorted((item["at"] for item in items), reverse=True)
    assert len({item["key"] for item in items}) == len(items)
    told = {item["kind"]: item for item in reversed(items)}  # the newest of each kind
    assert told["handover"]["title"] == "客户移交"
    assert told["handover"]["detail"] == f"从 {rep.name} 移交给 {org.rep_a1b.name} · 调岗"
    assert told["handover"]["actor_name"] == org.boss_a.name
    assert told["stage"]["title"].endswith(" → 超级")
    assert (told["stage"]["detail"], told["stage"]["actor_name"]) == ("老朋友", rep.name)
    assert told["visit"]["title"] == "首次访问" and told["visit"]["detail"] == "商品：明前龙井"
    assert told["follow_up"]["title"] == "电话跟进"
    assert told["follow_up"]["detail"] == "聊了新茶 · 下一步：寄样品"
    assert told["follow_up"]["actor_name"] == rep.name
    assert (told["order"]["title"], told["order"]["ref_id"]) == ("付款", placed.id)
    assert told["order"]["detail"].startswith(f"订单 {placed.number} · ¥")
    assert [i["title"] for i in items if i["kind"] == "tag"] == ["移除标签", "添加标签"]
    assert told["consultation"]["title"] == "咨询（已回复）"
    assert told["consultation"]["detail"] == "有礼盒装吗？ · 回复：有的"
    assert told["booking"]["title"] == "预约到店拜访" and "待确认 · 周末来" in \
        told["booking"]["detail"]
    assert told["segment"]["title"].startswith("进入分层：")
    assert told["customer_new"]["detail"] == "在访客雷达中添加"


def test_a_verb_the_timeline_does_not_know_shows_with_a_generic_title(org, as_rep,
                                                                     monkeypatch):
    # given activity later issues record for the customer (counted under metrics they
    # declare): a known verb and an unknown one
    monkeypatch.setattr(events, "_declared", dict(events._declared))
    events.declare_metric("share_forward", "转发")
    events.declare_metric("lucky_draw", "抽奖")
    buyer = customer(org.rep_a1)
    record_event("share_forward", rep=org.rep_a1, customer_id=buyer.id, object_type="share",
                 object_id=7)
    record_event("lucky_draw", rep=org.rep_a1, customer_id=buyer.id)
    save()

    items = timeline(as_rep, buyer)["items"]

    assert [(i["kind"], i["title"]) for i in items[:2]] == [
        ("lucky_draw", "其他动态"), ("share_forward", "转发分享")]
    assert (items[1]["ref_type"], items[1]["ref_id"]) == ("share", 7)


def test_pages_neither_repeat_nor_skip_even_on_equal_times_and_new_activity(org, as_rep):
    # given a customer with follow-ups, tag changes and visits, several of them at the very
    # same instant in different sources
    rep = org.rep_a1
    buyer = customer_of(rep, anon_id="same-visitor-0001")
    for n in range(2):
        visit(rep, anon_id="same-visitor-0001")
        services.log_follow_up(rep, buyer, kind="wechat", content=f"第 {n} 次沟通")
    tag = vocabulary(org.admin, {"兴趣": ["茶叶"]})["茶叶"]
    services.add_tag(rep, buyer, tag)
    save()
    instant = utcnow() - timedelta(hours=1)
    for model, column in ((FollowUp, FollowUp.created_at), (CustomerTagChange,
                                                            CustomerTagChange.at),
                          (ActivityEvent, ActivityEvent.occurred_at)):
        db.session.execute(update(model).where(model.customer_id == buyer.id)
                           .values({column: instant}))
    db.session.commit()
    whole = timeline(as_rep, buyer, per_page=100)["items"]

    # when the rep reads it one item at a time, while new activity arrives after page one
    first = timeline(as_rep, buyer, per_page=1)
    services.log_follow_up(rep, buyer, kind="call", content="新的一条")
    save()
    rest = every_item_after(as_rep, buyer, first["next"])

    # then the pages hold exactly the items as they were, in the same order
    assert len(whole) >= 7
    assert [i["key"] for i in first["items"] + rest] == [i["key"] for i in whole]
    # and a fresh read starts with the new follow-up
    assert timeline(as_rep, buyer, per_page=1)["items"][0]["detail"] == "新的一条"


def every_item_after(client, customer_, before: str) -> list[dict]:
    items = []
    while before:
        page = timeline(client, customer_, per_page=1, before=before)
        items += page["items"]
        before = page["next"]
    return items


def test_paging_by_any_size_gives_the_same_timeline(org, as_rep):
    rep = org.rep_a1
    buyer = customer_of(rep, anon_id="pager-visitor-0001")
    for n in range(5):
        visit(rep, anon_id="pager-visitor-0001")
        services.log_follow_up(rep, buyer, kind="call", content=f"第 {n} 次")
    save()

    whole = [i["key"] for i in timeline(as_rep, buyer, per_page=100)["items"]]

    assert len(whole) == 6 + 5 + 2  # visits, follow-ups, stages reached and interested
    for size in (1, 2, 3, 7):
        assert [i["key"] for i in every_item(as_rep, buyer, size)] == whole, size


def test_another_reps_customer_or_a_missing_one_is_404(org, as_rep):
    theirs = customer(org.rep_a2)

    assert as_rep.get(f"/api/v1/customers/{theirs.id}/timeline").status_code == 404
    assert as_rep.get("/api/v1/customers/999999999/timeline").status_code == 404


@pytest.mark.parametrize("cursor", ["abc", "1.nosuch.2", "1.tag.-2", "1.tag.2\n",
                                    "", "1.tag.2.3"])
def test_a_cursor_the_server_did_not_write_is_refused(org, as_rep, cursor):
    mine = customer(org.rep_a1)

    response = as_rep.get(f"/api/v1/customers/{mine.id}/timeline",
                          query_string={"before": cursor})

    assert response.status_code == 422
