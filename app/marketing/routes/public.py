"""The customer's side of coupons and group-buys, on a rep's shop: no login, the visitor
cookie of app.customers.visitors. A group is joined, or opened, by placing an order with the
`group_buy` promotion; a coupon is used with the `coupon` promotion (shop's order endpoint)."""

import json

from flask import Response
from sqlalchemy import select

from app.core.access import public
from app.core.api import Blueprint, errors
from app.core.db import utcnow
from app.core.errors import NotFound
from app.core.idempotency import idempotent
from app.core.ratelimit import public_write_limit as write_limit
from app.customers.visitors import current_visitor, remember_visitor, visitor_anon_id
from app.extensions import db
from app.marketing import queries, schemas
from app.marketing.models import CouponTemplate, GroupBuy
from app.marketing.services import audience, coupons, groups
from app.shop import pricing
from app.shop.models import Product
from app.shop.queries import find_shop
from app.shop.routes.public import SHOP
from app.shop.services import visits

blp = Blueprint("marketing_public", __name__, url_prefix="/api/v1/shops",
                description="顾客领券与拼团（无需登录）")


def _coupon(rep, template_id: int) -> CouponTemplate:
    """A coupon this shop hands out: enabled and reaching its rep, else 404."""
    return audience.shareable(CouponTemplate, rep, template_id)


@blp.route(SHOP + "/coupons/<int:template_id>", methods=["GET"])
@blp.response(200, schemas.PublicCouponSchema)
@public
def get_coupon(code, template_id):
    """A coupon's page: its terms, what is left and how many this visitor holds."""
    rep, _ = find_shop(code)
    return queries.public_coupon(_coupon(rep, template_id), current_visitor())


@blp.route(SHOP + "/coupons/<int:template_id>/claims", methods=["POST"])
@blp.arguments(schemas.ClaimCreateSchema)
@blp.response(201, schemas.ClaimBriefSchema)
@public
@write_limit
@idempotent("coupon_claim")
@errors(409)  # closed, the visitor's limit, none left
def claim_coupon(data, code, template_id):
    """Claim a copy: within the visitor's limit and never past the total (409 otherwise)."""
    rep, _ = find_shop(code)
    template = _coupon(rep, template_id)
    share = visits.token_of(rep, data["token"])
    customer, _ = visits.customer_for(rep, visitor_anon_id(), share)
    claim = coupons.claim(rep, customer, template, share.id if share else None)
    remember_visitor(customer)
    return queries.claim_brief(claim)


@blp.route(SHOP + "/my-coupons", methods=["GET"])
@blp.response(200, schemas.ClaimBriefSchema(many=True))
@public
def my_coupons(code):
    """我的优惠券: this visitor's coupons, usable first."""
    find_shop(code)
    return [queries.claim_brief(c) for c in coupons.customer_coupons(current_visitor())]


@blp.route(SHOP + "/my-coupons/quote", methods=["POST"])
@blp.arguments(schemas.QuoteRequestSchema)
@blp.response(200, schemas.QuoteSchema(many=True))
@public
@write_limit
@errors(404)  # a product not on sale
def quote_coupons(data, code):
    """What each of this visitor's unused coupons would take off these items, best first."""
    rep, _ = find_shop(code)
    customer = current_visitor()
    quantities: dict[int, int] = {}
    for item in data["items"]:
        quantities[item["product_id"]] = quantities.get(item["product_id"], 0) + item["quantity"]
    products = {p.id: p for p in db.session.scalars(
        select(Product).where(Product.id.in_(quantities), Product.on_sale))}
    if set(products) != set(quantities):
        raise NotFound("商品不存在或已下架")
    lines = [pricing.DraftLine(products[pid], quantity, products[pid].price)
             for pid, quantity in quantities.items()]
    total, now = sum(line.amount for line in lines), utcnow()
    quotes = []
    for claim in coupons.customer_coupons(customer):
        if claim.state != "unused":
            continue
        priced = coupons.quote(claim, rep, lines, now, total)
        quotes.append({**queries.claim_brief(claim), "applies": priced.reason is None,
                       "saving": priced.discount, "reason": priced.reason})
    return sorted(quotes, key=lambda q: (not q["applies"], -q["saving"]))


# --- group-buys ------------------------------------------------------------------------------

@blp.route(SHOP + "/group-buys/<int:campaign_id>", methods=["GET"])
@blp.response(200, schemas.PublicGroupBuySchema)
@public
def get_group_buy(code, campaign_id):
    """A campaign's page: the product at the group price and this shop's groups to join."""
    rep, _ = find_shop(code)
    return queries.public_campaign(audience.shareable(GroupBuy, rep, campaign_id), rep)


@blp.route(SHOP + "/groups/<bigid:group_id>", methods=["GET"])
@blp.response(200, schemas.PublicGroupPageSchema)
@public
def get_group(code, group_id):
    """A group's page: members (an initial each), 还差 N 人, when it ends; this visitor's seat."""
    shared = queries.group_json(code, group_id)
    me = queries.my_seat(group_id, current_visitor())
    return Response(b'{"group":' + shared + b',"me":' + json.dumps(me).encode() + b"}",
                    mimetype="application/json")


@blp.route(SHOP + "/my-groups", methods=["GET"])
@blp.response(200, schemas.MyGroupSchema(many=True))
@public
def my_groups(code):
    """我的拼团: this visitor's seats in this shop's groups, newest first, news marked."""
    rep, _ = find_shop(code)
    return [queries.my_group(m) for m in groups.customer_groups(rep, current_visitor())]


@blp.route(SHOP + "/my-groups/seen", methods=["POST"])
@blp.response(204)
@public
@write_limit
def my_groups_seen(code):
    """Mark the news of this visitor's groups in this shop as seen."""
    rep, _ = find_shop(code)
    groups.mark_seen(rep, current_visitor())
