"""Guidance threads (督导), monthly targets (目标) and the daily report's time."""

from flask_login import current_user

from app.core.access import ROLE_BOSS, ROLE_HQ, get_scoped_or_404, login_required, roles_required
from app.core.api import Blueprint, PageArgsSchema, errors
from app.core.schemas import UnreadSchema
from app.dashboard.queries import today
from app.supervision import queries, schemas, services
from app.supervision.models import GuidanceThread

blp = Blueprint("supervision", __name__, url_prefix="/api/v1", description="督导、目标与每日战报")

THREAD = "/guidance/threads/<bigid:thread_id>"


@blp.route("/guidance/threads", methods=["GET"])
@blp.arguments(schemas.ThreadListArgsSchema, location="query")
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, schemas.ThreadPageSchema)
@login_required
def threads(args, page):
    """Guidance threads I may see (rep: about my work; boss: mine and my subtree's), latest
    first, with how many have news for me."""
    return queries.threads_page(current_user, page, **args)


@blp.route("/guidance/threads", methods=["POST"])
@blp.arguments(schemas.CommentSchema)
@blp.response(201, schemas.ThreadDetailSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
@errors(404)
def comment(data):
    """Comment on a rep's follow-up, customer or day (in my scope); the rep is notified."""
    body, subject = data.pop("body"), data.pop("subject")
    thread = services.comment(current_user, subject, body, **data)
    return queries.thread_of(current_user, thread.id)


@blp.route(THREAD, methods=["GET"])
@blp.response(200, schemas.ThreadDetailSchema)
@login_required
def thread(thread_id):
    """One thread with its messages, oldest first."""
    return queries.thread_of(current_user, thread_id)


@blp.route(THREAD + "/messages", methods=["POST"])
@blp.arguments(schemas.MessageBodySchema)
@blp.response(201, schemas.ThreadDetailSchema)
@login_required
def reply(data, thread_id):
    """Write in a thread: the rep's reply notifies the bosses who wrote in it, a boss's
    comment notifies the rep."""
    services.reply(current_user, get_scoped_or_404(GuidanceThread, thread_id, current_user),
                   data["body"])
    return queries.thread_of(current_user, thread_id)


@blp.route(THREAD + "/read", methods=["POST"])
@blp.response(200, UnreadSchema)
@login_required
def mark_read(thread_id):
    """I have read the thread; answers how many threads still have news for me."""
    services.mark_read(current_user, get_scoped_or_404(GuidanceThread, thread_id, current_user))
    return {"unread": queries.unread_count(current_user)}


@blp.route("/targets", methods=["GET"])
@blp.arguments(schemas.ProgressArgsSchema, location="query")
@blp.response(200, schemas.ProgressSchema)
@login_required
def targets(args):
    """The month's targets I may see (rep: mine and my team's; boss: those I set and my
    subtree's) with the progress counted so far."""
    month = schemas.to_month(args.pop("month")) if "month" in args else today()
    return queries.progress(current_user, month, **args)


@blp.route("/targets", methods=["PUT"])
@blp.arguments(schemas.TargetSetSchema)
@blp.response(200, schemas.TargetSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
@errors(404)
def set_target(data):
    """Set the month's target of a rep or a team in my scope for one metric (replaces it)."""
    return services.set_target(current_user, data.pop("subject"), data.pop("month"),
                               data.pop("metric"), data.pop("value"), **data)


@blp.route("/targets/<int:target_id>", methods=["DELETE"])
@blp.response(204)
@roles_required(ROLE_BOSS, ROLE_HQ)
def delete_target(target_id):
    """Remove a target in my scope."""
    services.delete_target(current_user, target_id)


@blp.route("/daily-report/setting", methods=["GET"])
@blp.response(200, schemas.ReportSettingSchema)
@roles_required(ROLE_BOSS)
def report_setting():
    """When my daily report (每日战报) comes, in company time."""
    return {"report_at": services.report_time(current_user)}


@blp.route("/daily-report/setting", methods=["PUT"])
@blp.arguments(schemas.ReportSettingSchema)
@blp.response(200, schemas.ReportSettingSchema)
@roles_required(ROLE_BOSS)
def set_report_setting(data):
    """Choose when my daily report comes (HH:MM, company time)."""
    return {"report_at": services.set_report_time(current_user, data["report_at"])}
