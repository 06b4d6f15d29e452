"""The company's settings; every daily figure is a day in its time zone."""

from zoneinfo import ZoneInfo

from flask import current_app

from app.core.cache import process_cache
from app.core.db import upsert, utcnow
from app.core.models import Company
from app.extensions import db

COMPANY_ID = 1


def get_company() -> Company:
    """The company row, created from the configured defaults on first use."""
    company = db.session.get(Company, COMPANY_ID)
    if company is None:
        # Concurrent first requests may race here: insert-or-nothing, then read.
        now = utcnow()
        upsert(db.session, Company, [{
            "id": COMPANY_ID, "name": current_app.config["COMPANY_NAME"],
            "timezone": current_app.config["COMPANY_TIMEZONE"], "created_at": now,
            "updated_at": now}], keys=["id"])
        company = db.session.get(Company, COMPANY_ID)
    # The session's identity map holds rows weakly: without a reference the row is gone once
    # the caller has read its time zone, and the next "today" of the request reads it again.
    db.session.info["company"] = company
    return company


def company_zone() -> ZoneInfo:
    """The company's time zone, kept per process and read again at most every
    COMPANY_CACHE_SECONDS: nearly every request asks what day it is, and the zone hardly ever
    changes (a change shows in every worker within that time)."""
    cache = process_cache("company_zone", "COMPANY_CACHE_SECONDS", size=1)
    return ZoneInfo(cache.kept(COMPANY_ID, lambda: get_company().timezone))
