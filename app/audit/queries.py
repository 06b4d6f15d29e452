"""The interaction audit (互动记录): every customer interaction in the caller's scope, newest
first, read from the activity log, and the list of who read whose interactions.

An interaction is an activity event of one of the verbs in KINDS (a stable kind the API and
the page filter by, over the verbs that tell it). Each event carries the rep it counts for and
the org unit that rep was in when it happened, so a boss sees the work done in their subtree,
including that of a rep who has since moved away, and none done elsewhere; HQ sees all. A rep
or customer filter narrows that scope: one outside it (or unknown) gives an empty list, never
a 404, so the answer tells nothing about ids outside the scope.

Pages are keyset (the timeline's cursor, source "event"), newest first. On 2,000,000 events
each page is a UNION ALL of small selects, each reading at most a page of one verb (of one
org unit, for a boss) from an index in order (`ix_activity_event_verb_at`,
`ix_activity_event_org_verb_at`): PostgreSQL would otherwise sort every matching row of an
`IN` list to find the newest. A rep's or a customer's events are few enough for one select
(`ix_activity_event_rep_day`, `ix_activity_event_customer`).
"""

from sqlalchemy import select, union_all

from app.audit.models import AuditRead
from app.clients.models import STAGE_NAMES, Tag
from app.clients.timeline import ORDER_TITLES, SOURCES, Cursor, lines
from app.core.access import ROLE_BOSS, scoped, subtree_ids
from app.core.api import paginate
from app.core.company import company_zone
from app.core.db import day_bounds
from app.core.models import ActivityEvent
from app.customers.models import Customer
from app.extensions import db
from app.inbox.services import customer_label
from app.org.models import User
from app.shop.models import Order

# kind -> the verbs that tell it; the page's type filter, labelled in static/js/labels.js.
KINDS = {
    "follow_up": ("follow_up",),
    "consultation": ("consultation", "consultation_answered"),
    "booking": ("booking", "booking_answered"),
    "order": ("order", "order_paid", "order_completed", "order_cancelled", "order_refunded",
              "order_expired"),
    "tag": ("customer_tag", "customer_untag"),
    "stage": ("stage_change",),
}
KIND_OF = {verb: kind for kind, verbs in KINDS.items() for verb in verbs}
TITLES = {"consultation": "客户咨询", "consultation_answered": "回复咨询",
          "booking_answered": "回复预约", "customer_tag": "添加标签",
          "customer_untag": "移除标签"}
# Above this many (unit, verb) selects a boss's page reads per verb and filters by unit.
MAX_BRANCHES = 200
CURSOR_SOURCE = "event"


def _scope_units(actor) -> list[int] | None:
    """The org units of a boss's subtree; None for HQ (the whole company)."""
    if actor.role != ROLE_BOSS:
        return None
    return list(db.session.scalars(subtree_ids(actor.org_unit)))


def _filtered(actor, filters: dict, before: Cursor | None):
    """The scoped select of event ids and times with every filter but the verb."""
    query = scoped(select(ActivityEvent.id, ActivityEvent.occurred_at), ActivityEvent, actor)
    if "rep_id" in filters:
        query = query.where(ActivityEvent.rep_id == filters["rep_id"])
    if "customer_id" in filters:
        query = query.where(ActivityEvent.customer_id == filters["customer_id"])
    zone = company_zone()
    if "start" in filters:  # the day each event was counted on, and its time for the indexes
        query = query.where(ActivityEvent.day >= filters["start"],
                            ActivityEvent.occurred_at >= day_bounds(filters["start"], zone)[0])
    if "end" in filters:
        query = query.where(ActivityEvent.day <= filters["end"],
                            ActivityEvent.occurred_at < day_bounds(filters["end"], zone)[1])
    if before is not None:
        query = query.where(ActivityEvent.occurred_at <= before.at,
                            (ActivityEvent.occurred_at < before.at)
                            | (ActivityEvent.id < before.id))
    return query


def _newest(query, limit: int):
    return query.order_by(ActivityEvent.occurred_at.desc(),
                          ActivityEvent.id.desc()).limit(limit)


def page(actor, filters: dict, limit: int = 20) -> dict:
    """The newest `limit` interactions before `filters["before"]` that the actor may see, and
    the cursor of the next page (None: nothing older)."""
    verbs = KINDS[filters["kind"]] if "kind" in filters else tuple(KIND_OF)
    query = _filtered(actor, filters, filters.get("before"))
    if "rep_id" in filters or "customer_id" in filters:
        branches = [query.where(ActivityEvent.verb.in_(verbs))]
    else:
        units = _scope_units(actor)
        if units is not None and len(units) * len(verbs) <= MAX_BRANCHES:
            branches = [query.where(ActivityEvent.org_unit_id == unit, ActivityEvent.verb == verb)
                        for unit in units for verb in verbs]
        else:
            branches = [query.where(ActivityEvent.verb == verb) for verb in verbs]
    if not branches:  # a boss without a unit
        return {"items": [], "next": None}
    merged = union_all(*(select(_newest(branch, limit + 1).subquery()) for branch in branches)
                       ).subquery("merged")
    keys = db.session.execute(select(merged.c.id, merged.c.occurred_at)
                              .order_by(merged.c.occurred_at.desc(), merged.c.id.desc())
                              .limit(limit + 1)).all()
    more, keys = len(keys) > limit, keys[:limit]
    events = {e.id: e for e in db.session.scalars(
        select(ActivityEvent).where(ActivityEvent.id.in_([key.id for key in keys])))}
    items = describe([events[key.id] for key in keys])
    if not more:
        return {"items": items, "next": None}
    last = keys[-1]
    return {"items": items, "next": str(Cursor(last.occurred_at, CURSOR_SOURCE, last.id))}


