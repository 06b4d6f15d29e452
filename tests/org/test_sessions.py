"""Server-side sessions: one row per signed-in device, checked on every request.

Signing out, a password change and disabling a user end sessions for real (a saved cookie
replayed later is no session); a user lists their sessions and signs the others out; the
secret in the cookie is random and stored only as a hash; last-seen is written at most once
a minute.
"""

import hashlib
from datetime import timedelta

import pytest
from flask.sessions import SecureCookieSessionInterface
from sqlalchemy import event, select

from app.core.db import utcnow
from app.extensions import db
from app.jobs import runner
from app.jobs.registry import get_job
from app.org import sessions
from app.org.models import UserSession
from tests.factories import PASSWORD

SESSION_COOKIE = "qg_session"
NEW_PASSWORD = "a-brand-new-pass-7"


def signed_in(app, login_name, password=PASSWORD, user_agent="Mozilla/5.0 (iPhone) MicroMessenger"):
    """A client that signed in through the API, as the PWA does."""
    client = app.test_client()
    client.environ_base["HTTP_USER_AGENT"] = user_agent
    client.fetch_csrf()
    response = client.post("/api/v1/auth/login", json={"login": login_name, "password": password})
    assert response.status_code == 200, response.json
    client.fetch_csrf()  # a new session carries a new token
    return client


def replayed(app, cookie: str):
    client = app.test_client()
    client.set_cookie(SESSION_COOKIE, cookie)
    return client


def me_status(client) -> int:
    return client.get("/api/v1/me").status_code


def secret_in(app, cookie: str) -> str:
    """What Flask-Login keeps in the signed cookie."""
    return app.session_interface.get_signing_serializer(app).loads(cookie)["_user_id"]


@pytest.fixture
def clock(monkeypatch):
    """The sessions' clock, moved by hand: `clock.advance(seconds=61)`."""
    class Clock:
        now = utcnow()

        def advance(self, **delta):
            self.now += timedelta(**delta)

    moved = Clock()
    monkeypatch.setattr(sessions, "utcnow", lambda: moved.now)
    return moved


@pytest.fixture
def statements(app):
    """Every SQL statement the app sends while the test runs."""
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", record)
    yield seen
    event.remove(db.engine, "before_cursor_execute", record)


# --- sign-out ----------------------------------------------------------------------------------

def test_a_cookie_saved_before_sign_out_is_refused_after_it(app, org):
    # given a signed-in rep whose session cookie someone saved
    client = signed_in(app, "rep_a1")
    saved = client.get_cookie(SESSION_COOKIE).value
    assert me_status(replayed(app, saved)) == 200

    # when the rep signs out and the saved cookie is sent again
    assert client.post("/api/v1/auth/logout").status_code == 204
    response = replayed(app, saved).get("/api/v1/me")

    # then it is no session, answered in the one error body
    assert response.status_code == 401
    assert response.json["error"]["code"] == "unauthenticated"


def test_signing_out_ends_only_that_session(app, org):
    phone, laptop = signed_in(app, "rep_a1"), signed_in(app, "rep_a1")

    phone.post("/api/v1/auth/logout")

    assert me_status(phone) == 401
    assert me_status(laptop) == 200


# --- password changes and disabling --------------------------------------------------------

def test_hq_changing_a_password_ends_every_session_of_the_user(app, org, as_hq):
    phone, laptop = signed_in(app, "rep_a1"), signed_in(app, "rep_a1")
    colleague = signed_in(app, "rep_a1b")

    response = as_hq.patch(f"/api/v1/users/{org.rep_a1.id}", json={"password": NEW_PASSWORD})

    assert response.status_code == 200
    assert [me_status(phone), me_status(laptop), me_status(colleague)] == [401, 401, 200]


def test_disabling_a_user_ends_every_session_of_the_user(app, org, as_hq):
    phone, laptop = signed_in(app, "rep_a1"), signed_in(app, "rep_a1")

    response = as_hq.patch(f"/api/v1/users/{org.rep_a1.id}", json={"active": False})

    assert response.status_code == 200
    assert [me_status(phone), me_status(laptop)] == [401, 401]


