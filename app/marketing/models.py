"""The toolbox: HQ's materials and plays (coupon templates, group-buy campaigns), who they
reach, and what customers did with them (opens, claims, groups and their members).

Money is integer fen. A play or material with no audience rows reaches every rep; with rows,
the reps of those org units' subtrees. A coupon template a boss made belongs to their unit
(`org_unit_id`) and reaches only its subtree.
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
    UniqueConstraint,
    exists,
    false,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.access import ROLE_BOSS, ROLE_HQ, ROLE_REP, Scoped, subtree_ids
from app.core.db import BigId, TimestampMixin, UTCDateTime, utcnow
from app.extensions import db

# 内容规划: what a piece of content is about, and the scene it serves.
CONTENT_KINDS = ("product", "activity", "media", "category", "brand")
SCENE_CHANNELS = ("online", "offline")
SCENE_FREQUENCIES = ("high", "low")
SCENE_AIMS = ("seeding", "selling")  # 种草 / 带货

MATERIAL_KINDS = ("card", "intro", "news", "brochure", "case", "file", "video", "testimonial",
                  "poster")
COUPON_KINDS = ("threshold", "percent", "amount")  # 满减, 折扣封顶, 无门槛
COUPON_SCOPES = ("all", "categories", "products")
CLAIM_STATES = ("unused", "used", "expired")
GROUP_STATES = ("open", "succeeded", "failed")
# held: the order is unpaid; paid; left: the order closed before the group succeeded (the seat
# came back); refunded: the order was refunded after it succeeded (shown as such, not a member).
MEMBER_STATES = ("held", "paid", "left", "refunded")
SEATED = ("held", "paid")


class MarketingAudience(db.Model):
    """An org unit a material or play is for (with its subtree); none at all: everyone."""

    __tablename__ = "marketing_audience"

    object_type: Mapped[str] = mapped_column(String(20), primary_key=True)
    object_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), primary_key=True)


def unit_ids_above(unit) -> list[int]:
    """The unit and its ancestors, read off its materialized path ("/1/4/9/")."""
    return [int(part) for part in unit.path.strip("/").split("/") if part]


# Conditions higher packages put on what reaches a rep (training: a material a course unlocks).
_gates: list = []


def register_gate(gate) -> None:
    """`gate(model, user)` gives a clause the items that reach a rep must also meet, or None."""
    _gates.append(gate)


class Targeted(Scoped):
    """A material or play: a rep sees it when its audience reaches their unit; a boss also
    when it is for units of their subtree or was made there; HQ sees all."""

    __audience__: str  # its object_type in marketing_audience

    @classmethod
    def audience(cls):
        return select(MarketingAudience.org_unit_id).where(
            MarketingAudience.object_type == cls.__audience__,
            MarketingAudience.object_id == cls.id)

    @classmethod
    def reaches(cls, unit):
        """For the reps of `unit`: no audience, or one of its units is `unit` or above it."""
        audience = cls.audience()
        return or_(~exists(audience),
                   exists(audience.where(MarketingAudience.org_unit_id.in_(unit_ids_above(unit)))))

    @classmethod
    def scope_clause(cls, user):
        if user.role == ROLE_HQ:
            return true()
        owned = cls.org_unit_id.is_(None) | cls.org_unit_id.in_(unit_ids_above(user.org_unit))
        if user.role == ROLE_REP:
            clause = owned & cls.reaches(user.org_unit)
            for gate in _gates:
                extra = gate(cls, user)
                if extra is not None:
                    clause &= extra
            return clause
        if user.role == ROLE_BOSS:
            below = subtree_ids(user.org_unit)
            return (cls.org_unit_id.in_(below)
                    | (owned & (cls.reaches(user.org_unit) | exists(
                        cls.audience().where(MarketingAudience.org_unit_id.in_(below))))))
        return false()


class ContentMixin:
    """What the content plan (内容规划) says of a material or play, for HQ's figures by kind
    and scene; and whether reps may share it now."""

    content_kind: Mapped[str] = mapped_column(String(20), default="product")
    scene_channel: Mapped[str] = mapped_column(String(10), default="online")
    scene_frequency: Mapped[str] = mapped_column(String(10), default="high")
    scene_aim: Mapped[str] = mapped_column(String(10), default="seeding")
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    # The unit of a boss who made it (it reaches that subtree only); None: HQ's.
    org_unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"))


class Material(TimestampMixin, ContentMixin, Targeted, db.Model):
    """A piece of HQ content a rep shares: an article, a PDF, a video, a poster, a card."""

    __tablename__ = "material"
    __audience__ = "material"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(100))
    summary: Mapped[str] = mapped_column(String(300), default="")
    cover_url: Mapped[str | None] = mapped_column(String(500))
    # Text and image blocks, as a product's detail: nothing a browser could run.
    body: Mapped[list] = mapped_column(JSON, default=list)
    file_url: Mapped[str | None] = mapped_column(String(500))  # a PDF, a video or a file
    file_name: Mapped[str | None] = mapped_column(String(200))
    file_type: Mapped[str | None] = mapped_column(String(60))
    file_size: Mapped[int | None] = mapped_column(BigInteger)
    tags: Mapped[list] = mapped_column(JSON, default=list)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class MaterialOpen(Scoped, db.Model):
    """One open of a material through a rep's link, and how long the page stayed open."""

    __tablename__ = "material_open"
    __scope_owner__ = "rep_id"
    __scope_org__ = "org_unit_id"  # a boss sees the work of their subtree's units
    __table_args__ = (Index("ix_material_open_material", "material_id", "opened_at"),
                      Index("ix_material_open_customer", "customer_id", "opened_at"),
                      Index("ix_material_open_at", "opened_at", "org_unit_id"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    material_id: Mapped[int] = mapped_column(ForeignKey("material.id"))
    rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"))  # the rep's then
    customer_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("customer.id"))
    share_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("share_token.id"))
    new_customer: Mapped[bool] = mapped_column(Boolean, default=False)  # this open made them
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    seconds: Mapped[int] = mapped_column(Integer, default=0)  # as the page last reported

    material: Mapped[Material] = relationship(lazy="joined")


