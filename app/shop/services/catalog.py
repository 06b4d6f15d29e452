"""The HQ catalog: categories, products, pins onto shelves, spreadsheet import."""

import re
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select, update

from app.core.access import ROLE_HQ, require_role
from app.core.company import get_company
from app.core.db import check_name_free
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.events import record_event
from app.core.fields import MAX_YUAN, MONEY_MESSAGE
from app.core.models import Company
from app.core.tables import read_rows
from app.extensions import db
from app.org.models import OrgUnit
from app.shop.models import MAX_STOCK, Category, Product, ShelfPin

PRODUCT_FIELDS = ("category_id", "name", "subtitle", "cover_url", "gallery", "detail", "price",
                  "list_price", "stock", "on_sale", "commission_rate_bps", "tags", "sort_order")


def bump_content_version() -> None:
    """Every public shop's ETag changes: the catalog they all show has changed."""
    get_company()
    db.session.execute(update(Company).values(content_version=Company.content_version + 1))


def commission_rate_of(product: Product) -> int:
    if product.commission_rate_bps is not None:
        return product.commission_rate_bps
    return get_company().commission_rate_bps


# --- categories ------------------------------------------------------------------------------

def create_category(actor, name: str, sort_order: int = 0) -> Category:
    require_role(actor, [ROLE_HQ])
    check_name_free(Category, name)
    category = Category(name=name, sort_order=sort_order)
    db.session.add(category)
    bump_content_version()
    db.session.flush()
    return category


def update_category(actor, category: Category, changes: dict) -> Category:
    require_role(actor, [ROLE_HQ])
    if "name" in changes:
        check_name_free(Category, changes["name"], category.id)
    for field in ("name", "sort_order"):
        if field in changes:
            setattr(category, field, changes[field])
    bump_content_version()
    db.session.flush()
    return category


def delete_category(actor, category: Category) -> None:
    """Raise Conflict while products still use the category."""
    require_role(actor, [ROLE_HQ])
    used = db.session.scalar(select(func.count()).where(Product.category_id == category.id))
    if used:
        raise Conflict(f"该分类下还有 {used} 个商品，请先移走", code="category_in_use")
    db.session.delete(category)
    bump_content_version()
    db.session.flush()


# --- products --------------------------------------------------------------------------------

def _check_product(values: dict) -> dict:
    errors: dict[str, list[str]] = {}
    category_id = values.get("category_id")
    if category_id is not None and db.session.get(Category, category_id) is None:
        errors["category_id"] = ["分类不存在"]
    price, list_price = values.get("price"), values.get("list_price")
    if price is not None and list_price is not None and list_price < price:
        errors["list_price"] = ["划线价不能低于售价"]
    return errors


def create_product(actor, **values) -> Product:
    """Raise ValidationError for an unknown category or a list price below the price."""
    require_role(actor, [ROLE_HQ])
    errors = _check_product(values)
    if errors:
        raise ValidationError(fields=errors)
    product = Product(**{k: v for k, v in values.items() if k in PRODUCT_FIELDS})
    db.session.add(product)
    db.session.flush()
    bump_content_version()
    record_event("product.create", actor=actor, object_type="product", object_id=product.id)
    return product


def update_product(actor, product: Product, changes: dict) -> Product:
    """Edit a product; taking it off sale removes it from every shelf at once."""
    require_role(actor, [ROLE_HQ])
    errors = _check_product({"category_id": changes.get("category_id"),
                             "price": changes.get("price", product.price),
                             "list_price": changes.get("list_price", product.list_price)})
    if errors:
        raise ValidationError(fields=errors)
    for field in PRODUCT_FIELDS:
        if field in changes:
            setattr(product, field, changes[field])
    bump_content_version()
    db.session.flush()
    record_event("product.update", actor=actor, object_type="product", object_id=product.id,
                 attrs={"fields": sorted(changes)})
    return product


def get_product(product_id: int, *, on_sale_only: bool = False) -> Product:
    product = db.session.get(Product, product_id)
    if product is None or (on_sale_only and not product.on_sale):
        raise NotFound()
    return product


# --- pins ------------------------------------------------------------------------------------

def pin_product(actor, product: Product, org_unit: OrgUnit, featured: bool = False) -> ShelfPin:
    """Put a product on every shelf of `org_unit`'s subtree; pinning twice updates the pin."""
    require_role(actor, [ROLE_HQ])
    pin = db.session.scalar(select(ShelfPin).where(ShelfPin.product_id == product.id,
                                                   ShelfPin.org_unit_id == org_unit.id))
    if pin is None:
        pin = ShelfPin(product_id=product.id, org_unit_id=org_unit.id)
        db.session.add(pin)
    pin.featured = featured
    bump_content_version()
    db.session.flush()
    return pin


def unpin(actor, pin: ShelfPin) -> None:
    require_role(actor, [ROLE_HQ])
    db.session.delete(pin)
    bump_content_version()
    db.session.flush()


# --- import ----------------------------------------------------------------------------------

