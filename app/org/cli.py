"""`flask users ...` and `flask org ...`: manage the org from the shell."""

from pathlib import Path

import click
from flask.cli import AppGroup
from sqlalchemy import select

from app.core.access import ROLES
from app.core.errors import AppError
from app.extensions import db
from app.org import services
from app.org.models import OrgUnit

users_cli = AppGroup("users", help="Users.")
org_cli = AppGroup("org", help="Org units.")


def _commit_or_explain(action):
    """Run a service call, commit, or print its error fields and exit non-zero."""
    try:
        result = action()
        db.session.commit()
        return result
    except AppError as error:
        db.session.rollback()
        click.echo(f"错误: {error.message} ({error.code})", err=True)
        for field, messages in error.fields.items():
            click.echo(f"  {field}: {messages}", err=True)
        raise SystemExit(1) from None


@users_cli.command("create")
@click.option("--username", required=True)
@click.option("--name", required=True)
@click.option("--role", required=True, type=click.Choice(ROLES))
@click.option("--org-unit", "org_unit", required=True,
              help="Org unit id or path of names below HQ, e.g. 华东分公司/华东一队.")
@click.option("--phone")
@click.password_option()
def create_user(username, name, role, org_unit, phone, password):
    """Create a user."""
    unit = services.resolve_unit(org_unit)
    user = _commit_or_explain(lambda: services.create_user(
        None, username=username, name=name, role=role, password=password, phone=phone,
        org_unit_id=unit.id if unit else -1))
    click.echo(f"created user {user.id} {user.username} ({user.role})")


@users_cli.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_users(path):
    """Import users from CSV or XLSX (username,name,phone,role,org_unit,password); all or
    nothing."""
    created = _commit_or_explain(
        lambda: services.import_users(None, path.name, path.read_bytes()))
    for user, password in created:
        suffix = f" initial password: {password}" if password else ""
        click.echo(f"created {user.username} ({user.role}){suffix}")
    click.echo(f"{len(created)} users imported")


@users_cli.command("disable")
@click.argument("username")
def disable_user(username):
    """Disable a user and end their sessions."""
    user = services.get_user_by_username(username)
    _commit_or_explain(lambda: services.update_user(None, user, {"active": False}))
    click.echo(f"disabled {username}")


@org_cli.command("add")
@click.argument("name")
@click.option("--kind", type=click.Choice(["hq", "branch", "team"]), required=True)
@click.option("--parent", help="Parent id or path of names below HQ (omit for HQ itself).")
def add_unit(name, kind, parent):
    """Add an org unit (the first one is HQ)."""
    parent_unit = services.resolve_unit(parent) if parent else None
    if parent and parent_unit is None:
        raise click.BadParameter(f"no org unit {parent!r}")
    unit = _commit_or_explain(lambda: services.create_unit(
        None, name, kind, parent_unit.id if parent_unit else None))
    click.echo(f"created {unit.kind} {unit.id} {unit.name}")


@org_cli.command("tree")
def tree():
    """Print the org tree."""
    for unit in db.session.scalars(select(OrgUnit).order_by(OrgUnit.path)):
        click.echo(f"{'  ' * unit.depth}{unit.name} [{unit.kind} #{unit.id}]")
