"""Coupons: HQ's (or a boss's) templates, customers' claims from a rep's link, and their use
at checkout through shop's pricing seam.

A claim takes one of the template's copies by a conditional UPDATE (`claimed < total`), with
the customer's row locked while their claims of it are counted, so neither the total nor the
per-customer limit can be passed by parallel claims. At checkout the `coupon` adjuster checks
the claim (owner, state, validity, threshold, scope, the shop) and marks it used by a
conditional UPDATE on its state, so one coupon pays for one order only; when that order is
cancelled, refunded or expires, shop calls `release()` once and the coupon comes back while it
is still valid (or is expired). A job expires unused coupons past their validity.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from marshmallow import Schema, fields, validate
from marshmallow import ValidationError as SchemaError
from sqlalchemy import case, func, select, update

from app.core.access import ROLE_BOSS, ROLE_HQ, require_role
from app.core.api import MAX_BIG_ID
from app.core.company import get_company
from app.core.db import check_name_free, lock_for_update, utcnow
from app.core.errors import Conflict, Forbidden, NotFound, ValidationError
from app.core.events import declare_metric, record_event, register_metrics
from app.customers.models import Customer
from app.extensions import db
from app.marketing.models import CouponClaim, CouponTemplate
from app.marketing.services import audience
from app.org.models import User
from app.shop import pricing, shareables
from app.shop.models import Category, Order, Product

declare_metric("coupon_claim", "领券")
declare_metric("coupon_use", "用券")
register_metrics("coupon_return", lambda event: {"coupon_use": -1})

# Terms a claimed coupon was issued with: fixed once the first copy is out.
TERMS = ("kind", "amount_off", "percent_off", "max_discount", "threshold", "scope",
         "category_ids", "product_ids", "valid_from", "valid_until", "valid_days")


# --- templates -------------------------------------------------------------------------------

def _term_errors(values: dict) -> dict:
    """What each kind, scope and way of validity needs of the other fields."""
    errors, kind = {}, values["kind"]
    if kind in ("threshold", "amount") and not values.get("amount_off"):
        errors["amount_off"] = ["请填写优惠金额"]
    if kind == "threshold":
        if not values.get("threshold"):
            errors["threshold"] = ["满减券请填写使用门槛"]
        elif values.get("amount_off") and values["amount_off"] > values["threshold"]:
            errors["amount_off"] = ["优惠金额不能大于使用门槛"]
    if kind == "amount" and values.get("threshold"):
        errors["threshold"] = ["无门槛券不设门槛"]
    if kind == "percent" and not values.get("percent_off"):
        errors["percent_off"] = ["请填写折扣"]
    for scope, key in (("categories", "category_ids"), ("products", "product_ids")):
        if values["scope"] == scope and not values.get(key):
            errors[key] = ["请选择适用范围"]
    if bool(values.get("valid_until")) == bool(values.get("valid_days")):
        errors["valid_days"] = ["有效期二选一：固定截止时间，或领取后 N 天"]
    for start, end in (("valid_from", "valid_until"), ("claim_from", "claim_until")):
        if values.get(start) and values.get(end) and values[start] >= values[end]:
            errors[end] = ["结束时间须晚于开始时间"]
    return errors


def _check(actor, values: dict, template: CouponTemplate | None = None) -> None:
    """Raise ValidationError for terms that do not fit together, a taken name, unknown
    categories or products, or a boss's coupon beyond the limits HQ set (company
    `boss_coupon_max_off`, `boss_coupon_max_total`)."""
    check_name_free(CouponTemplate, values["name"], template.id if template else None)
    errors = _term_errors(values)
    for key, model in (("category_ids", Category), ("product_ids", Product)):
        ids = set(values.get(key) or [])
        missing = ids - set(db.session.scalars(select(model.id).where(model.id.in_(ids))))
        if missing:
            errors[key] = [f"不存在：{', '.join(map(str, sorted(missing)))}"]
    if actor.role == ROLE_BOSS:
        company = get_company()
        most = values["max_discount"] if values["kind"] == "percent" else values["amount_off"]
        if company.boss_coupon_max_off == 0:
            raise Forbidden("总部未允许团队自建优惠券")
        if most is None or most > company.boss_coupon_max_off:
            key = "max_discount" if values["kind"] == "percent" else "amount_off"
            errors[key] = [f"团队优惠券最多优惠 ¥{company.boss_coupon_max_off / 100:.2f}"]
        if values["total"] is None or values["total"] > company.boss_coupon_max_total:
            errors["total"] = [f"团队优惠券最多发放 {company.boss_coupon_max_total} 张"]
    if template is not None and values["total"] is not None and values["total"] < template.claimed:
        errors["total"] = [f"已领取 {template.claimed} 张，总量不能更少"]
    if errors:
        raise ValidationError(fields=errors)


def create_template(actor, values: dict) -> CouponTemplate:
    require_role(actor, [ROLE_HQ, ROLE_BOSS])
    unit_ids = values.pop("org_unit_ids", [])
    _check(actor, values)
    template = CouponTemplate(**values, created_by_id=actor.id,
                              org_unit_id=actor.org_unit_id if actor.role == ROLE_BOSS else None)
    db.session.add(template)
    db.session.flush()
    audience.set_audience(actor, template, unit_ids)
    return template


def update_template(actor, template: CouponTemplate, changes: dict) -> CouponTemplate:
    """Change a template; once a copy is claimed its terms stay as they were issued (409)."""
    unit_ids = changes.pop("org_unit_ids", None)
    changed_terms = [key for key in TERMS
                     if key in changes and changes[key] != getattr(template, key)]
    if template.claimed and changed_terms:
        raise Conflict("优惠券已有人领取，不能再改优惠内容和有效期", code="coupon_claimed",
                       fields={key: ["已有人领取，不能修改"] for key in changed_terms})
    values = {key: getattr(template, key)
              for key in (*TERMS, "name", "total", "claim_from", "claim_until")} | changes
    _check(actor, values, template)
    for key, value in changes.items():
        setattr(template, key, value)
    if unit_ids is not None:
        audience.set_audience(actor, template, unit_ids)
    db.session.flush()
    return template


def share_check(rep, template_id: int | None) -> None:
    """A rep may share an enabled coupon that reaches them while it can still be claimed."""
    template = audience.shareable(CouponTemplate, rep, template_id)
    if claim_closed(template, utcnow()):
        raise NotFound("优惠券已停止领取")


def claim_closed(template: CouponTemplate, now: datetime) -> str | None:
    """Why the template cannot be claimed at `now`, or None."""
    if template.claim_from and now < template.claim_from:
        return "领取尚未开始"
    if template.claim_until and now >= template.claim_until:
        return "领取已结束"
    if template.valid_until and now >= template.valid_until:
        return "优惠券已过期"
    return None


shareables.register_shareable("coupon", shareables.Shareable(
    share_check, lambda code, template_id: f"/s/{code}/coupons/{template_id}",
    lambda template_id: shareables.PosterContent(
        db.session.get(CouponTemplate, template_id).name,
        terms_text(db.session.get(CouponTemplate, template_id))),
    titles=shareables.column_titles(CouponTemplate.id, CouponTemplate.name, "优惠券"),
    label="优惠券"))


def terms_text(template: CouponTemplate) -> str:
    """The coupon as a customer reads it: 满100减20, 8.5折 最多减50, 无门槛减10."""
    def yuan(fen):
        return f"{fen / 100:g}"
    if template.kind == "percent":
        text = f"{(100 - template.percent_off) / 10:g}折"
        if template.max_discount:
            text += f" 最多减{yuan(template.max_discount)}"
        return f"满{yuan(template.threshold)} {text}" if template.threshold else text
    if template.kind == "threshold":
        return f"满{yuan(template.threshold)}减{yuan(template.amount_off)}"
    return f"无门槛减{yuan(template.amount_off)}"


# --- claims ----------------------------------------------------------------------------------

def claim(rep: User, customer: Customer, template: CouponTemplate,
          share_id: int | None = None) -> CouponClaim:
    """The customer claims a copy of the template from `rep`'s link.

    Raise Conflict when claiming is closed, the customer has their limit already, or every copy
    is taken; nothing is taken then. The copy is counted off the template last, in a savepoint
    that a sold-out template rolls back: every claim of a template queues on its row, and
    PostgreSQL holds that lock until the commit, so the claim and its events are written first.
    """
    now = utcnow()
    closed = claim_closed(template, now)
    if closed:
        raise Conflict(closed, code="coupon_closed")
    lock_for_update(db.session, Customer, customer.id)  # their claims are counted one by one
    held = db.session.scalar(select(func.count()).select_from(CouponClaim).where(
        CouponClaim.customer_id == customer.id, CouponClaim.template_id == template.id))
    if held >= template.per_customer:
        raise Conflict(f"每人限领 {template.per_customer} 张，您已领过", code="coupon_limit")
    valid_from, valid_until = validity(template, now)
    with db.session.begin_nested():
        coupon = CouponClaim(template_id=template.id, customer_id=customer.id, rep_id=rep.id,
                             org_unit_id=rep.org_unit_id, share_id=share_id, claimed_at=now,
                             valid_from=valid_from, valid_until=valid_until)
        db.session.add(coupon)
        db.session.flush()
        record_event("coupon_claim", rep=rep, customer_id=customer.id,
                     object_type="coupon_claim", object_id=coupon.id, at=now,
                     attrs={"template_id": template.id, "share_id": share_id})
        taken = db.session.execute(
            update(CouponTemplate).where(CouponTemplate.id == template.id,
                                         CouponTemplate.total.is_(None)
                                         | (CouponTemplate.claimed < CouponTemplate.total))
            .values(claimed=CouponTemplate.claimed + 1)).rowcount
        if taken != 1:
            raise Conflict("优惠券已领完", code="coupon_sold_out")
    return coupon


def validity(template: CouponTemplate, claimed_at: datetime) -> tuple[datetime, datetime]:
    if template.valid_days:
        return claimed_at, claimed_at + timedelta(days=template.valid_days)
    return template.valid_from or claimed_at, template.valid_until


def customer_coupons(customer: Customer | None) -> list[CouponClaim]:
    """The customer's coupons, usable first, then the newest."""
    if customer is None:
        return []
    return list(db.session.scalars(
        select(CouponClaim).where(CouponClaim.customer_id == customer.id)
        .order_by(case((CouponClaim.state == "unused", 0), else_=1),
                  CouponClaim.valid_until, CouponClaim.id.desc()).limit(200)))


