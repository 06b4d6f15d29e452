"""What claims and joins do to the customer: first-touch ownership, the timeline, the stage,
auto-tag rules, and the counters the boss dashboard shows."""

from sqlalchemy import select

from app.clients import rules
from app.clients.models import CustomerTag, Tag, TagGroup
from app.core.models import DailyCounter
from app.customers.models import Customer
from app.extensions import db as _db
from app.marketing.models import BuyGroup
from tests.marketing.builders import campaign, coupon
from tests.shop.builders import share

ORDER = {"contact_name": "顾客", "contact_phone": "13800138000", "fulfilment": "pickup"}


def counters(rep) -> dict[str, int]:
    return dict(_db.session.execute(select(DailyCounter.metric, DailyCounter.value)
                                    .where(DailyCounter.rep_id == rep.id)).all())


def test_a_claim_makes_the_customer_first_touch_tells_the_timeline_and_counts(
        app, org, client, db):
    template = coupon(org.admin)
    token = share(org.rep_a1).token
    group = TagGroup(name="兴趣")
    tag = Tag(name="领券客", group=group)
    _db.session.add_all([group, tag])
    _db.session.flush()
    rules.create_rule(org.admin, {"name": "领过券", "tag_id": tag.id, "kind": "did",
                                  "verb": "coupon_claim", "min_count": 1, "days": 30,
                                  "category_id": None, "min_amount": None})
    _db.session.commit()
    client.fetch_csrf()

    claimed = client.post(f"/api/v1/shops/{org.rep_a1.shop_code}/coupons/{template.id}/claims",
                          json={"token": token})
    # a later claim through another rep's shop leaves the customer with the first rep
    client.post(f"/api/v1/shops/{org.rep_b1.shop_code}/coupons/"
                f"{coupon(org.admin, name='第二张').id}/claims", json={})

    assert claimed.status_code == 201
    customer = _db.session.scalar(select(Customer))
    assert customer.rep_id == org.rep_a1.id
    assert customer.stage == "interested"
    assert _db.session.scalar(select(CustomerTag.source).where(
        CustomerTag.customer_id == customer.id, CustomerTag.tag_id == tag.id)) == "rule"
    assert counters(org.rep_a1)["coupon_claim"] == 1
    assert counters(org.rep_b1)["coupon_claim"] == 1
    rep = app.test_client().sign_in_as(org.rep_a1)
    items = rep.get(f"/api/v1/customers/{customer.id}/timeline").json["items"]
    claims = [i for i in items if i["kind"] == "coupon"]
    assert [i["title"] for i in claims] == ["领取优惠券", "领取优惠券"]
    assert "满100减20" in claims[-1]["detail"] and "通过分享链接领取" in claims[-1]["detail"]


def test_an_open_of_a_coupons_page_names_the_coupon_on_the_timeline(app, org, client, db):
    template = coupon(org.admin, name="新客立减")
    client.fetch_csrf()
    opened = client.post(f"/api/v1/shops/{org.rep_a1.shop_code}/visits",
                         json={"object_type": "coupon", "object_id": template.id})
    assert opened.status_code == 200

    customer = _db.session.scalar(select(Customer))
    rep = app.test_client().sign_in_as(org.rep_a1)
    items = rep.get(f"/api/v1/customers/{customer.id}/timeline").json["items"]
    assert [i["detail"] for i in items if i["title"] == "首次访问"] == ["优惠券「新客立减」"]


def test_a_join_is_on_the_timeline_moves_the_stage_and_counts_opens_and_joins(
        app, org, db):
    made = campaign(org.admin, group_size=2)
    leader, friend = app.test_client(), app.test_client()
    url = f"/api/v1/shops/{org.rep_a1.shop_code}/orders"
    for phone, promotion in ((leader, {"campaign_id": made.id}), (friend, None)):
        phone.fetch_csrf()
        if promotion is None:
            promotion = {"group_id": _db.session.scalar(select(BuyGroup.id))}
        response = phone.post(url, json={"items": [{"product_id": made.product_id,
                                                    "quantity": 1}],
                                         "promotions": {"group_buy": promotion}, **ORDER})
        assert response.status_code == 201, response.json

    figures = counters(org.rep_a1)
    assert (figures["group_open"], figures["groupbuy_join"]) == (1, 2)
    customers = _db.session.scalars(select(Customer).order_by(Customer.id)).all()
    assert {c.stage for c in customers} == {"interested"}
    rep = app.test_client().sign_in_as(org.rep_a1)
    items = rep.get(f"/api/v1/customers/{customers[0].id}/timeline").json["items"]
    assert [i["title"] for i in items if i["kind"] == "group_buy"] == ["发起拼团"]
    # and the boss's dashboard lists the new figures without a change of its own
    boss = app.test_client().sign_in_as(org.boss_a)
    dashboard = boss.get("/api/v1/dashboard").json
    shown = {f["metric"]: f for f in dashboard["figures"]}
    assert shown["groupbuy_join"]["value"] == 2 and shown["groupbuy_join"]["label"] == "参团"
    assert shown["coupon_claim"]["label"] == "领券"


def test_the_radar_names_the_coupon_group_buy_and_group_a_visitor_opened(app, org, db):
    # given a visitor who opened a coupon's and a group-buy's pages, and a group they opened
    template = coupon(org.admin, name="新客满100减20")
    made = campaign(org.admin, name="龙井双人团")
    phone = app.test_client()
    phone.fetch_csrf()
    opened = phone.post(f"/api/v1/shops/{org.rep_a1.shop_code}/orders", json={
        "items": [{"product_id": made.product_id, "quantity": 1}],
        "promotions": {"group_buy": {"campaign_id": made.id}}, **ORDER})
    assert opened.status_code == 201, opened.json
    group_id = _db.session.scalar(select(BuyGroup.id))
    for object_type, object_id in (("coupon", template.id), ("group_buy", made.id),
                                   ("group", group_id)):
        response = phone.post(f"/api/v1/shops/{org.rep_a1.shop_code}/visits",
                              json={"object_type": object_type, "object_id": object_id})
        assert response.status_code == 200, response.json

    # when the rep looks at the radar, then each page is named by what it shows
    radar = app.test_client().sign_in_as(org.rep_a1).get("/api/v1/radar").json
    assert [e["title"] for e in radar["recent"]] == [
        "拼团「龙井双人团」", "拼团「龙井双人团」", "优惠券「新客满100减20」"]
