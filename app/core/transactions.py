"""One commit per request, in one place: services flush, the request commits or rolls back."""

from flask import Flask
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.extensions import db

_CONNECTED = "connected"  # session.info: a connection joined the session's transaction


@event.listens_for(Session, "after_begin")
def _note_connection(session, transaction, connection) -> None:
    session.info[_CONNECTED] = True


def commit_or_rollback(response):
    if not db.session.registry.has():  # the request never used the session
        return response
    session = db.session()
    if not (session.info.pop(_CONNECTED, False) or session.new or session.dirty
            or session.deleted):
        return response  # it never reached the database and holds no change: nothing to end
    if response.status_code < 400:
        db.session.commit()
    else:
        db.session.rollback()
    return response


def register_transactions(app: Flask) -> None:
    app.after_request(commit_or_rollback)
