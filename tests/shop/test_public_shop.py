"""The public shop: what a customer's phone gets from a rep's link, with no login.

It shows the rep's shelf and nothing of anyone's customers; it is cached by ETag, and the ETag
moves with every change a customer could see.
"""

import json
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from app.core.models import ActivityEvent
from app.customers.models import Customer
from app.extensions import db as _db
from app.shop import schemas
from app.shop.models import Order
from tests.factories import CategoryFactory, ProductFactory
from tests.shop.builders import move, order, shelve, visit, visitor

CUSTOMER_NAME, CUSTOMER_PHONE = "王秘密", "13987654321"


def keys(schema) -> set[str]:
    return set(schema().fields)


@pytest.fixture
def shop(org, db):
    """Rep A1's shop: two categories, a featured product, one uncategorized; a named customer
    with an order; other reps with names of their own."""
    for name, display in (("rep_a1", "陈店长"), ("rep_a1b", "李同事"), ("rep_a2", "赵同行"),
                          ("rep_b1", "孙对手")):
        getattr(org, name).name = display
    db.session.commit()
    rep = org.rep_a1
    drinks = CategoryFactory(name="饮品", sort_order=2)
    snacks = CategoryFactory(name="零食", sort_order=1)
    tea = ProductFactory(name="龙井", category=drinks, price=5000, list_price=6000)
    chips = ProductFactory(name="薯片", category=snacks, price=800, list_price=None)
    nuts = ProductFactory(name="坚果", category=snacks, price=3000, list_price=3500)
    misc = ProductFactory(name="杂货", category=None, price=100, list_price=None, stock=None)
    not_shelved = ProductFactory(name="没上架的", category=drinks)
    for product, featured in ((tea, False), (chips, False), (nuts, True), (misc, False)):
        shelve(rep, product, featured)
    buyer = visit(rep).customer
    placed = order(rep, buyer, tea, contact_name=CUSTOMER_NAME, contact_phone=CUSTOMER_PHONE)
    other_buyer = visit(org.rep_b1).customer
    order(org.rep_b1, other_buyer, tea, contact_name="别家顾客", contact_phone="13700000000")
    return SimpleNamespace(rep=rep, code=rep.shop_code, drinks=drinks, snacks=snacks, tea=tea,
                           chips=chips, nuts=nuts, misc=misc, not_shelved=not_shelved,
                           buyer=buyer, order=placed)


def shop_url(shop) -> str:
    return f"/api/v1/shops/{shop.code}"


def text_of(response) -> str:
    return json.dumps(response.json, ensure_ascii=False)


# --- no customer data ------------------------------------------------------------------------

def test_the_shop_payload_has_only_its_documented_keys(client, shop):
    body = client.get(shop_url(shop)).json

    assert set(body) == keys(schemas.PublicShopSchema)
    assert set(body["shop"]) == keys(schemas.ShopCardSchema)
    assert set(body["company"]) == keys(schemas.CompanyCardSchema)
    for category in body["categories"]:
        assert set(category) == keys(schemas.ShelfCategorySchema)
        for card in category["products"]:
            assert set(card) == keys(schemas.ProductCardSchema)
    for card in body["featured"]:
        assert set(card) == keys(schemas.ProductCardSchema)


def test_the_shop_payload_leaks_no_customer_or_colleague(client, shop, org):
    text = text_of(client.get(shop_url(shop)))

    assert "陈店长" in text  # the rep's own name is the point of the page
    for secret in (CUSTOMER_NAME, CUSTOMER_PHONE, "别家顾客", "13700000000", shop.buyer.anon_id,
                   shop.order.number, "李同事", "赵同行", "孙对手", org.rep_a1.phone,
                   org.rep_a1.username):
        assert secret not in text
    assert "customer" not in text and "order" not in text


def test_the_product_page_has_only_its_documented_keys_and_no_customer(client, shop, org):
    response = client.get(f"{shop_url(shop)}/products/{shop.tea.id}")

    assert response.status_code == 200
    assert set(response.json) == keys(schemas.PublicProductPageSchema)
    assert set(response.json["product"]) == keys(schemas.PublicProductSchema)
    assert set(response.json["shop"]) == keys(schemas.ShopCardSchema)
    text = text_of(response)
    for secret in (CUSTOMER_NAME, CUSTOMER_PHONE, shop.order.number, "孙对手",
                   org.rep_a1.username):
        assert secret not in text
    # what is left and what one order may take, as the order form needs; sales stay with staff
    assert "sold" not in response.json["product"] and "stock" not in response.json["product"]


