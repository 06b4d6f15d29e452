"""Request and response bodies of the shop API."""

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from app.core.api import ID, MAX_BIG_ID, PageArgsSchema, PartialSchema, page_of
from app.core.fields import MOBILE, MONEY, NOT_BLANK, WEB_URL, JsonBoolean, text, whole_number
from app.shop.models import (
    CLOSED_STATUSES,
    FULFILMENTS,
    MAX_STOCK,
    ORDER_STATUSES,
    PRODUCT_ROLES,
    SHARE_CHANNELS,
)
from app.shop.payments import payment_provider
from app.shop.shareables import is_shareable

RATE_BPS = validate.Range(min=0, max=5000)  # at most 50%
URL = WEB_URL
BIG_ID = validate.Range(min=1, max=MAX_BIG_ID)
def _shareable(value):
    """Checked when loaded: packages higher in the order register what else can be shared."""
    if not is_shareable(value):
        raise ValidationError("不支持的分享类型")


def money(**kwargs):
    return fields.Integer(strict=True, validate=MONEY,
                          metadata={"description": "Amount in fen"}, **kwargs)


class DetailBlockSchema(Schema):
    type = fields.String(required=True, validate=validate.OneOf(["text", "image"]))
    text = fields.String(validate=validate.Length(max=5000))
    url = fields.String(validate=URL)

    @validates_schema
    def check_block(self, data, **kwargs):
        if "type" not in data:  # a partial (PATCH) load does not check `required` in nested
            raise ValidationError("缺少必填字段", field_name="type")
        needed = "text" if data["type"] == "text" else "url"
        if not data.get(needed):
            raise ValidationError("必填", field_name=needed)


# --- catalog ---------------------------------------------------------------------------------

CATEGORY_NAME = text(30)


class CategorySchema(Schema):
    id = fields.Integer(dump_only=True)
    name = fields.String(required=True, validate=CATEGORY_NAME)
    sort_order = fields.Integer(load_default=0, strict=True,
                                validate=validate.Range(min=0, max=100_000))


class CategoryUpdateSchema(PartialSchema, CategorySchema):
    """Any of a category's fields."""


class ProductSchema(Schema):
    id = fields.Integer(dump_only=True)
    category_id = fields.Integer(allow_none=True, load_default=None, strict=True, validate=ID)
    category = fields.Nested(CategorySchema, dump_only=True, allow_none=True)
    name = fields.String(required=True, validate=text(100))
    subtitle = fields.String(load_default="", validate=validate.Length(max=200))
    cover_url = fields.String(allow_none=True, load_default=None, validate=URL)
    gallery = fields.List(fields.String(validate=URL), load_default=list,
                          validate=validate.Length(max=9))
    detail = fields.List(fields.Nested(DetailBlockSchema), load_default=list,
                         validate=validate.Length(max=50))
    price = money(required=True)
    list_price = money(allow_none=True, load_default=None)
    stock = fields.Integer(allow_none=True, load_default=None, strict=True,
                           validate=whole_number(MAX_STOCK),
                           metadata={"description": "null: unlimited"})
    sold = fields.Integer(dump_only=True)
    on_sale = JsonBoolean(load_default=True)
    commission_rate_bps = fields.Integer(
        allow_none=True, load_default=None, strict=True, validate=RATE_BPS,
        metadata={"description": "Basis points (500 = 5%); null: the company default"})
    tags = fields.List(fields.String(validate=text(20)), load_default=list,
                       validate=validate.Length(max=10))
    sort_order = fields.Integer(load_default=0, strict=True, validate=whole_number(100_000))
    role = fields.String(allow_none=True, load_default=None,
                         validate=validate.OneOf(PRODUCT_ROLES),
                         metadata={"description": "引流品 traffic, 爆品 hit, 主推利润品 profit"})
    created_at = fields.DateTime(dump_only=True)
    updated_at = fields.DateTime(dump_only=True)


class ProductUpdateSchema(PartialSchema, ProductSchema):
    """Any of a product's fields."""


class ProductImportRowSchema(ProductSchema):
    """A row of a product import: a product as the API takes it, its category by name."""

    category = fields.String(load_only=True, validate=CATEGORY_NAME)


