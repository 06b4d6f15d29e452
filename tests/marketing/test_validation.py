"""Bad input to coupons and group-buys gets the one error body, never a 500, and changes
nothing: wrong kinds and shapes, terms that do not fit together, NUL, huge numbers and fields,
a forged visitor cookie, a replayed claim."""

import pytest
from sqlalchemy import func, select

from app.extensions import db as _db
from app.marketing.models import CouponClaim, CouponTemplate, GroupBuy
from tests.factories import ProductFactory
from tests.marketing.builders import campaign, coupon

BASE = {"name": "新券", "kind": "threshold", "amount_off": 1000, "threshold": 5000,
        "valid_days": 7}
LATER = {"starts_at": "2026-01-01T00:00:00+08:00", "ends_at": "2027-01-01T00:00:00+08:00"}


@pytest.mark.parametrize(("change", "field"), [
    ({"kind": "coupon"}, "kind"),
    ({"amount_off": None}, "amount_off"),
    ({"amount_off": 6000}, "amount_off"),  # more than the threshold
    ({"threshold": 0}, "threshold"),
    ({"kind": "percent", "percent_off": None, "amount_off": None}, "percent_off"),
    ({"kind": "percent", "percent_off": 100}, "percent_off"),
    ({"kind": "amount", "threshold": 100}, "threshold"),
    ({"scope": "products"}, "product_ids"),
    ({"scope": "categories", "category_ids": [999999]}, "category_ids"),
    ({"valid_days": None}, "valid_days"),
    ({"valid_until": "2030-01-01T00:00:00+08:00"}, "valid_days"),  # both ways of validity
    ({"valid_days": None, "valid_until": "2030-01-01T00:00:00"}, "valid_until"),  # no offset
    ({"claim_from": "2030-01-02T00:00:00Z", "claim_until": "2030-01-01T00:00:00Z"},
     "claim_until"),
    ({"total": 0}, "total"),
    ({"amount_off": 10**15}, "amount_off"),
    ({"name": "券\x00"}, "name"),
    ({"name": "长" * 51}, "name"),
    ({"org_unit_ids": [99999]}, "org_unit_ids"),
    ({"per_customer": "1"}, "per_customer"),
])
def test_a_coupon_that_does_not_fit_together_is_422_on_its_field(as_hq, db, change, field):
    response = as_hq.post("/api/v1/coupons", json={**BASE, **change})

    assert response.status_code == 422, response.json
    assert field in response.json["error"]["fields"], response.json
    assert _db.session.scalar(select(func.count()).select_from(CouponTemplate)) == 0


def test_a_claimed_coupons_terms_stay_and_its_name_may_change(as_hq, client, org, db):
    template = coupon(org.admin)
    client.fetch_csrf()
    client.post(f"/api/v1/shops/{org.rep_a1.shop_code}/coupons/{template.id}/claims", json={})

    terms = as_hq.patch(f"/api/v1/coupons/{template.id}", json={"amount_off": 5000})
    name = as_hq.patch(f"/api/v1/coupons/{template.id}", json={"name": "改名券", "total": 5})
    fewer = as_hq.patch(f"/api/v1/coupons/{template.id}", json={"total": 0})

    assert (terms.status_code, terms.json["error"]["code"]) == (409, "coupon_claimed")
    assert name.status_code == 200 and name.json["name"] == "改名券"
    assert fewer.status_code == 422


def test_a_boss_coupon_beyond_hqs_limits_is_refused(as_boss, as_hq, db):
    too_much = as_boss.post("/api/v1/coupons", json={**BASE, "amount_off": 6000,
                                                     "threshold": 9000, "total": 10})
    unlimited = as_boss.post("/api/v1/coupons", json={**BASE, "total": None})
    as_hq.patch("/api/v1/company", json={"boss_coupon_max_off": 0})
    none_allowed = as_boss.post("/api/v1/coupons", json={**BASE, "total": 10})

    assert too_much.status_code == 422 and "amount_off" in too_much.json["error"]["fields"]
    assert unlimited.status_code == 422 and "total" in unlimited.json["error"]["fields"]
    assert none_allowed.status_code == 403


