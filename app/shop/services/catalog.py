"""The HQ catalog: categories, products, pins onto shelves, spreadsheet import."""

import re
from decimal import Decimal, InvalidOperation

from flask import current_app
from sqlalchemy import func, select, update

from app.core.access import ROLE_HQ, require_role
from app.core.company import get_company
from app.core.db import check_name_free
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.events import record_event
from app.core.models import Company
from app.core.tables import Column, Columns, RowErrors, read_table
from app.extensions import db
from app.org.models import OrgUnit
from app.shop.models import Category, Product, ShelfPin
from app.shop.schemas import ProductImportRowSchema

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

YES = {"是", "上架", "y", "yes", "true", "1"}
NO = {"否", "下架", "n", "no", "false", "0"}
TAG_SEPARATORS = re.compile(r"[,，、;；\s]+")


def _decimal(text: str, message: str) -> Decimal:
    """A plain decimal number; the schema checks its range, this only that it is one."""
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(message) from None
    # "NaN" and "Infinity" parse, but are no amounts; "1e999999" would be a huge int.
    if not value.is_finite() or abs(value) >= 10**15:
        raise ValueError(message)
    return value


def yuan_to_fen(text: str) -> int:
    """"12.8" or "¥1,299.00" -> fen; raise ValueError for anything else."""
    message = "应为金额（元），最多两位小数"
    cleaned = text.replace("¥", "").replace("￥", "").replace(",", "").strip()
    fen = _decimal(cleaned, message) * 100
    if fen != fen.to_integral_value():
        raise ValueError(message)
    return int(fen)


def _percent_to_bps(text: str) -> int:
    message = "应为百分数，如 5 或 5%"
    bps = _decimal(text.rstrip("%").strip(), message) * 100
    if bps != bps.to_integral_value():
        raise ValueError(message)
    return int(bps)


def _whole_number(text: str) -> int:
    if not re.fullmatch(r"-?[0-9]{1,18}", text):  # the schema says the range
        raise ValueError("应为整数")
    return int(text)


def _yes_no(text: str) -> bool:
    if text.lower() not in YES | NO:
        raise ValueError("应填 是 或 否")
    return text.lower() in YES


def _tags(text: str) -> list[str]:
    return [tag for tag in TAG_SEPARATORS.split(text) if tag]


def _paragraphs(text: str) -> list[dict]:
    """A description cell as the detail's text blocks, one per paragraph."""
    return [{"type": "text", "text": line.strip()} for line in text.splitlines() if line.strip()]


# Headers accepted in an import file (Chinese, as HQ staff write them, or English) and how each
# cell becomes a ProductImportRowSchema field: the API's rules then hold for every row.
IMPORT_COLUMNS = Columns(
    Column("name", ("名称", "商品名称", "name")),
    Column("category", ("分类", "category")),
    Column("subtitle", ("副标题", "卖点", "subtitle")),
    Column("price", ("售价", "价格", "price"), yuan_to_fen),
    Column("list_price", ("划线价", "原价", "list_price"), yuan_to_fen),
    Column("stock", ("库存", "stock"), _whole_number),
    Column("commission_rate_bps", ("佣金比例", "提成比例", "commission"), _percent_to_bps),
    Column("tags", ("标签", "tags"), _tags),
    Column("on_sale", ("上架", "on_sale"), _yes_no),
    Column("sort_order", ("排序", "sort_order"), _whole_number),
    Column("cover_url", ("封面", "封面图", "cover_url")),
    Column("detail", ("描述", "详情", "description"), _paragraphs),
)
import_row_schema = ProductImportRowSchema()


def import_products(actor, filename: str, raw: bytes) -> list[Product]:
    """Add products from a CSV or XLSX file; one bad row imports nothing.

    Each row is checked as the API checks a new product; unknown categories are created.
    Raise ValidationError with the errors of every bad row, or of the file.
    """
    require_role(actor, [ROLE_HQ])
    table = read_table(filename, raw, IMPORT_COLUMNS, current_app.config["IMPORT_MAX_ROWS"])
    table.require("name", "price")
    categories: dict[str, Category | None] = {
        c.name: c for c in db.session.scalars(select(Category))}
    planned, row_errors = [], RowErrors()
    for number, cells in table:
        values, messages = IMPORT_COLUMNS.load(import_row_schema, cells)
        if values:
            messages = IMPORT_COLUMNS.messages(_check_product(values))
            if "category" in values:
                categories.setdefault(values["category"], None)
        row_errors.add(number, messages)
        planned.append(values)
    row_errors.raise_any()
    for name, category in list(categories.items()):
        if category is None:
            categories[name] = Category(name=name, sort_order=len(categories))
            db.session.add(categories[name])
    db.session.flush()
    products = []
    for values in planned:
        category = categories.get(values.pop("category", None))
        product = Product(**{k: v for k, v in values.items() if k in PRODUCT_FIELDS})
        product.category_id = category.id if category else None
        db.session.add(product)
        products.append(product)
    db.session.flush()
    bump_content_version()
    record_event("product.import", actor=actor, attrs={"count": len(products)})
    return products
