"""Sign-in, sign-out, the current user, CSRF and login throttling."""

import pytest

from tests.factories import PASSWORD


def login(client, login_name, password=PASSWORD):
    client.fetch_csrf()
    return client.post("/api/v1/auth/login", json={"login": login_name, "password": password})


def test_login_by_username_then_me(client, org):
    response = login(client, "rep_a1")

    assert response.status_code == 200
    assert response.json["username"] == "rep_a1"
    client.fetch_csrf()  # a new session carries a new token
    me = client.get("/api/v1/me")
    assert me.status_code == 200
    assert me.json["role"] == "rep"
    assert me.json["org_unit"]["name"] == "上海一队"
    assert me.json["company"]["timezone"] == "Asia/Shanghai"
    assert len(me.json["shop_code"]) >= 16


def test_login_by_phone(client, org):
    assert login(client, org.boss_a.phone).json["role"] == "boss"


def test_wrong_password_and_unknown_user_answer_the_same(client, org):
    wrong = login(client, "rep_a1", "not-the-password")
    unknown = login(client, "nobody", "not-the-password")

    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json == unknown.json
    assert wrong.json["error"]["code"] == "invalid_credentials"


def test_disabled_user_cannot_sign_in(client, org, db):
    org.rep_a2.active = False
    db.session.commit()

    assert login(client, "rep_a2").status_code == 401


def test_me_needs_login(client):
    response = client.get("/api/v1/me")

    assert response.status_code == 401
    assert response.json["error"]["code"] == "unauthenticated"


def test_post_without_csrf_token_is_403_in_the_error_format(client, org):
    response = client.post("/api/v1/auth/login", json={"login": "rep_a1", "password": PASSWORD})

    assert response.status_code == 403
    assert response.json["error"]["code"] == "csrf_failed"
    assert response.json["error"]["message"]


def test_signed_in_post_without_csrf_token_is_403(as_rep):
    as_rep.csrf_token = None

    response = as_rep.post("/api/v1/notifications/read-all")

    assert response.status_code == 403
    assert response.json["error"]["code"] == "csrf_failed"


def test_sixth_wrong_password_in_a_minute_is_429(client, org):
    codes = [login(client, "rep_a1", "wrong-password").status_code for _ in range(6)]

    assert codes == [401] * 5 + [429]
    assert login(client, "rep_a1").status_code == 429  # the account stays locked for the minute


def test_failed_attempts_on_many_accounts_from_one_address_are_throttled(client, org, app):
    codes = [login(client, f"guess{n}", "wrong-password").status_code for n in range(31)]

    assert codes[:30] == [401] * 30
    assert codes[30] == 429


def test_parallel_guesses_cannot_slip_past_the_account_limit(app, org):
    """Attempts are counted before they are tried, so 20 at once still stop at 5."""
    from concurrent.futures import ThreadPoolExecutor

    def guess(_):
        return login(app.test_client(), "rep_a1", "wrong-password").status_code

    with ThreadPoolExecutor(max_workers=10) as pool:
        codes = sorted(pool.map(guess, range(20)))

    assert codes == [401] * 5 + [429] * 15


def test_username_and_phone_share_one_count(client, org):
    codes = [login(client, name, "wrong-password").status_code
             for name in ["rep_a1", org.rep_a1.phone] * 3]

    assert codes == [401] * 5 + [429]


def test_a_limited_answer_says_when_to_retry(client, org):
    for _ in range(5):
        login(client, "rep_a1", "wrong-password")

    response = login(client, "rep_a1", "wrong-password")

    assert response.status_code == 429
    assert 1 <= int(response.headers["Retry-After"]) <= 60


def test_successful_logins_do_not_count_against_the_limit(client, org):
    codes = [login(client, "rep_a1").status_code for _ in range(7)]

    assert codes == [200] * 7


def test_logout_ends_the_session(as_rep):
    assert as_rep.post("/api/v1/auth/logout").status_code == 204

    assert as_rep.get("/api/v1/me").status_code == 401


def test_disabling_a_user_ends_their_sessions(as_rep, as_hq, org):
    assert as_rep.get("/api/v1/me").status_code == 200

    response = as_hq.patch(f"/api/v1/users/{org.rep_a1.id}", json={"active": False})

    assert response.status_code == 200
    assert response.json["active"] is False
    assert as_rep.get("/api/v1/me").status_code == 401


def test_password_change_ends_other_sessions(as_rep, as_hq, org):
    as_hq.patch(f"/api/v1/users/{org.rep_a1.id}", json={"password": "brand-new-pass-1"})

    assert as_rep.get("/api/v1/me").status_code == 401


@pytest.mark.parametrize("attribute", ["HttpOnly", "SameSite=Lax", "Expires="])
def test_session_cookie_flags(client, org, attribute):
    response = login(client, "rep_a1")

    cookie = next(h for h in response.headers.getlist("Set-Cookie") if h.startswith("qg_session="))
    assert attribute in cookie


def test_session_cookie_is_secure_when_configured(app):
    from app import create_app

    secure_app = create_app("testing", SESSION_COOKIE_SECURE=True,
                            SQLALCHEMY_DATABASE_URI=app.config["SQLALCHEMY_DATABASE_URI"])

    response = secure_app.test_client().get("/api/v1/auth/csrf")

    assert "Secure" in response.headers["Set-Cookie"]