def test_stock_shows_with_what_is_left_and_what_one_order_may_take(client, shop, db, app):
    # given products with little, no, plenty of and unlimited stock
    shop.tea.stock = 3
    shop.chips.stock = 0
    shop.nuts.stock = 5000
    db.session.commit()
    most = app.config["ORDER_MAX_QUANTITY"]

    def status(product):
        product_json = client.get(f"{shop_url(shop)}/products/{product.id}").json["product"]
        return tuple(product_json[key] for key in ("stock_status", "stock_left", "max_quantity",
                                                   "sold_out"))

    # then each says how many are left, and an order stops there or at ORDER_MAX_QUANTITY
    assert status(shop.tea) == ("low", 3, 3, False)
    assert status(shop.chips) == ("sold_out", 0, 0, True)
    assert status(shop.nuts) == ("in_stock", 5000, most, False)
    assert status(shop.misc) == ("in_stock", None, most, False)  # unlimited


# --- which shops exist -----------------------------------------------------------------------

def test_an_unknown_code_is_shop_not_found(client, shop):
    for url in ("/api/v1/shops/nosuchshop", "/api/v1/shops/nosuchshop/products/1"):
        response = client.get(url)
        assert response.status_code == 404
        assert response.json["error"]["code"] == "shop_not_found"


def test_a_disabled_reps_shop_is_gone_at_once(app, client, shop, as_hq, org):
    assert client.get(shop_url(shop)).status_code == 200

    as_hq.patch(f"/api/v1/users/{org.rep_a1.id}", json={"active": False})

    buyer = visitor(app)
    for response in (client.get(shop_url(shop)),
                     client.get(f"{shop_url(shop)}/products/{shop.tea.id}"),
                     buyer.post(f"{shop_url(shop)}/visits", json={}),
                     buyer.post(f"{shop_url(shop)}/orders", json={
                         "items": [{"product_id": shop.tea.id, "quantity": 1}],
                         "contact_name": "顾客", "contact_phone": "13900000000",
                         "fulfilment": "pickup"})):
        assert response.status_code == 404
        assert response.json["error"]["code"] == "shop_not_found"


def test_a_rep_made_boss_keeps_no_shop(client, shop, as_hq, org):
    response = as_hq.patch(f"/api/v1/users/{org.rep_a1.id}", json={"role": "boss"})
    assert response.status_code == 200

    assert client.get(shop_url(shop)).status_code == 404


def test_boss_and_hq_users_have_no_shop(client, org, db):
    assert org.boss_a.shop_code is None and org.admin.shop_code is None
    org.boss_a.shop_code = "bossshopcode1234"  # even a stray code does not open a shop
    db.session.commit()

    response = client.get("/api/v1/shops/bossshopcode1234")

    assert response.status_code == 404
    assert response.json["error"]["code"] == "shop_not_found"


# --- what the shelf shows --------------------------------------------------------------------

def test_the_shelf_is_grouped_by_category_in_sort_order_featured_first(client, shop):
    body = client.get(shop_url(shop)).json

    assert [p["id"] for p in body["featured"]] == [shop.nuts.id]
    assert [(c["id"], c["name"]) for c in body["categories"]] == [
        (shop.snacks.id, "零食"), (shop.drinks.id, "饮品"), (None, "其他")]
    assert [[p["id"] for p in c["products"]] for c in body["categories"]] == [
        [shop.nuts.id, shop.chips.id], [shop.tea.id], [shop.misc.id]]
    assert body["shop"]["display_name"] == "陈店长的微店"
    card = body["categories"][1]["products"][0]
    assert card == {"id": shop.tea.id, "name": "龙井", "subtitle": "好用不贵", "cover_url": None,
                    "price": 5000, "list_price": 6000, "tags": ["新品"], "sold_out": False}


def test_hq_pins_reach_the_shelves_under_the_pinned_unit_only(app, as_hq, shop, org):
    pinned = ProductFactory(name="总部力推", category=shop.drinks)
    response = as_hq.post("/api/v1/pins", json={"product_id": pinned.id,
                                                "org_unit_id": org.branch_a.id,
                                                "featured": True})
    assert response.status_code == 201

    def featured_ids(rep):
        return [p["id"] for p in visitor(app).get(f"/api/v1/shops/{rep.shop_code}")
                .json["featured"]]

    assert featured_ids(org.rep_a1) == [pinned.id, shop.nuts.id]  # pins come first
    assert featured_ids(org.rep_a2) == [pinned.id]
    assert featured_ids(org.rep_b1) == []
    shelf = app.test_client().sign_in_as(org.rep_a2).get("/api/v1/shelf").json
    assert [p["product_id"] for p in shelf["pinned"]] == [pinned.id]
    assert app.test_client().sign_in_as(org.rep_b1).get("/api/v1/shelf").json["pinned"] == []


