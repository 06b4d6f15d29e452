"""Reminders: when a task is published, before its deadline, when overdue; written once
however often the job runs, and a newcomer is told at the next run."""

from datetime import timedelta

from sqlalchemy import func, select

from app.core.db import clock_at, utcnow
from app.core.models import Notification
from app.extensions import db
from app.jobs.registry import get_job
from app.jobs.runner import run_job
from app.org import services as org_services
from app.training.jobs import remind_training
from app.training.progress import complete
from tests.training.builders import task


def kinds_of(user):
    return sorted(db.session.scalars(select(Notification.kind).where(
        Notification.recipient_id == user.id, Notification.kind.startswith("training_"))))


def test_each_reminder_is_written_once_when_the_job_runs_twice(org):
    made = task(org.admin, "checkin", org_unit_ids=[org.team_a1.id],
                due_at=utcnow() + timedelta(days=3))
    assert remind_training() == {"published": 2, "due_soon": 0, "overdue": 0}
    assert remind_training() == {"published": 0, "due_soon": 0, "overdue": 0}
    db.session.commit()
    assert kinds_of(org.rep_a1) == ["training_published"]
    notice = db.session.scalar(select(Notification).where(
        Notification.recipient_id == org.rep_a1.id))
    assert notice.title == f"新打卡：{made.title}" and notice.link == f"/training/{made.id}"
    complete(made, org.rep_a1b, 0)
    with clock_at(made.due_at - timedelta(hours=23)):
        assert remind_training() == {"published": 0, "due_soon": 1, "overdue": 0}
        assert remind_training()["due_soon"] == 0
    with clock_at(made.due_at + timedelta(hours=1)):
        assert remind_training() == {"published": 0, "due_soon": 0, "overdue": 1}
        assert remind_training()["overdue"] == 0
    db.session.commit()
    assert kinds_of(org.rep_a1) == ["training_due_soon", "training_overdue",
                                    "training_published"]
    assert kinds_of(org.rep_a1b) == ["training_published"]  # done: no more reminders


def test_the_registered_job_runs_it_and_a_second_run_writes_nothing(app, org):
    task(org.admin, "checkin", org_unit_ids=[org.team_a1.id])
    assert run_job(app, get_job("training_reminders")) == "ran"
    with clock_at(utcnow() + timedelta(minutes=6)):  # the next slot: it runs again
        assert run_job(app, get_job("training_reminders")) == "ran"
    assert db.session.scalar(select(func.count()).select_from(Notification)) == 2


def test_a_newcomer_is_told_of_the_teams_open_tasks_at_the_next_run(org):
    task(org.admin, "checkin", org_unit_ids=[org.team_a1.id])
    remind_training()
    newcomer = org_services.create_user(org.admin, username="newcomer", name="新同事",
                                        role="rep", org_unit_id=org.team_a1.id,
                                        password="secret-123456")
    assert remind_training()["published"] == 1
    db.session.commit()
    assert kinds_of(newcomer) == ["training_published"]


def test_an_optional_task_is_never_overdue_and_drafts_are_silent(org):
    optional = task(org.admin, "checkin", mandatory=False, org_unit_ids=[org.team_a1.id])
    task(org.admin, "checkin", publish=False, org_unit_ids=[org.team_a1.id])
    remind_training()
    with clock_at(optional.due_at + timedelta(hours=1)):
        assert remind_training()["overdue"] == 0
    with clock_at(optional.due_at + timedelta(days=30)):  # long past: nothing at all
        assert remind_training() == {"published": 0, "due_soon": 0, "overdue": 0}