class CouponTemplate(TimestampMixin, ContentMixin, Targeted, db.Model):
    """A coupon HQ (or a boss, for their subtree) defines; customers claim copies of it."""

    __tablename__ = "coupon_template"
    __audience__ = "coupon"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    kind: Mapped[str] = mapped_column(String(20))  # COUPON_KINDS
    amount_off: Mapped[int | None] = mapped_column(BigInteger)  # threshold, amount
    percent_off: Mapped[int | None] = mapped_column(Integer)  # percent: 1..99 taken off
    max_discount: Mapped[int | None] = mapped_column(BigInteger)  # percent: the cap
    threshold: Mapped[int] = mapped_column(BigInteger, default=0)  # spend on eligible lines
    scope: Mapped[str] = mapped_column(String(20), default="all")  # COUPON_SCOPES
    category_ids: Mapped[list] = mapped_column(JSON, default=list)
    product_ids: Mapped[list] = mapped_column(JSON, default=list)
    total: Mapped[int | None] = mapped_column(Integer)  # None: unlimited
    claimed: Mapped[int] = mapped_column(Integer, default=0)
    per_customer: Mapped[int] = mapped_column(Integer, default=1)
    claim_from: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claim_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Validity: fixed dates, or N days from the claim.
    valid_from: Mapped[datetime | None] = mapped_column(UTCDateTime)
    valid_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    valid_days: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(300), default="")