# --- each event told as a row --------------------------------------------------------------

def _by_id(model, ids: set, *columns) -> dict:
    ids = ids - {None}
    if not ids:
        return {}
    return {row[0]: row for row in db.session.execute(
        select(model.id, *columns).where(model.id.in_(ids)))}


def _timeline_items(events, object_type: str) -> dict:
    """The customer timeline's items for the objects of these events (follow-ups,
    consultations, bookings): the same title and detail the rep reads there."""
    ids = [e.object_id for e in events if e.object_type == object_type]
    return SOURCES[object_type].describe(ids) if ids else {}


def _yuan(fen) -> str:
    return f"¥{fen / 100:.2f}" if fen is not None else ""


def describe(events: list[ActivityEvent]) -> list[dict]:
    """The rows of these events, in their order: kind, Chinese title and summary, the rep,
    the customer and the object."""
    users = _by_id(User, {e.rep_id for e in events} | {e.actor_id for e in events}, User.name)
    customers = _by_id(Customer, {e.customer_id for e in events}, Customer.name,
                       Customer.nickname)
    orders = _by_id(Order, {e.object_id for e in events if e.object_type == "order"},
                    Order.number, Order.item_count)
    tags = _by_id(Tag, {e.object_id for e in events if e.object_type == "tag"}, Tag.name)
    told = {kind: _timeline_items(events, kind)
            for kind in ("follow_up", "consultation", "booking")}
    rows = []
    for e in events:
        kind = KIND_OF[e.verb]
        title, summary = TITLES.get(e.verb, ""), ""
        if kind in told:
            item = told[kind].get(e.object_id)
            summary = item["detail"] if item else ""
            title = title or (item["title"] if item else "")
        elif kind == "order":
            title = ORDER_TITLES[e.verb.removeprefix("order_") if e.verb != "order"
                                 else "pending"]
            order = orders.get(e.object_id)
            summary = lines(order and f"订单 {order.number}", _yuan(e.attrs.get("amount")),
                            order and f"{order.item_count} 件", e.attrs.get("reason", ""))
        elif kind == "tag":
            tag = tags.get(e.object_id)
            summary = e.attrs.get("tag_name") or (tag.name if tag else "已删除的标签")
        elif kind == "stage":
            before, after = e.attrs.get("from"), e.attrs.get("to")
            title = (f"客户阶段：{STAGE_NAMES.get(before, before)}"
                     f" → {STAGE_NAMES.get(after, after)}")
            summary = e.attrs.get("reason", "")
        customer = customers.get(e.customer_id)
        rows.append({
            "key": f"event-{e.id}", "id": e.id, "at": e.occurred_at, "kind": kind,
            "verb": e.verb, "title": title, "summary": summary,
            "rep": _person(users, e.rep_id),
            "actor_name": users[e.actor_id].name if e.actor_id in users else None,
            "customer": ({"id": e.customer_id, "name": customer_label(customer)}
                         if customer else {"id": e.customer_id, "name": "已合并的客户"}),
            "object_type": e.object_type, "object_id": e.object_id,
        })
    return rows


def _person(users: dict, user_id: int | None) -> dict | None:
    if user_id is None:
        return None
    return {"id": user_id, "name": users[user_id].name if user_id in users else "已删除的员工"}


# --- who read whose interactions -----------------------------------------------------------

def reads(actor, filters: dict, page_args: dict) -> dict:
    """The audit reads the actor may see, newest first (a boss: those made in their
    subtree), each with the names of the rep and customer read."""
    query = scoped(select(AuditRead), AuditRead, actor)
    for name in ("reader_id", "rep_id", "customer_id"):
        if name in filters:
            query = query.where(getattr(AuditRead, name) == filters[name])
    result = paginate(query.order_by(AuditRead.at.desc(), AuditRead.id.desc()), page_args)
    rows = result["items"]
    users = _by_id(User, {r.rep_id for r in rows}, User.name)
    customers = _by_id(Customer, {r.customer_id for r in rows}, Customer.name,
                       Customer.nickname)
    result["items"] = [{
        "id": r.id, "at": r.at, "address": r.address, "kind": r.kind, "start": r.start,
        "end": r.end, "reader": {"id": r.reader_id, "name": r.reader.name},
        "rep": _person(users, r.rep_id),
        "customer": None if r.customer_id is None else {
            "id": r.customer_id,
            "name": customer_label(customers[r.customer_id])
            if r.customer_id in customers else "已合并或不存在的客户"},
    } for r in rows]
    return result
