"""Consultations and bookings: a customer asks or books on a rep's shop page, the rep who owns
the customer answers, confirms, declines or closes; and HQ's knowledge base.

Asking and booking are events (`consultation`, `booking`): they are counted, move the customer
to 需求 (app.clients.stages) and notify the owning rep. Every booking state change is a
conditional UPDATE on the current state: of two racing changes one wins, the other is 409.
"""

from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import select, update

from app.core.access import ROLE_HQ, ROLE_REP, require_role
from app.core.company import company_zone
from app.core.db import utcnow
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.events import declare_metric, record_event
from app.core.notifications import notify
from app.customers.models import Customer
from app.extensions import db
from app.inbox.models import Article, Booking, Consultation
from app.org.models import User
from app.shop.models import Product

declare_metric("consultation", "咨询")
declare_metric("consultation_answered", "回复咨询")
declare_metric("booking", "预约")
declare_metric("booking_answered", "回复预约")

BOOKING_KIND_LABELS = {"visit": "到店拜访", "appointment": "预约服务"}
BOOKING_STATUS_LABELS = {"requested": "待确认", "confirmed": "已确认", "declined": "已婉拒",
                         "cancelled": "已取消", "done": "已完成"}
# action -> (states it may start from, state it leads to, Chinese verb)
BOOKING_TRANSITIONS = {
    "confirm": (("requested",), "confirmed", "确认"),
    "decline": (("requested", "confirmed"), "declined", "婉拒"),
    "done": (("confirmed",), "done", "完成"),
    "cancel": (("requested", "confirmed"), "cancelled", "取消"),  # the customer's only action
}
CLOSED = ("declined", "cancelled", "done")


def customer_label(customer: Customer) -> str:
    """What the rep calls a customer in a notification (as the PWA's customerLabel does)."""
    return customer.name or customer.nickname or f"访客{customer.id % 10000:04d}"


def _owner(customer: Customer) -> User:
    return db.session.get(User, customer.rep_id)


def _local(moment: datetime) -> str:
    local = moment.astimezone(company_zone())
    return f"{local.month}月{local.day}日 {local:%H:%M}"


# --- the customer ------------------------------------------------------------------------------

def ask(shop_rep: User, customer: Customer, question: str, product: Product | None = None,
        at: datetime | None = None) -> Consultation:
    """The customer asks a question on `shop_rep`'s page; the rep who owns them is told."""
    at = at or utcnow()
    consultation = Consultation(customer_id=customer.id, shop_rep_id=shop_rep.id,
                                product_id=product.id if product else None, question=question,
                                created_at=at)
    db.session.add(consultation)
    db.session.flush()
    owner = _owner(customer)
    record_event("consultation", rep=owner, customer_id=customer.id,
                 object_type="consultation", object_id=consultation.id, at=at,
                 attrs={"product_id": consultation.product_id, "shop_rep_id": shop_rep.id})
    about = f"（{product.name}）" if product else ""
    notify(owner, "consultation_new", f"{customer_label(customer)} 发来咨询{about}",
           question[:100], "/rep/inbox?tab=consultation")
    return consultation


def check_starts_at(starts_at: datetime, now: datetime) -> None:
    """Raise ValidationError for a time in the past or beyond BOOKING_MAX_DAYS_AHEAD."""
    days = current_app.config["BOOKING_MAX_DAYS_AHEAD"]
    if starts_at <= now:
        raise ValidationError("预约时间已过，请选择将来的时间",
                              fields={"starts_at": ["请选择将来的时间"]})
    if starts_at > now + timedelta(days=days):
        raise ValidationError(f"只能预约 {days} 天内的时间",
                              fields={"starts_at": [f"请选择 {days} 天内的时间"]})


def book(shop_rep: User, customer: Customer, kind: str, starts_at: datetime, note: str = "",
         at: datetime | None = None) -> Booking:
    """The customer asks for a visit or an appointment at `starts_at` (422 when it is past)."""
    at = at or utcnow()
    check_starts_at(starts_at, at)
    booking = Booking(customer_id=customer.id, shop_rep_id=shop_rep.id, kind=kind,
                      starts_at=starts_at, note=note, status="requested", reply="",
                      created_at=at)
    db.session.add(booking)
    db.session.flush()
    owner = _owner(customer)
    record_event("booking", rep=owner, customer_id=customer.id, object_type="booking",
                 object_id=booking.id, at=at,
                 attrs={"kind": kind, "starts_at": starts_at.isoformat(),
                        "shop_rep_id": shop_rep.id})
    notify(owner, "booking_new",
           f"{customer_label(customer)} 预约{BOOKING_KIND_LABELS[kind]} {_local(starts_at)}",
           note[:100] or "请尽快确认预约。", "/rep/inbox?tab=booking")
    return booking


def mark_seen(shop_rep: User, customer: Customer, at: datetime | None = None) -> None:
    """The customer has read every answer and reply they have in this shop."""
    at = at or utcnow()
    db.session.execute(update(Consultation).where(
        Consultation.customer_id == customer.id, Consultation.shop_rep_id == shop_rep.id,
        Consultation.answered_at.is_not(None), Consultation.seen_at.is_(None),
    ).values(seen_at=at).execution_options(synchronize_session=False))
    db.session.execute(update(Booking).where(
        Booking.customer_id == customer.id, Booking.shop_rep_id == shop_rep.id,
        Booking.replied_at.is_not(None), Booking.seen_at.is_(None),
    ).values(seen_at=at).execution_options(synchronize_session=False))


