"""Column types and helpers shared by every domain's models."""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime, timedelta, tzinfo

from sqlalchemy import (
    BigInteger,
    DateTime,
    Integer,
    cast,
    event,
    exists,
    false,
    func,
    literal,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import TypeDecorator

from app.core.errors import ValidationError
from app.extensions import db

# BIGINT primary keys on PostgreSQL; SQLite only autoincrements INTEGER PRIMARY KEY.
BigId = BigInteger().with_variant(Integer(), "sqlite")


# How long a SQLite writer waits for another one's lock before "database is locked": longer
# than any write transaction of the web, the jobs or the demo seed holds it.
SQLITE_BUSY_TIMEOUT_MS = 30_000


def configure_sqlite(engine) -> None:
    """Make SQLite behave like the production database where it matters.

    Foreign keys are enforced (PostgreSQL always does); WAL lets readers go on while the web
    and jobs processes write; a writer waits for another's lock instead of failing at once.
    Every write transaction takes the write lock when it begins (BEGIN IMMEDIATE, which the
    driver issues before the first INSERT, UPDATE or DELETE): a transaction that began by only
    reading (the RFM job fills a temporary table from orders first) would otherwise have to
    upgrade a snapshot another writer may have changed meanwhile, which SQLite refuses at once,
    whatever the busy timeout. In WAL mode `synchronous=NORMAL` syncs the log at checkpoints,
    not at every commit: a commit survives the process (a crash of the app loses nothing), and
    only a power cut can take the last few commits back, never corrupting the file (SQLite's
    own advice for WAL). PostgreSQL, the production database, keeps its own fsync per commit.
    """
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, record):
        dbapi_connection.isolation_level = "IMMEDIATE"
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()


# SQLite's primary result codes for a lock another connection holds; PostgreSQL's SQLSTATEs
# of a deadlock, a serialization failure and a lock timeout.
_SQLITE_LOCK_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_POSTGRESQL_LOCK_STATES = {"40P01", "40001", "55P03"}