def expire_due(now: datetime) -> int:
    """Expire the unused coupons past their validity (the `coupons_expire` job)."""
    return db.session.execute(update(CouponClaim).where(
        CouponClaim.state == "unused", CouponClaim.valid_until <= now)
        .values(state="expired")).rowcount


# --- checkout --------------------------------------------------------------------------------

@dataclass
class Quote:
    """What a coupon would take off these lines, or why it does not apply."""

    discount: int = 0
    reason: str | None = None
    shares: dict[int, int] | None = None  # product id -> its part, for a coupon of some products


def eligible(template: CouponTemplate, product: Product) -> bool:
    if template.scope == "categories":
        return product.category_id in set(template.category_ids)
    if template.scope == "products":
        return product.id in set(template.product_ids)
    return True


def quote(coupon: CouponClaim, rep: User, lines: list[pricing.DraftLine], now: datetime,
          left_to_pay: int) -> Quote:
    """Price the coupon on the lines as they cost now, without reserving anything."""
    template = coupon.template
    if coupon.state != "unused":
        return Quote(reason="优惠券已使用" if coupon.state == "used" else "优惠券已过期")
    if not coupon.valid_from <= now < coupon.valid_until:
        return Quote(reason="优惠券未到使用时间" if now < coupon.valid_from else "优惠券已过期")
    if db.session.scalar(select(CouponTemplate.id).where(
            CouponTemplate.id == template.id, CouponTemplate.scope_clause(rep))) is None:
        return Quote(reason="本店不可用此券")
    usable = [line for line in lines if eligible(template, line.product)]
    base = sum(line.amount for line in usable)
    if base == 0:
        return Quote(reason="订单中没有可用此券的商品")
    if base < template.threshold:
        return Quote(reason=f"还差 ¥{(template.threshold - base) / 100:.2f} 可用此券")
    if template.kind == "percent":
        off = base * template.percent_off // 100
        if template.max_discount:
            off = min(off, template.max_discount)
    else:
        off = template.amount_off
    off = min(off, base, left_to_pay)
    if off <= 0:
        return Quote(reason="此券对本单无优惠")
    shares = None
    if template.scope != "all":
        parts = pricing.split(off, [line.amount for line in usable])
        shares = {line.product.id: part for line, part in zip(usable, parts, strict=True)
                  if part}
    return Quote(off, None, shares)


