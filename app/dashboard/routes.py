"""Home-screen figures and the boss view: the team dashboard, units side by side, the per-rep
table, the trend and a rep's day."""

from flask_login import current_user
from flask_smorest import Blueprint

from app.core.access import ROLE_BOSS, ROLE_HQ, login_required, roles_required
from app.core.api import errors
from app.dashboard import queries
from app.dashboard.schemas import (
    DayTotalsSchema,
    PeriodArgsSchema,
    RepDayArgsSchema,
    RepDaySchema,
    RepTableArgsSchema,
    RepTableSchema,
    TeamDashboardSchema,
    TrendArgsSchema,
    TrendSchema,
    UnitsSideBySideSchema,
)

blp = Blueprint("dashboard", __name__, url_prefix="/api/v1/dashboard", description="看板")


@blp.route("/today", methods=["GET"])
@blp.response(200, DayTotalsSchema)
@login_required
def today():
    """Today's counters (company time zone) over what the caller may see."""
    return queries.day_totals(current_user, queries.today())


@blp.route("", methods=["GET"])
@blp.arguments(PeriodArgsSchema, location="query")
@blp.response(200, TeamDashboardSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
@errors(404)  # a unit_id outside the caller's scope
def team(args):
    """The team dashboard: the scope's figures for a period, each against the previous period
    of the same length."""
    return queries.team_dashboard(current_user, queries.period_from(args), args.get("unit_id"))


@blp.route("/units", methods=["GET"])
@blp.arguments(PeriodArgsSchema, location="query")
@blp.response(200, UnitsSideBySideSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
@errors(404)  # a unit_id outside the caller's scope
def units(args):
    """The child units of `unit_id` (default: the boss's unit, HQ's company) side by side."""
    return queries.units_side_by_side(current_user, queries.period_from(args), args.get("unit_id"))


@blp.route("/reps", methods=["GET"])
@blp.arguments(RepTableArgsSchema, location="query")
@blp.response(200, RepTableSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
@errors(404)  # a unit_id outside the caller's scope
def rep_table(args):
    """The per-rep table (员工排行): every rep of the scope with the period's figures."""
    return queries.rep_table(current_user, queries.period_from(args), unit_id=args.get("unit_id"),
                             sort=args["sort"], descending=args["order"] == "desc",
                             page=args["page"], per_page=args["per_page"])


@blp.route("/trend", methods=["GET"])
@blp.arguments(TrendArgsSchema, location="query")
@blp.response(200, TrendSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
@errors(404)  # a unit_id outside the caller's scope
def trend(args):
    """Each figure of the scope by day, week or month."""
    return queries.trend(current_user, args["grain"], args.get("unit_id"))


@blp.route("/reps/<int:rep_id>/day", methods=["GET"])
@blp.arguments(RepDayArgsSchema, location="query")
@blp.response(200, RepDaySchema)
@login_required
def rep_day(args, rep_id):
    """A rep's day (员工日报): a boss's or HQ's rep in scope, or a rep's own."""
    return queries.rep_day(current_user, rep_id, args.get("day") or queries.today())
