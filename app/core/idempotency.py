"""Idempotent creates: a retry sent with the same `Idempotency-Key` gets the first answer.

A phone on a poor network resends an order it never saw answered; with the key, the resend
creates nothing and answers what the first request answered. `@idempotent(name, per=...)` on a
route reads the optional header and, before the view runs, claims (scope, key) by inserting a
row in the request's own transaction; after the view it keeps the response's status and body in
that row. The request's one commit (core.transactions) writes the row with whatever the view
created, and a refused or failed request leaves no row, so its key may be sent again.

A retry while the first request is still running waits on the first one's row (PostgreSQL's
unique key, SQLite's write lock) and then answers from it: every retry gets the first
response (same status and body, with `Idempotent-Replayed: true`; the first one's other
headers, such as a cookie it set, are not kept), never a second create nor an "in progress"
error. The same key with a different request (body or path) is 422
`idempotency_key_reused`. A key is kept `KEEP` (24 hours): the prune job deletes older rows,
and an older key counts as new.

Keys are scoped by the route's `name` and, where the caller is known for sure, by `per()` (a
signed-in user's id), so one user never sees another's answer. Without `per` the key alone
names the attempt: right for the public order, whose first attempt may come before the visitor
has a cookie and its retry after; a replay needs the very same body there, so it tells whoever
sends it nothing they did not send but the order's number.
"""

import hashlib
import json
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import wraps

from flask import Response, after_this_request, request
from sqlalchemy import delete, update

from app.core.db import dialect_insert, utcnow
from app.core.errors import ValidationError
from app.core.models import IdempotencyKey
from app.extensions import db

HEADER = "Idempotency-Key"
KEY = re.compile(r"[A-Za-z0-9_-]{8,64}")
KEEP = timedelta(hours=24)

# The header as OpenAPI documents it, beside the parameters of the route's own arguments.
PARAMETER = {
    "in": "header", "name": HEADER, "required": False,
    "schema": {"type": "string", "pattern": f"^{KEY.pattern}$"},
    "description": "One per create attempt (e.g. a random UUID), the same on every retry of "
                   "it: a retry within 24 hours answers the first response (header "
                   "Idempotent-Replayed: true) and creates nothing; the same key with a "
                   "different body is 422 idempotency_key_reused.",
}


def idempotent(name: str, per: Callable[[], str] | None = None):
    """Route decorator: answer a retry with the same Idempotency-Key from the first response.

    `name` names the route (the scope of its keys) and `per()`, if given, the caller within it.
    """

    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            key = request.headers.get(HEADER)
            if key is None:
                return view(*args, **kwargs)
            if not KEY.fullmatch(key):
                raise ValidationError(fields={HEADER: ["应为 8-64 位字母、数字、下划线或横线"]})
            scope, digest, now = f"{name}:{per() if per else ''}", request_hash(), utcnow()
            if not _claim(scope, key, digest, now):
                return _replay(scope, key, digest)

            @after_this_request
            def keep(response: Response) -> Response:
                if response.status_code < 400:  # else the request rolls back, claim and all
                    db.session.execute(
                        update(IdempotencyKey)
                        .where(IdempotencyKey.scope == scope, IdempotencyKey.key == key)
                        .values(status=response.status_code, body=response.get_data(as_text=True)))
                return response

            return view(*args, **kwargs)

        # Documented the way flask-smorest's own @arguments records a parameter.
        wrapper._apidoc = {**getattr(view, "_apidoc", {})}
        arguments = dict(wrapper._apidoc.get("arguments", {}))
        arguments["parameters"] = [*arguments.get("parameters", []), PARAMETER]
        wrapper._apidoc["arguments"] = arguments
        return wrapper

    return decorator


def request_hash() -> str:
    """What makes two requests the same: method, path and body (JSON compared as data)."""
    body = request.get_json(silent=True)
    text = (json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
            if body is not None else request.get_data().decode("latin-1"))
    return hashlib.sha256(f"{request.method} {request.path}\n{text}".encode()).hexdigest()


def _claim(scope: str, key: str, digest: str, now: datetime) -> bool:
    """Insert the key's row, or take over one older than KEEP; False when it is in use.

    The insert waits while a concurrent request holds the same key, until that one commits
    (then this finds its row) or rolls back (then this claims it).
    """
    fresh = {"request_hash": digest, "status": None, "body": None, "created_at": now}
    stmt = (dialect_insert(db.session)(IdempotencyKey)
            .values(scope=scope, key=key, **fresh)
            .on_conflict_do_update(index_elements=["scope", "key"], set_=fresh,
                                   where=IdempotencyKey.created_at < now - KEEP)
            .returning(IdempotencyKey.key))
    return db.session.execute(stmt).first() is not None


def _replay(scope: str, key: str, digest: str) -> Response:
    kept = db.session.get(IdempotencyKey, (scope, key))
    if kept.request_hash != digest:
        raise ValidationError("该请求标识已用于另一份不同的提交，请刷新页面后重试",
                              code="idempotency_key_reused",
                              fields={HEADER: ["已用于另一份不同的提交"]})
    return Response(kept.body, status=kept.status, mimetype="application/json",
                    headers={"Idempotent-Replayed": "true"})


def prune(now: datetime) -> int:
    """Forget keys older than KEEP; returns how many."""
    return db.session.execute(
        delete(IdempotencyKey).where(IdempotencyKey.created_at < now - KEEP)).rowcount
