"""Signed-in sessions, kept on the server so that ending one really ends it.

The session cookie (signed by Flask) carries a random secret; the `user_session` row keeps only
its SHA-256 (the secret has 256 bits, so a fast hash is enough and a copy of the database opens
no session). Every request that asks who is signed in reads the row joined with its user, one
indexed read: a revoked or unknown row, a disabled user, or a row idle longer than
PERMANENT_SESSION_LIFETIME (the cookie's own lifetime, renewed as it is used) is no session.
`last_seen_at` is written at most once a TOUCH_INTERVAL per session, by a conditional UPDATE
in a transaction of its own: a read stays a read, and a slow request holds no lock for it.
"""

import hashlib
import secrets
from datetime import timedelta

from flask import current_app
from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import contains_eager
from sqlalchemy.orm.attributes import set_committed_value

from app.core.access import scoped
from app.core.db import utcnow
from app.extensions import db
from app.org.models import USER_AGENT_MAX_LENGTH, User, UserSession

TOUCH_INTERVAL = timedelta(minutes=1)
SECRET_BYTES = 32
_MAX_SECRET_LENGTH = 100  # what a cookie may claim before it is not even hashed


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _idle_cutoff():
    return utcnow() - current_app.permanent_session_lifetime


def open_session(user: User, user_agent: str, address: str | None) -> UserSession:
    """Start a session for `user` on this device; its `secret` is set only on the returned row.

    The user object is signed in with it from now on (its get_id() is the secret).
    """
    secret, now = secrets.token_urlsafe(SECRET_BYTES), utcnow()
    record = UserSession(user_id=user.id, secret_hash=hash_secret(secret),
                         created_at=now, last_seen_at=now,
                         # a header is the client's text: keep what can be shown and stored
                         user_agent="".join(c for c in user_agent or "" if c.isprintable())
                         [:USER_AGENT_MAX_LENGTH],
                         address=(address or None) and address[:45])
    db.session.add(record)
    db.session.flush()
    record.secret = secret
    user.current_session = record
    return record


def load_user(secret) -> User | None:
    """Flask-Login's loader: the active user of a live session with this secret, or None."""
    if not isinstance(secret, str) or not secret or len(secret) > _MAX_SECRET_LENGTH:
        return None
    record = db.session.scalars(
        select(UserSession)
        .join(UserSession.user)
        .options(contains_eager(UserSession.user))
        .where(UserSession.secret_hash == hash_secret(secret), UserSession.revoked_at.is_(None),
               UserSession.last_seen_at > _idle_cutoff(), User.active.is_(True))
    ).first()
    if record is None:
        return None
    _touch(record)
    record.secret = secret
    record.user.current_session = record
    return record.user


def _touch(record: UserSession) -> None:
    """Move last_seen_at to now when it is older than TOUCH_INTERVAL, in its own transaction."""
    now = utcnow()
    if record.last_seen_at > now - TOUCH_INTERVAL:
        return
    with db.engine.begin() as connection:
        connection.execute(
            update(UserSession)
            .where(UserSession.id == record.id, UserSession.last_seen_at <= now - TOUCH_INTERVAL)
            .values(last_seen_at=now))
    set_committed_value(record, "last_seen_at", now)


def live_sessions(user: User):
    """A select of the user's own sessions still in use, the latest used first."""
    return (scoped(select(UserSession), UserSession, user)
            .where(UserSession.revoked_at.is_(None), UserSession.last_seen_at > _idle_cutoff())
            .order_by(UserSession.last_seen_at.desc(), UserSession.id.desc()))


def revoke(record: UserSession) -> None:
    """End one session: its cookie, replayed or not, is no session from now on."""
    db.session.execute(
        update(UserSession)
        .where(UserSession.id == record.id, UserSession.revoked_at.is_(None))
        .values(revoked_at=utcnow()))


def revoke_all(user: User, keep: UserSession | None = None) -> None:
    """End every session of `user` (but `keep`) in one UPDATE."""
    query = update(UserSession).where(UserSession.user_id == user.id,
                                      UserSession.revoked_at.is_(None))
    if keep is not None:
        query = query.where(UserSession.id != keep.id)
    db.session.execute(query.values(revoked_at=utcnow()))


def prune() -> int:
    """Delete the rows of revoked and expired sessions; return how many went."""
    result = db.session.execute(
        delete(UserSession).where(or_(UserSession.revoked_at.is_not(None),
                                      UserSession.last_seen_at <= _idle_cutoff())))
    return result.rowcount