def test_changing_my_password_ends_my_other_sessions_and_keeps_this_one(app, org):
    # given a rep signed in on a phone and a laptop, and a colleague
    phone, laptop = signed_in(app, "rep_a1"), signed_in(app, "rep_a1")
    colleague = signed_in(app, "rep_a1b")

    # when the rep changes the password on the phone
    response = phone.post("/api/v1/me/password",
                          json={"current_password": PASSWORD, "new_password": NEW_PASSWORD})

    # then the phone stays signed in, the laptop is signed out, the colleague is untouched
    assert response.status_code == 204
    assert [me_status(phone), me_status(laptop), me_status(colleague)] == [200, 401, 200]
    # and the new password signs in, the old one no longer does
    assert me_status(signed_in(app, "rep_a1", NEW_PASSWORD)) == 200
    fresh = app.test_client()
    fresh.fetch_csrf()
    old = fresh.post("/api/v1/auth/login", json={"login": "rep_a1", "password": PASSWORD})
    assert old.status_code == 401


def test_a_wrong_current_password_is_422_on_that_field_and_changes_nothing(app, org):
    phone, laptop = signed_in(app, "rep_a1"), signed_in(app, "rep_a1")

    response = phone.post("/api/v1/me/password", json={"current_password": "not-my-password",
                                                       "new_password": NEW_PASSWORD})

    assert response.status_code == 422
    assert list(response.json["error"]["fields"]) == ["current_password"]
    assert [me_status(phone), me_status(laptop)] == [200, 200]


@pytest.mark.parametrize(("new_password", "message"), [("short", "8"),
                                                       (PASSWORD, "新密码不能与当前密码相同")])
def test_a_new_password_too_short_or_unchanged_is_422_on_that_field(as_rep, new_password, message):
    response = as_rep.post("/api/v1/me/password",
                           json={"current_password": PASSWORD, "new_password": new_password})

    assert response.status_code == 422
    assert list(response.json["error"]["fields"]) == ["new_password"]
    assert message in response.json["error"]["fields"]["new_password"][0]


def test_guessing_the_current_password_counts_toward_the_login_limit(app, org, as_rep):
    # given three wrong sign-ins on the rep's account
    guesser = app.test_client()
    guesser.fetch_csrf()
    for _ in range(3):
        guesser.post("/api/v1/auth/login", json={"login": "rep_a1", "password": "guess-0"})

    # when a stolen session guesses the current password
    codes = [as_rep.post("/api/v1/me/password",
                         json={"current_password": f"guess-{n}", "new_password": NEW_PASSWORD}
                         ).status_code for n in range(1, 4)]

    # then the account's limit (5 a minute) stops it, and the right password too, for now
    assert codes == [422, 422, 429]
    right = as_rep.post("/api/v1/me/password",
                        json={"current_password": PASSWORD, "new_password": NEW_PASSWORD})
    assert right.status_code == 429


# --- my sessions -------------------------------------------------------------------------------

def test_i_see_my_own_sessions_with_this_one_marked_and_no_secret(app, org):
    # given the rep on a phone and a laptop (with a very long user agent), and a colleague
    phone = signed_in(app, "rep_a1")
    signed_in(app, "rep_a1", user_agent="Laptop " + "x" * 1000)
    signed_in(app, "rep_a1b")

    # when the rep lists their sessions on the phone
    response = phone.get("/api/v1/me/sessions")

    # then both of the rep's are there, the phone's marked current, and no secret of any kind
    assert response.status_code == 200
    items = response.json["items"]
    assert response.json["total"] == 2
    assert [item["current"] for item in items].count(True) == 1
    current = next(item for item in items if item["current"])
    assert current["user_agent"] == "Mozilla/5.0 (iPhone) MicroMessenger"
    assert current["address"] == "127.0.0.1"
    assert current["created_at"] and current["last_seen_at"]
    assert {len(item["user_agent"]) for item in items} == {35, 200}  # stored bounded
    cookie = phone.get_cookie(SESSION_COOKIE).value
    assert secret_in(app, cookie) not in response.text
    hashes = db.session.scalars(select(UserSession.secret_hash)).all()
    assert not any(digest in response.text for digest in hashes)


