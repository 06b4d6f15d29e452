"""Guidance and report data built through the services and committed."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.clients import services as clients
from app.core.db import utcnow
from app.core.models import Notification
from app.extensions import db
from app.supervision import services
from tests.clients.builders import customer
from tests.shop.builders import save
from tests.shop.builders import today as company_today

SHANGHAI = ZoneInfo("Asia/Shanghai")


def shanghai(text: str) -> datetime:
    """A moment given as Shanghai wall-clock time (the company's zone)."""
    return datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


def today():
    """Today's company day, with the company row it may make committed: a request would
    otherwise wait for this test's write lock (SQLite)."""
    day = company_today()
    db.session.commit()
    return day


def follow_up(rep, customer_=None, due_in: timedelta | None = None, **values):
    """The rep logs a follow-up with a customer of theirs (a new one unless given)."""
    customer_ = customer_ or customer(rep, name=f"{rep.name}的客户")
    values.setdefault("content", "电话回访")
    due_at = None if due_in is None else utcnow() + due_in
    logged = clients.log_follow_up(rep, customer_, kind="call", due_at=due_at, **values)
    save()
    return logged


def comment(boss, subject: str, body: str = "做得不错，继续跟进", **subject_ids):
    thread = services.comment(boss, subject, body, **subject_ids)
    save()
    return thread


def notifications(user, kind: str | None = None) -> list[Notification]:
    query = select(Notification).where(Notification.recipient_id == user.id)
    if kind:
        query = query.where(Notification.kind == kind)
    return list(db.session.scalars(query.order_by(Notification.id)))
