"""The boss view's figures: sums of the per-rep daily counters over a scope and a period.

A scope is an org unit's subtree (or the whole company), and a unit's figures are the work
done in it: the counters carry the rep's unit when the work was done, so a rep who moves
leaves what they earned with the team they earned it in, and the per-rep rows of a scope add
up to its totals. Nothing here reads raw events or orders.
"""

import json
from datetime import date

from flask import Response, current_app
from sqlalchemy import case, distinct, func, or_, select

from app.core.access import ROLE_HQ, ROLE_REP, get_scoped_or_404, subtree_ids
from app.core.cache import CheckedCache
from app.core.errors import Forbidden
from app.core.events import declared_metrics
from app.core.models import ActivityEvent, DailyCounter
from app.dashboard.periods import Period
from app.extensions import db
from app.org.models import OrgUnit, User

ACTIVE_REPS = {"metric": "active_reps", "label": "活跃员工", "unit": "count"}
# A cached figure is rebuilt when a newer event exists, and at least this often: event ids
# come from a sequence, so one committed late can sit below the newest id already seen.
STALE_AFTER_SECONDS = 60

_cache: CheckedCache | None = None


def scope_unit(actor, unit_id: int | None = None) -> OrgUnit | None:
    """The unit whose subtree the figures cover: the one asked for (within the caller's
    scope, else 404), else the boss's own unit; None is HQ's whole company."""
    if actor.role == ROLE_REP:
        raise Forbidden()
    if unit_id is not None:
        return get_scoped_or_404(OrgUnit, unit_id, actor)
    return None if actor.role == ROLE_HQ else actor.org_unit


def _in_scope(query, unit: OrgUnit | None):
    return query if unit is None else query.where(DailyCounter.org_unit_id.in_(subtree_ids(unit)))


def counter_totals(unit: OrgUnit | None, start: date, end: date,
                   rep_id: int | None = None) -> dict[str, int]:
    """Each counter summed over the scope's days start..end (of one rep when given)."""
    query = (select(DailyCounter.metric, func.sum(DailyCounter.value))
             .where(DailyCounter.day.between(start, end)).group_by(DailyCounter.metric))
    if rep_id is not None:
        query = query.where(DailyCounter.rep_id == rep_id)
    return {metric: int(value) for metric, value in db.session.execute(_in_scope(query, unit))}


def active_rep_count(unit: OrgUnit | None, start: date, end: date) -> int:
    """Reps with any counter in the period: they signed in or did something counted."""
    query = select(func.count(distinct(DailyCounter.rep_id))).where(
        DailyCounter.day.between(start, end))
    return db.session.scalar(_in_scope(query, unit)) or 0


def active_rep_counts(unit: OrgUnit | None, buckets: list[tuple[date, date]]) -> list[int]:
    """active_rep_count() of each (start, end) bucket, in one query."""
    bucket = case(*((DailyCounter.day.between(start, end), index)
                    for index, (start, end) in enumerate(buckets)))
    query = (select(bucket, func.count(distinct(DailyCounter.rep_id)))
             .where(DailyCounter.day.between(buckets[0][0], buckets[-1][1]))
             .group_by(bucket))
    counts = dict(db.session.execute(_in_scope(query, unit)).all())
    return [counts.get(index, 0) for index in range(len(buckets))]


def rep_totals(unit: OrgUnit | None, start: date, end: date) -> dict[int, dict[str, int]]:
    """Each rep's counters summed over the period, for the work done in the scope."""
    query = (select(DailyCounter.rep_id, DailyCounter.metric, func.sum(DailyCounter.value))
             .where(DailyCounter.day.between(start, end))
             .group_by(DailyCounter.rep_id, DailyCounter.metric))
    totals: dict[int, dict[str, int]] = {}
    for rep_id, metric, value in db.session.execute(_in_scope(query, unit)):
        totals.setdefault(rep_id, {})[metric] = int(value)
    return totals


def rep_active_days(unit: OrgUnit | None, start: date, end: date) -> dict[int, int]:
    """Each rep's number of days with anything counted in the scope in the period."""
    days = (_in_scope(select(DailyCounter.rep_id, DailyCounter.day)
                      .where(DailyCounter.day.between(start, end)), unit)
            .distinct().subquery())
    query = select(days.c.rep_id, func.count()).group_by(days.c.rep_id)
    return dict(db.session.execute(query).all())


