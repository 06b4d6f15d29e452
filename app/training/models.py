"""Training online (培训在线): tasks HQ or a boss publishes, and what each assignee did.

A task is one of four kinds: a course (pages read for a minimum time each), a quiz (questions
from HQ's banks, scored on the server), an action task (a goal counted from activity events)
and a check-in (text and photos a boss approves or returns). Whom a task is for is resolved
when asked, never copied: the reps (or bosses) of its audience units' subtrees and the listed
reps, within the subtree of the boss who made it, so someone who joins a team later gets the
team's open tasks. What one person did with a task is their `TaskProgress` row, made when they
first act on it; it moves to done once, by a conditional UPDATE, which is what keeps points
from being earned twice.
"""

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    and_,
    exists,
    false,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Mapped, aliased, mapped_column, relationship

from app.core.access import ROLE_BOSS, ROLE_HQ, ROLE_REP, Scoped, subtree_ids
from app.core.db import BigId, TimestampMixin, UTCDateTime, utcnow
from app.extensions import db
from app.marketing.models import register_gate, unit_ids_above
from app.org.models import OrgUnit, User

TASK_KINDS = ("course", "quiz", "action", "checkin")
TASK_STATES = ("draft", "published")
QUESTION_KINDS = ("single", "multiple")
# Progress of one person on one task: submitted and returned are a check-in's; failed, a
# quiz's whose last attempt failed.
PROGRESS_STATES = ("doing", "submitted", "returned", "failed", "done")
ATTEMPT_STATES = ("open", "submitted", "expired")
CHECKIN_STATES = ("submitted", "approved", "returned")


