"""Read side: the public shop (built once per version and cached) and the visitor radar."""

import hashlib
import json
from collections import OrderedDict
from datetime import date
from functools import lru_cache
from threading import Lock

from flask import current_app
from sqlalchemy import bindparam, select

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


def radar(viewer, day: date, recent_limit: int = 30) -> dict:
    """Who opened what on `day`, how often, new or returning; and the latest opens.

    A visitor owned by another rep is shown without their name.
    """
    events = list(db.session.scalars(
        scoped(select(ActivityEvent), ActivityEvent, viewer)
        .where(ActivityEvent.day == day, ActivityEvent.verb == "visit")
        .order_by(ActivityEvent.occurred_at.desc(), ActivityEvent.id.desc())))
    customer_ids = {e.customer_id for e in events if e.customer_id}
    customers = {c.id: c for c in db.session.scalars(
        select(Customer).where(Customer.id.in_(customer_ids)))} if customer_ids else {}
    product_ids = {e.object_id for e in events if e.object_type == "product"}
    titles = dict(db.session.execute(select(Product.id, Product.name).where(
        Product.id.in_(product_ids))).all()) if product_ids else {}

    def title(event):
        return titles.get(event.object_id, "商品") if event.object_type == "product" else "店铺首页"

    new_ids = {e.customer_id for e in events if e.attrs.get("new")}
    visitors: dict[int, dict] = {}
    for event in events:  # newest first
        customer = customers.get(event.customer_id)
        row = visitors.get(event.customer_id)
        if row is None:
            owned = customer is not None and customer.rep_id == viewer.id
            row = visitors[event.customer_id] = {
                "customer_id": event.customer_id, "label": visitor_label(customer, viewer),
                "owned": owned, "status": customer.status if owned else None,
                "is_new": event.customer_id in new_ids,
                "visits": 0, "last_at": event.occurred_at, "objects": {},
                "referred": bool(event.attrs.get("referrer_id")),
            }
        row["visits"] += 1
        key = (event.object_type, event.object_id)
        opened = row["objects"].setdefault(key, {"object_type": event.object_type,
                                                 "object_id": event.object_id,
                                                 "title": title(event), "count": 0})
        opened["count"] += 1
    rows = sorted(visitors.values(), key=lambda r: r["last_at"], reverse=True)
    for row in rows:
        row["objects"] = sorted(row["objects"].values(), key=lambda o: -o["count"])
    recent = [{"id": e.id, "at": e.occurred_at, "customer_id": e.customer_id,
               "label": visitor_label(customers.get(e.customer_id), viewer),
               "object_type": e.object_type, "object_id": e.object_id, "title": title(e)}
              for e in events[:recent_limit]]
    new = sum(1 for r in rows if r["is_new"])
    return {"day": day, "visits": len(events), "visitors": len(rows), "new_visitors": new,
            "returning_visitors": len(rows) - new, "rows": rows, "recent": recent}
