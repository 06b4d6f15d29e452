"""The jobs process: leases make every run happen once, however many schedulers run."""

import os
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert, select, text

from app.core.db import SQLITE_BUSY_TIMEOUT_MS
from app.core.events import record_event
from app.core.models import DailyCounter
from app.extensions import db as _db
from app.jobs import runner
from app.jobs.models import JobLease, JobRun
from app.jobs.registry import JOBS, Job, get_job

COUNTER = {"runs": 0, "days": []}
EXPLODE = {"times": 0}


def count_run(day):
    COUNTER["runs"] += 1
    COUNTER["days"].append(day)
    return {"runs": COUNTER["runs"]}


def explode(day):
    if EXPLODE["times"]:
        EXPLODE["times"] -= 1
        raise RuntimeError("boom")
    return {"ok": True}


LOCKED = {"times": 0, "attempts": 0}


@contextmanager
def held_by_another_writer():
    """Another connection holds the job_lease table, and this session waits for it briefly:
    a real lock conflict, on SQLite ("database is locked") and PostgreSQL (lock timeout)."""
    sqlite = _db.engine.dialect.name == "sqlite"
    with _db.engine.connect() as other:
        if sqlite:
            other.exec_driver_sql("BEGIN IMMEDIATE")
            mine = _db.session.connection().connection.dbapi_connection
            mine.execute("PRAGMA busy_timeout=50")
        else:
            other.execute(text("LOCK TABLE job_lease IN EXCLUSIVE MODE"))
            _db.session.execute(text("SET LOCAL lock_timeout = '50ms'"))
        try:
            yield
        finally:
            other.rollback()
            if sqlite:
                mine.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")


def write_past_a_lock(day):
    """Writes a row; its first LOCKED["times"] attempts meet another writer's lock."""
    LOCKED["attempts"] += 1
    if LOCKED["times"]:
        LOCKED["times"] -= 1
        with held_by_another_writer():
            _db.session.execute(insert(JobLease).values(job_id="written"))
    _db.session.execute(insert(JobLease).values(job_id="written"))
    return {"attempts": LOCKED["attempts"]}


def shanghai(text: str) -> datetime:
    """A moment given as Shanghai wall-clock time."""
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo("Asia/Shanghai"))


DAILY = Job("test_daily", "tests.jobs.test_runner:count_run", daily_at="03:00")
FAILING = Job("test_failing", "tests.jobs.test_runner:explode", daily_at="03:00")
LOCKING = Job("test_locking", "tests.jobs.test_runner:write_past_a_lock", daily_at="03:00")


@pytest.fixture(autouse=True)
def reset_counter():
    COUNTER.update(runs=0, days=[])
    EXPLODE["times"] = 0
    LOCKED.update(times=0, attempts=0)


def test_a_daily_job_runs_once_per_day(app, db):
    morning = shanghai("2026-11-23T09:00")

    assert runner.run_job(app, DAILY, holder="a", now=morning) == "ran"
    assert runner.run_job(app, DAILY, holder="b", now=morning) == "skipped"
    assert runner.run_job(app, DAILY, holder="a", now=morning + timedelta(hours=8)) == "skipped"
    assert runner.run_job(app, DAILY, holder="b", now=morning + timedelta(days=1)) == "ran"

    assert COUNTER["days"] == [date(2026, 11, 23), date(2026, 11, 24)]
    runs = db.session.scalars(select(JobRun).order_by(JobRun.id)).all()
    assert [(r.status, r.holder, r.run_key) for r in runs] == [
        ("ok", "a", "2026-11-23"), ("ok", "b", "2026-11-24")]


def test_before_its_time_a_daily_job_catches_up_the_previous_day(app, db):
    """A scheduler that was down at 03:00 runs yesterday's run when it comes back."""
    assert runner.run_job(app, DAILY, now=shanghai("2026-11-23T01:00")) == "ran"
    assert runner.run_job(app, DAILY, now=shanghai("2026-11-23T02:59")) == "skipped"
    assert runner.run_job(app, DAILY, now=shanghai("2026-11-23T03:00")) == "ran"

    assert COUNTER["days"] == [date(2026, 11, 22), date(2026, 11, 23)]


def test_a_crashed_run_is_retried_once_its_lease_runs_out(app, db):
    with app.app_context():
        now = shanghai("2026-11-23T09:00")
        # Given process a claimed today's run and died without releasing the lease
        assert runner.claim(DAILY, "2026-11-23", "a", now, 600)
        assert runner.run_job(app, DAILY, holder="b", now=now + timedelta(seconds=60)) == \
            "skipped"
        # Then b runs it once a's lease has run out
        assert runner.run_job(app, DAILY, holder="b", now=now + timedelta(seconds=601)) == "ran"


def test_a_held_lease_blocks_other_holders(app, db):
    with app.app_context():
        now = datetime.now(UTC)
        assert runner.claim(DAILY, "k1", "a", now, 600)
        assert not runner.claim(DAILY, "k2", "b", now, 600)  # a still holds it
        assert runner.claim(DAILY, "k2", "b", now + timedelta(seconds=601), 600)  # expired