class CouponClaim(Scoped, db.Model):
    """A customer's copy of a coupon, credited to the rep whose link they claimed it from."""

    __tablename__ = "coupon_claim"
    __scope_owner__ = "rep_id"
    __scope_org__ = "org_unit_id"  # a boss sees the claims made in their subtree
    __table_args__ = (Index("ix_coupon_claim_customer", "customer_id", "template_id"),
                      Index("ix_coupon_claim_template", "template_id", "state"),
                      Index("ix_coupon_claim_due", "state", "valid_until"),
                      Index("ix_coupon_claim_rep", "rep_id", "claimed_at"),
                      UniqueConstraint("order_id"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("coupon_template.id"))
    customer_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("customer.id"))
    rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"))  # the rep's then
    share_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("share_token.id"))
    state: Mapped[str] = mapped_column(String(20), default="unused")  # CLAIM_STATES
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    valid_from: Mapped[datetime] = mapped_column(UTCDateTime)
    valid_until: Mapped[datetime] = mapped_column(UTCDateTime)
    order_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("orders.id"))
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    discount: Mapped[int] = mapped_column(BigInteger, default=0)  # what it took off its order

    template: Mapped[CouponTemplate] = relationship(lazy="joined")
    customer = relationship("Customer")  # for staff lists: who claimed it


class GroupBuy(TimestampMixin, ContentMixin, Targeted, db.Model):
    """A group-buy campaign: a product at a group price when N people order it in time."""

    __tablename__ = "group_buy"
    __audience__ = "group_buy"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    group_size: Mapped[int] = mapped_column(Integer)
    group_price: Mapped[int] = mapped_column(BigInteger)
    fill_hours: Mapped[int] = mapped_column(Integer, default=24)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    stock: Mapped[int | None] = mapped_column(Integer)  # units for the campaign; None: no cap
    stock_left: Mapped[int | None] = mapped_column(Integer)
    per_customer: Mapped[int] = mapped_column(Integer, default=1)  # groups a customer may be in
    new_customers_only: Mapped[bool] = mapped_column(Boolean, default=False)  # 老带新
    # 模拟成团: at expiry a group with at least this percent of its seats paid succeeds.
    virtual_success_pct: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(300), default="")

    product = relationship("Product", lazy="joined")


class BuyGroup(Scoped, db.Model):
    """One group of a campaign, opened by its leader's order through a rep's link."""

    __tablename__ = "buy_group"
    __scope_owner__ = "rep_id"
    __scope_org__ = "org_unit_id"  # a boss sees the groups opened in their subtree
    __table_args__ = (Index("ix_buy_group_due", "state", "expires_at"),
                      Index("ix_buy_group_campaign", "campaign_id", "state"),
                      Index("ix_buy_group_rep", "rep_id", "opened_at"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("group_buy.id"))
    rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"))  # the rep's then
    leader_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("customer.id"))
    state: Mapped[str] = mapped_column(String(20), default="open")  # GROUP_STATES
    size: Mapped[int] = mapped_column(Integer)
    seats_taken: Mapped[int] = mapped_column(Integer, default=0)  # held and paid members
    seats_paid: Mapped[int] = mapped_column(Integer, default=0)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    virtual: Mapped[bool] = mapped_column(Boolean, default=False)  # succeeded by 模拟成团

    campaign: Mapped[GroupBuy] = relationship(lazy="joined")
    members: Mapped[list["GroupMember"]] = relationship(order_by="GroupMember.id",
                                                        back_populates="group")


class GroupMember(db.Model):
    """A customer's seat in a group, held by their order."""

    __tablename__ = "group_member"
    __table_args__ = (Index("ix_group_member_group", "group_id"),
                      Index("ix_group_member_customer", "customer_id", "campaign_id"),
                      UniqueConstraint("order_id"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    group_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("buy_group.id"))
    campaign_id: Mapped[int] = mapped_column(ForeignKey("group_buy.id"))
    customer_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("customer.id"))
    order_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("orders.id"))
    state: Mapped[str] = mapped_column(String(20), default="held")  # MEMBER_STATES
    leader: Mapped[bool] = mapped_column(Boolean, default=False)
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When the member last looked at the group after its news (success, failure): unseen news
    # is the customer's notification on 我的拼团.
    seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    group: Mapped[BuyGroup] = relationship(back_populates="members")
    customer = relationship("Customer", lazy="joined")


class GroupTransition(db.Model):
    """Every move of a group's state, and why."""

    __tablename__ = "group_transition"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    group_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("buy_group.id"), index=True)
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