class ProductBriefSchema(Schema):
    """A product as shelves and pins list it."""

    id = fields.Integer(required=True)
    name = fields.String(required=True)
    subtitle = fields.String(required=True)
    cover_url = fields.String(allow_none=True, required=True)
    price = fields.Integer(required=True)
    list_price = fields.Integer(allow_none=True, required=True)
    on_sale = fields.Boolean(required=True)
    stock = fields.Integer(allow_none=True, required=True)
    commission_rate_bps = fields.Integer(allow_none=True, required=True)


class CategoryRefSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)


class ProductListArgsSchema(Schema):
    category_id = fields.Integer(validate=ID)
    q = fields.String(validate=validate.Length(min=1, max=50))
    on_sale = fields.Boolean()


class ImportFileSchema(Schema):
    file = fields.Raw(required=True, metadata={"type": "string", "format": "binary"})


class ImportResultSchema(Schema):
    created = fields.Integer(required=True)
    products = fields.List(fields.Nested(ProductBriefSchema), required=True)


class UploadSchema(Schema):
    file = fields.Raw(required=True, metadata={"type": "string", "format": "binary"})


class UploadResultSchema(Schema):
    url = fields.String(required=True)


class PinSchema(Schema):
    id = fields.Integer(dump_only=True)
    product_id = fields.Integer(required=True, strict=True, validate=ID)
    org_unit_id = fields.Integer(required=True, strict=True, validate=ID)
    featured = JsonBoolean(load_default=False)
    product = fields.Nested(ProductBriefSchema, dump_only=True)


# --- the rep's shop --------------------------------------------------------------------------

class ShopProfileSchema(Schema):
    display_name = fields.String(allow_none=True, validate=text(50))
    avatar_url = fields.String(allow_none=True, validate=URL)
    greeting = fields.String(allow_none=True, validate=validate.Length(max=200))
    phone = fields.String(allow_none=True, validate=MOBILE)
    wechat_qr_url = fields.String(allow_none=True, validate=URL)
    shop_code = fields.String(dump_only=True)
    version = fields.Integer(dump_only=True)


class ShelfItemSchema(Schema):
    id = fields.Integer(required=True)
    product_id = fields.Integer(required=True)
    position = fields.Integer(required=True)
    featured = fields.Boolean(required=True)
    product = fields.Nested(ProductBriefSchema, required=True)


class PinnedItemSchema(Schema):
    product_id = fields.Integer(required=True)
    featured = fields.Boolean(required=True)
    product = fields.Nested(ProductBriefSchema, required=True)


class ShelfSchema(Schema):
    items = fields.List(fields.Nested(ShelfItemSchema), required=True)
    pinned = fields.List(fields.Nested(PinnedItemSchema), required=True,
                         metadata={"description": "Put on the shelf by HQ; the rep cannot "
                                                  "remove them"})
    featured_max = fields.Integer(required=True)


class ShelfAddSchema(Schema):
    product_id = fields.Integer(required=True, strict=True, validate=ID)
    featured = JsonBoolean(load_default=False)


class ShelfItemUpdateSchema(Schema):
    featured = JsonBoolean()
    position = fields.Integer(strict=True, validate=validate.Range(min=0, max=100_000))


class ShelfOrderSchema(Schema):
    item_ids = fields.List(fields.Integer(strict=True, validate=BIG_ID), required=True,
                           validate=validate.Length(max=500))


class ShareCreateSchema(Schema):
    object_type = fields.String(required=True, validate=_shareable)
    object_id = fields.Integer(allow_none=True, load_default=None, strict=True, validate=BIG_ID)
    channel = fields.String(load_default="link", validate=validate.OneOf(SHARE_CHANNELS))


class ShareSchema(Schema):
    id = fields.Integer(required=True)
    token = fields.String(required=True)
    object_type = fields.String(required=True)
    object_id = fields.Integer(allow_none=True, required=True)
    channel = fields.String(required=True)
    url = fields.String(required=True, metadata={"description": "Path of the shared page"})
    poster_url = fields.String(required=True)
    created_at = fields.DateTime(required=True)


class RadarArgsSchema(PageArgsSchema):
    day = fields.Date(metadata={"description": "Local day; default today"})