def test_a_pin_on_the_hq_unit_reaches_every_shelf(app, as_hq, org):
    pinned = ProductFactory(name="全员主推")
    as_hq.post("/api/v1/pins", json={"product_id": pinned.id, "org_unit_id": org.hq.id})

    for rep in (org.rep_a1, org.rep_a2, org.rep_b1):
        body = visitor(app).get(f"/api/v1/shops/{rep.shop_code}").json
        assert [p["id"] for c in body["categories"] for p in c["products"]] == [pinned.id]
        assert body["featured"] == []


def test_an_off_sale_product_page_is_not_found(client, shop, db):
    shop.tea.on_sale = False
    db.session.commit()

    response = client.get(f"{shop_url(shop)}/products/{shop.tea.id}")

    assert response.status_code == 404
    assert client.get(f"{shop_url(shop)}/products/999999").status_code == 404


# --- ETag ------------------------------------------------------------------------------------

def test_the_same_shop_answers_304_to_its_etag(client, shop):
    first = client.get(shop_url(shop))
    etag = first.headers["ETag"]

    again = client.get(shop_url(shop), headers={"If-None-Match": etag})

    assert again.status_code == 304 and again.data == b""
    assert again.headers["ETag"] == etag
    assert "no-cache" in first.headers["Cache-Control"]
    assert client.get(shop_url(shop), headers={"If-None-Match": '"other"'}).status_code == 200


def test_the_product_page_answers_304_to_its_etag(client, shop):
    first = client.get(f"{shop_url(shop)}/products/{shop.tea.id}")

    again = client.get(f"{shop_url(shop)}/products/{shop.tea.id}",
                       headers={"If-None-Match": first.headers["ETag"]})

    assert again.status_code == 304


@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_the_compressed_shop_answers_304_to_the_weak_etag_it_gave(client, shop, encoding):
    # given a phone that took the shop compressed (its ETag then is weak)
    first = client.get(shop_url(shop), headers={"Accept-Encoding": encoding})
    assert first.headers["Content-Encoding"] == encoding
    assert first.headers["ETag"].startswith("W/")

    # when it opens the shop again
    again = client.get(shop_url(shop), headers={"Accept-Encoding": encoding,
                                                "If-None-Match": first.headers["ETag"]})

    # then the shop answers 304 (no body, nothing compressed), for caches as the 200 did
    assert again.status_code == 304 and again.data == b""
    assert again.headers["ETag"] == first.headers["ETag"]
    assert "Accept-Encoding" in again.headers["Vary"]


def changed(client, shop, change) -> dict:
    """Apply `change` between two loads; assert the ETag moved and return the new payload."""
    before = client.get(shop_url(shop))
    etag = before.headers["ETag"]
    change()
    after = client.get(shop_url(shop), headers={"If-None-Match": etag})
    assert after.status_code == 200, "a stale 304 after the change"
    assert after.headers["ETag"] != etag
    return after.json


def all_ids(body) -> list[int]:
    return [p["id"] for c in body["categories"] for p in c["products"]]


def test_etag_moves_when_hq_edits_a_product(client, shop, as_hq):
    body = changed(client, shop, lambda: as_hq.patch(f"/api/v1/products/{shop.tea.id}",
                                                     json={"name": "明前龙井", "price": 5500}))

    card = next(p for c in body["categories"] for p in c["products"] if p["id"] == shop.tea.id)
    assert (card["name"], card["price"]) == ("明前龙井", 5500)


def test_etag_moves_when_a_product_goes_off_sale_and_it_leaves_at_once(client, shop, as_hq):
    body = changed(client, shop, lambda: as_hq.patch(f"/api/v1/products/{shop.nuts.id}",
                                                     json={"on_sale": False}))

    assert shop.nuts.id not in all_ids(body)
    assert body["featured"] == []


def test_etag_moves_when_a_category_is_renamed_or_reordered(client, shop, as_hq):
    body = changed(client, shop, lambda: as_hq.patch(f"/api/v1/categories/{shop.drinks.id}",
                                                     json={"name": "茶饮", "sort_order": 0}))

    assert [c["name"] for c in body["categories"]] == ["茶饮", "零食", "其他"]


def test_etag_moves_when_the_rep_adds_to_the_shelf(client, shop, as_rep):
    body = changed(client, shop, lambda: as_rep.post(
        "/api/v1/shelf/items", json={"product_id": shop.not_shelved.id}))

    assert shop.not_shelved.id in all_ids(body)


