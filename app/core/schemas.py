"""Bodies of the notification centre API."""

from marshmallow import Schema, fields

from app.core.api import page_of


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


class NotificationInboxSchema(page_of(NotificationSchema), UnreadSchema):
    """A page of notifications with the unread count for the badge."""
