"""Read-only figures for the home screens and the boss view; figures read the daily counters
(app.dashboard.figures), never raw events; a rep's day lists that one rep-day's records."""

from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from app.clients.models import FollowUp
from app.core.access import ROLE_BOSS, ROLE_HQ, ROLE_REP, get_scoped_or_404, subtree_ids
from app.core.company import company_zone
from app.core.db import day_bounds, local_day, utcnow
from app.core.errors import NotFound, ValidationError
from app.core.events import declared_metrics
from app.core.models import ActivityEvent, DailyCounter
from app.customers.models import Customer
from app.dashboard import figures
from app.dashboard.periods import Period, month_bounds, period_of
from app.extensions import db
from app.inbox.models import Booking, Consultation
from app.inbox.services import customer_label
from app.org.models import OrgUnit, User
from app.shop.models import Order


def today() -> date:
    return local_day(utcnow(), company_zone())


def period_from(args: dict) -> Period:
    """The period a query's `period`, `start` and `end` name, as of today."""
    return period_of(args["period"], today(), args.get("start"), args.get("end"))


def day_totals(user, day: date) -> dict:
    """Counters of one day summed over what `user` may see: self, subtree or company; each
    declared metric with its label and unit (a counter nobody declared is not shown)."""
    query = select(DailyCounter.metric, func.sum(DailyCounter.value)).where(DailyCounter.day == day)
    reps = select(func.count()).select_from(User).where(User.role == ROLE_REP, User.active)
    if user.role == ROLE_REP:
        query, scope = query.where(DailyCounter.rep_id == user.id), "self"
        rep_count = 1
    else:
        if user.role == ROLE_BOSS:
            units = subtree_ids(user.org_unit)
            query = query.where(DailyCounter.org_unit_id.in_(units))
            reps = reps.where(User.org_unit_id.in_(units))
        scope = "company" if user.role == ROLE_HQ else "subtree"
        rep_count = db.session.scalar(reps)
    values = dict(db.session.execute(query.group_by(DailyCounter.metric)).all())
    figures = [{"metric": metric.name, "label": metric.label, "unit": metric.unit,
                "value": int(values[metric.name])}
               for metric in declared_metrics() if metric.name in values]
    return {"day": day, "scope": scope, "reps": rep_count, "figures": figures,
            "metrics": {figure["metric"]: figure["value"] for figure in figures}}


# --- the boss view -------------------------------------------------------------------------

REP_SORTS = ("name", "active_days")  # and every figure of figure_meta() but active_reps


def _unit_card(unit: OrgUnit | None) -> dict | None:
    return None if unit is None else {"id": unit.id, "name": unit.name, "kind": unit.kind}


def team_dashboard(unit: OrgUnit | None, period: Period) -> dict:
    """The scope's figures for the period against the previous one, and its rep count."""
    return {"unit": _unit_card(unit), **figures.team_figures(unit, period),
            "reps": figures.scope_rep_count(unit, period.start, period.end)}


def units_side_by_side(parent: OrgUnit | None, period: Period) -> dict:
    """The child units of a unit (None: of the company's root) each with its figures, so HQ
    compares branches and a boss their teams."""
    if parent is None:
        parent = db.session.scalar(select(OrgUnit).where(OrgUnit.parent_id.is_(None))
                                   .order_by(OrgUnit.id))
    children = db.session.scalars(select(OrgUnit).where(OrgUnit.parent_id == parent.id)
                                  .order_by(OrgUnit.sort_order, OrgUnit.id))
    return {"parent": _unit_card(parent), "period": period.as_dict(),
            "units": [{"unit": _unit_card(child), **figures.team_figures(child, period)}
                      for child in children]}


def _rep_rows(unit: OrgUnit | None, period: Period, day: date) -> list[dict]:
    totals = figures.rep_totals(unit, period.start, period.end)
    days = figures.rep_active_days(unit, period.start, period.end)
    active = figures.active_today(unit, day)
    return [{"rep": {"id": rep.id, "name": rep.name, "active": rep.active,
                     "org_unit": _unit_card(rep.org_unit)},
             "values": totals.get(rep.id, {}), "active_days": days.get(rep.id, 0),
             "idle_today": rep.id not in active}
            for rep in figures.scope_reps(unit, period.start, period.end)]


