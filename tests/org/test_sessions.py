"""Server-side sessions: sign-out, password changes and disabling really end them."""

from tests.factories import PASSWORD

SESSION_COOKIE = "qg_session"


def signed_in(app, login_name):
    client = app.test_client()
    client.fetch_csrf()
    response = client.post("/api/v1/auth/login", json={"login": login_name, "password": PASSWORD})
    assert response.status_code == 200
    client.fetch_csrf()
    return client


def test_a_cookie_saved_before_sign_out_is_refused_after_it(app, org):
    # given a signed-in rep whose session cookie someone saved
    client = signed_in(app, "rep_a1")
    saved = client.get_cookie(SESSION_COOKIE).value

    # when the rep signs out and the saved cookie is sent again
    assert client.post("/api/v1/auth/logout").status_code == 204
    replay = app.test_client()
    replay.set_cookie(SESSION_COOKIE, saved)
    response = replay.get("/api/v1/me")

    # then it is no session
    assert response.status_code == 401
    assert response.json["error"]["code"] == "unauthenticated"
