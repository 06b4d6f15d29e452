"""Read-only figures for the home screens; they read daily counters, never raw events."""

from datetime import date

from sqlalchemy import func, select

from app.core.access import ROLE_BOSS, ROLE_HQ, ROLE_REP, subtree_ids
from app.core.company import company_zone
from app.core.db import local_day, utcnow
from app.core.events import declared_metrics
from app.core.models import DailyCounter
from app.extensions import db
from app.org.models import User


def today() -> date:
    return local_day(utcnow(), company_zone())


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
