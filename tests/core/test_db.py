"""Column types and database behaviour every domain relies on, on SQLite and PostgreSQL."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import DateTime, delete, literal, select
from sqlalchemy.exc import IntegrityError

from app.core.db import whole_days_between
from app.core.models import Notification
from app.org.models import OrgUnit


def test_foreign_keys_are_enforced_on_every_database(org, db):
    with pytest.raises(IntegrityError):
        db.session.execute(delete(OrgUnit).where(OrgUnit.id == org.team_a1.id))
        db.session.flush()
    db.session.rollback()


def test_times_go_in_as_any_zone_and_come_back_as_utc(org, db):
    beijing = timezone(timedelta(hours=8))
    note = Notification(recipient_id=org.rep_a1.id, kind="t", title="t",
                        created_at=datetime(2026, 11, 23, 8, 0, tzinfo=beijing))
    db.session.add(note)
    db.session.commit()
    db.session.expire_all()

    assert db.session.get(Notification, note.id).created_at == datetime(2026, 11, 23, 0, 0,
                                                                       tzinfo=UTC)


def test_naive_datetimes_are_refused(org, db):
    db.session.add(Notification(recipient_id=org.rep_a1.id, kind="t", title="t",
                                created_at=datetime(2026, 11, 23, 8, 0)))
    with pytest.raises(Exception, match="naive datetime"):
        db.session.flush()
    db.session.rollback()


DAY_END = datetime(2026, 3, 2)  # naive UTC, as UTCDateTime stores it
US = timedelta(microseconds=1)


@pytest.mark.parametrize(("later", "earlier", "days"), [
    (DAY_END, DAY_END - timedelta(days=1) + 400 * US, 0),  # 0.4 ms short of a day
    (DAY_END, DAY_END - timedelta(days=1) + US, 0),
    (DAY_END, DAY_END - timedelta(days=1), 1),
    (DAY_END, DAY_END - timedelta(days=1) - US, 1),
    (DAY_END, DAY_END - timedelta(days=2) + US, 1),
    (DAY_END + timedelta(seconds=1) - US, DAY_END - timedelta(days=1) + timedelta(seconds=1), 0),
    (DAY_END, DAY_END + US, -1),  # rounded down, not toward zero
    (DAY_END, DAY_END, 0),
])
def test_whole_days_are_counted_to_the_microsecond_on_every_database(db, later, earlier, days):
    counted = db.session.scalar(select(whole_days_between(literal(later, DateTime),
                                                          literal(earlier, DateTime))))

    assert counted == days
