"""Training's scheduled work: reminders through the notification service.

Each run tells the people of every open task what they were not told yet: that it was
published (someone who joined its team later is told at the next run), that its deadline is
TRAINING_REMIND_BEFORE_HOURS away, that a mandatory task is overdue (for
TRAINING_OVERDUE_REMIND_HOURS after its deadline). Each reminder is claimed by inserting its
`TaskReminder` row in the notification's transaction, so a second run or a second jobs
process writes nothing twice.
"""

from datetime import timedelta

from flask import current_app
from sqlalchemy import exists, select, update

from app.core.company import company_zone
from app.core.db import insert_if_absent, utcnow
from app.core.notifications import notify
from app.extensions import db
from app.org.models import User
from app.training.models import TaskProgress, TaskReminder, TrainingTask
from app.training.services import KIND_LABELS

WORDS = {
    "published": ("新{kind}：{title}", "截止 {due}，请按时完成。"),
    "due_soon": ("{kind}快到截止时间：{title}", "截止 {due}，还没完成。"),
    "overdue": ("{kind}已逾期：{title}", "截止 {due} 已过，请尽快完成。"),
}


def remind_training() -> dict:
    """Send the reminders due now; returns how many of each kind were sent."""
    config, now = current_app.config, utcnow()
    before = timedelta(hours=config["TRAINING_REMIND_BEFORE_HOURS"])
    after = timedelta(hours=config["TRAINING_OVERDUE_REMIND_HOURS"])
    budget = config["TRAINING_REMINDER_BATCH"]
    sent = {kind: 0 for kind in WORDS}
    tasks = db.session.scalars(select(TrainingTask).where(
        TrainingTask.state == "published", TrainingTask.start_at <= now,
        TrainingTask.due_at > now - after).order_by(TrainingTask.id))
    for task in tasks:
        kinds = ["published"] if task.due_at > now else []
        if task.due_at - before <= now < task.due_at:
            kinds.append("due_soon")
        if task.due_at <= now and task.mandatory:
            kinds.append("overdue")
        for kind in kinds:
            if budget <= 0:
                return sent
            count = _remind(task, kind, now, budget, before)
            sent[kind] += count
            budget -= count
    return sent


def _remind(task: TrainingTask, kind: str, now, limit: int, before: timedelta) -> int:
    """Tell the task's people not yet told `kind` (and not done with it), up to `limit`."""
    told = exists(select(TaskReminder.user_id).where(
        TaskReminder.task_id == task.id, TaskReminder.user_id == User.id,
        TaskReminder.kind == kind))
    # Nothing to remind of: done, a check-in with the boss, a quiz's last attempt failed;
    # and told it was published already within the reminder's window: one notice is enough.
    settled = ("done",) if kind == "published" else ("done", "submitted", "failed")
    done = exists(select(TaskProgress.user_id).where(
        TaskProgress.task_id == task.id, TaskProgress.user_id == User.id,
        TaskProgress.state.in_(settled)))
    people = task.assignees().where(~told, ~done)
    if kind == "due_soon":
        people = people.where(~exists(select(TaskReminder.user_id).where(
            TaskReminder.task_id == task.id, TaskReminder.user_id == User.id,
            TaskReminder.kind == "published", TaskReminder.created_at >= task.due_at - before)))
    people = list(db.session.scalars(people.order_by(User.id).limit(limit)))
    title, body = WORDS[kind]
    words = {"kind": KIND_LABELS[task.kind], "title": task.title,
             "due": task.due_at.astimezone(company_zone()).strftime("%m-%d %H:%M")}
    count = 0
    for person in people:
        if not insert_if_absent(db.session, TaskReminder,
                                {"task_id": task.id, "user_id": person.id, "kind": kind,
                                 "created_at": now}):
            continue
        notification = notify(person, f"training_{kind}", title.format(**words),
                              body.format(**words), f"/training/{task.id}")
        db.session.execute(update(TaskReminder).where(
            TaskReminder.task_id == task.id, TaskReminder.user_id == person.id,
            TaskReminder.kind == kind).values(notification_id=notification.id))
        count += 1
    return count

