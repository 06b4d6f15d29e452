"""The strategy library (HQ writes, staff read) and the guidance page of one customer."""

from flask_login import current_user
from sqlalchemy import select

from app.clients.queries import customer_or_404
from app.core.access import ROLE_HQ, get_or_404, login_required, roles_required
from app.core.api import Blueprint
from app.extensions import db
from app.strategies import queries, schemas, services
from app.strategies.models import Strategy

blp = Blueprint("strategies", __name__, url_prefix="/api/v1", description="策略库与经营指导书")


def strategy_or_404(strategy_id: int) -> Strategy:
    return get_or_404(Strategy, strategy_id, "策略不存在")


@blp.route("/strategies", methods=["GET"])
@blp.response(200, schemas.StrategySchema(many=True))
@login_required
def list_strategies():
    """The strategy library, highest priority first (disabled ones too)."""
    return db.session.scalars(select(Strategy)
                              .order_by(Strategy.priority.desc(), Strategy.id))


@blp.route("/strategies", methods=["POST"])
@blp.arguments(schemas.StrategySchema)
@blp.response(201, schemas.StrategySchema)
@roles_required(ROLE_HQ)
def create_strategy(data):
    """Add a strategy: who it is for, what to do, say and send."""
    return services.create_strategy(current_user, **data)


@blp.route("/strategies/<int:strategy_id>", methods=["GET"])
@blp.response(200, schemas.StrategySchema)
@login_required
def get_strategy(strategy_id):
    """One strategy."""
    return strategy_or_404(strategy_id)


@blp.route("/strategies/<int:strategy_id>", methods=["PATCH"])
@blp.arguments(schemas.StrategyUpdateSchema, required=False)
@blp.response(200, schemas.StrategySchema)
@roles_required(ROLE_HQ)
def update_strategy(changes, strategy_id):
    """Edit a strategy, or switch it on or off."""
    return services.update_strategy(current_user, strategy_or_404(strategy_id), changes)


@blp.route("/strategies/<int:strategy_id>", methods=["DELETE"])
@blp.response(204)
@roles_required(ROLE_HQ)
def delete_strategy(strategy_id):
    """Delete a strategy."""
    services.delete_strategy(current_user, strategy_or_404(strategy_id))


@blp.route("/customers/<bigid:customer_id>/guidance", methods=["GET"])
@blp.response(200, schemas.GuidanceSchema)
@login_required
def customer_guidance(customer_id):
    """The customer's guidance page (客户经营指导书): who they are, what they did, what to do."""
    return queries.guidance(customer_or_404(customer_id))
