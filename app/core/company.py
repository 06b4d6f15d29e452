"""The company's settings; every daily figure is a day in its time zone."""

from zoneinfo import ZoneInfo

from flask import current_app

from app.core.models import Company
from app.extensions import db

COMPANY_ID = 1


def get_company() -> Company:
    """The company row, created from the configured defaults on first use."""
    company = db.session.get(Company, COMPANY_ID)
    if company is None:
        company = Company(id=COMPANY_ID, name=current_app.config["COMPANY_NAME"],
                          timezone=current_app.config["COMPANY_TIMEZONE"])
        db.session.add(company)
        db.session.flush()
    return company


def company_zone() -> ZoneInfo:
    return ZoneInfo(get_company().timezone)
