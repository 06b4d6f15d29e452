"""The activity log: every capability records what happened through record_event().

Each event also bumps the per-rep per-day counters in the same transaction, so the boss view
reads counters and never scans events. The bumps are written when the transaction commits, in
one statement and in key order: a counter row is the hottest row there is (every event of a rep
on a day bumps it), and PostgreSQL holds its lock until the commit, so taking it last keeps
other writers waiting for the commit only, and taking the rows in one order keeps two
transactions from deadlocking on them. Which counters an event moves is decided by the metric
function registered for its verb (default: one count under the verb's own name). Every counter
is a declared metric, with the Chinese label and the unit the dashboards show it with.
"""

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from blinker import Namespace
from flask import current_app
from sqlalchemy import delete, func, inspect, select
from sqlalchemy.event import listens_for
from sqlalchemy.orm import Session

from app.core.company import company_zone
from app.core.db import dialect_insert, local_day, utcnow
from app.core.models import ActivityEvent, DailyCounter
from app.extensions import db

log = logging.getLogger(__name__)

event_recorded = Namespace().signal("event-recorded")
event_recorded.__doc__ = """Sent with each event after it is flushed, in the same transaction.

Domains higher up react to what lower ones did through it (a paid order moves the customer's
lifecycle stage) without the lower one knowing them. A receiver that raises aborts the write.
"""

MetricFn = Callable[[ActivityEvent], dict[str, int]]
_metrics: dict[str, MetricFn] = {}

METRIC_UNITS = ("count", "fen")  # a number of things; money in fen


@dataclass(frozen=True)
class Metric:
    name: str
    label: str  # Chinese, as every home and dashboard shows it
    unit: str  # one of METRIC_UNITS


_declared: dict[str, Metric] = {}


def declare_metric(name: str, label: str, unit: str = "count") -> None:
    """Declare a counter: what the dashboards call it and how they show its value.

    Declare it beside the register_metrics() call that moves it (or beside the record_event()
    of a verb counted under its own name): a counter nobody declared is refused in tests and
    left off every dashboard.
    """
    if unit not in METRIC_UNITS:
        raise ValueError(f"unit must be one of {METRIC_UNITS}, not {unit!r}")
    _declared[name] = Metric(name, label, unit)


def declared_metrics() -> list[Metric]:
    """Every declared metric, in the order of declaration (the dashboards' display order)."""
    return list(_declared.values())


def register_metrics(verb: str, fn: MetricFn) -> None:
    """Declare which counters an event of `verb` moves (e.g. order.paid -> orders, revenue)."""
    _metrics[verb] = fn


def metrics_of(event: ActivityEvent) -> dict[str, int]:
    fn = _metrics.get(event.verb)
    return fn(event) if fn else {event.verb: 1}


def record_event(verb: str, *, actor=None, rep=None, object_type: str | None = None,
                 object_id: int | None = None, customer_id: int | None = None,
                 attrs: dict | None = None, at: datetime | None = None) -> ActivityEvent:
    """Append one event and bump the counters of the rep it counts for (at commit); flushes,
    never commits.

    `rep` is the rep credited (defaults to the actor when the actor is a rep); events with no
    rep (an HQ admin editing the catalog) are logged but counted for nobody.
    """
    if rep is None and actor is not None and actor.role == "rep":
        rep = actor
    at = at or utcnow()
    event = ActivityEvent(
        verb=verb, occurred_at=at, day=local_day(at, company_zone()),
        actor_id=actor.id if actor is not None else None,
        rep_id=rep.id if rep is not None else None,
        org_unit_id=(rep or actor).org_unit_id if (rep or actor) is not None else None,
        customer_id=customer_id, object_type=object_type, object_id=object_id,
        attrs=attrs or {},
    )
    db.session.add(event)
    if event.rep_id is not None:
        deltas = metrics_of(event)
        _check_declared(verb, deltas)
        db.session.info.setdefault(_BUMPS, []).append(
            (event, (event.day, event.rep_id, event.org_unit_id), deltas))
    db.session.flush()
    event_recorded.send(event)
    return event


def _check_declared(verb: str, deltas: dict[str, int]) -> None:
    """A counter with no declared label would reach the homes as a raw key: a bug the suite
    must catch (any test recording the verb fails), which production only logs."""
    undeclared = sorted(set(deltas) - set(_declared))
    if undeclared:
        message = (f"event {verb!r} counts undeclared metrics {undeclared}: declare_metric() "
                   "them beside the register_metrics() or record_event() of the verb")
        if current_app.testing:
            raise LookupError(message)
        log.error(message)


# session.info: (event, its counters' key, its deltas) for each event of the open transaction
_BUMPS = "counter_bumps"