def test_signed_out_sessions_are_not_listed(app, org):
    phone, laptop = signed_in(app, "rep_a1"), signed_in(app, "rep_a1")
    laptop.post("/api/v1/auth/logout")

    assert phone.get("/api/v1/me/sessions").json["total"] == 1


def test_i_sign_out_another_session_of_mine(app, org):
    phone, laptop = signed_in(app, "rep_a1"), signed_in(app, "rep_a1")
    other = next(item for item in phone.get("/api/v1/me/sessions").json["items"]
                 if not item["current"])

    response = phone.delete(f"/api/v1/me/sessions/{other['id']}")

    assert response.status_code == 204
    assert [me_status(phone), me_status(laptop)] == [200, 401]


def test_signing_out_this_session_by_its_id_is_a_sign_out(app, org):
    phone = signed_in(app, "rep_a1")
    saved = phone.get_cookie(SESSION_COOKIE).value
    current = phone.get("/api/v1/me/sessions").json["items"][0]

    response = phone.delete(f"/api/v1/me/sessions/{current['id']}")

    assert response.status_code == 204
    assert phone.get_cookie(SESSION_COOKIE) is None  # the cookie is cleared
    assert me_status(replayed(app, saved)) == 401


@pytest.mark.parametrize("other", ["rep_a1b", "boss_a", "admin"])
def test_another_users_session_is_404_and_stays(app, org, other):
    # given another user's session (even HQ's, even asked by HQ's own subordinate)
    theirs = signed_in(app, other)
    their_id = theirs.get("/api/v1/me/sessions").json["items"][0]["id"]
    me = signed_in(app, "rep_a1")

    # when I try to sign it out
    response = me.delete(f"/api/v1/me/sessions/{their_id}")

    # then it is not found, and their session goes on
    assert response.status_code == 404
    assert response.json["error"]["code"] == "not_found"
    assert me_status(theirs) == 200


def test_hq_cannot_sign_out_a_reps_session_by_its_id_either(app, org):
    rep = signed_in(app, "rep_a1")
    rep_session = rep.get("/api/v1/me/sessions").json["items"][0]["id"]

    response = signed_in(app, "admin").delete(f"/api/v1/me/sessions/{rep_session}")

    assert response.status_code == 404
    assert me_status(rep) == 200


def test_signing_out_all_others_keeps_this_one_and_other_users(app, org):
    phone, laptop, tablet = (signed_in(app, "rep_a1") for _ in range(3))
    colleague = signed_in(app, "rep_a1b")

    response = phone.post("/api/v1/me/sessions/revoke-others")

    assert response.status_code == 204
    assert [me_status(c) for c in (phone, laptop, tablet, colleague)] == [200, 401, 401, 200]
    assert phone.get("/api/v1/me/sessions").json["total"] == 1


# --- the record --------------------------------------------------------------------------------

def test_the_cookie_holds_a_random_secret_and_the_database_only_its_hash(app, org):
    # given two sign-ins of the same user
    first, second = signed_in(app, "rep_a1"), signed_in(app, "rep_a1")
    secrets = [secret_in(app, c.get_cookie(SESSION_COOKIE).value) for c in (first, second)]

    # then each cookie carries its own long random secret, nothing derived from the user
    assert secrets[0] != secrets[1]
    assert all(len(secret) >= 43 and str(org.rep_a1.id) != secret for secret in secrets)
    # and the table keeps only SHA-256 digests: no column holds the secret itself
    rows = db.session.scalars(select(UserSession).order_by(UserSession.id)).all()
    assert [row.secret_hash for row in rows] == \
        [hashlib.sha256(secret.encode()).hexdigest() for secret in secrets]
    stored = " ".join(str(value) for row in rows for value in row.__dict__.values())
    assert not any(secret in stored for secret in secrets)


def test_a_copied_hash_is_no_session(app, org):
    client = signed_in(app, "rep_a1")
    digest = db.session.scalars(select(UserSession.secret_hash)).one()

    thief = app.test_client()
    with thief.session_transaction() as session:
        session["_user_id"] = digest

    assert me_status(thief) == 401
    assert me_status(client) == 200


