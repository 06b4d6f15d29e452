"""The rep's side of the shop: profile, shelf, shares and posters, visitor radar, customers."""

from datetime import date

from flask import Response, current_app, request
from flask_login import current_user

from app.core.access import ROLE_REP, get_scoped_or_404, login_required, roles_required
from app.core.api import FILE, Blueprint, errors
from app.core.company import company_zone
from app.core.db import local_day, utcnow
from app.core.storage import get_storage
from app.customers.models import Customer
from app.shop import queries, schemas, shareables
from app.shop.models import ShareToken, ShelfItem
from app.shop.services import shelves, visits

blp = Blueprint("rep_shop", __name__, url_prefix="/api/v1", description="我的微店")


def profile_of(rep) -> dict:
    profile = shelves.get_profile(rep)
    return {**{f: getattr(profile, f) for f in shelves.PROFILE_FIELDS},
            "shop_code": rep.shop_code, "version": profile.version}


@blp.route("/shop", methods=["GET"])
@blp.response(200, schemas.ShopProfileSchema)
@roles_required(ROLE_REP)
def get_shop():
    """My shop's profile."""
    return profile_of(current_user)


@blp.route("/shop", methods=["PATCH"])
@blp.arguments(schemas.ShopProfileSchema, required=False)
@blp.response(200, schemas.ShopProfileSchema)
@roles_required(ROLE_REP)
def update_shop(changes):
    """Edit my shop's name, avatar, greeting, phone and WeChat QR code."""
    shelves.update_profile(current_user, changes)
    return profile_of(current_user)


def shelf_of(rep) -> dict:
    return {"items": shelves.shelf_items(rep), "pinned": shelves.pins_for(rep),
            "featured_max": current_app.config["SHELF_FEATURED_MAX"]}


@blp.route("/shelf", methods=["GET"])
@blp.response(200, schemas.ShelfSchema)
@roles_required(ROLE_REP)
def get_shelf():
    """My shelf: my products in order (featured first) and those HQ pinned."""
    return shelf_of(current_user)


@blp.route("/shelf/items", methods=["POST"])
@blp.arguments(schemas.ShelfAddSchema)
@blp.response(201, schemas.ShelfItemSchema)
@roles_required(ROLE_REP)
@errors(404)  # the product
def add_to_shelf(data):
    """Put a catalog product on my shelf."""
    return shelves.add_to_shelf(current_user, data["product_id"], data["featured"])


@blp.route("/shelf/items/<bigid:item_id>", methods=["PATCH"])
@blp.arguments(schemas.ShelfItemUpdateSchema, required=False)
@blp.response(200, schemas.ShelfItemSchema)
@roles_required(ROLE_REP)
def update_shelf_item(changes, item_id):
    """Feature, unfeature or move one product of my shelf."""
    item = get_scoped_or_404(ShelfItem, item_id, current_user)
    return shelves.update_item(current_user, item, changes)


@blp.route("/shelf/items/<bigid:item_id>", methods=["DELETE"])
@blp.response(204)
@roles_required(ROLE_REP)
def remove_shelf_item(item_id):
    """Take a product off my shelf."""
    shelves.remove_item(current_user, get_scoped_or_404(ShelfItem, item_id, current_user))


@blp.route("/shelf/order", methods=["PUT"])
@blp.arguments(schemas.ShelfOrderSchema)
@blp.response(200, schemas.ShelfSchema)
@roles_required(ROLE_REP)
def reorder_shelf(data):
    """Put my shelf in a new order (every item id once)."""
    shelves.reorder(current_user, data["item_ids"])
    return shelf_of(current_user)


def share_of(share: ShareToken) -> dict:
    return {"id": share.id, "token": share.token, "object_type": share.object_type,
            "object_id": share.object_id, "channel": share.channel,
            "created_at": share.created_at,
            "url": visits.share_path(share, current_user.shop_code),
            "poster_url": f"/api/v1/shares/{share.id}/poster"}


@blp.route("/shares", methods=["POST"])
@blp.arguments(schemas.ShareCreateSchema)
@blp.response(201, schemas.ShareSchema)
@roles_required(ROLE_REP)
@errors(404)  # the product
def create_share(data):
    """Share my shop or a product: a new link that credits me with every visit it brings."""
    return share_of(visits.create_share(current_user, **data))


@blp.route("/shares/<bigid:share_id>/poster", methods=["GET"])
@blp.response(200, FILE, content_type="image/png",
              description="A PNG poster with the rep's name and a QR code of the link")
@roles_required(ROLE_REP)
def share_poster(share_id):
    """The poster of one of my shares, to save and post in WeChat."""
    from app.shop.poster import render_poster  # Pillow and fonts: loaded when first needed

    share = get_scoped_or_404(ShareToken, share_id, current_user)
    base = current_app.config["PUBLIC_BASE_URL"] or request.host_url
    url = base.rstrip("/") + visits.share_path(
        share, current_user.shop_code)
    png = shareables.drawn_poster(share.object_type, current_user, share.object_id, url)
    if png is None:
        profile = shelves.get_profile(current_user)
        shop_name = profile.display_name or f"{current_user.name}的微店"
        title, subtitle, price, cover = shop_name, profile.greeting, None, None
        content = shareables.poster_of(share.object_type, share.object_id)
        if content is not None:
            title, subtitle, price = content.title, content.subtitle, content.price_text
            if content.cover_url and content.cover_url.startswith("/media/"):
                cover = get_storage().open(content.cover_url.removeprefix("/media/"))
        png = render_poster(title=title, subtitle=subtitle or None, price_text=price,
                            rep_name=current_user.name, shop_name=shop_name, url=url,
                            cover=cover)
    return Response(png, mimetype="image/png",
                    headers={"Cache-Control": "private, max-age=3600"})


@blp.route("/radar", methods=["GET"])
@blp.arguments(schemas.RadarArgsSchema, location="query")
@blp.response(200, schemas.RadarSchema)
@login_required
def radar(args):
    """Visitor radar: who opened what today, how often, new or returning, and the latest."""
    day: date = args.get("day") or local_day(utcnow(), company_zone())
    return queries.radar(current_user, day, page=args["page"], per_page=args["per_page"])


@blp.route("/customers/<bigid:customer_id>/adopt", methods=["POST"])
@blp.arguments(schemas.AdoptSchema)
@blp.response(200, schemas.CustomerSchema)
@roles_required(ROLE_REP)
def adopt_customer(data, customer_id):
    """Turn a visitor of mine into a named customer (one tap in the radar)."""
    customer = get_scoped_or_404(Customer, customer_id, current_user)
    return visits.adopt_customer(current_user, customer, **data)