def rep_ranking(unit: OrgUnit | None, period: Period, *, sort: str = "revenue",
                descending: bool = True) -> dict:
    """Every rep of the scope (figures.scope_unit()) with their figures for the period, sorted
    by any column.

    The rank is by the sort column, highest first, ties sharing a rank; the top three with a
    figure above zero are marked. `idle_today` marks a rep with nothing counted today,
    whatever the period.
    """
    columns = [meta for meta in figures.figure_meta() if meta["metric"] != "active_reps"]
    if sort not in REP_SORTS and sort not in {meta["metric"] for meta in columns}:
        raise ValidationError(fields={"sort": ["不能按这一列排序"]})
    rows = figures.cached(("reps", unit and unit.id, period, today()),
                          lambda: _rep_rows(unit, period, today()))

    def value(row):
        if sort == "name":
            return row["rep"]["name"]
        return row["active_days"] if sort == "active_days" else row["values"].get(sort, 0)

    ordered = sorted(rows, key=lambda row: (value(row), row["rep"]["id"]), reverse=descending)
    ranks = {} if sort == "name" else _ranks([value(row) for row in rows])
    ordered = [{**row, "rank": ranks.get(value(row)),
                "top": ranks.get(value(row), 4) <= 3 and value(row) > 0} for row in ordered]
    return {"unit": _unit_card(unit), "period": period.as_dict(), "sort": sort,
            "descending": descending, "columns": columns, "rows": ordered,
            "idle_today": sum(1 for row in rows if row["idle_today"])}


def rep_table(unit: OrgUnit | None, period: Period, *, page: int = 1, per_page: int = 20,
              **order) -> dict:
    """A page of rep_ranking() in the API's page convention."""
    ranking = rep_ranking(unit, period, **order)
    rows = ranking.pop("rows")
    start = (page - 1) * per_page
    return {**ranking, "items": rows[start:start + per_page], "total": len(rows), "page": page,
            "per_page": per_page}


def _ranks(values: list[int]) -> dict[int, int]:
    """Competition ranks, highest first: 100, 80, 80, 50 rank 1, 2, 2, 4."""
    ranks: dict[int, int] = {}
    for position, value in enumerate(sorted(values, reverse=True), start=1):
        ranks.setdefault(value, position)
    return ranks


TREND_GRAINS = {"day": 30, "week": 12, "month": 12}  # buckets shown, up to today's


def trend_buckets(grain: str, day: date) -> list[tuple[date, date]]:
    """The last buckets of `grain` up to `day` (the current one runs to `day`), oldest first."""
    if grain == "day":
        return [(day - timedelta(days=n), day - timedelta(days=n))
                for n in reversed(range(TREND_GRAINS["day"]))]
    buckets = []
    if grain == "week":
        start = day - timedelta(days=day.weekday())
        for _ in range(TREND_GRAINS["week"]):
            buckets.append((start, min(start + timedelta(days=6), day)))
            start -= timedelta(days=7)
    else:
        start = day.replace(day=1)
        for _ in range(TREND_GRAINS["month"]):
            buckets.append((start, min(month_bounds(start)[1], day)))
            start = (start - timedelta(days=1)).replace(day=1)
    return buckets[::-1]


def trend(unit: OrgUnit | None, grain: str) -> dict:
    """Each figure of the scope by day, week or month, for the trend charts."""
    buckets = trend_buckets(grain, today())
    by_day = figures.day_totals_by(unit, buckets[0][0], buckets[-1][1])
    series = []
    for meta in figures.figure_meta():
        if meta["metric"] == "active_reps":
            values = figures.active_rep_counts(unit, buckets)
        else:
            values = [sum(totals.get(meta["metric"], 0) for day, totals in by_day.items()
                          if start <= day <= end) for start, end in buckets]
        series.append({**meta, "values": values})
    return {"unit": _unit_card(unit), "grain": grain,
            "buckets": [{"start": start, "end": end} for start, end in buckets],
            "series": series}


REP_DAY_TIMELINE_LIMIT = 200


def _minutes(start: datetime, end: datetime | None) -> int | None:
    return None if end is None else max(0, round((end - start).total_seconds() / 60))


