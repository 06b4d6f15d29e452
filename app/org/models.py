"""Org units (a tree under HQ, stored with a materialized path) and users with their role."""

import secrets
from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, true
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from app.core.access import ROLE_BOSS, ROLE_HQ, Scoped, register_org_models, subtree_ids
from app.core.db import BigId, TimestampMixin, UTCDateTime, utcnow
from app.extensions import db

UNIT_KINDS = ("hq", "branch", "team")
USER_AGENT_MAX_LENGTH = 200


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
    shop_code: Mapped[str | None] = mapped_column(String(32), unique=True)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    org_unit: Mapped[OrgUnit] = relationship(lazy="joined")

    # The UserSession this user object is signed in with, in this request (org.sessions).
    current_session = None

    @property
    def is_active(self) -> bool:
        return self.active

    def get_id(self) -> str:
        """What Flask-Login keeps in the cookie: the secret of the session, not the user id."""
        if self.current_session is None or self.current_session.secret is None:
            raise RuntimeError("open a session first (org.sessions.open_session)")
        return self.current_session.secret

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password, method="scrypt")

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)


register_org_models(OrgUnit, User)


class UserSession(Scoped, db.Model):
    """One signed-in device. The cookie carries a random secret; the row keeps only its hash,
    so a copy of the database opens no session. Revoked rows stay until the nightly prune."""

    __tablename__ = "user_session"
    __table_args__ = (Index("ix_user_session_user", "user_id", "revoked_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_agent: Mapped[str] = mapped_column(String(USER_AGENT_MAX_LENGTH), default="")
    address: Mapped[str | None] = mapped_column(String(45))  # an IPv6 address fits
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship()

    # Known only in the request that opened or presented the session; never stored.
    secret = None
    # Whether a listed session is the one of the request that lists it.
    current = False

    @classmethod
    def scope_clause(cls, user):
        """Every role sees only their own sessions."""
        return cls.user_id == user.id
