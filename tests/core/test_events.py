"""The activity log and its per-rep per-day counters."""

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.core import events
from app.core.events import check_counters, record_event, register_metrics
from app.core.models import ActivityEvent, DailyCounter


def counters(db, day):
    """(rep_id, metric) -> value, summed over org units."""
    totals: dict = {}
    for cell in db.session.scalars(select(DailyCounter).where(DailyCounter.day == day)):
        totals[(cell.rep_id, cell.metric)] = totals.get((cell.rep_id, cell.metric), 0) + cell.value
    return totals


def test_an_event_bumps_its_reps_counter_in_the_same_transaction(org, db):
    at = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)

    record_event("share", actor=org.rep_a1, object_type="product", object_id=7, at=at)
    record_event("share", actor=org.rep_a1, object_type="product", object_id=8, at=at)
    db.session.rollback()  # nothing was committed: the event and the counter go together

    assert db.session.scalars(select(ActivityEvent)).all() == []
    assert counters(db, date(2026, 11, 23)) == {}


def test_counters_count_per_rep_per_local_day(org, db):
    # 15:59 UTC is 23:59 in Shanghai; 16:00 UTC is the next day there.
    record_event("visit", actor=org.rep_a1, at=datetime(2026, 11, 22, 15, 59, tzinfo=UTC))
    record_event("visit", actor=org.rep_a1, at=datetime(2026, 11, 22, 16, 0, tzinfo=UTC))
    record_event("visit", actor=org.rep_a2, at=datetime(2026, 11, 22, 16, 30, tzinfo=UTC))
    db.session.commit()

    assert counters(db, date(2026, 11, 22)) == {(org.rep_a1.id, "visit"): 1}
    assert counters(db, date(2026, 11, 23)) == {(org.rep_a1.id, "visit"): 1,
                                                (org.rep_a2.id, "visit"): 1}
    event = db.session.scalars(select(ActivityEvent).order_by(ActivityEvent.id)).first()
    assert event.occurred_at == datetime(2026, 11, 22, 15, 59, tzinfo=UTC)  # stored as UTC
    assert event.org_unit_id == org.team_a1.id


def test_an_event_by_a_boss_counts_for_the_rep_it_credits(org, db, monkeypatch):
    monkeypatch.setattr(events, "_declared", dict(events._declared))
    events.declare_metric("guidance_comment", "督导")
    event = record_event("guidance_comment", actor=org.boss_a, rep=org.rep_a1,
                         at=datetime(2026, 11, 23, 3, 0, tzinfo=UTC))
    record_event("catalog_edit", actor=org.admin, at=datetime(2026, 11, 23, 3, 0, tzinfo=UTC))
    db.session.commit()

    assert event.actor_id == org.boss_a.id and event.rep_id == org.rep_a1.id
    assert counters(db, date(2026, 11, 23)) == {(org.rep_a1.id, "guidance_comment"): 1}


def test_a_rep_who_changes_team_leaves_the_mornings_figures_with_the_old_team(org, db):
    # Given rep B1 shares twice in team B1, then moves to team A1 and shares once more
    at = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
    record_event("share", actor=org.rep_b1, at=at)
    record_event("share", actor=org.rep_b1, at=at)
    org.rep_b1.org_unit_id = org.team_a1.id
    db.session.flush()
    record_event("share", actor=org.rep_b1, at=at)
    db.session.commit()

    # Then each team's cell holds the work done there, and the check agrees
    cells = {(c.org_unit_id, c.value) for c in db.session.scalars(select(DailyCounter))}
    assert cells == {(org.team_b1.id, 2), (org.team_a1.id, 1)}
    assert check_counters(date(2026, 11, 23))["drift"] == []


def test_registered_metrics_move_several_counters(org, db, monkeypatch):
    monkeypatch.setattr(events, "_metrics", dict(events._metrics))
    monkeypatch.setattr(events, "_declared", dict(events._declared))
    register_metrics("test.order_paid", lambda e: {"orders": 1, "revenue_fen": e.attrs["fen"]})
    events.declare_metric("orders", "订单")
    events.declare_metric("revenue_fen", "成交额", "fen")
    at = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)

    record_event("test.order_paid", actor=org.rep_a1, attrs={"fen": 12_900}, at=at)
    record_event("test.order_paid", actor=org.rep_a1, attrs={"fen": 100}, at=at)
    db.session.commit()

    assert counters(db, date(2026, 11, 23)) == {(org.rep_a1.id, "orders"): 2,
                                                (org.rep_a1.id, "revenue_fen"): 13_000}


