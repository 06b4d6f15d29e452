"""The visitor cookie: how the public pages know a returning visitor without a login.

The server issues every visitor id and signs it; a cookie that is missing, malformed or not
signed by us counts as no cookie, so a client can neither pick its id nor take another's.
"""

import re

from flask import after_this_request, current_app, request
from itsdangerous import BadSignature, Signer

from app.customers.models import Customer
from app.customers.services import find_customer

COOKIE_SECONDS = 2 * 365 * 24 * 3600
ANON_ID = re.compile(r"[A-Za-z0-9_-]{16,32}")


def _signer() -> Signer:
    return Signer(current_app.secret_key, salt="visitor-id")


def visitor_anon_id() -> str | None:
    """The anonymous id this request's cookie carries, if the server issued it; else None."""
    raw = request.cookies.get(current_app.config["VISITOR_COOKIE_NAME"])
    if not raw or len(raw) > 128:
        return None
    try:
        anon_id = _signer().unsign(raw).decode()
    except (BadSignature, UnicodeDecodeError):
        return None
    return anon_id if ANON_ID.fullmatch(anon_id) else None


def current_visitor() -> Customer | None:
    return find_customer(visitor_anon_id())


def remember_visitor(customer: Customer) -> None:
    """Set the signed visitor cookie on this response (first-party, not readable by scripts)."""
    value = _signer().sign(customer.anon_id).decode()

    @after_this_request
    def set_cookie(response):
        response.set_cookie(current_app.config["VISITOR_COOKIE_NAME"], value,
                            max_age=COOKIE_SECONDS, httponly=True, samesite="Lax",
                            secure=current_app.config["VISITOR_COOKIE_SECURE"])
        return response
