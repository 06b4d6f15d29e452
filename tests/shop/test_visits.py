"""Shares, visits and who owns a customer; forward chains; the visitor radar; adopting."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from app.core.models import ActivityEvent
from app.customers.models import Customer
from app.shop import shareables
from app.shop.models import ShareToken, VisitorDay
from app.shop.services import visits
from tests.factories import ProductFactory
from tests.shop.builders import (
    batch,
    counters,
    events,
    order,
    save,
    share,
    today,
    visit,
    visitor,
)


def open_shop(client, rep, token=None, product=None):
    body = {"token": token}
    if product is not None:
        body.update(object_type="product", object_id=product.id)
    response = client.post(f"/api/v1/shops/{rep.shop_code}/visits", json=body)
    assert response.status_code == 200, response.json
    return response.json


def the_customer(db) -> Customer:
    [customer] = db.session.scalars(select(Customer)).all()
    return customer


# --- ownership -------------------------------------------------------------------------------

def test_first_touch_keeps_the_visitor_with_the_first_rep(app, org, db):
    # given a visitor who opens rep A's shared link, then rep B's
    phone = visitor(app)
    open_shop(phone, org.rep_a1, token=share(org.rep_a1).token)
    second = open_shop(phone, org.rep_b1, token=share(org.rep_b1).token)

    # then they stay rep A's customer, and both visits are on record
    customer = the_customer(db)
    assert customer.rep_id == org.rep_a1.id
    assert second["new_visitor"] is False
    assert [(e.rep_id, e.customer_id) for e in events("visit")] == [
        (org.rep_a1.id, customer.id), (org.rep_b1.id, customer.id)]
    assert events("customer_transfer") == []
    assert customer.visit_count == 2
    assert counters(org.rep_b1)["visitor"] == 1  # B still had a visitor today
    assert "visitor_new" not in counters(org.rep_b1)
    assert counters(org.rep_a1)["visitor_new"] == 1


def test_last_touch_moves_the_visitor_to_the_latest_rep(app, org, db, monkeypatch):
    monkeypatch.setitem(app.config, "CUSTOMER_OWNERSHIP", "last_touch")
    phone = visitor(app)
    open_shop(phone, org.rep_a1, token=share(org.rep_a1).token)

    open_shop(phone, org.rep_b1, token=share(org.rep_b1).token)

    customer = the_customer(db)
    assert customer.rep_id == org.rep_b1.id
    [transfer] = events("customer_transfer")
    assert transfer.rep_id == org.rep_b1.id and transfer.customer_id == customer.id
    assert transfer.attrs == {"from_rep_id": org.rep_a1.id, "rule": "last_touch"}
    assert [e.rep_id for e in events("visit")] == [org.rep_a1.id, org.rep_b1.id]


def test_last_touch_does_not_transfer_on_the_same_reps_visit(app, org, db, monkeypatch):
    monkeypatch.setitem(app.config, "CUSTOMER_OWNERSHIP", "last_touch")
    phone = visitor(app)

    open_shop(phone, org.rep_a1)
    open_shop(phone, org.rep_a1)

    assert events("customer_transfer") == []


def test_a_foreign_reps_token_on_another_shop_is_ignored(app, org, db):
    # given rep B's share token, pasted into rep A's shop address
    foreign = share(org.rep_b1)

    result = open_shop(visitor(app), org.rep_a1, token=foreign.token)

    customer = the_customer(db)
    assert customer.rep_id == org.rep_a1.id
    assert customer.source_share_id is None and customer.referrer_id is None
    [opened] = events("visit")
    assert opened.attrs["share_id"] is None and opened.attrs["referrer_id"] is None
    forward = db.session.scalar(select(ShareToken).where(ShareToken.token
                                                         == result["forward_token"]))
    assert forward.rep_id == org.rep_a1.id and forward.parent_id is None
    assert counters(org.rep_b1) == {"share": 1}  # B gets nothing from it


def test_an_unknown_token_is_ignored(app, org, db):
    open_shop(visitor(app), org.rep_a1, token="doesnotexist")

    assert the_customer(db).source_share_id is None


def test_visits_count_each_open_and_visitors_once_a_day(app, org, db):
    alice, bob = visitor(app), visitor(app)
    product = ProductFactory()

    for _ in range(3):
        open_shop(alice, org.rep_a1)
    open_shop(alice, org.rep_a1, product=product)
    open_shop(bob, org.rep_a1)

    figures = counters(org.rep_a1)
    assert figures["visit"] == 5 and figures["visitor"] == 2 and figures["visitor_new"] == 2
    assert db.session.scalar(select(func.count()).select_from(VisitorDay)) == 2
    assert [e.attrs["first_today"] for e in events("visit")] == [True, False, False, False, True]


def test_a_new_cookie_for_an_unknown_visitor_and_the_same_one_after(app, org, db):
    phone = visitor(app)
    name = app.config["VISITOR_COOKIE_NAME"]

    first = phone.post(f"/api/v1/shops/{org.rep_a1.shop_code}/visits", json={})
    cookie = phone.get_cookie(name).value
    phone.post(f"/api/v1/shops/{org.rep_a1.shop_code}/visits", json={})

    assert first.json["new_visitor"] is True
    assert cookie == phone.get_cookie(name).value
    assert cookie.startswith(the_customer(db).anon_id + ".")  # the id, signed by the server


def test_a_product_visit_to_an_off_sale_product_is_not_found(app, org, db):
    product = ProductFactory(on_sale=False)

    response = visitor(app).post(f"/api/v1/shops/{org.rep_a1.shop_code}/visits", json={
        "object_type": "product", "object_id": product.id})

    assert response.status_code == 404
    assert events("visit") == [] and db.session.scalars(select(Customer)).all() == []


# --- forward tokens --------------------------------------------------------------------------

def test_the_same_visitor_reopening_a_page_gets_the_same_forward_token(app, org):
    product = ProductFactory()
    root = share(org.rep_a1, product)
    alice, bob = visitor(app), visitor(app)

    first = open_shop(alice, org.rep_a1, token=root.token, product=product)["forward_token"]
    again = open_shop(alice, org.rep_a1, token=root.token, product=product)["forward_token"]
    shop_page = open_shop(alice, org.rep_a1)["forward_token"]
    bobs = open_shop(bob, org.rep_a1, token=root.token, product=product)["forward_token"]

    assert first == again
    assert len({first, shop_page, bobs, root.token}) == 4


def test_a_forward_chain_keeps_the_rep_and_names_the_last_forwarder(app, org, db):
    # given rep -> Alice -> Bob -> Carol, each opening the previous one's forwarded link
    product = ProductFactory()
    root = share(org.rep_a1, product, channel="moments")
    alice, bob, carol = visitor(app), visitor(app), visitor(app)
    alice_token = open_shop(alice, org.rep_a1, token=root.token, product=product)["forward_token"]
    bob_token = open_shop(bob, org.rep_a1, token=alice_token, product=product)["forward_token"]
    open_shop(carol, org.rep_a1, token=bob_token, product=product)

    # then every one is the rep's customer, each referred by the one before
    by_token = {t.token: t for t in db.session.scalars(select(ShareToken))}
    a_share, b_share = by_token[alice_token], by_token[bob_token]
    customers = {c.id: c for c in db.session.scalars(select(Customer))}
    a, b = customers[a_share.referrer_id], customers[b_share.referrer_id]
    [c] = [c for c in customers.values() if c.id not in (a.id, b.id)]
    assert {x.rep_id for x in customers.values()} == {org.rep_a1.id}
    assert (a.referrer_id, b.referrer_id, c.referrer_id) == (None, a.id, b.id)
    assert (a.source_share_id, b.source_share_id, c.source_share_id) == (
        root.id, a_share.id, b_share.id)
    assert a_share.parent_id == root.id and b_share.parent_id == a_share.id
    assert a_share.channel == b_share.channel == "forward"
    assert {t.rep_id for t in by_token.values()} == {org.rep_a1.id}
    assert [e.attrs["referrer_id"] for e in events("visit")] == [None, a.id, b.id]
    assert [e.attrs["channel"] for e in events("visit")] == ["moments", "forward", "forward"]


def test_a_visitor_opening_their_own_forwarded_link_is_not_their_own_referrer(app, org, db):
    # given Alice forwarded the page into a chat and then taps the message herself
    alice = visitor(app)
    own = open_shop(alice, org.rep_a1)["forward_token"]

    open_shop(alice, org.rep_a1, token=own)

    customer = the_customer(db)
    assert [e.attrs["referrer_id"] for e in events("visit")] == [None, None]
    rows = app.test_client().sign_in_as(org.rep_a1).get("/api/v1/radar").json["items"]
    assert [(r["customer_id"], r["referred"]) for r in rows] == [(customer.id, False)]


# --- the radar -------------------------------------------------------------------------------

def radar_of(app, user, day=None):
    url = "/api/v1/radar" + (f"?day={day.isoformat()}" if day else "")
    response = app.test_client().sign_in_as(user).get(url)
    assert response.status_code == 200, response.json
    return response.json


def test_radar_counts_opens_per_visitor_and_page(app, org, db):
    # given Alice opens the shop twice and the tea page three times, Bob the shop once
    tea = ProductFactory(name="龙井")
    alice = visit(org.rep_a1).customer
    for _ in range(2):
        visit(org.rep_a1, anon_id=alice.anon_id)
    for _ in range(3):
        visit(org.rep_a1, anon_id=alice.anon_id, product=tea)
    bob = visit(org.rep_a1).customer

    radar = radar_of(app, org.rep_a1)

    assert (radar["visits"], radar["visitors"], radar["new_visitors"],
            radar["returning_visitors"]) == (7, 2, 2, 0)
    assert [r["customer_id"] for r in radar["items"]] == [bob.id, alice.id]  # latest first
    row = radar["items"][1]
    assert row["visits"] == 6 and row["is_new"] is True and row["owned"] is True
    assert row["status"] == "visitor" and row["referred"] is False
    assert [(o["object_type"], o["object_id"], o["title"], o["count"])
            for o in row["objects"]] == [("product", tea.id, "龙井", 3),
                                         ("shop", None, "店铺首页", 3)]
    assert [e["customer_id"] for e in radar["recent"]][:2] == [bob.id, alice.id]
    assert radar["recent"][1]["title"] == "龙井"
    assert row["label"] == f"访客{alice.id % 10000:04d}"


def test_radar_names_the_pages_of_every_shareable_type_reading_each_types_titles_once(
        app, org, db, monkeypatch):
    # given a type a higher package registers (its pages' titles read a batch at a time), and
    # a visitor who opens three of its pages, one of them since gone, and the shop
    asked = []

    def titles(object_ids):
        asked.append(set(object_ids))
        return {object_id: f"第{object_id}号" for object_id in object_ids if object_id != 3}

    monkeypatch.setitem(shareables.SHAREABLE, "thing", shareables.Shareable(
        lambda rep, object_id: None, lambda code, object_id: f"/s/{code}/things/{object_id}",
        titles=titles, label="东西"))
    alice = visit(org.rep_a1).customer
    for object_id in (1, 2, 3, 1):
        visits.record_visit(org.rep_a1, anon_id=alice.anon_id, token=None, object_type="thing",
                            object_id=object_id)
    save()

    radar = radar_of(app, org.rep_a1)

    # then each page is called by its title, the gone one and the shop by their type's label,
    # and the titles were read in one call for the visitors' pages and the latest opens
    [row] = radar["items"]
    assert sorted((o["object_id"] or 0, o["title"]) for o in row["objects"]) == [
        (0, "店铺首页"), (1, "第1号"), (2, "第2号"), (3, "东西")]
    assert [e["title"] for e in radar["recent"]] == ["第1号", "东西", "第2号", "第1号", "店铺首页"]
    assert asked == [{1, 2, 3}]


def test_radar_names_own_customers_and_hides_other_reps_customers(app, org, db):
    # given Alice is rep A1b's named customer, and opens rep A1's shop too
    alice = visit(org.rep_a1b).customer
    visits.adopt_customer(org.rep_a1b, alice, "爱丽丝", "13900000001")
    db.session.commit()
    visit(org.rep_a1, anon_id=alice.anon_id)
    carol = visit(org.rep_a1).customer
    visits.adopt_customer(org.rep_a1, carol, "卡罗尔")
    db.session.commit()

    mine = radar_of(app, org.rep_a1)
    theirs = radar_of(app, org.rep_a1b)

    rows = {r["customer_id"]: r for r in mine["items"]}
    assert rows[alice.id]["label"] == f"访客{alice.id % 10000:04d}"
    assert (rows[alice.id]["owned"], rows[alice.id]["status"]) == (False, None)
    assert (rows[carol.id]["label"], rows[carol.id]["owned"]) == ("卡罗尔", True)
    assert rows[carol.id]["status"] == "customer"
    assert "爱丽丝" not in str(mine)
    assert [(r["label"], r["owned"]) for r in theirs["items"]] == [("爱丽丝", True)]


def test_radar_tells_returning_visitors_from_new_ones(app, org, db):
    # given Alice first came yesterday and comes back today
    alice = visit(org.rep_a1).customer
    yesterday = today() - timedelta(days=1)
    db.session.execute(update(ActivityEvent).values(day=yesterday))
    db.session.commit()
    visit(org.rep_a1, anon_id=alice.anon_id)
    bob = visit(org.rep_a1).customer

    radar = radar_of(app, org.rep_a1)
    earlier = radar_of(app, org.rep_a1, yesterday)

    rows = {r["customer_id"]: r for r in radar["items"]}
    assert rows[alice.id]["is_new"] is False and rows[bob.id]["is_new"] is True
    assert (radar["new_visitors"], radar["returning_visitors"]) == (1, 1)
    assert earlier["visits"] == 1 and earlier["items"][0]["is_new"] is True


def test_radar_marks_visitors_brought_by_a_forward(app, org):
    alice = visitor(app)
    forward = open_shop(alice, org.rep_a1)["forward_token"]
    open_shop(visitor(app), org.rep_a1, token=forward)

    rows = radar_of(app, org.rep_a1)["items"]

    assert [r["referred"] for r in rows] == [True, False]


def test_radar_recent_list_is_the_latest_thirty(app, org, db):
    customer = visit(org.rep_a1).customer
    for _ in range(34):
        visits.record_visit(org.rep_a1, anon_id=customer.anon_id, token=None,
                            object_type="shop", object_id=None)
    db.session.commit()

    radar = radar_of(app, org.rep_a1)

    assert radar["visits"] == 35 and len(radar["recent"]) == 30
    latest = [e["id"] for e in radar["recent"]]
    assert latest == sorted(latest, reverse=True)
    assert latest[0] == max(e.id for e in events("visit"))


def test_radar_pages_its_visitors_and_keeps_the_days_figures(app, org, db):
    # given 25 visitors of rep A1 today, the first of whom came back last
    with batch():
        first, *others = [visit(org.rep_a1).customer for _ in range(25)]
        visit(org.rep_a1, anon_id=first.anon_id)
    client = app.test_client().sign_in_as(org.rep_a1)

    # when the rep scrolls through the radar 20 visitors at a time
    pages = [client.get(f"/api/v1/radar?page={n}").json for n in (1, 2, 3)]

    # then every visitor shows once, latest first, and each page has the whole day's figures
    shown = [row["customer_id"] for page in pages for row in page["items"]]
    assert shown == [first.id, *reversed([c.id for c in others])]
    assert [len(page["items"]) for page in pages] == [20, 5, 0]
    for page in pages:
        assert (page["visits"], page["visitors"], page["new_visitors"], page["total"]) == (
            26, 25, 25, 25)
        assert len(page["recent"]) == 26 and page["per_page"] == 20
    assert pages[0]["items"][0]["visits"] == 2
    assert client.get("/api/v1/radar?per_page=101").status_code == 422


def test_radar_of_a_boss_covers_their_subtree(app, org):
    for rep in (org.rep_a1, org.rep_a2, org.rep_b1):
        visit(rep)

    assert radar_of(app, org.boss_a)["visits"] == 2
    assert radar_of(app, org.boss_a1)["visits"] == 1
    assert radar_of(app, org.admin)["visits"] == 3


# --- adopting --------------------------------------------------------------------------------

def test_adopting_a_visitor_makes_a_customer_counted_once(as_rep, org, db):
    customer = visit(org.rep_a1).customer
    url = f"/api/v1/customers/{customer.id}/adopt"

    first = as_rep.post(url, json={"name": "张三", "phone": "13900000002"})
    second = as_rep.post(url, json={"name": "张三丰"})

    assert first.status_code == 200 and first.json["status"] == "customer"
    assert first.json["converted_at"] is not None
    assert second.json["name"] == "张三丰" and second.json["phone"] == "13900000002"
    assert second.json["converted_at"] == first.json["converted_at"]
    assert counters(org.rep_a1)["customer_new"] == 1
    assert [e.attrs for e in events("customer_new")] == [{"via": "radar"}]


def test_an_adopted_customer_who_orders_is_not_counted_again(as_rep, org, db):
    customer = visit(org.rep_a1).customer
    as_rep.post(f"/api/v1/customers/{customer.id}/adopt", json={"name": "张三"})

    order(org.rep_a1, customer, contact_name="张先生")

    assert counters(org.rep_a1)["customer_new"] == 1
    assert db.session.get(Customer, customer.id).name == "张三"  # the rep's name stays


def test_a_visitor_who_orders_then_is_adopted_is_counted_once(as_rep, org, db):
    customer = visit(org.rep_a1).customer
    order(org.rep_a1, customer, contact_name="李四")

    as_rep.post(f"/api/v1/customers/{customer.id}/adopt", json={"name": "李四"})

    assert counters(org.rep_a1)["customer_new"] == 1
    assert [e.attrs["via"] for e in events("customer_new")] == ["order"]


def test_a_conversion_in_another_reps_shop_is_counted_once_for_the_owner(org, db):
    # given rep A1's visitor (first touch) who orders in rep B1's shop
    customer = visit(org.rep_a1).customer
    visit(org.rep_b1, anon_id=customer.anon_id)

    order(org.rep_b1, customer)

    # then they are now a customer, still rep A1's, and that conversion is counted once
    converted = db.session.get(Customer, customer.id)
    assert (converted.rep_id, converted.status) == (org.rep_a1.id, "customer")
    assert counters(org.rep_a1).get("customer_new", 0) \
        + counters(org.rep_b1).get("customer_new", 0) == 1


@pytest.mark.parametrize("body", [{"name": ""}, {"name": "   "}, {},
                                  {"name": "张三", "phone": "1390000"},
                                  {"name": "张三", "phone": "23900000000"},
                                  {"name": "x" * 51}])
def test_adopt_checks_name_and_phone(as_rep, org, body):
    customer = visit(org.rep_a1).customer

    response = as_rep.post(f"/api/v1/customers/{customer.id}/adopt", json=body)

    assert response.status_code == 422


def test_a_customer_list_filters_by_status(as_rep, org):
    visitor_only = visit(org.rep_a1).customer
    buyer = visit(org.rep_a1).customer
    order(org.rep_a1, buyer)

    customers = as_rep.get("/api/v1/customers?status=customer").json["items"]
    visitors_ = as_rep.get("/api/v1/customers?status=visitor").json["items"]

    assert [c["id"] for c in customers] == [buyer.id]
    assert [c["id"] for c in visitors_] == [visitor_only.id]
