"""Bookings: a customer books a visit or an appointment on a rep's shop page; the owning rep
confirms, declines or marks it done with a reply; the customer may cancel it. Every change is a
conditional UPDATE on the current state: anything the state does not allow is 409."""

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta, timezone
from types import SimpleNamespace

import pytest
import requests
from sqlalchemy import func, select

from app.core.db import utcnow
from app.core.models import Notification
from app.customers.models import Customer
from app.inbox import services
from app.inbox.models import Booking
from app.org.models import User
from tests.inbox.builders import booked, moved
from tests.shop.builders import counters, events, visitor

TOMORROW = (datetime.now(UTC) + timedelta(days=1)).replace(microsecond=0)
PLUS_8 = timezone(timedelta(hours=8))


@pytest.fixture
def shop(org, app):
    phone = visitor(app)
    code = org.rep_a1.shop_code
    return SimpleNamespace(rep=org.rep_a1, code=code, phone=phone,
                           url=f"/api/v1/shops/{code}")


def book_body(**values) -> dict:
    return {"kind": "visit", "starts_at": TOMORROW.isoformat(),
            "note": "想看看新款", **values}


def test_a_visitor_books_a_visit_and_the_owning_rep_is_told(shop, db):
    # when a visitor books a visit for tomorrow, in their own time zone
    response = shop.phone.post(f"{shop.url}/bookings", json=book_body(
        starts_at=TOMORROW.astimezone(PLUS_8).isoformat()))

    # then it is requested for that moment
    assert response.status_code == 201, response.json
    assert response.json["status"] == "requested"
    assert response.json["kind"] == "visit"
    assert datetime.fromisoformat(response.json["starts_at"]) == TOMORROW
    assert response.json["note"] == "想看看新款"
    assert response.json["reply"] == "" and response.json["unseen"] is False
    # and the rep is notified, it is counted, and the customer has a need
    customer = db.session.get(Customer, db.session.get(Booking, response.json["id"]).customer_id)
    note = db.session.scalar(select(Notification).where(Notification.kind == "booking_new"))
    assert note.recipient_id == shop.rep.id and "到店拜访" in note.title
    assert note.body == "想看看新款"
    assert counters(shop.rep)["booking"] == 1
    assert [e.customer_id for e in events("booking")] == [customer.id]
    assert customer.stage == "need"


@pytest.mark.parametrize(("starts_at", "field_error"), [
    (lambda: (utcnow() - timedelta(minutes=1)).isoformat(), "请选择将来的时间"),
    (lambda: (utcnow() + timedelta(days=91)).isoformat(), "请选择 90 天内的时间"),
])
def test_a_past_or_too_distant_time_is_422(shop, db, starts_at, field_error):
    response = shop.phone.post(f"{shop.url}/bookings", json=book_body(starts_at=starts_at()))

    assert response.status_code == 422
    assert response.json["error"]["fields"] == {"starts_at": [field_error]}
    assert db.session.scalar(select(Booking.id)) is None


@pytest.mark.parametrize("body", [
    book_body(starts_at="2099-01-01T10:00:00"),  # no offset: whose ten o'clock?
    book_body(kind="dinner"),
    book_body(note="长" * 501),
    {"kind": "visit"},
])
def test_a_time_without_offset_an_unknown_kind_or_a_long_note_is_422(shop, body):
    response = shop.phone.post(f"{shop.url}/bookings", json=body)

    assert response.status_code == 422


# --- the rep's answers -------------------------------------------------------------------------

@pytest.mark.parametrize(("actions", "status"), [
    (("confirm",), "confirmed"),
    (("decline",), "declined"),
    (("confirm", "decline"), "declined"),
    (("confirm", "done"), "done"),
])
def test_the_rep_moves_a_booking_with_a_reply_the_customer_sees(shop, as_rep, db, actions,
                                                                status):
    booking_id = shop.phone.post(f"{shop.url}/bookings", json=book_body()).json["id"]

    for action in actions:
        response = as_rep.post(f"/api/v1/bookings/{booking_id}/{action}",
                               json={"reply": f"{action} 的回复"})
        assert response.status_code == 200, response.json

    assert response.json["status"] == status
    assert response.json["reply"] == f"{actions[-1]} 的回复"
    assert response.json["replier_name"] == shop.rep.name
    assert (response.json["closed_at"] is None) == (status == "confirmed")
    mine = shop.phone.get(f"{shop.url}/my-messages").json
    assert [(b["status"], b["reply"], b["unseen"]) for b in mine["bookings"]] == [
        (status, f"{actions[-1]} 的回复", True)]
    assert shop.phone.post(f"{shop.url}/my-messages/seen").json["bookings"][0]["unseen"] is False
    # and the first action is the booking's answer, counted once
    assert counters(shop.rep)["booking_answered"] == 1
    assert [e.object_id for e in events("booking_answered")] == [booking_id]


def test_a_refused_action_answers_nothing(shop, as_rep):
    booking = booked(shop.rep)

    assert as_rep.post(f"/api/v1/bookings/{booking.id}/done").status_code == 409

    assert "booking_answered" not in counters(shop.rep) and events("booking_answered") == []


