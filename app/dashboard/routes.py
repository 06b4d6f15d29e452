"""Home-screen figures; the boss view grows here."""

from flask_login import current_user
from flask_smorest import Blueprint

from app.core.access import login_required
from app.dashboard import queries
from app.dashboard.schemas import DayTotalsSchema

blp = Blueprint("dashboard", __name__, url_prefix="/api/v1/dashboard", description="看板")


@blp.route("/today", methods=["GET"])
@blp.response(200, DayTotalsSchema)
@login_required
def today():
    """Today's counters (company time zone) over what the caller may see."""
    return queries.day_totals(current_user, queries.today())
