"""The audit's own table: who read the interactions of which rep or customer."""

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.access import Scoped
from app.core.db import BigId, UTCDateTime, utcnow
from app.extensions import db


class AuditRead(Scoped, db.Model):
    """One request for the interactions of a rep or a customer: who asked, for what, when and
    from where. Append-only; a boss sees the reads made in their subtree (`org_unit_id` is the
    reader's unit at the time), HQ all."""

    __tablename__ = "audit_read"
    __scope_owner__ = "reader_id"
    __scope_org__ = "org_unit_id"
    __table_args__ = (Index("ix_audit_read_at", "at", "id"),
                      Index("ix_audit_read_org_at", "org_unit_id", "at"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reader_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    org_unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"))
    address: Mapped[str | None] = mapped_column(String(64))
    # What was asked for: the request's filters (None: not filtered by it), as asked, without
    # foreign keys: an id that matched nothing is kept too, and a merged customer's id stays
    # the one that was read.
    rep_id: Mapped[int | None] = mapped_column(BigInteger)
    customer_id: Mapped[int | None] = mapped_column(BigInteger)
    kind: Mapped[str | None] = mapped_column(String(20))
    start: Mapped[date | None] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)

    reader = relationship("User", lazy="joined")