def test_etag_moves_when_the_rep_features_an_item(client, shop, as_rep):
    item = next(i for i in as_rep.get("/api/v1/shelf").json["items"]
                if i["product_id"] == shop.tea.id)

    body = changed(client, shop, lambda: as_rep.patch(f"/api/v1/shelf/items/{item['id']}",
                                                      json={"featured": True}))

    assert {p["id"] for p in body["featured"]} == {shop.nuts.id, shop.tea.id}


def test_etag_moves_when_the_rep_reorders_the_shelf(client, shop, as_rep):
    items = as_rep.get("/api/v1/shelf").json["items"]
    reversed_ids = [i["id"] for i in reversed(items)]
    as_rep.patch(f"/api/v1/shelf/items/{items[0]['id']}", json={"featured": False})

    body = changed(client, shop, lambda: as_rep.put("/api/v1/shelf/order",
                                                    json={"item_ids": reversed_ids}))

    snacks = next(c for c in body["categories"] if c["id"] == shop.snacks.id)
    assert [p["id"] for p in snacks["products"]] == [shop.chips.id, shop.nuts.id]


def test_etag_moves_when_the_rep_removes_an_item(client, shop, as_rep):
    item = next(i for i in as_rep.get("/api/v1/shelf").json["items"]
                if i["product_id"] == shop.misc.id)

    body = changed(client, shop, lambda: as_rep.delete(f"/api/v1/shelf/items/{item['id']}"))

    assert shop.misc.id not in all_ids(body)


def test_etag_moves_when_the_rep_edits_the_profile(client, shop, as_rep):
    body = changed(client, shop, lambda: as_rep.patch("/api/v1/shop", json={
        "display_name": "陈记茶铺", "greeting": "欢迎", "phone": "13800000001"}))

    assert body["shop"]["display_name"] == "陈记茶铺"
    assert body["shop"]["greeting"] == "欢迎" and body["shop"]["phone"] == "13800000001"


def test_etag_moves_when_hq_renames_the_rep(client, shop, as_hq, org):
    body = changed(client, shop, lambda: as_hq.patch(f"/api/v1/users/{org.rep_a1.id}",
                                                     json={"name": "陈经理"}))

    assert body["shop"]["rep_name"] == "陈经理"


def test_etag_moves_when_the_company_is_renamed(client, shop, as_hq):
    body = changed(client, shop, lambda: as_hq.patch("/api/v1/company", json={"name": "新公司"}))

    assert body["company"]["name"] == "新公司"


def test_etag_moves_when_a_pin_is_added_and_removed(client, shop, as_hq, org):
    pinned = ProductFactory(name="总部力推", category=shop.drinks)
    created = {}

    def pin():
        created.update(as_hq.post("/api/v1/pins", json={
            "product_id": pinned.id, "org_unit_id": org.team_a1.id}).json)

    assert pinned.id in all_ids(changed(client, shop, pin))
    body = changed(client, shop, lambda: as_hq.delete(f"/api/v1/pins/{created['id']}"))
    assert pinned.id not in all_ids(body)


def test_etag_moves_when_the_reps_team_moves_under_a_pinned_branch(client, shop, as_hq, org):
    # given a pin on branch B; rep A1's team is in branch A
    pinned = ProductFactory(name="华南专供")
    as_hq.post("/api/v1/pins", json={"product_id": pinned.id, "org_unit_id": org.branch_b.id})

    # when HQ moves team A1 under branch B, the shop now shows branch B's pin
    body = changed(client, shop, lambda: as_hq.patch(f"/api/v1/org-units/{org.team_a1.id}",
                                                     json={"parent_id": org.branch_b.id}))

    assert pinned.id in all_ids(body)


def test_etag_moves_when_the_last_one_sells_and_when_it_comes_back(app, client, shop, db):
    shop.chips.stock = 1
    db.session.commit()
    sold = {}

    def sell_the_last():
        sold["order"] = order(shop.rep, visit(shop.rep).customer, shop.chips)

    body = changed(client, shop, sell_the_last)
    card = next(p for c in body["categories"] for p in c["products"] if p["id"] == shop.chips.id)
    assert card["sold_out"] is True

    body = changed(client, shop, lambda: move(sold["order"], "cancel", actor=shop.rep))
    card = next(p for c in body["categories"] for p in c["products"] if p["id"] == shop.chips.id)
    assert card["sold_out"] is False


