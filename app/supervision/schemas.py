"""Bodies of the guidance, targets and daily report API."""

from datetime import date

from marshmallow import Schema, ValidationError, fields, post_load, validate, validates_schema

from app.core.api import ID, MAX_BIG_ID, page_of
from app.core.events import METRIC_UNITS, declared_metrics
from app.core.fields import MAX_YUAN, FullMatch, text
from app.supervision.models import SUBJECTS, TARGET_SUBJECTS

BIG_ID = validate.Range(min=1, max=MAX_BIG_ID)
MESSAGE_MAX_LENGTH = 2000
MONTH = FullMatch(r"^(19|20)[0-9]{2}-(0[1-9]|1[0-2])$", error="月份格式应为 YYYY-MM")
CLOCK = FullMatch(r"^([01][0-9]|2[0-3]):[0-5][0-9]$", error="时间格式应为 HH:MM")
MAX_COUNT_TARGET = 10**9
# Which id each subject of a thread names.
SUBJECT_FIELDS = {"follow_up": ("follow_up_id",), "customer": ("customer_id",),
                  "day": ("rep_id", "day")}


def month_field(description: str = "YYYY-MM", **kwargs):
    return fields.String(validate=MONTH, metadata={"description": description}, **kwargs)


def to_month(value: str) -> date:
    year, month = value.split("-")
    return date(int(year), int(month), 1)


class RefSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)


class MessageSchema(Schema):
    id = fields.Integer(required=True)
    author = fields.Nested(RefSchema, required=True)
    body = fields.String(required=True)
    created_at = fields.DateTime(required=True)


class MessageBodySchema(Schema):
    body = fields.String(required=True, validate=text(MESSAGE_MAX_LENGTH))


class CommentSchema(MessageBodySchema):
    subject = fields.String(required=True, validate=validate.OneOf(SUBJECTS))
    follow_up_id = fields.Integer(strict=True, validate=BIG_ID, load_default=None)
    customer_id = fields.Integer(strict=True, validate=BIG_ID, load_default=None)
    rep_id = fields.Integer(strict=True, validate=ID, load_default=None)
    day = fields.Date(load_default=None, metadata={"description": "Company day (subject day)"})

    @validates_schema
    def names_its_subject(self, data, **kwargs):
        missing = {name: ["必填"] for name in SUBJECT_FIELDS.get(data.get("subject"), ())
                   if data.get(name) is None}
        if missing:
            raise ValidationError(missing)


class ThreadSchema(Schema):
    id = fields.Integer(required=True)
    subject = fields.String(required=True, validate=validate.OneOf(SUBJECTS))
    rep = fields.Nested(RefSchema, required=True, metadata={"description": "Whose work"})
    author = fields.Nested(RefSchema, required=True,
                           metadata={"description": "Who started the thread"})
    customer_id = fields.Integer(required=True, allow_none=True)
    customer_name = fields.Function(
        lambda t: t.customer and (t.customer.name or t.customer.nickname), required=True,
        allow_none=True)
    follow_up_id = fields.Integer(required=True, allow_none=True)
    day = fields.Date(required=True, allow_none=True)
    created_at = fields.DateTime(required=True)
    last_message_at = fields.DateTime(required=True)
    message_count = fields.Integer(required=True)
    unread = fields.Boolean(required=True,
                            metadata={"description": "Someone else wrote since I last read"})


class ThreadDetailSchema(ThreadSchema):
    messages = fields.List(fields.Nested(MessageSchema), required=True,
                           metadata={"description": "Oldest first"})


class ThreadPageSchema(page_of(ThreadSchema)):
    unread = fields.Integer(required=True, metadata={"description": "Threads with news for me"})


class ThreadListArgsSchema(Schema):
    subject = fields.String(validate=validate.OneOf(SUBJECTS))
    rep_id = fields.Integer(validate=ID)
    customer_id = fields.Integer(validate=BIG_ID)
    follow_up_id = fields.Integer(validate=BIG_ID)
    unread = fields.Boolean(load_default=False, metadata={"description": "Only threads with news"})


class TargetSetSchema(Schema):
    subject = fields.String(required=True, validate=validate.OneOf(TARGET_SUBJECTS))
    rep_id = fields.Integer(strict=True, validate=ID, load_default=None)
    org_unit_id = fields.Integer(strict=True, validate=ID, load_default=None)
    month = month_field(required=True)
    metric = fields.String(required=True, validate=validate.Length(min=1, max=50))
    value = fields.Integer(required=True, strict=True,
                           validate=validate.Range(min=1, max=MAX_YUAN * 100,
                                                   error=f"目标应大于 0，金额最多 {MAX_YUAN} 元"),
                           metadata={"description": "Fen for a money metric, else a count"})

    @validates_schema
    def names_its_subject(self, data, **kwargs):
        name = "rep_id" if data.get("subject") == "rep" else "org_unit_id"
        if "subject" in data and data.get(name) is None:
            raise ValidationError({name: ["必填"]})

    @validates_schema
    def value_fits_its_metric(self, data, **kwargs):
        """A declared metric; a count within MAX_COUNT_TARGET, money within MAX_YUAN."""
        if "metric" not in data:
            return
        units = {metric.name: metric.unit for metric in declared_metrics()}
        if data["metric"] not in units:
            raise ValidationError({"metric": ["没有这个指标"]})
        if units[data["metric"]] == "count" and data.get("value", 0) > MAX_COUNT_TARGET:
            raise ValidationError({"value": [f"应为 1 到 {MAX_COUNT_TARGET} 之间的整数"]})

    @post_load
    def month_date(self, data, **kwargs):
        data["month"] = to_month(data["month"])
        return data


class TargetSchema(Schema):
    id = fields.Integer(required=True)
    subject = fields.String(required=True, validate=validate.OneOf(TARGET_SUBJECTS))
    rep = fields.Nested(RefSchema, required=True, allow_none=True)
    org_unit = fields.Nested(RefSchema, required=True, allow_none=True,
                             metadata={"description": "The team (subject team)"})
    month = fields.Date(required=True, metadata={"description": "The month's first day"})
    metric = fields.String(required=True)
    value = fields.Integer(required=True)
    set_by = fields.Nested(RefSchema, required=True, attribute="setter")
    updated_at = fields.DateTime(required=True)


class TargetProgressSchema(TargetSchema):
    label = fields.String(required=True, metadata={"description": "The metric's, Chinese"})
    unit = fields.String(required=True, validate=validate.OneOf(METRIC_UNITS))
    reached = fields.Integer(required=True,
                             metadata={"description": "Counted from the month's start to today"})
    ratio = fields.Float(required=True, metadata={"description": "reached / value"})


class MetricSchema(Schema):
    metric = fields.String(required=True, attribute="name")
    label = fields.String(required=True)
    unit = fields.String(required=True, validate=validate.OneOf(METRIC_UNITS))


class ProgressSchema(Schema):
    month = fields.Date(required=True)
    days = fields.Integer(required=True, metadata={"description": "Days of the month"})
    elapsed_days = fields.Integer(required=True, metadata={"description": "Up to today"})
    items = fields.List(fields.Nested(TargetProgressSchema), required=True)
    metrics = fields.List(fields.Nested(MetricSchema), required=True,
                          metadata={"description": "Every metric a target may be set on"})


class ProgressArgsSchema(Schema):
    month = month_field("YYYY-MM; default this month")
    rep_id = fields.Integer(validate=ID)
    org_unit_id = fields.Integer(validate=ID)


class ReportSettingSchema(Schema):
    report_at = fields.String(required=True, validate=CLOCK,
                              metadata={"description": "HH:MM, company time zone"})
