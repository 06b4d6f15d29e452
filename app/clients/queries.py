"""Read side of the customer book: the list's query, and what a page of customers shows beside
each record."""

from flask_login import current_user
from sqlalchemy import Select, or_, select

from app.clients import services
from app.clients.models import CustomerFlag, CustomerRfm
from app.core.access import get_scoped_or_404, scoped, subtree_user_ids
from app.customers.models import Customer
from app.extensions import db
from app.org.models import OrgUnit


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


def customer_list(actor, filters: dict) -> Select:
    """The customers and visitors `actor` may see, latest visit first, narrowed by the book's
    filters (the list endpoint's and its export's query)."""
    query = scoped(select(Customer), Customer, actor).order_by(
        Customer.last_visit_at.desc(), Customer.id.desc())
    if "status" in filters:
        query = query.where(Customer.status == filters["status"])
    if "q" in filters:
        needle = filters["q"]
        query = query.where(or_(Customer.name.icontains(needle, autoescape=True),
                                Customer.nickname.icontains(needle, autoescape=True),
                                Customer.phone.contains(needle, autoescape=True)))
    if filters.get("tag_ids"):
        query = services.with_tags(query, filters["tag_ids"])
    if "follow_state" in filters:
        query = query.where(Customer.follow_state == filters["follow_state"])
    if "stage" in filters:
        query = query.where(Customer.stage == filters["stage"])
    if "segment" in filters:
        query = query.where(select(CustomerRfm.customer_id).where(
            CustomerRfm.customer_id == Customer.id,
            CustomerRfm.segment == filters["segment"]).exists())
    if "flag" in filters:
        query = query.where(select(CustomerFlag.customer_id).where(
            CustomerFlag.customer_id == Customer.id,
            CustomerFlag.flag == filters["flag"]).exists())
    if "stale" in filters:
        stale = services.stale_clause()
        query = query.where(stale if filters["stale"] else ~stale)
    if "unit_id" in filters:
        unit = get_scoped_or_404(OrgUnit, filters["unit_id"], actor)
        query = query.where(Customer.rep_id.in_(subtree_user_ids(unit)))
    if "product_id" in filters:
        query = query.where(Customer.id.in_(services.buyers_of(filters["product_id"])))
    return query


def customer_or_404(customer_id: int) -> Customer:
    return for_book([get_scoped_or_404(Customer, customer_id, current_user)])[0]
