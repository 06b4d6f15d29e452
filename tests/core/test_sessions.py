"""The session cookie is renewed by API calls when the server renews the session, never by
file requests racing a sign-out."""

from datetime import timedelta

from sqlalchemy import update

from app.core.db import utcnow
from app.extensions import db
from app.org.models import UserSession

SESSION_COOKIE = "qg_session"


def set_cookies(response) -> list[str]:
    return [v for v in response.headers.getlist("Set-Cookie") if v.startswith(SESSION_COOKIE)]


def last_used(client, **ago) -> None:
    db.session.execute(update(UserSession).where(UserSession.id == client.user_session.id)
                       .values(last_seen_at=utcnow() - timedelta(**ago)))
    db.session.commit()


def test_files_never_resend_the_session_and_api_calls_renew_it_with_the_server(as_rep):
    # given a signed-in rep (a permanent session) whose session was last used two minutes ago
    with as_rep.session_transaction() as session:
        session.permanent = True
    last_used(as_rep, minutes=2)

    # when the phone fetches static files, the shell and media, and then calls the API twice
    quiet = [as_rep.get(path) for path in ("/static/js/app.js", "/rep", "/sw.js")]
    renewed, again = as_rep.get("/api/v1/me"), as_rep.get("/api/v1/me")

    # then only the first API call renews the cookie, with the server's record of the session:
    # a file request in flight during a sign-out cannot put the old session back, and a call
    # within the minute has nothing to renew
    assert [set_cookies(response) for response in quiet] == [[], [], []]
    assert renewed.status_code == 200 and set_cookies(renewed)
    assert again.status_code == 200 and set_cookies(again) == []


def test_signing_out_clears_the_cookie(as_rep):
    response = as_rep.post("/api/v1/auth/logout")

    assert response.status_code == 204
    assert any("Expires=Thu, 01 Jan 1970" in c for c in set_cookies(response))
