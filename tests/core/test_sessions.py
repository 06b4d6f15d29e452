"""The session cookie is renewed by API calls, never by file requests racing a sign-out."""

SESSION_COOKIE = "qg_session"


def set_cookies(response) -> list[str]:
    return [v for v in response.headers.getlist("Set-Cookie") if v.startswith(SESSION_COOKIE)]


def test_files_do_not_resend_the_session_but_api_calls_renew_it(as_rep):
    # given a signed-in rep (a permanent session)
    with as_rep.session_transaction() as session:
        session.permanent = True

    # when the phone fetches static files, the shell and media, and then calls the API
    quiet = [as_rep.get(path) for path in ("/static/js/app.js", "/rep", "/sw.js")]
    renewed = as_rep.get("/api/v1/me")

    # then only the API call renews the cookie: a file request in flight during a sign-out
    # cannot put the old session back
    assert [set_cookies(response) for response in quiet] == [[], [], []]
    assert renewed.status_code == 200 and set_cookies(renewed)


def test_signing_out_clears_the_cookie(as_rep):
    response = as_rep.post("/api/v1/auth/logout")

    assert response.status_code == 204
    assert any("Expires=Thu, 01 Jan 1970" in c for c in set_cookies(response))
