"""Request and response bodies of the coupon and group-buy API (staff and customer)."""

from marshmallow import Schema, fields, validate

from app.core.api import ID, PageArgsSchema, PartialSchema
from app.core.fields import DAY, MONEY, JsonBoolean, Moment, text, whole_number
from app.marketing.models import (
    CLAIM_STATES,
    CONTENT_KINDS,
    COUPON_KINDS,
    COUPON_SCOPES,
    SCENE_AIMS,
    SCENE_CHANNELS,
    SCENE_FREQUENCIES,
)


def money(**kwargs):
    return fields.Integer(strict=True, validate=MONEY, metadata={"description": "Fen"}, **kwargs)


def ids(maximum: int, **options):
    """A list of at most `maximum` ids, empty when not given (unless `options` say else)."""
    return fields.List(fields.Integer(strict=True, validate=ID),
                       validate=validate.Length(max=maximum), **{"load_default": list, **options})


class ContentSchema(Schema):
    """What the content plan says of a material or play, and who it is for."""

    content_kind = fields.String(load_default="product", validate=validate.OneOf(CONTENT_KINDS),
                                 metadata={"description": "产品/活动/媒体/品类/品牌内容"})
    scene_channel = fields.String(load_default="online", validate=validate.OneOf(SCENE_CHANNELS))
    scene_frequency = fields.String(load_default="high",
                                    validate=validate.OneOf(SCENE_FREQUENCIES))
    scene_aim = fields.String(load_default="seeding", validate=validate.OneOf(SCENE_AIMS),
                              metadata={"description": "种草 seeding / 带货 selling"})
    enabled = JsonBoolean(load_default=True)
    org_unit_ids = ids(100)
    org_unit_id = fields.Integer(dump_only=True, allow_none=True,
                                 metadata={"description": "The unit of the boss who made it; "
                                                          "null: HQ's"})
    created_at = fields.DateTime(dump_only=True)
    updated_at = fields.DateTime(dump_only=True)


# --- coupons ---------------------------------------------------------------------------------

class CouponTemplateSchema(ContentSchema):
    id = fields.Integer(dump_only=True)
    name = fields.String(required=True, validate=text(50))
    kind = fields.String(required=True, validate=validate.OneOf(COUPON_KINDS), metadata={
        "description": "threshold 满减 (amount_off above threshold), percent 折扣 (percent_off, "
                       "capped by max_discount), amount 无门槛 (amount_off)"})
    amount_off = money(allow_none=True, load_default=None)
    percent_off = fields.Integer(allow_none=True, load_default=None, strict=True,
                                 validate=validate.Range(min=1, max=99),
                                 metadata={"description": "Percent taken off: 15 is 8.5折"})
    max_discount = money(allow_none=True, load_default=None)
    threshold = money(load_default=0)
    scope = fields.String(load_default="all", validate=validate.OneOf(COUPON_SCOPES))
    category_ids = ids(50)
    product_ids = ids(200)
    total = fields.Integer(allow_none=True, load_default=None, strict=True,
                           validate=validate.Range(min=1, max=10**7),
                           metadata={"description": "Copies; null: unlimited"})
    claimed = fields.Integer(dump_only=True)
    per_customer = fields.Integer(load_default=1, strict=True,
                                  validate=validate.Range(min=1, max=100))
    claim_from = Moment(allow_none=True, load_default=None)
    claim_until = Moment(allow_none=True, load_default=None)
    valid_from = Moment(allow_none=True, load_default=None)
    valid_until = Moment(allow_none=True, load_default=None)
    valid_days = fields.Integer(allow_none=True, load_default=None, strict=True,
                                validate=validate.Range(min=1, max=3650),
                                metadata={"description": "Valid N days from the claim, instead "
                                                         "of fixed dates"})
    description = fields.String(load_default="", validate=validate.Length(max=300))
    terms = fields.String(dump_only=True, metadata={"description": "满100减20, 8.5折 最多减50"})


