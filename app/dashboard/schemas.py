"""Bodies of the dashboard API."""


from marshmallow import Schema, fields, validate

from app.core.api import ID, PageArgsSchema, PageSchema
from app.core.events import METRIC_UNITS
from app.core.fields import DAY
from app.dashboard.periods import PERIOD_KINDS
from app.dashboard.queries import TREND_GRAINS
from app.org.schemas import OrgUnitRefSchema


class ColumnSchema(Schema):
    """A figure the boss view shows, without its value (a column of the per-rep table)."""

    metric = fields.String(required=True)
    key = fields.Boolean(metadata={"description": "One of the figures a boss reads first"})
    label = fields.String(required=True, metadata={"description": "Chinese, as shown"})
    unit = fields.String(required=True, validate=validate.OneOf(METRIC_UNITS),
                         metadata={"description": "count, or fen (money)"})


class FigureSchema(ColumnSchema):
    value = fields.Integer(required=True)


class DayTotalsSchema(Schema):
    day = fields.Date(required=True)
    scope = fields.String(required=True, metadata={"description": "self, subtree or company"})
    reps = fields.Integer(required=True)
    figures = fields.List(fields.Nested(FigureSchema), required=True,
                          metadata={"description": "Each declared metric with a value today, "
                                                   "in display order"})
    metrics = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True,
                          metadata={"description": "The same figures by metric"})


# --- the boss view -------------------------------------------------------------------------



class PeriodArgsSchema(Schema):
    period = fields.String(load_default="today", validate=validate.OneOf(PERIOD_KINDS),
                           metadata={"description": "today, yesterday, week (this week so far), "
                                                    "month (this month so far) or range"})
    start = fields.Date(validate=DAY, metadata={"description": "First company day of a range"})
    end = fields.Date(validate=DAY, metadata={"description": "Last company day of a range"})
    unit_id = fields.Integer(validate=ID, metadata={
        "description": "An org unit in the caller's scope; default: the boss's unit, HQ's "
                       "whole company"})


class RepTableArgsSchema(PeriodArgsSchema, PageArgsSchema):
    sort = fields.String(load_default="revenue", validate=validate.Length(max=50),
                         metadata={"description": "name, active_days or any figure's metric"})
    order = fields.String(load_default="desc", validate=validate.OneOf(["desc", "asc"]))


class TrendArgsSchema(Schema):
    grain = fields.String(load_default="day", validate=validate.OneOf(list(TREND_GRAINS)),
                          metadata={"description": "day (30), week (12) or month (12) buckets"})
    unit_id = fields.Integer(validate=ID)


class RepDayArgsSchema(Schema):
    day = fields.Date(validate=DAY, metadata={"description": "Company day; default today"})


class PeriodSchema(Schema):
    kind = fields.String(required=True)
    start = fields.Date(required=True)
    end = fields.Date(required=True)
    days = fields.Integer(required=True)


class ComparedFigureSchema(FigureSchema):
    previous = fields.Integer(required=True, metadata={"description": "In the previous period"})
    change = fields.Float(required=True, allow_none=True, metadata={
        "description": "(value - previous) / previous; null when previous is 0"})


class TeamFiguresSchema(Schema):
    unit = fields.Nested(OrgUnitRefSchema, allow_none=True, required=True,
                         metadata={"description": "null: the whole company"})
    period = fields.Nested(PeriodSchema, required=True)
    previous = fields.Nested(PeriodSchema, required=True)
    figures = fields.List(fields.Nested(ComparedFigureSchema), required=True)


class TeamDashboardSchema(TeamFiguresSchema):
    reps = fields.Integer(required=True, metadata={"description": "Reps in the rep table"})


class UnitsSideBySideSchema(Schema):
    parent = fields.Nested(OrgUnitRefSchema, required=True)
    period = fields.Nested(PeriodSchema, required=True)
    units = fields.List(fields.Nested(TeamFiguresSchema), required=True)


class RepCardSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    active = fields.Boolean(metadata={"description": "false: the rep has left"})
    org_unit = fields.Nested(OrgUnitRefSchema, required=True)


