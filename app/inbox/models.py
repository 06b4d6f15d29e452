"""Consultations and bookings a customer sends from a rep's shop page, and HQ's knowledge base.

Both are scoped through their customer (like the follow-up log), so they travel with the
customer on a handover: whoever owns the customer now answers them.
"""

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.db import BigId, TimestampMixin, UTCDateTime, utcnow
from app.customers.models import ThroughCustomer
from app.extensions import db

BOOKING_KINDS = ("visit", "appointment")  # 到店拜访, 预约服务
BOOKING_STATUSES = ("requested", "confirmed", "declined", "cancelled", "done")
ARTICLE_KINDS = ("qa", "know_how")  # 问答, 产品知识


class Consultation(ThroughCustomer, db.Model):
    """A question a customer asked on a shop page (optionally about a product), and the answer.

    The owning rep may revise the answer: `answered_at` stays the first answer's time, and
    `seen_at` is cleared so the customer sees the new text as new.
    """

    __tablename__ = "consultation"
    __table_args__ = (Index("ix_consultation_customer", "customer_id", "created_at"),
                      Index("ix_consultation_answered", "answered_at", "created_at"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("customer.id", ondelete="CASCADE"))
    # The shop (rep) whose page it was asked on: the customer's list is per shop, like orders.
    shop_rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    product_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("product.id", ondelete="SET NULL"))
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str | None] = mapped_column(Text)
    answered_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # the customer saw the answer

    customer = relationship("Customer", lazy="joined")
    product = relationship("Product", lazy="joined")
    answerer = relationship("User", foreign_keys=[answered_by], lazy="joined")


class Booking(ThroughCustomer, db.Model):
    """A visit or appointment a customer asked for: requested -> confirmed / declined by the
    rep, cancelled by the customer, done when it took place. Every change is a conditional
    UPDATE on the current status (see services)."""

    __tablename__ = "booking"
    __table_args__ = (Index("ix_booking_customer", "customer_id", "created_at"),
                      Index("ix_booking_status", "status", "created_at"),
                      Index("ix_booking_starts", "starts_at"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("customer.id", ondelete="CASCADE"))
    shop_rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(20))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="requested")
    reply: Mapped[str] = mapped_column(Text, default="")  # the rep's words to the customer
    replied_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # the rep's last action
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # declined, cancelled, done
    seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # the customer saw the reply

    customer = relationship("Customer", lazy="joined")
    replier = relationship("User", foreign_keys=[replied_by], lazy="joined")


class Article(TimestampMixin, db.Model):
    """A knowledge-base article (a Q&A or product know-how): HQ writes, every staff member
    reads the published ones, reps search them while answering."""

    __tablename__ = "article"
    __table_args__ = (Index("ix_article_published", "published", "updated_at"),
                      Index("ix_article_product", "product_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    body: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="qa")
    keywords: Mapped[str] = mapped_column(String(200), default="")
    product_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("product.id", ondelete="SET NULL"))
    published: Mapped[bool] = mapped_column(Boolean, default=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))

    product = relationship("Product", lazy="joined")
    author = relationship("User", lazy="joined")
