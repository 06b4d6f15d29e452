"""The in-app notification centre and the exports of every table."""

import io

from flask import send_file
from flask_login import current_user

from app.core import exports, notifications
from app.core.access import get_scoped_or_404, login_required
from app.core.api import FILE, Blueprint, PageArgsSchema, page_of, paginate
from app.core.models import ExportJob
from app.core.schemas import (
    ExportCreateSchema,
    ExportJobSchema,
    NotificationInboxSchema,
    NotificationSchema,
    UnreadSchema,
)
from app.core.tables import XLSX_MIMETYPE

blp = Blueprint("notifications", __name__, url_prefix="/api/v1/notifications",
                description="站内通知")


@blp.route("", methods=["GET"])
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, NotificationInboxSchema)
@login_required
def list_notifications(page):
    """My notifications, newest first, with the unread count."""
    result = paginate(notifications.notifications_for(current_user), page)
    result["unread"] = notifications.unread_count(current_user)
    return result


@blp.route("/unread-count", methods=["GET"])
@blp.response(200, UnreadSchema)
@login_required
def unread_count():
    """How many of my notifications are unread (the badge)."""
    return {"unread": notifications.unread_count(current_user)}


@blp.route("/<bigid:notification_id>/read", methods=["POST"])
@blp.response(200, NotificationSchema)
@login_required
def mark_read(notification_id):
    """Mark one of my notifications read."""
    return notifications.mark_read(current_user, notification_id)


@blp.route("/read-all", methods=["POST"])
@blp.response(200, UnreadSchema)
@login_required
def mark_all_read():
    """Mark all my notifications read."""
    notifications.mark_all_read(current_user)
    return {"unread": 0}


exports_blp = Blueprint("exports", __name__, url_prefix="/api/v1/exports", description="导出")

# One 200, two types: what @blp.response alone cannot say.
FILE_RESPONSE = {"content": {XLSX_MIMETYPE: {"schema": FILE}, "text/csv": {"schema": FILE}}}


def _attachment(filename: str, mimetype: str, file):
    response = send_file(file, mimetype=mimetype, as_attachment=True, download_name=filename,
                         max_age=0)
    response.headers["Cache-Control"] = "private, no-store"
    return response


@exports_blp.route("", methods=["POST"])
@exports_blp.arguments(ExportCreateSchema)
@exports_blp.response(202, ExportJobSchema)
@exports_blp.doc(responses={"200": {
    "description": "The file itself, when it has at most EXPORT_SYNC_MAX_ROWS rows",
    **FILE_RESPONSE}})
@login_required
def create_export(data):
    """Export a table with a list's filters: the file at once, or (202) a job to follow."""
    result = exports.request_export(current_user, data["name"], data["format"], data["filters"])
    if isinstance(result, ExportJob):
        return result, 202
    return _attachment(result.filename, result.mimetype, io.BytesIO(result.data))


@exports_blp.route("", methods=["GET"])
@exports_blp.arguments(PageArgsSchema, location="query")
@exports_blp.response(200, page_of(ExportJobSchema))
@login_required
def list_exports(page):
    """My exports run in the background, newest first."""
    return paginate(exports.exports_of(current_user), page)


@exports_blp.route("/<int:export_id>", methods=["GET"])
@exports_blp.response(200, ExportJobSchema)
@login_required
def get_export(export_id):
    """One of my exports: status and progress."""
    return get_scoped_or_404(ExportJob, export_id, current_user)


@exports_blp.route("/<int:export_id>/file", methods=["GET"])
@exports_blp.response(200, FILE, content_type=XLSX_MIMETYPE)
@exports_blp.doc(responses={"200": {"description": "The exported file", **FILE_RESPONSE}})
@login_required
def export_file(export_id):
    """The file of one of my finished exports, until it expires (then 404)."""
    job = get_scoped_or_404(ExportJob, export_id, current_user)
    return _attachment(*exports.open_download(job))
