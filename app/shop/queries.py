"""Read side: the public shop (built once per version and cached) and the visitor radar."""

import hashlib
import json
from collections import OrderedDict
from datetime import date
from functools import lru_cache
from threading import Lock

from sqlalchemy import bindparam, case, distinct, func, select

from app.core.access import ROLE_REP, scoped
from app.core.company import COMPANY_ID, get_company
from app.core.errors import NotFound
from app.core.models import ActivityEvent, Company
from app.customers.models import Customer
from app.extensions import db
from app.org.models import User
from app.shop.models import Category, Product, ShopProfile
from app.shop.services.shelves import pins_for, shelf_items

PAYLOAD_VERSION = 1  # part of every shop ETag: bump it when the payload's shape changes
LOW_STOCK = 10
DEFAULT_GREETING = "欢迎光临！有任何问题，随时联系我。"


def _etag(content_version: int | None, profile_version: int | None, rep_updated_at) -> str:
    """Moves with the catalog (company content version), the shop (profile version) and the
    rep (updated_at): everything the shop payload shows."""
    stamp = hashlib.blake2b(str(rep_updated_at).encode(), digest_size=6).hexdigest()
    return f"s{PAYLOAD_VERSION}.{content_version or 0}.{profile_version or 0}.{stamp}"


def _open_shop(code: str):
    return (User.shop_code == code, User.role == ROLE_REP, User.active)


@lru_cache(maxsize=4)
def _etag_sql(dialect) -> tuple[str, tuple | None, dict]:
    """The shop page's one query, compiled once per database: on its hot path, building and
    compiling a statement costs as much as running it."""
    content_version = (select(Company.content_version).where(Company.id == COMPANY_ID)
                       .scalar_subquery())
    compiled = (select(User.updated_at, ShopProfile.version, content_version)
                .outerjoin(ShopProfile, ShopProfile.rep_id == User.id)
                .where(User.shop_code == bindparam("code"), User.role == ROLE_REP, User.active)
                .compile(dialect=dialect))
    return str(compiled), compiled.positiontup, compiled.construct_params({"code": None})


def shop_etag(code: str) -> str:
    """The shop's ETag in one small read of three columns; 404 when no open shop has the code.

    Run as plain SQL outside the ORM session: the values only feed the ETag, so the stored
    timestamp is used as the driver returns it.
    """
    sql, positions, params = _etag_sql(db.engine.dialect)
    params = {**params, "code": code}
    with db.engine.connect() as connection:
        row = connection.exec_driver_sql(
            sql, tuple(params[name] for name in positions) if positions else params).first()
    if row is None:
        raise NotFound("店铺不存在或已关闭", code="shop_not_found")
    updated_at, profile_version, catalog_version = row
    return _etag(catalog_version, profile_version, updated_at)


def find_shop(code: str) -> tuple[User, ShopProfile | None]:
    """The active rep behind a shop code and their profile; else 404."""
    row = db.session.execute(
        select(User, ShopProfile).outerjoin(ShopProfile, ShopProfile.rep_id == User.id)
        .where(User.shop_code == code, User.role == ROLE_REP, User.active)
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
    if product.stock is None or product.stock > LOW_STOCK:
        return {"stock_status": "in_stock", "stock_left": None}
    if product.stock == 0:
        return {"stock_status": "sold_out", "stock_left": 0}
    return {"stock_status": "low", "stock_left": product.stock}


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


class PayloadCache:
    """Serialized shop payloads by (shop code, ETag): a viral share costs two small reads.

    An entry is only ever replaced by a newer version, so it is never stale; the cache is
    per process and bounded.
    """

    def __init__(self, size: int = 2048):
        self.size = size
        self.entries: OrderedDict[str, tuple[str, bytes]] = OrderedDict()
        self.lock = Lock()

    def get(self, code: str, etag: str) -> bytes | None:
        with self.lock:
            entry = self.entries.get(code)
            if entry is None or entry[0] != etag:
                return None
            self.entries.move_to_end(code)
            return entry[1]

    def put(self, code: str, etag: str, body: bytes) -> None:
        with self.lock:
            self.entries[code] = (etag, body)
            self.entries.move_to_end(code)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)


shop_cache = PayloadCache()


def shop_json(code: str) -> tuple[bytes, str]:
    """The shop payload as JSON bytes with its ETag: from the cache while the ETag holds."""
    etag = shop_etag(code)
    body = shop_cache.get(code, etag)
    if body is None:
        # Read after the ETag: the payload is never older than the version it is kept under.
        rep, profile = find_shop(code)
        body = json.dumps(shop_payload(rep, profile), ensure_ascii=False,
                          separators=(",", ":")).encode()
        shop_cache.put(code, etag, body)
    return body, etag


def product_payload(rep: User, profile: ShopProfile | None, product: Product) -> dict:
    return {"shop": shop_card(rep, profile),
            "product": {**product_card(product), **stock_status(product),
                        "gallery": product.gallery, "detail": product.detail,
                        "category": {"id": product.category.id, "name": product.category.name}
                        if product.category else None}}


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
    product_ids = {o.object_id for rows in opened.values() for o in rows
                   if o.object_type == "product"}
    product_ids |= {e.object_id for e in recent if e.object_type == "product"}
    titles = dict(db.session.execute(select(Product.id, Product.name).where(
        Product.id.in_(product_ids))).all()) if product_ids else {}

    def title(object_type, object_id):
        return titles.get(object_id, "商品") if object_type == "product" else "店铺首页"

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
                             "title": title(o.object_type, o.object_id), "count": o.count}
                            for o in objects]}

    return {"day": day, "visits": visits, "visitors": visitors, "new_visitors": new,
            "returning_visitors": visitors - new,
            "items": [visitor_row(row) for row in page_rows], "total": visitors,
            "page": page, "per_page": per_page,
            "recent": [{"id": e.id, "at": e.occurred_at, "customer_id": e.customer_id,
                        "label": visitor_label(customers.get(e.customer_id), viewer),
                        "object_type": e.object_type, "object_id": e.object_id,
                        "title": title(e.object_type, e.object_id)} for e in recent]}
