"""What the toolbox pages read: lists in the caller's scope, the customer's pages of a coupon
and a group, and the figures per coupon and per campaign (by rep), each one aggregate."""

import json
from datetime import date

from sqlalchemy import case, func, select

from app.core.access import ROLE_REP, scoped
from app.core.cache import CheckedCache, process_cache
from app.core.company import company_zone
from app.core.db import day_bounds, utcnow
from app.core.errors import NotFound
from app.extensions import db
from app.inbox.services import customer_label
from app.marketing import schemas
from app.marketing.models import (
    SEATED,
    BuyGroup,
    CouponClaim,
    CouponTemplate,
    GroupBuy,
    GroupMember,
    GroupTransition,
)
from app.marketing.services.coupons import claim_closed, terms_text
from app.marketing.services.groups import campaign_closed
from app.org.models import User
from app.shop.models import Order, OrderDiscount, OrderLine, Product
from app.shop.queries import open_shop

PAID = ("paid", "completed")


def listed(model, actor, *, enabled: bool | None = None, q: str | None = None):
    """A list of coupons or campaigns in scope, newest first; a rep sees enabled ones only."""
    statement = scoped(select(model), model, actor).order_by(model.id.desc())
    if actor.role == ROLE_REP:
        enabled = True
    if enabled is not None:
        statement = statement.where(model.enabled.is_(enabled))
    if q:
        statement = statement.where(model.name.contains(q, autoescape=True))
    return statement


def _period(column, start: date | None, end: date | None) -> list:
    """WHERE clauses for company days start..end (either open)."""
    zone, clauses = company_zone(), []
    if start:
        clauses.append(column >= day_bounds(start, zone)[0])
    if end:
        clauses.append(column < day_bounds(end, zone)[1])
    return clauses


def _with_names(rows: list[dict]) -> list[dict]:
    names = dict(db.session.execute(select(User.id, User.name).where(
        User.id.in_({row["rep_id"] for row in rows}))).all()) if rows else {}
    for row in rows:
        row["rep_name"] = names.get(row["rep_id"], "")
    return sorted(rows, key=lambda row: (-row.get("revenue", 0), row["rep_id"]))


def _totals(rows: list[dict], keys: tuple[str, ...]) -> dict:
    return {key: sum(row[key] for row in rows) for key in keys}


def coupon_figures(actor, template: CouponTemplate, start: date | None = None,
                   end: date | None = None) -> dict:
    """Per rep who shared it (in the actor's scope, claims of the period): copies claimed,
    used on orders not closed, the discount they gave and the revenue of those orders."""
    used = CouponClaim.state == "used"
    statement = scoped(
        select(CouponClaim.rep_id, func.count().label("claimed"),
               func.sum(case((used, 1), else_=0)).label("used"),
               func.sum(case((used, CouponClaim.discount), else_=0)).label("discount"),
               func.sum(case((used & Order.status.in_(PAID), Order.paid_amount), else_=0))
               .label("revenue"))
        .outerjoin(Order, Order.id == CouponClaim.order_id)
        .where(CouponClaim.template_id == template.id,
               *_period(CouponClaim.claimed_at, start, end))
        .group_by(CouponClaim.rep_id), CouponClaim, actor)
    rows = _with_names([{key: int(value or 0) for key, value in row._mapping.items()}
                        for row in db.session.execute(statement)])
    return {"totals": _totals(rows, ("claimed", "used", "discount", "revenue")), "reps": rows}


def group_figures(actor, campaign: GroupBuy, start: date | None = None,
                  end: date | None = None) -> dict:
    """Per rep (groups opened through their links in the period, in the actor's scope): groups
    opened, succeeded, failed, members still in them, and the revenue of their paid orders."""
    groups = scoped(
        select(BuyGroup.rep_id, func.count().label("opened"),
               func.sum(case((BuyGroup.state == "succeeded", 1), else_=0)).label("succeeded"),
               func.sum(case((BuyGroup.state == "failed", 1), else_=0)).label("failed"))
        .where(BuyGroup.campaign_id == campaign.id, *_period(BuyGroup.opened_at, start, end))
        .group_by(BuyGroup.rep_id), BuyGroup, actor)
    members = scoped(
        select(BuyGroup.rep_id,
               func.sum(case((GroupMember.state.in_(SEATED), 1), else_=0)).label("members"),
               func.sum(case((Order.status.in_(PAID), Order.paid_amount), else_=0))
               .label("revenue"))
        .join(GroupMember, GroupMember.group_id == BuyGroup.id)
        .join(Order, Order.id == GroupMember.order_id)
        .where(BuyGroup.campaign_id == campaign.id, *_period(BuyGroup.opened_at, start, end))
        .group_by(BuyGroup.rep_id), BuyGroup, actor)
    by_rep = {row.rep_id: {"rep_id": row.rep_id, "opened": row.opened,
                           "succeeded": int(row.succeeded or 0), "failed": int(row.failed or 0),
                           "members": 0, "revenue": 0}
              for row in db.session.execute(groups)}
    for row in db.session.execute(members):
        by_rep[row.rep_id].update(members=int(row.members or 0), revenue=int(row.revenue or 0))
    rows = _with_names(list(by_rep.values()))
    return {"totals": _totals(rows, ("opened", "succeeded", "failed", "members", "revenue")),
            "reps": rows}


