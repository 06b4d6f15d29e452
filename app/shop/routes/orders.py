"""Orders for staff (rep: own, boss: subtree, HQ: all) and the commission ledger."""


from flask import Response, current_app
from flask_login import current_user
from sqlalchemy import select

from app.core.access import (
    ROLE_HQ,
    ROLE_REP,
    get_scoped_or_404,
    login_required,
    roles_required,
    scoped,
)
from app.core.api import FILE, Blueprint, PageArgsSchema, page_of, paginate
from app.core.company import company_zone, get_company
from app.core.db import day_bounds
from app.core.tables import CSV_MIMETYPE, XLSX_MIMETYPE, write_table
from app.shop import queries, schemas
from app.shop.models import CommissionEntry, Order
from app.shop.services import commission, orders

blp = Blueprint("orders", __name__, url_prefix="/api/v1", description="订单与提成")


@blp.route("/orders", methods=["GET"])
@blp.arguments(schemas.OrderListArgsSchema, location="query")
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_of(schemas.OrderSchema))
@login_required
def list_orders(filters, page):
    """Orders the caller may see, newest first."""
    return paginate(queries.order_list(current_user, filters), page)


@blp.route("/orders/<bigid:order_id>", methods=["GET"])
@blp.response(200, schemas.OrderSchema)
@login_required
def get_order(order_id):
    """One order with its lines and state history."""
    return get_scoped_or_404(Order, order_id, current_user)


def _act(order_id: int, action: str, data: dict) -> Order:
    order = get_scoped_or_404(Order, order_id, current_user)
    return orders.transition(order, action, current_user, **data)


@blp.route("/orders/<bigid:order_id>/pay", methods=["POST"])
@blp.arguments(schemas.OrderActionSchema, required=False)
@blp.response(200, schemas.OrderSchema)
@roles_required(ROLE_REP, ROLE_HQ)
def pay_order(data, order_id):
    """Confirm the customer has paid (offline payment)."""
    return _act(order_id, "pay", data)


@blp.route("/orders/<bigid:order_id>/complete", methods=["POST"])
@blp.arguments(schemas.OrderActionSchema, required=False)
@blp.response(200, schemas.OrderSchema)
@roles_required(ROLE_REP, ROLE_HQ)
def complete_order(data, order_id):
    """Mark a paid order delivered and done; the rep's commission is earned (frozen)."""
    return _act(order_id, "complete", data)


@blp.route("/orders/<bigid:order_id>/cancel", methods=["POST"])
@blp.arguments(schemas.OrderActionSchema, required=False)
@blp.response(200, schemas.OrderSchema)
@roles_required(ROLE_REP, ROLE_HQ)
def cancel_order(data, order_id):
    """Cancel an unpaid order; its stock is given back."""
    return _act(order_id, "cancel", data)


@blp.route("/orders/<bigid:order_id>/refund", methods=["POST"])
@blp.arguments(schemas.RefundSchema)
@blp.response(200, schemas.OrderSchema)
@roles_required(ROLE_REP, ROLE_HQ)
def refund_order(data, order_id):
    """Refund a paid or completed order; stock comes back, earned commission is reversed."""
    return _act(order_id, "refund", data)


@blp.route("/commission/summary", methods=["GET"])
@blp.response(200, schemas.CommissionSummarySchema)
@login_required
def commission_summary():
    """Commission pending (frozen), settled and in total, over what the caller may see."""
    return {**commission.summary(current_user),
            "settle_days": get_company().commission_settle_days}


@blp.route("/commission/entries", methods=["GET"])
@blp.arguments(schemas.CommissionListArgsSchema, location="query")
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_of(schemas.CommissionEntrySchema))
@login_required
def commission_entries(filters, page):
    """Lines of the commission ledger, newest first."""
    query = scoped(select(CommissionEntry), CommissionEntry, current_user).order_by(
        CommissionEntry.created_at.desc(), CommissionEntry.id.desc())
    if "status" in filters:
        query = query.where(CommissionEntry.status == filters["status"])
    return paginate(query, page)


@blp.route("/commission/settlement", methods=["GET"])
@blp.arguments(schemas.SettlementArgsSchema, location="query")
@blp.response(200, FILE, content_type=XLSX_MIMETYPE)
@blp.doc(responses={"200": {  # one 200, two types: what @blp.response alone cannot say
    "description": "Excel workbook, or with format=csv the summary as CSV",
    "content": {XLSX_MIMETYPE: {"schema": FILE}, "text/csv": {"schema": FILE}}}})
@roles_required(ROLE_HQ)
def settlement(args):
    """Settlement sheet of a period: per rep, the commission settled in it, and every line."""
    zone = company_zone()
    start, _ = day_bounds(args["start"], zone)
    _, end = day_bounds(args["end"], zone)
    sheets = commission.settlement_sheets(start, end, zone)
    fmt = args["format"]
    filename = f"settlement-{args['start']:%Y%m%d}-{args['end']:%Y%m%d}.{fmt}"
    current_app.logger.info("settlement export %s by %s", filename, current_user.id)
    return Response(write_table(sheets, fmt),
                    mimetype=CSV_MIMETYPE if fmt == "csv" else XLSX_MIMETYPE,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


