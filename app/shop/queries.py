"""Read side: the public shop and product pages (built once per version, kept per process),
the staff's order list and the visitor radar."""

import hashlib
import json
from datetime import date
from functools import lru_cache

from flask import current_app
from sqlalchemy import Select, bindparam, case, distinct, func, select
from sqlalchemy.orm import selectinload

from app.core.access import ROLE_REP, scoped
from app.core.cache import CheckedCache, process_cache
from app.core.company import COMPANY_ID, get_company
from app.core.errors import NotFound
from app.core.models import ActivityEvent, Company
from app.customers.models import Customer
from app.extensions import db
from app.org.models import User
from app.shop import shareables
from app.shop.models import Category, Order, Product, ShopProfile
from app.shop.schemas import PublicProductPageSchema
from app.shop.services.catalog import get_product
from app.shop.services.shelves import pins_for, shelf_items

PAYLOAD_VERSION = 1  # part of every page ETag: bump it when a payload's shape changes
LOW_STOCK = 10
DEFAULT_GREETING = "欢迎光临！有任何问题，随时联系我。"
_product_page = PublicProductPageSchema()


def _etag(kind: str, rep_updated_at, profile_version: int | None,
          content_version: int | None, *more) -> str:
    """Moves with the rep (updated_at), the shop (profile version), the catalog (company
    content version) and, for a product page, its stock as the page shows it: everything
    the page shows."""
    stamp = hashlib.blake2b(str(rep_updated_at).encode(), digest_size=6).hexdigest()
    return ".".join([f"{kind}{PAYLOAD_VERSION}", str(content_version or 0),
                     str(profile_version or 0), stamp, *map(str, more)])


def open_shop(code):
    """Where a shop code (a value or a bind parameter) names an active rep's open shop."""
    return (User.shop_code == code, User.role == ROLE_REP, User.active)


@lru_cache(maxsize=4)
def _version_sql(dialect, product: bool) -> tuple[str, tuple | None, dict]:
    """The one query of a page's version, compiled once per database: on the hot path,
    building and compiling a statement costs as much as running it.

    A product page adds the product's stock as it shows (-1: unlimited; else what is left,
    which the page shows exactly), NULL when the product is off sale or gone.
    """
    content_version = (select(Company.content_version).where(Company.id == COMPANY_ID)
                       .scalar_subquery())
    columns = [User.updated_at, ShopProfile.version, content_version]
    if product:
        columns.append(select(func.coalesce(Product.stock, -1))
                       .where(Product.id == bindparam("product_id"), Product.on_sale)
                       .scalar_subquery())
    compiled = (select(*columns).outerjoin(ShopProfile, ShopProfile.rep_id == User.id)
                .where(*open_shop(bindparam("code"))).compile(dialect=dialect))
    names = {"code": None, **({"product_id": None} if product else {})}
    return str(compiled), compiled.positiontup, compiled.construct_params(names)


def _read_version(code: str, product_id: int | None = None) -> tuple:
    """The page's version as one small row; 404 when no open shop has the code.

    Run as plain SQL outside the ORM session: the values only feed the ETag, so the stored
    timestamp is used as the driver returns it.
    """
    sql, positions, params = _version_sql(db.engine.dialect, product_id is not None)
    params = {**params, "code": code,
              **({"product_id": product_id} if product_id is not None else {})}
    with db.engine.connect() as connection:
        row = connection.exec_driver_sql(
            sql, tuple(params[name] for name in positions) if positions else params).first()
    if row is None:
        raise NotFound("店铺不存在或已关闭", code="shop_not_found")
    return tuple(row)


def page_cache() -> CheckedCache:
    """This process's public pages (shop and product JSON with their ETags), checked against
    their version at most every PUBLIC_CACHE_SECONDS."""
    return process_cache("shop_pages", "PUBLIC_CACHE_SECONDS")


def find_shop(code: str) -> tuple[User, ShopProfile | None]:
    """The active rep behind a shop code and their profile; else 404."""
    row = db.session.execute(
        select(User, ShopProfile).outerjoin(ShopProfile, ShopProfile.rep_id == User.id)
        .where(*open_shop(code))
    ).first()
    if row is None:
        raise NotFound("店铺不存在或已关闭", code="shop_not_found")
    return row.User, row.ShopProfile


