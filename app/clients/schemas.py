"""Request and response bodies of the customer book API."""

from datetime import UTC, date

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from app.clients.models import (
    FLAGS,
    FOLLOW_STATES,
    FOLLOW_UP_KINDS,
    RULE_KINDS,
    RULE_PARAM_FIELDS,
    RULE_PARAMS,
    RULE_VERBS,
    SEGMENTS,
    STAGES,
)
from app.clients.services import EDIT_WINDOW
from app.clients.timeline import Cursor
from app.core.api import ID, MAX_BIG_ID, PartialSchema
from app.core.fields import MOBILE, WEB_URL, FullMatch, JsonBoolean, Moment, text
from app.org.schemas import UserSchema
from app.shop.schemas import CustomerSchema as ShopCustomerSchema

COLOR = FullMatch(r"^#[0-9A-Fa-f]{6}$", error="颜色应为 #RRGGBB")
GENDERS = ("male", "female")


class TagSchema(Schema):
    id = fields.Integer(dump_only=True)
    group_id = fields.Integer(required=True, strict=True, validate=ID)
    name = fields.String(required=True, validate=text(20))
    color = fields.String(allow_none=True, load_default=None, validate=COLOR)
    sort_order = fields.Integer(load_default=0, strict=True,
                                validate=validate.Range(min=0, max=100_000))


class TagUpdateSchema(PartialSchema, TagSchema):
    """Any of a tag's fields."""


class TagGroupSchema(Schema):
    id = fields.Integer(dump_only=True)
    name = fields.String(required=True, validate=text(30))
    sort_order = fields.Integer(load_default=0, strict=True,
                                validate=validate.Range(min=0, max=100_000))
    tags = fields.List(fields.Nested(TagSchema), dump_only=True)


class TagGroupUpdateSchema(PartialSchema, TagGroupSchema):
    """Any of a tag group's fields."""


class AppliedTagSchema(Schema):
    tag_id = fields.Integer(required=True)
    name = fields.Function(lambda applied: applied.tag.name, required=True)
    group_id = fields.Function(lambda applied: applied.tag.group_id, required=True)
    color = fields.Function(lambda applied: applied.tag.color, allow_none=True, required=True)
    source = fields.String(required=True)
    applied_at = fields.DateTime(required=True)


class RfmSchema(Schema):
    segment = fields.String(required=True)
    recency_days = fields.Integer(required=True)
    frequency = fields.Integer(required=True)
    monetary = fields.Integer(required=True, metadata={"description": "Fen"})
    computed_at = fields.DateTime(required=True)


class CustomerProfileSchema(ShopCustomerSchema):
    """A customer in the rep's book: the shop's record, the profile and the tags."""

    nickname = fields.String(allow_none=True, required=True)
    avatar_url = fields.String(allow_none=True, required=True)
    gender = fields.String(allow_none=True, required=True)
    region = fields.String(allow_none=True, required=True)
    birthday = fields.Date(allow_none=True, required=True)
    source = fields.String(required=True)
    notes = fields.String(required=True)
    follow_state = fields.String(required=True)
    stage = fields.String(required=True)
    stage_changed_at = fields.DateTime(allow_none=True, required=True)
    last_contact_at = fields.DateTime(allow_none=True, required=True)
    stale = fields.Function(lambda c: c.is_stale, required=True,
                            metadata={"description": "Untouched for stale_customer_days"})
    tags = fields.List(fields.Nested(AppliedTagSchema), attribute="applied_tags",
                       required=True)
    rfm = fields.Nested(RfmSchema, allow_none=True, required=True,
                        metadata={"description": "None: no paid order in the RFM window"})
    flags = fields.List(fields.String(validate=validate.OneOf(FLAGS)), required=True)


def _birthday(day: date) -> None:
    if not date(1900, 1, 1) <= day <= date.today():
        raise ValidationError("生日应在 1900 年到今天之间")


class CustomerUpdateSchema(Schema):
    name = fields.String(allow_none=True, validate=text(50))
    phone = fields.String(allow_none=True, validate=MOBILE)
    nickname = fields.String(allow_none=True, validate=validate.Length(max=50))
    avatar_url = fields.String(allow_none=True, validate=WEB_URL)
    gender = fields.String(allow_none=True, validate=validate.OneOf(GENDERS))
    region = fields.String(allow_none=True, validate=validate.Length(max=50))
    birthday = fields.Date(allow_none=True, validate=_birthday)
    notes = fields.String(validate=validate.Length(max=2000))
    follow_state = fields.String(validate=validate.OneOf(FOLLOW_STATES))


