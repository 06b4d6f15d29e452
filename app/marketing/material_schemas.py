"""Request and response bodies of the materials library (营销素材): HQ's, staff's, the public
page's and the figures'."""

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from app.core.api import ID, PageArgsSchema, PartialSchema, page_of
from app.core.fields import DAY, WEB_URL, FullMatch, JsonBoolean, text, whole_number
from app.marketing.models import (
    CONTENT_KINDS,
    MATERIAL_KINDS,
    SCENE_AIMS,
    SCENE_CHANNELS,
    SCENE_FREQUENCIES,
)
from app.marketing.services.materials import FILE_KINDS, MATERIAL_FILE_URL, MAX_STAY_SECONDS
from app.shop.schemas import DetailBlockSchema, ShopCardSchema

MAX_FIGURE_DAYS = 366


class PlanSchema(Schema):
    """What the content plan (内容规划) says of a material."""

    content_kind = fields.String(load_default="product", validate=validate.OneOf(CONTENT_KINDS),
                                 metadata={"description": "产品 product, 活动 activity, 媒体 "
                                                          "media, 品类 category, 品牌 brand"})
    scene_channel = fields.String(load_default="online", validate=validate.OneOf(SCENE_CHANNELS))
    scene_frequency = fields.String(load_default="high",
                                    validate=validate.OneOf(SCENE_FREQUENCIES))
    scene_aim = fields.String(load_default="seeding", validate=validate.OneOf(SCENE_AIMS),
                              metadata={"description": "种草 seeding, 带货 selling"})


class MaterialSchema(PlanSchema):
    """A material as HQ writes it and staff read it."""

    id = fields.Integer(dump_only=True)
    kind = fields.String(required=True, validate=validate.OneOf(MATERIAL_KINDS), metadata={
        "description": "card: drawn from the sharing rep's profile; brochure: a PDF file; "
                       "video: a video file; file: a PDF or an image; poster: the cover image "
                       "with the rep's name and QR drawn in; intro, news, case, testimonial: "
                       "the body"})
    title = fields.String(required=True, validate=text(100))
    summary = fields.String(load_default="", validate=validate.Length(max=300))
    cover_url = fields.String(allow_none=True, load_default=None, validate=WEB_URL)
    body = fields.List(fields.Nested(DetailBlockSchema), load_default=list,
                       validate=validate.Length(max=50))
    file_url = fields.String(allow_none=True, load_default=None, validate=FullMatch(
        MATERIAL_FILE_URL, error="请先上传文件（POST /api/v1/materials/files）"),
        metadata={"description": "The url of POST /materials/files; its type and size come "
                                 "from the stored file"})
    file_name = fields.String(allow_none=True, load_default=None, validate=text(200),
                              metadata={"description": "Shown to the reader; never the type"})
    file_type = fields.String(dump_only=True, allow_none=True)
    file_size = fields.Integer(dump_only=True, allow_none=True)
    tags = fields.List(fields.String(validate=text(20)), load_default=list,
                       validate=validate.Length(max=10))
    enabled = JsonBoolean(load_default=True)
    sort_order = fields.Integer(load_default=0, strict=True, validate=whole_number(100_000))
    audience_unit_ids = fields.List(
        fields.Integer(strict=True, validate=ID), load_default=list,
        validate=validate.Length(max=200),
        metadata={"description": "Org units whose subtrees' reps it reaches; none: every rep"})
    created_at = fields.DateTime(dump_only=True)
    updated_at = fields.DateTime(dump_only=True)


class MaterialUpdateSchema(PartialSchema, MaterialSchema):
    """Any of a material's fields; a new audience replaces the old one."""


class MaterialListArgsSchema(Schema):
    kind = fields.String(validate=validate.OneOf(MATERIAL_KINDS))
    enabled = fields.Boolean(metadata={"description": "HQ only: reps and bosses see the enabled"})
    tag = fields.String(validate=validate.Length(min=1, max=20))
    content_kind = fields.String(validate=validate.OneOf(CONTENT_KINDS))
    scene_channel = fields.String(validate=validate.OneOf(SCENE_CHANNELS))
    scene_frequency = fields.String(validate=validate.OneOf(SCENE_FREQUENCIES))
    scene_aim = fields.String(validate=validate.OneOf(SCENE_AIMS))
    q = fields.String(validate=validate.Length(min=1, max=50),
                      metadata={"description": "In the title or summary"})


class MaterialListPageArgsSchema(MaterialListArgsSchema, PageArgsSchema):
    """The list's filters and page."""


class FileKindArgsSchema(Schema):
    kind = fields.String(required=True, validate=validate.OneOf(list(FILE_KINDS)), metadata={
        "description": "The material kind the file is for: brochure (PDF), video (MP4, MOV, "
                       "WebM) or file (PDF or image)"})


class MaterialFileFormSchema(Schema):
    file = fields.Raw(required=True, metadata={"type": "string", "format": "binary"})


class MaterialFileSchema(Schema):
    url = fields.String(required=True, metadata={"description": "The material's file_url"})
    file_type = fields.String(required=True, metadata={"description": "Found from the content"})
    file_size = fields.Integer(required=True)


# --- the customer's page ----------------------------------------------------------------------

