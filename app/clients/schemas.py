"""Request and response bodies of the customer book API."""

from datetime import UTC

from marshmallow import Schema, fields, validate

from app.clients.models import FLAGS, FOLLOW_STATES, FOLLOW_UP_KINDS, SEGMENTS, STAGES
from app.clients.services import EDIT_WINDOW
from app.core.api import ID, MAX_BIG_ID, PartialSchema
from app.core.fields import MOBILE, WEB_URL, FullMatch, text
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
                            metadata={"description": "Untouched for STALE_CUSTOMER_DAYS"})
    tags = fields.List(fields.Nested(AppliedTagSchema), attribute="applied_tags",
                       required=True)
    rfm = fields.Nested(RfmSchema, allow_none=True, required=True,
                        metadata={"description": "None: no paid order in the RFM window"})
    flags = fields.List(fields.String(validate=validate.OneOf(FLAGS)), required=True)


class CustomerUpdateSchema(Schema):
    name = fields.String(allow_none=True, validate=text(50))
    phone = fields.String(allow_none=True, validate=MOBILE)
    nickname = fields.String(allow_none=True, validate=validate.Length(max=50))
    avatar_url = fields.String(allow_none=True, validate=WEB_URL)
    gender = fields.String(allow_none=True, validate=validate.OneOf(GENDERS))
    region = fields.String(allow_none=True, validate=validate.Length(max=50))
    birthday = fields.Date(allow_none=True)
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
    stale = fields.Boolean(metadata={"description": "Untouched for STALE_CUSTOMER_DAYS"})


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


class FollowUpSchema(Schema):
    id = fields.Integer(dump_only=True)
    customer_id = fields.Integer(dump_only=True)
    rep_id = fields.Integer(dump_only=True)
    author_id = fields.Integer(dump_only=True)
    author_name = fields.Function(lambda f: f.author.name, dump_only=True)
    kind = fields.String(required=True, validate=validate.OneOf(FOLLOW_UP_KINDS))
    content = fields.String(required=True, validate=text(2000))
    outcome = fields.String(load_default="", validate=validate.Length(max=200))
    next_action = fields.String(load_default="", validate=validate.Length(max=200))
    due_at = fields.AwareDateTime(allow_none=True, load_default=None, default_timezone=UTC)
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
    due_at = fields.AwareDateTime(allow_none=True, default_timezone=UTC)
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