class CouponTemplateUpdateSchema(PartialSchema, CouponTemplateSchema):
    """Any of a coupon's fields; its terms only while no copy is claimed."""


class PlayListArgsSchema(PageArgsSchema):
    """The filters of a list of coupons or of group-buy campaigns."""

    enabled = fields.Boolean()
    q = fields.String(validate=validate.Length(min=1, max=50))


class FigureArgsSchema(Schema):
    start = fields.Date(validate=DAY, metadata={"description": "First company day; default: "
                                                                "since the start"})
    end = fields.Date(validate=DAY, metadata={"description": "Last company day; default: today"})


class CouponTotalsSchema(Schema):
    claimed = fields.Integer(required=True)
    used = fields.Integer(required=True, metadata={"description": "On orders not closed"})
    discount = fields.Integer(required=True, metadata={"description": "Fen"})
    revenue = fields.Integer(required=True, metadata={
        "description": "Fen paid for the orders that used it, less refunds"})


class CouponRepFiguresSchema(CouponTotalsSchema):
    rep_id = fields.Integer(required=True)
    rep_name = fields.String(required=True)


class CouponFiguresSchema(Schema):
    totals = fields.Nested(CouponTotalsSchema, required=True)
    reps = fields.List(fields.Nested(CouponRepFiguresSchema), required=True)


class ClaimBriefSchema(Schema):
    id = fields.Integer(required=True)
    template_id = fields.Integer(required=True)
    name = fields.String(required=True, attribute="template.name")
    terms = fields.String(required=True)
    state = fields.String(required=True, validate=validate.OneOf(CLAIM_STATES))
    claimed_at = fields.DateTime(required=True)
    valid_from = fields.DateTime(required=True)
    valid_until = fields.DateTime(required=True)
    order_id = fields.Integer(allow_none=True, required=True)
    discount = fields.Integer(required=True)


class StaffClaimSchema(ClaimBriefSchema):
    customer_id = fields.Integer(required=True)
    customer_label = fields.String(required=True)
    rep_id = fields.Integer(required=True)


class ClaimListArgsSchema(PageArgsSchema):
    state = fields.String(validate=validate.OneOf(CLAIM_STATES))


# --- the customer's coupon pages -------------------------------------------------------------

class PublicCouponSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    terms = fields.String(required=True)
    description = fields.String(required=True)
    scope = fields.String(required=True)
    threshold = fields.Integer(required=True)
    claim_until = fields.DateTime(allow_none=True, required=True)
    validity = fields.String(required=True, metadata={"description": "有效期 in words"})
    remaining = fields.Integer(allow_none=True, required=True,
                               metadata={"description": "Copies left; null: unlimited"})
    per_customer = fields.Integer(required=True)
    mine = fields.Integer(required=True, metadata={"description": "Copies this visitor holds"})
    closed = fields.String(allow_none=True, required=True,
                           metadata={"description": "Why it cannot be claimed now"})


class ClaimCreateSchema(Schema):
    token = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=24),
                          metadata={"description": "The `t` parameter of the opened link"})


class QuoteItemSchema(Schema):
    product_id = fields.Integer(required=True, strict=True, validate=ID)
    quantity = fields.Integer(required=True, strict=True, validate=validate.Range(min=1,
                                                                                  max=999))


class QuoteRequestSchema(Schema):
    items = fields.List(fields.Nested(QuoteItemSchema), required=True,
                        validate=validate.Length(min=1, max=50))


class QuoteSchema(ClaimBriefSchema):
    applies = fields.Boolean(required=True)
    saving = fields.Integer(required=True, metadata={"description": "Fen it would take off"})
    reason = fields.String(allow_none=True, required=True)


# --- group-buys ------------------------------------------------------------------------------

class PlayProductSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    subtitle = fields.String(required=True)
    cover_url = fields.String(allow_none=True, required=True)
    price = fields.Integer(required=True)
    role = fields.String(allow_none=True, required=True)


