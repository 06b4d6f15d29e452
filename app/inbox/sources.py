"""What the inbox adds to the customer book's registries: consultations and bookings on every
customer's timeline, and those waiting for the rep on today's list."""

from datetime import datetime

from sqlalchemy import or_, select

from app.clients import timeline, today
from app.core.company import company_zone
from app.customers.models import Customer
from app.extensions import db
from app.inbox.models import Booking, Consultation
from app.inbox.services import BOOKING_KIND_LABELS, BOOKING_STATUS_LABELS

OPEN_BOOKINGS = ("requested", "confirmed")


# --- the timeline ------------------------------------------------------------------------------

def _consultation_items(ids):
    return {c.id: timeline.item("consultation", c.created_at,
                                "咨询（已回复）" if c.answered_at else "咨询（待回复）",
                                timeline.lines(c.question, c.answer and f"回复：{c.answer}"),
                                c.answerer, "consultation", c.id)
            for c in db.session.scalars(select(Consultation)
                                        .where(Consultation.id.in_(ids)))}


def _booking_items(ids):
    zone = company_zone()
    return {b.id: timeline.item("booking", b.created_at,
                                f"预约{BOOKING_KIND_LABELS.get(b.kind, '')}",
                                timeline.lines(timeline.when(b.starts_at.astimezone(zone)),
                                               BOOKING_STATUS_LABELS.get(b.status, b.status),
                                               b.note, b.reply and f"回复：{b.reply}"),
                                b.replier, "booking", b.id)
            for b in db.session.scalars(select(Booking).where(Booking.id.in_(ids)))}


# --- today's list ------------------------------------------------------------------------------

def _waited(since: datetime, now: datetime) -> tuple[str, int]:
    """How long a customer has waited, in words, and in whole hours."""
    minutes = max(int((now - since).total_seconds() // 60), 0)
    if minutes < 1:
        return "不到 1 分钟", 0
    if minutes < 60:
        return f"{minutes} 分钟", 0
    if minutes < 48 * 60:
        return f"{minutes // 60} 小时", minutes // 60
    return f"{minutes // 1440} 天", minutes // 60


def _unanswered(t: today.Today):
    rows = db.session.execute(t.mine(
        select(Consultation.id, Consultation.customer_id, Consultation.question,
               Consultation.created_at)
        .join(Customer, Customer.id == Consultation.customer_id)
        .where(Consultation.answered_at.is_(None))
        .order_by(Consultation.created_at, Consultation.id)))
    for consultation_id, customer_id, question, asked_at in rows:
        words, hours = _waited(asked_at, t.now)
        yield customer_id, today.Reason("consultation",
                                        f"咨询未回复 {words}：{today.short(question)}",
                                        today.score("consultation", hours), "consultation",
                                        consultation_id, asked_at)


def _open_bookings(t: today.Today):
    rows = db.session.execute(t.mine(
        select(Booking.id, Booking.customer_id, Booking.kind, Booking.status,
               Booking.starts_at)
        .join(Customer, Customer.id == Booking.customer_id)
        .where(Booking.status.in_(OPEN_BOOKINGS), Booking.starts_at >= t.start,
               or_(Booking.starts_at < t.end, Booking.status == "requested"))
        .order_by(Booking.starts_at, Booking.id)))
    for booking_id, customer_id, kind, status, starts_at in rows:
        what = BOOKING_KIND_LABELS.get(kind, "预约")
        if starts_at < t.end:
            pending = "（待确认）" if status == "requested" else ""
            reason = today.Reason("booking_today",
                                  f"今天 {today.clock(starts_at, t.zone)} {what}{pending}",
                                  today.score("booking_today"))
        else:
            local = starts_at.astimezone(t.zone)
            reason = today.Reason(
                "booking_pending", f"预约待确认：{local.month}月{local.day}日 {local:%H:%M} {what}",
                today.score("booking_pending"))
        reason.ref_type, reason.ref_id, reason.at = "booking", booking_id, starts_at
        yield customer_id, reason


# Filled at import, once per process: create_app() imports this module.
timeline.register_source("booking", timeline.Source(
    Booking, Booking.created_at, lambda cid: Booking.customer_id == cid, _booking_items,
    "booking"))
timeline.register_source("consultation", timeline.Source(
    Consultation, Consultation.created_at, lambda cid: Consultation.customer_id == cid,
    _consultation_items, "consultation"))
today.register_source(_unanswered, {"consultation": (95, 1, 20)})  # per hour waiting
today.register_source(_open_bookings, {"booking_today": (90, 0, 0),
                                       "booking_pending": (75, 0, 0)})
