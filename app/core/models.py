"""Company settings, the activity log with its daily counters, the notification outbox, the
responses kept for idempotent retries and the exports run in the background."""

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.access import Scoped
from app.core.db import BigId, TimestampMixin, UTCDateTime, utcnow
from app.extensions import db


class Company(TimestampMixin, db.Model):
    """The one company of this deployment (row id 1); its root org unit is HQ."""

    __tablename__ = "company"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    logo_url: Mapped[str | None] = mapped_column(String(500))
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    # Commission on a product without its own rate, in basis points (500 = 5%).
    commission_rate_bps: Mapped[int] = mapped_column(Integer, default=500, server_default="500")
    # Days a completed order's commission stays frozen (the refund window) before it settles.
    commission_settle_days: Mapped[int] = mapped_column(Integer, default=7, server_default="7")
    # Customer online, tuned by HQ. RFM: the window of paid orders, in days.
    rfm_window_days: Mapped[int] = mapped_column(Integer, default=365, server_default="365")
    # Lifecycle: views that make a customer 兴趣;
    # paid spend (fen) or referred new customers that make them 超级.
    stage_interest_visits: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    stage_super_spend: Mapped[int] = mapped_column(BigInteger, default=1_000_000,
                                                   server_default="1000000")
    stage_super_referrals: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    # 渐退出 / 高潜力: paid amount of the last flag_period_days against the period before fell
    # or rose by at least flag_change_percent; or the stage climbed flag_stage_steps in
    # flag_stage_days (高潜力).
    flag_period_days: Mapped[int] = mapped_column(Integer, default=90, server_default="90")
    flag_change_percent: Mapped[int] = mapped_column(Integer, default=50, server_default="50")
    flag_stage_steps: Mapped[int] = mapped_column(Integer, default=2, server_default="2")
    flag_stage_days: Mapped[int] = mapped_column(Integer, default=30, server_default="30")
    # A customer no follow-up has touched for this many days is flagged stale (the rotting idea).
    stale_customer_days: Mapped[int] = mapped_column(Integer, default=30, server_default="30")
    # Orders: hours an unpaid order keeps its stock before the expiry job closes it (payment is
    # confirmed by the rep, so a day), and how many unpaid orders one visitor may have open.
    order_hold_hours: Mapped[int] = mapped_column(Integer, default=24, server_default="24")
    max_open_orders: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    # People: whether a boss adds, edits, moves, disables and resets the passwords of the reps
    # of their subtree (never bosses or HQ admins); HQ manages everyone either way.
    boss_manages_people: Mapped[bool] = mapped_column(Boolean, default=True,
                                                      server_default=true())
    # Coupons a boss makes for their subtree: at most this much off (fen; 0: bosses make none)
    # and this many copies of one coupon.
    boss_coupon_max_off: Mapped[int] = mapped_column(BigInteger, default=5000,
                                                     server_default="5000")
    boss_coupon_max_total: Mapped[int] = mapped_column(Integer, default=1000,
                                                       server_default="1000")
    # Bumped by every change that every public shop shows (catalog, pins, company name), so a
    # shop's ETag changes with it.
    content_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class ActivityEvent(Scoped, db.Model):
    """Append-only: what happened, who did it, which rep it counts for, on which local day."""

    __tablename__ = "activity_event"
    __scope_owner__ = "rep_id"
    __scope_org__ = "org_unit_id"
    __table_args__ = (
        Index("ix_activity_event_rep_day", "rep_id", "day"),
        Index("ix_activity_event_day", "day"),
        Index("ix_activity_event_customer", "customer_id", "occurred_at"),
        Index("ix_activity_event_object", "object_type", "object_id"),
        # The interaction audit's pages (app.audit), newest first by verb: the company's, and
        # an org unit's.
        Index("ix_activity_event_verb_at", "verb", "occurred_at", "id"),
        Index("ix_activity_event_org_verb_at", "org_unit_id", "verb", "occurred_at", "id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    day: Mapped[date] = mapped_column(Date)
    verb: Mapped[str] = mapped_column(String(50))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    org_unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"))
    # Customers arrive with the customer issue; the id is kept without a foreign key until then.
    customer_id: Mapped[int | None] = mapped_column(BigInteger)
    object_type: Mapped[str | None] = mapped_column(String(40))
    object_id: Mapped[int | None] = mapped_column(BigInteger)
    attrs: Mapped[dict] = mapped_column(JSON, default=dict)


class DailyCounter(db.Model):
    """Per rep, per local day, per org unit, per metric: what the boss view reads.

    The org unit is the rep's when the work was done, so a rep who changes team mid-day
    leaves the morning's figures with the old team's boss.
    """

    __tablename__ = "daily_counter"
    __table_args__ = (Index("ix_daily_counter_org_day", "org_unit_id", "day"),
                      Index("ix_daily_counter_day", "day"))

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), primary_key=True)
    metric: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class Notification(Scoped, db.Model):
    """An in-app notification; written in the same transaction as the change behind it."""

    __tablename__ = "notification"
    __table_args__ = (Index("ix_notification_recipient", "recipient_id", "read_at", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    recipient_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(50))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    @classmethod
    def scope_clause(cls, user):
        """Personal for every role: a boss does not read a rep's notifications."""
        return cls.recipient_id == user.id


class NotificationDelivery(db.Model):
    """Outbox row: one notification to push over one channel, retried with backoff."""

    __tablename__ = "notification_delivery"
    __table_args__ = (Index("ix_notification_delivery_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    notification_id: Mapped[int] = mapped_column(ForeignKey("notification.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending, sent, dead
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class IdempotencyKey(db.Model):
    """The first answer to a request sent with an Idempotency-Key, replayed to its retries.

    Written in the request's own transaction (see core.idempotency), so it exists exactly when
    what the request created does.
    """

    __tablename__ = "idempotency_key"
    __table_args__ = (Index("ix_idempotency_key_created", "created_at"),)

    scope: Mapped[str] = mapped_column(String(100), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    request_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[int | None] = mapped_column(Integer)
    body: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


EXPORT_STATUSES = ("queued", "running", "done", "failed")


class ExportJob(Scoped, db.Model):
    """A table export too long to answer at once, written by the jobs process.

    Claimed from queued to running by one conditional UPDATE, so two jobs processes never
    write one twice; `rows_done` moves in short transactions of its own while it runs, so the
    requester's page shows progress. The file lives in the private storage until `expires_at`.
    """

    __tablename__ = "export_job"
    __table_args__ = (Index("ix_export_job_requester", "requester_id", "id"),
                      Index("ix_export_job_status", "status", "id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    requester_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    name: Mapped[str] = mapped_column(String(50))  # the registered export (core.exports)
    format: Mapped[str] = mapped_column(String(10))  # xlsx, csv
    filters: Mapped[dict] = mapped_column(JSON, default=dict)  # as the list's schema took them
    status: Mapped[str] = mapped_column(String(20), default="queued")  # EXPORT_STATUSES
    rows_done: Mapped[int] = mapped_column(Integer, default=0)
    rows_total: Mapped[int] = mapped_column(Integer, default=0)  # counted when requested
    file_key: Mapped[str | None] = mapped_column(String(200))
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The last sign of life of a running export: a crashed process's export is failed later.
    progress_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    requester = relationship("User")

    @classmethod
    def scope_clause(cls, user):
        """Personal for every role: an export is its requester's alone."""
        return cls.requester_id == user.id
