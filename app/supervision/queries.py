"""Read side of guidance and targets: the threads a user may see (with what is new to them),
one thread's messages, and each target's progress summed from the daily counters."""

from datetime import date

from sqlalchemy import and_, func, or_, select

from app.core.access import ROLE_REP, get_scoped_or_404, scoped
from app.core.api import paginate
from app.core.events import declared_metrics
from app.dashboard.figures import counter_totals
from app.dashboard.periods import month_bounds
from app.dashboard.queries import today
from app.extensions import db
from app.supervision.models import GuidanceMessage, GuidanceRead, GuidanceThread, Target


def _unread(user):
    """A thread has news for `user` when someone else wrote last, after they last read it.
    A rep follows every thread about their work; staff those they wrote in or opened."""
    read = (select(GuidanceRead.read_at)
            .where(GuidanceRead.thread_id == GuidanceThread.id, GuidanceRead.user_id == user.id)
            .correlate(GuidanceThread).scalar_subquery())
    follows = or_(GuidanceThread.rep_id == user.id, read.is_not(None))
    return and_(GuidanceThread.last_author_id != user.id, follows,
                or_(read.is_(None), read < GuidanceThread.last_message_at))


def threads_page(user, page_args: dict, *, subject: str | None = None,
                 rep_id: int | None = None, customer_id: int | None = None,
                 follow_up_id: int | None = None, unread: bool = False) -> dict:
    """The threads the user may see, latest message first, each marked new or not, with how
    many are new in all (the badge)."""
    query = scoped(select(GuidanceThread), GuidanceThread, user)
    for column, value in ((GuidanceThread.subject, subject), (GuidanceThread.rep_id, rep_id),
                          (GuidanceThread.customer_id, customer_id),
                          (GuidanceThread.follow_up_id, follow_up_id)):
        if value is not None:
            query = query.where(column == value)
    if unread:
        query = query.where(_unread(user))
    page = paginate(query.order_by(GuidanceThread.last_message_at.desc(),
                                   GuidanceThread.id.desc()), page_args)
    new = set(db.session.scalars(select(GuidanceThread.id).where(
        GuidanceThread.id.in_([thread.id for thread in page["items"]]), _unread(user))))
    for thread in page["items"]:
        thread.unread = thread.id in new
    page["unread"] = unread_count(user)
    return page


def unread_count(user) -> int:
    return db.session.scalar(scoped(select(func.count()).select_from(GuidanceThread),
                                    GuidanceThread, user).where(_unread(user)))


def thread_of(user, thread_id: int) -> GuidanceThread:
    """One thread the user may see (else 404) with its messages in order."""
    thread = get_scoped_or_404(GuidanceThread, thread_id, user)
    thread.messages = list(db.session.scalars(select(GuidanceMessage).where(
        GuidanceMessage.thread_id == thread.id).order_by(GuidanceMessage.id)))
    thread.unread = bool(db.session.scalar(select(func.count()).select_from(GuidanceThread)
                                           .where(GuidanceThread.id == thread.id,
                                                  _unread(user))))
    return thread


def progress(user, month: date, *, rep_id: int | None = None,
             org_unit_id: int | None = None) -> dict:
    """The month's targets the user may see, each with the figure reached so far: a rep's
    own counters, or a team's over its subtree, from the month's first day to today."""
    start, last = month_bounds(month)
    end = min(last, today())
    query = scoped(select(Target), Target, user).where(Target.month == start)
    if rep_id is not None:
        query = query.where(Target.rep_id == rep_id)
    if org_unit_id is not None:
        query = query.where(Target.org_unit_id == org_unit_id)
    order = (Target.subject.desc(), Target.org_unit_id, Target.rep_id, Target.id) \
        if user.role != ROLE_REP else (Target.subject, Target.id)
    targets = list(db.session.scalars(query.order_by(*order)))
    reached: dict[str, dict[str, int]] = {}
    metrics = {metric.name: metric for metric in declared_metrics()}
    for target in targets:
        if target.subject_key not in reached:
            reached[target.subject_key] = {} if end < start else counter_totals(
                target.org_unit, start, end, rep_id=target.rep_id)
        target.reached = reached[target.subject_key].get(target.metric, 0)
        target.ratio = round(target.reached / target.value, 4)
        metric = metrics.get(target.metric)
        target.label = metric.label if metric else target.metric
        target.unit = metric.unit if metric else "count"
    elapsed = 0 if end < start else (end - start).days + 1
    return {"month": start, "days": (last - start).days + 1, "elapsed_days": elapsed,
            "items": targets, "metrics": list(metrics.values())}
