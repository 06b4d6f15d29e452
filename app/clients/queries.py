"""Read side of the customer book: what a page of customers shows beside each record."""

from flask_login import current_user
from sqlalchemy import select

from app.clients import services
from app.clients.models import CustomerFlag, CustomerRfm
from app.core.access import get_scoped_or_404
from app.customers.models import Customer
from app.extensions import db


def for_book(customers: list[Customer]) -> list[Customer]:
    """Attach what the book shows beside the record, a query each for the whole page: tags,
    RFM segment and flags; and the stale flag."""
    ids = [c.id for c in customers]
    tags = services.tags_of(ids)
    scores = {r.customer_id: r for r in db.session.scalars(
        select(CustomerRfm).where(CustomerRfm.customer_id.in_(ids)))} if ids else {}
    flags: dict[int, list[str]] = {}
    for customer_id, flag in db.session.execute(
            select(CustomerFlag.customer_id, CustomerFlag.flag)
            .where(CustomerFlag.customer_id.in_(ids))).all() if ids else []:
        flags.setdefault(customer_id, []).append(flag)
    since = services.stale_since()
    for customer in customers:
        customer.applied_tags = tags.get(customer.id, [])
        customer.rfm = scores.get(customer.id)
        customer.flags = sorted(flags.get(customer.id, []))
        customer.is_stale = services.is_stale(customer, since)
    return customers


def customer_or_404(customer_id: int) -> Customer:
    return for_book([get_scoped_or_404(Customer, customer_id, current_user)])[0]
