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
from datetime import datetime, timedelta

from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from flask import Flask
from sqlalchemy import or_, update

from app.core.company import company_zone
from app.core.db import local_day, upsert, utcnow
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


def run_key(job: Job, now: datetime) -> str:
    """Which run this is: the local day for a daily job, the interval slot otherwise."""
    if job.daily_at:
        return local_day(now, company_zone()).isoformat()
    return str(int(now.timestamp()) // job.every)


def resolve(job: Job):
    module, _, name = job.func.partition(":")
    return getattr(importlib.import_module(module), name)


def claim(job: Job, key: str, holder: str, now: datetime, lease_seconds: int) -> bool:
    """Take the job's lock row for this run key; False when another process has it or ran it."""
    upsert(db.session, JobLease, [{"job_id": job.id}], keys=["job_id"])
    claimed = db.session.execute(
        update(JobLease)
        .where(JobLease.job_id == job.id,
               or_(JobLease.lease_until.is_(None), JobLease.lease_until < now),
               or_(JobLease.last_key.is_(None), JobLease.last_key != key))
        .values(holder=holder, lease_until=now + timedelta(seconds=lease_seconds), last_key=key)
    ).rowcount
    db.session.commit()
    return claimed == 1


def release(job: Job, holder: str, failed: bool) -> None:
    values = {"lease_until": utcnow()}
    if failed:
        values["last_key"] = None  # the next firing may try this run again
    db.session.execute(update(JobLease).where(JobLease.job_id == job.id,
                                              JobLease.holder == holder).values(**values))
    db.session.commit()


def run_job(app: Flask, job: Job, holder: str | None = None) -> str:
    """Run one job once if its lease can be claimed; returns "ran", "skipped" or "failed"."""
    holder = holder or holder_id()
    with app.app_context():
        now = utcnow()
        key = run_key(job, now)
        if not claim(job, key, holder, now, app.config["JOBS_LEASE_SECONDS"]):
            log.info("job %s skipped: run %s is taken", job.id, key)
            return "skipped"
        run = JobRun(job_id=job.id, run_key=key, holder=holder, started_at=now)
        db.session.add(run)
        db.session.commit()
        run_id = run.id
        try:
            result = resolve(job)()
            db.session.commit()
        except Exception as error:
            db.session.rollback()
            log.exception("job %s failed", job.id)
            _finish(run_id, "failed", repr(error))
            release(job, holder, failed=True)
            return "failed"
        _finish(run_id, "ok", json.dumps(result, ensure_ascii=False, default=str))
        release(job, holder, failed=False)
        log.info("job %s ran: run %s %s", job.id, key, result)
        return "ran"


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
            hour, minute = daily_time(app, job)
            trigger = CronTrigger(hour=hour, minute=minute, timezone=zone)
        else:
            trigger = IntervalTrigger(seconds=job.every, timezone=zone)
        extra = {"next_run_time": datetime.now(zone)} if fire_now else {}
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
