"""Shop data built through the services and committed, so HTTP requests see it.

Plain functions rather than factories: shelves, visits and orders have rules (stock, ownership,
transitions) that only the services apply.
"""

from contextlib import contextmanager

from sqlalchemy import select

from app.core.company import company_zone
from app.core.db import local_day, utcnow
from app.core.models import ActivityEvent, DailyCounter
from app.customers.models import Customer
from app.extensions import db
from app.shop.models import Order, ShareToken, ShelfItem
from app.shop.services import orders, shelves, visits
from tests.factories import ProductFactory

_batched = False


@contextmanager
def batch():
    """Build many things in one transaction, committed once at the end: faster fixtures."""
    global _batched
    _batched = True
    try:
        yield
        db.session.commit()
    finally:
        _batched = False


def save() -> None:
    if _batched:
        db.session.flush()
    else:
        db.session.commit()


def shelve(rep, product, featured: bool = False) -> ShelfItem:
    item = shelves.add_to_shelf(rep, product.id, featured)
    save()
    return item


def share(rep, product=None, channel: str = "link") -> ShareToken:
    token = visits.create_share(rep, "product" if product else "shop",
                                product.id if product else None, channel)
    save()
    return token


def visit(rep, *, anon_id: str | None = None, token: str | None = None,
          product=None) -> visits.Visit:
    """A visitor opens the rep's shop (or a product page of it)."""
    opened = visits.record_visit(rep, anon_id=anon_id, token=token,
                                 object_type="product" if product else "shop",
                                 object_id=product.id if product else None)
    save()
    return opened


def customer_of(rep, **kwargs) -> Customer:
    """A new visitor of the rep's shop."""
    return visit(rep, **kwargs).customer


def order(rep, customer: Customer, product=None, quantity: int = 1, **kwargs) -> Order:
    """A pickup order of one product (a new one unless given) placed by the customer."""
    product = product or ProductFactory()
    kwargs.setdefault("fulfilment", "pickup")
    placed = orders.place_order(rep, customer, items=[{"product_id": product.id,
                                                       "quantity": quantity}],
                                contact_name=kwargs.pop("contact_name", "顾客"),
                                contact_phone=kwargs.pop("contact_phone", "13900000000"),
                                **kwargs)
    save()
    return placed


def move(order_: Order, *actions: str, actor, reason: str = "测试") -> Order:
    """Take the order through the actions, as `actor` (None: the customer)."""
    for action in actions:
        orders.transition(order_, action, actor, reason=reason)
        save()
    return order_


def completed_order(rep, customer: Customer | None = None, **kwargs) -> Order:
    customer = customer or customer_of(rep)
    return move(order(rep, customer, **kwargs), "pay", "complete", actor=rep)


def visitor(app):
    """An anonymous phone with its own cookies and a CSRF token."""
    client = app.test_client()
    client.fetch_csrf()
    return client


def today():
    return local_day(utcnow(), company_zone())


def counters(rep, day=None) -> dict[str, int]:
    day = day or today()
    return {c.metric: c.value for c in db.session.scalars(
        select(DailyCounter).where(DailyCounter.rep_id == rep.id, DailyCounter.day == day))}


def events(verb: str) -> list[ActivityEvent]:
    return list(db.session.scalars(select(ActivityEvent).where(ActivityEvent.verb == verb)
                                   .order_by(ActivityEvent.id)))
