"""What a test asks of the database: the statements a block runs, and query plans (whether
an index can serve a query), on SQLite and PostgreSQL.

Speed is never asserted; how many statements run and whether the database *can* use an index
are properties of the code and the schema.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.sql import Select

from app.extensions import db


@contextmanager
def statements() -> Iterator[list[str]]:
    """The SQL statements run inside the block, in a list that fills as they run."""
    seen: list[str] = []

    def record(connection, cursor, statement, *args):
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def plan_of(statement: Select) -> str:
    """The database's plan for `statement` as the app sends it (bound parameters), as text.

    On PostgreSQL sequential scans are switched off for the transaction: the test tables are
    tiny, and a seq scan then wins even where an index could serve the query.
    """
    connection = db.session.connection()
    dialect = connection.dialect
    compiled = statement.compile(dialect=dialect)
    params = compiled.params
    args = tuple(params[name] for name in compiled.positiontup) if compiled.positiontup \
        else params
    if dialect.name == "postgresql":
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        prefix = "EXPLAIN "
    else:
        prefix = "EXPLAIN QUERY PLAN "
    rows = connection.exec_driver_sql(prefix + str(compiled), args).all()
    return "\n".join(str(row[-1]) for row in rows)


def uses_index(statement: Select, index: str) -> bool:
    return index in plan_of(statement)
