"""The jobs process: leases make every run happen once, however many schedulers run."""

import os
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.core.events import record_event
from app.core.models import DailyCounter
from app.jobs import runner
from app.jobs.models import JobLease, JobRun
from app.jobs.registry import JOBS, Job, get_job

COUNTER = {"runs": 0}


def count_run():
    COUNTER["runs"] += 1
    return {"runs": COUNTER["runs"]}


def explode():
    raise RuntimeError("boom")


DAILY = Job("test_daily", "tests.jobs.test_runner:count_run", daily_at="03:00")
FAILING = Job("test_failing", "tests.jobs.test_runner:explode", daily_at="03:00")


@pytest.fixture(autouse=True)
def reset_counter():
    COUNTER["runs"] = 0


def test_a_daily_job_runs_once_per_day(app, db):
    assert runner.run_job(app, DAILY, holder="a") == "ran"
    assert runner.run_job(app, DAILY, holder="b") == "skipped"
    assert runner.run_job(app, DAILY, holder="a") == "skipped"

    assert COUNTER["runs"] == 1
    run = db.session.scalars(select(JobRun)).one()
    assert run.status == "ok" and run.holder == "a" and run.detail == '{"runs": 1}'


def test_a_held_lease_blocks_other_holders(app, db):
    with app.app_context():
        now = datetime.now(UTC)
        assert runner.claim(DAILY, "k1", "a", now, 600)
        assert not runner.claim(DAILY, "k2", "b", now, 600)  # a still holds it
        assert runner.claim(DAILY, "k2", "b", now + timedelta(seconds=601), 600)  # expired


def test_a_failed_run_is_recorded_and_may_run_again(app, db):
    assert runner.run_job(app, FAILING, holder="a") == "failed"
    assert runner.run_job(app, FAILING, holder="a") == "failed"

    runs = db.session.scalars(select(JobRun).where(JobRun.job_id == "test_failing")).all()
    assert [r.status for r in runs] == ["failed", "failed"]
    assert "boom" in runs[0].detail
    lease = db.session.get(JobLease, "test_failing")
    assert lease.last_key is None


def test_every_registered_job_resolves_to_a_function():
    for job in JOBS:
        assert callable(runner.resolve(job)), job.id
        assert bool(job.daily_at) != bool(job.every), job.id


def test_counters_check_job_repairs_yesterday(app, org, db):
    yesterday_noon = datetime.now(UTC) - timedelta(days=1)
    record_event("share", actor=org.rep_a1, at=yesterday_noon)
    db.session.commit()
    cell = db.session.scalars(select(DailyCounter)).one()
    cell.value = 42
    db.session.commit()

    assert runner.run_job(app, get_job("counters_check")) == "ran"

    assert db.session.scalars(select(DailyCounter)).one().value == 1
    run = db.session.scalars(select(JobRun)).one()
    assert '"stored": 42' in run.detail


def read_lines(stream, sink):
    for line in stream:
        sink.append(line)


@pytest.mark.slow
def test_two_scheduler_processes_run_the_daily_job_once(app, org, db):
    env = {**os.environ, "APP_ENV": "testing",
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