def test_a_failed_run_is_recorded_and_retried_until_it_succeeds(app, db):
    EXPLODE["times"] = 2
    now = shanghai("2026-11-23T09:00")

    outcomes = [runner.run_job(app, FAILING, holder="a", now=now) for _ in range(4)]

    assert outcomes == ["failed", "failed", "ran", "skipped"]
    runs = db.session.scalars(select(JobRun).where(JobRun.job_id == "test_failing")).all()
    assert [r.status for r in runs] == ["failed", "failed", "ok"]
    assert "boom" in runs[0].detail
    assert db.session.get(JobLease, "test_failing").done_key == "2026-11-23"


def test_a_run_that_meets_a_locked_database_is_tried_again_not_failed(app, db, monkeypatch):
    """The first RFM run of a fresh demo met the seed's (or another job's) write lock and
    failed; the guidance pages had no segments until a later firing."""
    monkeypatch.setitem(app.config, "JOBS_LOCK_BACKOFF_SECONDS", 0.01)
    LOCKED["times"] = 2

    assert runner.run_job(app, LOCKING, now=shanghai("2026-11-23T09:00")) == "ran"

    assert LOCKED["attempts"] == 3
    runs = db.session.scalars(select(JobRun).where(JobRun.job_id == "test_locking")).all()
    assert [(r.status, r.detail) for r in runs] == [("ok", '{"attempts": 3}')]
    assert db.session.get(JobLease, "written") is not None


def test_a_run_locked_out_past_its_retries_fails_and_is_retried_at_the_next_firing(
        app, db, monkeypatch):
    monkeypatch.setitem(app.config, "JOBS_LOCK_BACKOFF_SECONDS", 0.01)
    monkeypatch.setitem(app.config, "JOBS_LOCK_RETRIES", 1)
    LOCKED["times"] = 2
    now = shanghai("2026-11-23T09:00")

    assert runner.run_job(app, LOCKING, now=now) == "failed"
    assert runner.run_job(app, LOCKING, now=now + timedelta(minutes=5)) == "ran"

    runs = db.session.scalars(select(JobRun).where(JobRun.job_id == "test_locking")
                              .order_by(JobRun.id)).all()
    assert [r.status for r in runs] == ["failed", "ok"]
    assert "OperationalError" in runs[0].detail


def test_old_job_history_is_pruned(app, db):
    old = JobRun(job_id="x", run_key="1", holder="a", status="ok",
                 started_at=datetime.now(UTC) - timedelta(days=15))
    recent = JobRun(job_id="x", run_key="2", holder="a", status="ok",
                    started_at=datetime.now(UTC) - timedelta(days=1))
    db.session.add_all([old, recent])
    db.session.commit()

    assert runner.run_job(app, get_job("job_history_prune")) == "ran"

    assert [r.run_key for r in db.session.scalars(select(JobRun).where(JobRun.job_id == "x"))] \
        == ["2"]


def test_every_registered_job_resolves_to_a_function():
    for job in JOBS:
        assert callable(runner.resolve(job)), job.id
        assert bool(job.daily_at) != bool(job.every), job.id


def test_counters_check_job_repairs_the_day_before(app, org, db):
    record_event("share", actor=org.rep_a1, at=shanghai("2026-11-22T15:00"))
    db.session.commit()
    cell = db.session.scalars(select(DailyCounter)).one()
    cell.value = 42
    db.session.commit()

    assert runner.run_job(app, get_job("counters_check"), now=shanghai("2026-11-23T03:00")) == \
        "ran"

    assert db.session.scalars(select(DailyCounter)).one().value == 1
    run = db.session.scalars(select(JobRun)).one()
    assert '"stored": 42' in run.detail


def read_lines(stream, sink):
    for line in stream:
        sink.append(line)


@pytest.mark.slow
def test_two_scheduler_processes_run_the_daily_job_once(app, org, db):
    env = {**os.environ, "APP_ENV": "testing", "LOG_LEVEL": "DEBUG",  # skips log at DEBUG
           "TEST_DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"]}
    command = [sys.executable, "-m", "flask", "--app", "wsgi", "jobs", "run", "--fire-now",
               "--only", "counters_check"]
    processes, outputs = [], []
    for _ in range(2):
        process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True,
                                   cwd=app.root_path + "/..")
        lines: list[str] = []
        threading.Thread(target=read_lines, args=(process.stderr, lines), daemon=True).start()
        processes.append(process)
        outputs.append(lines)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if all(any("job counters_check" in line for line in lines) for lines in outputs):
                break
            time.sleep(0.2)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=10)

    verdicts = sorted(next(line for line in lines if "job counters_check" in line)
                      .split("job counters_check ")[1].split(":")[0] for lines in outputs)
    assert verdicts == ["ran", "skipped"]
    runs = db.session.scalars(select(JobRun).where(JobRun.job_id == "counters_check")).all()
    assert len(runs) == 1 and runs[0].status == "ok"
