"""Guidance (督导): threads of comments on a rep's work; monthly targets; the daily report.

A thread is about one subject of one rep's work (a follow-up, a customer, a day), named by a
`subject_key` that is unique: two bosses commenting on the same follow-up at once write into
one thread. A target is unique per subject, month and metric: setting it again replaces it.
"""

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String, Text, or_, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.access import ROLE_BOSS, ROLE_HQ, Scoped, subtree_ids, subtree_user_ids
from app.core.db import BigId, UTCDateTime, utcnow
from app.extensions import db

SUBJECTS = ("follow_up", "customer", "day")  # what a guidance thread is about
TARGET_SUBJECTS = ("rep", "team")


class GuidanceThread(Scoped, db.Model):
    """A boss's comments on one piece of a rep's work, and the rep's replies."""

    __tablename__ = "guidance_thread"
    __table_args__ = (Index("ix_guidance_thread_rep", "rep_id", "last_message_at"),
                      Index("ix_guidance_thread_author", "author_id", "last_message_at"),
                      Index("ix_guidance_thread_customer", "customer_id"),
                      Index("ix_guidance_thread_follow_up", "follow_up_id"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    # "follow_up:<id>:<rep>", "customer:<id>:<rep>", "day:<rep>:<YYYY-MM-DD>"
    subject_key: Mapped[str] = mapped_column(String(80), unique=True)
    subject: Mapped[str] = mapped_column(String(20))
    rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"))  # whose work it is about
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))  # who started it
    customer_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("customer.id", ondelete="CASCADE"))
    follow_up_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("follow_up.id", ondelete="CASCADE"))
    day: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_message_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    message_count: Mapped[int] = mapped_column(Integer, default=0)

    rep = relationship("User", foreign_keys=[rep_id], lazy="joined")
    author = relationship("User", foreign_keys=[author_id], lazy="joined")
    customer = relationship("Customer", lazy="joined")

    @classmethod
    def scope_clause(cls, user):
        """A rep sees the threads about their own work; a boss those they started and those
        about the reps now in their subtree; HQ all."""
        if user.role == ROLE_HQ:
            return true()
        if user.role == ROLE_BOSS:
            return or_(cls.author_id == user.id, cls.rep_id.in_(subtree_user_ids(user.org_unit)))
        return cls.rep_id == user.id


class GuidanceMessage(db.Model):
    """One comment or reply of a thread; the thread's scope is its scope."""

    __tablename__ = "guidance_message"
    __table_args__ = (Index("ix_guidance_message_thread", "thread_id", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    thread_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("guidance_thread.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    author = relationship("User", lazy="joined")


class GuidanceRead(db.Model):
    """When a user last read a thread: newer messages by others are new to them."""

    __tablename__ = "guidance_read"

    thread_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("guidance_thread.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    read_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Target(Scoped, db.Model):
    """A boss's goal for one rep or one team (an org unit, its subtree) for one month."""

    __tablename__ = "target"
    __table_args__ = (Index("ix_target_month", "month", "subject_key", "metric", unique=True),
                      Index("ix_target_rep", "rep_id", "month"),
                      Index("ix_target_unit", "org_unit_id", "month"))

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_key: Mapped[str] = mapped_column(String(30))  # "rep:<id>" or "team:<id>"
    subject: Mapped[str] = mapped_column(String(10))  # rep, team
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    org_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("org_unit.id", ondelete="CASCADE"))
    month: Mapped[date] = mapped_column(Date)  # its first day
    metric: Mapped[str] = mapped_column(String(50))
    value: Mapped[int] = mapped_column(BigInteger)
    set_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    rep = relationship("User", foreign_keys=[rep_id], lazy="joined")
    org_unit = relationship("OrgUnit", lazy="joined")
    setter = relationship("User", foreign_keys=[set_by], lazy="joined")

    @classmethod
    def scope_clause(cls, user):
        """A rep sees their own targets and their team's; a boss the targets they set and
        those of reps and units now in their subtree; HQ all."""
        if user.role == ROLE_HQ:
            return true()
        if user.role == ROLE_BOSS:
            return or_(cls.set_by == user.id,
                       cls.rep_id.in_(subtree_user_ids(user.org_unit)),
                       cls.org_unit_id.in_(subtree_ids(user.org_unit)))
        return or_(cls.rep_id == user.id, cls.org_unit_id == user.org_unit_id)


class ReportSetting(db.Model):
    """A boss's own time of the daily report (company time zone); none: DAILY_REPORT_AT."""

    __tablename__ = "report_setting"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    report_at: Mapped[str] = mapped_column(String(5))  # "HH:MM"
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class DailyReport(db.Model):
    """The one daily report of a boss for a day: claimed by inserting this row in the
    transaction that writes its notification, so two runs never send it twice."""

    __tablename__ = "daily_report"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    notification_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("notification.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
