"""The customer record: a visitor (anonymous id, later a WeChat openid) and the rep who owns
them. Low in the package order: shop, clients, inbox and marketing all build on it.
"""

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import Scoped, scoped
from app.core.db import BigId, TimestampMixin, UTCDateTime, utcnow
from app.extensions import db


class Customer(TimestampMixin, Scoped, db.Model):
    """A visitor (anonymous id or WeChat openid) and the rep who owns them.

    Created on the first visit; `status` turns from visitor to customer when the rep adopts
    them in the radar or they order.
    """

    __tablename__ = "customer"
    __scope_owner__ = "rep_id"
    # phone: import and the duplicates page find customers by it (it identifies a person).
    __table_args__ = (Index("ix_customer_rep_last_visit", "rep_id", "last_visit_at"),
                      Index("ix_customer_phone", "phone"),
                      # referrals: the stage rules count a referrer's customers
                      Index("ix_customer_referrer", "referrer_id"),
                      # A unique index, not a constraint: adding it needs no table rebuild.
                      Index("ix_customer_unionid", "unionid", unique=True))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    anon_id: Mapped[str | None] = mapped_column(String(32), unique=True)
    openid: Mapped[str | None] = mapped_column(String(64), unique=True)
    # WeChat's id of the person across the company's official account and mini program.
    unionid: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), default="visitor")  # visitor, customer
    name: Mapped[str | None] = mapped_column(String(50))
    phone: Mapped[str | None] = mapped_column(String(20))
    # The profile the rep keeps (the customer issue's app.clients edits it).
    nickname: Mapped[str | None] = mapped_column(String(50))  # WeChat nickname
    avatar_url: Mapped[str | None] = mapped_column(String(500))
    gender: Mapped[str | None] = mapped_column(String(10))  # male, female
    region: Mapped[str | None] = mapped_column(String(50))
    birthday: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(20), default="share",  # share, walk_in, import
                                        server_default="share")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    # to_follow, in_progress, won, no_interest, lost (the follow-up log moves it)
    follow_state: Mapped[str] = mapped_column(String(20), default="to_follow",
                                              server_default="to_follow")
    last_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Lifecycle stage (app.clients.stages): profiled, reached, interested, need, deal, repeat,
    # super; moved forward by what the customer does, or set by the rep.
    stage: Mapped[str] = mapped_column(String(20), default="profiled", server_default="profiled")
    stage_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The share that first brought them; no foreign key, as share tokens refer to customers.
    source_share_id: Mapped[int | None] = mapped_column(BigInteger)
    referrer_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("customer.id"))
    first_visit_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_visit_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    visit_count: Mapped[int] = mapped_column(Integer, default=0)
    converted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ThroughCustomer(Scoped):
    """Mixin for records about a customer (follow-ups, consultations, coupon claims): whoever
    may see the customer may see them, so they travel with the customer on a handover."""

    @classmethod
    def scope_clause(cls, user):
        return cls.customer_id.in_(scoped(select(Customer.id), Customer, user))
