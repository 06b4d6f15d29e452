"""Fixtures of the shop tests: the test price adjusters and their seat table."""

import pytest

from app.shop import pricing
from tests.shop.adjusters import (
    TEST_TABLES,
    CouponAdjuster,
    RefusingAdjuster,
    SeatAdjuster,
    seat,
)


@pytest.fixture
def seats(db):
    """The seat tables, with seat 1 holding two places."""
    TEST_TABLES.create_all(db.engine)
    db.session.execute(seat.insert().values(id=1, seats_left=2))
    db.session.commit()
    yield
    db.session.rollback()
    TEST_TABLES.drop_all(db.engine)


@pytest.fixture
def adjusters(monkeypatch, seats):
    """Only the test adjusters are registered, in this order: group, coupon, guard."""
    monkeypatch.setattr(pricing, "ADJUSTERS", {})
    pricing.register_adjuster("group", SeatAdjuster())
    pricing.register_adjuster("coupon", CouponAdjuster())
    pricing.register_adjuster("guard", RefusingAdjuster())