def shop_card(rep: User, profile: ShopProfile | None) -> dict:
    profile_of = (lambda field: getattr(profile, field)) if profile else (lambda field: None)
    return {"code": rep.shop_code, "rep_name": rep.name,
            "display_name": profile_of("display_name") or f"{rep.name}的微店",
            "avatar_url": profile_of("avatar_url"),
            "greeting": profile_of("greeting") or DEFAULT_GREETING,
            "phone": profile_of("phone"), "wechat_qr_url": profile_of("wechat_qr_url")}


def product_card(product: Product) -> dict:
    return {"id": product.id, "name": product.name, "subtitle": product.subtitle,
            "cover_url": product.cover_url, "price": product.price,
            "list_price": product.list_price, "tags": product.tags,
            "sold_out": product.stock == 0}


def stock_status(product: Product) -> dict:
    """How much is left, and how many one order may take.

    The exact stock is shown: an order for more would be told it (409) anyway.
    """
    most = current_app.config["ORDER_MAX_QUANTITY"]
    if product.stock is None:
        return {"stock_status": "in_stock", "stock_left": None, "max_quantity": most}
    status = "sold_out" if product.stock == 0 else "low" if product.stock <= LOW_STOCK \
        else "in_stock"
    return {"stock_status": status, "stock_left": product.stock,
            "max_quantity": min(product.stock, most)}


def shop_payload(rep: User, profile: ShopProfile | None) -> dict:
    """What a customer sees in the shop: profile, featured items, the shelf by category.

    HQ pins come first, then the rep's featured items; a product off sale shows nowhere.
    """
    company = get_company()
    featured, rest, seen = [], [], set()
    for pin in pins_for(rep):
        seen.add(pin.product_id)
        (featured if pin.featured else rest).append(pin.product)
    for item in shelf_items(rep, on_sale_only=True):
        if item.product_id not in seen:
            seen.add(item.product_id)
            (featured if item.featured else rest).append(item.product)
    categories = {c.id: c for c in db.session.scalars(select(Category))}
    groups: dict[int | None, list] = {}
    for product in featured + rest:
        groups.setdefault(product.category_id, []).append(product_card(product))
    ordered = sorted(groups, key=lambda cid: (cid is None, categories[cid].sort_order
                                              if cid is not None else 0, cid or 0))
    return {
        "shop": shop_card(rep, profile),
        "company": {"name": company.name, "logo_url": company.logo_url},
        "featured": [product_card(p) for p in featured],
        "categories": [{"id": cid, "name": categories[cid].name if cid else "其他",
                        "products": groups[cid]} for cid in ordered],
    }


def _to_json(payload: dict) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def shop_json(code: str) -> tuple[bytes, str]:
    """The shop payload as JSON bytes with its ETag, from the process while nothing changed."""

    def build() -> bytes:
        return _to_json(shop_payload(*find_shop(code)))

    etag, body = page_cache().get(("shop", code), lambda: _etag("s", *_read_version(code)),
                                  build)
    return body, etag


def product_payload(rep: User, profile: ShopProfile | None, product: Product) -> dict:
    return {"shop": shop_card(rep, profile),
            "product": {**product_card(product), **stock_status(product),
                        "gallery": product.gallery, "detail": product.detail,
                        "category": {"id": product.category.id, "name": product.category.name}
                        if product.category else None}}


def product_json(code: str, product_id: int) -> tuple[bytes, str]:
    """A product page of the shop as JSON bytes with its ETag, from the process while nothing
    it shows changed (stock_left within the cache's bound, like every other field)."""

    def version() -> str:
        *shop, stock = _read_version(code, product_id)
        if stock is None:
            raise NotFound()
        return _etag("p", *shop, product_id, stock)

    def build() -> bytes:
        rep, profile = find_shop(code)
        product = get_product(product_id, on_sale_only=True)
        return _product_page.dumps(product_payload(rep, profile, product),
                                   ensure_ascii=False, separators=(",", ":")).encode()

    etag, body = page_cache().get(("product", code, product_id), version, build)
    return body, etag


# --- visitor radar ---------------------------------------------------------------------------

def visitor_label(customer: Customer | None, viewer) -> str:
    if customer is not None and customer.name and customer.rep_id == viewer.id:
        return customer.name
    return f"访客{(customer.id if customer else 0) % 10000:04d}"


RADAR_RECENT = 30  # the latest opens the radar lists