class TrainingTask(TimestampMixin, Scoped, db.Model):
    """A course, quiz, action task or check-in, with whom it is for and when."""

    __tablename__ = "training_task"
    __table_args__ = (Index("ix_training_task_goal", "goal", "state"),
                      Index("ix_training_task_state", "state", "due_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(100))
    summary: Mapped[str] = mapped_column(Text, default="")  # what to do, shown on the task
    cover_url: Mapped[str | None] = mapped_column(String(500))
    state: Mapped[str] = mapped_column(String(10), default="draft")
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    start_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    mandatory: Mapped[bool] = mapped_column(Boolean, default=True)
    points: Mapped[int] = mapped_column(Integer, default=0)  # on completion (not a quiz's)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    # The unit of a boss who made it (it reaches that subtree only); None: HQ's.
    org_unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"))
    for_reps: Mapped[bool] = mapped_column(Boolean, default=True)
    for_bosses: Mapped[bool] = mapped_column(Boolean, default=False)
    # A course, or any task, that must be done before this one can be started.
    requires_task_id: Mapped[int | None] = mapped_column(
        ForeignKey("training_task.id", ondelete="SET NULL"))
    # a course: a material reps it is for see only once they finished it
    unlocks_material_id: Mapped[int | None] = mapped_column(
        ForeignKey("material.id", ondelete="SET NULL"))
    # quiz
    pass_percent: Mapped[int] = mapped_column(Integer, default=80)
    max_attempts: Mapped[int] = mapped_column(Integer, default=1)
    time_limit_seconds: Mapped[int | None] = mapped_column(Integer)
    shuffle: Mapped[bool] = mapped_column(Boolean, default=False)
    show_answers: Mapped[bool] = mapped_column(Boolean, default=True)
    attempt_points: Mapped[list] = mapped_column(JSON, default=list)  # 1st, 2nd, ... pass
    # action task: a goal of training.goals, counted from events in [start_at, due_at)
    goal: Mapped[str | None] = mapped_column(String(30))
    goal_target: Mapped[int | None] = mapped_column(Integer)
    goal_object_type: Mapped[str | None] = mapped_column(String(20))
    goal_object_id: Mapped[int | None] = mapped_column(Integer)
    goal_within_hours: Mapped[int | None] = mapped_column(Integer)

    pages = relationship("TrainingPage", order_by="TrainingPage.position",
                         cascade="all, delete-orphan", lazy="selectin")

    @classmethod
    def audience(cls, kind: str, task_id=None):
        """The ids of the units or reps (`kind`) a task is for: of the task being selected,
        or of `task_id`."""
        return select(TaskAudience.ref_id).where(
            TaskAudience.task_id == (cls.id if task_id is None else task_id),
            TaskAudience.kind == kind)

    @classmethod
    def assigned_to(cls, user):
        """Published tasks that are `user`'s to do: listed by name, or of a role they have
        and for their unit (an audience unit at or above it; no unit and no name: the whole
        subtree of the maker)."""
        above = unit_ids_above(user.org_unit)
        of_maker = cls.org_unit_id.is_(None) | cls.org_unit_id.in_(above)
        role = {ROLE_REP: cls.for_reps, ROLE_BOSS: cls.for_bosses}.get(user.role, false())
        units, reps = cls.audience("unit"), cls.audience("rep")
        by_unit = or_(and_(~exists(units), ~exists(reps)),
                      exists(units.where(TaskAudience.ref_id.in_(above))))
        named = exists(reps.where(TaskAudience.ref_id == user.id))
        return (cls.state == "published") & of_maker & (named | (role & by_unit))

    @classmethod
    def scope_clause(cls, user):
        """HQ sees every task; a boss those made in their subtree and the published ones made
        above it (which may reach it); a rep the published tasks assigned to them."""
        if user.role == ROLE_HQ:
            return true()
        if user.role == ROLE_BOSS:
            made_above = cls.org_unit_id.is_(None) | cls.org_unit_id.in_(
                unit_ids_above(user.org_unit))
            return (cls.org_unit_id.in_(subtree_ids(user.org_unit))
                    | ((cls.state == "published") & made_above))
        return cls.assigned_to(user)

    def assignees(self, within=None):
        """A select of the active users this task is for (within `within`'s subtree)."""
        unit, audience_unit = aliased(OrgUnit), aliased(OrgUnit)
        units, reps = self.audience("unit", self.id), self.audience("rep", self.id)
        roles = [role for role, on in ((ROLE_REP, self.for_reps), (ROLE_BOSS, self.for_bosses))
                 if on]
        in_units = exists(select(audience_unit.id).where(
            audience_unit.id.in_(units), unit.path.startswith(audience_unit.path)))
        has_rows = db.session.scalar(select(exists(
            select(TaskAudience.task_id).where(TaskAudience.task_id == self.id))))
        by_unit = in_units if has_rows else true()
        statement = (select(User).join(unit, unit.id == User.org_unit_id)
                     .where(User.active.is_(true()),
                            User.id.in_(reps) | (User.role.in_(roles) & by_unit)))
        maker = db.session.get(OrgUnit, self.org_unit_id) if self.org_unit_id else None
        for bound in (maker, within):
            if bound is not None:
                statement = statement.where(unit.path.startswith(bound.path, autoescape=True))
        return statement


class TaskAudience(db.Model):
    """An org unit (with its subtree) or a listed rep a task is for."""

    __tablename__ = "training_audience"

    task_id: Mapped[int] = mapped_column(ForeignKey("training_task.id", ondelete="CASCADE"),
                                         primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)  # unit, rep
    ref_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class TrainingPage(db.Model):
    """One page of a course: text and image blocks, or a PDF or video, read for at least
    `min_seconds` (the server counts the time from its open to the reader's 已读)."""

    __tablename__ = "training_page"
    __table_args__ = (Index("ix_training_page_task", "task_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("training_task.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(100))
    body: Mapped[list] = mapped_column(JSON, default=list)
    file_url: Mapped[str | None] = mapped_column(String(500))
    file_type: Mapped[str | None] = mapped_column(String(60))
    min_seconds: Mapped[int] = mapped_column(Integer, default=0)


class QuestionBank(TimestampMixin, db.Model):
    """HQ's named set of questions (产品知识, 服务规范...) that quizzes draw from."""

    __tablename__ = "question_bank"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class Question(TimestampMixin, db.Model):
    """A single- or multiple-choice question; `answer` holds the indexes of the right
    options (one for single choice)."""

    __tablename__ = "question"
    __table_args__ = (Index("ix_question_bank", "bank_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bank_id: Mapped[int] = mapped_column(ForeignKey("question_bank.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    stem: Mapped[str] = mapped_column(Text)
    options: Mapped[list] = mapped_column(JSON)
    answer: Mapped[list] = mapped_column(JSON)
    explanation: Mapped[str] = mapped_column(Text, default="")
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)


class QuizQuestion(db.Model):
    """A question of a quiz, in the quiz's order."""

    __tablename__ = "quiz_question"

    task_id: Mapped[int] = mapped_column(ForeignKey("training_task.id", ondelete="CASCADE"),
                                         primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    question = relationship("Question", lazy="joined")


class TaskProgress(Scoped, db.Model):
    """What one person did with one task: made at their first act on it, done once."""

    __tablename__ = "task_progress"
    __scope_owner__ = "user_id"  # a boss: the people now in their subtree
    __table_args__ = (Index("ix_task_progress_user", "user_id", "state"),)

    task_id: Mapped[int] = mapped_column(ForeignKey("training_task.id", ondelete="CASCADE"),
                                         primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    org_unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"))
    state: Mapped[str] = mapped_column(String(10), default="doing")
    progress: Mapped[int] = mapped_column(Integer, default=0)  # pages read, goal counted
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    points: Mapped[int] = mapped_column(Integer, default=0)
    best_score: Mapped[int | None] = mapped_column(Integer)  # a quiz's, percent


class PageRead(db.Model):
    """A reader's time on one page of a course: the latest open, the seconds counted from
    opens to 已读, and when it counted as read."""

    __tablename__ = "page_read"
    __table_args__ = (Index("ix_page_read_task_user", "task_id", "user_id"),)

    page_id: Mapped[int] = mapped_column(ForeignKey("training_page.id", ondelete="CASCADE"),
                                         primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("training_task.id", ondelete="CASCADE"))
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    seconds: Mapped[int] = mapped_column(Integer, default=0)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class QuizAttempt(Scoped, db.Model):
    """One try at a quiz: the questions in the order dealt, the deadline the server holds
    it to, and the score."""

    __tablename__ = "quiz_attempt"
    __scope_owner__ = "user_id"
    __table_args__ = (UniqueConstraint("task_id", "user_id", "number"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("training_task.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)  # 1 for the first try
    state: Mapped[str] = mapped_column(String(10), default="open")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    deadline_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # [{"id": question id, "options": [option indexes in the order shown]}]
    dealt: Mapped[list] = mapped_column(JSON)
    correct: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer, default=0)
    score: Mapped[int] = mapped_column(Integer, default=0)  # percent, rounded down
    passed: Mapped[bool] = mapped_column(Boolean, default=False)
    points: Mapped[int] = mapped_column(Integer, default=0)

    task = relationship("TrainingTask", lazy="joined")
    user = relationship("User", lazy="joined")


class AttemptAnswer(db.Model):
    """What an attempt answered to one question, and whether it was right."""

    __tablename__ = "attempt_answer"
    __table_args__ = (Index("ix_attempt_answer_question", "question_id"),)

    attempt_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("quiz_attempt.id", ondelete="CASCADE"), primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"), primary_key=True)
    chosen: Mapped[list] = mapped_column(JSON)
    correct: Mapped[bool] = mapped_column(Boolean)


class ActionCredit(db.Model):
    """What an action task already counted for a person (a customer who opened the link), so
    each counts once."""

    __tablename__ = "action_credit"

    task_id: Mapped[int] = mapped_column(ForeignKey("training_task.id", ondelete="CASCADE"),
                                         primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    key: Mapped[str] = mapped_column(String(40), primary_key=True)


class CheckIn(Scoped, db.Model):
    """One submission of a check-in task (打卡): text and photos, then the review."""

    __tablename__ = "check_in"
    __scope_owner__ = "user_id"  # a boss: the people now in their subtree
    __table_args__ = (Index("ix_check_in_task", "task_id", "user_id", "id"),
                      Index("ix_check_in_state", "state", "id"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("training_task.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    org_unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"))
    text: Mapped[str] = mapped_column(Text, default="")
    photos: Mapped[list] = mapped_column(JSON, default=list)
    state: Mapped[str] = mapped_column(String(10), default="submitted")
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    review_comment: Mapped[str] = mapped_column(Text, default="")
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    task = relationship("TrainingTask", lazy="joined")
    user = relationship("User", foreign_keys=[user_id], lazy="joined")
    reviewer = relationship("User", foreign_keys=[reviewer_id], lazy="joined")


class TaskReminder(db.Model):
    """A reminder sent: claimed by its insert in the notification's transaction, so a second
    run of the job (or a second jobs process) sends nothing."""

    __tablename__ = "task_reminder"

    task_id: Mapped[int] = mapped_column(ForeignKey("training_task.id", ondelete="CASCADE"),
                                         primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    notification_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("notification.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)



def _unlocked_materials_only(model, user):
    """A material a course unlocks stays out of reach of the course's people (their toolbox,
    their shares, its page in their shop) until they have finished the course."""
    if model.__audience__ != "material":
        return None
    locking = select(TrainingTask.unlocks_material_id).where(
        TrainingTask.kind == "course", TrainingTask.unlocks_material_id.is_not(None),
        TrainingTask.assigned_to(user),
        TrainingTask.id.not_in(select(TaskProgress.task_id).where(
            TaskProgress.user_id == user.id, TaskProgress.state == "done")))
    return model.id.not_in(locking)


register_gate(_unlocked_materials_only)
