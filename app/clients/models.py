"""The customer book: one tag vocabulary for the whole company, which customer carries which
tag, and the follow-up log.

HQ owns the vocabulary (groups of tags), so one rep's "首单" is every rep's "首单". A tag on a
customer records who put it there and how (by hand or by an auto-tag rule); every add and
remove is kept in `customer_tag_change`. And the follow-up log.
"""

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
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.db import BigId, TimestampMixin, UTCDateTime, utcnow
from app.customers.models import ThroughCustomer
from app.extensions import db

TAG_SOURCES = ("manual", "rule")


class TagGroup(TimestampMixin, db.Model):
    __tablename__ = "tag_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    tags: Mapped[list["Tag"]] = relationship(order_by="Tag.sort_order, Tag.id",
                                             back_populates="group")


class Tag(TimestampMixin, db.Model):
    __tablename__ = "tag"
    __table_args__ = (UniqueConstraint("group_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("tag_group.id"))
    name: Mapped[str] = mapped_column(String(20))
    color: Mapped[str | None] = mapped_column(String(7))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    group: Mapped[TagGroup] = relationship(back_populates="tags")


class CustomerTag(db.Model):
    """A tag a customer carries now."""

    __tablename__ = "customer_tag"
    __table_args__ = (Index("ix_customer_tag_tag", "tag_id", "customer_id"),)

    customer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    # No cascade: the database refuses to delete a tag customers carry (409), whatever races.
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id"), primary_key=True)
    source: Mapped[str] = mapped_column(String(10), default="manual")
    applied_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    tag: Mapped[Tag] = relationship(lazy="joined")


class TagDismissal(db.Model):
    """A rule-applied tag a rep took off by hand: the rule leaves the customer untagged while
    they keep matching it; the rule's next full run forgets the dismissal once they stop."""

    __tablename__ = "tag_dismissal"

    customer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id", ondelete="CASCADE"),
                                        primary_key=True)
    dismissed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    dismissed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CustomerTagChange(db.Model):
    """History: a tag added to or removed from a customer, by whom, by hand or by a rule."""

    __tablename__ = "customer_tag_change"
    __table_args__ = (Index("ix_customer_tag_change_customer", "customer_id", "at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("customer.id", ondelete="CASCADE"))
    # The tag's name as it was: the history outlives a tag HQ later deletes.
    tag_id: Mapped[int | None] = mapped_column(ForeignKey("tag.id", ondelete="SET NULL"))
    tag_name: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(10))  # add, remove
    source: Mapped[str] = mapped_column(String(10))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    actor = relationship("User", lazy="joined")


FOLLOW_UP_KINDS = ("visit", "call", "wechat", "meeting", "other")
FOLLOW_STATES = ("to_follow", "in_progress", "won", "no_interest", "lost")
FOLLOW_STATE_NAMES = {"to_follow": "待跟进", "in_progress": "跟进中", "won": "已成交",
                      "no_interest": "无意向", "lost": "已流失"}


class FollowUp(ThroughCustomer, db.Model):
    """A logged contact with a customer and the next action it leads to.

    Append-only: the author may edit an entry for 24 hours, after that only add a new one.
    Scoped through its customer, so a follow-up travels with the customer on a handover.
    """

    __tablename__ = "follow_up"
    __table_args__ = (Index("ix_follow_up_customer", "customer_id", "created_at"),
                      Index("ix_follow_up_due", "rep_id", "done_at", "due_at"),
                      Index("ix_follow_up_remind", "reminded_at", "due_at"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("customer.id", ondelete="CASCADE"))
    rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"))  # who is to act on it
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(20))
    content: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(200), default="")
    next_action: Mapped[str] = mapped_column(String(200), default="")
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    photo_url: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    author = relationship("User", foreign_keys=[author_id], lazy="joined")
    # Joined: every list of follow-ups shows whose they are without a query per row.
    customer = relationship("Customer", lazy="joined")



STAGES = ("profiled", "reached", "interested", "need", "deal", "repeat", "super")
STAGE_NAMES = dict(zip(STAGES, ("画像", "触达", "兴趣", "需求", "成交", "复购", "超级"),
                       strict=True))


class StageChange(db.Model):
    """A customer's lifecycle stage moved: from, to, why, and by whom (None: by a rule)."""

    __tablename__ = "stage_change"
    __table_args__ = (Index("ix_stage_change_customer", "customer_id", "at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("customer.id", ondelete="CASCADE"))
    from_stage: Mapped[str] = mapped_column(String(20))
    to_stage: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(200))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    actor = relationship("User", lazy="joined")


SEGMENTS = {  # (R high, F high, M high) -> segment
    (True, True, True): "important_value",         # 重要价值
    (True, False, True): "important_develop",      # 重要发展
    (False, True, True): "important_keep",         # 重要保持
    (False, False, True): "important_retain",      # 重要挽留
    (True, True, False): "general_value",          # 一般价值
    (True, False, False): "general_develop",       # 一般发展
    (False, True, False): "general_keep",          # 一般保持
    (False, False, False): "general_retain",       # 一般挽留
}
SEGMENT_NAMES = {"important_value": "重要价值", "important_develop": "重要发展",
                 "important_keep": "重要保持", "important_retain": "重要挽留",
                 "general_value": "一般价值", "general_develop": "一般发展",
                 "general_keep": "一般保持", "general_retain": "一般挽留"}


class CustomerRfm(db.Model):
    """A customer's latest RFM values and segment (only customers with a paid order in the
    window have a row)."""

    __tablename__ = "customer_rfm"
    __table_args__ = (Index("ix_customer_rfm_segment", "segment"),)

    customer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    recency_days: Mapped[int] = mapped_column(Integer)
    frequency: Mapped[int] = mapped_column(Integer)
    monetary: Mapped[int] = mapped_column(BigInteger)  # fen
    segment: Mapped[str] = mapped_column(String(20))
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SegmentChange(db.Model):
    """History: a customer's segment changed at a nightly run (to None: no paid order left in
    the window)."""

    __tablename__ = "segment_change"
    __table_args__ = (Index("ix_segment_change_customer", "customer_id", "at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("customer.id", ondelete="CASCADE"))
    from_segment: Mapped[str | None] = mapped_column(String(20))
    to_segment: Mapped[str | None] = mapped_column(String(20))
    recency_days: Mapped[int | None] = mapped_column(Integer)
    frequency: Mapped[int | None] = mapped_column(Integer)
    monetary: Mapped[int | None] = mapped_column(BigInteger)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class Handover(db.Model):
    """Customers moved from one rep to another (离职继承 when all of them), by a boss or HQ."""

    __tablename__ = "handover"
    __table_args__ = (Index("ix_handover_from_rep", "from_rep_id", "at"),
                      Index("ix_handover_to_rep", "to_rep_id", "at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    from_rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    to_rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(String(200))
    customer_ids: Mapped[list] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


FLAGS = ("fading", "high_potential")
FLAG_NAMES = {"fading": "渐退出", "high_potential": "高潜力"}


class CustomerFlag(db.Model):
    """A risk or potential flag a customer carries now (recomputed nightly), and why."""

    __tablename__ = "customer_flag"
    __table_args__ = (Index("ix_customer_flag_flag", "flag"),)

    customer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    flag: Mapped[str] = mapped_column(String(20), primary_key=True)
    recent_amount: Mapped[int] = mapped_column(BigInteger, default=0)  # fen, last period
    previous_amount: Mapped[int] = mapped_column(BigInteger, default=0)  # the period before
    reason: Mapped[str] = mapped_column(String(200))
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CustomerMerge(db.Model):
    """Two records of one person became one: the kept record took over all the merged one's
    history; the merged record, as it was, is kept here."""

    __tablename__ = "customer_merge"
    __table_args__ = (Index("ix_customer_merge_customer", "customer_id", "at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("customer.id", ondelete="CASCADE"))
    merged_id: Mapped[int] = mapped_column(BigInteger)  # no foreign key: that record is gone
    snapshot: Mapped[dict] = mapped_column(JSON)
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


RULE_KINDS = ("viewed_category", "did", "spent_at_least", "no_visit_for")
# What a `did` rule may count: verbs of events that name the customer. coupon_claim and
# groupbuy_join arrive with the marketing issue; a rule may be set for them now. A verb whose
# events name an object a package registered (rules.register_rule_object: material_open, a
# material) may be narrowed to one object.
RULE_VERBS = ("order_paid", "coupon_claim", "groupbuy_join", "consultation", "booking", "visit",
              "material_open")
RULE_PARAM_FIELDS = ("category_id", "verb", "object_id", "min_count", "days", "min_amount")
# The parameters each kind needs, and those it may have (the others stay NULL).
RULE_PARAMS = {
    "viewed_category": (("category_id", "min_count", "days"), ()),
    "did": (("verb", "min_count", "days"), ("object_id",)),
    "spent_at_least": (("min_amount",), ("days",)),  # no days: all time
    "no_visit_for": (("days",), ()),
}


class AutoTagRule(TimestampMixin, db.Model):
    """HQ's rule that turns behaviour into a tag (app.clients.rules applies it).

    It puts its tag on customers who match and takes it off those who no longer do, but only
    where a rule put it: a tag a rep applied by hand is never touched. One rule per tag, so a
    tag applied by a rule is this rule's. Parameters are columns, NULL where the kind has none.
    """

    __tablename__ = "auto_tag_rule"
    __table_args__ = (Index("ix_auto_tag_rule_kind", "kind", "verb"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    # No cascade: a tag a rule uses cannot be deleted (409).
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    # An emptied category may be deleted: the rule stays and matches nobody.
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("category.id", ondelete="SET NULL"))
    verb: Mapped[str | None] = mapped_column(String(30))
    # did: only the verb's events about this object (a material opened), else any of them.
    object_id: Mapped[int | None] = mapped_column(Integer)
    min_count: Mapped[int | None] = mapped_column(Integer)
    days: Mapped[int | None] = mapped_column(Integer)
    min_amount: Mapped[int | None] = mapped_column(BigInteger)  # fen
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    # The last full run (nightly or HQ's 立即运行): when, and how many customers matched.
    last_run_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_matched: Mapped[int | None] = mapped_column(Integer)

    tag: Mapped[Tag] = relationship(lazy="joined")
    category = relationship("Category", lazy="joined")


SNAPSHOT_DIMENSIONS = ("total", "stage", "peak", "segment", "flag", "tag", "stale")


class CustomerSnapshot(db.Model):
    """How many of a rep's customers (every record, visitors too) had each key of a dimension
    at the nightly snapshot of `day` (app.clients.snapshots): total ("all"), current stage,
    peak stage (the highest ever reached), RFM segment, flag, tag (its id) and stale ("stale").

    The org unit is the rep's at the snapshot, so a subtree's rows count the customers its
    boss saw in the book that night; the insight page reads the latest day's rows."""

    __tablename__ = "customer_snapshot"
    __table_args__ = (Index("ix_customer_snapshot_day_org", "day", "org_unit_id"),)

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), primary_key=True)
    dimension: Mapped[str] = mapped_column(String(10), primary_key=True)
    key: Mapped[str] = mapped_column(String(20), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
