"""Request and response bodies of the strategy library and the guidance page."""

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from app.clients.models import FLAGS, FOLLOW_STATES, SEGMENTS, STAGES
from app.clients.schemas import CustomerProfileSchema, FollowUpSchema
from app.core.api import ID, PartialSchema
from app.core.fields import WEB_URL, JsonBoolean, text
from app.strategies.models import CONDITIONS, MATERIAL_KINDS


def choices(values, most: int):
    return fields.List(fields.String(validate=validate.OneOf(values)), load_default=list,
                       validate=validate.Length(max=most))


def lines(length: int, most: int, description: str):
    return fields.List(fields.String(validate=text(length)), load_default=list,
                       validate=validate.Length(max=most), metadata={"description": description})


class StrategyMaterialSchema(Schema):
    kind = fields.String(required=True, validate=validate.OneOf(MATERIAL_KINDS),
                         metadata={"description": "Coupons come with the marketing issue"})
    id = fields.Integer(allow_none=True, load_default=None, strict=True, validate=ID,
                        metadata={"description": "The product or article (not for a link)"})
    title = fields.String(allow_none=True, load_default=None, validate=text(100),
                          metadata={"description": "Default: the product's or article's"})
    url = fields.String(allow_none=True, load_default=None, validate=WEB_URL,
                        metadata={"description": "A link's address (links only)"})

    @validates_schema
    def check_kind(self, data, **kwargs):
        if "kind" not in data:  # a partial (PATCH) load does not check `required` in nested
            raise ValidationError("缺少必填字段", field_name="kind")
        if data["kind"] == "link":
            for needed in ("title", "url"):
                if not data.get(needed):
                    raise ValidationError("链接需要填写", field_name=needed)
        elif not data.get("id"):
            raise ValidationError("请选择", field_name="id")


class StrategySchema(Schema):
    """A strategy fits a customer when every condition it sets holds (segments, stages,
    tag_ids, flags, follow_states; at least one is required), any of a condition's values
    being enough."""

    id = fields.Integer(dump_only=True)
    name = fields.String(required=True, validate=text(50))
    priority = fields.Integer(load_default=0, strict=True,
                              validate=validate.Range(min=0, max=10_000),
                              metadata={"description": "Higher first"})
    enabled = JsonBoolean(load_default=True)
    segments = choices(sorted(SEGMENTS.values()), 8)
    stages = choices(STAGES, len(STAGES))
    tag_ids = fields.List(fields.Integer(strict=True, validate=ID), load_default=list,
                          validate=validate.Length(max=50),
                          metadata={"description": "The customer carries any of them"})
    flags = choices(FLAGS, len(FLAGS))
    follow_states = choices(FOLLOW_STATES, len(FOLLOW_STATES))
    actions = lines(100, 10, "Recommended actions")
    talking_points = lines(500, 10, "What to say (话术)")
    materials = fields.List(fields.Nested(StrategyMaterialSchema), load_default=list,
                            validate=validate.Length(max=10),
                            metadata={"description": "What to send"})
    author_id = fields.Integer(dump_only=True)
    author_name = fields.Function(lambda s: s.author.name, dump_only=True)
    created_at = fields.DateTime(dump_only=True)
    updated_at = fields.DateTime(dump_only=True)


class StrategyUpdateSchema(PartialSchema, StrategySchema):
    """Any of a strategy's fields; a list given replaces the stored one."""


# --- the guidance page -----------------------------------------------------------------------

class GuidanceMatchSchema(Schema):
    condition = fields.String(required=True, validate=validate.OneOf(CONDITIONS))
    text = fields.String(required=True, metadata={"example": "分层：重要挽留"})


class GuidanceMaterialSchema(Schema):
    kind = fields.String(required=True)
    id = fields.Integer(allow_none=True, required=True)
    title = fields.String(required=True)
    url = fields.String(allow_none=True, required=True, metadata={"description": "Links"})
    share_path = fields.String(
        allow_none=True, required=True,
        metadata={"description": "Products: the page in the customer's rep's shop; share it "
                                 "through POST /shares to be credited"})
    cover_url = fields.String(allow_none=True, required=True)
    price = fields.Integer(allow_none=True, required=True, metadata={"description": "Fen"})
    body = fields.String(allow_none=True, required=True, metadata={"description": "Articles"})


class GuidanceStrategySchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    priority = fields.Integer(required=True)
    actions = fields.List(fields.String(), required=True)
    talking_points = fields.List(fields.String(), required=True)
    materials = fields.List(fields.Nested(GuidanceMaterialSchema), required=True)
    matched_on = fields.List(fields.Nested(GuidanceMatchSchema), required=True)


class GuidanceStageSchema(Schema):
    stage = fields.String(required=True)
    changed_at = fields.DateTime(allow_none=True, required=True)
    from_stage = fields.String(allow_none=True, required=True)
    reason = fields.String(allow_none=True, required=True)


class GuidanceRfmMeasureSchema(Schema):
    key = fields.String(required=True, validate=validate.OneOf(["recency", "frequency",
                                                                "monetary"]))
    label = fields.String(required=True)
    value = fields.Integer(required=True, metadata={"description": "Days, orders or fen"})
    high = fields.Boolean(required=True, metadata={"description": "Scored high (recency: "
                                                                  "at or below the mean)"})
    text = fields.String(required=True)


class GuidanceRfmSchema(Schema):
    segment = fields.String(required=True)
    recency_days = fields.Integer(required=True)
    frequency = fields.Integer(required=True)
    monetary = fields.Integer(required=True, metadata={"description": "Fen"})
    window_days = fields.Integer(required=True)
    computed_at = fields.DateTime(required=True)
    meaning = fields.String(required=True)
    measures = fields.List(fields.Nested(GuidanceRfmMeasureSchema), required=True)


class GuidanceFlagSchema(Schema):
    flag = fields.String(required=True)
    reason = fields.String(required=True)
    recent_amount = fields.Integer(required=True, metadata={"description": "Fen"})
    previous_amount = fields.Integer(required=True, metadata={"description": "Fen"})
    computed_at = fields.DateTime(required=True)


class GuidanceEventSchema(Schema):
    verb = fields.String(required=True)
    object_type = fields.String(allow_none=True, required=True)
    object_id = fields.Integer(allow_none=True, required=True)
    object_name = fields.String(allow_none=True, required=True,
                                metadata={"description": "The product's name, the order's "
                                                         "number"})
    occurred_at = fields.DateTime(required=True)


class GuidanceProductViewsSchema(Schema):
    product_id = fields.Integer(required=True)
    name = fields.String(required=True)
    views = fields.Integer(required=True)


class GuidanceBehaviourSchema(Schema):
    visit_count = fields.Integer(required=True)
    last_visit_at = fields.DateTime(required=True)
    visits_7d = fields.Integer(required=True)
    visits_30d = fields.Integer(required=True)
    top_products = fields.List(fields.Nested(GuidanceProductViewsSchema), required=True,
                               metadata={"description": "Most viewed in 30 days"})
    events = fields.List(fields.Nested(GuidanceEventSchema), required=True,
                         metadata={"description": "What the customer did, newest first"})


class GuidanceOrderSchema(Schema):
    id = fields.Integer(required=True)
    number = fields.String(required=True)
    rep_id = fields.Integer(required=True)
    status = fields.String(required=True)
    total_amount = fields.Integer(required=True)
    paid_amount = fields.Integer(required=True)
    item_count = fields.Integer(required=True)
    placed_at = fields.DateTime(required=True)
    product_names = fields.Function(lambda order: [line.product_name for line in order.lines],
                                    required=True)


class GuidanceSchema(Schema):
    customer = fields.Nested(CustomerProfileSchema, required=True)
    stage = fields.Nested(GuidanceStageSchema, required=True)
    rfm = fields.Nested(GuidanceRfmSchema, allow_none=True, required=True,
                        metadata={"description": "None: no segment (see rfm_note)"})
    rfm_note = fields.String(allow_none=True, required=True,
                             metadata={"description": "Why there is no segment: not computed "
                                                      "yet, or no paid order in the window"})
    flags = fields.List(fields.Nested(GuidanceFlagSchema), required=True)
    behaviour = fields.Nested(GuidanceBehaviourSchema, required=True)
    orders = fields.List(fields.Nested(GuidanceOrderSchema), required=True,
                         metadata={"description": "The latest five"})
    follow_ups = fields.List(fields.Nested(FollowUpSchema), required=True,
                             metadata={"description": "Open next actions, soonest due first"})
    strategies = fields.List(fields.Nested(GuidanceStrategySchema), required=True,
                             metadata={"description": "Matching strategies, highest "
                                                      "priority first"})