class GroupBuySchema(ContentSchema):
    id = fields.Integer(dump_only=True)
    name = fields.String(required=True, validate=text(50))
    product_id = fields.Integer(required=True, strict=True, validate=ID)
    product = fields.Nested(PlayProductSchema, dump_only=True)
    group_size = fields.Integer(required=True, strict=True,
                                validate=validate.Range(min=2, max=100))
    group_price = fields.Integer(required=True, strict=True,
                                 validate=[MONEY, validate.Range(min=1)],
                                 metadata={"description": "Fen"})
    fill_hours = fields.Integer(load_default=24, strict=True,
                                validate=validate.Range(min=1, max=720),
                                metadata={"description": "Hours a group has to fill, from "
                                                         "its leader's order"})
    starts_at = Moment(required=True)
    ends_at = Moment(required=True)
    stock = fields.Integer(allow_none=True, load_default=None, strict=True,
                           validate=whole_number(10**9 - 1),
                           metadata={"description": "Units for the campaign; null: no cap"})
    stock_left = fields.Integer(dump_only=True, allow_none=True)
    per_customer = fields.Integer(load_default=1, strict=True,
                                  validate=validate.Range(min=1, max=100))
    new_customers_only = JsonBoolean(load_default=False,
                                     metadata={"description": "老带新: joiners must be new"})
    virtual_success_pct = fields.Integer(
        allow_none=True, load_default=None, strict=True, validate=validate.Range(min=1, max=99),
        metadata={"description": "模拟成团: at expiry a group with this percent of its seats "
                                 "paid succeeds; null: off"})
    description = fields.String(load_default="", validate=validate.Length(max=300))


class GroupBuyUpdateSchema(PartialSchema, GroupBuySchema):
    """Any of a campaign's fields; product and size only while no group is open."""


class GroupListArgsSchema(PageArgsSchema):
    state = fields.String(validate=validate.OneOf(("open", "succeeded", "failed")))


class MemberFaceSchema(Schema):
    """A member as anyone opening the group sees them: no contact."""

    label = fields.String(required=True, metadata={"description": "An initial or a nickname"})
    avatar_url = fields.String(allow_none=True, required=True)
    leader = fields.Boolean(required=True)


class GroupStateSchema(Schema):
    id = fields.Integer(required=True)
    campaign_id = fields.Integer(required=True)
    state = fields.String(required=True)
    size = fields.Integer(required=True)
    seats_taken = fields.Integer(required=True)
    seats_left = fields.Integer(required=True, metadata={"description": "还差 N 人"})
    opened_at = fields.DateTime(required=True)
    expires_at = fields.DateTime(required=True)
    closed_at = fields.DateTime(allow_none=True, required=True)


class CampaignTermsSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    description = fields.String(required=True)
    product = fields.Nested(PlayProductSchema, required=True)
    group_size = fields.Integer(required=True)
    group_price = fields.Integer(required=True)
    fill_hours = fields.Integer(required=True)
    ends_at = fields.DateTime(required=True)
    stock_left = fields.Integer(allow_none=True, required=True)
    new_customers_only = fields.Boolean(required=True)
    closed = fields.String(allow_none=True, required=True,
                           metadata={"description": "Why no group can be opened now"})


class OpenGroupSchema(GroupStateSchema):
    members = fields.List(fields.Nested(MemberFaceSchema), required=True)


class PublicGroupBuySchema(CampaignTermsSchema):
    open_groups = fields.List(fields.Nested(OpenGroupSchema), required=True, metadata={
        "description": "Groups of this shop a visitor may join, the nearest to full first"})


class PublicGroupSchema(OpenGroupSchema):
    campaign = fields.Nested(CampaignTermsSchema, required=True)
    joinable = fields.Boolean(required=True, metadata={
        "description": "Open, in time and with a seat left (for anyone not in it already)"})


