"""Bodies of the customer insight API (app.dashboard.insight)."""

from marshmallow import Schema, fields, validate

from app.clients.models import FLAGS, SEGMENTS, STAGES
from app.clients.schemas import CustomerBriefSchema, CustomerListArgsSchema
from app.core.api import ID
from app.dashboard.insight import PRODUCT_SORTS
from app.dashboard.periods import PERIOD_KINDS
from app.dashboard.schemas import PeriodArgsSchema, PeriodSchema

FILTER = fields.Nested(CustomerListArgsSchema, required=True, metadata={
    "description": "The customer list's query (GET /customers) that opens the customers "
                   "behind this figure"})


class InsightArgsSchema(Schema):
    unit_id = fields.Integer(validate=ID, metadata={
        "description": "An org unit of my scope (default: mine; HQ: the whole company)"})


class ProductRankingArgsSchema(PeriodArgsSchema):
    period = fields.String(load_default="month", validate=validate.OneOf(PERIOD_KINDS))
    sort = fields.String(load_default="orders", validate=validate.OneOf(PRODUCT_SORTS))
    limit = fields.Integer(load_default=20, validate=validate.Range(1, 100))


class TagFigureSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    color = fields.String(allow_none=True, required=True)
    customers = fields.Integer(required=True)
    filter = FILTER


class TagGroupFigureSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    tags = fields.List(fields.Nested(TagFigureSchema), required=True)


class FunnelStageSchema(Schema):
    stage = fields.String(required=True, validate=validate.OneOf(STAGES))
    customers = fields.Integer(required=True, metadata={"description": "At this stage now"})
    reached = fields.Integer(required=True, metadata={
        "description": "Ever reached it: their highest stage is this one or beyond"})
    conversion = fields.Float(allow_none=True, required=True, metadata={
        "description": "Share of `reached` that reached the next stage"})
    filter = FILTER


class SegmentFigureSchema(Schema):
    segment = fields.String(required=True, validate=validate.OneOf(list(SEGMENTS.values())))
    customers = fields.Integer(required=True)
    filter = FILTER


class FlaggedCustomerSchema(Schema):
    customer = fields.Nested(CustomerBriefSchema, required=True)
    rep_name = fields.String(required=True)
    reason = fields.String(required=True)
    recent_amount = fields.Integer(required=True, metadata={"description": "Fen, last period"})
    previous_amount = fields.Integer(required=True, metadata={
        "description": "Fen, the period before"})


class FlagFigureSchema(Schema):
    flag = fields.String(required=True, validate=validate.OneOf(FLAGS))
    customers = fields.Integer(required=True)
    filter = FILTER
    top = fields.List(fields.Nested(FlaggedCustomerSchema), required=True, metadata={
        "description": "The few with the largest change of spending"})


class StaleFigureSchema(Schema):
    customers = fields.Integer(required=True)
    filter = FILTER


class CustomerInsightSchema(Schema):
    day = fields.Date(allow_none=True, required=True, metadata={
        "description": "The nightly snapshot read (None: none taken yet)"})
    unit_id = fields.Integer(allow_none=True, required=True, metadata={
        "description": "The scope's org unit (None: the whole company)"})
    customers = fields.Integer(required=True, metadata={
        "description": "Every record of the scope, visitors too"})
    tag_groups = fields.List(fields.Nested(TagGroupFigureSchema), required=True)
    funnel = fields.List(fields.Nested(FunnelStageSchema), required=True)
    segments = fields.List(fields.Nested(SegmentFigureSchema), required=True)
    unsegmented = fields.Integer(required=True, metadata={
        "description": "No paid order in the RFM window"})
    flags = fields.List(fields.Nested(FlagFigureSchema), required=True)
    stale = fields.Nested(StaleFigureSchema, required=True)


class ProductFiguresSchema(Schema):
    opens = fields.Integer(required=True, metadata={"description": "Product page visits"})
    orders = fields.Integer(required=True, metadata={"description": "Paid orders with it"})
    units = fields.Integer(required=True)
    revenue = fields.Integer(required=True, metadata={"description": "Fen: paid less refunded"})
    conversion = fields.Float(allow_none=True, required=True, metadata={
        "description": "Paid orders per open"})


class ProductRowSchema(ProductFiguresSchema):
    product_id = fields.Integer(required=True)
    name = fields.String(required=True)
    cover_url = fields.String(allow_none=True, required=True)
    filter = FILTER


class ProductRankingSchema(Schema):
    period = fields.Nested(PeriodSchema, required=True)
    unit_id = fields.Integer(allow_none=True, required=True)
    products = fields.List(fields.Nested(ProductRowSchema), required=True)
    totals = fields.Nested(ProductFiguresSchema, required=True)