@lru_cache(maxsize=2)
def _bump_statement(insert):
    """The counters' upsert, built once per database: every commit with events runs it, and
    building it (the conflict clause's alias of the table) cost more than executing it."""
    statement = insert(DailyCounter)
    return statement.on_conflict_do_update(
        index_elements=["day", "rep_id", "org_unit_id", "metric"],
        set_={"value": DailyCounter.value + statement.excluded.value})


@listens_for(Session, "before_commit")
def _write_bumps(session) -> None:
    """Add up the bumps of the events this transaction keeps and upsert them, in key order.

    Only the outer commit writes them (the release of a savepoint, which also comes here, may
    still fail and be caught). An event whose savepoint rolled back is no longer persistent:
    its bumps are dropped. The key was taken when the event was recorded, so an expired event
    is not read again."""
    if session.in_nested_transaction():
        return
    bumps = session.info.pop(_BUMPS, None)
    if not bumps:
        return
    totals: dict[tuple, int] = defaultdict(int)
    for recorded, key, deltas in bumps:
        if inspect(recorded).persistent:
            for metric, value in deltas.items():
                totals[(*key, metric)] += value
    rows = [{"day": day, "rep_id": rep_id, "org_unit_id": org_unit_id, "metric": metric,
             "value": value}
            for (day, rep_id, org_unit_id, metric), value in sorted(totals.items()) if value]
    if rows:
        session.execute(_bump_statement(dialect_insert(session)), rows)


@listens_for(Session, "after_soft_rollback")
def _drop_bumps(session, previous_transaction) -> None:
    if not session.in_transaction():
        session.info.pop(_BUMPS, None)


CounterKey = tuple[int, int, str]  # rep_id, org_unit_id, metric


def counters_from_events(day: date) -> dict[CounterKey, int]:
    """Recompute a day's counters from its events.

    Verbs counted by name are summed in SQL; only verbs with a metric function are read row
    by row. The bumps this transaction's own events still owe are written first, so they
    count as stored.
    """
    _write_bumps(db.session())
    totals: dict[CounterKey, int] = defaultdict(int)
    of_day = (ActivityEvent.day == day, ActivityEvent.rep_id.is_not(None))
    plain = (select(ActivityEvent.rep_id, ActivityEvent.org_unit_id, ActivityEvent.verb,
                    func.count())
             .where(*of_day, ActivityEvent.verb.not_in(list(_metrics)))
             .group_by(ActivityEvent.rep_id, ActivityEvent.org_unit_id, ActivityEvent.verb))
    for rep_id, org_unit_id, verb, count in db.session.execute(plain):
        totals[(rep_id, org_unit_id, verb)] += count
    if _metrics:
        custom = (select(ActivityEvent).where(*of_day, ActivityEvent.verb.in_(list(_metrics)))
                  .execution_options(yield_per=5000))
        for event in db.session.scalars(custom):
            for metric, value in metrics_of(event).items():
                totals[(event.rep_id, event.org_unit_id, metric)] += value
            db.session.expunge(event)
    return {key: value for key, value in totals.items() if value}


def check_counters(day: date, repair: bool = True) -> dict:
    """Compare a day's counters with its events, report drift and (by default) rebuild them."""
    expected = counters_from_events(day)
    stored = {(c.rep_id, c.org_unit_id, c.metric): c.value
              for c in db.session.scalars(select(DailyCounter).where(DailyCounter.day == day))}
    drift = []
    for key in sorted(set(expected) | set(stored)):
        have, want = stored.get(key, 0), expected.get(key, 0)
        if have != want:
            rep_id, org_unit_id, metric = key
            drift.append({"rep_id": rep_id, "org_unit_id": org_unit_id, "metric": metric,
                          "stored": have, "expected": want})
    if drift:
        log.warning("counter drift on %s: %d cells", day, len(drift))
        if repair:
            rebuild_counters(day, expected)
    return {"day": day.isoformat(), "cells": len(expected), "drift": drift, "repaired": repair}


def rebuild_counters(day: date, expected: dict[CounterKey, int] | None = None) -> int:
    """Replace a day's counters with the values recomputed from its events."""
    expected = counters_from_events(day) if expected is None else expected
    db.session.execute(delete(DailyCounter).where(DailyCounter.day == day))
    rows = [{"day": day, "rep_id": rep_id, "org_unit_id": org_unit_id, "metric": metric,
             "value": value} for (rep_id, org_unit_id, metric), value in expected.items()]
    for start in range(0, len(rows), 1000):
        db.session.execute(DailyCounter.__table__.insert(), rows[start:start + 1000])
    return len(rows)
