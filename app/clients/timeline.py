"""One timeline per customer, newest first: follow-ups, visits and the rest of the activity
log, orders, tag, stage and segment changes, handovers, and the sources packages higher in the
order register with `register_source()` (app.inbox: consultations and bookings).

Each fact is read from one source only. A fact with a table of its own (a follow-up, an order's
transitions, a tag change, a stage or segment change, a consultation) comes from that table,
and the activity events about the same object are skipped (a source's `owns`). Everything
else the log holds for the customer comes from the log: visits, becoming a customer, handovers,
and whatever later issues record (coupon claims, group-buy joins...), under a generic title when
the verb is not known here.

Pages are keyset: a page is the newest items before a cursor (time, source, id), so it does not
shift when new activity arrives while the rep scrolls. Each source is an indexed select of
(source, id, at) for the customer before the cursor, newest first, limited to the page size;
one UNION ALL orders those few rows again and keeps the page; then one query per source on the
page loads its rows. A customer with years of visits costs what a new one does.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import ClassVar

from sqlalchemy import Integer, literal, or_, select, union_all

from app.clients.models import (
    SEGMENT_NAMES,
    STAGE_NAMES,
    CustomerTagChange,
    FollowUp,
    Handover,
    SegmentChange,
    StageChange,
)
from app.core.models import ActivityEvent
from app.extensions import db
from app.org.models import User
from app.shop import shareables
from app.shop.models import Order, OrderTransition, Product

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)

# A new visitor's first visit is one event of its own, marked `new`: told once, as the visit.
SKIPPED_VERBS = ("visitor_new",)

FOLLOW_UP_TITLES = {"visit": "上门拜访", "call": "电话跟进", "wechat": "微信沟通",
                    "meeting": "见面会谈", "other": "跟进"}
ORDER_TITLES = {"pending": "下单", "paid": "付款", "completed": "订单完成",
                "cancelled": "取消订单", "refunded": "退款", "expired": "超时未付关闭"}
EVENT_TITLES = {"visit": "浏览", "customer_new": "成为客户", "customer_transfer": "归属转入",
                "customer_handover": "客户移交", "share_forward": "转发分享"}
EVENT_KINDS = {"customer_handover": "handover"}  # an event's kind is its verb, but these
GENERIC_TITLE = "其他动态"
VIA = {"radar": "在访客雷达中添加", "order": "下单"}


@dataclass(frozen=True)
class Source:
    """Rows of one table about one customer: how to find them, and how to tell them."""

    model: type
    at: object  # the column that dates a row
    of_customer: Callable  # customer_id -> the WHERE clause of the customer's rows
    describe: Callable  # ids -> {id: item}
    owns: str | None = None  # the object type whose activity events this source tells


@dataclass(frozen=True)
class Cursor:
    """Where a page ended: microseconds since 1970, source, row id ("1717000000123456.tag.42")."""

    PATTERN: ClassVar[str] = r"^\d{1,17}\.[a-z_]{1,20}\.\d{1,18}$"

    at: datetime
    source: str
    id: int

    def __str__(self) -> str:
        return f"{(self.at - EPOCH) // MICROSECOND}.{self.source}.{self.id}"

    @classmethod
    def parse(cls, text: str) -> "Cursor":
        """Raise ValueError for anything but a cursor this module wrote."""
        if re.fullmatch(cls.PATTERN, text) is None:
            raise ValueError(text)
        micros, source, row_id = text.split(".")
        if source not in SOURCES:
            raise ValueError(source)
        return cls(EPOCH + int(micros) * MICROSECOND, source, int(row_id))


def item(kind: str, at: datetime, title: str, detail: str = "", actor: User | None = None,
         ref_type: str | None = None, ref_id: int | None = None) -> dict:
    return {"kind": kind, "at": at, "title": title, "detail": detail,
            "actor_name": actor.name if actor is not None else None,
            "ref_type": ref_type, "ref_id": ref_id}


def when(local: datetime) -> str:
    return f"{local.month}月{local.day}日 {local:%H:%M}"


def _yuan(fen: int) -> str:
    return f"¥{fen / 100:.2f}"


def lines(*parts: str) -> str:
    return " · ".join(part for part in parts if part)


# --- each source: its rows told as items -----------------------------------------------------

def _follow_ups(ids):
    return {f.id: item("follow_up", f.created_at, FOLLOW_UP_TITLES.get(f.kind, "跟进"),
                        lines(f.content, f.outcome and f"结果：{f.outcome}",
                               f.next_action and f"下一步：{f.next_action}"),
                        f.author, "follow_up", f.id)
            for f in db.session.scalars(select(FollowUp).where(FollowUp.id.in_(ids)))}


def _events(ids):
    events = list(db.session.scalars(select(ActivityEvent).where(ActivityEvent.id.in_(ids))))
    product_ids = {e.object_id for e in events if e.object_type == "product"}
    products = dict(db.session.execute(select(Product.id, Product.name)
                                       .where(Product.id.in_(product_ids))).all()) \
        if product_ids else {}
    pages = shareables.titles_of({(e.object_type, e.object_id) for e in events
                                  if e.verb == "visit" and e.object_type != "product"})
    handover_ids = {e.object_id for e in events if e.verb == "customer_handover"}
    reasons = dict(db.session.execute(select(Handover.id, Handover.reason)
                                      .where(Handover.id.in_(handover_ids))).all()) \
        if handover_ids else {}
    user_ids = {e.actor_id for e in events} | {e.rep_id for e in events} | {
        e.attrs.get("from_rep_id") for e in events}
    users = {u.id: u for u in db.session.scalars(
        select(User).where(User.id.in_(user_ids - {None})))} if user_ids - {None} else {}

    def name(user_id):
        return users[user_id].name if user_id in users else "已删除的员工"

    items = {}
    for e in events:
        title, detail = EVENT_TITLES.get(e.verb, GENERIC_TITLE), ""
        if e.verb == "visit":
            title = "首次访问" if e.attrs.get("new") else title
            detail = (f"商品：{products.get(e.object_id, '已删除的商品')}"
                      if e.object_type == "product" else pages[(e.object_type, e.object_id)])
            if e.attrs.get("referrer_id"):
                detail += "（朋友转发的链接）"
        elif e.verb == "customer_new":
            detail = VIA.get(e.attrs.get("via"), "")
        elif e.verb == "customer_transfer":
            detail = (f"从 {name(e.attrs.get('from_rep_id'))} 转给 {name(e.rep_id)}"
                      "（按最后访问归属）")
        elif e.verb == "customer_handover":
            detail = lines(f"从 {name(e.attrs.get('from_rep_id'))} 移交给 {name(e.rep_id)}",
                            reasons.get(e.object_id, ""))
        items[e.id] = item(EVENT_KINDS.get(e.verb, e.verb), e.occurred_at, title, detail,
                            users.get(e.actor_id), e.object_type, e.object_id)
    return items


def _orders(ids):
    rows = db.session.execute(select(OrderTransition, Order)
                              .join(Order, Order.id == OrderTransition.order_id)
                              .where(OrderTransition.id.in_(ids)))
    return {t.id: item("order", t.at, ORDER_TITLES.get(t.to_status, t.to_status),
                        lines(f"订单 {o.number}", _yuan(o.total_amount), f"{o.item_count} 件",
                               t.reason),
                        t.actor, "order", o.id)
            for t, o in rows}


def _tags(ids):
    return {c.id: item("tag", c.at, "添加标签" if c.action == "add" else "移除标签",
                        lines(c.tag_name, "自动标签规则" if c.source == "rule" else ""),
                        c.actor, "tag", c.tag_id)
            for c in db.session.scalars(select(CustomerTagChange)
                                        .where(CustomerTagChange.id.in_(ids)))}


def _stages(ids):
    return {c.id: item("stage", c.at, f"客户阶段：{STAGE_NAMES.get(c.from_stage, c.from_stage)}"
                                      f" → {STAGE_NAMES.get(c.to_stage, c.to_stage)}",
                        c.reason, c.actor, "stage_change", c.id)
            for c in db.session.scalars(select(StageChange).where(StageChange.id.in_(ids)))}


def _segments(ids):
    items = {}
    for c in db.session.scalars(select(SegmentChange).where(SegmentChange.id.in_(ids))):
        before, after = SEGMENT_NAMES.get(c.from_segment), SEGMENT_NAMES.get(c.to_segment)
        title = (f"客户分层：{before} → {after}" if before and after
                 else f"进入分层：{after}" if after else f"退出分层：{before}（窗口内无付款）")
        detail = (lines(f"最近付款 {c.recency_days} 天前", f"{c.frequency} 笔",
                         _yuan(c.monetary)) if c.to_segment else "")
        items[c.id] = item("segment", c.at, title, detail, None, "segment_change", c.id)
    return items


def _own_tables() -> list[str]:
    """Object types whose events a source of their own tells."""
    return [source.owns for source in SOURCES.values() if source.owns]


SOURCES: dict[str, Source] = {
    "event": Source(ActivityEvent, ActivityEvent.occurred_at,
                    lambda cid: (ActivityEvent.customer_id == cid)
                    & ActivityEvent.verb.not_in(SKIPPED_VERBS)
                    & or_(ActivityEvent.object_type.is_(None),
                          ActivityEvent.object_type.not_in(_own_tables())), _events),
    "follow_up": Source(FollowUp, FollowUp.created_at,
                        lambda cid: FollowUp.customer_id == cid, _follow_ups, "follow_up"),
    "order": Source(OrderTransition, OrderTransition.at,
                    lambda cid: OrderTransition.order_id.in_(
                        select(Order.id).where(Order.customer_id == cid)), _orders, "order"),
    "segment": Source(SegmentChange, SegmentChange.at,
                      lambda cid: SegmentChange.customer_id == cid, _segments),
    "stage": Source(StageChange, StageChange.at,
                    lambda cid: StageChange.customer_id == cid, _stages, "stage_change"),
    "tag": Source(CustomerTagChange, CustomerTagChange.at,
                  lambda cid: CustomerTagChange.customer_id == cid, _tags, "tag"),
}


def register_source(name: str, source: Source) -> None:
    """Add the rows of a table from a package higher in the order (consultations, coupon
    claims) to every customer's timeline."""
    if name in SOURCES or re.fullmatch(r"[a-z_]{1,20}", name) is None:
        raise ValueError(f"timeline source {name!r} is taken or not a cursor name")
    SOURCES[name] = source


