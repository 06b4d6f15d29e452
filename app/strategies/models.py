"""The strategy library (策略库): HQ's rules that turn what we know of a customer into what a
rep should do next.

A strategy names the customers it is for by conditions on their RFM segment, lifecycle stage,
tags, flags and follow-up state (every condition given must hold; within a condition any of
its values will do), and says what to do: recommended actions, talking points, and materials
to send. The library is company-wide: HQ edits it, every staff member reads it.

Conditions are JSON lists on the row: the library holds a few dozen strategies, so a page
matches them in Python, and a query over many customers turns each strategy into one WHERE
clause of IN lists when that is needed.
"""

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.db import TimestampMixin
from app.extensions import db

# What a strategy may match on, in the order the page explains a match.
CONDITIONS = ("segments", "stages", "tag_ids", "flags", "follow_states")
# What a rep may send. Coupons join with the marketing issue.
MATERIAL_KINDS = ("product", "article", "link")


class Strategy(TimestampMixin, db.Model):
    __tablename__ = "strategy"
    __table_args__ = (Index("ix_strategy_enabled_priority", "enabled", "priority"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    priority: Mapped[int] = mapped_column(Integer, default=0)  # higher first
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    # Conditions: an empty list places no condition.
    segments: Mapped[list] = mapped_column(JSON, default=list)  # clients.models.SEGMENTS
    stages: Mapped[list] = mapped_column(JSON, default=list)  # clients.models.STAGES
    tag_ids: Mapped[list] = mapped_column(JSON, default=list)  # carries any of them
    flags: Mapped[list] = mapped_column(JSON, default=list)  # clients.models.FLAGS
    follow_states: Mapped[list] = mapped_column(JSON, default=list)  # clients FOLLOW_STATES
    # Content.
    actions: Mapped[list] = mapped_column(JSON, default=list)  # short strings
    talking_points: Mapped[list] = mapped_column(JSON, default=list)  # 话术
    # [{"kind": "product" | "article" | "link", "id": int | None, "title": str, "url": str | None}]
    materials: Mapped[list] = mapped_column(JSON, default=list)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))

    author = relationship("User", lazy="joined")
