"""One person's progress on one task, and its completion: once, whatever races it.

The progress row is made by an insert that does nothing when it exists; the move to done is a
conditional UPDATE on a state other than done, so of two requests (or two events) that both
meet the target, one completes the task and earns its points, and a quiz passed again earns
nothing. Completion is the `task_done` event, counted as 完成任务 and its points as 学习积分 on
the rep's daily counters, which the boss dashboard, the per-rep table and the leaderboard read.
"""

from datetime import datetime

from sqlalchemy import update

from app.core.db import insert_if_absent, lock_for_update, utcnow
from app.core.events import declare_metric, record_event, register_metrics
from app.extensions import db
from app.training.models import TaskProgress, TrainingTask

register_metrics("task_done", lambda event: {"task_done": 1,
                                             "training_points": event.attrs.get("points", 0)})
declare_metric("task_done", "完成任务")
declare_metric("training_points", "学习积分")


def target_of(task: TrainingTask) -> int:
    """What progress means done: pages read, the goal's count, or one pass or approval."""
    if task.kind == "course":
        return len(task.pages)
    if task.kind == "action":
        return task.goal_target or 0
    return 1


def ensure_progress(task: TrainingTask, user) -> None:
    """Make the person's progress row on the task if this is their first act on it."""
    insert_if_absent(db.session, TaskProgress, {
        "task_id": task.id, "user_id": user.id, "org_unit_id": user.org_unit_id,
        "state": "doing", "progress": 0, "started_at": utcnow(), "points": 0})


def lock_progress(task: TrainingTask, user) -> None:
    """Make the person's progress row and hold its lock to the end of the transaction: one
    person's acts on one task (page opens, attempts) then take turns."""
    ensure_progress(task, user)
    lock_for_update(db.session, TaskProgress, (task.id, user.id))


def progress_by(task: TrainingTask, user, amount: int, at: datetime | None = None) -> bool:
    """Count `amount` more towards the task; complete it when the target is met. True when
    this completed it."""
    ensure_progress(task, user)
    reached = db.session.scalar(
        update(TaskProgress).where(TaskProgress.task_id == task.id,
                                   TaskProgress.user_id == user.id,
                                   TaskProgress.state != "done")
        .values(progress=TaskProgress.progress + amount)
        .returning(TaskProgress.progress).execution_options(synchronize_session=False))
    return reached is not None and reached >= target_of(task) and complete(
        task, user, task.points, at)


def complete(task: TrainingTask, user, points: int, at: datetime | None = None) -> bool:
    """Mark the task done for the person with `points`, once: True for the one call that
    did (it records `task_done`), False when it was done already."""
    at = at or utcnow()
    ensure_progress(task, user)
    done = db.session.execute(
        update(TaskProgress).where(TaskProgress.task_id == task.id,
                                   TaskProgress.user_id == user.id,
                                   TaskProgress.state != "done")
        .values(state="done", completed_at=at, points=points, org_unit_id=user.org_unit_id)
        .execution_options(synchronize_session=False)).rowcount
    if done:
        record_event("task_done", actor=user, object_type="training_task", object_id=task.id,
                     at=at, attrs={"points": points, "kind": task.kind})
    return bool(done)
