"""Who may call each inbox endpoint, and whose consultations and bookings each role sees.

The public shop's endpoints take anyone (the customer is known by their visitor cookie). The
inbox is read by any staff member within scope (rep: own customers', boss: subtree, HQ: all);
only the owning rep answers, confirms or declines. The knowledge base is written by HQ and
read by every staff member. Out of scope answers 404, as missing does.
"""

from types import SimpleNamespace

import pytest

from app.inbox.models import Booking, Consultation
from app.inbox.routes import BLUEPRINTS
from tests.inbox.builders import asked, booked
from tests.permissions import EVERYONE, HQ, REP, STAFF, check_door, declared, endpoints
from tests.shop.builders import batch

NAMES = {blueprint.name for blueprint in BLUEPRINTS}
SHOP = "/api/v1/shops/<string(maxlength=32):code>"
CONSULTATION = "/api/v1/consultations/<bigid:consultation_id>"
BOOKING = "/api/v1/bookings/<bigid:booking_id>"
ARTICLE = "/api/v1/articles/<int:article_id>"

# Every inbox endpoint and the roles that may call it; a new endpoint must be added here.
PERMISSIONS = {
    ("POST", f"{SHOP}/consultations"): EVERYONE,
    ("POST", f"{SHOP}/bookings"): EVERYONE,
    ("GET", f"{SHOP}/my-messages"): EVERYONE,
    ("POST", f"{SHOP}/my-messages/seen"): EVERYONE,
    ("POST", f"{SHOP}/my-bookings/<bigid:booking_id>/cancel"): EVERYONE,
    ("GET", "/api/v1/inbox"): STAFF,
    ("GET", "/api/v1/inbox/counts"): STAFF,
    ("GET", CONSULTATION): STAFF,
    ("POST", f"{CONSULTATION}/answer"): {REP},
    ("GET", BOOKING): STAFF,
    ("POST", f"{BOOKING}/confirm"): {REP},
    ("POST", f"{BOOKING}/decline"): {REP},
    ("POST", f"{BOOKING}/done"): {REP},
    ("GET", "/api/v1/articles"): STAFF,
    ("POST", "/api/v1/articles"): {HQ},
    ("GET", ARTICLE): STAFF,
    ("PATCH", ARTICLE): {HQ},
    ("DELETE", ARTICLE): {HQ},
}


def test_the_permission_table_lists_every_inbox_endpoint(app):
    routes = {(method, rule.rule) for method, rule in endpoints(app, NAMES)}

    assert routes == set(PERMISSIONS)


def test_the_table_matches_what_each_view_declares(app):
    for method, rule in endpoints(app, NAMES):
        assert PERMISSIONS[(method, rule.rule)] == declared(app, rule), (method, rule.rule)


@pytest.mark.parametrize(("method", "rule"), sorted(PERMISSIONS),
                         ids=[f"{m} {r}" for m, r in sorted(PERMISSIONS)])
def test_each_role_is_let_in_or_refused(role_clients, method, rule):
    # given a client of every role, when each calls the endpoint, then a role the endpoint is
    # for gets past the door and the others are refused (401 anonymous, 403 a wrong role)
    check_door(role_clients, method, rule, PERMISSIONS[(method, rule)])


# --- the 404 rule ----------------------------------------------------------------------------

REPS = ("rep_a1", "rep_a1b", "rep_a2", "rep_b1")
OTHERS = ("rep_a1b", "rep_a2", "rep_b1")  # seen from rep_a1: same team, same branch, other


@pytest.fixture
def world(org):
    """For each rep: a customer's unanswered question and requested booking."""
    with batch():
        data = {}
        for name in REPS:
            rep = getattr(org, name)
            consultation = asked(rep, question=f"{name} 的客户的问题")
            booking = booked(rep, note=f"{name} 的客户的预约")
            data[name] = SimpleNamespace(rep=rep, consultation=consultation, booking=booking)
    return SimpleNamespace(**data)