class RadarObjectSchema(Schema):
    object_type = fields.String(required=True)
    object_id = fields.Integer(allow_none=True, required=True)
    title = fields.String(required=True)
    count = fields.Integer(required=True)


class RadarRowSchema(Schema):
    customer_id = fields.Integer(required=True)
    label = fields.String(required=True)
    owned = fields.Boolean(required=True, metadata={"description": "The viewer's own customer"})
    status = fields.String(allow_none=True, required=True)
    is_new = fields.Boolean(required=True)
    referred = fields.Boolean(required=True)
    visits = fields.Integer(required=True)
    last_at = fields.DateTime(required=True)
    objects = fields.List(fields.Nested(RadarObjectSchema), required=True)


class RadarEventSchema(Schema):
    id = fields.Integer(required=True)
    at = fields.DateTime(required=True)
    customer_id = fields.Integer(allow_none=True, required=True)
    label = fields.String(required=True)
    object_type = fields.String(allow_none=True, required=True)
    object_id = fields.Integer(allow_none=True, required=True)
    title = fields.String(required=True)


class RadarSchema(page_of(RadarRowSchema)):
    """The day's figures, a page of its visitors (`items`, latest first) and the latest opens."""

    day = fields.Date(required=True)
    visits = fields.Integer(required=True)
    visitors = fields.Integer(required=True)
    new_visitors = fields.Integer(required=True)
    returning_visitors = fields.Integer(required=True)
    recent = fields.List(fields.Nested(RadarEventSchema), required=True,
                         metadata={"description": "The day's latest opens (a few dozen)"})


class CustomerSchema(Schema):
    id = fields.Integer(required=True)
    rep_id = fields.Integer(required=True)
    status = fields.String(required=True)
    name = fields.String(allow_none=True, required=True)
    phone = fields.String(allow_none=True, required=True)
    referrer_id = fields.Integer(allow_none=True, required=True)
    first_visit_at = fields.DateTime(required=True)
    last_visit_at = fields.DateTime(required=True)
    visit_count = fields.Integer(required=True)
    converted_at = fields.DateTime(allow_none=True, required=True)


class AdoptSchema(Schema):
    name = fields.String(required=True, validate=text(50))
    phone = fields.String(allow_none=True, load_default=None, validate=MOBILE)


# --- public shop -----------------------------------------------------------------------------

class ProductCardSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    subtitle = fields.String(required=True)
    cover_url = fields.String(allow_none=True, required=True)
    price = fields.Integer(required=True)
    list_price = fields.Integer(allow_none=True, required=True)
    tags = fields.List(fields.String(), required=True)
    sold_out = fields.Boolean(required=True)


class ShopCardSchema(Schema):
    code = fields.String(required=True)
    rep_name = fields.String(required=True)
    display_name = fields.String(required=True)
    avatar_url = fields.String(allow_none=True, required=True)
    greeting = fields.String(required=True)
    phone = fields.String(allow_none=True, required=True)
    wechat_qr_url = fields.String(allow_none=True, required=True)


class CompanyCardSchema(Schema):
    name = fields.String(required=True)
    logo_url = fields.String(allow_none=True, required=True)


class ShelfCategorySchema(Schema):
    id = fields.Integer(allow_none=True, required=True)
    name = fields.String(required=True)
    products = fields.List(fields.Nested(ProductCardSchema), required=True)


class PublicShopSchema(Schema):
    shop = fields.Nested(ShopCardSchema, required=True)
    company = fields.Nested(CompanyCardSchema, required=True)
    featured = fields.List(fields.Nested(ProductCardSchema), required=True)
    categories = fields.List(fields.Nested(ShelfCategorySchema), required=True)


class PublicProductSchema(ProductCardSchema):
    stock_status = fields.String(required=True, validate=validate.OneOf(["in_stock", "low",
                                                                         "sold_out"]))
    stock_left = fields.Integer(allow_none=True, required=True,
                                metadata={"description": "null: unlimited"})
    max_quantity = fields.Integer(required=True, metadata={
        "description": "The most one order may take: the stock left, at most "
                       "ORDER_MAX_QUANTITY"})
    gallery = fields.List(fields.String(), required=True)
    detail = fields.List(fields.Nested(DetailBlockSchema), required=True)
    category = fields.Nested(CategoryRefSchema, allow_none=True, required=True)