class CustomerListArgsSchema(Schema):
    status = fields.String(validate=validate.OneOf(["visitor", "customer"]))
    q = fields.String(validate=validate.Length(min=1, max=50),
                      metadata={"description": "Name, nickname or phone contains"})
    tag_ids = fields.List(fields.Integer(validate=ID), validate=validate.Length(max=20),
                          metadata={"description": "Any of a group's tags, every group's"})
    follow_state = fields.String(validate=validate.OneOf(FOLLOW_STATES))
    stage = fields.String(validate=validate.OneOf(STAGES))
    segment = fields.String(validate=validate.OneOf(sorted(SEGMENTS.values())))
    flag = fields.String(validate=validate.OneOf(FLAGS))
    stale = fields.Boolean(metadata={"description": "Untouched for stale_customer_days"})
    unit_id = fields.Integer(validate=ID, metadata={
        "description": "Customers of the reps in this org unit's subtree (404 outside mine)"})
    product_id = fields.Integer(validate=ID, metadata={
        "description": "Customers with a paid or completed order of this product"})


class TagApplySchema(Schema):
    tag_id = fields.Integer(required=True, strict=True, validate=ID)


class TagChangeSchema(Schema):
    tag_id = fields.Integer(allow_none=True, required=True)
    tag_name = fields.String(required=True)
    action = fields.String(required=True)
    source = fields.String(required=True)
    actor_name = fields.Function(lambda change: change.actor.name if change.actor else None,
                                 allow_none=True, required=True)
    at = fields.DateTime(required=True)


class CustomerBriefSchema(Schema):
    """Who a row is about, enough for a list line: name, nickname, phone to call, stage."""

    id = fields.Integer(required=True)
    status = fields.String(required=True)
    name = fields.String(allow_none=True, required=True)
    nickname = fields.String(allow_none=True, required=True)
    phone = fields.String(allow_none=True, required=True)
    stage = fields.String(required=True)


class FollowUpSchema(Schema):
    id = fields.Integer(dump_only=True)
    customer_id = fields.Integer(dump_only=True)
    customer = fields.Nested(CustomerBriefSchema, dump_only=True)
    rep_id = fields.Integer(dump_only=True)
    author_id = fields.Integer(dump_only=True)
    author_name = fields.Function(lambda f: f.author.name, dump_only=True)
    kind = fields.String(required=True, validate=validate.OneOf(FOLLOW_UP_KINDS))
    content = fields.String(required=True, validate=text(2000))
    outcome = fields.String(load_default="", validate=validate.Length(max=200))
    next_action = fields.String(load_default="", validate=validate.Length(max=200))
    due_at = Moment(allow_none=True, load_default=None, default_timezone=UTC)
    photo_url = fields.String(allow_none=True, load_default=None, validate=WEB_URL)
    follow_state = fields.String(load_only=True, validate=validate.OneOf(FOLLOW_STATES),
                                 metadata={"description": "Also move the customer's state"})
    created_at = fields.DateTime(dump_only=True)
    edited_at = fields.DateTime(dump_only=True, allow_none=True)
    done_at = fields.DateTime(dump_only=True, allow_none=True)
    editable_until = fields.Function(lambda f: f.created_at + EDIT_WINDOW, dump_only=True)


class FollowUpUpdateSchema(Schema):
    kind = fields.String(validate=validate.OneOf(FOLLOW_UP_KINDS))
    content = fields.String(validate=text(2000))
    outcome = fields.String(validate=validate.Length(max=200))
    next_action = fields.String(validate=validate.Length(max=200))
    due_at = Moment(allow_none=True, default_timezone=UTC)
    photo_url = fields.String(allow_none=True, validate=WEB_URL)


class DueFollowUpArgsSchema(Schema):
    within_days = fields.Integer(load_default=0, validate=validate.Range(min=0, max=60),
                                 metadata={"description": "Also what falls due in N days"})


class StageSetSchema(Schema):
    stage = fields.String(required=True, validate=validate.OneOf(STAGES))
    reason = fields.String(required=True, validate=text(200))


class StageChangeSchema(Schema):
    from_stage = fields.String(required=True)
    to_stage = fields.String(required=True)
    reason = fields.String(required=True)
    actor_name = fields.Function(lambda change: change.actor.name if change.actor else None,
                                 allow_none=True, required=True)
    at = fields.DateTime(required=True)


class FunnelRowSchema(Schema):
    stage = fields.String(required=True)
    customers = fields.Integer(required=True, metadata={"description": "At this stage now"})
    reached = fields.Integer(required=True, metadata={"description": "At it or beyond"})
    conversion = fields.Float(allow_none=True, required=True,
                              metadata={"description": "Share of `reached` that got further"})


