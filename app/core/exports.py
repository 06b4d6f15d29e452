"""Table exports: each list registers what it exports; core answers, queues and writes them.

A package registers a table once, beside its list query (`register_export()`); the rows come
from that same query, so an export is scoped and filtered exactly as the list is. An export
of at most EXPORT_SYNC_MAX_ROWS rows is the answer to its request; a longer one is an
`ExportJob` the jobs process writes (`run_queued()`), saving its progress as it goes, into
the private storage, where only its requester can fetch it until it expires.
"""

import io
import logging
import secrets
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from marshmallow import Schema
from marshmallow import ValidationError as SchemaError
from sqlalchemy import Select, delete, func, select, update

from app.core.access import ROLES, scoped
from app.core.company import company_zone, get_company
from app.core.db import lock_for_update, utcnow
from app.core.errors import AppError, Conflict, Forbidden, NotFound, ValidationError
from app.core.models import ExportJob
from app.core.storage import get_private_storage
from app.core.tables import CSV_MIMETYPE, XLSX_MIMETYPE, stream_table
from app.extensions import db

log = logging.getLogger(__name__)

FORMATS = {"xlsx": XLSX_MIMETYPE, "csv": CSV_MIMETYPE}
BATCH_ROWS = 500  # rows fetched from the database at a time
KEEP_DAYS = 30  # an export's row (not its file) stays this long in the requester's list
STALLED = "导出中断（处理进程已停止），请重新导出"
FAILED = "导出失败，请稍后重试"

RowsFn = Callable[[object, dict], Iterable[Sequence | Mapping]]
CountFn = Callable[[object, dict], int]


@dataclass(frozen=True)
class Export:
    name: str
    label: str  # Chinese: the sheet's and the file's name
    columns_of: Callable[[], Sequence[tuple[str, str]]]  # (key, Chinese header) pairs
    rows: RowsFn
    count: CountFn
    filters: Schema  # the list endpoint's own query schema
    roles: tuple[str, ...]
    sync_max_rows: int | None  # None: EXPORT_SYNC_MAX_ROWS

    @property
    def columns(self) -> Sequence[tuple[str, str]]:
        return self.columns_of()

    def header(self) -> list[str]:
        return [header for _, header in self.columns]

    def cells(self, row: Sequence | Mapping) -> Sequence:
        if isinstance(row, Mapping):
            return [row.get(key) for key, _ in self.columns]
        return row


_exports: dict[str, Export] = {}


def register_export(name: str, label: str,
                    columns: Sequence[tuple[str, str]] | Callable[[], Sequence[tuple[str, str]]],
                    rows_fn: RowsFn,
                    count_fn: CountFn, *, filters: type[Schema] | Schema,
                    roles: Sequence[str] = ROLES, sync_max_rows: int | None = None) -> None:
    """Make a table exportable as `name`.

    `rows_fn(actor, filters)` yields the rows (tuples in the columns' order, or dicts by
    key) lazily, from the list's own scoped query (see `batches()`); `count_fn(actor,
    filters)` counts them (see `count_of()`). `filters` is the list endpoint's query schema:
    an export takes exactly the filters the list takes. `roles` may export it.
    `columns` may be a function giving them, for a table whose columns are read when it is
    written (the declared metrics). `sync_max_rows` lowers the rows answered at once for a
    table whose every row costs more than a row's read (one built from a period's counters).
    """
    schema = filters() if isinstance(filters, type) else filters
    columns_of = columns if callable(columns) else (lambda fixed=tuple(columns): fixed)
    _exports[name] = Export(name, label, columns_of, rows_fn, count_fn, schema, tuple(roles),
                            sync_max_rows)


def registered() -> list[Export]:
    return list(_exports.values())


def batches(statement: Select, size: int = BATCH_ROWS) -> Iterator[list]:
    """The ORM objects a select gives, a list of `size` at a time, streamed from the database
    (never all of them in memory): a page of work for what a list attaches beside each row."""
    yield from db.session.scalars(statement.execution_options(yield_per=size)).partitions()


def count_of(statement: Select) -> int:
    """How many rows a list's select gives, counted by the database."""
    return db.session.scalar(select(func.count()).select_from(
        statement.order_by(None).subquery()))