# Column headers accepted in an import file, Chinese (as HQ staff write them) or English.
IMPORT_COLUMNS = {
    "name": ("名称", "商品名称", "name"),
    "category": ("分类", "category"),
    "subtitle": ("副标题", "卖点", "subtitle"),
    "price": ("售价", "价格", "price"),
    "list_price": ("划线价", "原价", "list_price"),
    "stock": ("库存", "stock"),
    "commission": ("佣金比例", "提成比例", "commission"),
    "tags": ("标签", "tags"),
    "on_sale": ("上架", "on_sale"),
    "sort_order": ("排序", "sort_order"),
    "cover_url": ("封面", "封面图", "cover_url"),
    "description": ("描述", "详情", "description"),
}
YES = {"是", "上架", "y", "yes", "true", "1"}
NO = {"否", "下架", "n", "no", "false", "0"}


def yuan_to_fen(text: str) -> int:
    """"12.8" or "¥1,299.00" -> fen; raise ValueError for anything else."""
    cleaned = text.replace("¥", "").replace("￥", "").replace(",", "").strip()
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not amount.is_finite():  # "NaN", "sNaN", "Infinity" parse, but are no amounts
        raise ValueError(text)
    fen = amount * 100
    if fen != fen.to_integral_value() or fen < 0 or fen > MAX_YUAN * 100:
        raise ValueError(text)
    return int(fen)


def _percent_to_bps(text: str) -> int:
    value = Decimal(text.rstrip("%").strip())
    if not value.is_finite():
        raise ValueError(text)
    bps = value * 100
    if bps != bps.to_integral_value() or not 0 <= bps <= 5000:
        raise ValueError(text)
    return int(bps)


def _import_row(row: dict, categories: dict[str, Category | None]) -> tuple[dict, list[str]]:
    get = {key: next((row[h] for h in headers if h in row), "")
           for key, headers in IMPORT_COLUMNS.items()}
    errors, values = [], {}
    if not get["name"] or len(get["name"]) > 100:
        errors.append("名称必填，且不超过 100 字")
    values["name"] = get["name"]
    values["subtitle"] = get["subtitle"][:200]
    for key, label, required in (("price", "售价", True), ("list_price", "划线价", False)):
        if get[key]:
            try:
                values[key] = yuan_to_fen(get[key])
            except ValueError:
                errors.append(f"{label}{MONEY_MESSAGE}")
        elif required:
            errors.append(f"{label}必填")
    if values.get("list_price") is not None and values.get("price") is not None \
            and values["list_price"] < values["price"]:
        errors.append("划线价不能低于售价")
    if get["stock"]:
        if not re.fullmatch(r"\d{1,9}", get["stock"]):
            errors.append(f"库存应为 0 到 {MAX_STOCK} 之间的整数，留空表示不限")
        else:
            values["stock"] = int(get["stock"])
    if get["commission"]:
        try:
            values["commission_rate_bps"] = _percent_to_bps(get["commission"])
        except (ValueError, InvalidOperation):
            errors.append("佣金比例应为 0 到 50 之间的百分数，如 5 或 5%")
    on_sale = get["on_sale"].lower()
    if on_sale and on_sale not in YES | NO:
        errors.append("上架应填 是 或 否")
    values["on_sale"] = on_sale not in NO
    if get["sort_order"]:
        if not re.fullmatch(r"\d{1,6}", get["sort_order"]):
            errors.append("排序应为整数")
        else:
            values["sort_order"] = int(get["sort_order"])
    if get["cover_url"] and not re.fullmatch(r"(https://|/media/)\S{1,490}", get["cover_url"]):
        errors.append("封面应为 https:// 开头的图片地址")
    values["cover_url"] = get["cover_url"] or None
    values["tags"] = [t for t in re.split(r"[,，、;；\s]+", get["tags"]) if t][:10]
    if any(len(t) > 20 for t in values["tags"]):
        errors.append("每个标签不超过 20 字")
    values["detail"] = [{"type": "text", "text": p.strip()}
                        for p in get["description"].split("\n") if p.strip()]
    if get["category"]:
        if len(get["category"]) > 30:
            errors.append("分类名称不超过 30 字")
        categories.setdefault(get["category"], None)
        values["category"] = get["category"]
    return values, errors


def import_products(actor, filename: str, raw: bytes) -> list[Product]:
    """Add products from a CSV or XLSX file; one bad row imports nothing.

    Unknown categories are created. Raise ValidationError with the errors of every bad row.
    """
    require_role(actor, [ROLE_HQ])
    rows = read_rows(filename, raw)
    if not rows:
        raise ValidationError("文件中没有数据行", fields={"file": ["没有数据行"]})
    headers = set(rows[0])
    for key in ("name", "price"):
        if not headers & set(IMPORT_COLUMNS[key]):
            raise ValidationError("文件缺少必需的列",
                                  fields={"file": [f"缺少列: {IMPORT_COLUMNS[key][0]}"]})
    categories = {c.name: c for c in db.session.scalars(select(Category))}
    planned, row_errors = [], {}
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        values, errors = _import_row(row, categories)
        planned.append(values)
        if errors:
            row_errors[str(number)] = errors
    if row_errors:
        raise ValidationError(f"{len(row_errors)} 行有错误，未导入任何数据",
                              fields={"rows": row_errors})
    for name, category in list(categories.items()):
        if category is None:
            categories[name] = Category(name=name, sort_order=len(categories))
            db.session.add(categories[name])
    db.session.flush()
    products = []
    for values in planned:
        category = categories.get(values.pop("category", None))
        product = Product(**values, category_id=category.id if category else None)
        db.session.add(product)
        products.append(product)
    db.session.flush()
    bump_content_version()
    record_event("product.import", actor=actor, attrs={"count": len(products)})
    return products