class PublicMaterialSchema(Schema):
    """What anyone holding the link may read: no audience, state, plan or figures."""

    id = fields.Integer(required=True)
    kind = fields.String(required=True)
    title = fields.String(required=True)
    summary = fields.String(required=True)
    cover_url = fields.String(allow_none=True, required=True)
    body = fields.List(fields.Nested(DetailBlockSchema), required=True)
    file_url = fields.String(allow_none=True, required=True)
    file_name = fields.String(allow_none=True, required=True)
    file_type = fields.String(allow_none=True, required=True)
    file_size = fields.Integer(allow_none=True, required=True)
    tags = fields.List(fields.String(), required=True)


class BusinessCardSchema(ShopCardSchema):
    """A business card (名片): the sharing rep's shop profile, their team and company."""

    unit_name = fields.String(required=True)
    company_name = fields.String(required=True)


class PublicMaterialPageSchema(Schema):
    shop = fields.Nested(ShopCardSchema, required=True)
    material = fields.Nested(PublicMaterialSchema, required=True)
    card = fields.Nested(BusinessCardSchema, allow_none=True, required=True,
                         metadata={"description": "kind card: the rep's card; else null"})


class OpenSchema(Schema):
    token = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=24),
                          metadata={"description": "The `t` parameter of the opened link"})


class OpenResultSchema(Schema):
    open_id = fields.Integer(required=True, allow_none=True, metadata={
        "description": "For the stay reports of this open; null for staff"})
    forward_token = fields.String(required=True, allow_none=True, metadata={
        "description": "Put in the page address as `t`, so a forward carries this visitor "
                       "as referrer"})
    new_visitor = fields.Boolean(required=True)
    recorded = fields.Boolean(required=True, metadata={
        "description": "False when staff open it signed in (a preview is no open)"})


class StaySchema(Schema):
    seconds = fields.Integer(required=True, strict=True,
                             validate=validate.Range(min=0, max=2**31 - 1), metadata={
                                 "description": "How long the page has been open; counted "
                                                f"up to {MAX_STAY_SECONDS} and never more "
                                                "than the time since the open"})


class StayResultSchema(Schema):
    seconds = fields.Integer(required=True, metadata={"description": "As stored: never less"})


# --- figures ----------------------------------------------------------------------------------

class FiguresArgsSchema(Schema):
    start = fields.Date(validate=DAY, metadata={
        "description": "First company day; default 29 days before the end"})
    end = fields.Date(validate=DAY, metadata={"description": "Last company day; default today"})

    @validates_schema
    def check_period(self, data, **kwargs):
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            raise ValidationError("结束日期不能早于开始日期", field_name="end")
        if start and end and (end - start).days + 1 > MAX_FIGURE_DAYS:
            raise ValidationError(f"时段最长 {MAX_FIGURE_DAYS} 天", field_name="end")


class FiguresListArgsSchema(FiguresArgsSchema, MaterialListPageArgsSchema):
    """The period, the list's filters and the page."""


class FiguresSchema(Schema):
    shares = fields.Integer(required=True, metadata={"description": "Links reps shared"})
    opens = fields.Integer(required=True)
    openers = fields.Integer(required=True, metadata={"description": "Unique customers"})
    new_customers = fields.Integer(required=True, metadata={
        "description": "Customers an open of it made"})
    seconds_total = fields.Integer(required=True)
    seconds_average = fields.Integer(required=True, metadata={"description": "Per open"})
    orders = fields.Integer(required=True, metadata={
        "description": "Paid or completed orders of openers within 7 days after their first "
                       "open in the period"})
    revenue = fields.Integer(required=True, metadata={"description": "Those orders' fen"})


class FiguresPeriodSchema(Schema):
    start = fields.Date(required=True)
    end = fields.Date(required=True)


class MaterialBriefSchema(PlanSchema):
    id = fields.Integer(required=True)
    kind = fields.String(required=True)
    title = fields.String(required=True)
    cover_url = fields.String(allow_none=True, required=True)
    enabled = fields.Boolean(required=True)


class MaterialFiguresSchema(Schema):
    period = fields.Nested(FiguresPeriodSchema, required=True)
    material = fields.Nested(MaterialBriefSchema, required=True)
    figures = fields.Nested(FiguresSchema, required=True)


class MaterialFiguresRowSchema(Schema):
    material = fields.Nested(MaterialBriefSchema, required=True)
    figures = fields.Nested(FiguresSchema, required=True)


class KeyFiguresSchema(Schema):
    key = fields.String(required=True)
    figures = fields.Nested(FiguresSchema, required=True)


class SceneFiguresSchema(Schema):
    channel = fields.List(fields.Nested(KeyFiguresSchema), required=True)
    frequency = fields.List(fields.Nested(KeyFiguresSchema), required=True)
    aim = fields.List(fields.Nested(KeyFiguresSchema), required=True)


class FiguresPageSchema(page_of(MaterialFiguresRowSchema)):
    """A page of materials with their figures, and the figures of every material in the
    filters: in all, by content kind and by scene (each customer and order once per group)."""

    period = fields.Nested(FiguresPeriodSchema, required=True)
    totals = fields.Nested(FiguresSchema, required=True)
    by_content_kind = fields.List(fields.Nested(KeyFiguresSchema), required=True)
    by_scene = fields.Nested(SceneFiguresSchema, required=True)
