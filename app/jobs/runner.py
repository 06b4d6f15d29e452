"""Runs registered jobs: app context, lease, commit or rollback, logging.

The scheduler is its own process (`flask jobs run`), never part of a web worker.
"""

import contextlib
import importlib
import json
import logging
import os
import signal
import socket
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta

from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger
from flask import Flask, current_app
from sqlalchemy import delete, or_, update

from app.core.company import company_zone
from app.core.db import is_lock_conflict, upsert, utcnow
from app.extensions import db
from app.jobs.models import JobLease, JobRun
from app.jobs.registry import JOBS, Job

log = logging.getLogger("app.jobs")


def holder_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def daily_time(app: Flask, job: Job) -> tuple[int, int]:
    value = app.config.get(job.daily_at, job.daily_at)
    hour, minute = value.split(":")
    return int(hour), int(minute)


def run_day(app: Flask, job: Job, now: datetime) -> date:
    """The local day of a daily job's latest scheduled time at or before `now`.

    Before today's time it is yesterday: a run missed while no scheduler was up, or one that
    failed, is still due and is caught up at the next firing.
    """
    local = now.astimezone(company_zone())
    if (local.hour, local.minute) < daily_time(app, job):
        return local.date() - timedelta(days=1)
    return local.date()


def run_key(app: Flask, job: Job, now: datetime) -> str:
    """Which run this is: the run day for a daily job, the interval slot otherwise."""
    if job.daily_at:
        return run_day(app, job, now).isoformat()
    return str(int(now.timestamp()) // job.every)


def resolve(job: Job):
    module, _, name = job.func.partition(":")
    return getattr(importlib.import_module(module), name)


def claim(job: Job, key: str, holder: str, now: datetime, lease_seconds: int) -> bool:
    """Take the job's lock row for this run; False while another process holds the lease or
    when this run is already done. A lease left by a crashed process runs out by itself."""
    upsert(db.session, JobLease, [{"job_id": job.id}], keys=["job_id"])
    claimed = db.session.execute(
        update(JobLease)
        .where(JobLease.job_id == job.id,
               or_(JobLease.lease_until.is_(None), JobLease.lease_until < now),
               or_(JobLease.done_key.is_(None), JobLease.done_key != key))
        .values(holder=holder, lease_until=now + timedelta(seconds=lease_seconds))
    ).rowcount
    db.session.commit()
    return claimed == 1


def release(job: Job, holder: str, done_key: str | None) -> None:
    """Give the lease back; `done_key` marks the run done (None after a failure: retry)."""
    values: dict = {"holder": None, "lease_until": None}
    if done_key is not None:
        values["done_key"] = done_key
    db.session.execute(update(JobLease).where(JobLease.job_id == job.id,
                                              JobLease.holder == holder).values(**values))
    db.session.commit()


def retrying(app: Flask, job: Job, step: str, work: Callable):
    """work() (which commits), tried again after a lock conflict, with exponential backoff.

    Another writer may hold the database past its lock wait (the demo seed writes for tens of
    seconds in one transaction) or win a deadlock: that is no reason to fail a run. After
    JOBS_LOCK_RETRIES conflicts the last one is raised.
    """
    retries, backoff = app.config["JOBS_LOCK_RETRIES"], app.config["JOBS_LOCK_BACKOFF_SECONDS"]
    for attempt in range(retries + 1):
        try:
            return work()
        except Exception as error:
            db.session.rollback()
            if attempt == retries or not is_lock_conflict(error):
                raise
            delay = backoff * 2 ** attempt
            log.warning("job %s: database busy during %s, try %d of %d in %.1f s",
                        job.id, step, attempt + 2, retries + 1, delay)
            time.sleep(delay)
    raise AssertionError("unreachable")


def run_job(app: Flask, job: Job, holder: str | None = None,
            now: datetime | None = None) -> str:
    """Run one job once if its lease can be claimed; returns "ran", "skipped" or "failed".

    A daily job's function receives the run day; an interval job's receives nothing.
    """
    holder = holder or holder_id()
    with app.app_context():
        now = now or utcnow()
        key = run_key(app, job, now)
        if not retrying(app, job, "claim", lambda: claim(
                job, key, holder, now, app.config["JOBS_LEASE_SECONDS"])):
            log.debug("job %s skipped: run %s is done or taken", job.id, key)
            return "skipped"
        run_id = retrying(app, job, "start", lambda: _start(job, key, holder))
        args = [run_day(app, job, now)] if job.daily_at else []
        try:
            result = retrying(app, job, "run", lambda: _work(job, args))
        except Exception as error:
            db.session.rollback()
            log.exception("job %s failed", job.id)
            detail = repr(error)
            retrying(app, job, "finish", lambda: _finish(run_id, "failed", detail))
            retrying(app, job, "release", lambda: release(job, holder, done_key=None))
            return "failed"
        retrying(app, job, "finish", lambda: _finish(
            run_id, "ok", json.dumps(result, ensure_ascii=False, default=str)))
        retrying(app, job, "release", lambda: release(job, holder, done_key=key))
        log.info("job %s ran: run %s %s", job.id, key, result)
        return "ran"


def _start(job: Job, key: str, holder: str) -> int:
    run = JobRun(job_id=job.id, run_key=key, holder=holder, started_at=utcnow())
    db.session.add(run)
    db.session.commit()
    return run.id


def _work(job: Job, args: list):
    result = resolve(job)(*args)
    db.session.commit()
    return result


def prune_history(day: date) -> dict:
    """Forget job runs older than JOBS_HISTORY_DAYS (interval jobs add hundreds a day)."""
    cutoff = utcnow() - timedelta(days=current_app.config["JOBS_HISTORY_DAYS"])
    deleted = db.session.execute(delete(JobRun).where(JobRun.started_at < cutoff)).rowcount
    return {"deleted": deleted}


def _finish(run_id: int, status: str, detail: str) -> None:
    run = db.session.get(JobRun, run_id)
    run.status, run.detail, run.finished_at = status, detail[:10000], utcnow()
    db.session.commit()


def build_scheduler(app: Flask, only: list[str] | None = None,
                    fire_now: bool = False) -> BlockingScheduler:
    with app.app_context():
        zone = company_zone()
        db.session.commit()
    scheduler = BlockingScheduler(timezone=zone, job_defaults={
        "coalesce": True, "max_instances": 1, "misfire_grace_time": 300})
    for job in JOBS:
        if only and job.id not in only:
            continue
        if job.daily_at:
            # Fired often, run once a day: the lease row turns the extra firings into no-ops
            # and turns a missed or failed run into a catch-up within minutes.
            trigger = IntervalTrigger(seconds=app.config["JOBS_DAILY_POLL_SECONDS"],
                                      timezone=zone)
        else:
            trigger = IntervalTrigger(seconds=job.every, timezone=zone)
        # Daily jobs also fire at start, so a run missed while no scheduler was up catches up.
        extra = {"next_run_time": datetime.now(zone)} if fire_now or job.daily_at else {}
        scheduler.add_job(run_job, trigger, args=[app, job], id=job.id, name=job.id, **extra)
    return scheduler


def serve(app: Flask, only: list[str] | None = None, fire_now: bool = False) -> None:
    """Run the scheduler in the foreground until SIGTERM or SIGINT."""
    scheduler = build_scheduler(app, only, fire_now)

    def stop(signum, frame):
        log.info("jobs process stopping")
        scheduler.shutdown(wait=False)

    signal.signal(signal.SIGTERM, stop)
    log.info("jobs process %s started with %s", holder_id(),
             ", ".join(job.id for job in scheduler.get_jobs()))
    with contextlib.suppress(KeyboardInterrupt, SystemExit):
        scheduler.start()