def local_time(moment: datetime | None) -> datetime | None:
    """A stored time as a spreadsheet cell: the company's wall-clock time, to the second."""
    if moment is None:
        return None
    return moment.astimezone(company_zone()).replace(tzinfo=None, microsecond=0)


# --- requesting an export --------------------------------------------------------------------

@dataclass(frozen=True)
class ExportFile:
    """A small export, answered at once."""

    filename: str
    mimetype: str
    data: bytes


def export_named(name: str) -> Export:
    try:
        return _exports[name]
    except KeyError:
        raise ValidationError(fields={"name": ["没有这种导出"]}) from None


def label_of(name: str) -> str:
    export = _exports.get(name)
    return export.label if export else name


def load_filters(export: Export, raw: dict) -> dict:
    """The filters as the list's schema loads them; raise ValidationError naming each."""
    try:
        return export.filters.load(raw)
    except SchemaError as error:
        raise ValidationError("筛选条件有误", fields={"filters": error.messages}) from None


def request_export(actor, name: str, fmt: str, raw_filters: dict) -> ExportFile | ExportJob:
    """The file itself, or for more than EXPORT_SYNC_MAX_ROWS rows (or the export's own
    sync_max_rows) a queued ExportJob.

    Raise Forbidden for a role the export leaves out, ValidationError for filters its list
    would refuse, Conflict when the actor already has EXPORT_MAX_PENDING exports waiting.
    """
    export = export_named(name)
    if actor.role not in export.roles:
        raise Forbidden()
    filters = load_filters(export, raw_filters)
    total = export.count(actor, filters)
    sync_max = export.sync_max_rows
    if total <= (current_app.config["EXPORT_SYNC_MAX_ROWS"] if sync_max is None else sync_max):
        out = io.BytesIO()
        write_export(out, export, actor, filters, fmt)
        return ExportFile(filename_of(export, fmt, utcnow()), FORMATS[fmt], out.getvalue())
    # The requester's row locked: two requests at once count each other's exports.
    lock_for_update(db.session, ExportJob.requester.property.mapper.class_, actor.id)
    limit = current_app.config["EXPORT_MAX_PENDING"]
    pending = db.session.scalar(select(func.count()).select_from(ExportJob).where(
        ExportJob.requester_id == actor.id, ExportJob.status.in_(("queued", "running"))))
    if pending >= limit:
        raise Conflict(f"已有 {limit} 个导出在进行中，请等完成后再导出", code="too_many_exports")
    job = ExportJob(requester_id=actor.id, name=name, format=fmt, filters=raw_filters,
                    rows_total=total)
    db.session.add(job)
    db.session.flush()
    return job


def write_export(out, export: Export, actor, filters: dict, fmt: str,
                 on_row: Callable[[int], None] | None = None) -> int:
    """Write the export's header and rows to `out`; returns the number of rows."""
    written = 0

    def rows():
        nonlocal written
        yield export.header()
        for row in export.rows(actor, filters):
            yield export.cells(row)
            written += 1
            if on_row:
                on_row(written)

    stream_table(out, {export.label: rows()}, fmt)
    return written


def filename_of(export: Export, fmt: str, at: datetime) -> str:
    return f"{export.label}-{local_time(at):%Y%m%d-%H%M}.{fmt}"


# --- the requester's exports -----------------------------------------------------------------

def exports_of(actor) -> Select:
    """The actor's own exports, newest first."""
    return scoped(select(ExportJob), ExportJob, actor).order_by(ExportJob.id.desc())


def downloadable(job: ExportJob, now: datetime | None = None) -> bool:
    return (job.status == "done" and job.file_key is not None
            and job.expires_at is not None and job.expires_at > (now or utcnow()))


def open_download(job: ExportJob) -> tuple[str, str, io.BufferedReader]:
    """(filename, mimetype, file) of a finished export; raise NotFound (404) once it expired
    or before it is done."""
    if job.status in ("queued", "running"):
        raise NotFound("导出还没有完成", code="export_not_ready")
    if not downloadable(job):
        raise NotFound("导出文件已过期或未生成，请重新导出", code="export_expired")
    file = get_private_storage().open_file(job.file_key)
    if file is None:
        raise NotFound("导出文件已过期或未生成，请重新导出", code="export_expired")
    filename = filename_of(export_named(job.name), job.format, job.finished_at)
    return filename, FORMATS[job.format], file