class PublicProductPageSchema(Schema):
    shop = fields.Nested(ShopCardSchema, required=True)
    product = fields.Nested(PublicProductSchema, required=True)


class VisitSchema(Schema):
    token = fields.String(allow_none=True, load_default=None,
                          validate=validate.Length(max=24),
                          metadata={"description": "The `t` parameter of the opened link"})
    object_type = fields.String(load_default="shop", validate=_shareable)
    object_id = fields.Integer(allow_none=True, load_default=None, strict=True, validate=BIG_ID)


class VisitResultSchema(Schema):
    forward_token = fields.String(required=True, allow_none=True, metadata={
        "description": "Put in the page address as `t`, so a forward carries this visitor "
                       "as referrer"})
    new_visitor = fields.Boolean(required=True)
    recorded = fields.Boolean(required=True, metadata={
        "description": "False when staff open a shop signed in (a preview is no visit)"})


class OrderItemSchema(Schema):
    product_id = fields.Integer(required=True, strict=True, validate=ID)
    quantity = fields.Integer(required=True, strict=True, validate=validate.Range(min=1,
                                                                                   max=9999))


class OrderCreateSchema(Schema):
    items = fields.List(fields.Nested(OrderItemSchema), required=True,
                        validate=validate.Length(min=1, max=100))
    contact_name = fields.String(required=True, validate=text(50))
    contact_phone = fields.String(required=True, validate=MOBILE)
    fulfilment = fields.String(load_default="delivery", validate=validate.OneOf(FULFILMENTS))
    address = fields.String(load_default="", validate=validate.Length(max=200))
    remark = fields.String(load_default="", validate=validate.Length(max=200))
    token = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=24))
    promotions = fields.Dict(
        keys=fields.String(validate=validate.Length(min=1, max=40)),
        values=fields.Dict(keys=fields.String(validate=validate.Length(max=40))),
        load_default=dict, validate=validate.Length(max=10),
        metadata={"description": "Inputs of the price adjusters by adjuster name (app.shop."
                                 "pricing), e.g. the coupon a promotion package applies; "
                                 "a name no adjuster has is 422"})


class OrderLineSchema(Schema):
    product_id = fields.Integer(required=True)
    product_name = fields.String(required=True)
    cover_url = fields.String(allow_none=True, required=True)
    unit_price = fields.Integer(required=True, metadata={"description": "Catalog price"})
    quantity = fields.Integer(required=True)
    amount = fields.Integer(required=True, metadata={"description": "unit_price x quantity"})
    net_amount = fields.Integer(required=True, metadata={
        "description": "What is paid for the line: amount less its discounts and its share "
                       "of the order's; the lines add up to total_amount"})


class DiscountSchema(Schema):
    source = fields.String(required=True, metadata={"description": "The price adjuster"})
    label = fields.String(required=True)
    amount = fields.Integer(required=True)
    product_id = fields.Integer(allow_none=True, required=True,
                                metadata={"description": "The line's product; null: the order"})


class StaffDiscountSchema(DiscountSchema):
    ref = fields.String(allow_none=True, required=True,
                        metadata={"description": "What the adjuster reserved for it"})


def closing_reason(order) -> str | None:
    """Why a closed order (cancelled, refunded, expired) was closed, as its last step says."""
    if order.status not in CLOSED_STATUSES or not order.transitions:
        return None
    return order.transitions[-1].reason or None


class StaffOrderLineSchema(OrderLineSchema):
    commission_rate_bps = fields.Integer(required=True)


class TransitionSchema(Schema):
    from_status = fields.String(allow_none=True, required=True)
    to_status = fields.String(required=True)
    actor_kind = fields.String(required=True)
    actor_name = fields.Function(lambda t: t.actor.name if t.actor else None, allow_none=True)
    reason = fields.String(required=True)
    at = fields.DateTime(required=True)