def _names() -> list[str]:
    """The sources in rank order: a source's rank breaks ties of time, (at, rank, id)."""
    return sorted(SOURCES)


def _before(rank: int, source: Source, cursor: Cursor):
    """The rows of `source` that come after the cursor in (at, rank, id) descending order."""
    at, row_id, cursor_rank = source.at, source.model.id, _names().index(cursor.source)
    if rank < cursor_rank:
        return at <= cursor.at
    if rank > cursor_rank:
        return at < cursor.at
    return or_(at < cursor.at, (at == cursor.at) & (row_id < cursor.id))


def page(customer_id: int, before: Cursor | None = None, limit: int = 20) -> dict:
    """The customer's newest `limit` items before the cursor, and the cursor of the next page
    (None: nothing older)."""
    names = _names()
    branches = []
    for rank, source in enumerate(SOURCES[name] for name in names):
        branch = (select(literal(rank, Integer).label("rank"), source.model.id.label("id"),
                         source.at.label("at"))
                  .where(source.of_customer(customer_id)))
        if before is not None:
            branch = branch.where(_before(rank, source, before))
        branch = branch.order_by(source.at.desc(), source.model.id.desc()).limit(limit + 1)
        branches.append(select(branch.subquery()))
    merged = union_all(*branches).subquery("merged")
    keys = [(names[rank], row_id, at) for rank, row_id, at in db.session.execute(
        select(merged.c.rank, merged.c.id, merged.c.at)
        .order_by(merged.c.at.desc(), merged.c.rank.desc(), merged.c.id.desc())
        .limit(limit + 1))]
    more, keys = len(keys) > limit, keys[:limit]
    by_source: dict[str, list[int]] = {}
    for name, row_id, _ in keys:
        by_source.setdefault(name, []).append(row_id)
    told = {name: SOURCES[name].describe(ids) for name, ids in by_source.items()}
    items = [{**told[name][row_id], "key": f"{name}-{row_id}"} for name, row_id, _ in keys]
    if not more:
        return {"items": items, "next": None}
    name, row_id, at = keys[-1]
    return {"items": items, "next": str(Cursor(at, name, row_id))}
