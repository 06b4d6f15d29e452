"""The lock row each job is claimed through, and the history of runs."""

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import BigId, UTCDateTime
from app.extensions import db


class JobLease(db.Model):
    """One row per job: who holds it until when, and which run is done.

    A process runs a job only after a conditional UPDATE on this row succeeds, so two
    scheduler processes never run the same job (or the same daily run) twice.
    """

    __tablename__ = "job_lease"

    job_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    holder: Mapped[str | None] = mapped_column(String(120))
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_key: Mapped[str | None] = mapped_column(String(80))


class JobRun(db.Model):
    __tablename__ = "job_run"
    __table_args__ = (Index("ix_job_run_job", "job_id", "started_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    job_id: Mapped[str] = mapped_column(String(80))
    run_key: Mapped[str] = mapped_column(String(80))
    holder: Mapped[str] = mapped_column(String(120))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(20), default="running")  # running, ok, failed
    detail: Mapped[str | None] = mapped_column(Text)
