"""Bodies of the dashboard API."""

from marshmallow import Schema, fields, validate

from app.core.events import METRIC_UNITS


class FigureSchema(Schema):
    metric = fields.String(required=True)
    label = fields.String(required=True, metadata={"description": "Chinese, as shown"})
    unit = fields.String(required=True, validate=validate.OneOf(METRIC_UNITS),
                         metadata={"description": "count, or fen (money)"})
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
