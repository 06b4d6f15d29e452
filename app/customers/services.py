"""Finding, making and owning customers: the rules every package that meets a visitor shares.

A visitor is known by an anonymous id (later a WeChat openid) and becomes a customer of the rep
whose link first brought them (`CUSTOMER_OWNERSHIP`: `first_touch`, or `last_touch` to move
them to the rep of each new visit). Every first sight and every move is an event.
"""

import secrets

from flask import current_app
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.core.db import utcnow
from app.core.events import declare_metric, record_event
from app.customers.models import Customer
from app.extensions import db
from app.org.models import User

declare_metric("visitor_new", "新访客")
declare_metric("customer_new", "新客户")
declare_metric("customer_transfer", "客户转入")


def find_customer(anon_id: str | None) -> Customer | None:
    if not anon_id:
        return None
    return db.session.scalar(select(Customer).where(Customer.anon_id == anon_id))


def new_anon_id() -> str:
    return secrets.token_urlsafe(16)


def customer_for(rep: User, anon_id: str | None, *, source_share_id: int | None = None,
                 referrer_id: int | None = None) -> tuple[Customer, bool]:
    """The visitor's customer record, made on first sight and owned by the rep who brought them.

    Returns (customer, created). `source_share_id` and `referrer_id` say which link brought a
    new visitor and which customer forwarded it. With CUSTOMER_OWNERSHIP = "last_touch" a
    returning visitor moves to `rep`; with "first_touch" (the default) they stay.
    """
    customer = find_customer(anon_id)
    if customer is None:
        now = utcnow()
        customer = Customer(rep_id=rep.id, anon_id=anon_id or new_anon_id(),
                            source_share_id=source_share_id, referrer_id=referrer_id,
                            first_visit_at=now, last_visit_at=now, visit_count=0)
        if anon_id is None:  # an id minted just now: no other request can be making it
            db.session.add(customer)
            db.session.flush()
        else:
            try:
                with db.session.begin_nested():
                    db.session.add(customer)
            except IntegrityError:  # the same visitor's first visit, in another tab, won
                customer = find_customer(anon_id)
                if customer is None:
                    raise
                return _owned(customer, rep)
        record_event("visitor_new", rep=rep, customer_id=customer.id,
                     object_type="customer", object_id=customer.id)
        return customer, True
    return _owned(customer, rep)


def _owned(customer: Customer, rep: User) -> tuple[Customer, bool]:
    """A returning visitor: with CUSTOMER_OWNERSHIP = "last_touch", moved to `rep`."""
    if customer.rep_id != rep.id and current_app.config["CUSTOMER_OWNERSHIP"] == "last_touch":
        previous = customer.rep_id
        customer.rep_id = rep.id
        record_event("customer_transfer", rep=rep, customer_id=customer.id,
                     object_type="customer", object_id=customer.id,
                     attrs={"from_rep_id": previous, "rule": "last_touch"})
    return customer, False


def convert(customer: Customer, via: str, *, actor: User | None = None,
            attrs: dict | None = None) -> bool:
    """A visitor becomes a customer (the rep adopted them, they ordered): once, counted for
    the rep who owns them. Returns whether this call converted them."""
    if customer.status == "customer":
        return False
    customer.status = "customer"
    customer.converted_at = utcnow()
    record_event("customer_new", actor=actor, rep=db.session.get(User, customer.rep_id),
                 customer_id=customer.id, object_type="customer", object_id=customer.id,
                 attrs={"via": via, **(attrs or {})})
    return True
