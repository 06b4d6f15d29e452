"""Org units (a tree under HQ, stored with a materialized path) and users with their role."""

import secrets
from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, select, true
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from app.core.access import ROLE_BOSS, ROLE_HQ, Scoped, register_org_models, subtree_ids
from app.core.db import TimestampMixin, UTCDateTime
from app.extensions import db

UNIT_KINDS = ("hq", "branch", "team")


def new_token() -> str:
    return secrets.token_urlsafe(24)


def new_shop_code() -> str:
    """Public, stable and unguessable: 16 url-safe characters (96 bits)."""
    return secrets.token_urlsafe(12)


class OrgUnit(TimestampMixin, Scoped, db.Model):
    __tablename__ = "org_unit"
    # text_pattern_ops: PostgreSQL serves the subtree's LIKE 'prefix%' from an index only in
    # the C collation, or from an index with the pattern operator class (core.access).
    __table_args__ = (Index("ix_org_unit_path", "path",
                            postgresql_ops={"path": "text_pattern_ops"}),)

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"))
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    # "/1/4/9/": ids from the root down to this unit; a subtree is a prefix match.
    path: Mapped[str] = mapped_column(String(500), default="")
    depth: Mapped[int] = mapped_column(Integer, default=0)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    parent: Mapped["OrgUnit | None"] = relationship(remote_side=[id])

    @classmethod
    def scope_clause(cls, user):
        """A rep sees their own unit; a boss their subtree; HQ every unit."""
        if user.role == ROLE_HQ:
            return true()
        if user.role == ROLE_BOSS:
            return cls.id.in_(subtree_ids(user.org_unit))
        return cls.id == user.org_unit_id

    def is_within(self, ancestor: "OrgUnit") -> bool:
        return self.path.startswith(ancestor.path)


class User(UserMixin, TimestampMixin, Scoped, db.Model):
    __tablename__ = "users"
    __scope_owner__ = "id"
    __scope_org__ = "org_unit_id"
    __table_args__ = (Index("ix_users_org_unit", "org_unit_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    phone: Mapped[str | None] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(20))
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Part of the session id: rotating it (disable, password change) ends every session.
    session_token: Mapped[str] = mapped_column(String(64), default=new_token)
    shop_code: Mapped[str | None] = mapped_column(String(32), unique=True)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    org_unit: Mapped[OrgUnit] = relationship(lazy="joined")

    @property
    def is_active(self) -> bool:
        return self.active

    def get_id(self) -> str:
        return f"{self.id}:{self.session_token}"

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password, method="scrypt")

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    def end_sessions(self) -> None:
        self.session_token = new_token()


register_org_models(OrgUnit, User)


def load_user(session_id: str) -> User | None:
    """Flask-Login loader: a stale session token or a disabled user is no session."""
    user_id, _, token = session_id.partition(":")
    if not user_id.isdigit() or not token:
        return None
    user = db.session.scalars(select(User).where(User.id == int(user_id))).first()
    if user is None or not user.active or user.session_token != token:
        return None
    return user
