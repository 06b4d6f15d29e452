"""Guidance (督导) and targets (目标): the writes, each taking the acting user.

A boss (or HQ) comments on a rep's follow-up, customer or day within their scope (else 404);
the rep is notified and may reply, and each staff member who wrote in the thread is notified
of the reply. A thread per subject: its unique `subject_key` is claimed by an insert that
does nothing on conflict, so two comments at once land in one thread.
"""

from datetime import date

from flask import current_app
from sqlalchemy import select, update

from app.clients.models import FollowUp
from app.core.access import ROLE_BOSS, ROLE_HQ, ROLE_REP, get_scoped_or_404, require_role
from app.core.db import insert_if_absent, upsert, utcnow
from app.core.errors import NotFound, ValidationError
from app.core.events import declared_metrics
from app.core.notifications import notify
from app.customers.models import Customer
from app.dashboard.queries import today
from app.extensions import db
from app.inbox.services import customer_label
from app.org.models import OrgUnit, User
from app.supervision.models import (
    GuidanceMessage,
    GuidanceRead,
    GuidanceThread,
    ReportSetting,
    Target,
)

STAFF = (ROLE_BOSS, ROLE_HQ)
EXCERPT = 60  # characters of a message a notification shows


# --- guidance ----------------------------------------------------------------------------------

def rep_or_404(actor, rep_id: int) -> User:
    """A rep within the actor's scope; anyone else (a boss, out of scope, missing) is 404."""
    rep = get_scoped_or_404(User, rep_id, actor)
    if rep.role != ROLE_REP:
        raise NotFound()
    return rep


def _subject(actor, subject: str, follow_up_id: int | None, customer_id: int | None,
             rep_id: int | None, day: date | None) -> dict:
    """The thread's columns for a subject in the actor's scope (404 outside it)."""
    if subject == "follow_up":
        follow_up = get_scoped_or_404(FollowUp, follow_up_id, actor)
        return {"subject_key": f"follow_up:{follow_up.id}:{follow_up.rep_id}",
                "rep_id": follow_up.rep_id, "follow_up_id": follow_up.id,
                "customer_id": follow_up.customer_id}
    if subject == "customer":
        customer = get_scoped_or_404(Customer, customer_id, actor)
        return {"subject_key": f"customer:{customer.id}:{customer.rep_id}",
                "rep_id": customer.rep_id, "customer_id": customer.id}
    rep = rep_or_404(actor, rep_id)
    if day > today():
        raise ValidationError(fields={"day": ["不能点评还没到的日子"]})
    return {"subject_key": f"day:{rep.id}:{day.isoformat()}", "rep_id": rep.id, "day": day}


def comment(actor, subject: str, body: str, *, follow_up_id: int | None = None,
            customer_id: int | None = None, rep_id: int | None = None,
            day: date | None = None) -> GuidanceThread:
    """A boss's comment on a subject of a rep's work: the subject's thread (started now if it
    is the first) with the comment added; the rep is notified."""
    require_role(actor, STAFF)
    columns = _subject(actor, subject, follow_up_id, customer_id, rep_id, day)
    now = utcnow()
    insert_if_absent(db.session, GuidanceThread, {
        **columns, "subject": subject, "author_id": actor.id, "created_at": now,
        "last_message_at": now, "last_author_id": actor.id, "message_count": 0})
    thread = db.session.scalars(select(GuidanceThread).where(
        GuidanceThread.subject_key == columns["subject_key"])).one()
    reply(actor, thread, body)
    return thread


