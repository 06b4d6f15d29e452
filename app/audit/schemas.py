"""Bodies of the audit API."""

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from app.audit.queries import KINDS
from app.clients.schemas import CursorField
from app.clients.timeline import Cursor
from app.core.api import ID, MAX_BIG_ID, page_of

BIG_ID = validate.Range(min=1, max=MAX_BIG_ID)


class InteractionArgsSchema(Schema):
    rep_id = fields.Integer(validate=ID, metadata={"description": "The rep credited"})
    customer_id = fields.Integer(validate=BIG_ID)
    kind = fields.String(validate=validate.OneOf(list(KINDS)),
                         metadata={"description": ", ".join(KINDS)})
    start = fields.Date(metadata={"description": "First company day"})
    end = fields.Date(metadata={"description": "Last company day (included)"})
    before = CursorField(metadata={"description": "The `next` of the previous page",
                                   "pattern": Cursor.PATTERN})
    per_page = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))

    @validates_schema
    def check_period(self, data, **kwargs):
        if "start" in data and "end" in data and data["end"] < data["start"]:
            raise ValidationError("结束日期不能早于开始日期", field_name="end")


class PersonSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)


class InteractionSchema(Schema):
    key = fields.String(required=True, metadata={"description": "Unique in the list"})
    id = fields.Integer(required=True, metadata={"description": "The activity event"})
    at = fields.DateTime(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(list(KINDS)))
    verb = fields.String(required=True)
    title = fields.String(required=True)
    summary = fields.String(required=True)
    rep = fields.Nested(PersonSchema, allow_none=True, required=True,
                        metadata={"description": "The rep the interaction counts for"})
    actor_name = fields.String(allow_none=True, required=True,
                               metadata={"description": "Who did it; None: the customer or "
                                                        "the system"})
    customer = fields.Nested(PersonSchema, required=True)
    object_type = fields.String(allow_none=True, required=True)
    object_id = fields.Integer(allow_none=True, required=True)


class InteractionPageSchema(Schema):
    items = fields.List(fields.Nested(InteractionSchema), required=True)
    next = fields.String(allow_none=True, required=True,
                         metadata={"description": "Pass as `before` for older items; "
                                                  "None: nothing older"})


class ReadArgsSchema(Schema):
    reader_id = fields.Integer(validate=ID)
    rep_id = fields.Integer(validate=ID)
    customer_id = fields.Integer(validate=BIG_ID)


class ReadSchema(Schema):
    id = fields.Integer(required=True)
    at = fields.DateTime(required=True)
    reader = fields.Nested(PersonSchema, required=True)
    address = fields.String(allow_none=True, required=True)
    rep = fields.Nested(PersonSchema, allow_none=True, required=True)
    customer = fields.Nested(PersonSchema, allow_none=True, required=True)
    kind = fields.String(allow_none=True, required=True)
    start = fields.Date(allow_none=True, required=True)
    end = fields.Date(allow_none=True, required=True)


ReadPageSchema = page_of(ReadSchema)
