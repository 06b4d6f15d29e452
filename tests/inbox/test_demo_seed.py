"""The demo's inbox: a knowledge base, and rep01's customers' questions and bookings."""

from datetime import timedelta

from sqlalchemy import select

from app.core.company import company_zone
from app.core.db import local_day, utcnow
from app.core.events import check_counters
from app.core.models import Notification
from app.inbox.models import Article, Booking, Consultation
from app.org.models import User


def test_the_demo_has_articles_questions_and_a_booking_for_today(demo, db):
    rep = db.session.scalar(select(User).where(User.username == "rep01"))

    articles = db.session.scalars(select(Article)).all()
    assert len(articles) >= 12
    assert {a.kind for a in articles} == {"qa", "know_how"}
    assert [a.title for a in articles if not a.published] == ["年货节活动规则（草稿）"]
    questions = db.session.scalars(select(Consultation).where(
        Consultation.shop_rep_id == rep.id)).all()
    assert {q.answer is None for q in questions} == {True, False}
    assert all(q.customer.rep_id == rep.id and q.customer.stage != "profiled" for q in questions)
    bookings = db.session.scalars(select(Booking).where(Booking.shop_rep_id == rep.id)).all()
    assert {b.status for b in bookings} == {"requested", "confirmed", "done"}
    # the demo's reps are not left with a pile of notices: they have read what their weeks
    # brought (the inbox shows the questions and bookings), only the welcome waits
    unread = db.session.scalars(select(Notification.kind).where(
        Notification.recipient_id == rep.id, Notification.read_at.is_(None))).all()
    assert unread == ["welcome"]
    kinds = set(db.session.scalars(select(Notification.kind).where(
        Notification.recipient_id == rep.id)))
    assert {"consultation_new", "booking_new", "order_new"} <= kinds
    # and the counters agree with the events, today's included
    today = local_day(utcnow(), company_zone())
    assert check_counters(today, repair=False)["drift"] == []
    # and the requested visit is today's (16:00, or half an hour from now when that is later)
    [requested] = [b for b in bookings if b.status == "requested"]
    assert utcnow() < requested.starts_at < utcnow() + timedelta(hours=17)
