"""Attempt counting for rules a decorator cannot express (e.g. per account, whatever the URL).

Counts live in Flask-Limiter's store (memory, or redis:// across workers), and an attempt is
counted before it is tried, so parallel attempts cannot slip past the limit.
"""

import math
import time

from flask import current_app
from limits import parse

from app.core.api import document_errors
from app.core.errors import RateLimited
from app.extensions import limiter


def hit(limit: str, *key: str) -> None:
    """Count one attempt under `key`; raise RateLimited (429) when it is over `limit`."""
    item = parse(limit)
    if not limiter.limiter.hit(item, *key):
        reset_at = limiter.limiter.get_window_stats(item, *key).reset_time
        retry_after = max(1, math.ceil(reset_at - time.time()))
        raise RateLimited(headers={"Retry-After": str(retry_after)})


def clear(limit: str, *key: str) -> None:
    """Forget the attempts counted under `key`."""
    limiter.limiter.clear(parse(limit), *key)


def documented_limit(limit):
    """A Flask-Limiter decorator (limiter.limit or shared_limit) whose 429 the view's OpenAPI
    operation lists."""
    return lambda view: document_errors(limit(view), 429)


# Writes from the public pages (visits, questions, bookings) per client address, shared by every
# package that serves them: generous, as phones on a carrier network share one address.
public_write_limit = documented_limit(limiter.shared_limit(
    lambda: current_app.config["PUBLIC_WRITE_LIMIT"], scope="public_shop_writes"))
