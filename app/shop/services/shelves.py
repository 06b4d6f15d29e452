"""A rep's shop: its profile and the shelf of products picked from the catalog."""

from flask import current_app
from sqlalchemy import func, select, update

from app.core.access import ROLE_REP, require_role
from app.core.db import upsert, utcnow
from app.core.errors import NotFound, ValidationError
from app.core.events import declare_metric, record_event
from app.extensions import db
from app.shop.models import Product, ShelfItem, ShelfPin, ShopProfile

declare_metric("shelf.add", "上架商品")

PROFILE_FIELDS = ("display_name", "avatar_url", "greeting", "phone", "wechat_qr_url")


def get_profile(rep) -> ShopProfile:
    """The rep's shop profile, created empty on first use."""
    profile = db.session.get(ShopProfile, rep.id)
    if profile is None:
        now = utcnow()
        upsert(db.session, ShopProfile, [{"rep_id": rep.id, "version": 1, "created_at": now,
                                          "updated_at": now}], keys=["rep_id"])
        profile = db.session.get(ShopProfile, rep.id)
    return profile


def lock_shop(rep) -> ShopProfile:
    """Move the shop's version and hold its row until commit.

    Every shelf change goes through here first, so changes to one shop run one at a time
    (the featured limit holds under concurrent edits) and the public shop's ETag moves.
    """
    profile = get_profile(rep)
    db.session.execute(update(ShopProfile).where(ShopProfile.rep_id == rep.id)
                       .values(version=ShopProfile.version + 1))
    db.session.refresh(profile)
    return profile


def update_profile(rep, changes: dict) -> ShopProfile:
    require_role(rep, [ROLE_REP])
    profile = lock_shop(rep)
    for field in PROFILE_FIELDS:
        if field in changes:
            setattr(profile, field, changes[field])
    db.session.flush()
    return profile


def pins_for(rep) -> list[ShelfPin]:
    """HQ pins that reach this rep: pinned to their unit or to any unit above it."""
    unit_ids = [int(part) for part in rep.org_unit.path.strip("/").split("/") if part]
    return list(db.session.scalars(
        select(ShelfPin).join(ShelfPin.product)
        .where(ShelfPin.org_unit_id.in_(unit_ids), Product.on_sale)
        .order_by(ShelfPin.featured.desc(), Product.sort_order, ShelfPin.id)))


def shelf_items(rep, *, on_sale_only: bool = False) -> list[ShelfItem]:
    query = (select(ShelfItem).join(ShelfItem.product).where(ShelfItem.rep_id == rep.id)
             .order_by(ShelfItem.featured.desc(), ShelfItem.position, ShelfItem.id))
    if on_sale_only:
        query = query.where(Product.on_sale)
    return list(db.session.scalars(query))


def _check_featured_limit(rep, exclude_item_id: int | None = None) -> None:
    limit = current_app.config["SHELF_FEATURED_MAX"]
    query = (select(func.count()).join(ShelfItem.product)  # off sale: shown nowhere, not counted
             .where(ShelfItem.rep_id == rep.id, ShelfItem.featured, Product.on_sale))
    if exclude_item_id is not None:
        query = query.where(ShelfItem.id != exclude_item_id)
    if db.session.scalar(query) >= limit:
        raise ValidationError(f"主推商品最多 {limit} 个", code="featured_limit",
                              fields={"featured": [f"最多 {limit} 个"]})


def add_to_shelf(rep, product_id: int, featured: bool = False) -> ShelfItem:
    """Put an on-sale product at the end of the shelf; adding it again changes nothing."""
    require_role(rep, [ROLE_REP])
    product = db.session.get(Product, product_id)
    if product is None or not product.on_sale:
        raise NotFound("商品不存在或已下架")
    item = db.session.scalar(select(ShelfItem).where(ShelfItem.rep_id == rep.id,
                                                     ShelfItem.product_id == product_id))
    if item is not None:
        return item
    lock_shop(rep)
    count, last = db.session.execute(
        select(func.count(), func.max(ShelfItem.position)).where(ShelfItem.rep_id == rep.id)
    ).one()
    limit = current_app.config["SHELF_MAX_ITEMS"]
    if count >= limit:
        raise ValidationError(f"货架最多放 {limit} 个商品", code="shelf_full")
    if featured:
        _check_featured_limit(rep)
    item = ShelfItem(rep_id=rep.id, product_id=product_id, position=(last or 0) + 1,
                     featured=featured)
    db.session.add(item)
    db.session.flush()
    record_event("shelf.add", actor=rep, object_type="product", object_id=product_id)
    return item


def update_item(rep, item: ShelfItem, changes: dict) -> ShelfItem:
    """Feature or unfeature an item, or move it; raise ValidationError past the featured limit."""
    require_role(rep, [ROLE_REP])
    lock_shop(rep)
    if changes.get("featured") and not item.featured:
        _check_featured_limit(rep, exclude_item_id=item.id)
    for field in ("featured", "position"):
        if field in changes:
            setattr(item, field, changes[field])
    db.session.flush()
    return item


def remove_item(rep, item: ShelfItem) -> None:
    require_role(rep, [ROLE_REP])
    lock_shop(rep)
    db.session.delete(item)
    db.session.flush()


def reorder(rep, item_ids: list[int]) -> list[ShelfItem]:
    """Put the shelf in the given order; the list must name every item of the shelf once."""
    require_role(rep, [ROLE_REP])
    lock_shop(rep)
    items = {item.id: item for item in db.session.scalars(
        select(ShelfItem).where(ShelfItem.rep_id == rep.id))}
    if sorted(item_ids) != sorted(items):
        raise ValidationError("排序列表应包含货架上的每个商品各一次",
                              fields={"item_ids": ["与货架上的商品不一致"]})
    for position, item_id in enumerate(item_ids, start=1):
        items[item_id].position = position
    db.session.flush()
    return shelf_items(rep)
