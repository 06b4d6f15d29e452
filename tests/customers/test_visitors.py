"""The visitor cookie: ids are issued and signed by the server; anything else is no cookie."""

import pytest
from sqlalchemy import func, select

from app.customers.models import Customer

COOKIE = "qg_vid"


def visit(client, org):
    if client.csrf_token is None:
        client.fetch_csrf()
    return client.post(f"/api/v1/shops/{org.rep_a1.shop_code}/visits", json={})


def customers(db) -> list[Customer]:
    return list(db.session.scalars(select(Customer).order_by(Customer.id)))


@pytest.mark.parametrize("cookie", [
    "a" * 33,  # longer than the column: a 500 on PostgreSQL before
    "chosen-by-the-client",
    "x" * 4000,
    "AAAAAAAAAAAAAAAAAAAAAA.forged-signature",
    "\u00e9t\u00e9",
    ".",
])
def test_a_cookie_the_server_did_not_issue_is_replaced_by_one_it_did(app, org, db, cookie):
    phone = app.test_client()
    phone.set_cookie(COOKIE, cookie)
    phone.fetch_csrf()

    response = visit(phone, org)

    assert response.status_code == 200 and response.json["new_visitor"] is True
    [customer] = customers(db)
    issued = phone.get_cookie(COOKIE).value
    assert issued != cookie and customer.anon_id != cookie
    assert issued.startswith(customer.anon_id + ".")


def test_an_issued_cookie_brings_the_same_visitor_back(app, org, db):
    phone = app.test_client()
    visit(phone, org)

    again = visit(phone, org)

    assert again.json["new_visitor"] is False and len(customers(db)) == 1


def test_another_visitors_id_without_the_signature_takes_nothing(app, org, db):
    alice, mallory = app.test_client(), app.test_client()
    visit(alice, org)
    alices_id = customers(db)[0].anon_id
    mallory.set_cookie(COOKIE, alices_id)

    response = visit(mallory, org)

    assert response.json["new_visitor"] is True
    assert db.session.scalar(select(func.count()).select_from(Customer)) == 2


def test_a_forged_cookie_on_the_customer_pages_is_no_customer(app, org):
    phone = app.test_client()
    phone.set_cookie(COOKIE, "a" * 40)

    orders = phone.get(f"/api/v1/shops/{org.rep_a1.shop_code}/my-orders")
    messages = phone.get(f"/api/v1/shops/{org.rep_a1.shop_code}/my-messages")

    assert orders.status_code == 200 and orders.json == []
    assert messages.status_code == 200 and messages.json["consultations"] == []
