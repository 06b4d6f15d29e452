"""Shares, visits and customer ownership.

A rep's share creates a share token; opening its link records a visit, and finds or makes the
visitor's customer record (app.customers) as the link brings them. Each visitor gets a child
token of their own, put in the address they forward, so a friend they bring is credited to the
same rep with the visitor as referrer.
"""

import secrets
from dataclasses import dataclass

from sqlalchemy import select, update

from app.core.access import ROLE_REP, require_role
from app.core.company import company_zone
from app.core.db import insert_if_absent, local_day, utcnow
from app.core.events import declare_metric, record_event, register_metrics
from app.customers import services as customers
from app.customers.models import Customer
from app.extensions import db
from app.shop import shareables
from app.shop.models import ShareToken, VisitorDay

declare_metric("share", "分享")
declare_metric("visit", "访问")
declare_metric("visitor", "访客")
register_metrics("visit", lambda event: {"visit": 1,
                                         "visitor": 1 if event.attrs.get("first_today") else 0})


def new_token() -> str:
    return secrets.token_urlsafe(9)  # 12 characters, 72 bits: unguessable, short in a link


def share_path(share: ShareToken, shop_code: str) -> str:
    """The page a share token opens, with the token in it."""
    return f"{shareables.path_of(share.object_type, shop_code, share.object_id)}?t={share.token}"


def create_share(rep, object_type: str, object_id: int | None, channel: str) -> ShareToken:
    """A new root share token for the rep, counted as one share."""
    require_role(rep, [ROLE_REP])
    shareables.check(rep, object_type, object_id)
    share = ShareToken(token=new_token(), rep_id=rep.id, object_type=object_type,
                       object_id=object_id, channel=channel)
    db.session.add(share)
    db.session.flush()
    record_event("share", actor=rep, object_type=object_type, object_id=object_id,
                 attrs={"share_id": share.id, "channel": channel})
    return share


def token_of(rep, token: str | None) -> ShareToken | None:
    """The share token if it is one of this rep's; a foreign or unknown token is ignored."""
    if not token:
        return None
    share = db.session.scalar(select(ShareToken).where(ShareToken.token == token))
    return share if share is not None and share.rep_id == rep.id else None


def referrer_of(share: ShareToken | None, customer: Customer) -> int | None:
    """Who brought the customer through this link: none when it is their own forward."""
    if share is None or share.referrer_id == customer.id:
        return None
    return share.referrer_id


def customer_for(rep, anon_id: str | None, share: ShareToken | None) -> tuple[Customer, bool]:
    """The visitor's customer record (customers.services.customer_for) as this link brings them."""
    return customers.customer_for(rep, anon_id, source_share_id=share.id if share else None,
                                  referrer_id=share.referrer_id if share else None)


def forward_token(rep, customer: Customer, parent: ShareToken | None, object_type: str,
                  object_id: int | None) -> ShareToken:
    """The visitor's own token for this page: what they forward carries them as referrer."""
    share = db.session.scalar(select(ShareToken).where(
        ShareToken.rep_id == rep.id, ShareToken.referrer_id == customer.id,
        ShareToken.object_type == object_type,
        ShareToken.object_id.is_(None) if object_id is None else ShareToken.object_id == object_id,
    ).limit(1))
    if share is None:
        share = ShareToken(token=new_token(), rep_id=rep.id, referrer_id=customer.id,
                           parent_id=parent.id if parent else None, object_type=object_type,
                           object_id=object_id, channel="forward")
        db.session.add(share)
        db.session.flush()
    return share


@dataclass
class Visit:
    customer: Customer
    share: ShareToken | None
    forward: ShareToken
    new_visitor: bool
    first_today: bool


def record_visit(rep, *, anon_id: str | None, token: str | None, object_type: str,
                 object_id: int | None) -> Visit:
    """A page of the rep's shop was opened (the shop, a product, or what another package
    registered as shareable): find or make the customer, log and count the visit."""
    shareables.check(rep, object_type, object_id)
    share = token_of(rep, token)
    customer, created = customer_for(rep, anon_id, share)
    referrer_id = referrer_of(share, customer)
    now = utcnow()
    db.session.execute(update(Customer).where(Customer.id == customer.id)
                       .values(visit_count=Customer.visit_count + 1, last_visit_at=now))
    day = local_day(now, company_zone())
    first_today = insert_if_absent(db.session, VisitorDay,
                                   {"day": day, "rep_id": rep.id, "customer_id": customer.id})
    record_event("visit", rep=rep, customer_id=customer.id, object_type=object_type,
                 object_id=object_id, at=now,
                 attrs={"share_id": share.id if share else None,
                        "referrer_id": referrer_id,
                        "channel": share.channel if share else None,
                        "first_today": first_today, "new": created})
    forward = forward_token(rep, customer, share, object_type, object_id)
    db.session.refresh(customer)
    return Visit(customer, share, forward, created, first_today)


def adopt_customer(rep, customer: Customer, name: str, phone: str | None = None) -> Customer:
    """The rep turns a visitor into a named customer (one tap in the radar)."""
    require_role(rep, [ROLE_REP])
    customer.name = name
    if phone is not None:
        customer.phone = phone
    customers.convert(customer, "radar", actor=rep)
    db.session.flush()
    return customer
