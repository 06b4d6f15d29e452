"""Interactions of every kind, made through the real services and committed."""

from types import SimpleNamespace

from app.clients import services as clients
from app.clients import stages
from app.shop.services.orders import SYSTEM
from tests.clients.builders import customer
from tests.inbox.builders import answered, asked, booked, moved
from tests.shop.builders import move, order, save


def every_kind(rep, tag, name: str = "王女士") -> SimpleNamespace:
    """A customer of the rep's with one interaction of each kind: a follow-up, a question and
    its answer, a booking and its confirmation, orders placed, paid, completed, refunded,
    cancelled and expired, `tag` added and removed, and a stage set by hand."""
    buyer = customer(rep, name=name)
    follow_up = clients.log_follow_up(rep, buyer, kind="call", content="介绍新品")
    save()
    consultation = answered(rep, asked(rep, buyer, "有红色的吗？"), "有的，明天到货。")
    booking = moved(booked(rep, buyer, note="周六上午"), "confirm", actor=rep, reply="好的")
    refunded = move(order(rep, buyer), "pay", "complete", "refund", actor=rep)
    cancelled = move(order(rep, buyer), "cancel", actor=None)
    expired = move(order(rep, buyer), "expire", actor=SYSTEM, reason="超过保留时间未付款")
    clients.add_tag(rep, buyer, tag)
    clients.remove_tag(rep, buyer, tag)
    stages.set_stage(rep, buyer, "profiled", "重新评估")
    save()
    return SimpleNamespace(customer=buyer, follow_up=follow_up, consultation=consultation,
                           booking=booking, refunded=refunded, cancelled=cancelled,
                           expired=expired)
