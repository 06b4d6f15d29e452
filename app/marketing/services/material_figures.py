"""Figures of the materials for HQ and bosses: what reps shared, what customers opened, for how
long, who was new, and the orders that followed.

Over a period of company days and the caller's scope: HQ all the work, a boss the work of
their subtree (an open by the rep's unit then, a share by the reps now in it), over the
materials the caller may see. Each figure is an aggregate with GROUP BY (a material, a content
kind, a scene; or none for the totals), three statements per grouping whatever the number of
materials, and each customer and order is counted once per group: a customer who opened two
product materials is one opener of 产品内容.

The orders that followed: paid or completed orders of an opener placed in the 7 days after
their first open (of the group's materials) in the period.
"""

from datetime import date, timedelta

from sqlalchemy import and_, case, distinct, func, select

from app.clients.stages import PAID
from app.core.access import scoped
from app.core.api import paginate
from app.core.company import company_zone
from app.core.db import day_bounds, local_day, utcnow, whole_days_between
from app.extensions import db
from app.marketing.models import (
    CONTENT_KINDS,
    SCENE_AIMS,
    SCENE_CHANNELS,
    SCENE_FREQUENCIES,
    Material,
    MaterialOpen,
)
from app.marketing.services import materials
from app.shop.models import Order, ShareToken

FOLLOWING_DAYS = 7
DEFAULT_DAYS = 30
FIGURES = ("shares", "opens", "openers", "new_customers", "seconds_total", "seconds_average",
           "orders", "revenue")
SCENES = {"channel": (Material.scene_channel, SCENE_CHANNELS),
          "frequency": (Material.scene_frequency, SCENE_FREQUENCIES),
          "aim": (Material.scene_aim, SCENE_AIMS)}


def period(start: date | None, end: date | None) -> tuple[date, date]:
    """The period asked for: by default the 30 days up to today (company days)."""
    end = end or (local_day(utcnow(), company_zone()) if start is None
                  else start + timedelta(days=DEFAULT_DAYS - 1))
    return start or end - timedelta(days=DEFAULT_DAYS - 1), end


def _empty() -> dict:
    return dict.fromkeys(FIGURES, 0)


def grouped(actor, start: date, end: date, key=None, where=()) -> dict:
    """The figures by value of `key` (a Material column; None: one group, keyed None) over the
    materials the actor may see that match `where`."""
    zone = company_zone()
    since, until = day_bounds(start, zone)[0], day_bounds(end, zone)[1]
    keys = [key] if key is not None else []
    of_materials = (materials.visible(actor), *where)

    def over(model, at, object_id, *columns):
        """A select of `columns` over the actor's rows of `model` of the period, joined to
        their material."""
        return (scoped(select(*columns).select_from(model), model, actor)
                .join(Material, Material.id == object_id)
                .where(at >= since, at < until, *of_materials))

    def by_key(query, *more):
        return query.group_by(*keys, *more) if keys or more else query

    shares = by_key(over(ShareToken, ShareToken.created_at, ShareToken.object_id,
                         *keys, func.count(ShareToken.id))
                    .where(ShareToken.object_type == "material",
                           ShareToken.referrer_id.is_(None)))
    opened = (MaterialOpen, MaterialOpen.opened_at, MaterialOpen.material_id)
    opens = by_key(over(*opened, *keys, func.count(MaterialOpen.id),
                        func.count(distinct(MaterialOpen.customer_id)),
                        func.count(distinct(case((MaterialOpen.new_customer,
                                                  MaterialOpen.customer_id)))),
                        func.coalesce(func.sum(MaterialOpen.seconds), 0)))
    firsts = by_key(over(*opened, *(k.label("key") for k in keys), MaterialOpen.customer_id,
                         func.min(MaterialOpen.opened_at).label("first_at")),
                    MaterialOpen.customer_id).subquery("firsts")
    first_keys = [firsts.c.key] if keys else []
    followed = select(*first_keys, func.count(Order.id),
                      func.coalesce(func.sum(Order.paid_amount), 0)).select_from(firsts).join(
        Order, and_(Order.customer_id == firsts.c.customer_id, Order.status.in_(PAID),
                    Order.placed_at >= firsts.c.first_at,
                    whole_days_between(Order.placed_at, firsts.c.first_at) < FOLLOWING_DAYS))
    if keys:
        followed = followed.group_by(*first_keys)

    figures: dict = {}

    def row(group) -> dict:
        return figures.setdefault(group[0] if keys else None, _empty())

    for *group, count in db.session.execute(shares):
        row(group)["shares"] = count
    for *group, count, openers, new, seconds in db.session.execute(opens):
        row(group).update(opens=count, openers=openers, new_customers=new,
                          seconds_total=seconds,
                          seconds_average=round(seconds / count) if count else 0)
    for *group, count, revenue in db.session.execute(followed):
        if count:
            row(group).update(orders=count, revenue=revenue)
    return figures


def of_material(actor, material: Material, start: date, end: date) -> dict:
    """One material's figures (a material out of the actor's sight is the route's 404)."""
    return grouped(actor, start, end, where=(Material.id == material.id,)).get(None, _empty())


def _groups(found: dict, keys) -> list[dict]:
    return [{"key": key, "figures": found.get(key, _empty())} for key in keys]


def summary(actor, filters: dict, start: date, end: date, page: int, per_page: int) -> dict:
    """A page of the listed materials with their figures, and the figures of every listed
    material in all, by content kind and by scene."""
    listing = materials.listing(actor, filters)
    where = (Material.id.in_(listing.with_only_columns(Material.id).order_by(None)),)
    found = paginate(listing, {"page": page, "per_page": per_page})
    ids = [m.id for m in found["items"]]
    per_material = grouped(actor, start, end, Material.id, (Material.id.in_(ids),)) \
        if ids else {}
    return {**found,
            "items": [{"material": m, "figures": per_material.get(m.id, _empty())}
                      for m in found["items"]],
            "period": {"start": start, "end": end},
            "totals": grouped(actor, start, end, where=where).get(None, _empty()),
            "by_content_kind": _groups(grouped(actor, start, end, Material.content_kind, where),
                                       CONTENT_KINDS),
            "by_scene": {name: _groups(grouped(actor, start, end, column, where), keys)
                         for name, (column, keys) in SCENES.items()}}
