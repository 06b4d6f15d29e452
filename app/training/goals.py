"""Action tasks (行动任务): goals counted from the activity events other packages record.

A receiver of `core.events.event_recorded` counts each event of a goal's verb, in the event's
own transaction, for the open action tasks assigned to the rep it is credited to: progress
moves as the events arrive, and the task is done when the target is met within its window.
WeChat reports no share's success, so a share counts when a customer opens the link: the
`customer_opens` goal counts distinct customers whose visit of the rep's link (of one product
or material, or any page) is credited to the rep.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select

from app.core.db import insert_if_absent
from app.core.events import event_recorded
from app.core.models import ActivityEvent
from app.extensions import db
from app.inbox.models import Consultation
from app.org.models import User
from app.shop.models import OrderLine
from app.training.models import ActionCredit, TaskProgress, TrainingTask
from app.training.progress import progress_by


@dataclass(frozen=True)
class Goal:
    label: str  # "让 {target} 位客户打开{object}"
    verb: str
    # (task, event) -> how much the event counts (0: not at all); None counts 1
    amount: Callable | None = None
    distinct_customers: bool = False  # each customer counts once
    object_types: tuple[str, ...] = ()  # what `goal_object_type` may name; () none
    object_required: bool = False
    within_hours: bool = False  # takes `goal_within_hours`


def _about_object(task, event: ActivityEvent) -> int:
    if task.goal_object_type is None:
        return 1
    return int(event.object_type == task.goal_object_type
               and event.object_id == task.goal_object_id)


def _answered_in_time(task, event: ActivityEvent) -> int:
    if task.goal_within_hours is None:
        return 1
    asked = db.session.scalar(select(Consultation.created_at)
                              .where(Consultation.id == event.object_id))
    return int(asked is not None
               and event.occurred_at - asked <= timedelta(hours=task.goal_within_hours))


def _units_sold(task, event: ActivityEvent) -> int:
    return db.session.scalar(select(func.coalesce(func.sum(OrderLine.quantity), 0)).where(
        OrderLine.order_id == event.object_id, OrderLine.product_id == task.goal_object_id))


GOALS: dict[str, Goal] = {
    "customer_opens": Goal("让 {target} 位客户打开{object}", "visit", _about_object,
                           distinct_customers=True, object_types=("product", "material")),
    "follow_ups": Goal("记录 {target} 条跟进", "follow_up"),
    "consultations_answered": Goal("回复 {target} 条客户咨询{within}", "consultation_answered",
                                   _answered_in_time, within_hours=True),
    "groups_formed": Goal("成团 {target} 个", "group_success"),
    "units_sold": Goal("卖出{object} {target} 件", "order_paid", _units_sold,
                       object_types=("product",), object_required=True),
    "new_customers": Goal("新增 {target} 位客户", "customer_new"),
    "coupon_claims": Goal("让 {target} 位客户领券", "coupon_claim", distinct_customers=True),
}
# The goals an event's verb can move, looked up once per event on the hot path.
GOALS_OF_VERB = {verb: [name for name, goal in GOALS.items() if goal.verb == verb]
                 for verb in {goal.verb for goal in GOALS.values()}}


@event_recorded.connect
def count_towards_goals(event: ActivityEvent) -> None:
    """Count the event for the open action tasks of its rep that it moves."""
    goals = GOALS_OF_VERB.get(event.verb)
    if goals is None or event.rep_id is None:
        return
    rep = db.session.get(User, event.rep_id)
    tasks = db.session.scalars(select(TrainingTask).where(
        TrainingTask.kind == "action", TrainingTask.goal.in_(goals),
        TrainingTask.start_at <= event.occurred_at, TrainingTask.due_at > event.occurred_at,
        TrainingTask.assigned_to(rep), TrainingTask.id.not_in(select(TaskProgress.task_id).where(
            TaskProgress.user_id == rep.id, TaskProgress.state == "done")))
        .order_by(TrainingTask.id))
    for task in tasks:
        goal = GOALS[task.goal]
        amount = goal.amount(task, event) if goal.amount else 1
        if amount and goal.distinct_customers:
            amount = int(event.customer_id is not None and insert_if_absent(
                db.session, ActionCredit, {"task_id": task.id, "user_id": rep.id,
                                             "key": f"customer:{event.customer_id}"}))
        if amount:
            progress_by(task, rep, amount, event.occurred_at)

