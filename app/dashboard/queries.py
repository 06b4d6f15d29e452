"""Read-only figures for the home screens; they read daily counters, never raw events."""

from datetime import date

from sqlalchemy import func, select

from app.core.access import ROLE_BOSS, ROLE_HQ, ROLE_REP, subtree_ids
from app.core.company import company_zone
from app.core.db import local_day, utcnow
from app.core.models import DailyCounter
from app.extensions import db
from app.org.models import User


def today() -> date:
    return local_day(utcnow(), company_zone())


def day_totals(user, day: date) -> dict:
    """Counters of one day summed over what `user` may see: self, subtree or company."""
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
    metrics = dict(db.session.execute(query.group_by(DailyCounter.metric)).all())
    return {"day": day, "scope": scope, "reps": rep_count,
            "metrics": {metric: int(value) for metric, value in metrics.items()}}
