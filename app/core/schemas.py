"""Bodies of the notification centre and the exports API."""

from marshmallow import Schema, fields, validate

from app.core import exports
from app.core.api import page_of
from app.core.models import EXPORT_STATUSES


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


class ExportCreateSchema(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=50),
                         metadata={"description": "A registered export: customers, orders, ..."})
    format = fields.String(load_default="xlsx", validate=validate.OneOf(list(exports.FORMATS)))
    filters = fields.Dict(keys=fields.String(), load_default=dict,
                          metadata={"description": "What the list's query string takes"})


class ExportJobSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    label = fields.Function(lambda job: exports.label_of(job.name), required=True)
    format = fields.String(required=True)
    filters = fields.Dict(required=True)
    status = fields.String(required=True, validate=validate.OneOf(EXPORT_STATUSES))
    rows_done = fields.Integer(required=True)
    rows_total = fields.Integer(required=True)
    error = fields.String(allow_none=True, required=True)
    created_at = fields.DateTime(required=True)
    finished_at = fields.DateTime(allow_none=True, required=True)
    expires_at = fields.DateTime(allow_none=True, required=True)
    download_url = fields.Function(
        lambda job: f"/api/v1/exports/{job.id}/file" if exports.downloadable(job) else None,
        allow_none=True, required=True,
        metadata={"description": "Set while the file can be fetched (its requester only)"})