def test_the_daily_check_reports_drift_and_repairs_it(org, db):
    day = date(2026, 11, 23)
    at = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
    for _ in range(3):
        record_event("share", actor=org.rep_a1, at=at)
    record_event("visit", actor=org.rep_b1, at=at)
    db.session.commit()
    # Given a counter that went wrong and one that should not exist
    cell = db.session.get(DailyCounter, (day, org.rep_a1.id, org.team_a1.id, "share"))
    cell.value = 5
    db.session.add(DailyCounter(day=day, rep_id=org.rep_a2.id, org_unit_id=org.team_a2.id,
                                metric="share", value=2))
    db.session.commit()

    report = check_counters(day)
    db.session.commit()

    assert report["drift"] == [
        {"rep_id": org.rep_a1.id, "org_unit_id": org.team_a1.id, "metric": "share",
         "stored": 5, "expected": 3},
        {"rep_id": org.rep_a2.id, "org_unit_id": org.team_a2.id, "metric": "share",
         "stored": 2, "expected": 0},
    ]
    assert counters(db, day) == {(org.rep_a1.id, "share"): 3, (org.rep_b1.id, "visit"): 1}
    assert check_counters(day)["drift"] == []


def test_concurrent_writers_keep_the_counter_exact(app, org, db):
    """Each thread is its own request: own app context, session and transaction."""
    import threading

    at = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
    rep_id = org.rep_a1.id
    errors = []

    def worker():
        try:
            with app.app_context():
                from app.org.models import User

                rep = db.session.get(User, rep_id)
                for _ in range(10):
                    record_event("share", actor=rep, at=at)
                    db.session.commit()
        except Exception as error:  # surfaced below
            errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert counters(db, date(2026, 11, 23)) == {(rep_id, "share"): 80}


def test_the_bumps_are_written_at_commit_and_a_rolled_back_savepoint_takes_its_own(org, db):
    at = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
    record_event("share", actor=org.rep_a1, at=at)
    record_event("share", actor=org.rep_a1, at=at)
    assert counters(db, date(2026, 11, 23)) == {}  # not before the commit
    with pytest.raises(RuntimeError), db.session.begin_nested():
        record_event("share", actor=org.rep_a1, at=at)
        raise RuntimeError("the savepoint rolls back")
    record_event("visit", actor=org.rep_a2, at=at)
    db.session.commit()

    assert counters(db, date(2026, 11, 23)) == {(org.rep_a1.id, "share"): 2,
                                                (org.rep_a2.id, "visit"): 1}
    assert check_counters(date(2026, 11, 23))["drift"] == []


def test_a_savepoint_that_fails_on_release_keeps_the_bumps_of_the_events_before_it(org, db):
    from sqlalchemy.exc import IntegrityError

    from app.customers.models import Customer

    at = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
    db.session.add(Customer(rep_id=org.rep_a1.id, anon_id="taken-anon-id-000"))
    db.session.commit()
    record_event("share", actor=org.rep_a1, at=at)
    # another tab made the same visitor first
    with pytest.raises(IntegrityError), db.session.begin_nested():
        db.session.add(Customer(rep_id=org.rep_a1.id, anon_id="taken-anon-id-000"))
    db.session.commit()

    assert counters(db, date(2026, 11, 23)) == {(org.rep_a1.id, "share"): 1}


def test_the_daily_check_in_the_transaction_of_fresh_events_sees_no_drift(org, db):
    at = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
    record_event("share", actor=org.rep_a1, at=at)
    assert check_counters(date(2026, 11, 23))["drift"] == []
    db.session.commit()

    assert counters(db, date(2026, 11, 23)) == {(org.rep_a1.id, "share"): 1}


def test_writers_bumping_the_same_counters_in_opposite_orders_do_not_deadlock(app, org, db):
    """The bumps are upserted in key order whatever order the events came in: on PostgreSQL
    two transactions taking the two rows in opposite orders would otherwise deadlock."""
    import threading

    at = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
    rep_id = org.rep_a1.id
    errors, start = [], threading.Barrier(2)

    def worker(verbs):
        try:
            with app.app_context():
                from app.org.models import User

                rep = db.session.get(User, rep_id)
                start.wait()
                for _ in range(20):
                    for verb in verbs:
                        record_event(verb, actor=rep, at=at)
                    db.session.commit()
        except Exception as error:  # surfaced below
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(verbs,))
               for verbs in (("share", "visit"), ("visit", "share"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert counters(db, date(2026, 11, 23)) == {(rep_id, "share"): 40, (rep_id, "visit"): 40}


def test_every_declared_metric_has_a_chinese_label_and_a_unit():
    metrics = events.declared_metrics()

    assert {"shelf.add", "visit", "visitor", "revenue", "commission"} <= {m.name for m in metrics}
    for metric in metrics:
        assert any("\u4e00" <= char <= "\u9fff" for char in metric.label), metric
        assert metric.unit in events.METRIC_UNITS, metric
    assert {m.name for m in metrics if m.unit == "fen"} == {"revenue", "commission"}


def test_a_verb_counting_an_undeclared_metric_fails_the_suite(org, db, monkeypatch):
    """Any test that records a new verb for a rep fails until its metric is declared, so no
    raw key (the homes showed `shelf.add`) reaches a dashboard."""
    with pytest.raises(LookupError, match="brand_new_verb"):
        record_event("brand_new_verb", actor=org.rep_a1)
    db.session.rollback()

    monkeypatch.setattr(events, "_declared", dict(events._declared))
    events.declare_metric("brand_new_verb", "新动作")
    record_event("brand_new_verb", actor=org.rep_a1)  # declared: counted
    record_event("hq_only_verb", actor=org.admin)  # counted for nobody: nothing to declare