# --- the jobs process ------------------------------------------------------------------------

def run_queued() -> dict:
    """Write every queued export, oldest first, each claimed by one conditional UPDATE (so
    two jobs processes never write one twice); fail those a crashed process left running."""
    stalled = fail_stalled()
    done = failed = 0
    while (job_id := claim_next()) is not None:
        if run_export(job_id):
            done += 1
        else:
            failed += 1
    return {"done": done, "failed": failed, "stalled": stalled}


def claim_next() -> int | None:
    """Take the oldest queued export this process can win; None when none is left."""
    while True:
        candidates = db.session.scalars(select(ExportJob.id).where(
            ExportJob.status == "queued").order_by(ExportJob.id).limit(10)).all()
        db.session.commit()
        if not candidates:
            return None
        for job_id in candidates:
            now = utcnow()
            won = db.session.execute(
                update(ExportJob).where(ExportJob.id == job_id, ExportJob.status == "queued")
                .values(status="running", started_at=now, progress_at=now)).rowcount
            db.session.commit()  # the claim is seen by every other process before work starts
            if won:
                return job_id


def run_export(job_id: int) -> bool:
    """Write one claimed export into the private storage; False when it failed (the error is
    kept on the row for its requester to read)."""
    job = db.session.get(ExportJob, job_id)
    every = current_app.config["EXPORT_PROGRESS_ROWS"]

    def progress(rows: int) -> None:
        if rows % every == 0:
            _set(job_id, rows_done=rows, progress_at=utcnow())

    try:
        export = export_named(job.name)
        actor = job.requester
        if not actor.active or actor.role not in export.roles:
            raise Forbidden("账号已停用或无权导出")
        filters = load_filters(export, job.filters)
        # The rows are read in a session that must not write while progress is saved beside
        # it (SQLite has one writer): the company row their times read is made first.
        get_company()
        db.session.commit()
        key = f"exports/{job.id}-{secrets.token_hex(16)}.{job.format}"
        with tempfile.TemporaryFile() as spool:
            rows = write_export(spool, export, actor, filters, job.format, progress)
            spool.seek(0)
            get_private_storage().save_file(spool, key)
    except Exception as error:
        db.session.rollback()
        if not isinstance(error, AppError):
            log.exception("export %s failed", job_id)
        _set(job_id, status="failed", finished_at=utcnow(),
             error=str(error) if isinstance(error, AppError) else FAILED)
        return False
    db.session.rollback()  # the rows were only read
    now = utcnow()
    _set(job_id, status="done", rows_done=rows, rows_total=rows, file_key=key, finished_at=now,
         progress_at=now, expires_at=now + timedelta(hours=current_app.config["EXPORT_TTL_HOURS"]))
    return True


def _set(job_id: int, **values) -> None:
    """Update a running export in a short transaction of its own, outside the session that
    is still reading its rows, so the requester's page sees it at once."""
    with db.engine.begin() as connection:
        connection.execute(update(ExportJob).where(ExportJob.id == job_id).values(**values))


def fail_stalled() -> int:
    """Exports left running by a process that died: no progress for a job lease's length."""
    cutoff = utcnow() - timedelta(seconds=current_app.config["JOBS_LEASE_SECONDS"])
    failed = db.session.execute(
        update(ExportJob).where(ExportJob.status == "running", ExportJob.progress_at < cutoff)
        .values(status="failed", error=STALLED, finished_at=utcnow())).rowcount
    db.session.commit()
    return failed


def prune() -> dict:
    """Delete the files of expired exports, and the rows of exports older than KEEP_DAYS."""
    now = utcnow()
    storage = get_private_storage()
    expired = db.session.execute(select(ExportJob.id, ExportJob.file_key).where(
        ExportJob.file_key.is_not(None), ExportJob.expires_at <= now)).all()
    for job_id, key in expired:
        storage.delete(key)
        db.session.execute(update(ExportJob).where(ExportJob.id == job_id)
                           .values(file_key=None))
    deleted = db.session.execute(delete(ExportJob).where(
        ExportJob.created_at < now - timedelta(days=KEEP_DAYS), ExportJob.file_key.is_(None),
        ExportJob.status.not_in(("queued", "running")))).rowcount
    return {"files": len(expired), "deleted": deleted}
