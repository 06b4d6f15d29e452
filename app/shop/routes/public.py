"""The public shop: what a customer's phone asks for after opening a rep's link. No login.

A visitor is known by the signed first-party cookie of app.customers.visitors, set when they
first open a page. The shop and product payloads set no cookie and are served with an ETag, so a
shared link opened by thousands answers from a per-process cache (queries.page_cache) or with 304.
"""

from flask import Response, current_app, request
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.core.access import public
from app.core.api import Blueprint
from app.core.idempotency import idempotent
from app.core.ratelimit import documented_limit
from app.core.ratelimit import public_write_limit as write_limit
from app.customers.visitors import current_visitor, remember_visitor, visitor_anon_id
from app.extensions import db, limiter
from app.shop import queries, schemas
from app.shop.models import Order
from app.shop.services import orders, visits

blp = Blueprint("public_shop", __name__, url_prefix="/api/v1/shops",
                description="顾客访问的微店（无需登录）")

SHOP = "/<string(maxlength=32):code>"
# Orders per client address, far tighter than the other public writes: each holds stock.
order_limit = documented_limit(limiter.limit(lambda: current_app.config["PUBLIC_ORDER_LIMIT"]))


def conditional_json(body: bytes, etag: str) -> Response:
    """200 with the body, or 304 when the phone already holds this version."""
    headers = {"ETag": f'"{etag}"', "Cache-Control": "public, no-cache"}  # always revalidate
    # Weak comparison (RFC 9110): a compressed answer's ETag came back weak (app.core.compression).
    if request.if_none_match.contains_weak(etag):
        return Response(status=304, headers=headers)
    return Response(body, mimetype="application/json", headers=headers)


@blp.route(SHOP, methods=["GET"])
@blp.response(200, schemas.PublicShopSchema, description="With an ETag; If-None-Match gets 304")
@public
def get_shop(code):
    """A rep's shop: profile, featured products, the shelf by category."""
    body, etag = queries.shop_json(code)
    return conditional_json(body, etag)


@blp.route(SHOP + "/products/<int:product_id>", methods=["GET"])
@blp.response(200, schemas.PublicProductPageSchema)
@public
def get_product(code, product_id):
    """A product as the shop shows it, with its stock status."""
    body, etag = queries.product_json(code, product_id)
    return conditional_json(body, etag)


@blp.route(SHOP + "/visits", methods=["POST"])
@blp.arguments(schemas.VisitSchema)
@blp.response(200, schemas.VisitResultSchema)
@public
@write_limit
def record_visit(data, code):
    """Record that this visitor opened a page of the shop (the page calls it once per open)."""
    rep, _ = queries.find_shop(code)
    if current_user.is_authenticated:  # staff previewing a shop are not visitors
        return {"forward_token": None, "new_visitor": False, "recorded": False}
    visit = visits.record_visit(rep, anon_id=visitor_anon_id(), **data)
    remember_visitor(visit.customer)
    return {"forward_token": visit.forward.token, "new_visitor": visit.new_visitor,
            "recorded": True}


@blp.route(SHOP + "/orders", methods=["POST"])
@blp.arguments(schemas.OrderCreateSchema)
@blp.response(201, schemas.PlacedOrderSchema)
@public
@order_limit
@idempotent("shop_order")
def place_order(data, code):
    """Order from the shop; stock is held until paid or expired (409 when too little is left)."""
    rep, _ = queries.find_shop(code)
    share = visits.token_of(rep, data.pop("token"))
    customer, _ = visits.customer_for(rep, visitor_anon_id(), share)
    order = orders.place_order(rep, customer, share=share, **data)
    remember_visitor(customer)
    return order


@blp.route(SHOP + "/my-orders", methods=["GET"])
@blp.response(200, schemas.CustomerOrderSchema(many=True))
@public
def my_orders(code):
    """This visitor's orders in this shop, newest first."""
    rep, _ = queries.find_shop(code)
    customer = current_visitor()
    if customer is None:
        return []
    return db.session.scalars(select(Order).where(Order.rep_id == rep.id,
                                                  Order.customer_id == customer.id)
                              .options(selectinload(Order.lines), selectinload(Order.discounts),
                                       selectinload(Order.transitions))
                              .order_by(Order.placed_at.desc()).limit(100))


@blp.route(SHOP + "/my-orders/<bigid:order_id>", methods=["GET"])
@blp.response(200, schemas.CustomerOrderSchema)
@public
def my_order(code, order_id):
    """One of this visitor's orders."""
    rep, _ = queries.find_shop(code)
    return orders.customer_order(rep, current_visitor(), order_id)


@blp.route(SHOP + "/my-orders/<bigid:order_id>/cancel", methods=["POST"])
@blp.response(200, schemas.CustomerOrderSchema)
@public
@write_limit
def cancel_my_order(code, order_id):
    """Cancel one of this visitor's orders while it is unpaid."""
    rep, _ = queries.find_shop(code)
    order = orders.customer_order(rep, current_visitor(), order_id)
    return orders.transition(order, "cancel", None, reason="顾客取消")
