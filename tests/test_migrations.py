"""Migrations build the schema from nothing on SQLite and PostgreSQL, and match the models."""

import uuid
from contextlib import contextmanager

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import upgrade
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from app import create_app
from app.extensions import db


@contextmanager
def empty_database(base_url: str, tmp_path):
    """A brand-new database next to the test database: a file, or a CREATE DATABASE."""
    url = make_url(base_url)
    if url.get_backend_name() == "sqlite":
        yield f"sqlite:///{tmp_path / 'migrate.db'}"
        return
    name = f"qg_migrate_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def migrated_app(app, tmp_path):
    with empty_database(app.config["SQLALCHEMY_DATABASE_URI"], tmp_path) as url:
        fresh = create_app("testing", SQLALCHEMY_DATABASE_URI=url)
        with fresh.app_context():
            upgrade()
            yield fresh
            db.session.remove()
            db.engine.dispose()


def test_upgrade_from_empty_creates_every_table(migrated_app):
    with migrated_app.app_context():
        tables = set(inspect(db.engine).get_table_names())

    assert {table.name for table in db.metadata.sorted_tables} <= tables
    assert "alembic_version" in tables


def test_models_match_the_migrations(migrated_app):
    with migrated_app.app_context(), db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, db.metadata)

    assert differences == [], "run `flask db migrate` and commit the revision"


def index_definitions(connection) -> dict[str, str]:
    """Each index's definition as the database holds it (operator classes included, which
    compare_metadata does not look at)."""
    if connection.dialect.name == "postgresql":
        rows = connection.execute(text(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
            " AND indexname <> 'pk_alembic_version' AND tablename <> 'alembic_version'"))
    else:
        rows = connection.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
    return {name: " ".join(definition.replace('"', "").split()) for name, definition in rows}


def test_migrated_indexes_are_the_models_indexes(app, migrated_app):
    # given the test database, built from the models, and one built by the migrations
    with app.app_context(), db.engine.connect() as connection:
        from_models = index_definitions(connection)
    with migrated_app.app_context(), db.engine.connect() as connection:
        migrated = index_definitions(connection)

    assert migrated == from_models
