"""The customer book: customers, their profile and tags, stage, follow-up log, handover."""

from datetime import timedelta

from flask_login import current_user
from sqlalchemy import select

from app.clients import schemas, services, stages
from app.clients.models import (
    CustomerTagChange,
    FollowUp,
    StageChange,
)
from app.clients.queries import customer_list, customer_or_404, for_book
from app.core.access import (
    ROLE_BOSS,
    ROLE_HQ,
    ROLE_REP,
    get_scoped_or_404,
    login_required,
    roles_required,
    scoped,
)
from app.core.api import Blueprint, PageArgsSchema, errors, page_of, paginate
from app.core.db import utcnow
from app.extensions import db
from app.org.models import User
from app.shop.models import Order
from app.shop.schemas import OrderSchema

blp = Blueprint("clients", __name__, url_prefix="/api/v1", description="客户与标签")


@blp.route("/customers", methods=["GET"])
@blp.arguments(schemas.CustomerListArgsSchema, location="query")
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_of(schemas.CustomerProfileSchema))
@login_required
@errors(404)  # an org unit out of scope
def list_customers(filters, page):
    """Customers and visitors the caller may see, latest visit first, filtered by tags, stage,
    segment, flag, staleness, org unit or a product bought."""
    result = paginate(customer_list(current_user, filters), page)
    for_book(result["items"])
    return result


@blp.route("/customers/funnel", methods=["GET"])
@blp.response(200, schemas.FunnelRowSchema(many=True))
@login_required
def customer_funnel():
    """Customers per lifecycle stage and stage-to-stage conversion (own, team or company)."""
    return stages.funnel(current_user)