class HandoverSchema(Schema):
    id = fields.Integer(dump_only=True)
    from_rep_id = fields.Integer(required=True, strict=True, validate=ID)
    to_rep_id = fields.Integer(required=True, strict=True, validate=ID)
    reason = fields.String(required=True, validate=text(200))
    customer_ids = fields.List(
        fields.Integer(strict=True, validate=validate.Range(min=1, max=MAX_BIG_ID)),
        load_default=None, validate=validate.Length(min=1, max=10_000),
        metadata={"description": "Omit to hand over every customer of the rep (离职继承)"})
    count = fields.Function(lambda h: len(h.customer_ids), dump_only=True)
    at = fields.DateTime(dump_only=True)


class OffboardingSchema(Schema):
    customers = fields.Integer(required=True, metadata={"description": "Customers who move"})
    open_follow_ups = fields.Integer(
        required=True, metadata={"description": "Their follow-ups not done yet, which move too"})


class OffboardSchema(Schema):
    to_rep_id = fields.Integer(strict=True, validate=ID, load_default=None, metadata={
        "description": "The active rep who takes the customers over; needed when there are any"})
    reason = fields.String(load_default="离职", validate=text(200))


class OffboardResultSchema(Schema):
    user = fields.Nested(UserSchema, required=True)
    handover = fields.Nested(HandoverSchema, allow_none=True, required=True,
                             metadata={"description": "Null when the user had no customers"})


# --- the timeline and today's list -----------------------------------------------------------

class CursorField(fields.String):
    """A timeline position, as the previous page's `next` gave it."""

    def _deserialize(self, value, attr, data, **kwargs):
        text_ = super()._deserialize(value, attr, data, **kwargs)
        try:
            return Cursor.parse(text_)
        except (ValueError, OverflowError):
            raise ValidationError("翻页位置无效，请从头加载") from None


class TimelineArgsSchema(Schema):
    before = CursorField(metadata={"description": "The `next` of the previous page",
                                   "pattern": Cursor.PATTERN})
    per_page = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))


class TimelineItemSchema(Schema):
    key = fields.String(required=True, metadata={"description": "Unique in the timeline"})
    kind = fields.String(required=True, metadata={
        "description": "follow_up, order, tag, stage, segment, consultation, booking, "
                       "handover, or the verb of another activity event (visit, ...)"})
    at = fields.DateTime(required=True)
    title = fields.String(required=True)
    detail = fields.String(required=True)
    actor_name = fields.String(allow_none=True, required=True)
    ref_type = fields.String(allow_none=True, required=True)
    ref_id = fields.Integer(allow_none=True, required=True)


class TimelinePageSchema(Schema):
    items = fields.List(fields.Nested(TimelineItemSchema), required=True)
    next = fields.String(allow_none=True, required=True,
                         metadata={"description": "Pass as `before` for older items; "
                                                  "None: nothing older"})


class TodayReasonSchema(Schema):
    kind = fields.String(required=True)
    text = fields.String(required=True)
    score = fields.Integer(required=True)
    ref_type = fields.String(allow_none=True, required=True)
    ref_id = fields.Integer(allow_none=True, required=True)
    at = fields.DateTime(allow_none=True, required=True)


class RepBriefSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)


class TodayItemSchema(Schema):
    customer = fields.Nested(CustomerBriefSchema, required=True)
    rep = fields.Nested(RepBriefSchema, required=True, metadata={"description": "The owner"})
    kind = fields.String(required=True, metadata={"description": "Of the top reason"})
    reason = fields.String(required=True, metadata={"description": "The top reason"})
    score = fields.Integer(required=True, metadata={"description": "The top reason's"})
    reasons = fields.List(fields.Nested(TodayReasonSchema), required=True)


class TodaySchema(Schema):
    day = fields.Date(required=True, metadata={"description": "Today in the company zone"})
    counts = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True,
                         metadata={"description": "Reasons per kind"})
    total = fields.Integer(required=True)
    items = fields.List(fields.Nested(TodayItemSchema), required=True)


# --- import, duplicates and merge ------------------------------------------------------------

WECHAT_ID = FullMatch(r"^[A-Za-z0-9_-]{6,64}$", error="应为 6-64 位字母、数字、下划线或横线")