def day_totals_by(unit: OrgUnit | None, start: date, end: date) -> dict[date, dict[str, int]]:
    """The scope's counters of each day start..end."""
    query = (select(DailyCounter.day, DailyCounter.metric, func.sum(DailyCounter.value))
             .where(DailyCounter.day.between(start, end))
             .group_by(DailyCounter.day, DailyCounter.metric))
    totals: dict[date, dict[str, int]] = {}
    for day, metric, value in db.session.execute(_in_scope(query, unit)):
        totals.setdefault(day, {})[metric] = int(value)
    return totals


# What a boss reads first, in this order; every other declared metric follows in the order
# of declaration (a later package's figures appear without a change here).
KEY_FIGURES = ("active_reps", "share", "visit", "visitor", "customer_new", "follow_up",
               "consultation_answered", "booking_answered", "order", "order_paid", "revenue",
               "commission")


def figure_meta() -> list[dict]:
    """Every figure the boss view shows, the key ones first, each with `key` set."""
    metrics = [ACTIVE_REPS] + [{"metric": m.name, "label": m.label, "unit": m.unit}
                               for m in declared_metrics()]
    first = {name: index for index, name in enumerate(KEY_FIGURES)}
    metrics.sort(key=lambda meta: first.get(meta["metric"], len(first)))
    return [{**meta, "key": meta["metric"] in first} for meta in metrics]


def change(value: int, previous: int) -> float | None:
    """The change against the previous period as a fraction (0.25 is +25%); None from 0."""
    return round((value - previous) / previous, 4) if previous else None


def _values(unit: OrgUnit | None, period: Period) -> dict[str, int]:
    values = counter_totals(unit, period.start, period.end)
    values[ACTIVE_REPS["metric"]] = active_rep_count(unit, period.start, period.end)
    return values


def team_figures(unit: OrgUnit | None, period: Period) -> dict:
    """The scope's figures for the period, each against the previous period."""
    previous = period.previous()
    now, before = _values(unit, period), _values(unit, previous)
    figures = [{**meta, "value": now.get(meta["metric"], 0),
                "previous": before.get(meta["metric"], 0),
                "change": change(now.get(meta["metric"], 0), before.get(meta["metric"], 0))}
               for meta in figure_meta()]
    return {"period": period.as_dict(), "previous": previous.as_dict(), "figures": figures}


def _scope_reps_clause(unit: OrgUnit | None, start: date, end: date):
    earned = _in_scope(select(DailyCounter.rep_id).where(DailyCounter.day.between(start, end)),
                       unit)
    members = User.active if unit is None else (
        User.active & User.org_unit_id.in_(subtree_ids(unit)))
    return (User.role == ROLE_REP) & or_(members, User.id.in_(earned))


def scope_reps(unit: OrgUnit | None, start: date, end: date) -> list[User]:
    """The reps of a scope: those in it now (active), and those who earned figures in it in
    the period (moved away or left since), so the rows add up to the scope's totals."""
    query = select(User).where(_scope_reps_clause(unit, start, end)).order_by(User.id)
    return list(db.session.scalars(query))


def scope_rep_count(unit: OrgUnit | None, start: date, end: date) -> int:
    """How many scope_reps() there are, counted by the database."""
    return db.session.scalar(select(func.count()).select_from(User)
                             .where(_scope_reps_clause(unit, start, end)))


def active_today(unit: OrgUnit | None, day: date) -> set[int]:
    """Reps with any counter on `day` in the scope."""
    query = _in_scope(select(DailyCounter.rep_id).where(DailyCounter.day == day), unit).distinct()
    return set(db.session.scalars(query))


def cached(key: tuple, build):
    """A figure built at most once per DASHBOARD_CACHE_SECONDS per process while no event was
    recorded (0 in tests: always built)."""
    global _cache
    max_age = current_app.config["DASHBOARD_CACHE_SECONDS"]
    if max_age <= 0:
        return build()
    if _cache is None or _cache.max_age != max_age:
        _cache = CheckedCache(max_age, size=512, serve_stale=True)

    def version():
        newest = db.session.scalar(select(func.max(ActivityEvent.id)))
        return newest, int(_cache.clock() // STALE_AFTER_SECONDS)

    return _cache.get(key, version, build)[1]


def cached_json(schema, key: tuple, build) -> Response:
    """An answer's JSON bytes, kept by cached(): a boss's page polling every 30 s costs the
    sign-in check and little more, and nothing kept outlives the session it was read in (an
    ORM row in a kept dict would be detached by the next request). `key` names the scope (the
    unit resolved for the caller) and every argument that shapes the answer."""
    body = cached(("json", *key), lambda: json.dumps(
        schema().dump(build()), ensure_ascii=False, separators=(",", ":")).encode())
    return Response(body, mimetype="application/json")