# --- the rep -----------------------------------------------------------------------------------

def answer(actor: User, consultation: Consultation, text: str,
           at: datetime | None = None) -> Consultation:
    """The owning rep answers; answering again revises the answer.

    A revision keeps the first answer's time (`answered_at`) and sets `revised_at`; either way
    the customer sees the answer as new on their next visit. The first answer is counted
    (`consultation_answered`).
    """
    require_role(actor, [ROLE_REP])
    at = at or utcnow()
    first = db.session.execute(
        update(Consultation).where(Consultation.id == consultation.id,
                                   Consultation.answered_at.is_(None))
        .values(answer=text, answered_by=actor.id, answered_at=at, seen_at=None)
        .execution_options(synchronize_session=False)).rowcount
    if first:
        record_event("consultation_answered", actor=actor, customer_id=consultation.customer_id,
                     object_type="consultation", object_id=consultation.id, at=at)
    else:
        db.session.execute(
            update(Consultation).where(Consultation.id == consultation.id)
            .values(answer=text, answered_by=actor.id, revised_at=at, seen_at=None)
            .execution_options(synchronize_session=False))
    db.session.refresh(consultation)
    return consultation


def transition(booking: Booking, action: str, actor: User | None = None, *, reply: str = "",
               at: datetime | None = None) -> Booking:
    """Move a booking by `action`: confirm, decline or done by the owning rep (`actor`), or
    cancel by the customer (`actor` None).

    The rep's reply (if any) replaces the previous one, and the customer sees the change as new.
    Raise Conflict when the booking's current state does not allow the action.
    """
    allowed_from, to_status, verb = BOOKING_TRANSITIONS[action]
    if (actor is None) != (action == "cancel"):
        raise ValueError(f"{action} is not for {'the customer' if actor is None else 'staff'}")
    at = at or utcnow()
    values = {"status": to_status}
    if to_status in CLOSED:
        values["closed_at"] = at
    first_reply = False
    if actor is not None:
        require_role(actor, [ROLE_REP])
        values.update(replied_by=actor.id, replied_at=at, seen_at=None)
        if reply:
            values["reply"] = reply
        # The rep's first action on the booking is its answer, counted once however many
        # actions race (a failed transition below rolls the claim back with the request).
        first_reply = db.session.execute(
            update(Booking).where(Booking.id == booking.id, Booking.replied_at.is_(None))
            .values(replied_at=at).execution_options(synchronize_session=False)).rowcount == 1
    moved = db.session.execute(
        update(Booking).where(Booking.id == booking.id, Booking.status.in_(allowed_from))
        .values(values).execution_options(synchronize_session=False)).rowcount
    db.session.refresh(booking)
    if moved != 1:
        raise Conflict(f"预约{BOOKING_STATUS_LABELS[booking.status]}，不能{verb}",
                       code="illegal_transition")
    if first_reply:
        record_event("booking_answered", actor=actor, customer_id=booking.customer_id,
                     object_type="booking", object_id=booking.id, at=at)
    if actor is None:
        customer = booking.customer
        notify(_owner(customer), "booking_cancelled", f"{customer_label(customer)} 取消了预约",
               f"{BOOKING_KIND_LABELS[booking.kind]} {_local(booking.starts_at)}",
               "/rep/inbox?tab=booking")
    return booking


def customer_booking(shop_rep: User, customer: Customer | None, booking_id: int) -> Booking:
    """One of the customer's own bookings in this shop, or 404."""
    booking = None if customer is None else db.session.scalar(select(Booking).where(
        Booking.id == booking_id, Booking.customer_id == customer.id,
        Booking.shop_rep_id == shop_rep.id))
    if booking is None:
        raise NotFound("预约不存在")
    return booking


# --- the knowledge base (HQ) -------------------------------------------------------------------

ARTICLE_FIELDS = ("title", "body", "kind", "keywords", "product_id", "published")


def _check_product(product_id: int | None) -> None:
    if product_id is not None and db.session.get(Product, product_id) is None:
        raise ValidationError(fields={"product_id": ["商品不存在"]})


def create_article(actor: User, **values) -> Article:
    require_role(actor, [ROLE_HQ])
    _check_product(values.get("product_id"))
    article = Article(author_id=actor.id,
                      **{k: v for k, v in values.items() if k in ARTICLE_FIELDS})
    db.session.add(article)
    db.session.flush()
    return article


def update_article(actor: User, article: Article, changes: dict) -> Article:
    require_role(actor, [ROLE_HQ])
    if "product_id" in changes:
        _check_product(changes["product_id"])
    for field in ARTICLE_FIELDS:
        if field in changes:
            setattr(article, field, changes[field])
    db.session.flush()
    return article


def delete_article(actor: User, article: Article) -> None:
    require_role(actor, [ROLE_HQ])
    db.session.delete(article)
    db.session.flush()