def reply(actor, thread: GuidanceThread, body: str) -> GuidanceMessage:
    """Add a message to a thread the actor may see: the rep's reply notifies each staff
    member who wrote in it, a boss's comment notifies the rep."""
    now = utcnow()
    message = GuidanceMessage(thread_id=thread.id, author_id=actor.id, body=body, created_at=now)
    db.session.add(message)
    db.session.execute(update(GuidanceThread).where(GuidanceThread.id == thread.id).values(
        last_message_at=now, last_author_id=actor.id,
        message_count=GuidanceThread.message_count + 1))
    db.session.flush()
    db.session.refresh(thread)
    mark_read(actor, thread)
    link = f"/guidance/{thread.id}"
    excerpt = body[:EXCERPT]
    if actor.id == thread.rep_id:
        writers = select(GuidanceMessage.author_id).where(
            GuidanceMessage.thread_id == thread.id, GuidanceMessage.author_id != actor.id)
        for staff in db.session.scalars(select(User).where(User.id.in_(writers))):
            notify(staff, "guidance_reply", f"{actor.name} 回复了你的督导", excerpt, link)
    else:
        notify(thread.rep, "guidance_comment", f"{actor.name} 点评了{about(thread)}", excerpt,
               link)
    return message


def about(thread: GuidanceThread) -> str:
    """What the thread is about, in the rep's words ("你对张三的跟进")."""
    if thread.subject == "follow_up":
        return f"你对{customer_label(thread.customer)}的跟进"
    if thread.subject == "customer":
        return f"你的客户{customer_label(thread.customer)}"
    return f"你 {thread.day.month}月{thread.day.day}日 的工作"


def mark_read(actor, thread: GuidanceThread) -> None:
    """The actor has read the thread up to now."""
    upsert(db.session, GuidanceRead, [{"thread_id": thread.id, "user_id": actor.id,
                                       "read_at": utcnow()}],
           keys=["thread_id", "user_id"], set_={"read_at": utcnow()})
    db.session.flush()


# --- targets -----------------------------------------------------------------------------------

def metric_unit(name: str) -> str:
    """The unit of a declared metric; ValidationError (on `metric`) for any other name."""
    for metric in declared_metrics():
        if metric.name == name:
            return metric.unit
    raise ValidationError(fields={"metric": ["没有这个指标"]})


def set_target(actor, subject: str, month: date, metric: str, value: int, *,
               rep_id: int | None = None, org_unit_id: int | None = None) -> Target:
    """Set (or replace) the month's target of a rep or a team in the actor's scope (404
    outside it)."""
    require_role(actor, STAFF)
    metric_unit(metric)
    if subject == "rep":
        key, columns = f"rep:{rep_or_404(actor, rep_id).id}", {"rep_id": rep_id}
    else:
        unit = get_scoped_or_404(OrgUnit, org_unit_id, actor)
        key, columns = f"team:{unit.id}", {"org_unit_id": unit.id}
    now = utcnow()
    upsert(db.session, Target, [{"subject_key": key, "subject": subject, "month": month,
                                 "metric": metric, "value": value, "set_by": actor.id,
                                 "updated_at": now, **columns}],
           keys=["month", "subject_key", "metric"],
           set_={"value": value, "set_by": actor.id, "updated_at": now})
    return db.session.scalars(select(Target).where(
        Target.month == month, Target.subject_key == key, Target.metric == metric)
        .execution_options(populate_existing=True)).one()


def delete_target(actor, target_id: int) -> None:
    require_role(actor, STAFF)
    db.session.delete(get_scoped_or_404(Target, target_id, actor))
    db.session.flush()


# --- the daily report's time -------------------------------------------------------------------

def report_time(user) -> str:
    """The boss's daily report time ("HH:MM", company time zone)."""
    setting = db.session.get(ReportSetting, user.id)
    return setting.report_at if setting else current_app.config["DAILY_REPORT_AT"]


def set_report_time(actor, report_at: str) -> str:
    require_role(actor, [ROLE_BOSS])
    now = utcnow()
    upsert(db.session, ReportSetting, [{"user_id": actor.id, "report_at": report_at,
                                        "updated_at": now}],
           keys=["user_id"], set_={"report_at": report_at, "updated_at": now})
    db.session.flush()
    return report_at
