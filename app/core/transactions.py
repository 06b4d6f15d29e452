"""One commit per request, in one place: services flush, the request commits or rolls back."""

from flask import Flask

from app.extensions import db


def commit_or_rollback(response):
    if not db.session.registry.has():  # the request never used the session
        return response
    if response.status_code < 400:
        db.session.commit()
    else:
        db.session.rollback()
    return response


def register_transactions(app: Flask) -> None:
    app.after_request(commit_or_rollback)
