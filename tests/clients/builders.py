"""Customer-book data built through the services and committed, so HTTP requests see it."""

from datetime import timedelta

from sqlalchemy import select

from app.clients import services
from app.clients.models import (
    STAGES,
    CustomerFlag,
    CustomerRfm,
    CustomerTag,
    StageChange,
    Tag,
    TagGroup,
)
from app.clients.services import STALE_CLOCK
from app.core.company import get_company
from app.customers.models import Customer
from app.extensions import db
from app.org.models import User
from tests.shop.builders import customer_of, save


def vocabulary(hq, groups: dict[str, list[str]]) -> dict[str, Tag]:
    """HQ's tag groups and their tags, e.g. {"阶段": ["意向", "成交"]}; tags by name."""
    tags = {}
    for order, (group_name, tag_names) in enumerate(groups.items()):
        group = services.create_group(hq, group_name, sort_order=order)
        for tag_order, name in enumerate(tag_names):
            tags[name] = services.create_tag(hq, group.id, name, sort_order=tag_order)
    save()
    return tags


def group_named(name: str) -> TagGroup:
    return db.session.scalars(select(TagGroup).where(TagGroup.name == name)).one()


def customer(rep, **profile) -> Customer:
    """A visitor of the rep's shop, with profile fields set as the rep would have edited them."""
    made = customer_of(rep)
    for field, value in profile.items():
        setattr(made, field, value)
    save()
    return made


def tagged(rep, customer_: Customer, *tags: Tag) -> Customer:
    """The rep puts each tag on the customer."""
    for tag in tags:
        services.add_tag(rep, customer_, tag)
    save()
    return customer_


def book_facts(now) -> list[dict]:
    """Each customer as the insight figures see them, worked out in Python from the raw rows
    (customers, their rep's unit, stage changes, RFM rows, flags, tags) for tests to count."""
    unit_of = dict(db.session.execute(select(User.id, User.org_unit_id)).all())
    reached: dict[int, set[str]] = {}
    for change in db.session.scalars(select(StageChange)):
        reached.setdefault(change.customer_id, set()).add(change.to_stage)
    segments = dict(db.session.execute(select(CustomerRfm.customer_id, CustomerRfm.segment)).all())
    flags, tags = {}, {}
    for row in db.session.scalars(select(CustomerFlag)):
        flags.setdefault(row.customer_id, set()).add(row.flag)
    for row in db.session.scalars(select(CustomerTag)):
        tags.setdefault(row.customer_id, set()).add(row.tag_id)
    stale_since = now - timedelta(days=get_company().stale_customer_days)
    facts = []
    for record in db.session.scalars(select(Customer).order_by(Customer.id)):
        stages = reached.get(record.id, set()) | {record.stage}
        clock = next(getattr(record, c) for c in STALE_CLOCK if getattr(record, c))
        facts.append({"id": record.id, "rep_id": record.rep_id,
                      "unit_id": unit_of[record.rep_id], "stage": record.stage,
                      "peak": max(stages, key=STAGES.index),
                      "segment": segments.get(record.id), "flags": flags.get(record.id, set()),
                      "tags": tags.get(record.id, set()), "stale": clock < stale_since})
    return facts