def test_checking_a_session_is_one_read_joined_with_its_user(as_rep, statements):
    as_rep.get("/api/v1/me")

    session_reads = [s for s in statements if "user_session" in s]
    assert len(session_reads) == 1
    assert session_reads[0].startswith("SELECT") and "JOIN users" in session_reads[0]


def test_last_seen_is_written_at_most_once_a_minute(app, org, clock, statements):
    # given a signed-in rep
    client = signed_in(app, "rep_a1")
    row = db.session.scalars(select(UserSession)).one()
    signed_in_at = row.last_seen_at

    def touches_after(**delta) -> int:
        clock.advance(**delta)
        statements.clear()
        for _ in range(5):
            assert me_status(client) == 200
        return sum(s.startswith("UPDATE user_session") for s in statements)

    # when the rep keeps using the app: within the minute, past it, within the next, past it
    counts = [touches_after(seconds=30), touches_after(seconds=31), touches_after(seconds=30),
              touches_after(seconds=40)]

    # then each minute costs one UPDATE at most, and last-seen moved to the last of them
    assert counts == [0, 1, 0, 1]
    db.session.refresh(row)
    assert row.last_seen_at == clock.now
    assert row.last_seen_at - signed_in_at == timedelta(seconds=131)


def test_a_session_idle_past_its_lifetime_is_no_session(app, org, clock):
    client = signed_in(app, "rep_a1")
    lifetime = app.permanent_session_lifetime

    clock.advance(seconds=lifetime.total_seconds() - 60)
    assert me_status(client) == 200  # used within the lifetime: renewed
    clock.advance(seconds=lifetime.total_seconds() + 1)

    assert me_status(client) == 401


def test_the_nightly_prune_deletes_ended_and_expired_sessions(app, org, clock):
    # given a live session, a signed-out one and one idle past its lifetime
    live, ended = signed_in(app, "rep_a1"), signed_in(app, "rep_a1b")
    idle = signed_in(app, "boss_a")
    ended.post("/api/v1/auth/logout")
    clock.advance(days=1)
    assert me_status(live) == 200  # seen today
    clock.advance(seconds=app.permanent_session_lifetime.total_seconds() - 3600)

    # when the prune job runs
    assert runner.run_job(app, get_job("sessions_prune")) == "ran"

    # then only the live session's row is left
    user_ids = db.session.scalars(select(UserSession.user_id)).all()
    assert user_ids == [org.rep_a1.id]
    assert me_status(live) == 200
    assert me_status(idle) == 401


# --- cookies that are no session -----------------------------------------------------------

class OtherKeyInterface(SecureCookieSessionInterface):
    """Flask's signer under a key an attacker might guess."""


def forged_cookie(app, value: dict) -> str:
    class Forger:
        secret_key = "not-our-secret"
        config = app.config

    return OtherKeyInterface().get_signing_serializer(Forger()).dumps(value)


@pytest.mark.parametrize("cookie", [
    "garbage",
    "a.b.c",
    "eyJfdXNlcl9pZCI6IjEifQ.not-signed.at-all",
    "x" * 4000,
])
def test_a_garbage_cookie_is_401_not_500(app, org, cookie):
    response = replayed(app, cookie).get("/api/v1/me")

    assert response.status_code == 401
    assert response.json["error"]["code"] == "unauthenticated"


def test_a_cookie_signed_with_another_key_is_401(app, org):
    secret = sessions.open_session(org.rep_a1, "pytest", None).secret
    db.session.commit()

    response = replayed(app, forged_cookie(app, {"_user_id": secret})).get("/api/v1/me")

    assert response.status_code == 401


@pytest.mark.parametrize("user_id", [
    "1:an-old-session-token",  # the format before server-side sessions
    "1", "", "x" * 5000, 1, 12.5, None, ["1"], {"id": 1},
])
def test_a_signed_cookie_with_no_live_session_in_it_is_401_not_500(app, org, user_id):
    client = app.test_client()
    with client.session_transaction() as session:
        session["_user_id"] = user_id

    response = client.get("/api/v1/me")

    assert response.status_code == 401
    assert response.json["error"]["code"] == "unauthenticated"
