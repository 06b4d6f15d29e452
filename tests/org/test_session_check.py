"""What a process read of a signed-in session is kept for SESSION_CHECK_SECONDS: within it a
request reads nothing of it from the database. What this process commits (a sign-out, a
password, a user or a unit changed) counts at once; what only the database was told (another
process) counts within the bound.

The tests run the production bound (1 s) on a clock they move.
"""

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from app.core.db import utcnow
from app.extensions import db
from app.org import sessions
from app.org.models import UserSession
from tests.clock import Clock
from tests.org.test_sessions import SESSION_COOKIE, me_status, replayed, signed_in
from tests.sql import statements

BOUND = 1.0


@pytest.fixture
def clock(db, monkeypatch) -> Clock:
    """The session checks kept with the production bound, on a clock the test moves."""
    cache, clock = sessions._checked(), Clock()
    monkeypatch.setattr(cache, "max_age", BOUND)
    monkeypatch.setattr(cache, "clock", clock)
    cache.clear()
    return clock


def session_reads(client, path="/api/v1/me") -> int:
    with statements() as seen:
        assert client.get(path).status_code == 200
    return sum("user_session" in statement for statement in seen)


def end_elsewhere(client) -> None:
    """End the client's session the way another process does: in the database only."""
    secret = sessions.hash_secret(client.user_session_secret)
    db.session.execute(update(UserSession).where(UserSession.secret_hash == secret)
                       .values(revoked_at=utcnow()))
    db.session.commit()


@pytest.fixture
def rep(app, org, clock):
    client = signed_in(app, "rep_a1")
    client.user_session_secret = app.session_interface.get_signing_serializer(app).loads(
        client.get_cookie(SESSION_COOKIE).value)["_user_id"]
    return client


def test_within_the_bound_a_signed_in_request_reads_no_session(rep, clock):
    # given a rep whose session this process has just checked
    assert session_reads(rep) == 1

    # when the rep calls again within the bound, and once past it
    within = [session_reads(rep) for _ in range(3)]
    clock.advance(BOUND)
    past = session_reads(rep)

    # then only the call past the bound reads the session again
    assert within == [0, 0, 0] and past == 1


def test_a_request_in_a_session_of_its_own_gets_the_user_as_loaded(rep, org, clock):
    # given a session this process has checked, and a request whose database session holds
    # nothing yet (as every request's does in production)
    rep.get("/api/v1/me")
    expected = (org.rep_a1.id, org.team_a1.id)
    db.session.expunge_all()

    # when the rep reads their figures and their home within the bound
    with statements() as seen:
        me = rep.get("/api/v1/me")

    # then the user is the one signed in, with their unit, and no session row was read
    assert me.status_code == 200
    assert (me.json["id"], me.json["org_unit"]["id"]) == expected
    assert not any("user_session" in statement for statement in seen)


def test_signing_out_counts_at_once_in_this_process(app, rep, clock):
    saved = rep.get_cookie(SESSION_COOKIE).value
    assert me_status(replayed(app, saved)) == 200

    assert rep.post("/api/v1/auth/logout").status_code == 204

    assert me_status(replayed(app, saved)) == 401  # within the bound, and no clock moved


def test_a_session_ended_by_another_process_counts_within_the_bound(rep, clock):
    # given a rep whose session this process checked
    assert me_status(rep) == 200

    # when another process ends it (the database alone knows)
    end_elsewhere(rep)

    # then this process answers from what it read until the bound has passed, then 401
    assert me_status(rep) == 200
    clock.advance(BOUND)
    assert me_status(rep) == 401


def test_a_disabled_user_and_a_changed_password_count_at_once(app, org, rep, clock, as_hq):
    colleague = signed_in(app, "rep_a1b")
    assert me_status(rep) == me_status(colleague) == 200

    assert as_hq.patch(f"/api/v1/users/{org.rep_a1.id}",
                       json={"active": False}).status_code == 200
    assert as_hq.patch(f"/api/v1/users/{org.rep_a1b.id}",
                       json={"password": "a-brand-new-pass-7"}).status_code == 200

    assert [me_status(rep), me_status(colleague)] == [401, 401]


def test_a_rep_moved_to_another_team_is_seen_there_at_once(org, rep, clock, as_hq):
    assert rep.get("/api/v1/me").json["org_unit"]["id"] == org.team_a1.id

    moved = as_hq.patch(f"/api/v1/users/{org.rep_a1.id}", json={"org_unit_id": org.team_a2.id})

    assert moved.status_code == 200
    assert rep.get("/api/v1/me").json["org_unit"]["id"] == org.team_a2.id


def test_last_use_is_still_written_once_a_minute(rep, clock, monkeypatch):
    # given a rep whose session this process checked, on a server clock the test moves
    now = utcnow()
    monkeypatch.setattr(sessions, "utcnow", lambda: now)

    def writes() -> int:
        with statements() as seen:
            assert rep.get("/api/v1/me").status_code == 200
        return sum(statement.startswith("UPDATE user_session") for statement in seen)

    # when the rep calls within the minute, then past it (the kept check not yet due)
    within = writes()
    now += timedelta(seconds=61)
    past, again = writes(), writes()

    # then the call past the minute reads the session again and writes its use, once
    assert (within, past, again) == (0, 1, 0)


def test_a_sign_in_elsewhere_keeps_what_was_checked(app, rep, clock):
    # given a rep whose session this process has checked
    assert session_reads(rep) == 1

    # when a colleague signs in (which stamps their last sign-in on their user)
    signed_in(app, "rep_a1b")

    # then the rep's next call within the bound still reads no session
    assert session_reads(rep) == 0


def test_a_request_holding_the_user_keeps_its_own_changes(app, org, rep, clock):
    # given a session this process checked, and a request that loaded the user and changed it
    rep.get("/api/v1/me")
    secret = rep.user_session_secret
    with app.test_request_context("/api/v1/me"):
        user = db.session.get(type(org.rep_a1), org.rep_a1.id)
        user.name = "改了还没存"

        # when it asks who is signed in
        signed_in_user = sessions.load_user(secret)

        # then it is that user, with the change, not the kept columns written over it
        assert signed_in_user is user and user.name == "改了还没存"
        db.session.rollback()


def test_a_sign_out_counts_when_it_commits_not_when_a_savepoint_is_released(rep, clock):
    # given a rep whose session this process has checked
    assert me_status(rep) == 200
    key, kept = sessions.hash_secret(rep.user_session_secret), sessions._checked()

    def still_kept() -> bool:
        return kept.kept(key, lambda: None) is not None

    # when their session is ended in a transaction that releases a savepoint before it commits
    sessions.revoke(db.session.scalar(select(UserSession).where(UserSession.secret_hash == key)))
    with db.session.begin_nested():
        pass
    released = still_kept()
    db.session.commit()

    # then what was kept goes when the sign-out commits
    assert released and not still_kept()
    assert me_status(rep) == 401
