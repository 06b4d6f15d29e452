"""The nightly snapshot of the customer book counts each rep's customers as the raw rows say."""

from collections import Counter
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select, update

from app.clients import services, stages
from app.clients.models import CustomerSnapshot
from app.clients.rfm import compute_flags, compute_segments
from app.clients.snapshots import take_snapshot
from app.core.db import utcnow
from app.customers.models import Customer
from app.extensions import db
from app.jobs import runner
from app.jobs.registry import get_job
from tests.clients.builders import book_facts, tagged, vocabulary
from tests.shop.builders import customer_of, move, order, save

DAY = date(2026, 11, 23)


def snapshot_rows(day: date = DAY) -> dict[tuple, int]:
    return {(row.rep_id, row.org_unit_id, row.dimension, row.key): row.count
            for row in db.session.scalars(select(CustomerSnapshot)
                                          .where(CustomerSnapshot.day == day))}


def expected_rows(facts: list[dict]) -> dict[tuple, int]:
    """The snapshot worked out from each customer's facts."""
    counted = Counter()
    for fact in facts:
        cell = (fact["rep_id"], fact["unit_id"])
        counted[(*cell, "total", "all")] += 1
        counted[(*cell, "stage", fact["stage"])] += 1
        counted[(*cell, "peak", fact["peak"])] += 1
        if fact["segment"]:
            counted[(*cell, "segment", fact["segment"])] += 1
        for flag in fact["flags"]:
            counted[(*cell, "flag", flag)] += 1
        for tag_id in fact["tags"]:
            counted[(*cell, "tag", str(tag_id))] += 1
        if fact["stale"]:
            counted[(*cell, "stale", "stale")] += 1
    return dict(counted)


def paid_order(rep, customer):
    return move(order(rep, customer), "pay", actor=rep)


def a_book(org):
    """Two reps' customers at every stage, tagged, segmented, flagged, one stale."""
    tags = vocabulary(org.admin, {"兴趣": ["茶", "酒"], "来源": ["展会"]})
    rep, other = org.rep_a1, org.rep_b1
    visitor = tagged(rep, customer_of(rep), tags["茶"])
    called = customer_of(rep)
    services.log_follow_up(rep, called, kind="call", content="回访")  # reached
    stages.set_stage(rep, called, "deal", "线下成交")
    stages.set_stage(rep, called, "interested", "退回：订单作废")  # peak stays 成交
    buyer = customer_of(rep)
    paid_order(rep, buyer)
    paid_order(rep, buyer)  # repeat
    tagged(rep, buyer, tags["茶"], tags["展会"])
    paid_order(other, customer_of(other))
    forgotten = customer_of(other)
    db.session.execute(update(Customer).where(Customer.id == forgotten.id)
                       .values(created_at=utcnow() - timedelta(days=40)))
    save()
    compute_segments(utcnow())
    compute_flags(utcnow())
    save()
    return visitor, called, buyer, forgotten


def test_the_snapshot_counts_each_reps_book_by_every_dimension(org):
    # given two reps' customers at several stages, with tags, segments and a stale one
    visitor, called, buyer, forgotten = a_book(org)

    # when the snapshot is taken
    take_snapshot(DAY)
    db.session.commit()

    # then each rep's rows count what the raw rows say
    rows = snapshot_rows()
    assert rows == expected_rows(book_facts(utcnow()))
    rep, unit = org.rep_a1.id, org.team_a1.id
    assert rows[(rep, unit, "total", "all")] == 3
    assert rows[(rep, unit, "stage", "interested")] == 1  # set back by hand ...
    assert rows[(rep, unit, "peak", "deal")] == 1  # ... yet it reached 成交
    assert rows[(rep, unit, "peak", "repeat")] == 1
    assert rows[(org.rep_b1.id, org.team_b1.id, "stale", "stale")] == 1
    assert sum(count for (_, _, dimension, _), count in rows.items()
               if dimension == "segment") == 2  # the two buyers


def test_taking_a_days_snapshot_again_replaces_it(org):
    # given a book and its snapshot of the day
    visitor, *_ = a_book(org)
    take_snapshot(DAY)
    take_snapshot(DAY - timedelta(days=1))
    db.session.commit()
    first = snapshot_rows()

    # when it is taken twice more, once after a change
    take_snapshot(DAY)
    db.session.commit()
    again = snapshot_rows()
    services.log_follow_up(org.rep_a1, visitor, kind="call", content="回访")
    take_snapshot(DAY)
    db.session.commit()

    # then a rerun writes the same rows, and after the change the day shows the new book only
    assert again == first
    rows = snapshot_rows()
    cell = (org.rep_a1.id, org.team_a1.id)
    assert rows[(*cell, "stage", "reached")] == first.get((*cell, "stage", "reached"), 0) + 1
    assert rows[(*cell, "total", "all")] == first[(*cell, "total", "all")] == 3
    assert rows == expected_rows(book_facts(utcnow()))
    assert snapshot_rows(DAY - timedelta(days=1)) == first  # the day before is kept


def test_the_nightly_job_snapshots_its_run_day_after_the_segments(app, org):
    # given a customer; the job runs after RFM_AT
    customer_of(org.rep_a1)
    job = get_job("customer_snapshot")
    assert app.config["CUSTOMER_SNAPSHOT_AT"] > app.config["RFM_AT"]

    # when the scheduler runs it on the night of DAY
    at = datetime(2026, 11, 23, 3, 20, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert runner.run_job(app, job, now=at) == "ran"

    # then that day's snapshot holds the customer
    assert snapshot_rows()[(org.rep_a1.id, org.team_a1.id, "total", "all")] == 1