# --- the customer's pages --------------------------------------------------------------------

def validity_text(template: CouponTemplate) -> str:
    if template.valid_days:
        return f"领取后 {template.valid_days} 天内有效"
    local = template.valid_until.astimezone(company_zone())
    return f"有效期至 {local:%Y-%m-%d %H:%M}"


def public_coupon(template: CouponTemplate, customer) -> dict:
    mine = db.session.scalar(select(func.count()).select_from(CouponClaim).where(
        CouponClaim.template_id == template.id,
        CouponClaim.customer_id == customer.id)) if customer else 0
    return {"id": template.id, "name": template.name, "terms": terms_text(template),
            "description": template.description, "scope": template.scope,
            "threshold": template.threshold, "claim_until": template.claim_until,
            "validity": validity_text(template), "per_customer": template.per_customer,
            "remaining": None if template.total is None else template.total - template.claimed,
            "mine": mine, "closed": claim_closed(template, utcnow())}


def claim_brief(claim: CouponClaim) -> dict:
    return {"id": claim.id, "template_id": claim.template_id, "template": claim.template,
            "terms": terms_text(claim.template), "state": claim.state,
            "claimed_at": claim.claimed_at, "valid_from": claim.valid_from,
            "valid_until": claim.valid_until, "order_id": claim.order_id,
            "discount": claim.discount}


def face(member: GroupMember) -> dict:
    """A member as anyone sees them on a group page: the first character of a name only."""
    customer = member.customer
    name = customer.nickname or customer.name
    return {"label": f"{name[0]}**" if name else "顾客", "avatar_url": customer.avatar_url,
            "leader": member.leader}


def group_state(group: BuyGroup) -> dict:
    return {"id": group.id, "campaign_id": group.campaign_id, "state": group.state,
            "size": group.size, "seats_taken": group.seats_taken,
            "seats_left": max(group.size - group.seats_taken, 0) if group.state == "open" else 0,
            "opened_at": group.opened_at, "expires_at": group.expires_at,
            "closed_at": group.closed_at}


def public_group(group: BuyGroup) -> dict:
    """A group as anyone opening it sees it: members (who left is not shown), 还差 N 人."""
    now = utcnow()
    return {**group_state(group), "campaign": public_campaign(group.campaign, None),
            "members": [face(m) for m in group.members if m.state in SEATED],
            "joinable": (group.state == "open" and group.expires_at > now
                         and group.seats_taken < group.size)}


def group_cache() -> CheckedCache:
    return process_cache("group_pages", "PUBLIC_CACHE_SECONDS")


def group_json(code: str, group_id: int) -> bytes:
    """The public part of a group's page as JSON bytes, from the process while its version
    (its seats and state, its campaign and product as edited) has not moved: a group link
    forwarded in a WeChat group costs no query per open. 404 unless the group is of this
    shop's rep."""

    def read_version() -> tuple:
        row = db.session.execute(
            select(BuyGroup.state, BuyGroup.seats_taken, BuyGroup.seats_paid,
                   GroupBuy.updated_at, Product.updated_at)
            .join(GroupBuy, GroupBuy.id == BuyGroup.campaign_id)
            .join(Product, Product.id == GroupBuy.product_id)
            .join(User, User.id == BuyGroup.rep_id)
            .where(BuyGroup.id == group_id, *open_shop(code))).first()
        if row is None:
            raise NotFound("拼团不存在")
        return tuple(row)

    def build() -> bytes:
        payload = schemas.PublicGroupSchema().dump(public_group(db.session.get(BuyGroup,
                                                                               group_id)))
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()

    return group_cache().get(("group", code, group_id), read_version, build)[1]


def my_seat(group_id: int, customer) -> dict | None:
    """The visitor's latest seat in the group."""
    if customer is None:
        return None
    row = db.session.execute(select(GroupMember.state, GroupMember.order_id).where(
        GroupMember.group_id == group_id, GroupMember.customer_id == customer.id)
        .order_by(GroupMember.id.desc()).limit(1)).first()
    return {"state": row.state, "order_id": row.order_id} if row else None


def public_campaign(campaign: GroupBuy, rep) -> dict:
    """The campaign page; with `rep`, the open groups of their shop a visitor may join."""
    now = utcnow()
    open_groups = []
    if rep is not None:
        open_groups = [
            {**group_state(g), "members": [face(m) for m in g.members if m.state in SEATED]}
            for g in db.session.scalars(
                select(BuyGroup).where(BuyGroup.campaign_id == campaign.id,
                                       BuyGroup.rep_id == rep.id, BuyGroup.state == "open",
                                       BuyGroup.expires_at > now,
                                       BuyGroup.seats_taken < BuyGroup.size)
                .order_by((BuyGroup.size - BuyGroup.seats_taken), BuyGroup.expires_at)
                .limit(10))]
    return {"id": campaign.id, "name": campaign.name, "description": campaign.description,
            "product": campaign.product, "group_size": campaign.group_size,
            "group_price": campaign.group_price, "fill_hours": campaign.fill_hours,
            "ends_at": campaign.ends_at, "stock_left": campaign.stock_left,
            "new_customers_only": campaign.new_customers_only,
            "closed": campaign_closed(campaign, now), "open_groups": open_groups}