class CustomerOrderSchema(Schema):
    """An order as its customer sees it."""

    id = fields.Integer(required=True)
    number = fields.String(required=True)
    status = fields.String(required=True, validate=validate.OneOf(ORDER_STATUSES))
    subtotal_amount = fields.Integer(required=True, metadata={
        "description": "The lines at catalog prices"})
    discounts = fields.List(fields.Nested(DiscountSchema), required=True)
    total_amount = fields.Integer(required=True, metadata={
        "description": "To pay: subtotal_amount less the discounts"})
    item_count = fields.Integer(required=True)
    contact_name = fields.String(required=True)
    contact_phone = fields.String(required=True)
    fulfilment = fields.String(required=True)
    address = fields.String(required=True)
    remark = fields.String(required=True)
    placed_at = fields.DateTime(required=True)
    hold_until = fields.DateTime(allow_none=True, required=True, metadata={
        "description": "An unpaid order keeps its stock until then, and is closed (expired) "
                       "after"})
    paid_at = fields.DateTime(allow_none=True, required=True)
    completed_at = fields.DateTime(allow_none=True, required=True)
    closed_at = fields.DateTime(allow_none=True, required=True)
    closed_reason = fields.Function(closing_reason, allow_none=True, required=True, metadata={
        "description": "Why it was cancelled, refunded or expired"})
    lines = fields.List(fields.Nested(OrderLineSchema), required=True)


class PlacedOrderSchema(CustomerOrderSchema):
    payment_instructions = fields.Function(
        lambda order: payment_provider(order.payment_method).instructions(order), required=True)


class OrderSchema(CustomerOrderSchema):
    """An order as staff see it."""

    rep_id = fields.Integer(required=True)
    rep_name = fields.Function(lambda o: o.rep.name, required=True)
    customer_id = fields.Integer(required=True)
    referrer_id = fields.Integer(allow_none=True, required=True)
    share_id = fields.Integer(allow_none=True, required=True)
    paid_amount = fields.Integer(required=True)
    payment_method = fields.String(required=True)
    payment_ref = fields.String(allow_none=True, required=True)
    lines = fields.List(fields.Nested(StaffOrderLineSchema), required=True)
    discounts = fields.List(fields.Nested(StaffDiscountSchema), required=True)
    transitions = fields.List(fields.Nested(TransitionSchema), required=True)


class OrderListArgsSchema(Schema):
    status = fields.String(validate=validate.OneOf(ORDER_STATUSES))
    rep_id = fields.Integer(validate=ID)


class OrderActionSchema(Schema):
    reason = fields.String(load_default="", validate=validate.Length(max=200))
    reference = fields.String(allow_none=True, load_default=None,
                              validate=validate.Length(max=64),
                              metadata={"description": "Payment reference (pay only)"})


class RefundSchema(OrderActionSchema):
    reason = fields.String(required=True, validate=[NOT_BLANK, validate.Length(max=200)])


# --- commission ------------------------------------------------------------------------------

class CommissionSummarySchema(Schema):
    frozen = fields.Integer(required=True, metadata={"description": "Pending, in fen"})
    settled = fields.Integer(required=True)
    total = fields.Integer(required=True)
    settle_days = fields.Integer(required=True)


class CommissionEntrySchema(Schema):
    id = fields.Integer(required=True)
    rep_id = fields.Integer(required=True)
    order_id = fields.Integer(required=True)
    order_number = fields.Function(lambda e: e.order.number, required=True)
    kind = fields.String(required=True)
    amount = fields.Integer(required=True)
    status = fields.String(required=True)
    settle_at = fields.DateTime(required=True)
    settled_at = fields.DateTime(allow_none=True, required=True)
    created_at = fields.DateTime(required=True)


class CommissionListArgsSchema(Schema):
    status = fields.String(validate=validate.OneOf(["frozen", "settled"]))


class SettlementArgsSchema(Schema):
    start = fields.Date(required=True, metadata={"description": "First local day"})
    end = fields.Date(required=True, metadata={"description": "Last local day (included)"})
    format = fields.String(load_default="xlsx", validate=validate.OneOf(["xlsx", "csv"]))

    @validates_schema
    def check_period(self, data, **kwargs):
        if data["end"] < data["start"]:
            raise ValidationError("结束日期不能早于开始日期", field_name="end")
        if (data["end"] - data["start"]).days > 366:
            raise ValidationError("一次最多导出一年", field_name="end")
