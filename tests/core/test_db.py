"""Column types and database behaviour every domain relies on, on SQLite and PostgreSQL."""

import threading
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import DateTime, delete, insert, literal, select, text
from sqlalchemy.exc import IntegrityError

from app.core.db import clock_at, utcnow, whole_days_between
from app.core.models import Notification
from app.jobs.models import JobLease
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


def test_a_writer_that_began_by_reading_waits_for_another_writer_instead_of_failing(app, db):
    """On SQLite a transaction that began by reading (the RFM job fills a temporary table from
    orders, then writes) took "database is locked" at once when another writer came between,
    whatever the busy timeout: it failed the first RFM run of every fresh `make run`."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL has no read-snapshot upgrade to refuse")
    engine = db.engine
    done = threading.Event()

    def other_writer():
        with engine.connect() as connection:
            connection.execute(insert(JobLease).values(job_id="other"))
            connection.commit()
        done.set()

    with engine.connect() as connection:
        # Given a transaction that so far only read the main database
        connection.execute(text("CREATE TEMP TABLE scratch (n INTEGER)"))
        connection.execute(text("INSERT INTO scratch SELECT count(*) FROM job_lease"))
        # When another connection writes meanwhile
        thread = threading.Thread(target=other_writer)
        thread.start()
        done.wait(timeout=1)
        # Then this transaction still writes (the other writer waits for it, then writes too)
        try:
            connection.execute(insert(JobLease).values(job_id="first"))
            connection.commit()
        finally:
            connection.rollback()
            connection.execute(text("DROP TABLE temp.scratch"))
            thread.join(timeout=40)
    assert done.is_set()
    assert set(db.session.scalars(select(JobLease.job_id))) == {"first", "other"}


def test_the_clock_can_be_set_for_a_block_and_stamps_read_it(org, db):
    moment = datetime(2026, 11, 2, 1, 30, tzinfo=timezone(timedelta(hours=8)))

    with clock_at(moment):
        assert utcnow() == moment and utcnow().tzinfo == UTC
        note = Notification(recipient_id=org.rep_a1.id, kind="t", title="t")
        db.session.add(note)
        db.session.flush()

    assert note.created_at == moment
    assert abs(utcnow() - datetime.now(UTC)) < timedelta(seconds=5)
    with pytest.raises(ValueError, match="naive"), clock_at(datetime(2026, 11, 2)):
        pass
