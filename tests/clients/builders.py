"""Customer-book data built through the services and committed, so HTTP requests see it."""

from sqlalchemy import select

from app.clients import services
from app.clients.models import Tag, TagGroup
from app.customers.models import Customer
from app.extensions import db
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