def _radar_visits(viewer, day: date, *columns):
    """A select of `columns` over the visits of `day` that `viewer` may see."""
    return scoped(select(*columns), ActivityEvent, viewer).where(
        ActivityEvent.day == day, ActivityEvent.verb == "visit")


def order_list(actor, filters: dict) -> Select:
    """The orders `actor` may see, newest first, by status and rep (the list endpoint's and
    its export's query)."""
    query = (scoped(select(Order), Order, actor)
             .options(selectinload(Order.lines), selectinload(Order.transitions),
                      selectinload(Order.discounts))
             .order_by(Order.placed_at.desc(), Order.id.desc()))
    if "status" in filters:
        query = query.where(Order.status == filters["status"])
    if "rep_id" in filters:
        query = query.where(Order.rep_id == filters["rep_id"])
    return query


def _flag(condition):
    """1 where a visit has the condition, else 0: a flag that max() and count() can read."""
    return case((condition, 1), else_=0)


def radar(viewer, day: date, page: int = 1, per_page: int = 20) -> dict:
    """Who opened what on `day`, how often, new or returning, a page of visitors at a time
    (latest first); and the latest opens.

    Aggregated per visitor in SQL: the day's figures are one aggregate, a page costs its own
    rows. A visitor owned by another rep is shown without their name.
    """
    event = ActivityEvent
    is_new = event.attrs["new"].as_boolean()
    visits, visitors, new = db.session.execute(_radar_visits(
        viewer, day, func.count(), func.count(distinct(event.customer_id)),
        func.count(distinct(case((is_new, event.customer_id)))))).one()
    last_at = func.max(event.occurred_at).label("last_at")
    page_rows = db.session.execute(
        _radar_visits(viewer, day, event.customer_id, func.count().label("visits"), last_at,
                      func.max(_flag(is_new)).label("is_new"),
                      func.max(_flag(event.attrs["referrer_id"].as_string().is_not(None)))
                      .label("referred"))
        .group_by(event.customer_id).order_by(last_at.desc(), event.customer_id.desc())
        .limit(per_page).offset((page - 1) * per_page)).all()
    ids = [row.customer_id for row in page_rows]
    opened: dict[int, list] = {}
    if ids:
        for row in db.session.execute(
                _radar_visits(viewer, day, event.customer_id, event.object_type,
                              event.object_id, func.count().label("count"),
                              func.max(event.occurred_at).label("last_at"))
                .where(event.customer_id.in_(ids))
                .group_by(event.customer_id, event.object_type, event.object_id)):
            opened.setdefault(row.customer_id, []).append(row)
    recent = db.session.execute(
        _radar_visits(viewer, day, event.id, event.occurred_at, event.customer_id,
                      event.object_type, event.object_id)
        .order_by(event.occurred_at.desc(), event.id.desc()).limit(RADAR_RECENT)).all()
    customer_ids = set(ids) | {e.customer_id for e in recent}
    customers = {c.id: c for c in db.session.scalars(
        select(Customer).where(Customer.id.in_(customer_ids)))} if customer_ids else {}
    titles = shareables.titles_of({(o.object_type, o.object_id)
                                   for rows in opened.values() for o in rows}
                                  | {(e.object_type, e.object_id) for e in recent})

    def visitor_row(row) -> dict:
        customer = customers.get(row.customer_id)
        owned = customer is not None and customer.rep_id == viewer.id
        objects = sorted(opened.get(row.customer_id, []),
                         key=lambda o: (o.count, o.last_at), reverse=True)
        return {"customer_id": row.customer_id, "label": visitor_label(customer, viewer),
                "owned": owned, "status": customer.status if owned else None,
                "is_new": bool(row.is_new), "referred": bool(row.referred),
                "visits": row.visits, "last_at": row.last_at,
                "objects": [{"object_type": o.object_type, "object_id": o.object_id,
                             "title": titles[o.object_type, o.object_id], "count": o.count}
                            for o in objects]}

    return {"day": day, "visits": visits, "visitors": visitors, "new_visitors": new,
            "returning_visitors": visitors - new,
            "items": [visitor_row(row) for row in page_rows], "total": visitors,
            "page": page, "per_page": per_page,
            "recent": [{"id": e.id, "at": e.occurred_at, "customer_id": e.customer_id,
                        "label": visitor_label(customers.get(e.customer_id), viewer),
                        "object_type": e.object_type, "object_id": e.object_id,
                        "title": titles[e.object_type, e.object_id]} for e in recent]}
