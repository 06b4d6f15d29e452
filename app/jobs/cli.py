"""`flask jobs ...`: the scheduler process and one-off runs."""

import click
from flask import current_app
from flask.cli import AppGroup

from app.jobs import runner
from app.jobs.registry import JOBS, get_job

jobs_cli = AppGroup("jobs", help="Scheduled jobs.")


@jobs_cli.command("run")
@click.option("--only", multiple=True, help="Run only these job ids.")
@click.option("--fire-now", is_flag=True, help="Also fire every job once at start.")
def run(only, fire_now):
    """Run the scheduler process (one per deployment; a second one stays idle-safe)."""
    runner.serve(current_app._get_current_object(), list(only), fire_now)


@jobs_cli.command("run-once")
@click.argument("job_id")
def run_once(job_id):
    """Run one job now, through the same lease as the scheduler."""
    try:
        job = get_job(job_id)
    except KeyError:
        raise click.BadParameter(f"unknown job {job_id!r}") from None
    outcome = runner.run_job(current_app._get_current_object(), job)
    click.echo(f"{job_id}: {outcome}")
    if outcome == "failed":
        raise SystemExit(1)


@jobs_cli.command("list")
def list_jobs():
    """List the registered jobs and their schedules."""
    for job in JOBS:
        when = f"daily at {job.daily_at}" if job.daily_at else f"every {job.every}s"
        click.echo(f"{job.id:28} {when:28} {job.func}")