@pytest.mark.parametrize("promotion", [
    {"coupon": {"coupon_id": "abc"}},
    {"coupon": {"coupon_id": 10**30}},
    {"coupon": {"coupon_id": -1}},
    {"coupon": {"other": 1}},
    {"group_buy": {"group_id": 10**19}},
    {"group_buy": {"campaign_id": 1, "group_id": 1}},
    {"group_buy": {"campaign_id": "1"}},
    {"group_buy": {"campaign_id": 999999}},
    {"referral": {"x": 1}},
])
def test_bad_promotions_answer_an_error_and_take_nothing(client, org, db, promotion):
    product = ProductFactory(stock=5)
    client.fetch_csrf()

    response = client.post(f"/api/v1/shops/{org.rep_a1.shop_code}/orders", json={
        "items": [{"product_id": product.id, "quantity": 1}], "contact_name": "顾客",
        "contact_phone": "13800138000", "fulfilment": "pickup", "promotions": promotion})

    assert response.status_code in (404, 409, 422), response.json
    assert "error" in response.json
    _db.session.expire_all()
    assert _db.session.get(type(product), product.id).stock == 5


def test_a_group_buy_order_must_hold_only_the_campaigns_product(client, org, db):
    made = campaign(org.admin)
    other = ProductFactory(stock=5)
    client.fetch_csrf()

    response = client.post(f"/api/v1/shops/{org.rep_a1.shop_code}/orders", json={
        "items": [{"product_id": made.product_id, "quantity": 1},
                  {"product_id": other.id, "quantity": 1}],
        "contact_name": "顾客", "contact_phone": "13800138000", "fulfilment": "pickup",
        "promotions": {"group_buy": {"campaign_id": made.id}}})

    assert response.status_code == 422 and "items" in response.json["error"]["fields"]


@pytest.mark.parametrize(("change", "field"), [
    ({"group_size": 1}, "group_size"),
    ({"group_price": 0}, "group_price"),
    ({"group_price": 10000}, "group_price"),  # not below the product's price
    ({"ends_at": "2025-01-01T00:00:00+08:00"}, "ends_at"),
    ({"product_id": 999999}, "product_id"),
    ({"virtual_success_pct": 100}, "virtual_success_pct"),
    ({"fill_hours": 0}, "fill_hours"),
])
def test_a_campaign_that_does_not_fit_is_422(as_hq, db, change, field):
    product = ProductFactory(price=10000)
    body = {"name": "双人团", "product_id": product.id, "group_size": 2, "group_price": 8000,
            **LATER, **change}

    response = as_hq.post("/api/v1/group-buys", json=body)

    assert response.status_code == 422, response.json
    assert field in response.json["error"]["fields"]
    assert _db.session.scalar(select(func.count()).select_from(GroupBuy)) == 0


def test_figures_refuse_days_out_of_range(as_hq, org, db):
    template = coupon(org.admin)

    response = as_hq.get(f"/api/v1/coupons/{template.id}/figures?start=9999-12-31")

    assert response.status_code == 422


def test_a_forged_visitor_cookie_is_a_new_visitor_and_a_replayed_claim_claims_once(
        app, client, org, db):
    template = coupon(org.admin, per_customer=3)
    url = f"/api/v1/shops/{org.rep_a1.shop_code}/coupons/{template.id}/claims"
    client.fetch_csrf()
    first = client.post(url, json={}, headers={"Idempotency-Key": "claim-0001-abcd"})
    replay = client.post(url, json={}, headers={"Idempotency-Key": "claim-0001-abcd"})
    owner = _db.session.scalar(select(CouponClaim)).customer
    forged = app.test_client()  # the claimer's id, under a signature we never made
    forged.set_cookie(app.config["VISITOR_COOKIE_NAME"], f"{owner.anon_id}.forgedsignature")
    forged.fetch_csrf()

    mine = forged.get(f"/api/v1/shops/{org.rep_a1.shop_code}/my-coupons")

    assert first.status_code == 201 and replay.status_code == 201
    assert replay.headers.get("Idempotent-Replayed") == "true"
    assert _db.session.scalar(select(func.count()).select_from(CouponClaim)) == 1
    assert mine.status_code == 200 and mine.json == []


def test_a_10mb_field_is_413(as_hq, db):
    response = as_hq.post("/api/v1/coupons", json={**BASE, "description": "x" * 10_000_000})

    assert response.status_code == 413
