"""Home-screen figures and the boss view: the team dashboard, units side by side, the per-rep
table, the trend and a rep's day."""

from flask_login import current_user

from app.core.access import ROLE_BOSS, ROLE_HQ, login_required, roles_required
from app.core.api import Blueprint, errors
from app.dashboard import figures, queries
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


def _scope(args):
    """The unit the caller's answer covers (404 outside their scope; None: the company)."""
    return figures.scope_unit(current_user, args.get("unit_id"))


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
    period, unit = queries.period_from(args), _scope(args)
    return figures.cached_json(TeamDashboardSchema, ("team", unit and unit.id, period),
                               lambda: queries.team_dashboard(unit, period))


@blp.route("/units", methods=["GET"])
@blp.arguments(PeriodArgsSchema, location="query")
@blp.response(200, UnitsSideBySideSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
@errors(404)  # a unit_id outside the caller's scope
def units(args):
    """The child units of `unit_id` (default: the boss's unit, HQ's company) side by side."""
    period, unit = queries.period_from(args), _scope(args)
    return figures.cached_json(UnitsSideBySideSchema, ("units", unit and unit.id, period),
                               lambda: queries.units_side_by_side(unit, period))


@blp.route("/reps", methods=["GET"])
@blp.arguments(RepTableArgsSchema, location="query")
@blp.response(200, RepTableSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
@errors(404)  # a unit_id outside the caller's scope
def rep_table(args):
    """The per-rep table (员工排行): every rep of the scope with the period's figures."""
    period = queries.period_from(args)
    unit = _scope(args)
    key = ("reps", unit and unit.id, period, queries.today(), args["sort"], args["order"],
           args["page"], args["per_page"])
    return figures.cached_json(RepTableSchema, key, lambda: queries.rep_table(
        unit, period, sort=args["sort"], descending=args["order"] == "desc", page=args["page"],
        per_page=args["per_page"]))


@blp.route("/trend", methods=["GET"])
@blp.arguments(TrendArgsSchema, location="query")
@blp.response(200, TrendSchema)
@roles_required(ROLE_BOSS, ROLE_HQ)
@errors(404)  # a unit_id outside the caller's scope
def trend(args):
    """Each figure of the scope by day, week or month."""
    unit = _scope(args)
    key = ("trend", unit and unit.id, args["grain"], queries.today())
    return figures.cached_json(TrendSchema, key, lambda: queries.trend(unit, args["grain"]))


@blp.route("/reps/<int:rep_id>/day", methods=["GET"])
@blp.arguments(RepDayArgsSchema, location="query")
@blp.response(200, RepDaySchema)
@login_required
def rep_day(args, rep_id):
    """A rep's day (员工日报): a boss's or HQ's rep in scope, or a rep's own."""
    return queries.rep_day(current_user, rep_id, args.get("day") or queries.today())