class CouponInputs(Schema):
    coupon_id = fields.Integer(required=True, strict=True,
                               validate=validate.Range(min=1, max=MAX_BIG_ID))


class CouponAdjuster(pricing.PriceAdjuster):
    """`promotions.coupon = {"coupon_id": <claim id>}`: one coupon per order."""

    def adjust(self, draft: pricing.Draft, inputs: dict) -> list[pricing.Discount]:
        if not inputs:
            return []
        try:
            coupon_id = CouponInputs().load(inputs)["coupon_id"]
        except SchemaError as error:
            raise ValidationError(fields={"promotions": {"coupon": error.messages}}) from None
        coupon = db.session.get(CouponClaim, coupon_id)
        if coupon is None or coupon.customer_id != draft.customer.id:
            raise NotFound("优惠券不存在", fields={"promotions": {"coupon": ["优惠券不存在"]}})
        now = utcnow()
        priced = quote(coupon, draft.rep, draft.lines, now, draft.total)
        if priced.reason:
            raise Conflict(priced.reason, code="coupon_unusable",
                           fields={"promotions": {"coupon": [priced.reason]}})
        used = db.session.execute(
            update(CouponClaim).where(CouponClaim.id == coupon.id, CouponClaim.state == "unused")
            .values(state="used", order_id=draft.order_id, used_at=now,
                    discount=priced.discount)).rowcount
        if used != 1:  # another order took it since it was read
            raise Conflict("优惠券已使用", code="coupon_unusable",
                           fields={"promotions": {"coupon": ["优惠券已使用"]}})
        record_event("coupon_use", rep=draft.rep, customer_id=draft.customer.id,
                     object_type="coupon_claim", object_id=coupon.id, at=now,
                     attrs={"order_id": draft.order_id, "discount": priced.discount})
        label, ref = coupon.template.name, str(coupon.id)
        if priced.shares is None:
            return [pricing.Discount(priced.discount, label, ref)]
        return [pricing.Discount(part, label, ref, product_id)
                for product_id, part in priced.shares.items()]

    def release(self, order: Order, discounts) -> None:
        """Give the coupon back while it is valid (expired otherwise), once: only the claim
        still used by this order moves."""
        now = utcnow()
        for coupon_id in {int(discount.ref) for discount in discounts}:
            moved = db.session.execute(
                update(CouponClaim).where(CouponClaim.id == coupon_id,
                                          CouponClaim.order_id == order.id,
                                          CouponClaim.state == "used")
                .values(state=case((CouponClaim.valid_until > now, "unused"), else_="expired"),
                        order_id=None, used_at=None, discount=0)).rowcount
            if moved:
                record_event("coupon_return", rep=order.rep, customer_id=order.customer_id,
                             object_type="coupon_claim", object_id=coupon_id, at=now,
                             attrs={"order_id": order.id})


pricing.register_adjuster("coupon", CouponAdjuster())
