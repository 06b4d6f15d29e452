"""What to do today (今日待办) and what happened with a customer (the timeline)."""

from flask_login import current_user

from app.clients import schemas, timeline, today
from app.clients.queries import customer_or_404
from app.core.access import ROLE_BOSS, ROLE_REP, login_required, roles_required
from app.core.api import Blueprint
from app.core.db import utcnow

blp = Blueprint("today", __name__, url_prefix="/api/v1", description="今日待办与客户动态")


@blp.route("/today", methods=["GET"])
@blp.response(200, schemas.TodaySchema)
@roles_required(ROLE_REP, ROLE_BOSS)
def today_list():
    """Today's to-dos (mine, or my subtree's): one card per customer with every reason, most
    urgent first."""
    return today.today_list(current_user, utcnow())


@blp.route("/customers/<bigid:customer_id>/timeline", methods=["GET"])
@blp.arguments(schemas.TimelineArgsSchema, location="query")
@blp.response(200, schemas.TimelinePageSchema)
@login_required
def customer_timeline(args, customer_id):
    """Everything that happened with the customer, newest first, a page before a cursor."""
    customer = customer_or_404(customer_id)
    return timeline.page(customer.id, args.get("before"), args["per_page"])