ATTEMPTS = {
    "read consultation": lambda w: ("GET", f"/api/v1/consultations/{w.consultation.id}", None),
    "answer": lambda w: ("POST", f"/api/v1/consultations/{w.consultation.id}/answer",
                         {"answer": "冒充回答"}),
    "read booking": lambda w: ("GET", f"/api/v1/bookings/{w.booking.id}", None),
    "confirm": lambda w: ("POST", f"/api/v1/bookings/{w.booking.id}/confirm", {"reply": "好"}),
    "decline": lambda w: ("POST", f"/api/v1/bookings/{w.booking.id}/decline", {"reply": "不"}),
}


def state(db, mine) -> tuple:
    db.session.expire_all()
    consultation = db.session.get(Consultation, mine.consultation.id)
    booking = db.session.get(Booking, mine.booking.id)
    return consultation.answer, booking.status, booking.reply


@pytest.mark.parametrize("attempt", sorted(ATTEMPTS))
def test_a_rep_reaching_for_another_reps_inbox_gets_404(as_rep, world, db, attempt):
    for other in OTHERS:
        # given another rep's customer's question and booking as they stand
        theirs = getattr(world, other)
        before = state(db, theirs)

        # when rep A1 tries it on them
        method, url, body = ATTEMPTS[attempt](theirs)
        response = as_rep.open(url, method=method, json=body)

        # then it is as if they did not exist, and nothing changed
        assert response.status_code == 404, (other, response.status_code)
        assert response.json["error"]["code"] == "not_found"
        assert state(db, theirs) == before


@pytest.mark.parametrize("attempt", sorted(ATTEMPTS))
def test_the_same_request_on_the_reps_own_customer_succeeds(as_rep, world, attempt):
    method, url, body = ATTEMPTS[attempt](world.rep_a1)

    response = as_rep.open(url, method=method, json=body)

    assert response.status_code == 200, response.json


VIEWERS = {  # who sees whose inbox
    "rep_a1": ("rep_a1",),
    "boss_a": ("rep_a1", "rep_a1b", "rep_a2"),
    "boss_a1": ("rep_a1", "rep_a1b"),
    "boss_b": ("rep_b1",),
    "admin": REPS,
}


@pytest.mark.parametrize("viewer", sorted(VIEWERS))
def test_each_viewer_sees_exactly_their_scope(app, org, world, viewer):
    # given a client signed in as the viewer
    client = app.test_client().sign_in_as(getattr(org, viewer))
    visible = VIEWERS[viewer]

    # when they read the inbox, its counts and each item
    listed = client.get("/api/v1/inbox?per_page=100").json
    counts = client.get("/api/v1/inbox/counts").json

    # then the inbox and the counts hold exactly the items in scope
    assert {(i["kind"], i["id"]) for i in listed["items"]} == \
        {("consultation", getattr(world, n).consultation.id) for n in visible} | \
        {("booking", getattr(world, n).booking.id) for n in visible}
    assert counts == {"consultations": len(visible), "bookings": len(visible),
                      "bookings_today": 0, "total": 2 * len(visible)}
    # and each detail answers 200 in scope, 404 outside it
    for name in REPS:
        expected = 200 if name in visible else 404
        mine = getattr(world, name)
        assert client.get(f"/api/v1/consultations/{mine.consultation.id}").status_code \
            == expected, name
        assert client.get(f"/api/v1/bookings/{mine.booking.id}").status_code == expected, name


@pytest.mark.parametrize("attempt", ["answer", "confirm", "decline"])
@pytest.mark.parametrize("viewer", ["boss_a", "admin"])
def test_bosses_and_hq_read_but_never_answer(app, org, world, db, viewer, attempt):
    # given a viewer who may read rep A1's inbox
    client = app.test_client().sign_in_as(getattr(org, viewer))
    before = state(db, world.rep_a1)

    # when they try to answer in the rep's place
    method, url, body = ATTEMPTS[attempt](world.rep_a1)
    response = client.open(url, method=method, json=body)

    # then the role is refused and nothing changed
    assert response.status_code == 403
    assert state(db, world.rep_a1) == before
