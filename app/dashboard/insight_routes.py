"""Customer insight (客户洞察) for a boss's subtree or HQ's company or chosen unit."""

from flask_login import current_user

from app.core.access import ROLE_BOSS, ROLE_HQ, roles_required
from app.core.api import Blueprint, errors
from app.dashboard import insight
from app.dashboard.figures import cached_json, scope_unit
from app.dashboard.insight_schemas import (
    CustomerInsightSchema,
    InsightArgsSchema,
    ProductRankingArgsSchema,
    ProductRankingSchema,
)
from app.dashboard.queries import period_from

blp = Blueprint("insight", __name__, url_prefix="/api/v1/dashboard/insight",
                description="客户洞察")


@blp.route("", methods=["GET"])
@blp.arguments(InsightArgsSchema, location="query")
@blp.response(200, CustomerInsightSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
@errors(404)  # a unit out of scope
def customer_insight(args):
    """Tags, the stage funnel, RFM segments, flagged and stale customers of my scope, at the
    latest nightly snapshot."""
    unit = scope_unit(current_user, args.get("unit_id"))
    return cached_json(CustomerInsightSchema, ("insight", unit.id if unit else None),
                       lambda: insight.customer_insight(unit))


@blp.route("/products", methods=["GET"])
@blp.arguments(ProductRankingArgsSchema, location="query")
@blp.response(200, ProductRankingSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
@errors(404)  # a unit out of scope
def product_ranking(args):
    """Products of my scope over a period, from page opens to paid orders, with conversion."""
    unit = scope_unit(current_user, args.get("unit_id"))
    period = period_from(args)
    return cached_json(ProductRankingSchema, ("insight_products", unit.id if unit else None,
                                              period, args["sort"], args["limit"]),
                       lambda: insight.product_ranking(unit, period, args["sort"], args["limit"]))