def rep_day(actor, rep_id: int, day: date) -> dict:
    """One rep's day (员工日报): the day's figures, and the records behind them: customers
    followed up, leads that came in, questions and bookings with how fast they were answered,
    shares and who opened them, orders, and the day's timeline.

    The figures are the rep's counters (for a boss, the work done in the boss's subtree);
    the lists are that rep's rows of that one day.
    """
    rep = get_scoped_or_404(User, rep_id, actor)
    if rep.role != ROLE_REP:
        raise NotFound()
    unit = None if actor.role == ROLE_REP else figures.scope_unit(actor)
    start, end = day_bounds(day, company_zone())
    values = figures.counter_totals(unit, day, day, rep_id=rep.id)
    events = db.session.scalars(
        select(ActivityEvent).where(ActivityEvent.rep_id == rep.id, ActivityEvent.day == day)
        .order_by(ActivityEvent.occurred_at.desc(), ActivityEvent.id.desc())
        .limit(REP_DAY_TIMELINE_LIMIT)).all()
    follow_ups = db.session.scalars(
        select(FollowUp).where(FollowUp.author_id == rep.id, FollowUp.created_at >= start,
                               FollowUp.created_at < end).order_by(FollowUp.created_at)).all()
    consultations = db.session.scalars(
        select(Consultation).where(Consultation.shop_rep_id == rep.id,
                                   Consultation.created_at >= start, Consultation.created_at < end)
        .order_by(Consultation.created_at)).all()
    bookings = db.session.scalars(
        select(Booking).where(Booking.shop_rep_id == rep.id, Booking.created_at >= start,
                              Booking.created_at < end).order_by(Booking.created_at)).all()
    orders = db.session.scalars(
        select(Order).where(Order.rep_id == rep.id, Order.placed_at >= start,
                            Order.placed_at < end).order_by(Order.placed_at)).all()
    customer_ids = ({e.customer_id for e in events if e.customer_id}
                    | {row.customer_id for row in (*follow_ups, *consultations, *bookings,
                                                   *orders)})
    customers = {c.id: c for c in db.session.scalars(
        select(Customer).where(Customer.id.in_(customer_ids)))} if customer_ids else {}

    def who(customer_id):
        customer = customers.get(customer_id)
        return None if customer is None else {"id": customer.id, "name": customer_label(customer)}

    labels = {meta["metric"]: meta["label"] for meta in figures.figure_meta()}
    opens: dict[int, list] = {}
    for event in events:
        share_id = (event.attrs or {}).get("share_id") if event.verb == "visit" else None
        if share_id:
            opens.setdefault(share_id, []).append(event.customer_id)
    shares = [{"id": e.attrs.get("share_id"), "at": e.occurred_at, "object_type": e.object_type,
               "object_id": e.object_id, "opens": len(opens.get(e.attrs.get("share_id"), [])),
               "openers": [who(c) for c in dict.fromkeys(opens.get(e.attrs.get("share_id"), []))
                           if who(c)]}
              for e in reversed(events) if e.verb == "share"]
    answers = [_minutes(c.created_at, c.answered_at) for c in consultations] + \
        [_minutes(b.created_at, b.replied_at) for b in bookings]
    answered = sorted(m for m in answers if m is not None)
    return {
        "rep": {"id": rep.id, "name": rep.name, "org_unit": _unit_card(rep.org_unit)},
        "day": day,
        "figures": [{**meta, "value": values.get(meta["metric"], 0)}
                    for meta in figures.figure_meta() if meta["metric"] != "active_reps"],
        "idle": not values,
        "follow_ups": [{"id": f.id, "at": f.created_at, "kind": f.kind, "content": f.content,
                        "customer": who(f.customer_id)} for f in follow_ups],
        "leads": [{"at": e.occurred_at, "verb": e.verb, "label": labels.get(e.verb, e.verb),
                   "customer": who(e.customer_id)}
                  for e in reversed(events) if e.verb in ("customer_new", "visitor_new")],
        "consultations": [{"id": c.id, "at": c.created_at, "question": c.question,
                           "answered_at": c.answered_at,
                           "answer_minutes": _minutes(c.created_at, c.answered_at),
                           "customer": who(c.customer_id)} for c in consultations],
        "bookings": [{"id": b.id, "at": b.created_at, "kind": b.kind, "status": b.status,
                      "answered_at": b.replied_at,
                      "answer_minutes": _minutes(b.created_at, b.replied_at),
                      "customer": who(b.customer_id)} for b in bookings],
        "answer_speed": {"answered": len(answered), "waiting": len(answers) - len(answered),
                         "median_minutes": answered[len(answered) // 2] if answered else None},
        "shares": shares,
        "orders": [{"id": o.id, "number": o.number, "at": o.placed_at, "status": o.status,
                    "amount": o.total_amount, "customer": who(o.customer_id)} for o in orders],
        "timeline": [{"at": e.occurred_at, "verb": e.verb, "label": labels.get(e.verb, e.verb),
                      "customer": who(e.customer_id), "object_type": e.object_type,
                      "object_id": e.object_id} for e in events],
    }