def is_lock_conflict(error: BaseException) -> bool:
    """True for a write that lost to another writer and may well succeed when tried again."""
    if not isinstance(error, DBAPIError):
        return False
    code = getattr(error.orig, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _SQLITE_LOCK_CODES
    return getattr(error.orig, "sqlstate", None) in _POSTGRESQL_LOCK_STATES


# The clock every stamp reads. Live code never sets it: clock_at() lets the demo seed write
# its weeks of history through the live services, each action at its own moment, so every
# row and event of the demo is one the product made.
_clock: ContextVar[datetime | None] = ContextVar("clock", default=None)


def utcnow() -> datetime:
    """Now, as an aware UTC datetime; inside clock_at(moment), that moment."""
    return _clock.get() or datetime.now(UTC)


@contextmanager
def clock_at(moment: datetime) -> Iterator[datetime]:
    """Run the block as if it were `moment` (aware): utcnow(), hence every default timestamp,
    event and rule the block's services apply, reads that moment."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime given; use aware UTC datetimes")
    token = _clock.set(moment.astimezone(UTC))
    try:
        yield moment
    finally:
        _clock.reset(token)


class UTCDateTime(TypeDecorator):
    """Stores naive UTC on every database and always hands back aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use aware UTC datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


def local_day(moment: datetime, zone: tzinfo) -> date:
    """The calendar day of a UTC moment in the company's time zone ("today" for figures)."""
    return moment.astimezone(zone).date()


def day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """UTC [start, end) of a local calendar day."""
    start = datetime.combine(day, datetime.min.time(), tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def lock_for_update(session, model, ident) -> None:
    """Hold a row's lock until the transaction ends, so that a count or check made after this
    sees every concurrent writer's committed work and no other can change it meanwhile.

    PostgreSQL locks the row (SELECT ... FOR UPDATE). SQLite has no row locks and ignores FOR
    UPDATE: an UPDATE that changes nothing takes its one write lock, which serializes writers.
    `ident` is the primary key's value, or a tuple of them for a key of several columns.
    """
    columns = list(model.__table__.primary_key.columns)
    key = columns[0]
    if session.get_bind().dialect.name == "postgresql":
        values = ident if isinstance(ident, tuple) else (ident,)
        session.execute(select(key).where(
            *(column == value for column, value in zip(columns, values, strict=True)))
            .with_for_update())
    else:
        session.execute(update(model.__table__).where(false()).values({key.name: key}))


def dialect_insert(session):
    """The insert() of the session's database, which has ON CONFLICT."""
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


def insert_if_absent(session, model, row: dict) -> bool:
    """INSERT ... ON CONFLICT DO NOTHING; True when the row was new (exact under concurrency)."""
    # RETURNING, not rowcount: psycopg reports no rowcount for ON CONFLICT DO NOTHING here.
    key = next(iter(model.__table__.primary_key.columns))
    stmt = dialect_insert(session)(model).values(row).on_conflict_do_nothing().returning(key)
    return session.execute(stmt).first() is not None


def upsert(session, model, rows: list[dict], keys: list[str], set_: dict | None = None,
           increment: list[str] | None = None) -> None:
    """INSERT ... ON CONFLICT (keys) DO UPDATE (or NOTHING), on SQLite and PostgreSQL alike.

    `increment` columns are added to the stored value instead of replacing it, which keeps
    counters exact under concurrent writers without reading first.
    """
    if not rows:
        return
    stmt = dialect_insert(session)(model).values(rows)
    updates = dict(set_ or {})
    for column in increment or []:
        updates[column] = getattr(model, column) + getattr(stmt.excluded, column)
    if updates:
        stmt = stmt.on_conflict_do_update(index_elements=keys, set_=updates)
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=keys)
    session.execute(stmt)


class whole_days_between(FunctionElement):
    """Whole days from `earlier` to `later` (both UTCDateTime columns or naive-UTC literals),
    rounded down, as an integer, to the microsecond on both databases: the one date
    difference SQLite and PostgreSQL spell apart."""

    type = Integer()
    inherit_cache = True
    name = "whole_days_between"


DAY_MICROSECONDS = 86_400_000_000


def _epoch_microseconds_sqlite(stored: str) -> str:
    """Integer microseconds of a stored 'YYYY-MM-DD HH:MM:SS[.ffffff]' on SQLite.

    Not julianday() nor strftime('%s') of the whole text: both round the fraction to the
    millisecond, which can carry a moment across a day (or second) boundary.
    """
    return (f"(CAST(strftime('%s', substr({stored}, 1, 19)) AS INTEGER) * 1000000"
            f" + CAST(substr({stored} || '000000', 21, 6) AS INTEGER))")


@compiles(whole_days_between, "sqlite")
def _whole_days_sqlite(element, compiler, **kw):
    later, earlier = (compiler.process(arg, **kw) for arg in element.clauses)
    span = f"({_epoch_microseconds_sqlite(later)} - {_epoch_microseconds_sqlite(earlier)})"
    # Integer division truncates toward zero: take the floor remainder off first.
    remainder = f"(({span} % {DAY_MICROSECONDS} + {DAY_MICROSECONDS}) % {DAY_MICROSECONDS})"
    return f"(({span} - {remainder}) / {DAY_MICROSECONDS})"


@compiles(whole_days_between, "postgresql")
def _whole_days_postgresql(element, compiler, **kw):
    later, earlier = (compiler.process(arg, **kw) for arg in element.clauses)
    # EXTRACT gives exact numeric seconds (microseconds included) on PostgreSQL 14 and later.
    return f"CAST(FLOOR(EXTRACT(EPOCH FROM ({later} - {earlier})) / 86400) AS INTEGER)"


def json_list_contains(session, column, value: str):
    """Where a JSON list column (tags) holds `value` as one of its items, on either database:
    jsonb containment on PostgreSQL, json_each() on SQLite."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(column, JSONB).contains([value])
    items = func.json_each(column).table_valued("value")
    return exists(select(literal(1)).select_from(items).where(items.c.value == value))


def check_name_free(model, name: str, exclude_id: int | None = None, **scope) -> None:
    """Raise ValidationError (on `name`) when another row of `model` in `scope` has the name."""
    query = select(model.id).where(model.name == name,
                                   *(getattr(model, k) == v for k, v in scope.items()))
    if exclude_id is not None:
        query = query.where(model.id != exclude_id)
    if db.session.scalar(query) is not None:
        raise ValidationError(fields={"name": ["名称已存在"]})