class SeatSchema(Schema):
    state = fields.String(required=True, metadata={"description": "held, paid, left, refunded"})
    order_id = fields.Integer(required=True)


class PublicGroupPageSchema(Schema):
    group = fields.Nested(PublicGroupSchema, required=True,
                          metadata={"description": "The same for everyone: kept per process "
                                                   "and checked at most once a second"})
    me = fields.Nested(SeatSchema, allow_none=True, required=True,
                       metadata={"description": "This visitor's latest seat in it; null: none"})


class MyGroupSchema(Schema):
    id = fields.Integer(required=True, metadata={"description": "The seat's id"})
    state = fields.String(required=True)
    order_id = fields.Integer(required=True)
    joined_at = fields.DateTime(required=True)
    unseen = fields.Boolean(required=True, metadata={"description": "News not yet seen"})
    group = fields.Nested(GroupStateSchema, required=True)
    campaign_name = fields.String(required=True)
    product = fields.Nested(PlayProductSchema, required=True)
    group_price = fields.Integer(required=True)


class StaffMemberSchema(Schema):
    id = fields.Integer(required=True)
    customer_id = fields.Integer(required=True)
    customer_label = fields.String(required=True)
    order_id = fields.Integer(required=True)
    state = fields.String(required=True)
    leader = fields.Boolean(required=True)
    joined_at = fields.DateTime(required=True)
    left_at = fields.DateTime(allow_none=True, required=True)


class GroupTransitionSchema(Schema):
    from_state = fields.String(allow_none=True, required=True)
    to_state = fields.String(required=True)
    reason = fields.String(required=True)
    at = fields.DateTime(required=True)


class StaffGroupSchema(GroupStateSchema):
    rep_id = fields.Integer(required=True)
    campaign_name = fields.String(required=True)
    seats_paid = fields.Integer(required=True)
    virtual = fields.Boolean(required=True)


class StaffGroupDetailSchema(StaffGroupSchema):
    members = fields.List(fields.Nested(StaffMemberSchema), required=True)
    transitions = fields.List(fields.Nested(GroupTransitionSchema), required=True)


class GroupTotalsSchema(Schema):
    opened = fields.Integer(required=True)
    succeeded = fields.Integer(required=True)
    failed = fields.Integer(required=True)
    members = fields.Integer(required=True, metadata={"description": "Seats taken, less those "
                                                                     "who left"})
    revenue = fields.Integer(required=True, metadata={"description": "Fen, less refunds"})


class GroupRepFiguresSchema(GroupTotalsSchema):
    rep_id = fields.Integer(required=True)
    rep_name = fields.String(required=True)


class GroupFiguresSchema(Schema):
    totals = fields.Nested(GroupTotalsSchema, required=True)
    reps = fields.List(fields.Nested(GroupRepFiguresSchema), required=True)



class ContentFigureSchema(Schema):
    play = fields.String(required=True, metadata={"description": "coupon or group_buy"})
    dimension = fields.String(required=True, metadata={
        "description": "content_kind, scene_channel, scene_frequency or scene_aim"})
    key = fields.String(required=True)
    count = fields.Integer(required=True, metadata={"description": "Claims; groups opened"})
    done = fields.Integer(required=True, metadata={"description": "Coupons used; groups "
                                                                  "succeeded"})
    revenue = fields.Integer(required=True, metadata={"description": "Fen paid, less refunds"})


class RoleFigureSchema(Schema):
    play = fields.String(required=True)
    role = fields.String(allow_none=True, required=True,
                         metadata={"description": "traffic, hit, profit; null: none set"})
    orders = fields.Integer(required=True)
    revenue = fields.Integer(required=True, metadata={
        "description": "Fen of the order lines of products of this role"})


class PlayFiguresSchema(Schema):
    content = fields.List(fields.Nested(ContentFigureSchema), required=True)
    roles = fields.List(fields.Nested(RoleFigureSchema), required=True)
