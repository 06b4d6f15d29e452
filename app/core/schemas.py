"""Bodies of the notification centre API."""

from marshmallow import Schema, fields


class NotificationSchema(Schema):
    id = fields.Integer(required=True)
    kind = fields.String(required=True)
    title = fields.String(required=True)
    body = fields.String(required=True)
    link = fields.String(allow_none=True, required=True)
    created_at = fields.DateTime(required=True)
    read_at = fields.DateTime(allow_none=True, required=True)


class UnreadSchema(Schema):
    unread = fields.Integer(required=True)


class NotificationPageSchema(UnreadSchema):
    items = fields.List(fields.Nested(NotificationSchema), required=True)
    total = fields.Integer(required=True)
    page = fields.Integer(required=True)
    per_page = fields.Integer(required=True)