def my_group(member: GroupMember) -> dict:
    group = member.group
    return {"id": member.id, "state": member.state, "order_id": member.order_id,
            "joined_at": member.joined_at, "unseen": member.seen_at is None
            and group.state != "open", "group": group_state(group),
            "campaign_name": group.campaign.name, "product": group.campaign.product,
            "group_price": group.campaign.group_price}


def staff_group(group: BuyGroup, detail: bool = False) -> dict:
    row = {**group_state(group), "rep_id": group.rep_id, "campaign_name": group.campaign.name,
           "seats_paid": group.seats_paid, "virtual": group.virtual}
    if detail:
        row["members"] = [{"id": m.id, "customer_id": m.customer_id,
                           "customer_label": customer_label(m.customer), "order_id": m.order_id,
                           "state": m.state, "leader": m.leader, "joined_at": m.joined_at,
                           "left_at": m.left_at} for m in group.members]
        row["transitions"] = list(db.session.scalars(
            select(GroupTransition).where(GroupTransition.group_id == group.id)
            .order_by(GroupTransition.id)))
    return row


# --- HQ's figures by content plan and product role -------------------------------------------

CONTENT_DIMENSIONS = ("content_kind", "scene_channel", "scene_frequency", "scene_aim")


def _by_dimension(play: str, rows) -> list[dict]:
    """Rows of (the four content fields, count, done, revenue) summed per dimension's value."""
    sums: dict[tuple[str, str], list[int]] = {}
    for row in rows:
        for dimension in CONTENT_DIMENSIONS:
            figures = sums.setdefault((dimension, getattr(row, dimension)), [0, 0, 0])
            for i, value in enumerate((row.count, row.done, row.revenue)):
                figures[i] += int(value or 0)
    return [{"play": play, "dimension": dimension, "key": key, "count": count, "done": done,
             "revenue": revenue}
            for (dimension, key), (count, done, revenue) in sorted(sums.items())]


def play_figures(actor, start: date | None = None, end: date | None = None) -> dict:
    """Coupons (claims, used, their orders' revenue) and group-buys (groups, succeeded, their
    members' revenue) of the period in the actor's scope, by content kind and scene; and the
    paid orders each play fed, by the role of the products in them."""
    content = [getattr(CouponTemplate, d) for d in CONTENT_DIMENSIONS]
    used = CouponClaim.state == "used"
    coupons = db.session.execute(scoped(
        select(*content, func.count().label("count"),
               func.sum(case((used, 1), else_=0)).label("done"),
               func.sum(case((used & Order.status.in_(PAID), Order.paid_amount), else_=0))
               .label("revenue"))
        .join(CouponTemplate, CouponTemplate.id == CouponClaim.template_id)
        .outerjoin(Order, Order.id == CouponClaim.order_id)
        .where(*_period(CouponClaim.claimed_at, start, end)).group_by(*content),
        CouponClaim, actor))
    content = [getattr(GroupBuy, d) for d in CONTENT_DIMENSIONS]
    paid = (select(func.coalesce(func.sum(Order.paid_amount), 0))
            .join(GroupMember, GroupMember.order_id == Order.id)
            .where(GroupMember.group_id == BuyGroup.id, Order.status.in_(PAID))
            .scalar_subquery())
    groups = db.session.execute(scoped(
        select(*content, func.count().label("count"),
               func.sum(case((BuyGroup.state == "succeeded", 1), else_=0)).label("done"),
               func.sum(paid).label("revenue"))
        .join(GroupBuy, GroupBuy.id == BuyGroup.campaign_id)
        .where(*_period(BuyGroup.opened_at, start, end)).group_by(*content), BuyGroup, actor))
    return {"content": _by_dimension("coupon", coupons) + _by_dimension("group_buy", groups),
            "roles": _roles(actor, start, end)}


def _roles(actor, start: date | None, end: date | None) -> list[dict]:
    """Per play and product role: paid orders the play priced and what their lines of that
    role brought (each line's share of the total)."""
    rows = []
    for play in ("coupon", "group_buy"):
        priced = select(OrderDiscount.id).where(OrderDiscount.order_id == Order.id,
                                                OrderDiscount.source == play).exists()
        statement = scoped(
            select(Product.role, func.count(func.distinct(Order.id)).label("orders"),
                   func.sum(OrderLine.net_amount).label("revenue"))
            .join(OrderLine, OrderLine.order_id == Order.id)
            .join(Product, Product.id == OrderLine.product_id)
            .where(Order.status.in_(PAID), priced, *_period(Order.placed_at, start, end))
            .group_by(Product.role), Order, actor)
        rows += [{"play": play, "role": row.role, "orders": row.orders,
                  "revenue": int(row.revenue or 0)} for row in db.session.execute(statement)]
    return rows
