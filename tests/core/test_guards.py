"""Text no database can store (a NUL, half a surrogate pair) is refused before any view, with
the one error body: never a 500, on SQLite or PostgreSQL."""

import pytest

from app.org.models import UserSession
from tests.factories import PASSWORD, ProductFactory
from tests.permissions import sample_url

NUL = "a\u0000b"


def refused(response, field: str | None = None, status: int = 422) -> bool:
    error = response.json["error"]
    return (response.status_code == status
            and (field is None or field in error["fields"])
            and error["code"] in ("unstorable_text", "not_found"))


@pytest.fixture
def shop_code(org):
    return org.rep_a1.shop_code


def test_a_nul_in_the_login_is_refused(client):
    client.fetch_csrf()

    response = client.post("/api/v1/auth/login", json={"login": NUL, "password": "x" * 8})

    assert refused(response, "login")


def test_a_nul_in_a_path_segment_is_not_found(client):
    response = client.get("/api/v1/shops/a%00b")

    assert refused(response, status=404)


def test_a_nul_in_an_order_or_a_question_from_the_shop_is_refused(client, shop_code):
    product = ProductFactory()
    client.fetch_csrf()
    order = {"items": [{"product_id": product.id, "quantity": 1}], "contact_name": NUL,
             "contact_phone": "13800000000", "fulfilment": "pickup"}

    ordered = client.post(f"/api/v1/shops/{shop_code}/orders", json=order)
    asked = client.post(f"/api/v1/shops/{shop_code}/consultations", json={"question": NUL})

    assert refused(ordered, "contact_name") and refused(asked, "question")


@pytest.mark.parametrize("path", ["/api/v1/customers", "/api/v1/products", "/api/v1/users",
                                  "/api/v1/articles"])
def test_a_nul_in_a_search_is_refused(as_hq, path):
    assert refused(as_hq.get(path, query_string={"q": NUL}), "q")


def test_a_nul_in_a_query_name_is_refused(as_hq):
    response = as_hq.get("/api/v1/customers?a%00b=1")

    assert refused(response, "_schema")


@pytest.mark.parametrize("body, field", [
    ({"name": NUL}, "name"),
    ({"name": ["ok", {"deep": NUL}]}, "name"),
    ({NUL: "x"}, "_schema"),
    ({"name": "half \ud800 a pair"}, "name"),
])
def test_a_company_write_with_unstorable_text_is_refused(as_hq, body, field):
    response = as_hq.patch("/api/v1/company", json=body)

    assert refused(response, field)


def test_a_nul_in_a_form_field_is_refused(as_hq):
    response = as_hq.post("/api/v1/users/import", data={"note": NUL})

    assert refused(response, "note")


def test_text_without_nul_still_gets_through(as_hq):
    response = as_hq.patch("/api/v1/company", json={"name": "七个在线 a\tb"})

    assert response.status_code == 200 and response.json["name"] == "七个在线 a\tb"


def test_no_endpoint_answers_500_to_a_nul_anywhere(app, as_hq, client):
    """Every API route, as HQ and as a visitor, with a NUL in the query and in the body."""
    client.fetch_csrf()
    body = {"name": NUL, "q": NUL, "items": [{"product_id": 1, "quantity": 1, "x": NUL}]}
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/v1/"):
            continue
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            for who in (as_hq, client):
                response = who.open(sample_url(rule.rule), method=method,
                                    query_string={"q": NUL}, json=body)
                assert response.status_code < 500, (method, rule.rule)
                assert refused(response, "q") or response.status_code in (401, 403), (
                    method, rule.rule, response.json)


def test_a_nul_in_the_user_agent_of_a_sign_in_is_dropped_not_stored(client, org, db):
    client.fetch_csrf()

    response = client.post("/api/v1/auth/login", json={"login": "rep_a1", "password": PASSWORD},
                           headers={"User-Agent": "Phone\u0000 \u0007Browser"})

    assert response.status_code == 200
    assert db.session.query(UserSession).one().user_agent == "Phone Browser"
