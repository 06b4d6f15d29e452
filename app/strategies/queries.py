"""The guidance page (客户经营指导书): everything a rep needs about one customer on one page, and
the strategies that fit them, a handful of small queries on indexed columns."""

from datetime import timedelta

from flask import current_app
from sqlalchemy import case, func, select
from sqlalchemy.orm import selectinload

from app.clients.models import SEGMENTS, CustomerFlag, FollowUp, StageChange
from app.clients.stages import PAID
from app.core.company import get_company
from app.core.db import utcnow
from app.core.models import ActivityEvent
from app.customers.models import Customer
from app.extensions import db
from app.inbox.models import Article
from app.org.models import User
from app.shop.models import Order, Product
from app.strategies import services

RECENT_EVENTS = 20
RECENT_ORDERS = 5
OPEN_FOLLOW_UPS = 10
TOP_PRODUCTS = 3
# What the customer did (not what the rep did for them), as the activity log names it.
BEHAVIOUR_VERBS = ("visit", "order", "order_paid", "order_completed", "order_cancelled",
                   "order_refunded")

SCORES = {segment: scores for scores, segment in SEGMENTS.items()}  # segment -> (R, F, M) high
SEGMENT_MEANINGS = {
    "important_value": "最近买过、买得勤、花得多：最有价值的客户，重点维护",
    "important_develop": "最近买过、花得多，但次数少：提高购买频次",
    "important_keep": "买得勤、花得多，但有一阵没买了：主动联系，防止流失",
    "important_retain": "花得多，但很久没买、次数也少：有流失风险的重要客户，尽快挽回",
    "general_value": "最近买过、买得勤，但花得少：提升客单价",
    "general_develop": "最近买过，但次数少、花得少：新客或低频客户，培养购买习惯",
    "general_keep": "买得勤，但花得少、有一阵没买了：适时提醒",
    "general_retain": "很久没买、次数少、花得少：低成本唤醒",
}


def guidance(customer: Customer) -> dict:
    """The page's payload for a customer loaded with clients.queries.customer_or_404."""
    return {"customer": customer, "stage": stage_now(customer), "rfm": rfm_explained(customer),
            "rfm_note": rfm_note(customer),
            "flags": db.session.scalars(select(CustomerFlag)
                                        .where(CustomerFlag.customer_id == customer.id)
                                        .order_by(CustomerFlag.flag)).all(),
            "behaviour": behaviour(customer), "orders": recent_orders(customer),
            "follow_ups": open_follow_ups(customer), "strategies": strategies_for(customer)}


def stage_now(customer: Customer) -> dict:
    """The stage, and when and why it was last moved."""
    last = db.session.scalars(select(StageChange).where(StageChange.customer_id == customer.id)
                              .order_by(StageChange.at.desc(), StageChange.id.desc())
                              .limit(1)).first()
    return {"stage": customer.stage, "changed_at": customer.stage_changed_at,
            "from_stage": last.from_stage if last else None,
            "reason": last.reason if last else None}


def rfm_explained(customer: Customer) -> dict | None:
    """The RFM row with what its segment and each of its three values mean."""
    rfm = customer.rfm
    if rfm is None:
        return None
    window = get_company().rfm_window_days
    r_high, f_high, m_high = SCORES[rfm.segment]
    measures = [
        {"key": "recency", "label": "最近消费", "value": rfm.recency_days, "high": r_high,
         "text": f"距上次付款 {rfm.recency_days} 天（{'较近' if r_high else '较久'}）"},
        {"key": "frequency", "label": "消费频次", "value": rfm.frequency, "high": f_high,
         "text": f"近 {window} 天付款 {rfm.frequency} 次（{'较多' if f_high else '较少'}）"},
        {"key": "monetary", "label": "消费金额", "value": rfm.monetary, "high": m_high,
         "text": f"近 {window} 天付款 ¥{rfm.monetary / 100:.2f}（{'较高' if m_high else '较低'}）"},
    ]
    return {"segment": rfm.segment, "recency_days": rfm.recency_days,
            "frequency": rfm.frequency, "monetary": rfm.monetary, "window_days": window,
            "computed_at": rfm.computed_at, "meaning": SEGMENT_MEANINGS[rfm.segment],
            "measures": measures}


def rfm_note(customer: Customer) -> str | None:
    """Why a customer has no segment: none is computed yet (they paid in the window since the
    last nightly run, or it never ran), or there is nothing to score."""
    if customer.rfm is not None:
        return None
    window = get_company().rfm_window_days
    paid = db.session.scalar(select(func.count()).where(
        Order.customer_id == customer.id, Order.status.in_(PAID),
        Order.paid_at >= utcnow() - timedelta(days=window)))
    if paid:
        return f"已有付款订单，分层尚未计算（每晚 {current_app.config['RFM_AT']} 更新）"
    return f"近 {window} 天无付款订单，暂无分层"


