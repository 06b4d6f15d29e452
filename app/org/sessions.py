"""Signed-in sessions, kept on the server so that ending one really ends it.

The session cookie (signed by Flask) carries a random secret; the `user_session` row keeps only
its SHA-256 (the secret has 256 bits, so a fast hash is enough and a copy of the database opens
no session). Every request that asks who is signed in checks the row joined with its user, one
indexed read: a revoked or unknown row, a disabled user, or a row idle longer than
PERMANENT_SESSION_LIFETIME (the cookie's own lifetime, renewed as it is used) is no session.
`last_seen_at` is written at most once a TOUCH_INTERVAL per session, by a conditional UPDATE
in a transaction of its own: a read stays a read, and a slow request holds no lock for it.

Each process keeps what the read found for SESSION_CHECK_SECONDS (a boss's page polling,
a phone loading a screen's five calls): within it a request reads nothing, so a signed-in
answer kept in memory (the boss view) costs no database round trip. Ending a session, or a
change to a user or an org unit, forgets what this process kept as soon as it commits; another
process sees it within SESSION_CHECK_SECONDS.
"""

import hashlib
import secrets
from datetime import timedelta
from typing import NamedTuple

from flask import current_app, has_app_context
from sqlalchemy import bindparam, delete, event, inspect, or_, select, update
from sqlalchemy.orm import Session, contains_eager, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.instrumentation import manager_of_class

from app.core.access import scoped
from app.core.cache import CheckedCache, process_cache
from app.core.db import utcnow
from app.core.sessions import renew
from app.extensions import db
from app.org.models import USER_AGENT_MAX_LENGTH, OrgUnit, User, UserSession

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


# Built once: every signed-in request runs it, and building it costs as much as running it.
_LIVE_SESSION = (
    select(UserSession)
    .join(UserSession.user)
    .options(contains_eager(UserSession.user))
    .where(UserSession.secret_hash == bindparam("secret_hash"), UserSession.revoked_at.is_(None),
           UserSession.last_seen_at > bindparam("idle_cutoff"), User.active.is_(True)))


class _Found(NamedTuple):
    """The columns of a live session, its user and their unit, as the check read them."""

    session: dict
    user: dict
    unit: dict | None

    @classmethod
    def of(cls, record: UserSession) -> "_Found":
        return cls(_columns(record), _columns(record.user),
                   record.user.org_unit and _columns(record.user.org_unit))

    def attach(self) -> UserSession | None:
        """The session row with its user and unit in this request's session, read from
        nothing: each object as a query would have loaded it. None when they must be read
        again: the session's last use is due to be written, or the request holds one of them
        already (and may have changed it)."""
        if _touch_due(self.session["last_seen_at"]):
            return None
        record, user = _as_loaded(UserSession, self.session), _as_loaded(User, self.user)
        unit = self.unit and _as_loaded(OrgUnit, self.unit)
        if any(inspect(obj).key in db.session.identity_map for obj in (record, user, unit) if obj):
            return None
        set_committed_value(user, "org_unit", unit)
        set_committed_value(record, "user", user)
        db.session.add(record)
        return record


def _columns(obj) -> dict:
    return {attr.key: getattr(obj, attr.key) for attr in inspect(obj).mapper.column_attrs}


def _as_loaded(model, columns: dict):
    """An object of `model` with these columns as a query loads it (state filled in, no
    change history; merge() would copy it again at twice the cost)."""
    obj = manager_of_class(model).new_instance()
    obj.__dict__.update(columns)
    make_transient_to_detached(obj)
    return obj


def _checked() -> CheckedCache:
    return process_cache("user_sessions", "SESSION_CHECK_SECONDS")


def load_user(secret) -> User | None:
    """Flask-Login's loader: the active user of a live session with this secret, or None."""
    if not isinstance(secret, str) or not secret or len(secret) > _MAX_SECRET_LENGTH:
        return None
    key, read = hash_secret(secret), []

    def check() -> _Found | None:
        record = db.session.scalars(_LIVE_SESSION, {"secret_hash": key,
                                                    "idle_cutoff": _idle_cutoff()}).first()
        if record is None:
            return None
        _touch(record)
        read.append(record)
        return _Found.of(record)

    cache = _checked()
    found = cache.kept(key, check)
    if found is None:
        return None
    record = read[0] if read else found.attach()
    if record is None:
        cache.discard(key)
        if cache.kept(key, check) is None:
            return None
        record = read[0]
    record.secret = secret
    record.user.current_session = record
    return record.user


_FORGET = "forget_checked_sessions"  # session.info: what this process kept is out of date
# What a sign-in or any write stamps on a user, which changes nothing a session check keeps.
_STAMPS = {"last_login_at", "updated_at"}


@event.listens_for(User, "after_update")
@event.listens_for(OrgUnit, "after_update")
@event.listens_for(User, "after_delete")
@event.listens_for(OrgUnit, "after_delete")
def _note_change(mapper, connection, target) -> None:
    state = inspect(target)
    if state.deleted or any(attr.history.has_changes() for attr in state.attrs
                            if attr.key not in _STAMPS):
        state.session.info[_FORGET] = True


@event.listens_for(Session, "after_commit")
def _forget_checked(session) -> None:
    """Once a change to sessions, users or units is committed, this process checks again."""
    if session.in_nested_transaction():
        return  # a savepoint released: the change is not committed yet
    if session.info.pop(_FORGET, False) and has_app_context():
        _checked().clear()


@event.listens_for(Session, "after_soft_rollback")
def _keep_checked(session, previous_transaction) -> None:
    if not session.in_transaction():
        session.info.pop(_FORGET, None)  # rolled back: nothing changed


def _touch(record: UserSession) -> None:
    """Move last_seen_at to now when it is older than TOUCH_INTERVAL, in its own transaction,
    and renew the cookie with it: both then end at the same time."""
    if not _touch_due(record.last_seen_at):
        return
    now = utcnow()
    with db.engine.begin() as connection:
        connection.execute(
            update(UserSession)
            .where(UserSession.id == record.id, UserSession.last_seen_at <= now - TOUCH_INTERVAL)
            .values(last_seen_at=now))
    set_committed_value(record, "last_seen_at", now)
    renew()


def _touch_due(last_seen_at) -> bool:
    return last_seen_at <= utcnow() - TOUCH_INTERVAL


def live_sessions(user: User):
    """A select of the user's own sessions still in use, the latest used first."""
    return (scoped(select(UserSession), UserSession, user)
            .where(UserSession.revoked_at.is_(None), UserSession.last_seen_at > _idle_cutoff())
            .order_by(UserSession.last_seen_at.desc(), UserSession.id.desc()))


def revoke(record: UserSession) -> None:
    """End one session: its cookie, replayed or not, is no session from now on (in another
    process, within SESSION_CHECK_SECONDS)."""
    db.session.info[_FORGET] = True
    db.session.execute(
        update(UserSession)
        .where(UserSession.id == record.id, UserSession.revoked_at.is_(None))
        .values(revoked_at=utcnow()))


def revoke_all(user: User, keep: UserSession | None = None) -> None:
    """End every session of `user` (but `keep`) in one UPDATE."""
    db.session.info[_FORGET] = True
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
