"""Consultations, bookings and articles built through the services and committed, so HTTP
requests see them."""

from datetime import timedelta

from app.core.db import utcnow
from app.inbox import services
from tests.shop.builders import customer_of, save


def asked(rep, customer=None, question: str = "这款有现货吗？", product=None):
    """A question asked on the rep's shop page (by a new visitor unless given)."""
    consultation = services.ask(rep, customer or customer_of(rep), question, product)
    save()
    return consultation


def answered(rep, consultation, text: str = "有现货，今天下单明天到。"):
    services.answer(rep, consultation, text)
    save()
    return consultation


def booked(rep, customer=None, kind: str = "visit", starts_at=None, note: str = ""):
    """A booking made on the rep's shop page for tomorrow (by a new visitor unless given)."""
    booking = services.book(rep, customer or customer_of(rep), kind,
                            starts_at or utcnow() + timedelta(days=1), note)
    save()
    return booking


def moved(booking, *actions: str, actor, reply: str = ""):
    """Take the booking through the actions, as `actor` (None: the customer)."""
    for action in actions:
        services.transition(booking, action, actor, reply=reply)
        save()
    return booking


def article(hq, title: str = "如何清洗咖啡机", body: str = "每周用除垢剂清洗一次。", **values):
    made = services.create_article(hq, title=title, body=body,
                                   **{"kind": "qa", "keywords": "", **values})
    save()
    return made
