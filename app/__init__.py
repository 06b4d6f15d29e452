"""七个在线: the app factory."""

import logging

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from app.core import messages
from config import get_config

# Before any schema class exists: a field copies its error messages when it is declared, and
# importing any module of the app imports this package first.
messages.install()


def create_app(config_name: str | None = None, **overrides) -> Flask:
    """Build the app for APP_ENV (or `config_name`), with optional setting overrides."""
    from app.core.storage import Request

    app = Flask(__name__, static_folder="../static", static_url_path="/static",
                instance_relative_config=True)
    app.request_class = Request  # a view's own body limit (large uploads)
    app.config.from_object(get_config(config_name))
    app.config.update(overrides)
    if app.config["PROXY_FIX_X_FOR"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=app.config["PROXY_FIX_X_FOR"],
                                x_proto=1, x_host=1)
    configure_logging(app)
    register_extensions(app)
    register_blueprints(app)
    register_errorhandlers(app)
    register_cli(app)
    return app


def configure_logging(app: Flask) -> None:
    """Our loggers at LOG_LEVEL; libraries only when they warn."""
    logging.basicConfig(level=logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("app").setLevel(app.config["LOG_LEVEL"])


def register_extensions(app: Flask) -> None:
    from app import models  # noqa: F401  (every model, for Alembic and relationships)
    from app.clients import exports as customer_exports  # noqa: F401  (register exports)
    from app.clients import rules, stages  # noqa: F401  (connect their event receivers)
    from app.core.access import register_access
    from app.core.compression import register_compression
    from app.core.db import configure_sqlite
    from app.core.guards import register_guards
    from app.core.sessions import SessionInterface
    from app.core.transactions import register_transactions
    from app.dashboard import exports as rep_table_exports  # noqa: F401  (register exports)
    from app.extensions import api, csrf, db, limiter, login_manager, migrate
    from app.inbox import sources  # noqa: F401  (fill the timeline and today's list)
    from app.marketing import services as marketing  # noqa: F401  (shareables, adjusters...)
    from app.org import exports as user_exports  # noqa: F401  (register exports)
    from app.org.sessions import load_user
    from app.shop import exports as order_exports  # noqa: F401  (register exports)
    from app.shop import product_days  # noqa: F401  (connect its event receiver)
    from app.training import goals  # noqa: F401  (connect its event receiver)

    app.session_interface = SessionInterface()
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        # A file has no connection to lose: the ping would only double every first query.
        app.config["SQLALCHEMY_ENGINE_OPTIONS"] = {
            **app.config["SQLALCHEMY_ENGINE_OPTIONS"], "pool_pre_ping": False}
    db.init_app(app)
    with app.app_context():
        configure_sqlite(db.engine)
    migrate.init_app(app, db, directory=str(app.root_path + "/../migrations"))
    login_manager.init_app(app)
    login_manager.user_loader(load_user)
    # Flask-Login's session protection only marks a session "not fresh", and nothing here asks
    # for a fresh login: ending a session is the server's (app.org.sessions).
    login_manager.session_protection = None
    csrf.init_app(app)
    limiter.init_app(app)
    # Flask-Limiter checks every request in a before_request hook, for default limits we do
    # not set; a decorated view checks its own limits when it is called. The hook alone cost
    # a quarter of the public shop's time per request (see bench/).
    app.before_request_funcs[None].remove(limiter._check_request_limit)
    api.init_app(app)
    register_guards(app)
    register_compression(app)  # the last after_request to run: after the commit
    register_access(app)
    register_transactions(app)


def register_blueprints(app: Flask) -> None:
    from app.audit.routes import blp as audit_blp
    from app.clients.routes import BLUEPRINTS as clients_blps
    from app.core.routes import blp as notifications_blp
    from app.core.routes import exports_blp
    from app.dashboard.insight_routes import blp as insight_blp
    from app.dashboard.routes import blp as dashboard_blp
    from app.extensions import api
    from app.inbox.routes import BLUEPRINTS as inbox_blps
    from app.marketing.routes import BLUEPRINTS as marketing_blps
    from app.org.routes import blp as org_blp
    from app.shop.routes import BLUEPRINTS as shop_blps
    from app.strategies.routes import blp as strategies_blp
    from app.supervision.routes import blp as supervision_blp
    from app.training.routes import blp as training_blp
    from app.web.routes import bp as web_bp

    for blp in (org_blp, notifications_blp, exports_blp, dashboard_blp, insight_blp,
                *shop_blps, *clients_blps, *inbox_blps, *marketing_blps, training_blp,
                strategies_blp, supervision_blp, audit_blp):
        api.register_blueprint(blp)
    app.register_blueprint(web_bp)


def register_errorhandlers(app: Flask) -> None:
    from app.core.errors import register_errorhandlers as register

    register(app)


def register_cli(app: Flask) -> None:
    from app.jobs.cli import jobs_cli
    from app.org.cli import org_cli, users_cli
    from app.seed.cli import seed_cli
    from app.web.cli import assets_cli

    for group in (users_cli, org_cli, jobs_cli, seed_cli, assets_cli):
        app.cli.add_command(group)
