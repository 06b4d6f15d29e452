"""HQ's catalog: categories, products, pins, spreadsheet import; image uploads for staff."""

from flask_login import current_user
from sqlalchemy import select

from app.core.access import (
    ROLE_HQ,
    get_or_404,
    get_scoped_or_404,
    login_required,
    roles_required,
)
from app.core.api import Blueprint, NoFormFieldsSchema, PageArgsSchema, errors, page_of, paginate
from app.core.storage import save_image
from app.extensions import db
from app.org.models import OrgUnit
from app.shop import schemas
from app.shop.models import Category, Product, ShelfPin
from app.shop.services import catalog

blp = Blueprint("catalog", __name__, url_prefix="/api/v1", description="总部商品库")


def product_for(user, product_id: int) -> Product:
    """HQ sees every product; other staff only what is on sale."""
    return catalog.get_product(product_id, on_sale_only=user.role != ROLE_HQ)


@blp.route("/categories", methods=["GET"])
@blp.response(200, schemas.CategorySchema(many=True))
@login_required
def list_categories():
    """Product categories, in display order."""
    return db.session.scalars(select(Category).order_by(Category.sort_order, Category.id))


@blp.route("/categories", methods=["POST"])
@blp.arguments(schemas.CategorySchema)
@blp.response(201, schemas.CategorySchema)
@roles_required(ROLE_HQ)
def create_category(data):
    """Add a category."""
    return catalog.create_category(current_user, **data)


@blp.route("/categories/<int:category_id>", methods=["PATCH"])
@blp.arguments(schemas.CategoryUpdateSchema, required=False)
@blp.response(200, schemas.CategorySchema)
@roles_required(ROLE_HQ)
def update_category(changes, category_id):
    """Rename or move a category."""
    return catalog.update_category(current_user, get_or_404(Category, category_id), changes)


@blp.route("/categories/<int:category_id>", methods=["DELETE"])
@blp.response(204)
@roles_required(ROLE_HQ)
def delete_category(category_id):
    """Delete an empty category."""
    catalog.delete_category(current_user, get_or_404(Category, category_id))


@blp.route("/products", methods=["GET"])
@blp.arguments(schemas.ProductListArgsSchema, location="query")
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_of(schemas.ProductSchema))
@login_required
def list_products(filters, page):
    """The catalog: HQ sees every product, reps and bosses what is on sale."""
    query = select(Product).order_by(Product.sort_order, Product.id)
    if current_user.role != ROLE_HQ:
        query = query.where(Product.on_sale)
    elif "on_sale" in filters:
        query = query.where(Product.on_sale == filters["on_sale"])
    if "category_id" in filters:
        query = query.where(Product.category_id == filters["category_id"])
    if "q" in filters:
        query = query.where(Product.name.icontains(filters["q"], autoescape=True))
    return paginate(query, page)


@blp.route("/products", methods=["POST"])
@blp.arguments(schemas.ProductSchema)
@blp.response(201, schemas.ProductSchema)
@roles_required(ROLE_HQ)
def create_product(data):
    """Add a product to the catalog."""
    return catalog.create_product(current_user, **data)


@blp.route("/products/<int:product_id>", methods=["GET"])
@blp.response(200, schemas.ProductSchema)
@login_required
def get_product(product_id):
    """One catalog product."""
    return product_for(current_user, product_id)


@blp.route("/products/<int:product_id>", methods=["PATCH"])
@blp.arguments(schemas.ProductUpdateSchema, required=False)
@blp.response(200, schemas.ProductSchema)
@roles_required(ROLE_HQ)
def update_product(changes, product_id):
    """Edit a product; `on_sale: false` takes it off every shelf at once."""
    return catalog.update_product(current_user, catalog.get_product(product_id), changes)


@blp.route("/products/import", methods=["POST"])
@blp.arguments(NoFormFieldsSchema, location="form")
@blp.arguments(schemas.ImportFileSchema, location="files")
@blp.response(201, schemas.ImportResultSchema)
@roles_required(ROLE_HQ)
def import_products(_, files):
    """Add products from a CSV or Excel file; one bad row imports nothing."""
    upload = files["file"]
    products = catalog.import_products(current_user, upload.filename or "", upload.read())
    return {"created": len(products), "products": products}


@blp.route("/uploads", methods=["POST"])
@blp.arguments(NoFormFieldsSchema, location="form")
@blp.arguments(schemas.UploadSchema, location="files")
@blp.response(201, schemas.UploadResultSchema)
@login_required
def upload_image(_, files):
    """Upload an image (JPG, PNG, WebP, GIF) and get its URL."""
    return {"url": save_image(files["file"].read())}


@blp.route("/pins", methods=["GET"])
@blp.response(200, schemas.PinSchema(many=True))
@roles_required(ROLE_HQ)
def list_pins():
    """Products HQ put on every shelf of an org unit."""
    return db.session.scalars(select(ShelfPin).order_by(ShelfPin.id))


@blp.route("/pins", methods=["POST"])
@blp.arguments(schemas.PinSchema)
@blp.response(201, schemas.PinSchema)
@roles_required(ROLE_HQ)
@errors(404)  # the product or org unit
def pin_product(data):
    """Put a product on every shelf of an org unit's subtree (the HQ unit: every shelf)."""
    return catalog.pin_product(current_user, catalog.get_product(data["product_id"]),
                               get_scoped_or_404(OrgUnit, data["org_unit_id"], current_user),
                               data["featured"])


@blp.route("/pins/<int:pin_id>", methods=["DELETE"])
@blp.response(204)
@roles_required(ROLE_HQ)
def unpin(pin_id):
    """Take a pinned product off the shelves it was pinned to."""
    catalog.unpin(current_user, get_or_404(ShelfPin, pin_id))
