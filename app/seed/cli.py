"""`flask seed ...`: demo and benchmark data."""

import click
from flask import current_app
from flask.cli import AppGroup

from app.extensions import db
from app.seed.demo import is_seeded, seed_demo
from app.seed.scale import seed_scale

seed_cli = AppGroup("seed", help="Demo and benchmark data.")


@seed_cli.command("demo")
@click.option("--if-empty", is_flag=True, help="Do nothing (and succeed) when data exists.")
def demo(if_empty):
    """Build the demo company (HQ, 2 branches, 4 teams, 2 bosses, 20 reps, 3 weeks of history)."""
    if is_seeded():
        if if_empty:
            click.echo("database already has data; demo not seeded")
            return
        raise click.ClickException("database already has data; use an empty database")
    logins = seed_demo(current_app.config["DEMO_PASSWORD"])
    db.session.commit()
    click.echo("demo seeded. logins (password: {password}): rep {rep}, boss {boss}, HQ {hq}"
               .format(**logins))


@seed_cli.command("scale")
@click.option("--reps", default=1000, show_default=True)
@click.option("--customers", default=200_000, show_default=True)
@click.option("--orders", type=int, help="Paid orders  [default: 5 per customer]")
@click.option("--order-days", default=400, show_default=True,
              help="Days the orders are spread over.")
@click.option("--events", default=2_000_000, show_default=True)
@click.option("--days", default=90, show_default=True, help="Days the events are spread over.")
def scale(reps, customers, orders, order_days, events, days):
    """Build the benchmark data set with bulk inserts (on an empty database)."""
    if is_seeded():
        raise click.ClickException("database already has data; use an empty database")
    if orders and not customers:
        raise click.BadParameter("orders need customers", param_hint="--orders")
    seed_scale(reps, customers, events, orders=orders, days=days, order_days=order_days,
               password=current_app.config["DEMO_PASSWORD"], echo=click.echo)