class CustomerImportRowSchema(CustomerUpdateSchema):
    """One row of a customer import: the profile as the API edits it, and what only a file
    names (tags by name, the WeChat ids, the owning rep for HQ)."""

    tags = fields.List(fields.String(validate=validate.Length(max=51)),
                       validate=validate.Length(max=20),
                       metadata={"description": "Tag names, or 组名/标签名 when a name is in "
                                                "several groups"})
    openid = fields.String(validate=WECHAT_ID)
    unionid = fields.String(validate=WECHAT_ID)
    owner = fields.String(validate=validate.Length(max=50),
                          metadata={"description": "Username of the rep whose book it goes to"})

    @validates_schema
    def someone(self, data: dict, **kwargs) -> None:
        if not any(data.get(key) for key in ("name", "phone", "nickname")):
            raise ValidationError("姓名、手机、微信昵称至少填一项", field_name="name")


class CustomerImportResultSchema(Schema):
    created = fields.Integer(required=True, metadata={"description": "New customers"})
    updated = fields.Integer(required=True,
                             metadata={"description": "Rows that matched a customer of the "
                                                      "book by phone, openid or unionid"})


class CustomerMergeSchema(Schema):
    other_id = fields.Integer(required=True, strict=True,
                              validate=validate.Range(min=1, max=MAX_BIG_ID),
                              metadata={"description": "The record merged into this one"})


class DuplicateGroupSchema(Schema):
    phone = fields.String(required=True, metadata={"description": "What they share"})
    customers = fields.List(fields.Nested(CustomerProfileSchema), required=True)


# --- auto-tag rules ----------------------------------------------------------------------------

class AutoTagRuleSchema(Schema):
    id = fields.Integer(dump_only=True)
    name = fields.String(required=True, validate=text(50))
    tag_id = fields.Integer(required=True, strict=True, validate=ID,
                            metadata={"description": "One rule per tag"})
    tag = fields.Nested(TagSchema, dump_only=True)
    kind = fields.String(required=True, validate=validate.OneOf(RULE_KINDS))
    category_id = fields.Integer(allow_none=True, strict=True, validate=ID,
                                 metadata={"description": "viewed_category: the category"})
    category_name = fields.Function(lambda rule: rule.category.name if rule.category else None,
                                    dump_only=True, allow_none=True)
    verb = fields.String(allow_none=True, validate=validate.OneOf(RULE_VERBS),
                         metadata={"description": "did: what the customer did"})
    object_id = fields.Integer(allow_none=True, strict=True, validate=ID, metadata={
        "description": "did, optional: only the verb's events about this object (for "
                       "material_open: the material); none: any"})
    min_count = fields.Integer(allow_none=True, strict=True,
                               validate=validate.Range(min=1, max=10_000),
                               metadata={"description": "viewed_category, did: at least"})
    days = fields.Integer(allow_none=True, strict=True, validate=validate.Range(min=1, max=3650),
                          metadata={"description": "The window; spent_at_least: none is ever"})
    min_amount = fields.Integer(allow_none=True, strict=True,
                                validate=validate.Range(min=1, max=10**11),
                                metadata={"description": "spent_at_least: fen"})
    enabled = JsonBoolean(load_default=True)
    last_run_at = fields.DateTime(dump_only=True, allow_none=True)
    last_matched = fields.Integer(dump_only=True, allow_none=True,
                                  metadata={"description": "Customers matching at the last run"})
    created_at = fields.DateTime(dump_only=True)
    updated_at = fields.DateTime(dump_only=True)

    @validates_schema
    def check_params(self, data, **kwargs):
        """Each kind takes its own parameters (models.RULE_PARAMS), and only those."""
        if "kind" not in data:
            return
        needed, optional = RULE_PARAMS[data["kind"]]
        errors = {}
        for field in RULE_PARAM_FIELDS:
            if field in needed and data.get(field) is None:
                errors[field] = ["该类型的规则必须填写"]
            elif field not in needed + optional and data.get(field) is not None:
                errors[field] = ["该类型的规则不用填写"]
        if errors:
            raise ValidationError(errors)


class AutoTagRuleUpdateSchema(PartialSchema, AutoTagRuleSchema):
    """Any of a rule's fields; a changed condition comes whole: the kind and its parameters."""

    @validates_schema
    def check_whole_condition(self, data, **kwargs):
        if "kind" not in data and any(field in data for field in RULE_PARAM_FIELDS):
            raise ValidationError("修改条件时请一并提交规则类型及其参数", field_name="kind")


class RuleRunSchema(Schema):
    added = fields.Integer(required=True, metadata={"description": "Customers tagged now"})
    removed = fields.Integer(required=True,
                             metadata={"description": "Rule tags taken off: no longer matching"})
    matched = fields.Integer(required=True, metadata={"description": "Customers matching now"})