def test_an_empty_reply_keeps_the_last_one(shop, as_rep):
    booking = booked(shop.rep)
    as_rep.post(f"/api/v1/bookings/{booking.id}/confirm", json={"reply": "周六上午见"})

    response = as_rep.post(f"/api/v1/bookings/{booking.id}/done")

    assert response.status_code == 200
    assert (response.json["status"], response.json["reply"]) == ("done", "周六上午见")


ILLEGAL = [  # (how far the booking got, the action that is then refused)
    ((), "done"),
    (("confirm",), "confirm"),
    (("decline",), "confirm"),
    (("decline",), "decline"),
    (("decline",), "done"),
    (("confirm", "done"), "decline"),
    (("confirm", "done"), "done"),
    (("cancel",), "confirm"),
    (("cancel",), "decline"),
]


@pytest.mark.parametrize(("before", "action"), ILLEGAL)
def test_an_action_the_state_does_not_allow_is_409_and_changes_nothing(shop, as_rep, db,
                                                                        before, action):
    booking = booked(shop.rep)
    for step in before:
        moved(booking, step, actor=None if step == "cancel" else shop.rep, reply="先前的回复")
    status = booking.status

    response = as_rep.post(f"/api/v1/bookings/{booking.id}/{action}", json={"reply": "新的"})

    assert response.status_code == 409
    assert response.json["error"]["code"] == "illegal_transition"
    db.session.refresh(booking)
    assert booking.status == status
    assert booking.reply == ("先前的回复" if before and before != ("cancel",) else "")


# --- the customer cancels ----------------------------------------------------------------------

@pytest.mark.parametrize("before", [(), ("confirm",)])
def test_the_customer_cancels_their_booking_and_the_rep_is_told(shop, db, before):
    booking_id = shop.phone.post(f"{shop.url}/bookings", json=book_body()).json["id"]
    booking = db.session.get(Booking, booking_id)
    moved(booking, *before, actor=shop.rep)

    response = shop.phone.post(f"{shop.url}/my-bookings/{booking_id}/cancel")

    assert response.status_code == 200, response.json
    assert response.json["status"] == "cancelled"
    note = db.session.scalar(select(Notification).where(Notification.kind == "booking_cancelled"))
    assert note.recipient_id == shop.rep.id


@pytest.mark.parametrize("before", [("decline",), ("confirm", "done"), ("cancel",)])
def test_a_closed_booking_cannot_be_cancelled(shop, db, before):
    booking_id = shop.phone.post(f"{shop.url}/bookings", json=book_body()).json["id"]
    booking = db.session.get(Booking, booking_id)
    for step in before:
        moved(booking, step, actor=None if step == "cancel" else shop.rep)

    response = shop.phone.post(f"{shop.url}/my-bookings/{booking_id}/cancel")

    assert response.status_code == 409


def test_nobody_cancels_another_customers_booking(app, org, shop, db):
    # given a booking of another phone, and the phone's own booking in rep B1's shop
    theirs = booked(shop.rep)
    elsewhere = shop.phone.post(f"/api/v1/shops/{org.rep_b1.shop_code}/bookings",
                                json=book_body()).json["id"]
    stranger = visitor(app)

    # when a stranger or the phone tries to cancel them through rep A1's shop
    attempts = [stranger.post(f"{shop.url}/my-bookings/{theirs.id}/cancel"),
                shop.phone.post(f"{shop.url}/my-bookings/{theirs.id}/cancel"),
                shop.phone.post(f"{shop.url}/my-bookings/{elsewhere}/cancel")]

    # then it is as if the booking did not exist, and nothing changed
    assert [r.status_code for r in attempts] == [404, 404, 404]
    assert {b.status for b in db.session.scalars(select(Booking))} == {"requested"}


def test_the_rep_cannot_cancel_and_the_customer_cannot_confirm(shop, db):
    booking = booked(shop.rep)

    with pytest.raises(ValueError):
        services.transition(booking, "cancel", shop.rep)
    with pytest.raises(ValueError):
        services.transition(booking, "confirm", None)


def test_of_many_simultaneous_cancels_exactly_one_wins(live_server, db):
    """Real threads against a real server: the conditional UPDATE lets one change through."""
    # given a customer's phone with a booking in rep01's shop (the demo's)
    code = db.session.scalar(select(User.shop_code).where(User.username == "rep01"))
    phone = requests.Session()
    phone.headers["X-CSRFToken"] = phone.get(f"{live_server}/api/v1/auth/csrf",
                                             timeout=30).json()["csrf_token"]
    booking_id = phone.post(f"{live_server}/api/v1/shops/{code}/bookings", json=book_body(),
                            timeout=30).json()["id"]
    tries = 12
    start = threading.Barrier(tries)

    def cancel(_) -> int:
        start.wait(timeout=60)
        return phone.post(f"{live_server}/api/v1/shops/{code}/my-bookings/{booking_id}/cancel",
                          timeout=60).status_code

    # when the phone cancels it twelve times at once
    with ThreadPoolExecutor(max_workers=tries) as pool:
        statuses = sorted(pool.map(cancel, range(tries)))

    # then one cancel succeeds, the others are told it is already cancelled, and the rep is
    # told once
    assert statuses == [200] + [409] * (tries - 1)
    db.session.expire_all()
    assert db.session.get(Booking, booking_id).status == "cancelled"
    assert db.session.scalar(select(func.count()).where(
        Notification.kind == "booking_cancelled")) == 1