def behaviour(customer: Customer) -> dict:
    """Visits in the last 7 and 30 days, the products viewed most, the latest events."""
    now = utcnow()
    week, month = now - timedelta(days=7), now - timedelta(days=30)
    visits = (ActivityEvent.customer_id == customer.id, ActivityEvent.verb == "visit")
    visits_7d, visits_30d = db.session.execute(
        select(func.coalesce(func.sum(case((ActivityEvent.occurred_at >= week, 1), else_=0)), 0),
               func.count())
        .where(*visits, ActivityEvent.occurred_at >= month)).one()
    views = func.count().label("views")
    top = db.session.execute(
        select(ActivityEvent.object_id, views)
        .where(*visits, ActivityEvent.occurred_at >= month,
               ActivityEvent.object_type == "product")
        .group_by(ActivityEvent.object_id)
        .order_by(views.desc(), ActivityEvent.object_id).limit(TOP_PRODUCTS)).all()
    events = db.session.scalars(
        select(ActivityEvent).where(ActivityEvent.customer_id == customer.id,
                                    ActivityEvent.verb.in_(BEHAVIOUR_VERBS))
        .order_by(ActivityEvent.occurred_at.desc(), ActivityEvent.id.desc())
        .limit(RECENT_EVENTS)).all()
    names = _names(Product, Product.name, {row.object_id for row in top} | {
        e.object_id for e in events if e.object_type == "product"})
    numbers = _names(Order, Order.number, {e.object_id for e in events
                                           if e.object_type == "order"})
    return {
        "visit_count": customer.visit_count, "last_visit_at": customer.last_visit_at,
        "visits_7d": visits_7d, "visits_30d": visits_30d,
        "top_products": [{"product_id": row.object_id, "name": names[row.object_id],
                          "views": row.views} for row in top if row.object_id in names],
        "events": [{"verb": e.verb, "object_type": e.object_type, "object_id": e.object_id,
                    "object_name": {"product": names, "order": numbers}.get(
                        e.object_type, {}).get(e.object_id),
                    "occurred_at": e.occurred_at} for e in events],
    }


def _names(model, column, ids: set) -> dict:
    ids.discard(None)
    if not ids:
        return {}
    return dict(db.session.execute(select(model.id, column).where(model.id.in_(ids))).all())


def recent_orders(customer: Customer) -> list[Order]:
    return db.session.scalars(select(Order).where(Order.customer_id == customer.id)
                              .options(selectinload(Order.lines))
                              .order_by(Order.placed_at.desc(), Order.id.desc())
                              .limit(RECENT_ORDERS)).all()


def open_follow_ups(customer: Customer) -> list[FollowUp]:
    """Next actions not done yet, soonest due first (those without a due time last)."""
    return db.session.scalars(
        select(FollowUp).where(FollowUp.customer_id == customer.id, FollowUp.done_at.is_(None),
                               (FollowUp.next_action != "") | FollowUp.due_at.is_not(None))
        .order_by(FollowUp.due_at.is_(None), FollowUp.due_at, FollowUp.id)
        .limit(OPEN_FOLLOW_UPS)).all()


def strategies_for(customer: Customer) -> list[dict]:
    """The matching strategies with their materials ready to use: products on sale with the
    page path in the customer's rep's shop, published articles with their text, links."""
    found = services.matching(services.Facts.of(customer))
    materials = [m for strategy, _ in found for m in strategy.materials]
    products = {p.id: p for p in _rows(Product, materials, "product") if p.on_sale}
    articles = {a.id: a for a in _rows(Article, materials, "article") if a.published}
    shop_code = db.session.scalar(select(User.shop_code).where(User.id == customer.rep_id))
    result = []
    for strategy, reasons in found:
        ready = []
        for material in strategy.materials:
            item = {**material, "share_path": None, "cover_url": None, "price": None,
                    "body": None}
            if material["kind"] == "product":
                product = products.get(material["id"])
                if product is None:
                    continue  # off sale or gone: nothing a rep can send
                item.update(share_path=f"/s/{shop_code}/p/{product.id}",
                            cover_url=product.cover_url, price=product.price)
            elif material["kind"] == "article":
                article = articles.get(material["id"])
                if article is None:
                    continue
                item.update(body=article.body)
            ready.append(item)
        result.append({"id": strategy.id, "name": strategy.name, "priority": strategy.priority,
                       "actions": strategy.actions, "talking_points": strategy.talking_points,
                       "materials": ready, "matched_on": reasons})
    return result


def _rows(model, materials: list[dict], kind: str) -> list:
    ids = {m["id"] for m in materials if m["kind"] == kind}
    return db.session.scalars(select(model).where(model.id.in_(ids))).all() if ids else []
