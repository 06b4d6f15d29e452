"""Bodies of the dashboard API."""

from marshmallow import Schema, fields


class DayTotalsSchema(Schema):
    day = fields.Date(required=True)
    scope = fields.String(required=True, metadata={"description": "self, subtree or company"})
    reps = fields.Integer(required=True)
    metrics = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True)