@blp.route("/customers/handover", methods=["POST"])
@blp.arguments(schemas.HandoverSchema)
@blp.response(201, schemas.HandoverSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
@errors(404)  # a rep or customer out of scope
def hand_over(data):
    """Move one rep's customers (or all of them, 离职继承) to another rep in my scope."""
    return services.hand_over(
        current_user, get_scoped_or_404(User, data["from_rep_id"], current_user),
        get_scoped_or_404(User, data["to_rep_id"], current_user), data["reason"],
        data["customer_ids"])


@blp.route("/users/<int:user_id>/offboarding", methods=["GET"])
@blp.response(200, schemas.OffboardingSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
def offboarding(user_id):
    """What offboarding this user would move: how many customers and open follow-ups."""
    return services.offboarding(current_user, get_scoped_or_404(User, user_id, current_user))


@blp.route("/users/<int:user_id>/offboarding", methods=["POST"])
@blp.arguments(schemas.OffboardSchema, required=False)
@blp.response(200, schemas.OffboardResultSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
def offboard(data, user_id):
    """离职继承: disable the user and hand all their customers to another rep, in one go."""
    user = get_scoped_or_404(User, user_id, current_user)
    heir = (None if data["to_rep_id"] is None
            else get_scoped_or_404(User, data["to_rep_id"], current_user))
    handover = services.offboard(current_user, user, heir, data["reason"])
    return {"user": user, "handover": handover}


@blp.route("/customers/<bigid:customer_id>/orders", methods=["GET"])
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_of(OrderSchema))
@login_required
def customer_orders(page, customer_id):
    """The customer's orders in every shop, newest first (they travel with the customer)."""
    customer = customer_or_404(customer_id)
    return paginate(select(Order).where(Order.customer_id == customer.id)
                    .order_by(Order.placed_at.desc(), Order.id.desc()), page)


@blp.route("/customers/<bigid:customer_id>", methods=["GET"])
@blp.response(200, schemas.CustomerProfileSchema)
@login_required
def get_customer(customer_id):
    """One customer with profile and tags."""
    return customer_or_404(customer_id)


@blp.route("/customers/<bigid:customer_id>", methods=["PATCH"])
@blp.arguments(schemas.CustomerUpdateSchema, required=False)
@blp.response(200, schemas.CustomerProfileSchema)
@roles_required(ROLE_REP)
def update_customer(changes, customer_id):
    """Edit one of my customers' profile."""
    customer = services.update_customer(current_user, customer_or_404(customer_id), changes)
    return for_book([customer])[0]


@blp.route("/customers/<bigid:customer_id>/tags", methods=["POST"])
@blp.arguments(schemas.TagApplySchema)
@blp.response(200, schemas.CustomerProfileSchema)
@roles_required(ROLE_REP)
def tag_customer(data, customer_id):
    """Put a tag of the company vocabulary on one of my customers."""
    customer = customer_or_404(customer_id)
    services.add_tag(current_user, customer, services.get_tag(data["tag_id"]))
    return for_book([customer])[0]


@blp.route("/customers/<bigid:customer_id>/tags/<int:tag_id>", methods=["DELETE"])
@blp.response(200, schemas.CustomerProfileSchema)
@roles_required(ROLE_REP)
def untag_customer(customer_id, tag_id):
    """Take a tag off one of my customers."""
    customer = customer_or_404(customer_id)
    services.remove_tag(current_user, customer, services.get_tag(tag_id))
    return for_book([customer])[0]


@blp.route("/customers/<bigid:customer_id>/tag-changes", methods=["GET"])
@blp.response(200, schemas.TagChangeSchema(many=True))
@login_required
def tag_changes(customer_id):
    """Who added or removed which tag on the customer, newest first."""
    customer = customer_or_404(customer_id)
    return db.session.scalars(select(CustomerTagChange)
                              .where(CustomerTagChange.customer_id == customer.id)
                              .order_by(CustomerTagChange.at.desc(),
                                        CustomerTagChange.id.desc()).limit(200))


@blp.route("/customers/<bigid:customer_id>/stage", methods=["POST"])
@blp.arguments(schemas.StageSetSchema)
@blp.response(200, schemas.CustomerProfileSchema)
@roles_required(ROLE_REP)
def set_stage(data, customer_id):
    """Set one of my customers' lifecycle stage by hand, with the reason."""
    customer = stages.set_stage(current_user, customer_or_404(customer_id), **data)
    return for_book([customer])[0]


@blp.route("/customers/<bigid:customer_id>/stage-changes", methods=["GET"])
@blp.response(200, schemas.StageChangeSchema(many=True))
@login_required
def stage_changes(customer_id):
    """How the customer's stage moved and why, newest first."""
    customer = customer_or_404(customer_id)
    return db.session.scalars(select(StageChange).where(StageChange.customer_id == customer.id)
                              .order_by(StageChange.at.desc(), StageChange.id.desc()))


@blp.route("/customers/<bigid:customer_id>/follow-ups", methods=["GET"])
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_of(schemas.FollowUpSchema))
@login_required
def list_follow_ups(page, customer_id):
    """The customer's follow-up log, newest first."""
    customer = customer_or_404(customer_id)
    return paginate(select(FollowUp).where(FollowUp.customer_id == customer.id)
                    .order_by(FollowUp.created_at.desc(), FollowUp.id.desc()), page)


@blp.route("/customers/<bigid:customer_id>/follow-ups", methods=["POST"])
@blp.arguments(schemas.FollowUpSchema)
@blp.response(201, schemas.FollowUpSchema)
@roles_required(ROLE_REP)
def log_follow_up(data, customer_id):
    """Log a contact with one of my customers, with the next action and when it is due."""
    return services.log_follow_up(current_user, customer_or_404(customer_id), **data)


@blp.route("/follow-ups/due", methods=["GET"])
@blp.arguments(schemas.DueFollowUpArgsSchema, location="query")
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_of(schemas.FollowUpSchema))
@login_required
def due_follow_ups(args, page):
    """Open next actions due by now (or within N days), overdue first."""
    until = utcnow() + timedelta(days=args["within_days"])
    return paginate(scoped(select(FollowUp), FollowUp, current_user)
                    .where(FollowUp.done_at.is_(None), FollowUp.due_at <= until)
                    .order_by(FollowUp.due_at, FollowUp.id), page)


@blp.route("/follow-ups/<bigid:follow_up_id>", methods=["PATCH"])
@blp.arguments(schemas.FollowUpUpdateSchema, required=False)
@blp.response(200, schemas.FollowUpSchema)
@roles_required(ROLE_REP)
def edit_follow_up(changes, follow_up_id):
    """Correct my follow-up within 24 hours of writing it (409 after: add a new one)."""
    follow_up = get_scoped_or_404(FollowUp, follow_up_id, current_user)
    return services.edit_follow_up(current_user, follow_up, changes)


@blp.route("/follow-ups/<bigid:follow_up_id>/done", methods=["POST"])
@blp.response(200, schemas.FollowUpSchema)
@roles_required(ROLE_REP)
def complete_follow_up(follow_up_id):
    """Mark the next action of a follow-up done."""
    follow_up = get_scoped_or_404(FollowUp, follow_up_id, current_user)
    return services.complete_follow_up(current_user, follow_up)
