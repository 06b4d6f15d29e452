"""Idempotent creates, on a route of a small app of their own that writes one event per call.

The app shares the suite's database, so what a request committed is read as usual.
"""

from datetime import timedelta

import pytest
from flask import Blueprint, jsonify, request
from sqlalchemy import func, select, update

from app import create_app
from app.core.db import utcnow
from app.core.errors import Conflict
from app.core.events import record_event
from app.core.idempotency import HEADER, idempotent, prune
from app.core.models import ActivityEvent, IdempotencyKey
from app.extensions import db as _db


@pytest.fixture(scope="module")
def notes(app):
    """POST /notes?who=<caller> writes a `note` event; a body with "fail" is refused after."""
    notes_app = create_app("testing", WTF_CSRF_ENABLED=False,
                           SQLALCHEMY_DATABASE_URI=app.config["SQLALCHEMY_DATABASE_URI"])
    blueprint = Blueprint("notes", __name__)

    @blueprint.route("/notes", methods=["POST"])
    @idempotent("note", per=lambda: request.args.get("who"))
    def add_note():
        event = record_event("note", attrs=request.get_json())
        if request.get_json().get("fail"):
            raise Conflict("不行", code="refused")
        return jsonify(id=event.id, text=request.get_json()["text"]), 201

    notes_app.register_blueprint(blueprint)
    yield notes_app
    with notes_app.app_context():
        _db.engine.dispose()


def send(notes, body: dict, key: str | None = "key-00000001", who: str = "alice", **kwargs):
    headers = {HEADER: key} if key is not None else {}
    return notes.test_client().post(f"/notes?who={who}", json=body, headers=headers, **kwargs)


def notes_written() -> int:
    _db.session.expire_all()
    return _db.session.scalar(select(func.count()).select_from(ActivityEvent)
                              .where(ActivityEvent.verb == "note"))


def test_a_retry_with_the_same_key_answers_the_first_response_and_creates_nothing(notes, db):
    first = send(notes, {"text": "一"})

    again = send(notes, {"text": "一"})

    assert first.status_code == again.status_code == 201
    assert again.get_data() == first.get_data()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first.headers
    assert notes_written() == 1


def test_json_bodies_are_compared_as_data(notes, db):
    send(notes, {"text": "一", "n": 1})

    again = notes.test_client().post("/notes?who=alice", headers={HEADER: "key-00000001"},
                                     data='{ "n": 1,\n "text": "一" }',
                                     content_type="application/json")

    assert again.status_code == 201 and again.headers["Idempotent-Replayed"] == "true"
    assert notes_written() == 1


def test_the_same_key_with_another_body_is_refused(notes, db):
    send(notes, {"text": "一"})

    other = send(notes, {"text": "二"})

    assert other.status_code == 422
    assert other.json["error"]["code"] == "idempotency_key_reused"
    assert set(other.json["error"]["fields"]) == {HEADER}
    assert notes_written() == 1


def test_without_a_key_every_request_creates(notes, db):
    send(notes, {"text": "一"}, key=None)
    send(notes, {"text": "一"}, key=None)

    assert notes_written() == 2


@pytest.mark.parametrize("key", ["short", "k" * 65, "有中文的键值0001", "key with spaces",
                                 "key/00000001", ""])
def test_a_bad_key_is_422_in_the_one_error_body(notes, db, key):
    response = send(notes, {"text": "一"}, key=key)

    assert response.status_code == 422
    assert response.json["error"]["code"] == "validation_error"
    assert list(response.json["error"]["fields"]) == [HEADER]
    assert notes_written() == 0


def test_a_refused_request_keeps_no_key_and_may_be_sent_again(notes, db):
    refused = send(notes, {"text": "一", "fail": True})
    assert refused.status_code == 409 and notes_written() == 0

    retried = send(notes, {"text": "一"})

    assert retried.status_code == 201 and "Idempotent-Replayed" not in retried.headers
    assert notes_written() == 1


def test_keys_are_per_caller(notes, db):
    mine = send(notes, {"text": "一"}, who="alice")

    theirs = send(notes, {"text": "一"}, who="bob")

    assert theirs.status_code == 201 and theirs.json["id"] != mine.json["id"]
    assert notes_written() == 2


def test_a_key_older_than_a_day_counts_as_new_and_is_pruned(notes, db):
    # given a key used 25 hours ago, and one used an hour ago
    send(notes, {"text": "一"}, key="key-00000001")
    send(notes, {"text": "二"}, key="key-00000002")
    db.session.execute(update(IdempotencyKey).where(IdempotencyKey.key == "key-00000001")
                       .values(created_at=utcnow() - timedelta(hours=25)))
    db.session.commit()

    # when the old key comes with another body, it is a new request
    assert send(notes, {"text": "三"}, key="key-00000001").status_code == 201
    db.session.execute(update(IdempotencyKey).values(created_at=utcnow() - timedelta(hours=25))
                       .where(IdempotencyKey.key == "key-00000002"))
    db.session.commit()

    # and pruning forgets only what is older than a day
    assert prune(utcnow()) == 1
    db.session.commit()
    assert [k.key for k in db.session.scalars(select(IdempotencyKey))] == ["key-00000001"]
    assert notes_written() == 3
