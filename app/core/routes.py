"""The in-app notification centre."""

from flask_login import current_user
from flask_smorest import Blueprint

from app.core import notifications
from app.core.access import login_required
from app.core.api import PageArgsSchema, paginate
from app.core.schemas import NotificationInboxSchema, NotificationSchema, UnreadSchema

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