def test_etag_moves_when_hq_sets_stock_to_zero(client, shop, as_hq):
    body = changed(client, shop, lambda: as_hq.patch(f"/api/v1/products/{shop.tea.id}",
                                                     json={"stock": 0}))

    card = next(p for c in body["categories"] for p in c["products"] if p["id"] == shop.tea.id)
    assert card["sold_out"] is True


def test_an_order_that_leaves_stock_keeps_the_etag(client, shop):
    # Selling one of many changes nothing a shop page shows: shops stay cached.
    etag = client.get(shop_url(shop)).headers["ETag"]

    order(shop.rep, visit(shop.rep).customer, shop.nuts)

    assert client.get(shop_url(shop), headers={"If-None-Match": etag}).status_code == 304


# --- visits and cookies ----------------------------------------------------------------------

def visit_count(db) -> int:
    return db.session.scalar(select(func.count()).select_from(ActivityEvent)
                             .where(ActivityEvent.verb == "visit"))


@pytest.mark.parametrize("who", ["rep", "boss", "hq"])
def test_signed_in_staff_opening_a_shop_are_not_visitors(role_clients, shop, db, app, who):
    visits_before = visit_count(db)
    customers_before = db.session.scalar(select(func.count()).select_from(Customer))

    response = role_clients[who].post(f"{shop_url(shop)}/visits", json={
        "object_type": "product", "object_id": shop.tea.id})

    assert response.status_code == 200
    assert response.json == {"forward_token": None, "new_visitor": False, "recorded": False}
    assert visit_count(db) == visits_before
    assert db.session.scalar(select(func.count()).select_from(Customer)) == customers_before
    cookie = app.config["VISITOR_COOKIE_NAME"]
    assert not any(h.startswith(f"{cookie}=") for h in response.headers.getlist("Set-Cookie"))


def test_the_visitor_cookie_is_httponly_and_samesite_lax(app, shop):
    response = visitor(app).post(f"{shop_url(shop)}/visits", json={})

    assert response.status_code == 200 and response.json["recorded"] is True
    name = app.config["VISITOR_COOKIE_NAME"]
    [header] = [h for h in response.headers.getlist("Set-Cookie") if h.startswith(f"{name}=")]
    attributes = {part.strip().split("=")[0].lower() for part in header.split(";")}
    assert {"httponly", "max-age", "path"} <= attributes
    assert "samesite=lax" in header.lower()


def test_the_shop_and_product_pages_set_no_cookie(app, shop):
    phone = app.test_client()

    for url in (shop_url(shop), f"{shop_url(shop)}/products/{shop.tea.id}"):
        response = phone.get(url)
        assert response.status_code == 200
        assert response.headers.getlist("Set-Cookie") == []


def test_my_orders_show_only_this_visitors_orders_in_this_shop(app, shop, org):
    alice, bob = visitor(app), visitor(app)
    body = {"items": [{"product_id": shop.tea.id, "quantity": 1}], "contact_name": "爱丽丝",
            "contact_phone": "13900000001", "fulfilment": "pickup"}
    placed = alice.post(f"{shop_url(shop)}/orders", json=body).json
    alice.post(f"/api/v1/shops/{org.rep_b1.shop_code}/orders", json=body)

    mine = alice.get(f"{shop_url(shop)}/my-orders").json

    assert [o["id"] for o in mine] == [placed["id"]]
    assert set(mine[0]) == keys(schemas.CustomerOrderSchema)
    assert bob.get(f"{shop_url(shop)}/my-orders").json == []
    assert bob.get(f"{shop_url(shop)}/my-orders/{placed['id']}").status_code == 404
    assert alice.get(f"/api/v1/shops/{org.rep_a2.shop_code}/my-orders/{placed['id']}") \
        .status_code == 404
    assert alice.get(f"{shop_url(shop)}/my-orders/{placed['id']}").json["status"] == "pending"
    assert _db.session.get(Order, placed["id"]).customer.name == "爱丽丝"


def test_public_writes_are_limited_per_address(app, org, monkeypatch):
    # given a limit of 2 writes a minute from one address
    monkeypatch.setitem(app.config, "PUBLIC_WRITE_LIMIT", "2 per minute")
    phone = app.test_client()
    phone.fetch_csrf()
    visit = f"/api/v1/shops/{org.rep_a1.shop_code}/visits"

    # when a third visit is posted within the minute
    statuses = [phone.post(visit, json={}).status_code for _ in range(3)]

    # then it is refused with the one error body, and reading the shop is never limited
    assert statuses == [200, 200, 429]
    assert phone.post(visit, json={}).json["error"]["code"] == "rate_limited"
    assert phone.get(f"/api/v1/shops/{org.rep_a1.shop_code}").status_code == 200