class RepRowSchema(Schema):
    rep = fields.Nested(RepCardSchema, required=True)
    values = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True,
                         metadata={"description": "Figures by metric; absent is 0"})
    active_days = fields.Integer(required=True)
    idle_today = fields.Boolean(required=True, metadata={"description": "Nothing counted today"})
    rank = fields.Integer(required=True, allow_none=True,
                          metadata={"description": "By the sort column, highest first"})
    top = fields.Boolean(required=True, metadata={"description": "Among the top three"})


class RepTableSchema(PageSchema):
    unit = fields.Nested(OrgUnitRefSchema, allow_none=True, required=True)
    period = fields.Nested(PeriodSchema, required=True)
    sort = fields.String(required=True)
    descending = fields.Boolean(required=True)
    columns = fields.List(fields.Nested(ColumnSchema), required=True)
    items = fields.List(fields.Nested(RepRowSchema), required=True)
    idle_today = fields.Integer(required=True, metadata={"description": "Reps idle today"})


class BucketSchema(Schema):
    start = fields.Date(required=True)
    end = fields.Date(required=True)


class SeriesSchema(ColumnSchema):
    values = fields.List(fields.Integer(), required=True, metadata={"description": "Per bucket"})


class TrendSchema(Schema):
    unit = fields.Nested(OrgUnitRefSchema, allow_none=True, required=True)
    grain = fields.String(required=True)
    buckets = fields.List(fields.Nested(BucketSchema), required=True)
    series = fields.List(fields.Nested(SeriesSchema), required=True)


class CustomerRefSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)


class DayFollowUpSchema(Schema):
    id = fields.Integer(required=True)
    at = fields.DateTime(required=True)
    kind = fields.String(required=True)
    content = fields.String(required=True)
    customer = fields.Nested(CustomerRefSchema, allow_none=True, required=True)


class DayEventSchema(Schema):
    at = fields.DateTime(required=True)
    verb = fields.String(required=True)
    label = fields.String(required=True)
    customer = fields.Nested(CustomerRefSchema, allow_none=True, required=True)
    object_type = fields.String(allow_none=True)
    object_id = fields.Integer(allow_none=True)


class AnsweredSchema(Schema):
    id = fields.Integer(required=True)
    at = fields.DateTime(required=True)
    answered_at = fields.DateTime(allow_none=True, required=True)
    answer_minutes = fields.Integer(allow_none=True, required=True,
                                    metadata={"description": "null: not answered yet"})
    customer = fields.Nested(CustomerRefSchema, allow_none=True, required=True)


class DayConsultationSchema(AnsweredSchema):
    question = fields.String(required=True)


class DayBookingSchema(AnsweredSchema):
    kind = fields.String(required=True)
    status = fields.String(required=True)


class AnswerSpeedSchema(Schema):
    answered = fields.Integer(required=True)
    waiting = fields.Integer(required=True)
    median_minutes = fields.Integer(allow_none=True, required=True)


class DayShareSchema(Schema):
    id = fields.Integer(required=True)
    at = fields.DateTime(required=True)
    object_type = fields.String(required=True)
    object_id = fields.Integer(allow_none=True)
    opens = fields.Integer(required=True, metadata={"description": "Opens of the link that day"})
    openers = fields.List(fields.Nested(CustomerRefSchema), required=True)


class DayOrderSchema(Schema):
    id = fields.Integer(required=True)
    number = fields.String(required=True)
    at = fields.DateTime(required=True)
    status = fields.String(required=True)
    amount = fields.Integer(required=True, metadata={"description": "fen"})
    customer = fields.Nested(CustomerRefSchema, allow_none=True, required=True)


class RepDaySchema(Schema):
    rep = fields.Nested(RepCardSchema, required=True)
    day = fields.Date(required=True)
    figures = fields.List(fields.Nested(FigureSchema), required=True)
    idle = fields.Boolean(required=True, metadata={"description": "Nothing counted that day"})
    follow_ups = fields.List(fields.Nested(DayFollowUpSchema), required=True)
    leads = fields.List(fields.Nested(DayEventSchema), required=True)
    consultations = fields.List(fields.Nested(DayConsultationSchema), required=True)
    bookings = fields.List(fields.Nested(DayBookingSchema), required=True)
    answer_speed = fields.Nested(AnswerSpeedSchema, required=True)
    shares = fields.List(fields.Nested(DayShareSchema), required=True)
    orders = fields.List(fields.Nested(DayOrderSchema), required=True)
    timeline = fields.List(fields.Nested(DayEventSchema), required=True)
